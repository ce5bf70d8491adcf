"""Chấm điểm: the scoring table (F2 edits a cell), the units' workbooks out and in, the ranking,
one unit's criteria with the cluster's reviewed values, the titles and their votes.

Layout only: the logic is in ui/scoring_controller.py, the tables in ui/scoring_models.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.scoring import Kind, TieRule
from core.storage import MeetingFile
from core.tally import Base
from ui.i18n import core_text, threshold_words
from ui.scoring_controller import Done, ScoringController
from ui.scoring_models import (
    DetailColumn,
    ItemColumn,
    RankingModel,
    TableItemsModel,
    TitleColumn,
    TitlesModel,
    UnitDetailModel,
)
from ui.widgets import ErrorLabel, RowTable, confirm, ok_cancel_buttons


def _labelled(text: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class ReviewDialog(QDialog):
    """The cluster's reviewed value of one criterion for one unit, and why it differs."""

    def __init__(self, controller: ScoringController, code: str, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.code, self.unit_id = controller, code, unit_id
        item = controller.standing.table.item(code)
        entry = controller.entry(code, unit_id)
        self.setWindowTitle(self.tr("Thẩm định"))
        from core import scoring

        self.value = QLineEdit(scoring.value_text(item, entry.reviewed))
        self.note = QLineEdit(entry.note)
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Đơn vị:"), QLabel(controller.standing.names[unit_id]))
        form.addRow(self.tr("Tiêu chí:"), QLabel(f"{item.code}. {item.title}"))
        form.addRow(self.tr("Đơn vị tự báo cáo:"), QLabel(scoring.value_text(item, entry.self_value) or "—"))
        value_label = QLabel(self.tr("&Kết quả thẩm định (để trống: theo tự báo cáo):"))
        value_label.setBuddy(self.value)
        form.addRow(value_label, self.value)
        note_label = QLabel(self.tr("&Lý do điều chỉnh:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))

    def accept(self) -> None:
        done = self.controller.review(self.code, self.unit_id, self.value.text(), self.note.text())
        if not done.ok:
            self.errors.show_messages(done.lines)
            return
        super().accept()


class ItemDialog(QDialog):
    """A new group or criterion of the scoring table."""

    def __init__(self, controller: ScoringController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Thêm khoản mục của bảng điểm"))
        self.code = QLineEdit()
        self.group = QComboBox()
        self.group.addItem(self.tr("(không thuộc nhóm nào)"), None)
        for item in controller.standing.table.items:
            if item.kind is Kind.GROUP:
                self.group.addItem(f"{item.code}. {item.title}", item.code)
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(core_text(kind.label), kind.value)
        self.kind.setCurrentIndex(1)
        self.title = QLineEdit()
        self.maximum = QLineEdit()
        self.figure = QLineEdit()
        self.measure = QLineEdit()
        self.errors = ErrorLabel()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Mã:"), self.code),
            (self.tr("&Thuộc nhóm:"), self.group),
            (self.tr("&Loại:"), self.kind),
            (self.tr("Nội &dung:"), self.title),
            (self.tr("Điểm tối đ&a:"), self.maximum),
            (self.tr("&Chỉ tiêu / điểm mỗi lần:"), self.figure),
            (self.tr("Đơn &vị tính:"), self.measure),
        ):
            form.addRow(text, widget)  # the label it makes has the field as its buddy: Alt+letter goes there
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))

    def accept(self) -> None:
        done = self.controller.add_item(
            self.code.text(), self.group.currentData(), Kind(self.kind.currentData()), self.title.text(),
            self.maximum.text(), self.figure.text(), self.measure.text(),
        )  # fmt: skip
        if not done.ok:
            self.errors.show_messages(done.lines)
            return
        super().accept()


THRESHOLDS = ((1, 2, True), (1, 2, False), (2, 3, True), (2, 3, False))  # of the valid ballots


class AddTitleDialog(QDialog):
    """A title after the others: its name, its places (a count or a share of the member units),
    how many units of the ranking it proposes, when a unit is acclaimed."""

    def __init__(self, controller: ScoringController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Thêm danh hiệu"))
        self.name = QLineEdit()
        self.places = QSpinBox()
        self.places.setRange(1, 100)
        self.percent = QLineEdit()
        self.percent.setPlaceholderText(self.tr("để trống: theo số danh hiệu"))
        self.candidates = QSpinBox()
        self.candidates.setRange(0, 500)
        self.threshold = QComboBox()
        for numerator, denominator, strict in THRESHOLDS:
            self.threshold.addItem(
                threshold_words(numerator, denominator, strict, Base.VALID.label),
                (numerator, denominator, strict),
            )
        self.errors = ErrorLabel()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Tên danh hiệu:"), self.name),
            (self.tr("&Số danh hiệu:"), self.places),
            (self.tr("Hoặc tỷ &lệ % số đơn vị thành viên:"), self.percent),
            (self.tr("Số đơn vị đề &xuất (0: tất cả):"), self.candidates),
            (self.tr("Được suy tôn &khi đạt:"), self.threshold),
        ):
            form.addRow(text, widget)  # the label it makes has the field as its buddy: Alt+letter goes there
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))

    def accept(self) -> None:
        numerator, denominator, strict = self.threshold.currentData()
        done = self.controller.add_title(
            self.name.text(), self.places.value(), self.percent.text(), self.candidates.value(),
            (numerator, denominator, strict),
        )  # fmt: skip
        if not done.ok:
            self.errors.show_messages(done.lines)
            return
        super().accept()


