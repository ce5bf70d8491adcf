"""Keyboard checks shared by the GUI tests: mnemonics (Alt+letter) and the Tab order."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QPushButton, QWidget

# Alt+Z switches Vietnamese typing on and off in Unikey and EVKey: no button may take it.
RESERVED = {"z"}


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("Xuống &dưới" -> "d"), None when it has none."""
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else None


def menu_letters(window: QWidget) -> set[str]:
    """The Alt+letters of the menu bar of ``window`` (none when it is not a main window)."""
    if not isinstance(window, QMainWindow):
        return set()
    return {mnemonic(action.text()) for action in window.menuBar().actions()} - {None}


def mnemonic_problems(screen: QWidget, window: QWidget | None = None) -> list[str]:
    """What is wrong with the Alt+letters of what ``screen`` shows now: push buttons without one,
    a letter used twice among the visible buttons and labels of ``window`` (the screen's own
    window by default), or a letter of its menu bar or one an input method takes."""
    window = window or screen.window()
    taken = menu_letters(window) | RESERVED
    owners: dict[str, list[str]] = {}
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy()]
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, []).append(text)
    problems = [f"Alt+{k.upper()}: {v}" for k, v in owners.items() if len(v) > 1 or k in taken]
    problems += [
        f"no Alt+letter: {b.text()!r}"
        for b in screen.findChildren(QPushButton)
        if b.isVisible() and mnemonic(b.text()) is None
    ]
    return problems
