"""One round of any kind of vote: the counting committee's entry screen and the result panel.

Keyboard only, and fast: the operator types the STT numbers of a ballot, then Enter;
Enter alone is the ballot left as printed; "-" or F2 marks a ballot invalid, then a
digit picks the reason. The running tally, the count of ballots and the ballots
entered stay in sight; any ballot can be corrected or deleted, with a reason.

The screen is the same for a suy tôn vote and for the head and deputy election: what the
kind of vote adds (one table per office, the notes, a show of hands, the next round's
button) comes from its controller, through the protocol in ui/round_entry.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.ballots import INVALID_REASONS
from core.errors import ThiDuaError
from ui import printing, styles
from ui.ballot_dialogs import CorrectionDialog, DirectTotalsDialog, PrintBallotsDialog, ReasonDialog
from ui.ballot_models import BallotColumn, BallotListModel, CandidateColumn, CandidateTallyModel
from ui.i18n import core_text, error_text
from ui.pin_dialog import run_with_pin
from ui.round_entry import BallotRow, RoundEntry
from ui.widgets import RowTable, confirm

INVALID_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_F2)
# Keys the entry box answers itself, besides every key that types a character: no shortcut of
# this window (nor of another screen's widgets in it) may take them while the box has the focus.
ENTRY_KEYS = frozenset(
    (*INVALID_KEYS, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace,
     Qt.Key.Key_Delete, Qt.Key.Key_Up, Qt.Key.Key_Space)
)  # fmt: skip
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class TallyPart:
    """One table of the running count on the screen, under its heading (ui.round_entry.Tally)."""

    label: QLabel
    model: CandidateTallyModel
    table: QTableView


SHORT_LIST = 6  # a table of up to this many rows takes only the room it needs


def tally_table(model: CandidateTallyModel, row_height: int) -> QTableView:
    """A running count: read only, never takes the keyboard from the entry box."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setTabKeyNavigation(False)
    table.setStyleSheet("QTableView { font-size: 11pt; }")
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    for column in CandidateColumn:
        stretch = column == CandidateColumn.NAME
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
        )
    return table


class BallotLineEdit(QLineEdit):
    """The entry box. "-" or F2 asks for an invalid ballot; then 1-4 picks the reason, Esc cancels.

    Esc also clears numbers typed but not entered. While a reason is being chosen nothing is
    typed; the prompt closes when the box loses the focus, so a digit typed later is never a
    reason. Keys are read by an event filter, not by overriding keyPressEvent: with PySide6 6.12
    on Python 3.11 every call of an overridden keyPressEvent loses a reference to None, and a
    day of typing would crash the program (bench/bench_votes.py types thousands of keys).
    """

    invalid_requested = Signal()
    reason_chosen = Signal(int)
    reason_cancelled = Signal()
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choosing_reason = False
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ,.+;/]*"), self))
        self._keys = _EntryKeys(self)
        self.installEventFilter(self._keys)


class _EntryKeys(QObject):
    def __init__(self, entry: BallotLineEdit):
        super().__init__(entry)
        self.entry = entry

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        entry = self.entry
        if kind == QEvent.Type.FocusOut:
            if entry.choosing_reason:
                entry.reason_cancelled.emit()
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Accepted: the key comes to the box as a key press, whatever shortcut wants it.
            typed = event.text()
            if not event.modifiers() & _MODIFIERS and (
                event.key() in ENTRY_KEYS or (typed and typed.isprintable())
            ):
                event.accept()
                return True
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if entry.choosing_reason:
            if Qt.Key.Key_1 <= key < Qt.Key.Key_1 + len(INVALID_REASONS):
                entry.reason_chosen.emit(key - Qt.Key.Key_1)
            elif key == Qt.Key.Key_Escape:
                entry.reason_cancelled.emit()
            elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return False  # the focus moves on, and the prompt closes with it
            return True  # nothing else is typed while a reason is being chosen
        if key in INVALID_KEYS:
            entry.invalid_requested.emit()
            return True
        if key == Qt.Key.Key_Escape:
            entry.clear()
            return True
        if key == Qt.Key.Key_Up and not entry.text():
            entry.review_requested.emit()
            return True
        return False


