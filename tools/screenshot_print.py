"""Screenshot the print preview as the hall sees it: the real main window, a print button, the preview.

python tools/screenshot_print.py OUT_DIR [vi|en]   (under Xvfb; offscreen gives no whole screen)

    QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1366x708x24" .venv/bin/python tools/screenshot_print.py /tmp/shots vi

On a fresh copy of the demo meeting: the In ấn stage, its first document's button (the real
path: rendered in the background, saved, previewed), then the preview as it opens, on page 2
zoomed in, and fitted to its width. Each picture twice, as in tools/screenshot.py: the window
as Qt draws it and (``*-screen-*``) the whole screen.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("THIDUA_USER_DIR"):  # before the program's modules look at it
    os.environ["THIDUA_USER_DIR"] = tempfile.mkdtemp(prefix="thidua-screenshot-")

from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshot import save, settle  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.print_view import PrintView  # noqa: E402
from ui.widgets import fit_to_screen  # noqa: E402


def wait_for(app: QApplication, condition, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "vi"
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window(["--demo"])
    window.set_language(language)
    fit_to_screen(window)
    window.show()
    app = QApplication.instance()
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        if isinstance(window.stages.currentWidget(), PrintView):
            break
    view = window.stages.currentWidget()
    assert isinstance(view, PrintView)
    save(app, window, out, f"{language}-print-stage")
    job = view.print_kind(next(iter(view.buttons)))
    wait_for(app, lambda: job.preview is not None)
    preview = job.preview
    settle(app)
    save(app, preview, out, f"{language}-preview-opened")
    preview.show_page(1)
    preview.step_zoom(+1)
    preview.step_zoom(+1)
    save(app, preview, out, f"{language}-preview-page2-zoomed")
    preview.set_fit(width=True)
    save(app, preview, out, f"{language}-preview-width")
    preview.close()
    window.close()


if __name__ == "__main__":
    main()
