"""The agreement stage's logic: edit the text, choose for absent units, sign; each undoable.

Every edit is one stored action (one transaction with its audit event). Text edits and
signings have separate undo stacks, so that undoing a signing at the ceremony never
reverts a change to the text, and the other way round.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.agreement import (
    AbsentChoice,
    Agreement,
    AgreementItem,
    Section,
    SignatoryPlan,
    adopt_text,
    adoption_notes,
    load_agreement,
    mark_signed,
    read_agreement_from_file,
    save_agreement,
    set_absent_choice,
    signatories,
    unmark_signed,
)
from core.documents.catalog import Render
from core.errors import ThiDuaError
from core.meetings import load_meeting
from core.storage import MeetingFile
from core.units import list_units
from ui.i18n import core_text, error_text
from ui.undo import DoneCommand


class AgreementController(QObject):
    changed = Signal()  # the text or its settings
    signatories_changed = Signal()  # absent choices, signings
    error = Signal(str)

    def __init__(self, db: MeetingFile, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.text_undo = QUndoStack(self)
        self.signing_undo = QUndoStack(self)
        self._agreement = load_agreement(db)

    # -- reading ------------------------------------------------------------------------

    def agreement(self) -> Agreement:
        return self._agreement

    def plan(self) -> SignatoryPlan:
        return signatories(self.db)

    def unit_count(self) -> int:
        return len(list_units(self.db))

    def copies(self) -> int:
        return self._agreement.copies(self.unit_count())

    def reload(self) -> None:
        """After changes made elsewhere (units, people, check-ins, the meeting)."""
        self._agreement = load_agreement(self.db)
        self.changed.emit()
        self.signatories_changed.emit()

    # -- editing the text ---------------------------------------------------------------

    def _store(self, after: Agreement, what: str, action: str = "agreement.edit") -> None:
        """Save ``after`` (raises ValidationError, nothing changed) and push the undo step."""
        before = self._agreement
        save_agreement(self.db, after, action, what)
        self._agreement = load_agreement(self.db)
        stored = self._agreement

        def apply(state: Agreement, label: str) -> None:
            save_agreement(self.db, state, "agreement.undo", label)
            self._agreement = load_agreement(self.db)
            self.changed.emit()

        self.text_undo.push(
            DoneCommand(
                what,
                lambda: apply(stored, what),
                lambda: apply(before, self.tr("hoàn tác: {0}").format(what)),
                self.error.emit,
            )
        )
        self.changed.emit()

    def _try_store(self, after: Agreement, what: str) -> bool:
        """``_store``, with a refusal (or a file that cannot be written) reported on ``error``."""
        try:
            self._store(after, what)
        except ThiDuaError as error:
            self.changed.emit()  # the view shows the stored value again
            self.error.emit(error_text(error))
            return False
        return True

    def set_field(self, name: str, value, what: str) -> bool:
        """Change one field of the agreement (title, bases, place …). False when refused."""
        if getattr(self._agreement, name) == value:
            return True
        return self._try_store(replace(self._agreement, **{name: value}), what)

    def _items(self, section: Section) -> list[AgreementItem]:
        return [replace(i) for i in self._agreement.items(section)]

    def _with_items(self, section: Section, items: list[AgreementItem]) -> Agreement:
        key = "movements" if section is Section.MOVEMENT else "targets"
        return replace(self._agreement, **{key: items})

    def edit_item(self, section: Section, row: int, field: str, value: str) -> bool:
        items = self._items(section)
        if not 0 <= row < len(items):
            return False
        setattr(items[row], field, value)
        return self._try_store(
            self._with_items(section, items),
            self.tr("Sửa {0} dòng {1}").format(core_text(section.label).lower(), row + 1),
        )

    def add_item(self, section: Section, after_row: int = -1) -> int:
        """Add an empty row after ``after_row`` (at the end by default); returns its index, -1 if refused."""
        items = self._items(section)
        row = len(items) if after_row < 0 else min(after_row + 1, len(items))
        items.insert(row, AgreementItem())
        what = self.tr("Thêm dòng {0}").format(core_text(section.label).lower())
        return row if self._try_store(self._with_items(section, items), what) else -1

    def remove_item(self, section: Section, row: int) -> None:
        items = self._items(section)
        if 0 <= row < len(items):
            del items[row]
            self._try_store(
                self._with_items(section, items),
                self.tr("Xóa {0} dòng {1}").format(core_text(section.label).lower(), row + 1),
            )

    def move_item(self, section: Section, row: int, delta: int) -> int:
        items = self._items(section)
        target = row + delta
        if not (0 <= row < len(items) and 0 <= target < len(items)):
            return row
        items[row], items[target] = items[target], items[row]
        what = self.tr("Chuyển {0} dòng {1}").format(core_text(section.label).lower(), row + 1)
        return target if self._try_store(self._with_items(section, items), what) else row

    def import_from(self, path: str | Path) -> list[str]:
        """Take the text of an earlier year's meeting file (raises ThiDuaError); returns what to
        read again (the text came from another cluster's file)."""
        source, source_meeting = read_agreement_from_file(path)
        meeting = load_meeting(self.db)
        adopted = adopt_text(self._agreement, source, source_meeting, meeting)
        self._store(adopted, self.tr("Lấy nội dung từ {0}").format(Path(path).name), "agreement.import")
        return adoption_notes(source, source_meeting, meeting)

    # -- signatories and the signing ----------------------------------------------------

    def set_absent_choice(self, unit_id: int, choice: AbsentChoice) -> None:
        try:
            set_absent_choice(self.db, unit_id, choice)
        except ThiDuaError as error:
            self.error.emit(error_text(error))
            return
        self.signatories_changed.emit()

    def sign(self, unit_id: int) -> bool:
        """Mark a unit as signed; undoable from the signing stack."""
        try:
            block = mark_signed(self.db, unit_id)
        except ThiDuaError as error:
            self.error.emit(error_text(error))
            return False

        def redo() -> None:
            mark_signed(self.db, unit_id)
            self.signatories_changed.emit()

        def undo() -> None:
            unmark_signed(self.db, unit_id)
            self.signatories_changed.emit()

        text = self.tr("{0} ký").format(block.unit.short_name)
        self.signing_undo.push(DoneCommand(text, redo, undo, self.error.emit))
        self.signatories_changed.emit()
        return True

    def next_unsigned(self) -> int | None:
        """The unit of the first printed block not signed yet, in grid order."""
        return next((b.unit.id for b in self.plan().printed if not b.signed), None)

    # -- output -------------------------------------------------------------------------

    def pdf_renderer(self, copies: int | None = None) -> Render:
        """A print job for ui.printing (``copies`` originals; default: all of them)."""
        from core.documents.agreement import render_from_db  # reportlab: only when printing

        return lambda db: render_from_db(db, copies)

    def export_docx(self, path: str | Path) -> Path:
        from core.agreement_docx import export_docx  # python-docx: only when exporting

        return export_docx(self.db, path)
