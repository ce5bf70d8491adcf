"""Start the GUI: fonts, language, the main window, and which meeting to open."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core.paths import APP_NAME, ORGANIZATION, log_folder, resource
from ui import settings
from ui.i18n import install_language
from ui.main_window import MainWindow

UI_FONT = "Liberation Sans"


def load_fonts() -> None:
    """Register the bundled fonts so that Vietnamese looks the same on every laptop."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py")
    parser.add_argument("file", nargs="?", help="tệp hội nghị (.thidua)")
    parser.add_argument("--demo", action="store_true", help="mở một bản sao mới của hội nghị mẫu")
    return parser.parse_args(argv)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    settings.configure()
    app.setWindowIcon(QIcon(str(resource("icons", "thidua.png"))))
    load_fonts()
    app.setFont(QFont(UI_FONT, 10))
    install_language(settings.language())
    return app


def open_initial_meeting(window: MainWindow, args: argparse.Namespace) -> None:
    """The file given, else a fresh demo if asked, else the last meeting, else (first start) the demo."""
    if args.file:
        window.open_meeting(args.file)
    elif args.demo:
        window.open_demo()
    else:
        last = next((f for f in settings.recent_files() if Path(f).is_file()), None)
        failed = settings.opening()
        if last is not None and failed is not None and Path(failed) == Path(last).resolve():
            # The program stopped while opening this file last time: do not fall into it again.
            settings.set_opening(None)
            QMessageBox.warning(
                window,
                window.tr("Không tự mở lại tệp"),
                window.tr(
                    "Lần trước ThiDua dừng đột ngột khi mở {0}. Tệp không được mở tự động lần này: hãy mở "
                    "lại bằng Tệp › Mở gần đây, kiểm tra bằng Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản "
                    "sao lưu. Nhật ký lỗi: {1}."
                ).format(failed, log_folder()),
            )
            return
        if not (last and window.open_meeting(last)):
            window.open_demo()


def create_main_window(argv: list[str]) -> MainWindow:
    args = parse_gui_args(argv)
    create_application()
    window = MainWindow()
    open_initial_meeting(window, args)
    return window


def run_gui(argv: list[str]) -> int:
    from ui import error_hook

    error_hook.install()  # the log file itself is set up in main.py
    window = create_main_window(argv)
    from ui import startup_probe  # THIDUA_STARTUP_PROBE=1: time to the first paint (bench/)

    if startup_probe.enabled():
        startup_probe.install(window)
    window.show()
    return QApplication.instance().exec()
