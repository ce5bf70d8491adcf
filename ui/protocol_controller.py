"""The logic of the Lễ tân stage: the order of rank, the seats, the programme, the MC's script and
the news report, over core's functions. Every method that writes says what went wrong as a
sentence (None when it went well); the view shows it and changes nothing else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QUndoStack

from core.documents.base import author_of
from core.documents.catalog import PrintOptions, Render, render
from core.errors import ThiDuaError
from core.mc_script import edit_is_stale, generate, script_text
from core.meetings import load_meeting
from core.model import Person, row_id
from core.news import draft, to_docx
from core.programme import ProgrammeItem, item_for_stage, load_programme, now_and_next, save_programme
from core.protocol_rank import load_explicit, move, ranked_people, reset_order, restore_order
from core.protocol_text import ASSESSMENT, MC_SCRIPT, MC_SCRIPT_BASE, get_text, set_texts
from core.seating import (
    Seat,
    SeatingPlan,
    load_plan,
    move_to,
    reset_plan,
    restore_seats,
    set_seats_per_row,
    stored_seats,
)
from core.storage import MeetingFile
from ui.i18n import error_text
from ui.undo import DoneCommand


class ProtocolController:
    def __init__(self, db: MeetingFile):
        self.db = db
        self.current_item = 0  # the programme's item "now" on the projector
        # Moves of the order of rank and of the seats, undone and redone by putting back the
        # order or the seats as they were before and after (core's restore_* functions).
        self.rank_undo = QUndoStack()
        self.seat_undo = QUndoStack()
        self.on_error: Callable[[str], None] = lambda _message: None

    def _undoable(self, stack: QUndoStack, text: str, read, restore, action) -> str | None:
        """Run ``action`` (a core write); when it went well, push its undo onto ``stack``."""
        before = read(self.db)
        try:
            action()
        except ThiDuaError as error:
            return error_text(error)
        after = read(self.db)
        if after != before:
            stack.push(
                DoneCommand(
                    text, lambda: restore(self.db, after), lambda: restore(self.db, before), self.on_error
                )
            )
        return None

    # -- order of rank ----------------------------------------------------------------------

    def ranked(self) -> list[Person]:
        return ranked_people(self.db)

    def move(self, person_id: int, steps: int) -> str | None:
        return self._undoable(
            self.rank_undo, "move", load_explicit, restore_order, lambda: move(self.db, person_id, steps)
        )

    def reset_order(self) -> str | None:
        return self._undoable(
            self.rank_undo, "reset", load_explicit, restore_order, lambda: reset_order(self.db)
        )

    # -- seats ------------------------------------------------------------------------------

    def plan(self) -> SeatingPlan:
        return load_plan(self.db)

    def seat(self, person_id: int, target: Seat) -> str | None:
        return self._undoable(
            self.seat_undo, "seat", stored_seats, restore_seats, lambda: move_to(self.db, person_id, target)
        )

    def swap(self, first: Seat, second: Seat) -> str | None:
        """The people of two seats change places (one of them may be empty)."""
        plan = self.plan()
        person = plan.seats.get(first) or plan.seats.get(second)
        if person is None:
            return None
        target = second if plan.seats.get(first) is person else first
        return self.seat(row_id(person), target)

    def set_width(self, count: int) -> str | None:
        try:
            set_seats_per_row(self.db, count)
        except ThiDuaError as error:
            return error_text(error)
        return None

    def reset_plan(self) -> str | None:
        return self._undoable(
            self.seat_undo, "reset", stored_seats, restore_seats, lambda: reset_plan(self.db)
        )

    # -- programme --------------------------------------------------------------------------

    def programme(self) -> list[ProgrammeItem]:
        return load_programme(self.db)

    def save_programme(self, items: list[ProgrammeItem]) -> str | None:
        try:
            save_programme(self.db, items)
        except ThiDuaError as error:
            return error_text(error)
        return None

    def now_and_next(self) -> tuple[ProgrammeItem | None, ProgrammeItem | None]:
        return now_and_next(self.programme(), self.current_item)

    def step(self, delta: int) -> None:
        count = len(self.programme())
        self.current_item = min(max(self.current_item + delta, 0), max(count - 1, 0))

    def follow_stage(self, stage: str) -> bool:
        """The main window shows ``stage``: its item becomes "now"; False when none follows it."""
        index = item_for_stage(self.programme(), stage)
        if index is None:
            return False
        self.current_item = index
        return True

    # -- the MC's script --------------------------------------------------------------------

    def script(self) -> tuple[str, bool]:
        return script_text(self.db)

    def script_is_stale(self) -> bool:
        return edit_is_stale(self.db)

    def fresh_script(self) -> str:
        return generate(self.db)

    def save_script(self, text: str) -> str | None:
        """Keep the edit with the script it was made from (an unchanged text keeps nothing)."""
        fresh = generate(self.db)
        values = {MC_SCRIPT: "", MC_SCRIPT_BASE: ""}
        if text.strip() != fresh.strip():
            values = {MC_SCRIPT: text, MC_SCRIPT_BASE: fresh}
        try:
            set_texts(self.db, values)
        except ThiDuaError as error:
            return error_text(error)
        return None

    def script_renderer(self, text: str) -> Render:
        from core.documents.protocol_texts import build_mc_script

        title = load_meeting(self.db).title  # read now, on the UI thread
        return lambda db: build_mc_script(text, title, author_of(load_meeting(db)))

    # -- the news report --------------------------------------------------------------------

    def assessment(self) -> str:
        return get_text(self.db, ASSESSMENT)

    def save_assessment(self, text: str) -> str | None:
        try:
            set_texts(self.db, {ASSESSMENT: text})
        except ThiDuaError as error:
            return error_text(error)
        return None

    def news_text(self) -> str:
        return draft(self.db).to_text()

    def export_news(self, folder: Path, kind: str) -> Path:
        """The draft as a Word document ("docx") or plain text ("txt"), saved in ``folder``."""
        news = draft(self.db)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"tin-bai-{stamp}.{kind}"
        data = to_docx(news) if kind == "docx" else news.to_text().encode("utf-8")
        path.write_bytes(data)
        return path


def renderer(kind: str, options: PrintOptions | None = None) -> Render:
    """A print job for ``kind`` of the catalog, with ``options``."""
    chosen = options or PrintOptions()
    return lambda db: render(db, kind, chosen)
