"""Screenshot the main window on each setup tab (for looking at the UI; needs a display or offscreen).

python tools/screenshot.py OUT_DIR [vi|en]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import settings  # noqa: E402
from ui.app import create_main_window  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "vi"
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window(["--demo"])
    window.set_language(language)
    window.show()
    app = QApplication.instance()
    shots = []
    for tab in range(window.setup_view.tabs.count()):
        window.setup_view.tabs.setCurrentIndex(tab)
        shots.append(f"setup-{tab}")
    for tab, name in enumerate(shots):
        window.setup_view.tabs.setCurrentIndex(tab)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{language}-{name}.png"))
    window.stage_list.setCurrentRow(2)
    app.processEvents()
    window.grab().save(str(out / f"{language}-stage-placeholder.png"))
    settings.set_language("vi")
    window.close()


if __name__ == "__main__":
    main()
