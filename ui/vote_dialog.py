"""Add or edit a vote: title, candidates, places, threshold, ballots, counting committee."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from core.errors import ThiDuaError, ValidationError
from core.model import Person, Role, Unit, VotingRule
from core.tally import BASE_LABELS, Base, Threshold, places_from_percentage
from core.votes import VOTING_RULE_LABELS, BallotStyle, EntryMode, Vote, VoteMethod
from ui.i18n import core_text
from ui.widgets import ErrorLabel, checked_data, fill_chair, fit_to_screen, ok_cancel_buttons


def _check_list(items: list[tuple[str, int]], checked: set[int]) -> QListWidget:
    widget = QListWidget()
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


class VoteDialog(QDialog):
    """``save`` is called with the vote on OK; its ValidationError keeps the dialog open."""

    def __init__(
        self,
        save: Callable[[Vote], object],
        units: list[Unit],
        people: list[Person],
        vote: Vote | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._save = save
        self._vote = vote
        # A new vote may start from a template (the last vote's committee): it has no id yet.
        editing = vote is not None and vote.id is not None
        self.setWindowTitle(self.tr("Sửa cuộc bầu") if editing else self.tr("Thêm cuộc bầu (suy tôn)"))
        self._member_units = len(units)
        v = vote or Vote(title="", candidate_ids=[u.id for u in units])

        self.title_edit = QLineEdit(v.title)
        self.title_edit.setPlaceholderText(self.tr("Suy tôn đơn vị dẫn đầu phong trào thi đua năm …"))
        self.candidates = _check_list(
            [(f"{u.position}. {u.short_name}", u.id) for u in units], set(v.candidate_ids)
        )
        all_button = QPushButton(self.tr("Chọn tất &cả"))
        all_button.clicked.connect(lambda: self._set_all(True))
        none_button = QPushButton(self.tr("Bỏ chọ&n tất cả"))
        none_button.clicked.connect(lambda: self._set_all(False))

        self.places_count = QRadioButton(self.tr("Số &danh hiệu"))
        self.places_percent = QRadioButton(self.tr("Tỷ &lệ % số đơn vị thành viên"))
        self.places = QSpinBox()
        self.places.setRange(1, 500)
        self.places.setValue(v.places)
        self.percent = QLineEdit(str(v.places_percent) if v.places_percent is not None else "20")
        self.percent.setMaximumWidth(80)
        (self.places_percent if v.places_percent is not None else self.places_count).setChecked(True)
        self.max_same = QCheckBox(self.tr("bằng số danh hiệ&u"))
        self.max_same.setChecked(v.max_choices is None)
        self.max_choices = QSpinBox()
        self.max_choices.setRange(1, 500)
        self.max_choices.setValue(v.max_choices or v.places)
        self.max_choices.setEnabled(v.max_choices is not None)
        self.max_same.toggled.connect(lambda on: self.max_choices.setEnabled(not on))
        # While "as many as the places" is ticked, the greyed number shows that many.
        self.places.valueChanged.connect(self._follow_places)
        self.percent.textChanged.connect(self._follow_places)
        self.places_count.toggled.connect(self._follow_places)
        self.max_same.toggled.connect(self._follow_places)

        t = v.threshold
        self.strict = QComboBox()
        self.strict.addItem(self.tr("trên (>)"), True)
        self.strict.addItem(self.tr("từ … trở lên (≥)"), False)
        self.strict.setCurrentIndex(0 if t.strict else 1)
        self.numerator = QSpinBox()
        self.numerator.setRange(0, 1000)
        self.numerator.setValue(t.numerator)
        self.denominator = QSpinBox()
        self.denominator.setRange(1, 1000)
        self.denominator.setValue(t.denominator)
        self.base = QComboBox()
        for base in Base:
            self.base.addItem(core_text(BASE_LABELS[base]), base.value)
        self.base.setCurrentIndex(list(Base).index(t.base))
        self.blank_valid = QCheckBox(self.tr("Phiếu không chọn &ai là phiếu hợp lệ"))
        self.blank_valid.setChecked(v.blank_valid)

        self.method = QComboBox()
        for method in VoteMethod:
            self.method.addItem(core_text(method.label), method.value)
        self.method.setCurrentIndex(list(VoteMethod).index(v.method))
        self.style = QComboBox()
        for style in BallotStyle:
            self.style.addItem(core_text(style.label), style.value)
        self.style.setCurrentIndex(list(BallotStyle).index(v.ballot_style))
        self.entry_mode = QComboBox()
        for mode in EntryMode:
            self.entry_mode.addItem(core_text(mode.label), mode.value)
        self.entry_mode.setCurrentIndex(list(EntryMode).index(v.entry_mode))
        self.voting_rule = QComboBox()
        for rule, label in VOTING_RULE_LABELS.items():
            self.voting_rule.addItem(core_text(label), rule.value if rule else None)
        self.voting_rule.setCurrentIndex(list(VOTING_RULE_LABELS).index(v.voting_rule))
        self.double_entry = QCheckBox(self.tr("Nhập phiếu ha&i lần để đối chiếu"))
        self.double_entry.setChecked(v.double_entry)

        voters = [p for p in people if p.role != Role.GUEST]
        unit_names = {u.id: u.short_name for u in units}
        self.committee = _check_list(
            [(f"{p.full_name} – {unit_names.get(p.unit_id, '')}", p.id) for p in voters], set(v.committee_ids)
        )
        self.chief = QComboBox()
        self._names = {p.id: p.full_name for p in voters}
        self.committee.itemChanged.connect(lambda _item: fill_chair(self.chief, self.committee, self._names))
        fill_chair(self.chief, self.committee, self._names, v.chief_id)
        self.errors = ErrorLabel()
        self._follow_places()

        candidates_box = QGroupBox(self.tr("Danh sách trên phiếu (the&o thứ tự chính thức)"))
        cl = QVBoxLayout(candidates_box)
        cl.addWidget(self.candidates)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        cl.addLayout(row)

        rules = QGroupBox(self.tr("Số danh hiệu và điều kiện"))
        grid = QGridLayout(rules)
        grid.addWidget(self.places_count, 0, 0)
        grid.addWidget(self.places, 0, 1)
        grid.addWidget(self.places_percent, 1, 0)
        grid.addWidget(self.percent, 1, 1)
        most = QLabel(self.tr("Số được chọn tối đa trên một &phiếu"))
        most.setBuddy(self.max_choices)
        grid.addWidget(most, 2, 0)
        grid.addWidget(self.max_choices, 2, 1)
        grid.addWidget(self.max_same, 2, 2)
        threshold = QHBoxLayout()
        threshold.addWidget(self.strict)
        threshold.addWidget(self.numerator)
        threshold.addWidget(QLabel("/"))
        threshold.addWidget(self.denominator)
        threshold.addStretch()
        when = QLabel(self.tr("Được suy tôn khi &số phiếu"))
        when.setBuddy(self.strict)
        grid.addWidget(when, 3, 0)
        grid.addLayout(threshold, 3, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("của")), 4, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.base, 4, 1, 1, 2)
        grid.addWidget(self.blank_valid, 5, 0, 1, 3)

        ballots = QGroupBox(self.tr("Phiếu và cách nhập"))
        form = QFormLayout(ballots)
        form.addRow(self.tr("&Hình thức"), self.method)
        form.addRow(self.tr("&Kiểu phiếu"), self.style)
        form.addRow(self.tr("Ban kiểm phiếu &gõ"), self.entry_mode)
        form.addRow(self.tr("Ai &bỏ phiếu"), self.voting_rule)
        form.addRow("", self.double_entry)

        committee_box = QGroupBox(self.tr("Ban kiể&m phiếu"))
        kl = QVBoxLayout(committee_box)
        kl.addWidget(self.committee)
        chief_row = QFormLayout()
        chief_row.addRow(self.tr("T&rưởng ban"), self.chief)
        kl.addLayout(chief_row)

        title_form = QFormLayout()
        title_form.addRow(self.tr("&Tên cuộc bầu"), self.title_edit)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(candidates_box)
        middle = QVBoxLayout()
        middle.addWidget(rules)
        middle.addWidget(ballots)
        middle.addStretch()
        columns.addLayout(left, 2)
        columns.addLayout(middle, 4)
        columns.addWidget(committee_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(title_form)
        layout.addLayout(columns)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self))
        # Roomy for the three columns, but no wider than the screen: at 1366×768 with 125 %
        # scaling, 1093 logical pixels less the frame (the columns shrink to their minimum).
        self.resize(1180, self.sizeHint().height())
        fit_to_screen(self)

    def _percent(self) -> Fraction:
        """The percentage typed (a comma is a decimal point); ValidationError when it is no number."""
        try:
            return Fraction(self.percent.text().strip().replace(",", ".").rstrip("%").strip())
        except (ValueError, ZeroDivisionError):
            raise ValidationError(
                self.tr('Trường "Tỷ lệ danh hiệu": "{0}" không phải một số.').format(self.percent.text())
            ) from None

    def _follow_places(self) -> None:
        if not self.max_same.isChecked():
            return
        places = self.places.value()
        if self.places_percent.isChecked():
            try:
                percent = self._percent()
            except ValidationError:
                return  # said when the vote is saved
            if not 0 < percent <= 100:
                return
            places = places_from_percentage(percent, self._member_units)
        self.max_choices.setValue(max(places, 1))

    def _set_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.candidates.count()):
            self.candidates.item(i).setCheckState(state)

    def vote(self) -> Vote:
        """The vote as filled in; the percentage is parsed here (a comma is a decimal point)."""
        old = self._vote
        percent = self._percent() if self.places_percent.isChecked() else None
        rule = self.voting_rule.currentData()
        return Vote(
            title=self.title_edit.text(),
            candidate_ids=checked_data(self.candidates),
            places=self.places.value(),
            places_percent=percent,
            max_choices=None if self.max_same.isChecked() else self.max_choices.value(),
            threshold=Threshold(
                self.numerator.value(),
                self.denominator.value(),
                self.strict.currentData(),
                self.base.currentData(),
            ),
            blank_valid=self.blank_valid.isChecked(),
            ballot_style=BallotStyle(self.style.currentData()),
            entry_mode=EntryMode(self.entry_mode.currentData()),
            voting_rule=VotingRule(rule) if rule else None,
            double_entry=self.double_entry.isChecked(),
            method=VoteMethod(self.method.currentData()),
            committee_ids=checked_data(self.committee),
            chief_id=self.chief.currentData(),
            id=old.id if old else None,
            position=old.position if old else 0,
        )

    def accept(self) -> None:
        try:
            self._save(self.vote())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
