"""Đăng ký đại biểu: the check-in screen at the door.

The search box always has focus: typing narrows the list (no diacritics needed), Up/Down
move the selection while the typing stays in the box, Enter checks in the only match or
the selected row. A USB scanner types a badge's digits and Enter into the same box, so a
scan checks in with no other key. A large panel says who was checked in and when;
"Hoàn tác" (Ctrl+Z) undoes the last check-in. The live counts sit above the list.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.documents.catalog import file_stem
from core.errors import ThiDuaError
from core.model import Person
from core.registration import Outcome, OutcomeKind
from core.storage import MeetingFile
from ui import styles
from ui.i18n import core_text, error_text
from ui.printing import print_pdf
from ui.registration_controller import RegistrationController
from ui.registration_model import RegistrationColumn, RegistrationTableModel, StatusFilter
from ui.registration_projector import WelcomeView
from ui.walk_in_dialog import WalkInDialog
from ui.widgets import RowTable, confirm

# Panel colors: (background, border and text) per kind of message.
SUCCESS, WARNING, ERROR, NEUTRAL = (
    styles.PANEL_SUCCESS,
    styles.PANEL_WARNING,
    styles.PANEL_ERROR,
    styles.PANEL_NEUTRAL,
)
MET, NOT_MET = styles.QUORUM_MET, styles.QUORUM_NOT_MET


def key_clock() -> int:
    """Milliseconds, for key events that carry no time of their own (a test's events)."""
    return int(time.monotonic() * 1000)


class SearchBox(QLineEdit):
    """The desk's one input: Up/Down/PageUp/PageDown move the list's selection, Esc clears,
    Ctrl+Z undoes the last check-in (not the typing: there is nothing worth undoing there).

    A badge scanner types a code's digits and Enter faster than anyone types. Digits that
    arrive so, right before Enter, are a scan even when a clerk left other text in the box
    (a name half typed, a search that found nobody): ``scanned`` carries them alone, and the
    leftover text never becomes part of a code.
    """

    move = Signal(int)  # rows to move the selection by
    undo_requested = Signal()
    scanned = Signal(str)  # the digits of a scan that followed other text in the box

    SCAN_GAP_MS = 35  # a scanner sends a key every few ms; a person needs 60 ms or more
    SCAN_MIN_DIGITS = 3

    _STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._burst = ""  # digits typed in quick succession, the last ones typed
        self._burst_at = 0  # when the last of them came

    def event(self, event) -> bool:
        # Claim Ctrl+Z before QLineEdit's own undo sees it as a shortcut.
        if event.type() == event.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()
            return True
        return super().event(event)

    def _scan_digits(self, now: int) -> str:
        """The digits typed as a scanner types them, just before Enter at ``now``; "" if none."""
        burst, self._burst = self._burst, ""
        if len(burst) >= self.SCAN_MIN_DIGITS and now - self._burst_at <= self.SCAN_GAP_MS:
            return burst
        return ""

    def _note_key(self, text: str, now: int) -> None:
        if len(text) == 1 and "0" <= text <= "9":
            if now - self._burst_at > self.SCAN_GAP_MS:
                self._burst = ""
            self._burst += text
            self._burst_at = now
        else:
            self._burst = ""

    def keyPressEvent(self, event) -> None:
        now = event.timestamp() or key_clock()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            digits = self._scan_digits(now)
            if digits and self.text().strip() != digits:
                self.scanned.emit(digits)  # other text was in the box: the scan alone counts
                return
            super().keyPressEvent(event)
            return
        self._note_key(event.text(), now)
        if key in self._STEPS:
            self.move.emit(self._STEPS[key])
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)


