"""The registration desk's logic for the GUI: the core desk, plus signals for whoever shows it.

``changed`` fires after anything that changes attendance (check-in, undo, walk-in), so
that the counts, the list and the projector refresh; ``reloaded`` when the list of
people itself changed (a walk-in, or edits in Chuẩn bị).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.attendance import AttendanceCounts
from core.documents.catalog import Render
from core.model import Person
from core.registration import Outcome, OutcomeKind, RegistrationDesk
from core.storage import MeetingFile


class RegistrationController(QObject):
    changed = Signal()
    reloaded = Signal()

    def __init__(self, db: MeetingFile, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.desk = RegistrationDesk(db)

    def reload(self) -> None:
        self.desk.reload()
        self.reloaded.emit()
        self.changed.emit()

    def counts(self) -> AttendanceCounts:
        return self.desk.counts()

    def _after(self, outcome: Outcome) -> Outcome:
        if outcome.kind == OutcomeKind.CHECKED_IN:
            self.changed.emit()
        return outcome

    def submit(self, text: str, selected: int | None = None) -> Outcome:
        """Enter in the search box. Raises ThiDuaError only when the file cannot be written."""
        return self._after(self.desk.submit(text, selected))

    def check_in(self, person_id: int) -> Outcome:
        return self._after(self.desk.check_in(person_id))

    def undo_last(self) -> Person | None:
        person = self.desk.undo_last()
        if person is not None:
            self.changed.emit()
        return person

    def cancel(self, person_id: int) -> Person:
        person = self.desk.cancel(person_id)
        self.changed.emit()
        return person

    def walk_in(self, person: Person, substitute_for: int | None = None) -> Outcome:
        """Raises ValidationError (nothing changed) when the person is not valid."""
        outcome = self.desk.walk_in(person, substitute_for)
        self.reloaded.emit()
        self.changed.emit()
        return outcome

    # -- documents: the data is read here, on the UI thread; the PDF is built in the background.
    # The document modules load reportlab, so they are imported only when something is printed.

    def delegate_list_job(self) -> Render:
        from core.documents import delegate_list

        return lambda db: delegate_list.build(delegate_list.collect(db))

    def badges_job(self, person_ids: list[int] | None = None) -> Render:
        from core.documents import badges

        return lambda db: badges.build(badges.collect(db, person_ids))

    def report_job(self) -> Render:
        from core.documents import attendance_report

        return lambda db: attendance_report.build(attendance_report.collect(db))
