"""Printing from the GUI: render a PDF off the UI thread, save it, open it in the system's viewer.

A render that takes more than a moment shows a progress dialog; the window stays responsive.
PDFs are saved in the user's documents folder, ThiDua/, under a readable name.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.errors import ThiDuaError
from core.paths import documents_dir


def output_dir() -> Path:
    path = documents_dir() / "ThiDua"
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_file(path: Path) -> bool:
    """Open a file in the system's viewer. Tests replace this."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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


_collector = _CollectorPause()


class _Signals(QObject):
    done = Signal(bytes)
    failed = Signal(str)


class _RenderTask(QRunnable):
    def __init__(self, render: Callable[[], bytes]):
        super().__init__()
        self.render = render
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.signals.done.emit(self.render())
        except ThiDuaError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a document bug must not take the meeting down with it
            self.signals.failed.emit(f"{type(error).__name__}: {error}")


class PdfJob(QObject):
    """One document being rendered. ``finished`` carries the saved path (or None on failure)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, render: Callable[[], bytes], file_name: str, open_after: bool = True):
        super().__init__(parent)
        self.parent_widget = parent
        self.path = output_dir() / file_name
        self.open_after = open_after
        self.progress = QProgressDialog(self.tr("Đang tạo {0}…").format(file_name), None, 0, 0, parent)
        self.progress.setWindowTitle(self.tr("In ấn"))
        self.progress.setMinimumDuration(400)  # only when it takes more than a moment
        self.task = _RenderTask(render)
        # Python keeps the task (self.task): were the pool to delete it after run(), the
        # wrapper would free it a second time when collected, which crashes.
        self.task.setAutoDelete(False)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)

    def start(self) -> None:
        _collector.begin()
        QThreadPool.globalInstance().start(self.task)

    def _end(self) -> None:
        self.progress.close()
        _collector.end()

    def _done(self, pdf: bytes) -> None:
        self._end()
        try:
            self.path.write_bytes(pdf)
        except OSError as error:
            self._warn(self.tr("Không ghi được {0}: {1}").format(self.path, error.strerror))
            return
        if self.open_after:
            open_file(self.path)
        self.finished.emit(self.path)

    def _failed(self, message: str) -> None:
        self._end()
        self._warn(message)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Không in được"), message)
        self.finished.emit(None)


def print_pdf(parent: QWidget, render: Callable[[], bytes], name: str, open_after: bool = True) -> PdfJob:
    """Render in the background, save as ``name-YYYYmmdd-HHMMSS.pdf`` and open it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    job = PdfJob(parent, render, f"{name}-{stamp}.pdf", open_after)
    job.start()
    return job
