"""Lễ tân: the protocol of the day (docs/protocol.md), in five tabs.

- Thứ tự lễ tân: everyone in order of rank; move up and down with the buttons (Alt+L, Alt+X)
  or by dragging a row.
- Chỗ ngồi: the head table and the rows; drag a name onto a seat (a taken seat swaps), or
  select two seats and swap them with the button; print the plan (A4 or A3) and name plates.
- Chương trình: the timed items, edited in place and saved with a button; shown on the
  projector as "now" and "next", following the stage on screen.
- Lời dẫn: the MC's script from the programme and the check-ins, editable before printing.
- Tin bài: the year's assessment, and the draft as Word, plain text or PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.documents.catalog import PrintOptions
from core.meetings import load_meeting
from core.model import Role, row_id
from core.programme import STAGES, ProgrammeItem
from core.seating import HEAD_ROW, MAX_SEATS_PER_ROW, MIN_SEATS_PER_ROW, Seat
from core.storage import MeetingFile
from core.units import list_units
from ui import printing
from ui.i18n import core_text
from ui.protocol_controller import ProtocolController, renderer
from ui.protocol_models import ProgrammeColumn, ProgrammeModel, RankModel, SeatingModel
from ui.protocol_projector import ProgrammeProjectorView, SeatingProjectorView
from ui.widgets import NoteLabel, confirm


class StageDelegate(QStyledItemDelegate):
    """The programme's "Gắn với bước" column: a list of the stages."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in STAGES.items():
            combo.addItem(core_text(label), key)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table() -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    return table


