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


def test_core_sentences_are_said_in_english_with_their_values(qapp):
    """An error core/ raises, a notice it writes, the verify report: English in the English UI,
    Vietnamese (what documents and the command line use) in str()."""
    from core.errors import MeetingFileError, ValidationError
    from core.model import QuorumRule
    from core.said import Said
    from ui.i18n import core_text, error_text, install_language

    missing = MeetingFileError(Said("Không tìm thấy tệp hội nghị: {0}", "D:/hoi-nghi.thidua"))
    refused = ValidationError([Said("Không có ai mang mã {0}.", "0123"), "Một câu không do core viết."])
    nested = Said("{0} Không ghi được thay đổi nào vào tệp.", Said("Không có thư mục: {0}", "E:/"))
    try:
        assert install_language("en")
        assert error_text(missing) == "Meeting file not found: D:/hoi-nghi.thidua"
        assert error_text(refused) == "Nobody has the code 0123.\nMột câu không do core viết."
        assert core_text(nested) == "No such folder: E:/ No change can be written to the file."
        assert core_text(QuorumRule().describe()) == "at least 2/3 of the member units present"
    finally:
        install_language("vi")
    assert str(missing) == "Không tìm thấy tệp hội nghị: D:/hoi-nghi.thidua"
    assert error_text(missing) == str(missing)


def test_every_sentence_core_writes_is_offered_to_translators():
    """The templates of Said("…") in core/ are among the strings listed for translation."""
    from ui.core_strings import CORE_STRINGS

    templates = build_translations.said_templates()
    assert "Không tìm thấy tệp hội nghị: {0}" in templates
    assert set(templates) <= set(CORE_STRINGS)


def test_colours_are_named_in_one_place():
    """ui/styles.py names every colour by what it means; no screen writes a colour of its own."""
    import re
    from pathlib import Path

    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    ui = Path(__file__).resolve().parents[2] / "ui"
    written = [
        f"{path.name}:{number}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "styles.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if colour.search(line)
    ]
    assert written == []
