"""Chuẩn bị > Hội nghị: who holds the meeting, when and where, and its rules."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
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

from core.errors import ThiDuaError
from core.meetings import load_meeting, save_meeting
from core.model import Meeting, QuorumBase, QuorumRule, VotingRule
from core.storage import MeetingFile
from core.units import list_units
from ui.date_field import DateField
from ui.widgets import ErrorLabel


class MeetingForm(QWidget):
    saved = Signal()

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
        self.save_button = QPushButton(self.tr("&Lưu thông tin hội nghị"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status)
        buttons.addStretch()

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.errors)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        m = load_meeting(self.db)
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
        self.errors.show_messages([])
        self.status.clear()

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
        self._fill_units(
            self.host_unit.currentData(), self.current_head.currentData(), self.current_deputy.currentData()
        )

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
        self.status.setText(self.tr("Đã lưu."))
        self.saved.emit()
        return True
