"""Printing from the GUI: render a PDF off the UI thread, save it, show its pages (ui/print_preview.py).

One threading rule for every document: the worker thread never touches the meeting file's
connection. :func:`print_pdf` takes an image of the file on the UI thread
(``MeetingFile.snapshot``, a copy in memory, a few milliseconds), and the worker opens that
image with a connection of its own and renders from it; the organizers keep working on the
file meanwhile. A render that takes more than a moment shows a progress dialog.

PDFs are saved in the user's documents folder, ThiDua/, under a readable name, then shown in
the preview window, which prints them to a printer (no PDF viewer needed) or opens them in the
system's viewer; when no viewer opens, the user is told where the file is and offered its folder.
"""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.documents.catalog import Render
from core.errors import ThiDuaError
from core.paths import documents_dir
from core.storage import MeetingFile
from ui.i18n import error_text


def output_dir() -> Path:
    path = documents_dir() / "ThiDua"
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_file(path: Path) -> bool:
    """Open a file in the system's viewer. Tests replace this."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_preview(parent: QWidget, path: Path, pdf: bytes) -> QWidget:
    """The preview window of a PDF just made (its pages, the print button). Tests replace this."""
    from ui.print_preview import PreviewDialog  # it imports this module

    dialog = PreviewDialog(parent, pdf, path.name, path)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def tell_no_viewer(parent: QWidget, path: Path) -> None:
    """No program opened the PDF: say where it is, offer its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PdfJob", "Đã tạo tệp PDF"))
    box.setText(
        QCoreApplication.translate(
            "PdfJob", "Đã ghi {0}, nhưng máy không mở được tệp PDF (chưa có chương trình xem PDF?)."
        ).format(path)
    )
    folder = box.addButton(
        QCoreApplication.translate("PdfJob", "Mở &thư mục chứa tệp"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("PdfJob", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is folder:
        open_file(path.parent)


class _CollectorPause:
    """Python's cyclic garbage collector, paused while renders run in worker threads.

    A collection can start in whichever thread allocates; started in a worker, it may free
    Qt objects the UI dropped (old widgets) outside the UI thread, and Qt crashes (seen in
    the suite). Paused, collections run only in the UI thread, after the render.
    """

    def __init__(self) -> None:
        self.renders = 0
        self.was_enabled = False

    def begin(self) -> None:
        if self.renders == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
        self.renders += 1

    def end(self) -> None:
        self.renders -= 1
        if self.renders == 0 and self.was_enabled:
            gc.enable()


collector_pause = _CollectorPause()  # shared by every worker that runs Python code (printing, import)


class _Signals(QObject):
    done = Signal(bytes)
    failed = Signal(str)


class _RenderTask(QRunnable):
    def __init__(self, image: bytes, path: Path, render: Render):
        super().__init__()
        self.image, self.path, self.render = image, path, render
        self.signals = _Signals()

    def run(self) -> None:
        try:
            db = MeetingFile.from_snapshot(self.image, self.path)  # this thread's own connection
            try:
                pdf = self.render(db)
            finally:
                db.close()
            self.signals.done.emit(pdf)
        except ThiDuaError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # a document bug must not take the meeting down with it
            self.signals.failed.emit(f"{type(error).__name__}: {error}")


class PdfJob(QObject):
    """One document being rendered. ``finished`` carries the saved path (or None on failure)."""

    finished = Signal(object)

    def __init__(
        self, parent: QWidget, db: MeetingFile, render: Render, file_name: str, open_after: bool = True
    ):
        super().__init__(parent)
        self.parent_widget = parent
        self.path = output_dir() / file_name
        self.open_after = open_after
        self.preview: QWidget | None = None  # the preview window, once the PDF is made
        self.progress = QProgressDialog(self.tr("Đang tạo {0}…").format(file_name), None, 0, 0, parent)
        self.progress.setWindowTitle(self.tr("In ấn"))
        self.progress.setMinimumDuration(400)  # only when it takes more than a moment
        self.task = _RenderTask(db.snapshot(), db.path, render)
        # Python keeps the task (self.task): were the pool to delete it after run(), the
        # wrapper would free it a second time when collected, which crashes.
        self.task.setAutoDelete(False)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)

    def start(self) -> None:
        collector_pause.begin()
        QThreadPool.globalInstance().start(self.task)

    def _end(self) -> None:
        self.progress.close()
        collector_pause.end()

    def _done(self, pdf: bytes) -> None:
        self._end()
        try:
            self.path.write_bytes(pdf)
        except OSError as error:
            self._warn(self.tr("Không ghi được {0}: {1}").format(self.path, error.strerror))
            return
        if self.open_after:
            self.preview = show_preview(self.parent_widget, self.path, pdf)
        self.finished.emit(self.path)

    def _failed(self, message: str) -> None:
        self._end()
        self._warn(message)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Không in được"), message)
        self.finished.emit(None)


def print_pdf(parent: QWidget, db: MeetingFile, render: Render, name: str, open_after: bool = True) -> PdfJob:
    """Render ``render(image of db)`` in the background, save as ``name-YYYYmmdd-HHMMSS.pdf``, preview it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    job = PdfJob(parent, db, render, f"{name}-{stamp}.pdf", open_after)
    job.start()
    return job
