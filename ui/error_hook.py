"""What an unexpected error does at the hall: logged with its traceback, explained in a
Vietnamese dialog (what happened, that the data is safe, where the log is), and the program
keeps running. A refusal the program foresaw (ThiDuaError, e.g. a damaged value) shows its own
message. Installed for the GUI thread (sys.excepthook: Qt slots end up there) and for worker
threads (threading.excepthook)."""

from __future__ import annotations

import logging
import sys
import threading
import time
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from core.diagnostics import log_path
from core.errors import ThiDuaError
from ui.i18n import error_text

log = logging.getLogger("thidua.errors")
REPEAT_QUIET_S = 2.0  # the same error again within this time (a repainting view) is logged, not shown


class ErrorReporter(QObject):
    # Carries an error from any thread to the GUI thread, where the dialog is shown.
    report = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show)
        self._last: tuple[str, float] = ("", 0.0)
        self._named: set[str] = set()  # refusals already explained (a damaged value stays damaged)
        self.shown: list[tuple[str, str]] = []  # (title, text) of every dialog, for tests

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        if isinstance(error, ThiDuaError):
            if str(error) in self._named:
                return  # every screen that reads the damaged value would say it again
            self._named.add(str(error))
            title, text = self.tr("Không làm được"), error_text(error)
        else:
            title = self.tr("Có lỗi ngoài dự kiến")
            text = self.tr(
                "ThiDua gặp một lỗi ngoài dự kiến ({0}: {1}) và đã bỏ qua thao tác vừa rồi.\n\n"
                "Dữ liệu đã ghi vẫn an toàn: mỗi thao tác được ghi hẳn vào tệp hội nghị ngay khi xong. Có thể "
                "làm tiếp; nếu lỗi lặp lại, hãy lưu tệp ra USB và gửi kèm nhật ký lỗi cho người phụ trách:\n{2}"
            ).format(kind.__name__, error, log_path())
        self.report.emit(title, text)

    def _show(self, title: str, text: str) -> None:
        now = time.monotonic()
        if self._last[0] == text and now - self._last[1] < REPEAT_QUIET_S:
            return
        self._last = (text, now)
        self.shown.append((title, text))
        # Shown once the current event is done: a dialog inside a paint or a key handler would nest.
        QTimer.singleShot(0, lambda: QMessageBox.warning(QApplication.activeWindow(), title, text))


_reporter: ErrorReporter | None = None


def install() -> ErrorReporter:
    """Route every uncaught error of the GUI and its threads to the log and a dialog."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter()
        sys.excepthook = _reporter.handle
        threading.excepthook = lambda args: _reporter.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )
    return _reporter
