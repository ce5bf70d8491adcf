"""THIDUA_STARTUP_PROBE=1: print when the main window first painted, then quit (bench/bench_startup.py).

The line is ``THIDUA_FIRST_PAINT since_main=<s> epoch=<s> heavy=<modules|none>``: seconds
since the top of main.py; the wall-clock time, which the benchmark compares with the
moment it started the process (so the interpreter's own start, or the bundle's, is
counted too); and which document libraries had been imported by then.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "THIDUA_STARTUP_PROBE"
HEAVY_MODULES = ("reportlab", "openpyxl", "docx", "lxml", "PIL", "pypdfium2", "PySide6.QtPrintSupport")


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class FirstPaintProbe(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.done = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after this paint has finished
        return False

    def report(self) -> None:
        started = getattr(sys.modules.get("__main__"), "STARTED", None)
        since_main = time.perf_counter() - started if started is not None else float("nan")
        # Libraries that belong to printing and import/export, loaded before the first paint.
        heavy = ",".join(m for m in HEAVY_MODULES if m in sys.modules) or "none"
        print(
            f"THIDUA_FIRST_PAINT since_main={since_main:.4f} epoch={time.time():.4f} heavy={heavy}",
            flush=True,
        )
        QApplication.instance().quit()


def install(window: QWidget) -> FirstPaintProbe:
    probe = FirstPaintProbe(window)
    QApplication.instance().installEventFilter(probe)
    return probe
