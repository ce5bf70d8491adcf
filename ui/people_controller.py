"""The people list's logic: add, edit, delete and import, each undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.model import Person, Unit
from core.people import (
    add_people,
    change_people,
    delete_people,
    get_person,
    list_people,
    revert_import,
    update_person,
)
from core.storage import MeetingFile
from core.units import list_units
from ui.undo import DoneCommand

if TYPE_CHECKING:  # the importer loads when something is imported or exported, not at start-up
    from core.importer import ExportResult, ImportPreview, ImportResult


class PeopleController(QObject):
    changed = Signal()
    error = Signal(str)

    def __init__(self, db: MeetingFile, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        # Signal to signal, no lambda: a stack destroyed with its meeting still emits once.
        self.undo_stack.indexChanged.connect(self.changed)

    def people(self) -> list[Person]:
        return list_people(self.db)

    def units(self):
        return list_units(self.db)

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        self.undo_stack.push(DoneCommand(text, redo, undo, self.error.emit))

    def add(self, person: Person) -> Person:
        """Raises ValidationError (nothing changed) when the person is not valid."""
        added = add_people(self.db, [person])
        self._push(
            self.tr("Thêm {0}").format(added[0].full_name),
            lambda: add_people(self.db, added),
            lambda: delete_people(self.db, [p.id for p in added]),
        )
        return added[0]

    def edit(self, person: Person) -> Person:
        before = get_person(self.db, person.id)
        after = update_person(self.db, person)
        self._push(
            self.tr("Sửa {0}").format(after.full_name),
            lambda: update_person(self.db, after),
            lambda: update_person(self.db, before),
        )
        return after

    def delete(self, person_ids: list[int]) -> list[Person]:
        removed = delete_people(self.db, person_ids)
        self._push(
            self.tr("Xóa {0} người").format(len(removed)),
            lambda: delete_people(self.db, [p.id for p in removed]),
            lambda: add_people(self.db, removed),
        )
        return removed

    def import_inputs(self) -> tuple[list[Unit], list[Person]]:
        """What a preview compares the list with, read here (the UI thread) so that the preview
        itself can run in a worker thread without touching the meeting file."""
        return list_units(self.db), list_people(self.db)

    def apply_import(self, preview: ImportPreview) -> ImportResult:
        """Add and update in one action; one undo takes the whole import back."""
        from core.importer import apply_import_result

        result = apply_import_result(self.db, preview)
        if not result.added and not result.after:
            return result
        source = preview.source
        self._push(
            self.tr("Nhập {0} người từ {1}").format(len(result.added) + len(result.after), source),
            lambda: change_people(self.db, result.added, result.after, source),
            lambda: revert_import(self.db, result.added, result.before, source),
        )
        return result

    def export(self, path: str | Path) -> ExportResult:
        from core.importer import export_people

        return export_people(self.db, path)
