"""A new, empty meeting (Ctrl+N): every button of the setup tabs and of the desk does what it
says, or says why not. A click that changes nothing and says nothing is a bug."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from tests.ui.conftest import click
from ui import registration_view
from ui.main_window import MainWindow


@pytest.fixture
def empty(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_meeting())
    assert window.create_meeting(tmp_path / "hoi-nghi.thidua")
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def opened_dialogs(monkeypatch) -> list[str]:
    """The dialogs a click opened (closed at once, as by Esc), and the file dialogs it asked."""
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(
            QFileDialog, name, staticmethod(lambda *_a, _n=name, **_k: opened.append(_n) or ("", ""))
        )
    return opened


def test_every_setup_button_does_something_or_says_why_not(qtbot, empty, opened_dialogs, message_boxes):
    setup = empty.setup_view
    silent, notes = [], {}
    for index in range(setup.tabs.count()):
        setup.tabs.setCurrentIndex(index)
        page = setup.tabs.currentWidget()
        for button in page.findChildren(QPushButton):
            if not button.isVisible() or not button.isEnabled():
                continue  # Hoàn tác / Làm lại with nothing to undo: disabled, as it says
            note = getattr(page, "note", None) or getattr(page, "status", None)
            note.clear()
            dialogs, boxes = len(opened_dialogs), len(message_boxes.shown)
            click(qtbot, button)
            said = note.text() or (page.errors.text() if hasattr(page, "errors") else "")
            notes[(index, button.text())] = said
            if len(opened_dialogs) == dialogs and len(message_boxes.shown) == boxes and not said:
                silent.append(button.text())
    assert silent == []
    assert notes[(0, "&Lưu thông tin hội nghị")] == "Không có thay đổi nào cần lưu."
    for text in ("&Sửa…", "&Xóa", "&Lên trên", "Xuống &dưới"):
        assert notes[(1, text)].startswith("Chưa có đơn vị nào"), text
    for text in ("&Sửa…", "&Xóa"):
        assert notes[(2, text)].startswith("Chưa có ai trong danh sách"), text


def test_every_desk_button_does_something_or_says_why_not(qtbot, empty, opened_dialogs, monkeypatch):
    printed = []
    monkeypatch.setattr(registration_view, "print_pdf", lambda *args: printed.append(args))
    empty.stage_list.setCurrentRow(1)
    desk = empty.registration_view
    assert not desk.undo_button.isEnabled() and desk.undo_button.toolTip() == "Chưa có gì để hoàn tác"
    click(qtbot, desk.walk_in_button)
    assert opened_dialogs == ["WalkInDialog"]
    click(qtbot, desk.cancel_button)
    assert desk.panel_title.text() == "Chọn một người đã điểm danh"
    for act in (desk.print_list_button.click, desk.print_report_button.click, desk.badges_all_action.trigger):
        desk.show_message("", "", "", registration_view.NEUTRAL)
        act()
        assert desk.panel_title.text() == "Chưa có ai trong danh sách"
    assert printed == []
    with qtbot.waitSignal(desk.project):
        click(qtbot, desk.project_button)


def test_a_new_meetings_person_dialog_says_where_units_come_from(qtbot, empty):
    from ui.walk_in_dialog import WalkInDialog

    dialog = WalkInDialog([], [], lambda *_: None)
    qtbot.addWidget(dialog)
    assert dialog.fields.unit.placeholderText().startswith("chưa có đơn vị")
