"""The UI language. Source strings are Vietnamese; English comes from resources/translations.

Qt's own widgets (file dialogs, standard buttons, text fields' context menus) are written in
English, and Qt ships no Vietnamese: resources/translations/qt_vi.ts translates the parts a
user of ThiDua meets (compiled by tools/build_translations.py), installed for Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from core.errors import ThiDuaError, ValidationError
from core.notes import NOTE_TEMPLATES, Note
from core.paths import resource
from core.said import Said

_installed: list[QTranslator] = []


def core_text(text: str) -> str:
    """A label defined in core/ (an outcome, a state, a reason …) or a sentence core/ wrote
    (``core.said.Said``: an error, a notice, a banner) in the UI's language.

    The labels and the sentences' templates are listed for translators in ui/core_strings.py,
    which tools/build_translations.py writes from core/.
    """
    if isinstance(text, Said):
        values = [core_text(value) if isinstance(value, Said) else value for value in text.values]
        return QCoreApplication.translate("CoreText", text.template).format(*values)
    return QCoreApplication.translate("CoreText", text)


def error_text(error: ThiDuaError) -> str:
    """What an error from core/ says, in the UI's language (``str(error)`` is core's Vietnamese)."""
    if isinstance(error, ValidationError):
        return "\n".join(core_text(message) for message in error.messages)
    if error.args and isinstance(error.args[0], Said):
        return core_text(error.args[0])
    return str(error)


def note_text(note: Note) -> str:
    """A result's note (core/notes.py) as a sentence in the UI's language; printed, it stays core's
    Vietnamese."""
    return note.text(core_text(NOTE_TEMPLATES[note.kind]))


def threshold_words(numerator: int, denominator: int, strict: bool, base_label: str) -> str:
    """ "trên 1/2 số phiếu hợp lệ" in the UI's language; ``base_label`` is core's (what is stored
    and printed stays core's Vietnamese)."""
    base = core_text(base_label)
    if strict:
        return QCoreApplication.translate("Threshold", "trên {0}/{1} {2}").format(
            numerator, denominator, base
        )
    return QCoreApplication.translate("Threshold", "từ {0}/{1} {2} trở lên").format(
        numerator, denominator, base
    )


def install_language(code: str) -> bool:
    """Switch the application's translator; "vi" needs none. True when the language is in effect."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    name = "qt_vi.qm" if code == "vi" else f"thidua_{code}.qm"
    translator = QTranslator(app)
    if not translator.load(str(resource("translations", name))):
        return code == "vi"  # Vietnamese is the source language: without Qt's part it still is
    app.installTranslator(translator)
    _installed.append(translator)
    return True