class RegistrationView(QWidget):
    project = Signal(QWidget)

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = RegistrationController(db, self)
        self.model = RegistrationTableModel(self.controller.desk, self)

        self.search = SearchBox()
        self.search.setPlaceholderText(
            self.tr(
                "Gõ tên, chức vụ, đơn vị hoặc mã (không dấu cũng được), Enter để điểm danh; hoặc quét mã QR"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet("font-size: 16pt; padding: 6px;")
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self.submit)
        self.search.scanned.connect(self.submit_scan)
        self.search.move.connect(self.move_selection)
        self.search.undo_requested.connect(self.undo_last)

        # The confirmation panel: who, from where, and when.
        self.panel = QFrame()
        self.panel_title = QLabel()
        self.panel_detail = QLabel()
        self.panel_status = QLabel()
        for label in (self.panel_title, self.panel_detail, self.panel_status):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        panel_text = QVBoxLayout()
        panel_text.addWidget(self.panel_title)
        panel_text.addWidget(self.panel_detail)
        panel_text.addWidget(self.panel_status)
        self.undo_button = QPushButton(self.tr("&Hoàn tác (Ctrl+Z)"))
        self.undo_button.setStyleSheet("font-size: 12pt; padding: 8px 14px;")
        self.undo_button.clicked.connect(self.undo_last)
        self.panel.setMinimumHeight(170)  # the panel does not jump as messages change
        panel_layout = QHBoxLayout(self.panel)
        panel_layout.addLayout(panel_text, 1)
        panel_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)

        # The live counts.
        self.counts_box = QFrame()
        self.counts_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.delegates_count = QLabel()
        self.guests_count = QLabel()
        self.units_count = QLabel()
        self.voters_count = QLabel()
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        counts = QGridLayout(self.counts_box)
        rows = (
            (self.tr("Đại biểu có mặt"), self.delegates_count),
            (self.tr("Khách mời có mặt"), self.guests_count),
            (self.tr("Đơn vị có đại biểu"), self.units_count),
            (self.tr("Có quyền biểu quyết"), self.voters_count),
        )
        for row, (caption, value) in enumerate(rows):
            counts.addWidget(QLabel(caption), row, 0)
            value.setStyleSheet("font-size: 14pt; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            counts.addWidget(value, row, 1)
        counts.addWidget(self.quorum_label, len(rows), 0, 1, 2)
        self.counts_box.setMinimumWidth(330)

        self.status_filter = QComboBox()
        for status, label in (
            (StatusFilter.ALL, self.tr("Tất cả")),
            (StatusFilter.ABSENT, self.tr("Chưa điểm danh")),
            (StatusFilter.PRESENT, self.tr("Đã điểm danh")),
        ):
            self.status_filter.addItem(label, status)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)
        self.shown_label = QLabel()

        self.table = RowTable(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed row heights: the view never measures 5,000 rows after a keystroke.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setStyleSheet("font-size: 11pt;")
        header = self.table.horizontalHeader()
        for column, width in (
            (RegistrationColumn.CODE, 70),
            (RegistrationColumn.ROLE, 170),
            (RegistrationColumn.CHECKED_IN, 120),
        ):
            self.table.setColumnWidth(column, width)
        # Name, position and unit share what is left: none is squeezed to nothing on a small
        # screen (no column is sized to its contents: 5,000 rows are never measured).
        for column in (RegistrationColumn.NAME, RegistrationColumn.POSITION, RegistrationColumn.UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda _index: self.search.setFocus())
        self.table.doubleClicked.connect(self._double_clicked)

        self.walk_in_button = QPushButton(self.tr("&Người đến thêm… (F2)"))
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.cancel_button = QPushButton(self.tr("Hủy điểm &danh người đang chọn"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.print_list_button = QPushButton(self.tr("&In danh sách ký tên"))
        self.print_list_button.clicked.connect(self.print_delegate_list)
        self.print_badges_button = QPushButton(self.tr("In thẻ đại &biểu"))
        badge_menu = QMenu(self.print_badges_button)
        self.badges_all_action = badge_menu.addAction(self.tr("Thẻ của &tất cả mọi người"))
        self.badges_all_action.triggered.connect(
            lambda _checked=False: self.print_badges(selected_only=False)
        )
        self.badges_selected_action = badge_menu.addAction(self.tr("Thẻ của người đang &chọn"))
        self.badges_selected_action.triggered.connect(
            lambda _checked=False: self.print_badges(selected_only=True)
        )
        self.print_badges_button.setMenu(badge_menu)
        self.print_report_button = QPushButton(self.tr("In báo cáo có &mặt"))
        self.print_report_button.clicked.connect(self.print_report)
        self.project_button = QPushButton(self.tr("Chiếu &lên màn hình"))
        self.project_button.setToolTip(
            self.tr("Đưa lời chào và số đại biểu có mặt lên màn chiếu (menu Máy chiếu)")
        )
        self.project_button.clicked.connect(self.send_to_projector)

        # Nothing but the search box takes the keyboard: clicks never steal the typing.
        for widget in (
            self.undo_button, self.status_filter, self.table, self.walk_in_button, self.cancel_button,
            self.print_list_button, self.print_badges_button, self.print_report_button, self.project_button,
        ):  # fmt: skip
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The desk's keys: function keys, Ctrl+Z and the buttons' Alt+letters. Never a plain letter
        # or digit (they are the search), nor Ctrl+Shift or Alt+Z (Unikey's and EVKey's switches).
        self.setFocusProxy(self.search)  # the keyboard that comes to the desk lands in the search box
        # Only while the keyboard is on the desk: not from the stage list or another screen.
        for key, action in ((Qt.Key.Key_F2, self.open_walk_in), (Qt.Key.Key_F4, self.next_status)):
            shortcut = QShortcut(QKeySequence(key), self, action)
            # Set apart: PySide6 ignores a context given to the constructor with a callable.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.keys_help = QLabel(
            self.tr(
                "Phím: Enter điểm danh · ↑ ↓ chọn người · Esc xóa ô tìm · Ctrl+Z hoàn tác · "
                "F2 người đến thêm · F4 đổi danh sách hiện · Alt + chữ gạch chân: bấm nút đó"
            )
        )
        self.keys_help.setWordWrap(True)
        self.keys_help.setStyleSheet(styles.text(styles.MUTED))

        top = QHBoxLayout()
        top.addWidget(self.panel, 1)
        top.addWidget(self.counts_box)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Hiện (F4):")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.shown_label)
        filters.addStretch()
        filters.addWidget(self.walk_in_button)
        filters.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        for button in (self.print_list_button, self.print_badges_button, self.print_report_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.project_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_help)

        self.controller.changed.connect(self.refresh_counts)
        self.controller.reloaded.connect(self.model.refresh)
        self.show_message(
            self.tr("Sẵn sàng điểm danh"),
            self.tr("Gõ tên người đến hoặc quét mã QR trên thẻ đại biểu."),
            "",
            NEUTRAL,
        )
        self.refresh_counts()
        self._update_shown()

    # -- showing ---------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refocus()

    def _refocus(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """The people or the meeting changed elsewhere (Chuẩn bị): read them again."""
        self.controller.reload()

    def follow_file(self) -> None:
        """Another stage changed the file: the desk reads people and check-ins again."""
        self.reload()
        self.refresh_counts()
        self._update_shown()

    def show_message(self, title: str, detail: str, status: str, colors: tuple[str, str]) -> None:
        background, foreground = colors
        self.panel.setStyleSheet(
            f"QFrame {{ background: {background}; border: 2px solid {foreground}; border-radius: 6px; }}"
            f" QLabel {{ border: none; color: {foreground}; }}"
        )
        self.panel_title.setText(title)
        self.panel_title.setStyleSheet("font-size: 24pt; font-weight: bold; padding-top: 0.2em;")
        self.panel_detail.setText(detail)
        self.panel_detail.setStyleSheet("font-size: 14pt;")
        self.panel_detail.setVisible(bool(detail))
        self.panel_status.setText(status)
        self.panel_status.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.panel_status.setVisible(bool(status))

    def refresh_counts(self) -> None:
        c = self.controller.counts()
        d = c.delegates
        delegates = f"{d.present}/{d.convened}"
        if d.substitutes:
            delegates += self.tr(" (trong đó {0} dự thay)").format(d.substitutes)
        if d.extra:
            delegates += self.tr(" (+{0} ngoài danh sách)").format(d.extra)
        self.delegates_count.setText(delegates)
        self.guests_count.setText(f"{c.guests_present}/{c.guests_invited}")
        self.units_count.setText(f"{c.units_represented}/{c.units_total}")
        self.voters_count.setText(f"{c.voters_present}/{c.voters_entitled}")
        if c.quorum_met:
            text = self.tr("✔ Đủ điều kiện: {0} ({1}/{2})")
            color = MET
        else:
            text = self.tr("✘ Chưa đủ điều kiện: cần {0} ({1}/{2})")
            color = NOT_MET
        self.quorum_label.setText(text.format(core_text(c.quorum_rule), c.quorum_present, c.quorum_total))
        self.quorum_label.setStyleSheet(
            f"font-size: 12pt; font-weight: bold; color: white; background: {color}; padding: 6px;"
            " border-radius: 4px;"
        )
        last = self.controller.desk.last_undoable()
        self.undo_button.setEnabled(last is not None)
        self.undo_button.setToolTip(
            self.tr("Hủy điểm danh của {0}").format(last.full_name)
            if last
            else self.tr("Chưa có gì để hoàn tác")
        )
        if self.status() == StatusFilter.ALL:
            self.model.repaint_all()  # the check-in times; the rows stay
        else:
            self.model.refresh()  # who is shown depends on who is checked in
        self._update_shown()

    def _update_shown(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("{0} người").format(total)
        if shown != total:
            text = self.tr("{0} trong {1} người").format(shown, total)
        self.shown_label.setText(text)

    # -- the list and the selection ----------------------------------------------

    def _query_changed(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() == 1:  # show which one Enter will check in
            self.table.selectRow(0)
        self._update_shown()

    def status(self) -> StatusFilter:
        # currentData() gives the enum back as a plain str.
        return StatusFilter(self.status_filter.currentData())

    def next_status(self) -> None:
        """F4: all, not yet checked in, checked in, all again …"""
        self.status_filter.setCurrentIndex(
            (self.status_filter.currentIndex() + 1) % self.status_filter.count()
        )

    def _status_chosen(self) -> None:
        self.model.set_status(self.status())
        self._update_shown()
        self._refocus()

    def selected_person(self) -> Person | None:
        row = self.table.selected_row()
        return self.model.person_at(row) if row >= 0 else None

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        selected = self.table.selected_row()
        # Nothing selected yet: Down starts at the top, Up at the bottom.
        start = selected + step if selected >= 0 else (0 if step > 0 else count - 1)
        row = max(0, min(count - 1, start))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -- actions ---------------------------------------------------------------

    def submit(self) -> None:
        """Enter in the search box: a scan, the selected person, or the only match."""
        selected = self.selected_person()
        self._submit(self.search.text(), selected.id if selected else None)

    def submit_scan(self, digits: str) -> None:
        """A scan that came after other text in the box: the code alone, whatever was typed or selected."""
        self._submit(digits, None)

    def _submit(self, text: str, selected: int | None) -> None:
        try:
            outcome = self.controller.submit(text, selected)
        except ThiDuaError as error:
            self.show_message(self.tr("Không ghi được"), error_text(error), "", ERROR)
            return
        self.show_outcome(outcome)
        if outcome.kind in (OutcomeKind.CHECKED_IN, OutcomeKind.ALREADY, OutcomeKind.UNKNOWN_CODE):
            self.search.clear()  # ready for the next person
        elif outcome.kind == OutcomeKind.NO_MATCH:
            # Kept for F2 (the walk-in takes the name), but selected: the next key typed or
            # scanned replaces it instead of being added to it.
            self.search.selectAll()
        self._refocus()

    def check_in(self, person_id: int) -> None:
        try:
            outcome = self.controller.check_in(person_id)
        except ThiDuaError as error:
            self.show_message(self.tr("Không ghi được"), error_text(error), "", ERROR)
            return
        self.show_outcome(outcome)
        self.search.clear()
        self._refocus()

    def _double_clicked(self, index) -> None:
        self.check_in(self.model.person_at(index.row()).id)

    def show_outcome(self, outcome: Outcome) -> None:
        kind = outcome.kind
        if kind in (OutcomeKind.CHECKED_IN, OutcomeKind.ALREADY):
            p = outcome.person
            detail = " – ".join(part for part in (p.position, outcome.unit_text) if part)
            time = outcome.at.strftime("%H:%M")
            if kind == OutcomeKind.CHECKED_IN:
                self.show_message(p.full_name, detail, self.tr("Đã điểm danh lúc {0}").format(time), SUCCESS)
            else:
                self.show_message(
                    p.full_name,
                    detail,
                    self.tr("{0} đã điểm danh lúc {1} – không ghi thêm.").format(p.full_name, time),
                    WARNING,
                )
        elif kind == OutcomeKind.UNKNOWN_CODE:
            self.show_message(
                self.tr("Không có ai mang mã {0}").format(outcome.text),
                self.tr("Kiểm tra lại thẻ, hoặc gõ tên để tìm. Không có gì thay đổi."),
                "",
                ERROR,
            )
        elif kind == OutcomeKind.NO_MATCH:
            self.show_message(
                self.tr("Không tìm thấy «{0}»").format(outcome.text),
                self.tr("Người chưa có trong danh sách: bấm «Người đến thêm…» (F2)."),
                "",
                WARNING,
            )
        elif kind == OutcomeKind.AMBIGUOUS:
            self.show_message(
                self.tr("Có {0} người khớp với «{1}»").format(outcome.matches, outcome.text),
                self.tr("Gõ thêm, hoặc chọn bằng phím ↑ ↓ rồi nhấn Enter."),
                "",
                NEUTRAL,
            )

    def undo_last(self) -> None:
        try:
            person = self.controller.undo_last()
        except ThiDuaError as error:
            self.show_message(self.tr("Không ghi được"), error_text(error), "", ERROR)
            return
        if person is not None:
            self.show_message(
                self.tr("Đã hủy điểm danh"),
                person.full_name,
                self.tr("Người này chưa được tính là có mặt."),
                NEUTRAL,
            )
        self._refocus()

    def cancel_selected(self) -> None:
        person = self.selected_person()
        if person is None or person.id not in self.controller.desk.present:
            self.show_message(
                self.tr("Chọn một người đã điểm danh"),
                self.tr("Dùng phím ↑ ↓ hoặc bấm vào một dòng có giờ điểm danh."),
                "",
                NEUTRAL,
            )
            self._refocus()
            return
        question = self.tr("Hủy điểm danh của {0}?").format(person.full_name)
        if confirm(self, self.tr("Hủy điểm danh"), question):
            try:
                self.controller.cancel(person.id)
            except ThiDuaError as error:
                QMessageBox.warning(self, self.tr("Không hủy được"), error_text(error))
            else:
                self.show_message(self.tr("Đã hủy điểm danh"), person.full_name, "", NEUTRAL)
        self._refocus()

    def open_walk_in(self) -> None:
        typed = self.search.text().strip()
        name = "" if not typed or typed.isdigit() else typed
        desk = self.controller.desk
        outcomes: list[Outcome] = []

        def save(person: Person, substitute_for: int | None) -> None:
            outcomes.append(self.controller.walk_in(person, substitute_for))

        dialog = WalkInDialog(desk.units, desk.absent_delegates(), save, name=name, parent=self)
        dialog.exec()
        if outcomes:
            self.search.clear()
            self.show_outcome(outcomes[-1])
        self._refocus()

    # -- printing and the projector ---------------------------------------------

    def _nobody_to_print(self) -> bool:
        """An empty list prints nothing worth paper: say so instead (a new meeting, no one added yet)."""
        if self.controller.desk.entries:
            return False
        self.show_message(
            self.tr("Chưa có ai trong danh sách"),
            self.tr("Thêm người ở Chuẩn bị › Người tham dự (hoặc nhập từ Excel), rồi in."),
            "",
            NEUTRAL,
        )
        self._refocus()
        return True

    def print_delegate_list(self) -> None:
        if self._nobody_to_print():
            return
        print_pdf(self, self.controller.db, self.controller.delegate_list_job(), file_stem("attendance"))
        self._refocus()

    def print_badges(self, selected_only: bool = False) -> None:
        if self._nobody_to_print():
            return
        ids = None
        if selected_only:
            person = self.selected_person()
            if person is None:
                self.show_message(self.tr("Chọn một người để in thẻ"), "", "", NEUTRAL)
                self._refocus()
                return
            ids = [person.id]
        print_pdf(self, self.controller.db, self.controller.badges_job(ids), file_stem("badges"))
        self._refocus()

    def print_report(self) -> None:
        if self._nobody_to_print():
            return
        print_pdf(self, self.controller.db, self.controller.report_job(), file_stem("attendance-report"))
        self._refocus()

    def welcome_view(self) -> WelcomeView:
        return WelcomeView(self.controller)

    def send_to_projector(self) -> None:
        self.project.emit(self.welcome_view())
        self._refocus()
