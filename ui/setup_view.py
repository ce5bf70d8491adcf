"""Chuẩn bị: the meeting, its member units and its people, on three tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from core.storage import MeetingFile
from ui.meeting_form import MeetingForm
from ui.people_controller import PeopleController
from ui.people_view import PeopleView
from ui.units_view import UnitsView


class SetupView(QWidget):
    changed = Signal()

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.meeting_form = MeetingForm(db)
        self.units_view = UnitsView(db)
        self.people_controller = PeopleController(db, self)
        self.people_view = PeopleView(self.people_controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meeting_form, self.tr("Hội nghị"))
        self.tabs.addTab(self.units_view, self.tr("Đơn vị thành viên"))
        self.tabs.addTab(self.people_view, self.tr("Người tham dự"))
        # Units appear in the host choice and the people's unit column; people in the units' counts.
        # The meeting form only refreshes its unit lists: what is typed there stays.
        self.units_view.changed.connect(self.meeting_form.refresh_units)
        self.meeting_form.dirty_changed.connect(self._mark_meeting_tab)
        self.units_view.changed.connect(self.people_view.reload)
        self.people_view.changed.connect(self.units_view.reload)
        for view in (self.meeting_form.saved, self.units_view.changed, self.people_view.changed):
            view.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _mark_meeting_tab(self, dirty: bool) -> None:
        """The "Hội nghị" tab says so while its form has changes not saved, from any tab."""
        title = self.tr("Hội nghị")
        self.tabs.setTabText(self.tabs.indexOf(self.meeting_form), title + " *" if dirty else title)

    def unsaved_changes(self) -> list[str]:
        """What would be lost if this screen were closed or rebuilt now, one line each in the
        user's language; empty when nothing would be. The main window asks before switching the
        language, closing the meeting or the window, and offers Lưu (``save_unsaved``) / Bỏ thay
        đổi / Hủy."""
        fields = self.meeting_form.changed_fields()
        if not fields:
            return []
        return [self.tr('Thông tin hội nghị (thẻ "Hội nghị") chưa lưu: {0}').format(", ".join(fields))]

    def save_unsaved(self) -> bool:
        """Save what ``unsaved_changes`` lists. True when nothing is left unsaved; False when it
        cannot be saved: the form's tab is then shown, with the error under the fields."""
        if not self.meeting_form.has_unsaved_changes():
            return True
        if self.meeting_form.save():
            return True
        self.tabs.setCurrentWidget(self.meeting_form)
        return False

    def follow_file(self) -> None:
        """Another stage changed the file (a walk-in, a unit): show the units and people as they
        are now; the meeting form keeps what is being typed and only refreshes its unit lists."""
        self.units_view.reload()
        self.people_view.reload()
        self.meeting_form.refresh_units()
