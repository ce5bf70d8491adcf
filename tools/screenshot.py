"""Screenshot every stage, every tab inside it, and every dialog, to look at the UI.

python tools/screenshot.py OUT_DIR [vi|en] [IMPORT.xlsx]   (under Xvfb, or offscreen)

Each picture is saved twice: the window as Qt draws it (``vi-stage-2.png``), and, where
the platform can grab its screen (Xvfb, not offscreen), the whole screen as a person would
see it (``vi-screen-stage-2.png``): what does not fit is cut off there. To see the hall
laptop's 1366×768 screen at 125 % scaling (docs/development.md):

    QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py /tmp/shots vi

It works on a fresh copy of the demo meeting in a temporary folder (THIDUA_USER_DIR): the
user's own demo copy and preferences are left alone.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("THIDUA_USER_DIR"):  # before the program's modules look at it
    os.environ["THIDUA_USER_DIR"] = tempfile.mkdtemp(prefix="thidua-screenshot-")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from ui.app import create_main_window  # noqa: E402
from ui.gallery import dialogs  # noqa: E402
from ui.widgets import fit_to_screen  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    """The widget as drawn, and the whole screen it is on (when the platform can grab it)."""
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))
    screen = widget.screen().grabWindow(0)
    if not screen.isNull() and screen.width() > 1:
        screen.save(str(out / f"{name.replace('-', '-screen-', 1)}.png"))


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "vi"
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window(["--demo"])
    window.set_language(language)
    fit_to_screen(window)  # as the main window does on a small screen
    window.show()
    app = QApplication.instance()
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        save(app, window, out, f"{language}-stage-{row}")
        for tabs in window.stages.currentWidget().findChildren(QTabWidget):
            for tab in range(1, tabs.count()):  # the first tab is the stage's own picture
                tabs.setCurrentIndex(tab)
                save(app, window, out, f"{language}-stage-{row}-tab-{tab}")
            tabs.setCurrentIndex(0)
    window.stage_list.setCurrentRow(0)

    for name, make in dialogs(window).items():
        dialog = make()
        if name == "import" and len(sys.argv) > 3:
            waiting = QEventLoop()
            dialog.previewed.connect(waiting.quit)
            dialog.load(sys.argv[3])  # read and previewed in a worker thread
            waiting.exec()
        dialog.show()
        save(app, dialog, out, f"{language}-{name}-dialog")
        dialog.close()
    window.close()


if __name__ == "__main__":
    main()
