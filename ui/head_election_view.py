"""Bầu cụm trưởng – cụm phó: rotation and proposal, the way chosen, then one tab per round.

The first tab sets the election up (rotation order, proposal, approve or open election,
threshold, double entry, counting committee); each round has the entry screen
(ui/ballot_entry_view.py) with the election's controller (ui/head_election_controller.py). Above the tabs: who is elected,
the conference summary and next year's meeting file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.documents.catalog import file_stem
from core.errors import ThiDuaError
from core.head_election import (
    ElectionRoundResult,
    ElectionSettings,
    default_settings,
    election_status,
    get_election,
    is_stale,
    paper_rounds,
    proposal,
    rotation,
    save_rotation,
    save_settings,
)
from core.head_election_rules import Way
from core.meetings import load_meeting
from core.model import Role
from core.people import delegation_order, list_people
from core.storage import SUFFIX, MeetingFile
from core.tally import BASE_LABELS, Base, Threshold
from core.units import list_units
from core.votes import RoundState
from ui import printing, styles
from ui.ballot_entry_view import BallotEntryView
from ui.head_election_controller import ElectionEntryController
from ui.head_election_projector import ElectionResultView
from ui.i18n import core_text, error_text
from ui.widgets import ErrorLabel, VerticalScroll, checked_data, fill_chair


def write_next_year(parent: QWidget, db: MeetingFile) -> Path | None:
    """Ask where, then write next year's meeting file (core/next_year.py); None if not written."""
    from core.next_year import start_next_year

    meeting = load_meeting(db)
    suggestion = str(db.path.with_name(f"hoi-nghi-{meeting.year + 1}{SUFFIX}"))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Tạo hội nghị năm sau"),
        suggestion,
        "Hội nghị ThiDua (*.thidua)",
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    try:
        return start_next_year(db, target)
    except ThiDuaError as error:
        QMessageBox.warning(parent, parent.tr("Chưa tạo được hội nghị năm sau"), error_text(error))
        return None


