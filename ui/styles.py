"""The program's colours, by what they mean: one place to change them.

Screens and tables use them through ``text()`` (a label's style sheet), ``panel()`` (a coloured
box with its border) or ``QColor(...)`` (table models). Contrast: every text colour here reads
on white at WCAG AA (4.5:1 or more); the projector's colours are for its deep blue.
"""

from __future__ import annotations

# -- on the screens (white background) ------------------------------------------------------

ERROR = "#b00020"  # refused input, a warning that needs action, "not backed up"
SUCCESS = "#1b5e20"  # done and safe: saved, backed up, checked in
MUTED = "#555555"  # hints and explanations under a field
CAUTION = "#7a4f00"  # something to notice, not an error: a locked setting, an election's notes
OWN_VALUE = "#8a5a00"  # a value set on purpose where it usually follows another
NOTE = "#a64b00"  # why a button did nothing, what is typed and not saved
UNCHANGED = "#767676"  # a row an action leaves as it is: the lightest grey that passes AA

# Backgrounds of table rows and message boxes, each with the text colour that reads on it.
WARNING_BACKGROUND = "#fff3cd"
WARNING_TEXT = "#5d4200"
INFO_BACKGROUND = "#e3f2fd"
INFO_TEXT = "#0d47a1"
DANGER_BACKGROUND = "#fde7e9"
PRESENT_BACKGROUND = "#e3f4e4"  # a delegate checked in
SIGNED_BACKGROUND = "#dff3e0"  # a unit that signed the agreement
FLAG_BACKGROUND = "#fde2e1"  # a unit with nobody present who may sign
ELECTED_BACKGROUND = "#d8f0d8"
TIE_BACKGROUND = "#ffe9b3"
UPDATE_BACKGROUND = "#dbeafe"  # an import row that changes a person already there
HEADER_BACKGROUND = "#eeeeee"  # header rows of previews that imitate print
OMITTED = UNCHANGED  # a signature block left out of the print
PREVIEW_DESK = "#808080"  # the grey desk the print preview's pages lie on

# The registration desk's panel after a scan: (background, border and text).
PANEL_SUCCESS = ("#e6f4e7", SUCCESS)
PANEL_WARNING = ("#fff4e0", NOTE)
PANEL_ERROR = ("#fdecee", ERROR)
PANEL_NEUTRAL = ("#f3f4f6", "#37474f")
QUORUM_MET, QUORUM_NOT_MET = "#1b7f2a", "#c62828"
SIGNED_BUTTON = "QPushButton { background: #c8e6c9; border: 1px solid #2e7d32; }"

# -- on the projector (deep blue, read from the back of the hall) ---------------------------

PROJECTOR_BACKGROUND = "#0b2a5b"  # white and gold text read well on it from afar
PROJECTOR_TEXT = "#ffffff"
PROJECTOR_ACCENT = "#ffd54a"
PROJECTOR_MET = "#7ee07e"  # light green and amber for a quorum met or not
PROJECTOR_NOT_MET = "#ffb74d"
PROJECTOR_TIE = "#ff9e40"
PROJECTOR_OTHER = "#7f9cc7"  # a bar of a unit neither elected nor tied
PROJECTOR_BORDER = "#6f87b3"


def text(color: str, *, bold: bool = False) -> str:
    """A label's style sheet: its text in ``color``."""
    return f"color: {color};" + (" font-weight: bold;" if bold else "")


def panel(background: str, foreground: str) -> str:
    """A box's style sheet: ``background`` with text in ``foreground``."""
    return f"background: {background}; color: {foreground};"
