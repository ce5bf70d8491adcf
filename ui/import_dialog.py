"""Nhập danh sách từ Excel/CSV: pick a file, see what would be added or updated and every error,
then apply.

Reading and previewing a list can take a while (thousands of rows, or a hostile file that is
refused only once looked at), so they run in a worker thread with a progress dialog that can
be cancelled; the window stays responsive. The worker gets plain data only (the path, the
units and people read here beforehand) and never touches the meeting file: the write, when
the user applies the preview, happens back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.errors import ThiDuaError
from core.importer import ImportCancelled, ImportPreview, Sheet, preview_table, read_sheet
from core.model import Person, Role, Unit
from ui import settings, styles
from ui.i18n import core_text, error_text
from ui.people_controller import PeopleController
from ui.printing import collector_pause

_ERROR_COLOR = QColor(styles.ERROR)
_WARNING_BACKGROUND = QColor(styles.WARNING_BACKGROUND)
_UPDATE_BACKGROUND = QColor(styles.UPDATE_BACKGROUND)
_UNCHANGED_COLOR = QColor(styles.UNCHANGED)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object, object)  # (ImportPreview, Sheet)
    failed = Signal(str)
    cancelled = Signal()


class _PreviewTask(QRunnable):
    """Read the list (unless already read) and preview it, in a worker thread, on plain data."""

    def __init__(
        self,
        path: str,
        sheet: Sheet | None,
        units: list[Unit],
        existing: list[Person],
        convert: bool,
    ):
        super().__init__()
        self.path, self.sheet, self.units, self.existing, self.convert = path, sheet, units, existing, convert
        self.signals = _Signals()
        self.cancel = threading.Event()
        self.finished = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancel.is_set()

    def run(self) -> None:
        try:
            sheet = self.sheet or read_sheet(self.path, self._progress)
            preview = preview_table(
                sheet,
                self.units,
                self.existing,
                source=Path(self.path).name,
                convert=self.convert,
                progress=self._progress,
            )
            self.signals.done.emit(preview, sheet)
        except ImportCancelled:
            self.signals.cancelled.emit()
        except ThiDuaError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # a bug must not take the meeting down with it: say it
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        finally:
            self.finished.set()


class ImportDialog(QDialog):
    previewed = Signal()  # a preview (or a refusal, or a cancellation) is shown

    def __init__(self, controller: PeopleController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.preview: ImportPreview | None = None
        self.sheet: Sheet | None = None  # the list as read, kept to preview again without reading
        self.added = 0
        self.updated = 0
        self._task: _PreviewTask | None = None
        self.setWindowTitle(self.tr("Nhập danh sách người tham dự"))
        self.resize(900, 600)

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…"))
        self.browse_button = QPushButton(self.tr("&Chọn tệp…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path)
        file_row.addWidget(self.browse_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.convert = QCheckBox(self.tr("Chuyển chữ gõ bằng &bảng mã cũ (TCVN3, VNI) sang Unicode"))
        self.convert.setChecked(True)
        self.convert.hide()
        self.convert.toggled.connect(self._convert_toggled)
        self.errors = QListWidget()
        self.errors.setMaximumHeight(140)
        self.errors.hide()
        self.notes = QListWidget()
        self.notes.setMaximumHeight(120)
        self.notes.hide()
        self.rows = QTableWidget(0, 7)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Đơn vị / Cơ quan"),
             self.tr("Vai trò"), self.tr("Mã"), self.tr("Lưu ý")]
        )  # fmt: skip
        self.rows.verticalHeader().hide()
        self.rows.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        self.add_button = self.buttons.addButton(
            self.tr("&Thêm vào danh sách"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.progress = QProgressDialog(self.tr("Đang đọc danh sách…"), self.tr("Hủy"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("Nhập danh sách"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # only when it takes more than a moment
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self.progress.reset()  # a new QProgressDialog shows itself after the minimum duration

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.convert)
        layout.addWidget(self.errors)
        layout.addWidget(self.notes)
        layout.addWidget(self.rows)
        layout.addWidget(self.buttons)

    # -- reading and previewing, in a worker --------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn danh sách"),
            str(settings.start_folder()),
            self.tr("Danh sách (*.xlsx *.csv);;Tất cả (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read and preview ``path`` in the background; ``previewed`` is emitted when it is shown."""
        self.path.setText(path)
        self.sheet = None
        self.convert.blockSignals(True)
        self.convert.setChecked(True)
        self.convert.blockSignals(False)
        self._start()

    def _convert_toggled(self) -> None:
        if self.sheet is not None and self._task is None:
            self._start()

    def _start(self) -> None:
        self._stop_task()
        self._clear()
        self.summary.setText(self.tr("Đang đọc danh sách…"))
        units, existing = self.controller.import_inputs()  # read here: the worker never touches the file
        task = _PreviewTask(self.path.text(), self.sheet, units, existing, self.convert.isChecked())
        # Python keeps the task (self._task): were the pool to delete it after run(), the
        # wrapper would free it a second time when collected, which crashes.
        task.setAutoDelete(False)
        task.signals.progress.connect(self._progress)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self._task = task
        self.browse_button.setEnabled(False)
        self.convert.setEnabled(False)
        self.progress.setLabelText(self.tr("Đang đọc danh sách…"))
        self.progress.setRange(0, 0)
        self.progress.setValue(0)  # starts the minimum-duration clock
        collector_pause.begin()
        QThreadPool.globalInstance().start(task)

    def _progress(self, done: int, total: int) -> None:
        if self._task is None:
            return
        if total:
            self.progress.setLabelText(self.tr("Đang kiểm tra dòng {0} / {1}…").format(done, total))
            self.progress.setRange(0, total)
        else:
            self.progress.setLabelText(self.tr("Đang đọc dòng {0}…").format(done))
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        self.progress.reset()  # stops the minimum-duration clock
        self.progress.hide()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _finish(self, show: Callable[[], None]) -> None:
        """Back on the UI thread: close the progress, let the collector run again, show."""
        self._task = None
        self._close_progress()
        collector_pause.end()
        self.browse_button.setEnabled(True)
        self.convert.setEnabled(True)
        show()
        self.previewed.emit()

    def _done(self, preview: ImportPreview, sheet: Sheet) -> None:
        self.sheet = sheet
        self._finish(lambda: self._show(preview))

    def _failed(self, message: str) -> None:
        def show() -> None:
            self.preview = None
            self._show_errors([message])
            self.summary.setText(self.tr("Không đọc được tệp. Không có gì được thêm."))

        self._finish(show)

    def _cancelled(self) -> None:
        def show() -> None:
            self.preview = None
            self.sheet = None
            self.summary.setText(self.tr("Đã hủy việc đọc tệp. Không có gì được thêm."))

        self._finish(show)

    def _stop_task(self) -> None:
        """Cancel a preview still running, wait for its thread (it stops within a few rows) and
        forget it: what it would still report is not shown."""
        task = self._task
        if task is None:
            return
        for signal in (task.signals.progress, task.signals.done, task.signals.failed, task.signals.cancelled):
            signal.disconnect()
        task.cancel.set()
        task.finished.wait(10)
        self._task = None
        self._close_progress()
        collector_pause.end()
        self.browse_button.setEnabled(True)
        self.convert.setEnabled(True)

    def done(self, result: int) -> None:
        self._stop_task()
        super().done(result)

    # -- showing the preview --------------------------------------------------------------

    def _clear(self) -> None:
        self.preview = None
        self.errors.clear()
        self.errors.hide()
        self.notes.clear()
        self.notes.hide()
        self.rows.setRowCount(0)
        self.add_button.setEnabled(False)

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.convert.setVisible(preview.legacy is not None)
        self._show_rows(preview)
        self._show_errors(preview.errors)
        self._show_notes(preview)
        additions, updates = len(preview.additions), len(preview.updates)
        duplicates, unchanged = len(preview.duplicates), len(preview.unchanged)
        if preview.errors:
            self.summary.setText(
                self.tr("Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm ai.").format(len(preview.errors))
            )
        else:
            parts = []
            if additions or not updates:
                parts.append(self.tr("Sẽ thêm {0} người.").format(additions))
            if updates:
                parts.append(self.tr("Sẽ cập nhật {0} người đã có cùng mã (tô xanh).").format(updates))
            if unchanged:
                parts.append(self.tr("{0} người đã có, không thay đổi.").format(unchanged))
            if duplicates:
                parts.append(self.tr("{0} người có thể đã có trong danh sách (tô vàng).").format(duplicates))
            self.summary.setText(" ".join(parts))
        self.add_button.setEnabled(not preview.errors and (additions + updates) > 0)
        if updates and additions:
            self.add_button.setText(self.tr("&Thêm {0}, cập nhật {1} người").format(additions, updates))
        elif updates:
            self.add_button.setText(self.tr("Cập &nhật {0} người").format(updates))
        else:
            self.add_button.setText(self.tr("&Thêm {0} người").format(additions))

    def _show_errors(self, messages: list[str]) -> None:
        for message in messages:
            self.errors.addItem(core_text(message))
            self.errors.item(self.errors.count() - 1).setForeground(_ERROR_COLOR)
        self.errors.setVisible(bool(messages))

    def _show_notes(self, preview: ImportPreview) -> None:
        notes = list(preview.notes)
        if preview.legacy is not None:
            if preview.converted_rows:
                rows = ", ".join(str(n) for n in preview.converted_rows[:30])
                if len(preview.converted_rows) > 30:
                    rows += ", …"
                notes.insert(
                    0,
                    self.tr(
                        "Các dòng {0} được gõ bằng bảng mã cũ {1} và đã được chuyển sang Unicode: "
                        "xem lại tên trước khi thêm."
                    ).format(rows, preview.legacy.label),
                )
            else:
                notes.insert(
                    0,
                    self.tr("Tệp có chữ gõ bằng bảng mã cũ {0}, chưa chuyển sang Unicode.").format(
                        preview.legacy.label
                    ),
                )
        for note in notes:
            self.notes.addItem(core_text(note))
            self.notes.item(self.notes.count() - 1).setBackground(_WARNING_BACKGROUND)
        self.notes.setVisible(bool(notes))

    def _show_rows(self, preview: ImportPreview) -> None:
        units = {u.id: u.short_name for u in self.controller.units()}
        labels = {
            Role.HEAD: self.tr("Trưởng đoàn"),
            Role.DELEGATE: self.tr("Đại biểu"),
            Role.GUEST: self.tr("Khách mời"),
        }
        self.rows.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            p = row.person
            unit = p.organization if p.role == Role.GUEST else units.get(p.unit_id, "")
            if row.is_update:
                note = self.tr("Cập nhật: {0}").format("; ".join(core_text(change) for change in row.changes))
            elif row.is_unchanged:
                note = self.tr("Đã có, không thay đổi")
            else:
                note = core_text(row.duplicate_of)
            note = "; ".join(filter(None, [note, *(core_text(n) for n in row.notes)]))
            values = [str(row.row_number), p.full_name, p.position, unit, labels[p.role], p.code, note]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.is_update:
                    item.setBackground(_UPDATE_BACKGROUND)
                elif row.is_unchanged:
                    item.setForeground(_UNCHANGED_COLOR)
                elif row.duplicate_of:
                    item.setBackground(_WARNING_BACKGROUND)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 6 and value:
                    item.setToolTip(value.replace("; ", "\n"))  # the column may be too narrow for it
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()

    def accept(self) -> None:
        if self.preview is None or self._task is not None:
            return
        try:
            result = self.controller.apply_import(self.preview)
        except ThiDuaError as error:
            self._show_errors([error_text(error)])
            return
        self.added, self.updated = len(result.added), len(result.after)
        super().accept()
