"""The English translation covers every UI string, and the shipped .qm matches its .ts."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_translations  # noqa: E402

from tests.processes import TEXT, child_env  # noqa: E402


def test_every_ui_string_has_an_english_translation():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_translations.py"), "--check"],
        capture_output=True,
        **TEXT,
        env=child_env(),
    )
    assert result.returncode == 0, f"untranslated strings (run tools/build_translations.py):\n{result.stdout}"


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    ts = build_translations.TRANSLATIONS / "thidua_en.ts"
    fresh = tmp_path / "thidua_en.qm"
    build_translations.lrelease(ts, fresh)
    assert fresh.read_bytes() == (build_translations.TRANSLATIONS / "thidua_en.qm").read_bytes()


def test_qts_own_widgets_speak_vietnamese_in_the_vietnamese_interface(qtbot):
    """Qt ships no Vietnamese: its file dialog, standard buttons and text menus come from qt_vi.ts."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from ui.i18n import install_language

    assert install_language("vi")
    dialog = QFileDialog(None, "Mở tệp hội nghị")
    dialog.setOption(
        QFileDialog.Option.DontUseNativeDialog
    )  # what Linux shows; Windows' own dialog is the system's
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Tìm t&rong:", "&Tên tệp:", "&Loại tệp:"} <= labels, labels
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    install_language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    install_language("vi")