class HeadElectionView(QWidget):
    project = Signal(QWidget)  # the published result of a round, for the projector
    changed = Signal()
    next_year_written = Signal(Path)  # next year's file: the main window offers to open it

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.entry_views: list[BallotEntryView] = []

        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 12pt;")
        self.status_label.setWordWrap(True)
        # The status gives way (it wraps) so that the buttons beside it are never cut at the side.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_button = QPushButton(self.tr("In kết &quả hội nghị"))
        self.summary_button.clicked.connect(self.print_summary)
        self.next_year_button = QPushButton(self.tr("Tạo &hội nghị năm sau…"))
        self.next_year_button.clicked.connect(self.next_year)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._setup_panel(), self.tr("Đề xuất và cách bầu"))

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.summary_button)
        top.addWidget(self.next_year_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # -- the setup tab -------------------------------------------------------------------

    def _setup_panel(self) -> QWidget:
        self.rotation_list = QListWidget()
        self.rotation_list.setMinimumWidth(260)
        self.rotation_list.currentRowChanged.connect(lambda _row: self.update_moves())
        self.up_button = QPushButton(self.tr("Lên t&rên"))
        self.up_button.clicked.connect(lambda: self.move_rotation(-1))
        self.down_button = QPushButton(self.tr("&Xuống dưới"))
        self.down_button.clicked.connect(lambda: self.move_rotation(+1))
        self.official_button = QPushButton(self.tr("The&o thứ tự chính thức"))
        self.official_button.clicked.connect(self.reset_rotation)
        rotation_box = QGroupBox(self.tr("Thứ tự luân phiên"))
        rotation_layout = QVBoxLayout(rotation_box)
        hint = QLabel(
            self.tr(
                "Đề xuất: cụm trưởng năm sau là đơn vị đứng sau cụm trưởng năm nay trong thứ tự luân phiên, "
                "cụm phó là đơn vị tiếp theo."
            )
        )
        hint.setWordWrap(True)
        rotation_layout.addWidget(hint)
        rotation_layout.addWidget(self.rotation_list, 1)
        moves = QHBoxLayout()  # two rows: the box stays narrow enough for a small screen
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        rotation_layout.addLayout(moves)
        rotation_layout.addWidget(self.official_button)

        self.current_label = QLabel()
        self.head_combo = QComboBox()
        self.deputy_combo = QComboBox()
        self.propose_button = QPushButton(self.tr("Đề xuất theo thứ tự luân &phiên"))
        self.propose_button.clicked.connect(lambda: self.fill_proposal())
        self.approve_radio = QRadioButton(core_text(Way.APPROVE.label))
        # A radio button does not wrap: the way's name on it, the explanation in a label under it.
        open_name, _, open_detail = core_text(Way.OPEN.label).partition(": ")
        self.open_radio = QRadioButton(open_name)
        open_hint = QLabel(open_detail[:1].upper() + open_detail[1:])
        open_hint.setWordWrap(True)
        open_hint.setStyleSheet(styles.text(styles.MUTED))
        for radio in (self.approve_radio, self.open_radio):  # as wide as their words: a click there hits
            radio.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.way_group = QButtonGroup(self)
        self.way_group.addButton(self.approve_radio)
        self.way_group.addButton(self.open_radio)
        self.strict_combo = QComboBox()
        self.strict_combo.addItem(self.tr("trên"), True)
        self.strict_combo.addItem(self.tr("từ … trở lên"), False)
        self.numerator = QSpinBox()
        self.numerator.setRange(0, 99)
        self.denominator = QSpinBox()
        self.denominator.setRange(1, 99)
        self.base_combo = QComboBox()
        for base in Base:
            self.base_combo.addItem(core_text(BASE_LABELS[base]), base.value)
        threshold = QHBoxLayout()
        threshold.addWidget(self.strict_combo)
        threshold.addWidget(self.numerator)
        threshold.addWidget(QLabel("/"))
        threshold.addWidget(self.denominator)
        threshold.addStretch()
        self.double_entry = QCheckBox(self.tr("&Nhập phiếu hai lần để đối chiếu"))
        self.committee_list = QListWidget()
        self.committee_list.setMaximumHeight(150)
        self.committee_list.itemChanged.connect(
            lambda _item: fill_chair(self.chief_combo, self.committee_list, self._names)
        )
        self._names: dict[int, str] = {}
        self.chief_combo = QComboBox()
        self.save_button = QPushButton(self.tr("&Lưu cách bầu"))
        self.save_button.clicked.connect(self.save)
        self.errors = ErrorLabel()
        self.locked_label = QLabel(self.tr("Đã nhập phiếu: không sửa được cách bầu nữa."))
        self.locked_label.setStyleSheet(styles.text(styles.CAUTION))
        self.locked_label.setWordWrap(True)  # shown, it must not widen the window

        form_box = QGroupBox(self.tr("Đề xuất và cách bầu"))
        box_layout = QVBoxLayout(form_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow window: labels go above
        box_layout.addLayout(form)
        box_layout.addStretch()
        form.addRow(self.current_label)
        form.addRow(self.tr("Đề xuất cụm trưởng"), self.head_combo)
        form.addRow(self.tr("Đề xuất cụm phó"), self.deputy_combo)
        form.addRow("", self.propose_button)
        way = QVBoxLayout()  # one field: on a narrow window it goes under its label as a whole
        for widget in (self.approve_radio, self.open_radio, open_hint):
            way.addWidget(widget)
        form.addRow(self.tr("Cách bầu"), way)
        form.addRow(self.tr("Trúng cử khi số phiếu"), threshold)
        form.addRow(self.tr("của"), self.base_combo)
        form.addRow("", self.double_entry)
        form.addRow(self.tr("Ban kiểm phiếu"), self.committee_list)
        form.addRow(self.tr("Trưởng ban kiểm phiếu"), self.chief_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.locked_label, 1)
        form.addRow(buttons)
        form.addRow(self.errors)

        panel = QWidget()
        row = QHBoxLayout(panel)
        row.addWidget(rotation_box, 2)
        row.addWidget(form_box, 3)
        return VerticalScroll(panel)

    def _unit_names(self) -> dict[int, str]:
        return {u.id: u.short_name for u in list_units(self.db)}

    def fill_rotation(self) -> None:
        meeting = load_meeting(self.db)
        names = self._unit_names()
        election = get_election(self.db)
        s = election.settings if election else default_settings(self.db)
        selected = self.rotation_list.currentRow()
        self.rotation_list.clear()
        for number, uid in enumerate(rotation(self.db), start=1):
            text = f"{number}. {names[uid]}"
            if uid == meeting.current_head_unit_id:
                text += self.tr(" (cụm trưởng năm nay)")
            elif uid == meeting.current_deputy_unit_id:
                text += self.tr(" (cụm phó năm nay)")
            if uid == s.proposed_head_id:
                text += self.tr("  → đề xuất cụm trưởng năm {0}").format(meeting.next_year)
            elif uid == s.proposed_deputy_id:
                text += self.tr("  → đề xuất cụm phó năm {0}").format(meeting.next_year)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            self.rotation_list.addItem(item)
        if selected >= 0:
            self.rotation_list.setCurrentRow(min(selected, self.rotation_list.count() - 1))
        self.update_moves()

    def update_moves(self) -> None:
        """Up and down work on the unit chosen in the list; otherwise their tooltip says why not."""
        row, count = self.rotation_list.currentRow(), self.rotation_list.count()
        choose = self.tr("Chọn một đơn vị trong thứ tự luân phiên trước.")
        for button, why_not in (
            (
                self.up_button,
                choose if row < 0 else self.tr("Đơn vị này đã ở đầu danh sách.") if row == 0 else None,
            ),
            (
                self.down_button,
                choose
                if row < 0
                else self.tr("Đơn vị này đã ở cuối danh sách.")
                if row == count - 1
                else None,
            ),
        ):
            button.setEnabled(why_not is None)
            button.setToolTip(why_not or "")

    def showEvent(self, event) -> None:
        # The units and this year's head may have changed in Chuẩn bị meanwhile.
        if is_stale(self.db):
            self.reload()
        else:
            self.fill_rotation()
            self.fill_current()
            self.refresh_status()
        super().showEvent(event)

    def fill_current(self) -> None:
        meeting = load_meeting(self.db)
        names = self._unit_names()
        self.current_label.setText(
            self.tr("Năm nay: cụm trưởng <b>{0}</b>, cụm phó <b>{1}</b>").format(
                names.get(meeting.current_head_unit_id, self.tr("(chưa ghi)")),
                names.get(meeting.current_deputy_unit_id, self.tr("(chưa ghi)")),
            )
        )

    def fill_form(self) -> None:
        self.fill_current()
        names = self._unit_names()
        election = get_election(self.db)
        s = election.settings if election else default_settings(self.db)
        for combo, value in (
            (self.head_combo, s.proposed_head_id),
            (self.deputy_combo, s.proposed_deputy_id),
        ):
            combo.clear()
            combo.addItem(self.tr("(chưa chọn)"), None)
            for uid, name in names.items():
                combo.addItem(name, uid)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        (self.approve_radio if s.way is Way.APPROVE else self.open_radio).setChecked(True)
        t = s.threshold
        self.strict_combo.setCurrentIndex(0 if t.strict else 1)
        self.numerator.setValue(t.numerator)
        self.denominator.setValue(t.denominator)
        self.base_combo.setCurrentIndex(self.base_combo.findData(t.base.value))
        self.double_entry.setChecked(s.double_entry)
        people = [
            p for p in delegation_order(list_people(self.db), list_units(self.db)) if p.role != Role.GUEST
        ]
        self.committee_list.blockSignals(True)
        self.committee_list.clear()
        self._names = {p.id: p.full_name for p in people}
        for p in people:
            item = QListWidgetItem(f"{p.full_name} – {names.get(p.unit_id, '')}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = p.id in s.committee_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.committee_list.addItem(item)
        self.committee_list.blockSignals(False)
        fill_chair(self.chief_combo, self.committee_list, self._names, s.chief_id)
        locked = self.is_locked()
        for widget in (self.head_combo, self.deputy_combo, self.propose_button, self.approve_radio,
                       self.open_radio, self.strict_combo, self.numerator, self.denominator,
                       self.base_combo, self.double_entry, self.committee_list, self.chief_combo,
                       self.save_button):  # fmt: skip
            widget.setEnabled(not locked)
            widget.setToolTip(self.locked_label.text() if locked else "")
        self.locked_label.setVisible(locked)
        self.errors.show_messages([])

    def is_locked(self) -> bool:
        election = get_election(self.db)
        if election is None:
            return False
        rounds = paper_rounds(self.db, election)
        return len(rounds) > 1 or rounds[0].state != RoundState.SETUP

    def settings_from_form(self) -> ElectionSettings:
        committee = checked_data(self.committee_list)
        return ElectionSettings(
            way=Way.APPROVE if self.approve_radio.isChecked() else Way.OPEN,
            proposed_head_id=self.head_combo.currentData(),
            proposed_deputy_id=self.deputy_combo.currentData(),
            threshold=Threshold(
                self.numerator.value(),
                self.denominator.value(),
                bool(self.strict_combo.currentData()),
                Base(self.base_combo.currentData()),
            ),
            double_entry=self.double_entry.isChecked(),
            committee_ids=committee,
            chief_id=self.chief_combo.currentData(),
        )

    def fill_proposal(self, after_move: bool = False) -> None:
        head, deputy = proposal(self.db)
        self.head_combo.setCurrentIndex(max(self.head_combo.findData(head), 0))
        self.deputy_combo.setCurrentIndex(max(self.deputy_combo.findData(deputy), 0))
        # Said even when the combos already showed it: the button did what it says.
        template = (
            self.tr(
                'Đã lưu thứ tự luân phiên. Đề xuất mới: cụm trưởng {0}, cụm phó {1}; bấm "Lưu cách bầu" để áp dụng.'
            )
            if after_move
            else self.tr(
                'Đề xuất theo thứ tự luân phiên: cụm trưởng {0}, cụm phó {1}; bấm "Lưu cách bầu" để áp dụng.'
            )
        )
        self.errors.setStyleSheet(styles.text(styles.SUCCESS))
        self.errors.show_messages(
            [template.format(self.head_combo.currentText(), self.deputy_combo.currentText())]
        )

    def save(self) -> bool:
        self.errors.setStyleSheet(styles.text(styles.ERROR))
        try:
            save_settings(self.db, self.settings_from_form())
        except ThiDuaError as error:
            self.errors.show_error(error)  # not only ValidationError: a write can fail too
            return False
        self.reload()
        self.changed.emit()
        return True

    def move_rotation(self, step: int) -> None:
        row = self.rotation_list.currentRow()
        order = rotation(self.db)
        if row < 0 or not 0 <= row + step < len(order):
            return
        order[row], order[row + step] = order[row + step], order[row]
        self._save_rotation(order, row + step)

    def reset_rotation(self) -> None:
        self._save_rotation([u.id for u in list_units(self.db)], 0)

    def _save_rotation(self, order: list[int], row: int) -> None:
        try:
            save_rotation(self.db, order)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không lưu được thứ tự luân phiên"), error_text(error))
            return
        self.fill_rotation()
        self.rotation_list.setCurrentRow(row)
        if not self.is_locked():
            # The proposal follows the new rotation; it is kept when the organizers save.
            self.fill_proposal(after_move=True)
        self.changed.emit()

    # -- rounds ----------------------------------------------------------------------------

    def reload(self, select_latest: bool = False) -> None:
        """Read everything again; the round tabs are rebuilt."""
        stale_error = None
        if is_stale(self.db):  # units changed while the election waits in setup: follow them
            election = get_election(self.db)
            assert election is not None
            try:
                save_settings(self.db, election.settings)
            except ThiDuaError as error:
                stale_error = error
        current = self.tabs.currentIndex()
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.deleteLater()
        self.entry_views = []
        election = get_election(self.db)
        if election is not None:
            for pr in paper_rounds(self.db, election):
                view = BallotEntryView(ElectionEntryController(self.db, pr.number))
                view.published.connect(self.publish)
                view.rounds_changed.connect(self._round_added)
                view.changed.connect(self._round_changed)
                self.entry_views.append(view)
                self.tabs.addTab(VerticalScroll(view), self.tr("Vòng {0}").format(pr.number))
        self.fill_rotation()
        self.fill_form()
        if stale_error is not None:
            self.errors.setStyleSheet(styles.text(styles.ERROR))
            self.errors.show_error(stale_error)
        self.refresh_status()
        if select_latest and self.entry_views:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
        else:
            self.tabs.setCurrentIndex(min(max(current, 0), self.tabs.count() - 1))

    def follow_file(self) -> None:
        """Another stage changed the file (units, people, this year's head): read it again."""
        self.reload()

    def _round_added(self) -> None:
        self.reload(select_latest=True)

    def round_view(self, number: int) -> BallotEntryView:
        return self.entry_views[number - 1]

    def _round_changed(self) -> None:
        self.refresh_status()
        locked = self.is_locked()
        if locked == self.locked_label.isHidden():
            self.fill_form()
        self.changed.emit()

    def refresh_status(self) -> None:
        meeting = load_meeting(self.db)
        status = election_status(self.db)

        def line(elected) -> str:
            return f"<b>{elected.unit.short_name}</b>" if elected else self.tr("chưa bầu")

        self.status_label.setText(
            self.tr("Năm {0}: cụm trưởng {1} · cụm phó {2}").format(
                meeting.next_year, line(status.head), line(status.deputy)
            )
        )
        self.next_year_button.setEnabled(status.complete)
        self.next_year_button.setToolTip(
            "" if status.complete else self.tr("Dùng được khi đã xác nhận cả cụm trưởng và cụm phó năm sau.")
        )

    def publish(self, result: ElectionRoundResult) -> None:
        self.project.emit(ElectionResultView(result, load_meeting(self.db).next_year))

    # -- printing and next year ---------------------------------------------------------------

    def print_summary(self) -> printing.PdfJob:
        from core.documents.summary import render_summary

        return printing.print_pdf(self, self.db, render_summary, file_stem("summary"))

    def next_year(self) -> Path | None:
        path = write_next_year(self, self.db)
        if path is not None:
            self.next_year_written.emit(path)
        return path