class ProtocolView(QWidget):
    project = Signal(QWidget)  # something for the hall to see (ui/main_window.py)

    def __init__(self, db: MeetingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = ProtocolController(db)
        self.controller.on_error = self._undo_failed
        self.jobs: list[printing.PdfJob] = []
        self.projected: ProgrammeProjectorView | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rank_tab(), self.tr("Thứ tự lễ tân"))
        self.tabs.addTab(self._seating_tab(), self.tr("Chỗ ngồi"))
        self.tabs.addTab(self._programme_tab(), self.tr("Chương trình"))
        self.tabs.addTab(self._script_tab(), self.tr("Lời dẫn"))
        self.tabs.addTab(self._news_tab(), self.tr("Tin bài"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self.reload()

    # -- the tabs ---------------------------------------------------------------------------

    def _rank_tab(self) -> QWidget:
        self.rank_model = RankModel(self._drag_rank)
        self.rank_table = _table()
        self.rank_table.setModel(self.rank_model)
        self.rank_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rank_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.rank_table.setDragEnabled(True)
        self.rank_table.setAcceptDrops(True)
        self.rank_table.setDropIndicatorShown(True)
        self.rank_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rank_table.horizontalHeader().setStretchLastSection(True)
        self.up_button = QPushButton(self.tr("&Lên"))
        self.down_button = QPushButton(self.tr("&Xuống"))
        self.reset_rank_button = QPushButton(self.tr("Thứ tự &mặc định"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.reset_rank_button.clicked.connect(self.reset_rank)
        self.undo_rank_button = QPushButton(self.tr("H&oàn tác"))
        self.undo_rank_button.clicked.connect(lambda: self._undo(self.controller.rank_undo, self.rank_note))
        self.rank_note = NoteLabel()
        hint = QLabel(
            self.tr(
                "Khách mời cấp trên, rồi lãnh đạo tỉnh chủ nhà, rồi các đoàn theo thứ tự của cụm; "
                "trong mỗi nhóm theo chức vụ. Kéo một dòng hoặc dùng Lên/Xuống để sắp xếp lại."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.reset_rank_button, self.undo_rank_button):
            buttons.addWidget(button)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.rank_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.rank_note)
        return tab

    def _seating_tab(self) -> QWidget:
        self.seating_model = SeatingModel(self._drop_seat)
        self.seating_table = QTableView()
        self.seating_table.setTabKeyNavigation(False)
        self.seating_table.setModel(self.seating_model)
        self.seating_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.seating_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.seating_table.setDragEnabled(True)
        self.seating_table.setAcceptDrops(True)
        self.seating_table.setDropIndicatorShown(True)
        self.seating_table.setWordWrap(True)
        self.seating_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        font = self.seating_table.font()
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 7.5))  # a name and its unit in a narrow seat
        self.seating_table.setFont(font)
        self.seating_table.verticalHeader().setDefaultSectionSize(40)
        # A seat shows the name on two lines and the unit: each row as tall as its longest cell.
        self.seating_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.swap_button = QPushButton(self.tr("Đổi chỗ &hai ghế"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(MIN_SEATS_PER_ROW, MAX_SEATS_PER_ROW)
        width_label = QLabel(self.tr("Số ghế &mỗi hàng:"))
        width_label.setBuddy(self.width_spin)
        self.width_spin.editingFinished.connect(self.change_width)
        self.reset_plan_button = QPushButton(self.tr("Xếp &lại mặc định"))
        self.reset_plan_button.clicked.connect(self.reset_plan)
        self.undo_seat_button = QPushButton(self.tr("H&oàn tác"))
        self.undo_seat_button.clicked.connect(
            lambda: self._undo(self.controller.seat_undo, self.seating_note)
        )
        self.plates_button = QPushButton(self.tr("In &biển tên (ghế đã chọn)"))
        self.plates_button.clicked.connect(lambda: self.print_plates(selected=True))
        self.all_plates_button = QPushButton(self.tr("In biển tên mọi &người"))
        self.all_plates_button.clicked.connect(lambda: self.print_plates(selected=False))
        self.plan_button = QPushButton(self.tr("In &sơ đồ"))
        self.plan_button.clicked.connect(self.print_plan)
        self.a3_check = QCheckBox(self.tr("Khổ &A3"))
        self.group_combo = QComboBox()
        group_label = QLabel(self.tr("&Khối ghế:"))
        group_label.setBuddy(self.group_combo)
        self.group_combo.activated.connect(lambda _index: self.select_group(self.group_combo.currentData()))
        self.project_plan_button = QPushButton(self.tr("Chiế&u sơ đồ"))
        self.project_plan_button.clicked.connect(self.project_plan)
        self.seating_note = NoteLabel()
        hint = QLabel(
            self.tr(
                "Kéo tên vào một ghế (ghế có người thì hai người đổi chỗ), hoặc chọn hai ghế rồi bấm Đổi chỗ."
            )
        )
        hint.setWordWrap(True)
        row1 = QHBoxLayout()
        for widget in (
            self.swap_button,
            width_label,
            self.width_spin,
            self.reset_plan_button,
            self.undo_seat_button,
        ):
            row1.addWidget(widget)
        row1.addStretch()
        row2 = QHBoxLayout()
        for widget in (group_label, self.group_combo, self.plates_button, self.all_plates_button):
            row2.addWidget(widget)
        row2.addStretch()
        row3 = QHBoxLayout()
        for widget in (self.plan_button, self.a3_check, self.project_plan_button):
            row3.addWidget(widget)
        row3.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.seating_table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addWidget(self.seating_note)
        return tab

    def _programme_tab(self) -> QWidget:
        self.programme_model = ProgrammeModel()
        self.programme_table = _table()
        self.programme_table.setModel(self.programme_model)
        self.programme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.programme_table.setItemDelegateForColumn(
            ProgrammeColumn.STAGE, StageDelegate(self.programme_table)
        )
        header = self.programme_table.horizontalHeader()
        header.setSectionResizeMode(ProgrammeColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProgrammeColumn.RESPONSIBLE, QHeaderView.ResizeMode.Stretch)
        # the stage's name whole, in either language ("Head and deputy", "Bầu cụm trưởng – cụm phó")
        header.setSectionResizeMode(ProgrammeColumn.STAGE, QHeaderView.ResizeMode.ResizeToContents)
        self.programme_model.dataChanged.connect(lambda *_: self._programme_edited())
        self.add_item_button = QPushButton(self.tr("Thê&m mục"))
        self.remove_item_button = QPushButton(self.tr("&Xóa mục"))
        self.save_programme_button = QPushButton(self.tr("&Lưu chương trình"))
        self.print_programme_button = QPushButton(self.tr("&In chương trình"))
        self.project_button = QPushButton(self.tr("Chiế&u lên màn hình"))
        self.previous_button = QPushButton(self.tr("Mục t&rước"))
        self.next_button = QPushButton(self.tr("Mục tiế&p"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.save_programme_button.clicked.connect(self.save_programme)
        self.print_programme_button.clicked.connect(lambda: self._print("programme"))
        self.project_button.clicked.connect(self.project_programme)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.programme_note = NoteLabel()
        row1 = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.remove_item_button,
            self.save_programme_button,
            self.print_programme_button,
        ):
            row1.addWidget(button)
        row1.addStretch()
        row2 = QHBoxLayout()
        for button in (self.project_button, self.previous_button, self.next_button):
            row2.addWidget(button)
        row2.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.programme_table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.programme_note)
        return tab

    def _script_tab(self) -> QWidget:
        self.script_edit = QPlainTextEdit()
        self.script_edit.setTabChangesFocus(True)
        self.script_edit.setStyleSheet("font-size: 13pt;")
        self.refresh_script_button = QPushButton(self.tr("Làm &mới"))
        self.save_script_button = QPushButton(self.tr("&Lưu lời dẫn"))
        self.print_script_button = QPushButton(self.tr("&In lời dẫn"))
        self.refresh_script_button.clicked.connect(self.refresh_script)
        self.save_script_button.clicked.connect(self.save_script)
        self.print_script_button.clicked.connect(self.print_script)
        self.script_note = NoteLabel()
        hint = QLabel(
            self.tr(
                "Chỉ giới thiệu người đã điểm danh. Bấm Làm mới ngay trước giờ khai mạc; có thể sửa trước khi in."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.refresh_script_button, self.save_script_button, self.print_script_button):
            buttons.addWidget(button)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(hint)
        layout.addWidget(self.script_edit, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.script_note)
        return tab

    def _news_tab(self) -> QWidget:
        self.assessment_edit = QPlainTextEdit()
        self.assessment_edit.setTabChangesFocus(True)
        label = QLabel(self.tr("Đánh giá &kết quả năm (ban tổ chức viết, đưa vào tin bài):"))
        label.setBuddy(self.assessment_edit)
        self.news_preview = QPlainTextEdit()
        self.news_preview.setReadOnly(True)
        self.news_preview.setTabChangesFocus(True)
        self.save_assessment_button = QPushButton(self.tr("&Lưu đánh giá"))
        self.word_button = QPushButton(self.tr("Xuất &Word"))
        self.text_button = QPushButton(self.tr("Xuất văn &bản"))
        self.news_pdf_button = QPushButton(self.tr("&In tin bài (PDF)"))
        self.save_assessment_button.clicked.connect(self.save_assessment)
        self.word_button.clicked.connect(lambda: self.export_news("docx"))
        self.text_button.clicked.connect(lambda: self.export_news("txt"))
        self.news_pdf_button.clicked.connect(lambda: self._print("news"))
        self.news_note = NoteLabel()
        buttons = QHBoxLayout()
        for button in (self.save_assessment_button, self.word_button, self.text_button, self.news_pdf_button):
            buttons.addWidget(button)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label)
        layout.addWidget(self.assessment_edit, 1)
        layout.addWidget(QLabel(self.tr("Dự thảo tin bài:")))
        layout.addWidget(self.news_preview, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.news_note)
        return tab

    # -- undo -------------------------------------------------------------------------------

    def _undo(self, stack, note: NoteLabel) -> None:
        if not stack.canUndo():
            note.say(self.tr("Không còn gì để hoàn tác."))
            return
        note.say("")
        stack.undo()
        self.reload()

    def _undo_failed(self, message: str) -> None:
        note = self.rank_note if self.tabs.currentIndex() == 0 else self.seating_note
        note.say(message)

    # -- reading the file -------------------------------------------------------------------

    def reload(self) -> None:
        db = self.controller.db
        units = list_units(db)
        self.rank_model.set_people(self.controller.ranked(), units, load_meeting(db))
        plan = self.controller.plan()
        self.seating_model.set_plan(plan, units)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(chọn để đánh dấu các ghế)"), None)
        self.group_combo.addItem(self.tr("Bàn chủ tọa"), "head")
        self.group_combo.addItem(self.tr("Khách mời"), "guests")
        for unit in units:
            self.group_combo.addItem(unit.short_name, unit.id)
        self.width_spin.blockSignals(True)
        self.width_spin.setValue(plan.seats_per_row)
        self.width_spin.blockSignals(False)
        if not self.programme_model.dirty:
            self.programme_model.set_items(self.controller.programme())
        self.programme_model.set_current(self.controller.current_item)
        if not self.script_edit.document().isModified():
            text, _edited = self.controller.script()
            self.script_edit.setPlainText(text)
            self.script_edit.document().setModified(False)
        self.script_note.say(
            self.tr("Danh sách có mặt hoặc chương trình đã thay đổi từ khi sửa lời dẫn: bấm Làm mới.")
            if self.controller.script_is_stale()
            else ""
        )
        if not self.assessment_edit.document().isModified():
            self.assessment_edit.setPlainText(self.controller.assessment())
            self.assessment_edit.document().setModified(False)
        self.news_preview.setPlainText(self.controller.news_text())
        if self.projected is not None:
            self.projected.refresh()

    def follow_file(self) -> None:
        self.reload()

    # -- order of rank ----------------------------------------------------------------------

    def _selected_row(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[0].row() if rows else table.currentIndex().row()

    def move_selected(self, steps: int) -> None:
        row = self._selected_row(self.rank_table)
        if row < 0:
            self.rank_note.say(self.tr("Chọn một người trong danh sách trước."))
            return
        self._move(row_id(self.rank_model.person_at(row)), steps)

    def _drag_rank(self, person_id: int, steps: int) -> None:
        self._move(person_id, steps)

    def _move(self, person_id: int, steps: int) -> None:
        error = self.controller.move(person_id, steps)
        self.rank_note.say(error or "")
        self.reload()
        ids = [row_id(self.rank_model.person_at(r)) for r in range(self.rank_model.rowCount())]
        if person_id in ids:
            self.rank_table.selectRow(ids.index(person_id))
            self.rank_table.setFocus()

    def reset_rank(self) -> None:
        question = self.tr("Bỏ thứ tự đã sắp xếp, trở về thứ tự mặc định theo nhóm và chức vụ?")
        if not confirm(self, self.tr("Thứ tự lễ tân"), question):
            return
        self.rank_note.say(self.controller.reset_order() or "")
        self.reload()

    # -- seats ------------------------------------------------------------------------------

    def _drop_seat(self, person_id: int, row: int, place: int) -> None:
        self.seating_note.say(self.controller.seat(person_id, Seat(row, place)) or "")
        self.reload()

    def select_group(self, group) -> None:
        """Select the seats of the head table, of the guests or of one delegation (for plates)."""
        if group is None:
            return
        selection = self.seating_table.selectionModel()
        selection.clearSelection()
        for seat, person in self.seating_model.plan.seats.items():
            if (
                (group == "head" and seat.row == HEAD_ROW)
                or (group == "guests" and person.role == Role.GUEST)
                or (group == person.unit_id and person.role != Role.GUEST and seat.row != HEAD_ROW)
            ):
                index = self.seating_model.index(seat.row, seat.place - 1)
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def swap_selected(self) -> None:
        indexes = self.seating_table.selectionModel().selectedIndexes()
        if len(indexes) != 2:
            self.seating_note.say(self.tr("Chọn đúng hai ghế (giữ Ctrl khi bấm) rồi bấm Đổi chỗ."))
            return
        first, second = (self.seating_model.seat_at(i) for i in indexes)
        self.seating_note.say(self.controller.swap(first, second) or "")
        self.reload()
        for seat in (first, second):
            index = self.seating_model.index(seat.row, seat.place - 1)
            self.seating_table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)

    def change_width(self) -> None:
        if self.width_spin.value() == self.seating_model.plan.seats_per_row:
            return
        if self.seating_model.plan.stored and not confirm(
            self,
            self.tr("Sơ đồ chỗ ngồi"),
            self.tr("Đổi số ghế mỗi hàng sẽ xếp lại sơ đồ từ đầu (bỏ các chỗ đã đổi). Tiếp tục?"),
        ):
            self.width_spin.setValue(self.seating_model.plan.seats_per_row)
            return
        self.seating_note.say(self.controller.set_width(self.width_spin.value()) or "")
        self.reload()

    def reset_plan(self) -> None:
        question = self.tr("Bỏ các chỗ đã đổi, xếp lại sơ đồ mặc định?")
        if self.seating_model.plan.stored and not confirm(self, self.tr("Sơ đồ chỗ ngồi"), question):
            return
        self.seating_note.say(self.controller.reset_plan() or "")
        self.reload()

    def print_plates(self, selected: bool) -> printing.PdfJob | None:
        people: tuple[int, ...] = ()
        if selected:
            chosen = [
                self.seating_model.person_at(i) for i in self.seating_table.selectionModel().selectedIndexes()
            ]
            people = tuple(row_id(p) for p in chosen if p is not None)
            if not people:
                self.seating_note.say(self.tr("Chọn các ghế cần in biển tên trước (hoặc in cho mọi người)."))
                return None
        self.seating_note.say("")
        return self._print("name-plates", PrintOptions(people=people))

    def print_plan(self) -> printing.PdfJob | None:
        return self._print("seating", PrintOptions(paper="A3" if self.a3_check.isChecked() else "A4"))

    def project_plan(self) -> None:
        db = self.controller.db
        names: dict[int | None, str] = {u.id: u.short_name for u in list_units(db)}
        title = self.tr("Sơ đồ chỗ ngồi")
        self.project.emit(SeatingProjectorView(title, self.controller.plan(), names))

    # -- programme --------------------------------------------------------------------------

    def _programme_edited(self) -> None:
        if self.programme_model.dirty:
            self.programme_note.say(self.tr("Chương trình đã sửa, chưa lưu."))

    def add_item(self) -> None:
        row = self.programme_table.currentIndex().row()
        row = self.programme_model.rowCount() if row < 0 else row + 1
        last = self.programme_model.items()[row - 1].start if row > 0 else "07:30"
        self.programme_model.insert_item(row, ProgrammeItem(last, self.tr("Mục mới")))
        self.programme_table.setCurrentIndex(self.programme_model.index(row, ProgrammeColumn.TITLE))
        self._programme_edited()

    def remove_item(self) -> None:
        row = self.programme_table.currentIndex().row()
        if row < 0:
            self.programme_note.say(self.tr("Chọn một mục của chương trình trước."))
            return
        self.programme_model.remove_item(row)
        self._programme_edited()

    def save_programme(self) -> bool:
        error = self.controller.save_programme(self.programme_model.items())
        if error:
            self.programme_note.say(error)
            return False
        self.programme_model.dirty = False
        self.programme_note.say("")
        self.reload()
        return True

    def step(self, delta: int) -> None:
        self.controller.step(delta)
        self.programme_model.set_current(self.controller.current_item)
        if self.projected is not None:
            self.projected.refresh()

    def project_programme(self) -> None:
        title = load_meeting(self.controller.db).title
        view = ProgrammeProjectorView(title, self.controller.now_and_next, self._follow_stage)
        self.projected = view
        view.destroyed.connect(lambda *_: setattr(self, "projected", None))
        self.programme_model.set_current(self.controller.current_item)
        self.project.emit(view)

    def _follow_stage(self, stage: str) -> bool:
        followed = self.controller.follow_stage(stage)
        if followed:
            self.programme_model.set_current(self.controller.current_item)
        return followed

    # -- the MC's script --------------------------------------------------------------------

    def refresh_script(self) -> None:
        self.script_edit.setPlainText(self.controller.fresh_script())
        self.script_edit.document().setModified(False)
        self.controller.save_script(self.script_edit.toPlainText())  # drops an old edit
        self.script_note.say("")

    def save_script(self) -> bool:
        error = self.controller.save_script(self.script_edit.toPlainText())
        self.script_note.say(error or "")
        if not error:
            self.script_edit.document().setModified(False)
        return error is None

    def print_script(self) -> printing.PdfJob:
        job = printing.print_pdf(
            self,
            self.controller.db,
            self.controller.script_renderer(self.script_edit.toPlainText()),
            "loi-dan-chuong-trinh",
        )
        self.jobs.append(job)
        return job

    # -- the news report --------------------------------------------------------------------

    def save_assessment(self) -> bool:
        error = self.controller.save_assessment(self.assessment_edit.toPlainText())
        self.news_note.say(error or "")
        if not error:
            self.assessment_edit.document().setModified(False)
            self.news_preview.setPlainText(self.controller.news_text())
        return error is None

    def export_news(self, kind: str):
        try:
            path = self.controller.export_news(printing.output_dir(), kind)
        except OSError as error:
            self.news_note.say(self.tr("Không ghi được tệp: {0}").format(error.strerror))
            return None
        self.news_note.say(self.tr("Đã ghi {0}").format(path))
        printing.open_file(path)
        return path

    # -- printing and the main window -------------------------------------------------------

    def _print(self, kind: str, options: PrintOptions | None = None) -> printing.PdfJob:
        from core.documents.catalog import file_stem

        job = printing.print_pdf(self, self.controller.db, renderer(kind, options), file_stem(kind))
        self.jobs.append(job)
        return job

    def unsaved_changes(self) -> list[str]:
        changes = []
        if self.programme_model.dirty:
            changes.append(self.tr("chương trình"))
        if self.script_edit.document().isModified():
            changes.append(self.tr("lời dẫn chương trình"))
        if self.assessment_edit.document().isModified():
            changes.append(self.tr("đánh giá kết quả năm"))
        return changes

    def save_unsaved(self) -> bool:
        ok = True
        if self.programme_model.dirty:
            ok = self.save_programme() and ok
        if self.script_edit.document().isModified():
            ok = self.save_script() and ok
        if self.assessment_edit.document().isModified():
            ok = self.save_assessment() and ok
        return ok
