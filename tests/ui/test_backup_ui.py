"""Backups, restore, the integrity check and the PIN in the main window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton

from core import backup
from core.attendance import check_in
from core.backup import backup_folder, list_backups, set_backup_folder
from core.errors import ValidationError
from core.people import list_people
from core.safety import check_pin, has_pin, require_pin, set_pin
from tests.ui.conftest import click, retype
from ui.backup_controller import BackupController
from ui.backup_restore_dialog import RestoreDialog
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.main_window import MainWindow
from ui.pin_dialog import PinSettingsDialog, run_with_pin


@pytest.fixture
def usb(tmp_path, monkeypatch):
    """A folder that stands for a USB stick: on another drive than the meeting file."""
    folder = tmp_path / "usb"
    folder.mkdir()
    real = backup.on_other_drive
    monkeypatch.setattr(backup, "on_other_drive", lambda f, meeting: f == folder or real(f, meeting))
    return folder


@pytest.fixture
def window(qtbot, demo_path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_meeting(demo_path)
    return window


def test_the_timer_backs_up_only_when_something_changed(window, usb):
    db = window.db
    set_backup_folder(db, usb)
    window.backup.tick()
    assert len(list_backups(usb)) == 1  # choosing the folder is itself a change in the log
    window.backup.tick()
    assert len(list_backups(usb)) == 1  # no change, no new copy
    check_in(db, list_people(db)[0].id)
    window.backup.tick()
    assert len(list_backups(usb)) == 2
    assert "Đã sao lưu lúc" in window.backup.label.text()


def test_until_a_copy_is_on_another_drive_the_label_is_red_and_the_first_check_in_asks_for_a_stick(
    window, qtbot, message_boxes
):
    window.show()
    db = window.db
    window.backup.tick()
    assert window.backup.label.text() == "⚠ Chưa sao lưu ra ổ khác"  # copies on the laptop's disk only
    assert "font-weight: bold" in window.backup.label.styleSheet()
    desk = window.registration_view
    window.stage_list.setCurrentRow(1)
    desk.search.setFocus()
    assert window.focusWidget() is desk.search
    check_in(db, list_people(db)[0].id)
    assert window.notice.isVisible() and "ổ USB" in window.notice.text.text()
    assert window.focusWidget() is desk.search  # the bar never takes the clerk's typing
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in window.notice.buttons)
    check_in(db, list_people(db)[1].id)
    window.notice.clear()
    check_in(db, list_people(db)[2].id)
    assert not window.notice.isVisible()  # asked once a session
    assert message_boxes.shown == []


def test_a_missing_drive_is_a_status_bar_warning(window, usb, message_boxes):
    db = window.db
    set_backup_folder(db, usb)
    usb.rmdir()
    check_in(db, list_people(db)[0].id)
    window.backup.tick()
    assert "Chưa sao lưu được" in window.backup.label.text()
    assert "ổ USB đã rút ra" in window.statusBar().currentMessage()
    assert message_boxes.shown == []  # never a dialog that stops the desk


def test_the_label_shows_a_backup_made_by_other_code(window, usb):
    from core.backup import backup_now

    set_backup_folder(window.db, usb)
    backup_now(window.db, "ket-qua")  # what the vote's confirmation does
    window.backup.refresh_label()
    assert "Đã sao lưu lúc" in window.backup.label.text()


def test_settings_dialog_sets_the_folder(qtbot, demo_db, usb):
    dialog = BackupSettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.folder, str(usb))
    dialog.keep.setValue(5)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert backup_folder(demo_db) == usb


def test_settings_dialog_refuses_a_missing_folder(qtbot, demo_db, usb):
    dialog = BackupSettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.folder, str(usb / "khong-co"))
    dialog.accept()
    assert not dialog.errors.isHidden()
    assert "Thư mục sao lưu" in dialog.errors.text()


def test_restore_opens_a_new_file_and_keeps_the_original(window, usb, qtbot):
    original = window.db.path
    set_backup_folder(window.db, usb)
    window.backup.backup_now("truoc")
    check_in(window.db, list_people(window.db)[0].id)

    class Choose(RestoreDialog):
        def exec(self):  # the user picks the newest backup and presses "Khôi phục"
            assert self.list.count() == 1
            assert "nguyên vẹn" in self.details.text()
            return QDialog.DialogCode.Accepted

    assert window.backup.restore(Choose)
    assert window.db.path != original
    assert "-khoi-phuc-" in window.db.path.name
    assert window.db.conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0
    assert original.exists()


def test_restore_dialog_without_backups_says_so(qtbot, usb):
    dialog = RestoreDialog([usb], "danh tinh khong co")
    qtbot.addWidget(dialog)
    assert "Không có bản sao lưu" in dialog.details.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_verify_from_the_menu_reports(window, message_boxes):
    window.backup.verify()
    assert "nguyên vẹn" in message_boxes.texts()[-1]


def test_pin_settings_dialog_sets_and_removes_a_pin(qtbot, demo_db):
    dialog = PinSettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.new, "2468")
    retype(qtbot, dialog.repeat, "2469")
    dialog.accept()
    assert "không giống nhau" in dialog.errors.text() and not has_pin(demo_db)
    retype(qtbot, dialog.repeat, "2468")
    dialog.accept()
    assert check_pin(demo_db, "2468")

    again = PinSettingsDialog(demo_db)
    qtbot.addWidget(again)
    retype(qtbot, again.current, "0000")
    again.accept()
    assert "không đúng" in again.errors.text() and has_pin(demo_db)
    retype(qtbot, again.current, "2468")
    again.accept()  # new PIN left empty: remove it
    assert not has_pin(demo_db)


def test_run_with_pin_asks_until_right_or_cancelled(demo_db):
    set_pin(demo_db, "1357")
    asked = []

    def action(pin):
        require_pin(demo_db, pin, "mở lại kết quả")
        return "đã mở lại"

    answers = iter(["1111", "1357"])

    def ask(what, message):
        asked.append((what, message))
        return next(answers)

    assert run_with_pin(None, action, "mở lại kết quả", ask=ask) == "đã mở lại"
    assert asked[0] == ("mở lại kết quả", "")
    assert "không đúng" in asked[1][1]
    assert run_with_pin(None, action, "mở lại kết quả", ask=lambda *_: None) is None


def test_pin_dialog_errors_are_validation_errors(demo_db):
    with pytest.raises(ValidationError):
        set_pin(demo_db, "1")


def test_opening_a_damaged_file_shows_a_message(window, tmp_path, message_boxes):
    bad = tmp_path / "hong.thidua"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    before = bad.read_bytes()
    assert not window.open_meeting(bad)
    assert message_boxes.texts("warning")
    assert bad.read_bytes() == before


def test_controller_without_a_meeting_does_nothing(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    controller = BackupController(main, lambda _path: False)
    controller.tick()
    assert controller.backup_now("x") is None
    assert not controller.restore()


def test_menus_offer_the_actions(window):
    texts = [a.text() for menu in window.menuBar().actions() if menu.menu() for a in menu.menu().actions()]
    for wanted in ("Khôi phục từ bản sao lưu…", "Kiểm tra tính toàn vẹn…", "Thư mục sao lưu…",
                   "Mã PIN bảo vệ kết quả…"):  # fmt: skip
        assert wanted in texts


def test_click_ok_in_the_pin_dialog(qtbot, demo_db):
    dialog = PinSettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.new, "8642")
    retype(qtbot, dialog.repeat, "8642")
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Đồng ý")
    click(qtbot, button)
    assert check_pin(demo_db, "8642")


def test_timers_stop_when_the_window_closes_its_file(window):
    window.close()  # closeEvent closes the meeting file
    window.backup.refresh_label()  # a timer firing afterwards must not touch the closed file
    window.backup.tick()
    assert not window.backup.refresh_timer.isActive() and not window.backup.activity_timer.isActive()


def test_backing_up_by_hand_says_where_the_copy_went(window):
    """Tệp › Sao lưu ngay left the red label as it was and said nothing: a new organizer could not
    tell it had worked."""
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Sao lưu ngay"]
    action.trigger()
    [made] = list_backups(backup_folder(window.db))
    said = window.statusBar().currentMessage()
    assert f"Đã sao lưu: {made.path}" in said and "cùng ổ với tệp hội nghị" in said
