"""Screenshot the main window's stages and the setup dialogs, to look at the UI.

python tools/screenshot.py OUT_DIR [vi|en] [IMPORT.xlsx]   (under Xvfb, or offscreen)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui import settings  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.import_dialog import ImportDialog  # noqa: E402
from ui.person_dialog import PersonDialog  # noqa: E402
from ui.unit_dialog import UnitDialog  # noqa: E402


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
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{language}-stage-{row}.png"))
    window.stage_list.setCurrentRow(0)

    setup = window.setup_view
    people = setup.people_controller.people()
    dialogs = {
        "person-dialog": PersonDialog(
            setup.people_controller.units(), lambda p: None, people[0], parent=window
        ),
        "unit-dialog": UnitDialog(lambda u: None, setup.units_view.model.unit_at(0), parent=window),
    }
    if len(sys.argv) > 3:
        importer = ImportDialog(setup.people_controller, parent=window)
        waiting = QEventLoop()
        importer.previewed.connect(waiting.quit)
        importer.load(sys.argv[3])  # read and previewed in a worker thread
        waiting.exec()
        dialogs["import-dialog"] = importer
    for name, dialog in dialogs.items():
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"{language}-{name}.png"))
        dialog.close()
    settings.set_language("vi")
    window.close()


if __name__ == "__main__":
    main()
