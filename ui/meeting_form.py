"""Chuẩn bị > Hội nghị: who holds the meeting, when and where, and its rules."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.dates import parse_day
from core.errors import ThiDuaError
from core.meetings import load_meeting, save_meeting
from core.model import Meeting, QuorumBase, QuorumRule, VotingRule
from core.storage import MeetingFile
from core.text import clean
from core.units import list_units
from ui import styles
from ui.date_field import DateField
from ui.widgets import ErrorLabel


class MeetingForm(QWidget):
    """The meeting's own record. What is typed is written only by Save (Alt+L, Ctrl+S); until
    then the form says which fields changed, and ``changed_fields`` names them to whoever
    must ask before they are lost (the setup screen, the main window)."""

    saved = Signal()
    dirty_changed = Signal(bool)  # there are changes not saved (True), or no longer (False)

    UNSAVED = styles.text(styles.NOTE, bold=True)
    SAVED = styles.text(styles.SUCCESS)

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.commission = QLineEdit()
        self.cluster = QLineEdit()
        self.members_description = QLineEdit()
        self.title = QLineEdit()
        self.year = QSpinBox(minimum=1900, maximum=2200)
        self.next_year = QSpinBox(minimum=1901, maximum=2201)
        self.year.valueChanged.connect(lambda y: self.next_year.setValue(y + 1))
        self.venue = QLineEdit()
        self.place = QLineEdit()
        self.date = DateField()
        self.date.setMaximumWidth(260)
        self.host_unit = QComboBox()
        self.current_head = QComboBox()
        self.current_deputy = QComboBox()
        self.letterhead = QPlainTextEdit()
        self.letterhead.setFixedHeight(64)
        self.letterhead.setTabChangesFocus(True)  # Tab goes to the next field, never into the heading
        self.letterhead.setPlaceholderText("BAN TỔ CHỨC TRUNG ƯƠNG\nCỤM THI ĐUA SỐ III")
        self.quorum_numerator = QSpinBox(minimum=1, maximum=100)
        self.quorum_denominator = QSpinBox(minimum=1, maximum=100)
        self.quorum_strict = QCheckBox(self.tr("phải vượt quá tỷ lệ (>), không chỉ bằng (≥)"))
        self.quorum_base = QComboBox()
        self.quorum_base.addItem(self.tr("đơn vị thành viên có mặt"), QuorumBase.UNITS)
        self.quorum_base.addItem(self.tr("người có quyền biểu quyết có mặt"), QuorumBase.VOTERS)
        self.voting_rule = QComboBox()
        self.voting_rule.addItem(self.tr("Mỗi đơn vị một phiếu (trưởng đoàn bỏ phiếu)"), VotingRule.PER_UNIT)
        self.voting_rule.addItem(self.tr("Mỗi đại biểu một phiếu"), VotingRule.PER_DELEGATE)

        quorum = QHBoxLayout()
        quorum.addWidget(QLabel(self.tr("ít nhất")))
        quorum.addWidget(self.quorum_numerator)
        quorum.addWidget(QLabel("/"))
        quorum.addWidget(self.quorum_denominator)
        quorum.addWidget(self.quorum_base)
        quorum.addStretch()

        form = QFormLayout()
        form.addRow(self.tr("Cơ quan chủ quản"), self.commission)
        form.addRow(self.tr("Tên cụm thi đua"), self.cluster)
        form.addRow(self.tr("Thành viên của cụm"), self.members_description)
        form.addRow(self.tr("Tên hội nghị"), self.title)
        form.addRow(self.tr("Năm tổng kết"), self.year)
        form.addRow(self.tr("Năm giao ước"), self.next_year)
        form.addRow(self.tr("Địa điểm tổ chức"), self.venue)
        form.addRow(self.tr("Địa danh ghi trên văn bản"), self.place)
        form.addRow(self.tr("Ngày họp"), self.date)
        form.addRow(self.tr("Đơn vị đăng cai"), self.host_unit)
        form.addRow(self.tr("Cụm trưởng năm nay"), self.current_head)
        form.addRow(self.tr("Cụm phó năm nay"), self.current_deputy)
        form.addRow(self.tr("Tiêu đề cơ quan ban hành\n(mỗi dòng một dòng)"), self.letterhead)
        form.addRow(self.tr("Điều kiện hợp lệ (số có mặt)"), quorum)
        form.addRow("", self.quorum_strict)
        form.addRow(self.tr("Quyền biểu quyết"), self.voting_rule)

        self.errors = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu thông tin hội nghị"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Alt+L hoặc Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.errors)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: Tab goes to the fields
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._saved_values: dict[str, object] = {}
        self._dirty = False
        self._loading = False
        for signal in (
            self.commission.textChanged, self.cluster.textChanged, self.members_description.textChanged,
            self.title.textChanged, self.year.valueChanged, self.next_year.valueChanged,
            self.venue.textChanged, self.place.textChanged, self.date.textChanged,
            self.host_unit.currentIndexChanged, self.current_head.currentIndexChanged,
            self.current_deputy.currentIndexChanged, self.letterhead.textChanged,
            self.quorum_numerator.valueChanged, self.quorum_denominator.valueChanged,
            self.quorum_strict.toggled, self.quorum_base.currentIndexChanged, self.voting_rule.currentIndexChanged,
        ):  # fmt: skip
            signal.connect(self._update_dirty)
        self.reload()

    # -- what is not saved yet ---------------------------------------------------------

    def _values(self) -> dict[str, object]:
        """Each field's name as the form shows it -> its value as it would be saved."""
        return {
            self.tr("Cơ quan chủ quản"): clean(self.commission.text()),
            self.tr("Tên cụm thi đua"): clean(self.cluster.text()),
            self.tr("Thành viên của cụm"): clean(self.members_description.text()),
            self.tr("Tên hội nghị"): clean(self.title.text()),
            self.tr("Năm tổng kết"): self.year.value(),
            self.tr("Năm giao ước"): self.next_year.value(),
            self.tr("Địa điểm tổ chức"): clean(self.venue.text()),
            self.tr("Địa danh ghi trên văn bản"): clean(self.place.text()),
            self.tr("Ngày họp"): parse_day(self.date.text()) or clean(self.date.text()),
            self.tr("Đơn vị đăng cai"): self.host_unit.currentData(),
            self.tr("Cụm trưởng năm nay"): self.current_head.currentData(),
            self.tr("Cụm phó năm nay"): self.current_deputy.currentData(),
            self.tr("Tiêu đề cơ quan ban hành"): tuple(
                clean(line) for line in self.letterhead.toPlainText().splitlines() if clean(line)
            ),
            self.tr("Điều kiện hợp lệ"): (
                self.quorum_numerator.value(), self.quorum_denominator.value(), self.quorum_strict.isChecked(),
                self.quorum_base.currentData(),
            ),
            self.tr("Quyền biểu quyết"): self.voting_rule.currentData(),
        }  # fmt: skip

    def changed_fields(self) -> list[str]:
        """The names of the fields whose text or choice differs from the meeting file, in form order."""
        return [name for name, value in self._values().items() if self._saved_values.get(name) != value]

    def has_unsaved_changes(self) -> bool:
        return bool(self.changed_fields())

    def _mark_saved(self) -> None:
        self._saved_values = self._values()
        self._update_dirty()

    def _update_dirty(self) -> None:
        if self._loading:
            return
        changed = self.changed_fields()
        if changed:
            self.status.setText(self.tr("● Có thay đổi chưa lưu: {0}").format(", ".join(changed)))
            self.status.setStyleSheet(self.UNSAVED)
        elif self.status.styleSheet() == self.UNSAVED:
            self.status.clear()  # typed back as it was
        if bool(changed) != self._dirty:
            self._dirty = bool(changed)
            self.dirty_changed.emit(self._dirty)

    # -- reading and saving ---------------------------------------------------------------

    def reload(self) -> None:
        """Show the meeting as the file has it (what was typed and not saved is dropped)."""
        self._loading = True
        try:
            self._show(load_meeting(self.db))
        finally:
            self._loading = False
        self.errors.show_messages([])
        self.status.clear()
        self._mark_saved()

    def _show(self, m: Meeting) -> None:
        self.commission.setText(m.commission)
        self.cluster.setText(m.cluster)
        self.members_description.setText(m.members_description)
        self.title.setText(m.title)
        self.year.setValue(m.year)
        self.next_year.setValue(m.next_year)
        self.venue.setText(m.venue)
        self.place.setText(m.place)
        self.date.setDate(QDate(m.date.year, m.date.month, m.date.day))
        self._fill_units(m.host_unit_id, m.current_head_unit_id, m.current_deputy_unit_id)
        self.letterhead.setPlainText("\n".join(m.letterhead))
        self.quorum_numerator.setValue(m.quorum.numerator)
        self.quorum_denominator.setValue(m.quorum.denominator)
        self.quorum_strict.setChecked(m.quorum.strict)
        self.quorum_base.setCurrentIndex(self.quorum_base.findData(m.quorum.base))
        self.voting_rule.setCurrentIndex(self.voting_rule.findData(m.voting_rule))

    def _fill_units(self, host: int | None, head: int | None, deputy: int | None) -> None:
        units = list_units(self.db)
        for combo, unit_id in (
            (self.host_unit, host),
            (self.current_head, head),
            (self.current_deputy, deputy),
        ):
            combo.clear()
            combo.addItem(self.tr("(chưa chọn)"), None)
            for unit in units:
                combo.addItem(unit.short_name, unit.id)
            combo.setCurrentIndex(max(0, combo.findData(unit_id)))

    def refresh_units(self) -> None:
        """The member units changed elsewhere: the unit lists follow, what is being typed stays."""
        self._loading = True  # the lists are emptied and filled again: no change on the way
        try:
            self._fill_units(
                self.host_unit.currentData(),
                self.current_head.currentData(),
                self.current_deputy.currentData(),
            )
        finally:
            self._loading = False
        self._update_dirty()

    def meeting(self) -> Meeting:
        return Meeting(
            commission=self.commission.text(),
            cluster=self.cluster.text(),
            members_description=self.members_description.text(),
            title=self.title.text(),
            year=self.year.value(),
            next_year=self.next_year.value(),
            venue=self.venue.text(),
            place=self.place.text(),
            date=self.date.date().toPython(),
            host_unit_id=self.host_unit.currentData(),
            letterhead=tuple(self.letterhead.toPlainText().splitlines()),
            quorum=QuorumRule(
                self.quorum_numerator.value(),
                self.quorum_denominator.value(),
                self.quorum_strict.isChecked(),
                QuorumBase(self.quorum_base.currentData()),
            ),
            # Qt hands enum members back as plain strings: make them enums again.
            voting_rule=VotingRule(self.voting_rule.currentData()),
            current_head_unit_id=self.current_head.currentData(),
            current_deputy_unit_id=self.current_deputy.currentData(),
        )

    def save(self) -> bool:
        """Write the form to the file; False (the error shown under the form) when it cannot be."""
        if not self.has_unsaved_changes():
            self.errors.show_messages([])
            self.status.setText(self.tr("Không có thay đổi nào cần lưu."))
            self.status.setStyleSheet(self.SAVED)
            return True
        if not self.date.is_valid():
            self.errors.show_messages(
                [
                    self.tr(
                        'Trường "Ngày họp": "{0}" không phải một ngày. Gõ ví dụ 19/12/2019, 19122019 hay 19-12-2019.'
                    ).format(self.date.text())
                ]
            )
            self.status.clear()
            return False
        try:
            save_meeting(self.db, self.meeting())
        except ThiDuaError as error:
            self.errors.show_error(error)
            self.status.clear()
            return False
        self.errors.show_messages([])
        self._mark_saved()
        self.status.setText(self.tr("Đã lưu."))
        self.status.setStyleSheet(self.SAVED)
        self.saved.emit()
        return True
