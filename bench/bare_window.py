"""The limit a start-up cannot beat: Python, PySide6 and one empty main window, first paint.

Run by bench/bench_startup.py beside the program's own start (the same probe line, the same
platform plugin), so that the program's start is read as a ratio to this floor.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ui.startup_probe

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from ui import startup_probe  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 780)
    startup_probe.install(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