class ScoringView(QWidget):
    changed = Signal()

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = ScoringController(db, self)
        self.controller.changed.connect(self.changed)
        self.items_model = TableItemsModel(self.controller, self)
        self.ranking_model = RankingModel(self.controller, self)
        self.detail_model = UnitDetailModel(self.controller, self)
        self.titles_model = TitlesModel(self.controller, self)

        self.add_item_button = QPushButton(self.tr("Thêm &khoản mục…"))
        self.delete_item_button = QPushButton(self.tr("Xó&a khoản mục"))
        self.export_button = QPushButton(self.tr("&Xuất bảng điểm…"))
        self.import_table_button = QPushButton(self.tr("Nhập bảng đ&iểm…"))
        self.workbooks_button = QPushButton(self.tr("&Lập phiếu tự chấm…"))
        self.import_button = QPushButton(self.tr("Nhập &phiếu tự chấm…"))
        self.review_button = QPushButton(self.tr("Thẩ&m định…"))
        self.open_vote_button = QPushButton(self.tr("Mở cuộc &suy tôn"))
        self.add_title_button = QPushButton(self.tr("Thêm da&nh hiệu…"))
        self.delete_title_button = QPushButton(self.tr("L&oại danh hiệu"))
        self.title_up_button = QPushButton(self.tr("Danh hiệu lên trước (&E)"))
        self.title_down_button = QPushButton(self.tr("Danh hiệu xuống sau (&W)"))
        self.nomination_button = QPushButton(self.tr("Tờ trình Wo&rd…"))
        self.nomination_button.setToolTip(
            self.tr("Tờ trình đề nghị khen thưởng dạng Word; bản PDF và các văn bản khác ở giai đoạn In ấn.")
        )
        self.tie_rule = QComboBox()
        for rule in TieRule:
            self.tie_rule.addItem(core_text(rule.label), rule.value)
        tie_label = QLabel(self.tr("Q&uy tắc khi bằng điểm:"))
        tie_label.setBuddy(self.tie_rule)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.items_table = RowTable(self.items_model)
        self.items_table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.ranking_table = RowTable(self.ranking_model)
        self.detail_table = RowTable(self.detail_model)
        self.titles_table = RowTable(self.titles_model)
        for table, wide in (
            (self.items_table, ItemColumn.TITLE),
            (self.ranking_table, None),
            (self.detail_table, DetailColumn.TITLE),
            (self.titles_table, TitleColumn.NAME),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            if wide is not None:  # the long texts wrap at a width of their own, the figures stay in view
                header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(wide, 240)
                table.setWordWrap(True)
            header.setStretchLastSection(True)
            table.setMinimumWidth(120)
            table.setTabKeyNavigation(False)  # Tab leaves the table: every part is a Tab away

        buttons = QHBoxLayout()
        for button in (
            self.export_button,
            self.import_table_button,
            self.workbooks_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        rule_row = QHBoxLayout()
        rule_row.addWidget(tie_label)
        rule_row.addWidget(self.tie_rule, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        table_box = _labelled(self.tr("&Bảng điểm (F2: sửa một ô)"), self.items_table)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addWidget(self.delete_item_button)
        item_buttons.addStretch()
        table_layout = table_box.layout()
        assert isinstance(table_layout, QVBoxLayout)
        table_layout.addLayout(item_buttons)
        left.addWidget(table_box)
        left.addWidget(_labelled(self.tr("&Danh hiệu"), self.titles_table))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_labelled(self.tr("Xếp &hạng"), self.ranking_table))
        right.addWidget(_labelled(self.tr("Chi tiết của đơn &vị"), self.detail_table))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        actions = QGridLayout()
        actions.addWidget(self.add_title_button, 0, 0)
        actions.addWidget(self.open_vote_button, 0, 1)
        actions.addWidget(self.review_button, 0, 2)
        actions.addWidget(self.nomination_button, 0, 3)
        actions.addWidget(self.delete_title_button, 1, 0)
        actions.addWidget(self.title_up_button, 1, 1)
        actions.addWidget(self.title_down_button, 1, 2)
        actions.setColumnStretch(4, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Chấm điểm") + "</h2>"))
        layout.addLayout(buttons)
        layout.addLayout(rule_row)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.setFocusProxy(self.items_table)

        self.export_button.clicked.connect(self.export_table)
        self.add_item_button.clicked.connect(self.add_item)
        self.delete_item_button.clicked.connect(self.delete_item)
        self.import_table_button.clicked.connect(self.import_table)
        self.workbooks_button.clicked.connect(self.write_workbooks)
        self.import_button.clicked.connect(self.import_workbooks)
        self.review_button.clicked.connect(self.review)
        self.open_vote_button.clicked.connect(self.open_vote)
        self.add_title_button.clicked.connect(self.add_title)
        self.delete_title_button.clicked.connect(self.delete_title)
        self.title_up_button.clicked.connect(lambda _checked=False: self.move_title(-1))
        self.title_down_button.clicked.connect(lambda _checked=False: self.move_title(+1))
        self.nomination_button.clicked.connect(self.export_nomination)
        self.tie_rule.activated.connect(self._tie_rule_chosen)
        self.ranking_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_unit())
        self.items_table.itemDelegate().closeEditor.connect(lambda *_: self._after_edit())
        self.reload()

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        unit = self.selected_unit()
        self.controller.reload()
        self.items_model.reload()
        self.ranking_model.reload()
        self.titles_model.reload()
        self.tie_rule.setCurrentIndex(max(0, self.tie_rule.findData(self.controller.standing.rule.value)))
        rows = [self.ranking_model.unit_at(r) for r in range(self.ranking_model.rowCount())]
        row = rows.index(unit) if unit in rows else 0
        if rows:
            self.ranking_table.selectRow(row)
        self._show_unit()

    def follow_file(self) -> None:
        self.reload()

    def selected_unit(self) -> int | None:
        if not hasattr(self, "ranking_table"):
            return None
        return self.ranking_model.unit_at(self.ranking_table.selected_row())

    def _show_unit(self) -> None:
        self.detail_model.show_unit(self.selected_unit())

    def _say(self, done: Done, title: str = "") -> None:
        text = "\n".join(done.lines)
        self.status.setText(text)
        if not done.ok and text:
            QMessageBox.warning(self, title or self.tr("Không thực hiện được"), text)

    def _after_edit(self) -> None:
        """After an edit of the table (done or refused): every table read again, the keyboard
        back on the cell that was edited (once the editor has closed)."""
        QTimer.singleShot(0, self._edited)

    def _edited(self) -> None:
        current = self.items_table.currentIndex()
        refusal = self.items_model.last_refusal
        if refusal:
            self.items_model.last_refusal = []
            QMessageBox.warning(self, self.tr("Không sửa được bảng điểm"), "\n".join(refusal))
        self.reload()
        self.items_table.setCurrentIndex(self.items_model.index(current.row(), current.column()))
        self.items_table.setFocus()

    # -- actions -----------------------------------------------------------------------------------

    def add_item(self) -> None:
        if ItemDialog(self.controller, self).exec():
            self.reload()

    def delete_item(self) -> None:
        row = self.items_table.currentIndex().row()
        if row < 0:
            self._say(Done(False, [self.tr("Hãy chọn một khoản mục ở bảng điểm.")]))
            return
        problem = self.controller.item_problem(row)
        if problem:
            self._say(Done(False, [problem]), self.tr("Không xóa được"))
            return
        item = self.controller.standing.table.items[row]
        scored = self.controller.scored_units(row)
        question = self.tr('Xóa "{0}. {1}" khỏi bảng điểm?').format(item.code, item.title)
        if scored:
            question += " " + self.tr("Điểm đã chấm của {0} đơn vị cho mục này cũng bị xóa.").format(scored)
        if confirm(self, self.tr("Xóa khoản mục"), question):
            self._say(self.controller.delete_item(row), self.tr("Không xóa được"))
            self.reload()

    def export_table(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất bảng điểm"), "bang-diem.xlsx", self.tr("Tệp Excel (*.xlsx)")
        )
        if path:
            self._say(self.controller.export_table(path))

    def import_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập bảng điểm"), "", self.tr("Tệp Excel (*.xlsx)")
        )
        if path:
            self._say(self.controller.import_table(path), self.tr("Không nhập bảng điểm"))
            self.reload()

    def write_workbooks(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Thư mục ghi phiếu tự chấm"))
        if folder:
            self._say(self.controller.write_workbooks(folder))

    def import_workbooks(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Nhập phiếu tự chấm"), "", self.tr("Tệp Excel (*.xlsx)")
        )
        if paths:
            self._say(self.controller.import_workbooks(paths), self.tr("Có phiếu không được nhập"))
            self.reload()

    def review(self) -> None:
        unit = self.selected_unit()
        code = self.detail_model.code_at(self.detail_table.selected_row())
        if unit is None or code is None:
            self._say(
                Done(False, [self.tr("Hãy chọn một đơn vị ở bảng Xếp hạng và một tiêu chí ở bảng Chi tiết.")])
            )
            return
        dialog = ReviewDialog(self.controller, code, unit, self)
        if dialog.exec():
            self.reload()

    def add_title(self) -> None:
        if AddTitleDialog(self.controller, self).exec():
            self.reload()
            self.titles_table.selectRow(self.titles_model.rowCount() - 1)

    def _chosen_title(self) -> int:
        """The row chosen in the titles' table, or -1 after saying to choose one."""
        row = self.titles_table.selected_row()
        if row < 0:
            self._say(Done(False, [self.tr("Hãy chọn một danh hiệu ở bảng Danh hiệu.")]))
        return row

    def delete_title(self) -> None:
        row = self._chosen_title()
        if row < 0:
            return
        name = self.controller.titles[row].title.name
        if not confirm(self, self.tr("Xóa danh hiệu"), self.tr('Xóa danh hiệu "{0}"?').format(name)):
            return
        self._say(self.controller.delete_title(row), self.tr("Không xóa được danh hiệu"))
        self.reload()
        self.titles_table.selectRow(min(row, self.titles_model.rowCount() - 1))

    def move_title(self, step: int) -> None:
        row = self._chosen_title()
        if row < 0:
            return
        done = self.controller.move_title(row, step)
        self._say(done, self.tr("Không đổi được thứ tự"))
        self.reload()
        self.titles_table.selectRow(row + step if done.ok else row)

    def open_vote(self) -> None:
        row = self._chosen_title()
        if row < 0:
            return
        self._say(self.controller.open_title_vote(row), self.tr("Chưa mở được cuộc suy tôn"))
        self.reload()
        self.titles_table.selectRow(row)  # the same title stays chosen

    def export_nomination(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Tờ trình đề nghị khen thưởng"),
            "to-trinh-de-nghi-khen-thuong.docx",
            self.tr("Tệp Word (*.docx)"),
        )
        if path:
            self._say(self.controller.export_nomination(path), self.tr("Không ghi được tờ trình"))

    def _tie_rule_chosen(self, index: int) -> None:
        self._say(self.controller.set_tie_rule(TieRule(self.tie_rule.itemData(index))))
        self.reload()
