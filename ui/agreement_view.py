"""Giao ước thi đua: write the agreement, check who signs, print it, and run the signing.

Four tabs: the text (editor), the signatories (with the units that have nobody present
who may sign), the signing ceremony (one click per unit, undo, progress on the
projector) and an on-screen preview. Print, Word export and the earlier year's text are
buttons above the tabs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.agreement import AbsentChoice, HeadOrder, Section
from core.errors import ThiDuaError
from core.meetings import load_meeting
from core.storage import MeetingFile
from ui import printing, styles
from ui.agreement_controller import AgreementController
from ui.agreement_preview import AgreementPreview
from ui.agreement_projector import SigningProjectorView
from ui.agreement_table_models import (
    MOVEMENT_ONLY,
    TARGET_ONLY,
    AgreementItemsModel,
    ItemColumn,
    SignatoriesModel,
    SignatoryColumn,
)
from ui.date_field import DateField
from ui.i18n import error_text
from ui.widgets import ErrorLabel, RowTable, confirm


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when the user is done with it."""

    editingFinished = Signal()

    def __init__(self, height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setTabChangesFocus(True)  # Tab goes to the next field: a tab in printed text is never wanted
        self._at_focus = ""

    def focusInEvent(self, event) -> None:
        self._at_focus = self.toPlainText()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._at_focus:
            self.editingFinished.emit()


class ItemsEditor(QGroupBox):
    """One of the two tables (movements, targets); the editor's one row of buttons (add, remove,
    move) acts on the table used last. ``chosen`` is emitted when its table gets the keyboard."""

    chosen = Signal()

    def __init__(self, title: str, section: Section, controller: AgreementController, parent=None):
        super().__init__(title, parent)
        self.section, self.controller = section, controller
        self.model = AgreementItemsModel(
            lambda row, field, value: controller.edit_item(section, row, field, value)
        )
        self.table = RowTable(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(260)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ItemColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ItemColumn.NUMBER, 44),
            (ItemColumn.UNIT, 110),
            (ItemColumn.TARGET, 130),
            (ItemColumn.NOTE, 140),
            (ItemColumn.GOAL, 170),
            (ItemColumn.LAUNCH, 100),
            (ItemColumn.REVIEW, 140),
        ):
            self.table.setColumnWidth(column, width)  # fmt: skip
        # A movement has a goal and its times, a target a unit and a figure (as printed).
        hidden = TARGET_ONLY if section is Section.MOVEMENT else MOVEMENT_ONLY
        for column in hidden:
            self.table.setColumnHidden(column, True)
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            self.chosen.emit()
        return super().eventFilter(watched, event)

    def mark_chosen(self, chosen: bool) -> None:
        """The table the row buttons act on has a bold title."""
        self.setStyleSheet("QGroupBox { font-weight: bold; }" if chosen else "")

    def reload(self) -> None:
        self.model.set_items(self.controller.agreement().items(self.section))
        self.table.resizeRowsToContents()

    def selected_row(self) -> int:
        return self.table.selected_row()

    def add_row(self) -> None:
        row = self.controller.add_item(self.section, self.selected_row())
        if row < 0:
            return  # refused: the controller reported why
        self.table.selectRow(row)
        index = self.model.index(row, ItemColumn.CONTENT)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_row(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.controller.remove_item(self.section, row)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move_row(self, delta: int) -> None:
        row = self.selected_row()
        if row >= 0:
            self.table.selectRow(self.controller.move_item(self.section, row, delta))


class AgreementEditor(QScrollArea):
    """The text of the agreement and its printing settings."""

    def __init__(self, controller: AgreementController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        self.title = QLineEdit()
        self.bases = PlainTextField(110)
        self.bases.setPlaceholderText(self.tr("Mỗi căn cứ một dòng"))
        self.intro = PlainTextField(56)
        self.movements = ItemsEditor(self.tr("I. Các phong trào thi đua"), Section.MOVEMENT, controller)
        self.targets = ItemsEditor(self.tr("II. Các chỉ tiêu thi đua"), Section.TARGET, controller)
        # One row of buttons for both tables (each its own Alt+letter): it acts on the table used last.
        self.add_button = QPushButton(self.tr("Thê&m dòng"))
        self.remove_button = QPushButton(self.tr("&Xóa dòng"))
        self.up_button = QPushButton(self.tr("Lên t&rên"))
        self.down_button = QPushButton(self.tr("Xuống &dưới"))
        self.add_button.clicked.connect(lambda: self.items.add_row())
        self.remove_button.clicked.connect(lambda: self.items.remove_row())
        self.up_button.clicked.connect(lambda: self.items.move_row(-1))
        self.down_button.clicked.connect(lambda: self.items.move_row(+1))
        self.items = self.movements
        for items in (self.movements, self.targets):
            items.chosen.connect(lambda chosen=items: self._choose_items(chosen))
        self._choose_items(self.movements)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(QLabel(self.tr("Dòng của bảng đang chọn (tên in đậm):")))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch()
        self.implementation = PlainTextField(120)
        self.implementation.setPlaceholderText(self.tr("Mỗi đoạn một dòng"))
        self.place = QLineEdit()
        self.date = DateField()  # 19122019, 19/12/2019 … as typed (QDateEdit garbled them)
        self.extra_copies = QSpinBox(minimum=0, maximum=50)
        self.copies_label = QLabel()
        self.number_copies = QCheckBox(self.tr('Đánh số "Bản số k/N" ở góc trên bên phải'))
        self.per_row = QComboBox()
        self.per_row.addItem(self.tr("Tự động (3 khi trên 8 đơn vị, nếu không 2)"), 0)
        self.per_row.addItem(self.tr("2 khối mỗi hàng"), 2)
        self.per_row.addItem(self.tr("3 khối mỗi hàng"), 3)
        self.on_behalf = QCheckBox(self.tr('Ghi "T/M" trước tên tập thể lãnh đạo (Ban Thường vụ…)'))
        self.head_order = QComboBox()
        self.head_order.addItem(
            self.tr("Cụm trưởng năm sau (khi đã bầu), nếu chưa thì cụm trưởng năm nay"), HeadOrder.NEXT
        )
        self.head_order.addItem(self.tr("Cụm trưởng năm nay"), HeadOrder.CURRENT)

        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề"), self.title)
        form.addRow(self.tr("Căn cứ"), self.bases)
        form.addRow(self.tr("Lời mở đầu"), self.intro)
        tail = QFormLayout()
        tail.addRow(self.tr("III. Tổ chức thực hiện"), self.implementation)
        tail.addRow(self.tr("Địa danh (nơi ký)"), self.place)
        tail.addRow(self.tr("Ngày ký"), self.date)
        # Both follow the meeting's (Chuẩn bị) unless set here on purpose: then say so.
        self.own_place_date = QLabel()
        self.own_place_date.setWordWrap(True)
        self.own_place_date.setStyleSheet(styles.text(styles.OWN_VALUE))
        self.follow_meeting = QPushButton(self.tr("Dùng địa danh và ngày của hội &nghị"))
        self.follow_meeting.clicked.connect(self._follow_meeting)
        own = QHBoxLayout()
        own.addWidget(self.own_place_date, 1)
        own.addWidget(self.follow_meeting)
        tail.addRow("", own)
        copies = QHBoxLayout()
        copies.addWidget(self.extra_copies)
        copies.addWidget(self.copies_label, 1)
        tail.addRow(self.tr("Số bản thêm"), copies)
        tail.addRow("", self.number_copies)
        tail.addRow(self.tr("Khối chữ ký mỗi hàng"), self.per_row)
        tail.addRow("", self.on_behalf)
        tail.addRow(self.tr("Khối đầu tiên"), self.head_order)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        layout.addLayout(row_buttons)
        layout.addWidget(self.movements)
        layout.addWidget(self.targets)
        layout.addLayout(tail)
        self.setWidget(content)

        # Every field is stored when the user is done with it, as one undoable action.
        # Bound methods, not lambdas: Qt drops the connections when the editor is deleted.
        self._edits = {
            self.title: ("title", self.tr("Sửa tiêu đề")),
            self.bases: ("bases", self.tr("Sửa căn cứ")),
            self.intro: ("intro", self.tr("Sửa lời mở đầu")),
            self.implementation: ("implementation", self.tr("Sửa phần tổ chức thực hiện")),
            self.place: ("place", self.tr("Sửa địa danh")),
            self.date: ("date", self.tr("Sửa ngày ký")),
            self.extra_copies: ("extra_copies", self.tr("Sửa số bản thêm")),
            self.number_copies: ("number_copies", self.tr("Đánh số bản")),
            self.per_row: ("blocks_per_row", self.tr("Sửa số khối mỗi hàng")),
            self.on_behalf: ("on_behalf", self.tr('Sửa "T/M"')),
            self.head_order: ("head_order", self.tr("Sửa khối đầu tiên")),
        }
        for widget in (self.title, self.bases, self.intro, self.implementation, self.place, self.date):
            widget.editingFinished.connect(self._edited)
        self.extra_copies.valueChanged.connect(self._edited)
        self.number_copies.toggled.connect(self._edited)
        self.per_row.currentIndexChanged.connect(self._edited)
        self.on_behalf.toggled.connect(self._edited)
        self.head_order.currentIndexChanged.connect(self._edited)

    def _choose_items(self, items: ItemsEditor) -> None:
        self.items = items
        for each in (self.movements, self.targets):
            each.mark_chosen(each is items)

    def _show_own_place_and_date(self, a) -> None:
        own = a.place_set or a.date_set
        if own:
            m = load_meeting(self.controller.db)
            self.own_place_date.setText(
                self.tr(
                    "Địa danh và ngày ký của giao ước khác với của hội nghị ({0}, {1}): in theo giao ước."
                ).format(m.place or self.tr("chưa có địa danh"), m.date.strftime("%d/%m/%Y"))
            )
        else:
            self.own_place_date.setText(self.tr("Theo địa danh và ngày của hội nghị (Chuẩn bị › Hội nghị)."))
        self.own_place_date.setStyleSheet(styles.text(styles.OWN_VALUE if own else styles.MUTED))
        self.follow_meeting.setVisible(own)

    def _follow_meeting(self) -> None:
        m = load_meeting(self.controller.db)
        self.controller.set_field("place", m.place, self.tr("Dùng địa danh của hội nghị"))
        self.controller.set_field("date", m.date, self.tr("Dùng ngày của hội nghị"))

    def values(self) -> dict[str, object]:
        """The fields as the agreement stores them."""
        return {
            "title": self.title.text(),
            "bases": self.bases.toPlainText().split("\n"),
            "intro": self.intro.toPlainText(),
            "implementation": self.implementation.toPlainText(),
            "place": self.place.text(),
            "date": self.date.date().toPython(),
            "extra_copies": self.extra_copies.value(),
            "number_copies": self.number_copies.isChecked(),
            "blocks_per_row": self.per_row.currentData(),
            "on_behalf": self.on_behalf.isChecked(),
            # currentData() gives the enum back as a plain str.
            "head_order": HeadOrder(self.head_order.currentData()),
        }

    def _edited(self) -> None:
        if self.sender() is self.date and not self.date.is_valid():
            return  # marked red as it is left; nothing is saved until it reads as a date
        field, what = self._edits[self.sender()]
        self.controller.set_field(field, self.values()[field], what)

    def reload(self) -> None:
        a = self.controller.agreement()
        for widget in self._edits:
            widget.blockSignals(True)
        for field, value in (
            (self.title, a.title),
            (self.place, a.place),
        ):
            if field.text() != value:
                field.setText(value)
        for field, value in (
            (self.bases, "\n".join(a.bases)),
            (self.intro, a.intro),
            (self.implementation, a.implementation),
        ):
            if field.toPlainText() != value:
                field.setPlainText(value)
        self.date.setDate(QDate(a.date.year, a.date.month, a.date.day))
        self.extra_copies.setValue(a.extra_copies)
        self.number_copies.setChecked(a.number_copies)
        self.per_row.setCurrentIndex(max(0, self.per_row.findData(a.blocks_per_row)))
        self.on_behalf.setChecked(a.on_behalf)
        self.head_order.setCurrentIndex(max(0, self.head_order.findData(a.head_order)))
        self._show_own_place_and_date(a)
        for widget in self._edits:
            widget.blockSignals(False)
        units = self.controller.unit_count()
        self.copies_label.setText(
            self.tr("= {0} bản chính ({1} đơn vị thành viên + {2})").format(
                a.copies(units), units, a.extra_copies
            )
        )
        self.movements.reload()
        self.targets.reload()


class SignatoriesPanel(QWidget):
    """Who signs for each unit; what to do with units that have nobody present who may sign."""

    def __init__(self, controller: AgreementController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.model = SignatoriesModel(self)
        self.table = RowTable(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SignatoryColumn.STATUS, QHeaderView.ResizeMode.Stretch)
        for column in (SignatoryColumn.UNIT, SignatoryColumn.SIGNER, SignatoryColumn.TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.blank_button = QPushButton(self.tr("Để trống khối chữ ký (&ký sau)"))
        self.omit_button = QPushButton(self.tr("&Bỏ khối chữ ký ra khỏi bản giao ước"))
        self.blank_button.clicked.connect(lambda: self.choose(AbsentChoice.BLANK))
        self.omit_button.clicked.connect(lambda: self.choose(AbsentChoice.OMIT))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Đơn vị không có ai ký được có mặt:")))
        buttons.addWidget(self.blank_button)
        buttons.addWidget(self.omit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        row = self.selected_row()
        plan = self.controller.plan()
        self.model.set_plan(plan)
        messages = []
        if plan.before_registration:
            messages.append(
                self.tr(
                    "Chưa ai điểm danh: danh sách dưới đây theo các trưởng đoàn được triệu tập. "
                    "Sau khi điểm danh, người ký được lấy theo người có mặt."
                )  # fmt: skip
            )
        if plan.flagged:
            names = ", ".join(b.unit.short_name for b in plan.flagged)
            messages.append(
                f"<span style='color: {styles.ERROR}'><b>"
                + self.tr("{0} đơn vị không có trưởng đoàn hoặc Phó Trưởng ban có mặt: {1}.").format(
                    len(plan.flagged), names
                )
                + "</b></span> "
                + self.tr("Chọn để trống khối chữ ký (đơn vị ký sau) hoặc bỏ ra trước khi in.")
            )
        if not messages:
            messages.append(self.tr("Mọi đơn vị đều có người ký có mặt."))
        self.notice.setText("<br>".join(messages))
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        self._update_buttons()

    def selected_row(self) -> int:
        return self.table.selected_row()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        flagged = row >= 0 and self.model.block_at(row).flagged
        self.blank_button.setEnabled(flagged)
        self.omit_button.setEnabled(flagged)

    def choose(self, choice: AbsentChoice) -> None:
        row = self.selected_row()
        if row >= 0:
            self.controller.set_absent_choice(self.model.block_at(row).unit.id, choice)


class SigningPanel(QWidget):
    """The ceremony: one button per signature block; a click marks the unit as signed."""

    def __init__(self, controller: AgreementController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.progress = QLabel()
        self.progress.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.next_button = QPushButton(self.tr("Đơn vị tiếp th&eo đã ký (Enter)"))
        self.next_button.clicked.connect(self.sign_next)
        self.undo_button = QPushButton(self.tr("Hoàn tác lần &ký (Ctrl+Z)"))
        self.undo_button.clicked.connect(controller.signing_undo.undo)
        controller.signing_undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.project_button = QPushButton(self.tr("Chiếu lên &màn hình"))
        # Only while the ceremony tab has the focus: Enter in the editor must never sign a unit.
        # (QShortcut ignores a "context" keyword argument, so it is set afterwards.)
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.sign_next),
            (QKeySequence(Qt.Key.Key_Enter), self.sign_next),
            (QKeySequence(QKeySequence.StandardKey.Undo), controller.signing_undo.undo),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.next_button)
        top.addWidget(self.undo_button)
        top.addWidget(self.project_button)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.buttons: dict[int, QPushButton] = {}
        hint = QLabel(
            self.tr(
                "Bấm vào ô của đơn vị ngay khi đại diện đơn vị ký xong (hoặc Enter cho đơn vị tiếp theo). "
                "Mỗi lần ký được ghi vào nhật ký."
            )  # fmt: skip
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(self.grid)
        layout.addStretch()

    def reload(self) -> None:
        plan = self.controller.plan()
        blocks = plan.printed
        if [b.unit.id for b in blocks] != list(self.buttons):
            self._rebuild([b.unit.id for b in blocks])
        for index, block in enumerate(blocks):
            name = block.name or self.tr("(để trống, ký sau)")
            text = f"{index + 1}. {block.unit.short_name}\n{name}"
            if block.signed:
                text += "\n" + self.tr("✓ đã ký {0}").format(block.signed_at.strftime("%H:%M"))
            button = self.buttons[block.unit.id]
            button.setText(text)
            button.setProperty("signed", block.signed)
            button.setStyleSheet(
                "QPushButton { font-size: 11pt; text-align: center; padding: 6px; }"
                + (styles.SIGNED_BUTTON if block.signed else "")
            )
        self.progress.setText(self.tr("Đã ký {0}/{1}").format(plan.signed_count, len(blocks)))
        self.next_button.setEnabled(plan.signed_count < len(blocks))

    def _rebuild(self, unit_ids: list[int]) -> None:
        """New buttons when the blocks themselves changed (a unit left out or put back)."""
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()  # deleted later: it may be the very button whose click led here
            button.deleteLater()
        self.buttons = {}
        columns = 4 if len(unit_ids) > 9 else 3
        for index, unit_id in enumerate(unit_ids):
            button = QPushButton()
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _checked=False, uid=unit_id: self.sign(uid))
            self.grid.addWidget(button, index // columns, index % columns)
            self.buttons[unit_id] = button

    def sign(self, unit_id: int) -> None:
        button = self.buttons.get(unit_id)
        if button is not None and button.property("signed"):
            return  # a second click on a signed unit changes nothing
        self.controller.sign(unit_id)

    def sign_next(self) -> None:
        unit_id = self.controller.next_unsigned()
        if unit_id is not None:
            self.controller.sign(unit_id)


class AgreementView(QWidget):
    """The Giao ước thi đua stage."""

    project = Signal(QWidget)

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.controller = AgreementController(db, self)
        self.editor = AgreementEditor(self.controller)
        self.signatories = SignatoriesPanel(self.controller)
        self.signing = SigningPanel(self.controller)
        self.preview = AgreementPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Nội dung"))
        self.tabs.addTab(self.signatories, self.tr("Người ký"))
        self.tabs.addTab(self.signing, self.tr("Ký kết"))
        self.tabs.addTab(self.preview, self.tr("Xem trước"))
        self.tabs.currentChanged.connect(self._refresh_preview)
        # Ctrl+Tab / Ctrl+Shift+Tab turn the tabs from anywhere in the stage, the keyboard going into
        # the page: Qt's own work only inside the tabs, and Ctrl+5 puts the keyboard on the buttons
        # above them, where Ctrl+Tab did nothing. (Set apart: PySide6 ignores a context given
        # to the constructor.)
        for sequence, step in (
            (QKeySequence.StandardKey.NextChild, 1),
            (QKeySequence.StandardKey.PreviousChild, -1),
        ):
            turn = QShortcut(QKeySequence(sequence), self)
            turn.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            turn.activated.connect(lambda s=step: self.turn_tab(s))

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.pdf_button = QPushButton(self.tr("Xem bản in (PD&F, 1 bản)"))
        self.print_button = QPushButton()
        self.docx_button = QPushButton(self.tr("Xuất &Word (.docx)…"))
        self.import_button = QPushButton(self.tr("&Lấy nội dung từ tệp năm trước…"))
        self.undo_button = QPushButton(self.tr("&Hoàn tác sửa nội dung"))
        self.undo_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.print_agreement(copies=1))
        self.print_button.clicked.connect(lambda: self.print_agreement())
        self.docx_button.clicked.connect(self.export_docx_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.undo_button.clicked.connect(self.controller.text_undo.undo)
        self.controller.text_undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.signing.project_button.clicked.connect(self.project_grid)
        self.job: printing.PdfJob | None = None
        self._projected: SigningProjectorView | None = None

        buttons = QHBoxLayout()
        for button in (
            self.pdf_button,
            self.print_button,
            self.docx_button,
            self.import_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.errors = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        layout.addWidget(self.tabs)
        self.controller.error.connect(self.show_error)

        self.controller.changed.connect(self._text_changed)
        self.controller.signatories_changed.connect(self._signatories_changed)
        self.controller.reload()

    def turn_tab(self, step: int) -> None:
        """The next (or previous) tab, with the keyboard on its first field or button."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)  # a page with nothing to type in

    # -- refreshing ---------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.controller.reload()  # check-ins and people may have changed at another stage

    def follow_file(self) -> None:
        self.controller.reload()

    def show_error(self, message: str) -> None:
        self.errors.show_messages([message])

    def _text_changed(self) -> None:
        self.errors.show_messages([])
        self.title.setText(self.controller.agreement().title)
        self.print_button.setText(self.tr("&In {0} bản chính…").format(self.controller.copies()))
        self.editor.reload()
        self._refresh_preview()

    def _signatories_changed(self) -> None:
        self.errors.show_messages([])
        self.signatories.reload()
        self.signing.reload()
        self._refresh_preview()
        if self._projected is not None and shiboken6.isValid(self._projected):
            self._projected.update_plan(self.controller.plan())

    def _refresh_preview(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.show_agreement(
                load_meeting(self.db),
                self.controller.agreement(),
                self.controller.plan(),
                self.controller.unit_count(),
            )

    # -- actions ------------------------------------------------------------------------

    def print_agreement(self, copies: int | None = None) -> printing.PdfJob | None:
        plan = self.controller.plan()
        blank = [b.unit.short_name for b in plan.flagged if b.printed]
        omitted = [b.unit.short_name for b in plan.flagged if not b.printed]
        if copies is None and (blank or omitted):
            lines = []
            if blank:
                lines.append(self.tr("Để trống khối chữ ký (ký sau): {0}.").format(", ".join(blank)))
            if omitted:
                lines.append(self.tr("Bỏ ra khỏi bản giao ước: {0}.").format(", ".join(omitted)))
            question = self.tr("Có đơn vị không có ai ký được có mặt:") + "\n" + "\n".join(lines)
            if not confirm(self, self.tr("In bản giao ước"), question + "\n\n" + self.tr("Vẫn in?")):
                self.tabs.setCurrentWidget(self.signatories)
                return None
        name = "giao-uoc-thi-dua" if copies is None else "giao-uoc-thi-dua-xem"
        self.job = printing.print_pdf(self, self.controller.db, self.controller.pdf_renderer(copies), name)
        return self.job

    def export_docx_dialog(self) -> None:
        suggestion = str(printing.output_dir() / "giao-uoc-thi-dua.docx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất bản giao ước ra Word"), suggestion, "Word (*.docx)"
        )
        if path:
            self.export_docx(path)

    def export_docx(self, path: str) -> bool:
        if not path.lower().endswith(".docx"):
            path += ".docx"
        try:
            written = self.controller.export_docx(path)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không xuất được"), error_text(error))
            return False
        printing.open_file(written)
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp hội nghị năm trước"),
            str(self.controller.db.path.parent),  # last year's file usually sits beside this one
            self.tr("Hội nghị ThiDua (*.thidua)"),
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> bool:
        question = self.tr("Thay nội dung bản giao ước hiện tại bằng nội dung trong {0}? (Có thể hoàn tác.)")
        if not confirm(self, self.tr("Lấy nội dung từ tệp năm trước"), question.format(path)):
            return False
        try:
            notes = self.controller.import_from(path)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không lấy được nội dung"), error_text(error))
            return False
        self.tabs.setCurrentWidget(self.editor)
        if notes:
            QMessageBox.warning(self, self.tr("Hãy đọc lại bản giao ước"), "\n".join(notes))
        return True

    def project_grid(self) -> None:
        """Send the signing grid to the projector; it then fills up as units sign."""
        self._projected = SigningProjectorView(
            self.tr("KÝ KẾT {0}").format(self.controller.agreement().title.upper()), self.controller.plan()
        )
        self.project.emit(self._projected)
