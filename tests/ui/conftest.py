"""Fixtures for the GUI tests: isolated preferences, message boxes that never block, a demo meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox

from core.paths import APP_NAME, ORGANIZATION, user_settings_dir
from core.storage import MeetingFile
from ui import settings


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory):
    """Each test starts with no recent files and the Vietnamese UI.

    Preferences are INI files in a fresh folder per test. The native format would be the
    registry on Windows, which no path setting redirects, so one test's recent files and
    language would leak into the next and into the runner's own registry.
    """
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    settings.configure()  # the per-test THIDUA_USER_DIR (tests/conftest.py), as the program does
    folder = user_settings_dir()
    assert folder is not None
    yield folder
    if QCoreApplication.instance() is not None:
        from ui.i18n import install_language

        install_language("vi")


@dataclass
class MessageBoxes:
    """What the program showed in message boxes, recorded instead of blocking the test.

    ``answer`` is what a question gets: No unless a test says otherwise, so that an
    unexpected question never deletes anything.
    """

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    """QMessageBox's static functions record their text; a stray modal dialog fails the test."""
    boxes = MessageBoxes()

    def recorder(kind: str, result: QMessageBox.StandardButton | None = None):
        def show(_parent, title, text, *_args, **_kwargs):
            boxes.shown.append((kind, title, text))
            return boxes.answer if result is None else result

        return staticmethod(show)

    ok = QMessageBox.StandardButton.Ok
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind, ok))
    monkeypatch.setattr(QMessageBox, "about", recorder("about", ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question"))

    def message_box_exec(box: QMessageBox) -> int:
        """A hand-built QMessageBox (e.g. a yes/no confirmation): record it, press the answer."""
        boxes.shown.append(("question", box.windowTitle(), box.text()))
        wanted = (
            {QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole}
            if boxes.answer == QMessageBox.StandardButton.Yes
            else {QMessageBox.ButtonRole.NoRole, QMessageBox.ButtonRole.RejectRole}
        )
        button = next((b for b in box.buttons() if box.buttonRole(b) in wanted), None)
        if button is not None:
            button.click()
        return box.result()

    def dialog_exec(dialog: QDialog) -> int:
        raise AssertionError(f"unexpected modal dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")

    monkeypatch.setattr(QMessageBox, "exec", message_box_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    return boxes


def read_back(path: Path, reader):
    """``reader(db)`` on an image of the file read from disk now: what is really in the file
    itself (a copy of the .thidua alone taken at this moment would hold the same)."""
    db = MeetingFile.open_read_only(path)
    try:
        return reader(db)
    finally:
        db.close()


def click(qtbot, button) -> None:
    """Click a button; an exception raised in its slot fails the test right here, with its traceback."""
    with qtbot.captureExceptions() as exceptions:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if exceptions:
        raise exceptions[0][1]


def click_row(qtbot, table: QAbstractItemView, row: int, column: int = 1) -> None:
    """Click a cell of a shown table, as a user selects a row."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key, Vietnamese letters and combining marks included.

    QTest.keyClicks maps each character to a key of a Latin-1 keyboard and *aborts the
    process* (a Qt assertion in qasciikey.cpp) on "đ", "ụ" and the like. Other characters
    are sent as key events carrying their text, as a Vietnamese input method does.
    """
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )


def retype(qtbot, line_edit, text: str) -> None:
    """Select everything in a line edit and type ``text`` over it (empty: just delete)."""
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    type_text(qtbot, line_edit, text)


@pytest.fixture
def hall_path(demo_path):
    """The demo meeting with every head of delegation checked in (the hall after registration)."""
    from core.attendance import check_in
    from core.model import Role
    from core.people import list_people

    db = MeetingFile.open(demo_path)
    try:
        for person in list_people(db):
            if person.role == Role.HEAD:
                check_in(db, person.id)
    finally:
        db.close()
    return demo_path
