"""Backups, restore, the integrity check and the PIN, as the main window offers them.

The controller owns a status-bar label and a timer: every ``interval`` it backs up if the
audit head moved since the last copy. There is always a place for copies (the chosen folder,
else the user's data folder); until a copy is on another drive than the meeting file (a USB
stick) the label says so in red, and at the first check-in or ballot the notice bar asks for a
stick, once, without taking the keyboard from the desk. A failed backup is a warning on the
label and in the status bar, never a dialog that stops the desk. At open it checks the
laptop's clock and that the chosen folder is there (a stick may come back as another letter).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from core import backup, volumes
from core.audit import verify_db
from core.errors import ThiDuaError
from core.storage import MeetingFile
from ui import styles
from ui.backup_restore_dialog import RestoreDialog
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.i18n import core_text, error_text
from ui.notice_bar import NoticeBar
from ui.pin_dialog import PinSettingsDialog, run_with_pin
from ui.widgets import confirm

ACTIVITY_INTERVAL_MS = 3 * 60 * 1000
LABEL_REFRESH_MS = 5 * 1000
OK_STYLE = styles.text(styles.SUCCESS)
WARNING_STYLE = styles.text(styles.ERROR, bold=True)
# The first of these in a session asks for a USB stick while no copy is on another drive.
FIRST_WORK_ACTIONS = {"attendance.check_in", "attendance.walk_in", "ballot.add", "election.ballot_add"}


class BackupController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        open_meeting: Callable[[Path], bool],
        interval_ms: int = ACTIVITY_INTERVAL_MS,
        notice: NoticeBar | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.open_meeting = open_meeting
        self.notice = notice or NoticeBar()
        self.db: MeetingFile | None = None
        self.label = QLabel()
        self._backed_up_head: str | None = None
        self._shown: backup.BackupResult | None = None
        self._asked_for_stick = False
        self.activity_timer = QTimer(self)
        self.activity_timer.setInterval(interval_ms)
        self.activity_timer.timeout.connect(self.tick)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(LABEL_REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh_label)

    # -- the open file -----------------------------------------------------------

    def set_db(self, db: MeetingFile | None) -> None:
        if db is self.db:
            return
        if self.db is not None:
            self.db.remove_listener(self._after_action)
        self.db = None if db is not None and db.read_only else db  # a read-only view backs nothing up
        self._shown = None
        self._asked_for_stick = False
        self._backed_up_head = db.audit_head() if db is not None else None  # nothing new yet
        if self.db is None:
            self.activity_timer.stop()
            self.refresh_timer.stop()
        else:
            self.db.add_listener(self._after_action)
            self.activity_timer.start()
            self.refresh_timer.start()
        self.refresh_label()

    def _follow_window(self) -> None:
        """The window may have closed its file (closeEvent) without telling: stop then."""
        current = getattr(self.window, "db", self.db)
        if current is not self.db and not (current is not None and current.read_only):
            self.set_db(current)

    def check_at_open(self) -> None:
        """The laptop's clock, and the chosen folder (a stick under another letter)."""
        if self.db is None:
            return
        warning = backup.clock_warning(self.db)
        if warning:
            QMessageBox.warning(self.window, self.tr("Đồng hồ của máy sai"), warning)
        folder = backup.chosen_folder(self.db)
        if folder is None or folder.is_dir():
            return
        from core.safety import get_setting

        label = get_setting(self.db, backup.VOLUME_KEY)
        moved = volumes.find_moved_folder(folder, label) if label else None
        if moved is not None and confirm(
            self.window,
            self.tr("Ổ sao lưu đổi chỗ"),
            self.tr('Không thấy thư mục sao lưu {0}, nhưng ổ USB "{1}" đang ở {2}. Sao lưu vào {2}?').format(
                folder, label, moved
            ),
        ):
            try:
                backup.set_backup_folder(self.db, moved, volume=label)
            except ThiDuaError as error:
                QMessageBox.warning(self.window, self.tr("Không đổi được thư mục sao lưu"), error_text(error))
            self.refresh_label()
            return
        if confirm(
            self.window,
            self.tr("Không thấy thư mục sao lưu"),
            self.tr(
                "Không thấy thư mục sao lưu {0}: ổ USB chưa cắm, hoặc Windows đã đổi ký tự ổ. Khi chưa "
                "có thư mục này, các bản sao lưu chỉ nằm trên ổ của máy. Chọn lại thư mục sao lưu ngay?"
            ).format(folder),
        ):
            self.choose_folder()

    def _after_action(self, action: str) -> None:
        if action in FIRST_WORK_ACTIONS and not self._asked_for_stick and not self._copy_elsewhere():
            self._asked_for_stick = True
            self.notice.show_notice(
                self.tr(
                    "Chưa có bản sao lưu nào trên ổ khác (ví dụ ổ USB): nếu ổ cứng của máy hỏng, mất cả "
                    "hội nghị. Cắm ổ USB rồi chọn thư mục sao lưu."
                ),
                "danger",
                [
                    (self.tr("Chọn thư mục sao lưu…"), self._choose_from_notice),
                    (self.tr("Để sau"), self.notice.clear),
                ],
            )

    def _choose_from_notice(self) -> None:
        self.choose_folder()
        if self._copy_elsewhere():
            self.notice.clear()

    def _copy_elsewhere(self) -> bool:
        """True when the chosen folder is on another drive than the meeting file."""
        if self.db is None:
            return True
        folder = backup.chosen_folder(self.db)
        return folder is not None and folder.is_dir() and backup.on_other_drive(folder, self.db.path)

    def tick(self) -> None:
        """Every few minutes: a copy if anything changed since the last one."""
        self._follow_window()
        if self.db is None:
            return
        if self.db.audit_head() != self._backed_up_head:
            self.backup_now("dinh-ky")

    def backup_now(self, reason: str) -> backup.BackupResult | None:
        if self.db is None:
            return None
        result = backup.backup_now(self.db, reason)
        if result.ok:
            self._backed_up_head = result.head
        self.refresh_label()
        return result

    def backup_by_hand(self) -> backup.BackupResult | None:
        """Tệp › Sao lưu ngay: says where the copy went (the red label may stay: same drive)."""
        result = self.backup_now("thu-cong")
        if result is not None and result.ok:
            said = self.tr("Đã sao lưu: {0}").format(result.path)
            if not result.other_drive:
                said += " " + self.tr("(cùng ổ với tệp hội nghị: chọn ổ USB ở Cài đặt › Thư mục sao lưu…)")
            self.window.statusBar().showMessage(said, 20000)
        return result

    def refresh_label(self) -> None:
        self._follow_window()
        if self.db is None:
            self.label.clear()
            return
        result = backup.last_backup(self.db)
        if result is None:
            self._shown = None
            if self._copy_elsewhere():
                self.label.setStyleSheet("")
                self.label.setText(self.tr("Sao lưu vào {0}").format(backup.backup_folder(self.db)))
            else:
                self._no_copy_elsewhere()
            return
        if result is self._shown:
            return
        self._shown = result
        if not result.ok:
            self.label.setStyleSheet(WARNING_STYLE)
            self.label.setText(self.tr("⚠ Chưa sao lưu được"))
            self.label.setToolTip(result.warning)
            self.window.statusBar().showMessage(result.warning, 20000)
            return
        self._backed_up_head = result.head  # a copy made elsewhere counts too
        if result.other_drive:
            self.label.setStyleSheet(OK_STYLE)
            self.label.setText(self.tr("Đã sao lưu lúc {0} ✓").format(result.at.strftime("%H:%M")))
            self.label.setToolTip(str(result.path))
        else:
            self._no_copy_elsewhere(result.path)

    def _no_copy_elsewhere(self, last: Path | None = None) -> None:
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.setText(self.tr("⚠ Chưa sao lưu ra ổ khác"))
        where = self.tr("Bản sao lưu gần nhất: {0}.").format(last) if last else ""
        self.label.setToolTip(
            self.tr(
                "Các bản sao lưu đang nằm trên cùng ổ với tệp hội nghị. Cài đặt › Thư mục sao lưu… để chọn ổ USB."
            )
            + (" " + where if where else "")
        )

    # -- menus -------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu) -> None:
        restore = menu.addAction(self.tr("Khôi phục từ bản sao lưu…"))
        restore.triggered.connect(lambda _checked=False: self.restore())
        verify = menu.addAction(self.tr("Kiểm tra tính toàn vẹn…"))
        verify.triggered.connect(lambda _checked=False: self.verify())
        backup_action = menu.addAction(self.tr("Sao lưu ngay"))
        backup_action.triggered.connect(lambda _checked=False: self.backup_by_hand())
        for action in (restore, backup_action):
            action.setEnabled(self.db is not None)
        verify.setEnabled(getattr(self.window, "db", None) is not None)  # a read-only view verifies too

    def add_settings_actions(self, menu: QMenu) -> None:
        folder = menu.addAction(self.tr("Thư mục sao lưu…"))
        folder.triggered.connect(lambda _checked=False: self.choose_folder())
        pin = menu.addAction(self.tr("Mã PIN bảo vệ kết quả…"))
        pin.triggered.connect(lambda _checked=False: self.pin_settings())
        for action in (folder, pin):
            action.setEnabled(self.db is not None)

    # -- actions -----------------------------------------------------------------

    def choose_folder(self) -> None:
        if self.db is None:
            return
        dialog = BackupSettingsDialog(self.db, self.window)
        if dialog.exec():
            self._shown = None
            self.backup_now("thu-muc-moi")  # a first copy at once proves the folder works
            self.refresh_label()

    def pin_settings(self) -> None:
        if self.db is not None:
            PinSettingsDialog(self.db, self.window).exec()

    def verify(self) -> None:
        db = getattr(self.window, "db", None) or self.db
        if db is None:
            return
        report = verify_db(db)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Kiểm tra tính toàn vẹn"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setText("\n".join(core_text(line) for line in report.lines()))
        box.exec()

    def restore(self, dialog_factory=RestoreDialog) -> bool:
        if self.db is None:
            return False
        db = self.db
        dialog = dialog_factory(self.folders(), backup.meeting_identity(db.conn), self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        try:
            restored = run_with_pin(
                self.window,
                lambda pin: backup.restore_backup(chosen, db, pin),
                self.tr("khôi phục một bản sao lưu có trước kết quả đã xác nhận"),
            )
        except ThiDuaError as error:
            QMessageBox.warning(self.window, self.tr("Không khôi phục được"), error_text(error))
            return False
        if restored is None:
            return False
        path = restored.path
        restored.close()
        if not self.open_meeting(path):
            return False
        QMessageBox.information(
            self.window,
            self.tr("Đã khôi phục"),
            self.tr(
                "Đã khôi phục vào tệp mới {0}. Từ giờ hãy làm việc trên tệp này (tên tệp ở thanh tiêu đề); "
                "tệp cũ {1} vẫn còn nguyên, ghi nhận việc khôi phục trong nhật ký."
            ).format(path, db.path),
        )
        return True

    def folders(self) -> list[Path]:
        """Every folder that may hold this meeting's backups: the chosen one, then the default."""
        found = [backup.backup_folder(self.db)] if self.db is not None else []
        default = backup.default_folder()
        return found + ([default] if default not in found else [])