class BallotEntryView(QWidget):
    """The entry screen of one round; ``controller`` (ui/round_entry.py) is its logic, and it owns it."""

    published = Signal(object)  # what the controller's publish() returned: for the projector
    rounds_changed = Signal()  # a new round was created
    changed = Signal()  # something was written (the audit code changed)

    def __init__(self, controller: RoundEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = c = controller
        controller.setParent(self)  # it lives as long as the screen
        self.db = controller.db

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.state_label = QLabel()
        self.counts_label = QLabel()
        self.counts_label.setStyleSheet("font-size: 13pt;")

        # -- the result panel (left): a table per tally (one for a title, one per office) --
        self.tallies: list[TallyPart] = []
        self.notes_label = QLabel()  # what the count notes (the election's head-first rule)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(styles.text(styles.CAUTION))
        self.filler = QWidget()  # takes the spare height when every table is short
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setStyleSheet("font-size: 12pt;")
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(styles.text(styles.ERROR))

        # -- the entry panel (right) --
        self.pass_group = QButtonGroup(self)
        self.pass_one = QRadioButton(self.tr("Lần nhập &1"))
        self.pass_two = QRadioButton(self.tr("Lần nhập &2 (đối chiếu)"))
        self.pass_one.setChecked(True)
        self.pass_group.addButton(self.pass_one, 1)
        self.pass_group.addButton(self.pass_two, 2)
        self.pass_group.idClicked.connect(self.set_pass)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.entry = BallotLineEdit()
        entry_font = QFont(self.entry.font())
        entry_font.setPointSize(22)
        self.entry.setFont(entry_font)
        self.entry.setPlaceholderText(self.tr("số thứ tự… rồi Enter"))
        self.entry.returnPressed.connect(self.submit)
        self.entry.textChanged.connect(self.show_pending)
        self.entry.invalid_requested.connect(self.start_invalid)
        self.entry.reason_chosen.connect(self.submit_invalid)
        self.entry.reason_cancelled.connect(self.cancel_invalid)
        self.entry.review_requested.connect(self.review_last)
        # What Enter (or a reason digit) records now, and the last ballot recorded: two lines, so
        # that what is shown as pending is always the ballot the next committing key writes.
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("font-size: 12pt;")
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.reasons_label = QLabel(
            self.tr("Phiếu không hợp lệ – bấm số lý do (Esc: thôi):")
            + "".join(
                f"<br><b>{i}</b>. {core_text(reason)}" for i, reason in enumerate(INVALID_REASONS, start=1)
            )
        )
        self.reasons_label.setStyleSheet(
            styles.panel(styles.WARNING_BACKGROUND, styles.WARNING_TEXT) + " padding: 6px; font-size: 11pt;"
        )
        self.reasons_label.hide()
        self.direct_button = QPushButton(self.tr("&Nhập số liệu biểu quyết…"))
        self.direct_button.clicked.connect(self.enter_direct_totals)

        self.ballot_model = BallotListModel(c.describe, c.engine_reason, self)
        self.ballot_table = RowTable(self.ballot_model)
        header = self.ballot_table.horizontalHeader()
        header.setSectionResizeMode(BallotColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        if len(c.tallies()) > 1:  # a ballot naming several offices: its content gets the width
            header.setSectionResizeMode(BallotColumn.VALIDITY, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(BallotColumn.VALIDITY, 110)
        else:
            header.setSectionResizeMode(BallotColumn.VALIDITY, QHeaderView.ResizeMode.Stretch)
        self.ballot_table.horizontalHeader().setSectionResizeMode(
            BallotColumn.SEQ, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ballot_table.verticalHeader().setDefaultSectionSize(24)
        self.ballot_table.doubleClicked.connect(self.correct_selected)
        self.correct_button = QPushButton(self.tr("&Sửa phiếu… (F4)"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton(self.tr("Xóa phiếu… (&Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.ballot_table.setTabKeyNavigation(False)  # Tab leaves the table (it walked cell by cell)
        # Only while the list has the focus: a window-wide Esc took the entry box's Esc away.
        for sequence, slot in (
            (Qt.Key.Key_F4, self.correct_selected),
            (Qt.Key.Key_Delete, self.delete_selected),
            (Qt.Key.Key_Escape, self.entry.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self.ballot_table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.compare_button = QPushButton(self.tr("Đối chiếu hai lần nhậ&p"))
        self.compare_button.clicked.connect(self.compare)
        self._compared = False  # the differences are listed (and then kept current)
        self.differences_list = QListWidget()
        self.differences_list.setMaximumHeight(120)
        self.differences_list.itemActivated.connect(self._go_to_difference)  # Enter or a double click

        # -- actions (bottom) --
        self.issued_spin = QSpinBox()
        self.issued_spin.setRange(0, 100000)
        self.issued_spin.setSpecialValueText(self.tr("chưa ghi"))
        self.issued_spin.editingFinished.connect(self.save_issued)
        self.issued_label = QLabel(self.tr("Phiếu phát &ra:"))
        self.issued_label.setBuddy(self.issued_spin)
        self.print_ballots_button = QPushButton(self.tr("&In phiếu…"))
        self.print_ballots_button.clicked.connect(self.print_ballots)
        self.confirm_button = QPushButton(self.tr("Xác nhận &kết quả"))
        self.confirm_button.clicked.connect(self.confirm_result)
        self.reopen_button = QPushButton(self.tr("&Mở lại…"))
        self.reopen_button.clicked.connect(self.reopen_result)
        self.publish_button = QPushButton(self.tr("Công bố &lên màn chiếu"))
        self.publish_button.clicked.connect(self.publish)
        self.second_round_button = QPushButton(c.next_round_label())
        self.second_round_button.clicked.connect(self.start_second_round)
        self.minutes_button = QPushButton(self.tr("In &biên bản"))
        self.minutes_button.clicked.connect(self.print_minutes)
        self.results_button = QPushButton(self.tr("In kết &quả"))
        self.results_button.clicked.connect(self.print_results)

        left = QWidget()
        self.left_layout = left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notes_label)  # the tables go above (update_figures)
        left_layout.addWidget(self.filler, 1)
        left_layout.addWidget(self.rule_label)
        left_layout.addWidget(self.outcome_label)
        left_layout.addWidget(self.warnings_label)
        self.entry_box = QGroupBox()
        entry_layout = QVBoxLayout(self.entry_box)
        passes = QHBoxLayout()
        passes.addWidget(self.pass_one)
        passes.addWidget(self.pass_two)
        passes.addStretch()
        entry_layout.addLayout(passes)
        entry_layout.addWidget(self.help_label)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        said = QVBoxLayout()  # what Enter records, above what it recorded last: one line less tall
        said.addWidget(self.preview_label)
        said.addWidget(self.last_label)
        entry_row.addLayout(said, 1)
        entry_layout.addLayout(entry_row)
        entry_layout.addWidget(self.reasons_label)
        entry_layout.addWidget(self.direct_button)
        self.ballots_panel = right = QWidget()  # the ballots entered: none in a show of hands
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right.setMaximumWidth(380)
        right_layout.addWidget(QLabel(self.tr("Các phiếu đã nhập (↑: xem lại, Esc: quay lại ô nhập):")))
        right_layout.addWidget(self.ballot_table, 1)
        ballot_buttons = QHBoxLayout()
        for button in (self.correct_button, self.delete_button, self.compare_button):
            ballot_buttons.addWidget(button)
        ballot_buttons.addStretch()
        right_layout.addLayout(ballot_buttons)
        right_layout.addWidget(self.differences_list)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(left)
        middle.addWidget(right)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setSizes([560, 340])
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counts_label)  # beside the title: the tables below get its line
        top.addSpacing(12)
        top.addWidget(self.state_label)
        printing_row = QHBoxLayout()
        printing_row.addWidget(self.issued_label)
        printing_row.addWidget(self.issued_spin)
        for button in (self.print_ballots_button, self.minutes_button, self.results_button):
            printing_row.addWidget(button)
        # One row for printing and the result: every line of height goes to the tables, which on a
        # 1366×768 laptop at 125 % have little enough.
        printing_row.addStretch()
        for button in (
            self.confirm_button,
            self.reopen_button,
            self.second_round_button,
            self.publish_button,
        ):
            printing_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.entry_box)
        layout.addWidget(middle, 1)
        layout.addLayout(printing_row)
        # Tab follows the screen: the entry, the ballots and their buttons, printing, the result.
        chain = (
            self.pass_one, self.pass_two, self.entry, self.direct_button, self.ballot_table,
            self.correct_button, self.delete_button, self.compare_button, self.differences_list,
            self.issued_spin, self.print_ballots_button, self.minutes_button, self.results_button,
            self.confirm_button, self.reopen_button, self.second_round_button, self.publish_button,
        )  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.refresh()

    # -- showing -----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        # People check in while the vote is set up: take the present count again.
        if not self.entry.choosing_reason:
            self.controller.reload()
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Everything from the controller (after a reload)."""
        c = self.controller
        ballots = c.hands() is None
        title = c.title + (self.tr(" – vòng {0}").format(c.number) if c.number > 1 else "")
        self.title.setText(title)
        self.help_label.setText(
            c.typing_help()
            + "  ·  "
            + self.tr(
                "dấu trừ (-) hoặc F2, rồi số lý do 1–{0}: phiếu không hợp lệ  ·  Esc: xóa số đang gõ"
            ).format(len(INVALID_REASONS))
        )
        passes: tuple[QWidget, ...] = (
            self.pass_one,
            self.pass_two,
            self.compare_button,
            self.differences_list,
        )
        for widget in passes:
            widget.setVisible(c.double_entry)
        for widget in (self.entry, self.help_label, self.preview_label, self.last_label, self.ballot_table,
                       self.correct_button, self.delete_button, self.issued_label, self.issued_spin):  # fmt: skip
            widget.setVisible(ballots)
        self.direct_button.setVisible(not ballots)
        self.ballots_panel.setVisible(ballots)
        self.entry_box.setTitle(self.tr("Nhập phiếu") if ballots else self.tr("Số liệu biểu quyết giơ tay"))
        self.results_button.setVisible(c.results_job() is not None)
        self.ballot_model.set_entries(c.entries)
        self.ballot_table.scrollToBottom()
        self.issued_spin.blockSignals(True)
        self.issued_spin.setValue(c.ballots_issued or 0)
        self.issued_spin.blockSignals(False)
        self.update_figures()
        self.update_state()
        self.show_pending()
        self.show_last()

    def _tally_parts(self, count: int) -> list[TallyPart]:
        """``count`` tables, made the first time they are needed, above the notes."""
        row_height = 26 if count == 1 else 24  # several offices share the height
        while len(self.tallies) < count:
            label = QLabel()
            model = CandidateTallyModel(self)
            table = tally_table(model, row_height)
            at = 2 * len(self.tallies)
            self.left_layout.insertWidget(at, label)
            self.left_layout.insertWidget(at + 1, table, 1)
            self.tallies.append(TallyPart(label, model, table))
        return self.tallies[:count]

    def update_figures(self) -> None:
        c = self.controller
        tallies = c.tallies()
        parts = self._tally_parts(len(tallies))
        short = True
        for part, tally in zip(parts, tallies, strict=True):
            part.label.setText(f"<b>{tally.heading}</b>")
            part.label.setVisible(bool(tally.heading))
            part.model.set_hands(c.hands() is not None)
            part.model.set_lines(tally.lines, c.counted, tally.outcome_words)
            part.table.horizontalHeader().setSectionHidden(CandidateColumn.RANK, not tally.ranked)
            rows = max(part.model.rowCount(), 1)
            row_height = part.table.verticalHeader().defaultSectionSize()
            part.table.setMaximumHeight(
                16777215
                if rows > SHORT_LIST
                else part.table.horizontalHeader().height() + (row_height + 2) * rows + 6
            )
            short = short and rows <= SHORT_LIST
        for part in self.tallies[len(tallies) :]:
            part.label.hide()
            part.table.hide()
        self.filler.setVisible(short)
        self.show_counts()
        self.rule_label.setText(c.rule())
        self.outcome_label.setText(c.outcome())
        notes = c.notes()
        self.notes_label.setText("<br>".join(notes))
        self.notes_label.setVisible(bool(notes))
        clock = c.clock_warning()  # where the minutes are printed: a wrong calendar or clock
        self.warnings_label.setText("<br>".join([*c.warnings(), *([core_text(clock)] if clock else [])]))

    def show_counts(self) -> None:
        """The ballots counted and the people present."""
        c = self.controller
        counts = c.counts()
        entered = self.tr("Lần {0}: ").format(c.pass_no) if c.double_entry else ""
        if c.hands() is None:
            counted = self.tr("<b>{0}</b> phiếu (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}")
        else:
            counted = self.tr("<b>{0}</b> người biểu quyết (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}")
        self.counts_label.setText(
            entered
            + counted.format(counts.cast, counts.valid, counts.invalid, counts.present, counts.entitled)
        )

    def update_state(self) -> None:
        c = self.controller
        confirmed = c.confirmed
        if confirmed and c.confirmed_at:
            at = datetime.fromisoformat(c.confirmed_at)
            state = self.tr("Đã xác nhận lúc {0} ngày {1}").format(
                at.strftime("%H:%M"), at.strftime("%d/%m/%Y")
            )
        else:
            state = core_text(c.state.label)
        self.state_label.setText(f"<b>{state}</b>")
        self.entry.setEnabled(not confirmed)
        self.issued_spin.setEnabled(not confirmed)
        self.update_buttons()
        if not confirmed:
            self.entry.setFocus()

    def focus_entry(self) -> None:
        """The keyboard to where the count goes on: the entry box, or the show-of-hands totals."""
        if self.controller.confirmed:
            return
        (self.entry if self.controller.hands() is None else self.direct_button).setFocus()

    def update_buttons(self) -> None:
        """Each button is enabled when it can do what it says; otherwise its tooltip says why not."""
        c = self.controller
        confirmed = c.confirmed
        locked = self.tr("Kết quả đã xác nhận: muốn sửa phải mở lại kết quả.")
        no_ballot = self.tr("Chưa có phiếu nào trong lần nhập này.")
        no_print: str | None = locked if confirmed else None
        if c.hands() is not None:
            no_print = self.tr("Biểu quyết giơ tay: không có phiếu để in.")
        states = {
            self.correct_button: locked if confirmed else None if c.entries else no_ballot,
            self.delete_button: locked if confirmed else None if c.entries else no_ballot,
            self.direct_button: locked if confirmed else None,
            self.print_ballots_button: no_print,
            self.confirm_button: self.tr("Kết quả vòng này đã được xác nhận.") if confirmed else None,
            self.reopen_button: None if confirmed else self.tr("Kết quả chưa xác nhận: không cần mở lại."),
            self.publish_button: None if confirmed else self.tr("Chỉ công bố được kết quả đã xác nhận."),
        }
        for button, why_not in states.items():
            button.setEnabled(why_not is None)
            button.setToolTip(why_not or "")
        self.second_round_button.setVisible(c.needs_next_round())

    def show_pending(self) -> None:
        """The ballot the next committing key records, with the number it will have: Enter records
        what is typed; while the invalid-ballot prompt is open, a reason digit records an invalid one."""
        c = self.controller
        if c.confirmed:  # the box is disabled: no key records anything
            self.preview_label.setText(
                f'<span style="color: {styles.MUTED}">'
                + self.tr("Kết quả đã xác nhận: không nhập thêm phiếu (muốn sửa phải mở lại kết quả).")
                + "</span>"
            )
            return
        if self.entry.choosing_reason:
            message = self.tr("Phiếu số {0} – KHÔNG HỢP LỆ: bấm số lý do (1–{1}) ở dưới · Esc: thôi").format(
                c.next_seq, len(INVALID_REASONS)
            )
            color = styles.ERROR
        else:
            try:
                described, valid = c.preview(self.entry.text())
            except ThiDuaError as error:
                # Nothing is pending: Enter records nothing until the numbers are fixed.
                message, color = (
                    self.tr("{0} Enter không ghi gì; sửa lại, hoặc Esc để xóa.").format(error_text(error)),
                    styles.ERROR,
                )
            else:
                message = self.tr("Phiếu số {0} – {1}").format(c.next_seq, described)
                color = styles.SUCCESS if valid else styles.ERROR
        self.preview_label.setText(f'<span style="color: {color}">{message}</span>')

    def show_last(self, just_recorded: bool = False) -> None:
        """The last ballot of this pass as it stands (after a correction, a deletion, a pass switch too)."""
        entries = self.controller.entries
        if not entries:
            self.last_label.setText("")
            return
        last = entries[-1]
        template = (
            self.tr("Đã ghi phiếu số {0}: {1}") if just_recorded else self.tr("Phiếu cuối: số {0} – {1}")
        )
        self.last_label.setText(template.format(last.seq, self.controller.describe(last)))

    # -- entering ------------------------------------------------------------------------

    def _after_entry(self, entry: BallotRow) -> None:
        if self.state_label.text() != f"<b>{core_text(self.controller.state.label)}</b>":
            self.update_state()  # the first ballot starts the count
        self.ballot_model.append(entry)
        self.ballot_table.scrollToBottom()
        self.entry.clear()
        self.update_figures()
        self.update_buttons()
        self.show_pending()
        self.show_last(just_recorded=True)
        self._follow_differences()
        self.changed.emit()

    def submit(self) -> None:
        text = self.entry.text()
        try:
            self.controller.preview(text)
        except ThiDuaError:
            # A typing mistake: nothing recorded, the text stays for the operator to fix; the
            # pending line says why.
            self.show_pending()
            return
        try:
            entry = self.controller.submit(text)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không ghi được phiếu"), error_text(error))
            return
        self._after_entry(entry)

    def start_invalid(self) -> None:
        self.entry.choosing_reason = True
        self.reasons_label.show()
        self.show_pending()

    def cancel_invalid(self) -> None:
        self.entry.choosing_reason = False
        self.reasons_label.hide()
        self.show_pending()

    def submit_invalid(self, index: int) -> None:
        self.cancel_invalid()
        try:
            entry = self.controller.submit_invalid(INVALID_REASONS[index])
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không ghi được phiếu"), error_text(error))
            return
        self._after_entry(entry)

    def set_pass(self, pass_no: int) -> None:
        self.controller.set_pass(pass_no)
        self.refresh()

    # -- reviewing -----------------------------------------------------------------------

    def review_last(self) -> None:
        rows = self.ballot_model.rowCount()
        if rows:
            self.ballot_table.setFocus()
            self.ballot_table.selectRow(rows - 1)

    def selected_entry(self) -> BallotRow | None:
        row = self.ballot_table.selected_row()
        return self.ballot_model.entry_at(row) if row >= 0 else None

    def ask_correction(self, entry: BallotRow) -> tuple[str | None, str | None, str] | None:
        c = self.controller
        dialog = CorrectionDialog(entry, c.describe(entry), c.check_text, c.typing_help(), self)
        return dialog.values() if dialog.exec() else None

    def ask_reason(self, title: str, prompt: str) -> str | None:
        dialog = ReasonDialog(title, prompt, self)
        return dialog.reason.text() if dialog.exec() else None

    def _entry_to_change(self, title: str) -> BallotRow | None:
        """The ballot selected in the list, or None after saying why there is none to change."""
        if self.controller.confirmed:
            QMessageBox.information(
                self, title, self.tr("Kết quả đã xác nhận: muốn sửa phải mở lại kết quả.")
            )
            return None
        entry = self.selected_entry()
        if entry is None:
            QMessageBox.information(
                self,
                title,
                self.tr("Chọn một phiếu trong danh sách các phiếu đã nhập (↑ từ ô nhập), rồi bấm lại."),
            )
        return entry

    def correct_selected(self) -> None:
        entry = self._entry_to_change(self.tr("Sửa phiếu"))
        if entry is None:
            return
        answer = self.ask_correction(entry)
        if answer is None:
            return
        text, invalid, reason = answer
        try:
            self.controller.correct(entry, text, invalid, reason)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không sửa được phiếu"), error_text(error))
            return
        self._reload_after_change(entry.seq)

    def delete_selected(self) -> None:
        entry = self._entry_to_change(self.tr("Xóa phiếu"))
        if entry is None:
            return
        reason = self.ask_reason(
            self.tr("Xóa phiếu số {0}").format(entry.seq),
            self.tr("Phiếu số {0} ({1}) sẽ không được tính. Lý do xóa (ví dụ: nhập trùng):").format(
                entry.seq, self.controller.describe(entry)
            ),
        )
        if reason is None:
            return
        try:
            self.controller.delete(entry, reason)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xóa được phiếu"), error_text(error))
            return
        self._reload_after_change(entry.seq)

    def _reload_after_change(self, seq: int) -> None:
        self.refresh()
        row = self.ballot_model.row_of_seq(seq)
        if row >= 0:
            self.ballot_table.selectRow(row)
        self._follow_differences()
        self.changed.emit()

    def _follow_differences(self) -> None:
        """Once compared, the list of differences follows every change (it went stale)."""
        if self._compared:
            self.compare()

    def compare(self) -> None:
        self._compared = True
        self.differences_list.clear()
        first_pass, second_pass = self.controller.pass_sizes()
        if not second_pass:
            self.differences_list.addItem(
                self.tr("Lần nhập 2 chưa có phiếu nào: chọn «Lần nhập 2» rồi nhập lại chồng phiếu.")
                if first_pass
                else self.tr("Chưa có phiếu nào để đối chiếu.")
            )
            return
        found = self.controller.differences()
        if not found:
            self.differences_list.addItem(self.tr("Hai lần nhập khớp nhau."))
            return
        describe = self.controller.describe
        for d in found:
            first = describe(d.first) if d.first else self.tr("(không có)")
            second = describe(d.second) if d.second else self.tr("(không có)")
            seq = d.seq
            self.differences_list.addItem(
                self.tr("Phiếu {0}: lần 1 «{1}» ≠ lần 2 «{2}»").format(seq, first, second)
            )
            self.differences_list.item(self.differences_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, seq
            )

    def _go_to_difference(self, item) -> None:
        seq = item.data(Qt.ItemDataRole.UserRole)
        row = self.ballot_model.row_of_seq(seq) if seq is not None else -1
        if row >= 0:
            self.ballot_table.setFocus()
            self.ballot_table.selectRow(row)

    # -- the round's life ----------------------------------------------------------------

    def save_issued(self) -> None:
        value = self.issued_spin.value()
        if value == (self.controller.ballots_issued or 0):
            return
        try:
            self.controller.record_issued(value)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không ghi được"), error_text(error))
            return
        self.update_figures()
        self.changed.emit()

    def ask_direct_totals(self) -> tuple[int, int, dict[int, int]] | None:
        hands = self.controller.hands()
        if hands is None:
            return None
        dialog = DirectTotalsDialog(hands.candidates, hands.recorded_totals(), hands.totals_problems, self)
        return dialog.values() if dialog.exec() else None

    def enter_direct_totals(self) -> None:
        values = self.ask_direct_totals()
        hands = self.controller.hands()
        if values is None or hands is None:
            return
        try:
            hands.set_direct_totals(*values)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không ghi được số liệu"), error_text(error))
            return
        self.refresh()
        self.changed.emit()

    def confirm_result(self) -> None:
        c = self.controller
        problems = c.confirm_problems()
        if problems:  # why not, before any question
            QMessageBox.warning(self, self.tr("Chưa xác nhận được"), "\n".join(problems))
            return
        text = ""
        if c.issued_missing:
            text += (
                self.tr(
                    'Ô "Phiếu phát ra" còn "chưa ghi": biên bản sẽ ghi số phiếu phát ra là "không ghi nhận". '
                    'Nên ghi số phiếu đã phát (chọn "Không" để quay lại ô đó) rồi mới xác nhận.'
                )
                + "\n\n"
            )
        text += self.tr(
            "Xác nhận kết quả vòng {0}? Sau khi xác nhận, muốn sửa phải mở lại và nêu lý do."
        ).format(c.number)
        warnings = c.warnings()
        if warnings:
            text += "\n\n" + self.tr("Lưu ý:") + "\n" + "\n".join(warnings)
        if not confirm(self, self.tr("Xác nhận kết quả"), text):
            if c.issued_missing:
                self.issued_spin.setFocus()
                self.issued_spin.selectAll()
            return
        try:
            c.confirm()
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Chưa xác nhận được"), error_text(error))
            return
        self.refresh()
        self.changed.emit()

    def reopen_result(self) -> None:
        problem = self.controller.reopen_problem()
        if problem is not None:  # why not, before asking for a reason
            QMessageBox.warning(self, self.tr("Không mở lại được"), problem)
            return
        reason = self.ask_reason(
            self.tr("Mở lại kết quả"), self.tr("Lý do mở lại kết quả (được ghi vào nhật ký):")
        )
        if reason is None:
            return
        try:
            # With an organizers' PIN set, it is asked for (ui/pin_dialog.py); None: cancelled.
            done = run_with_pin(self, lambda pin: self._reopen(reason, pin), self.tr("mở lại kết quả"))
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không mở lại được"), error_text(error))
            return
        if not done:
            return
        self.refresh()
        self.changed.emit()

    def _reopen(self, reason: str, pin: str | None) -> bool:
        self.controller.reopen(reason, pin=pin)
        return True

    def publish(self) -> object | None:
        try:
            result = self.controller.publish()
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Chưa công bố được"), error_text(error))
            return None
        self.published.emit(result)
        self.changed.emit()
        return result

    def start_second_round(self) -> None:
        try:
            self.controller.next_round()
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không tạo được vòng hai"), error_text(error))
            return
        self.changed.emit()
        self.rounds_changed.emit()

    # -- printing ------------------------------------------------------------------------

    def ask_print_ballots(self) -> tuple[int, int] | None:
        copies, per_page = self.controller.print_defaults()
        dialog = PrintBallotsDialog(copies, per_page, self, self.controller.ballots_dialog_title())
        return dialog.values() if dialog.exec() else None

    def print_ballots(self) -> printing.PdfJob | None:
        answer = self.ask_print_ballots()
        if answer is None:
            return None
        copies, per_page = answer
        c = self.controller
        if not c.confirmed:
            try:
                c.record_issued(copies)
            except ThiDuaError as error:
                QMessageBox.warning(self, self.tr("Không ghi được"), error_text(error))
                return None
            self.refresh()
            self.changed.emit()
        return printing.print_pdf(self, self.db, *c.ballots_job(copies, per_page))

    def print_minutes(self) -> printing.PdfJob:
        return printing.print_pdf(self, self.db, *self.controller.minutes_job())

    def print_results(self) -> printing.PdfJob | None:
        job = self.controller.results_job()
        return printing.print_pdf(self, self.db, *job) if job is not None else None
