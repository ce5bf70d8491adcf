"""Backups, restore, the integrity check and the PIN, as the main window offers them.

The controller owns a status-bar label ("Sao lưu 10:32 ✓" or a warning) and a timer:
every ``interval`` it backs up if the audit head moved since the last copy. Backups that
other code makes (``core.backup.backup_now`` after a confirmed result) show on the label
within a few seconds. A failed backup is a warning on the label and in the status bar,
never a dialog that stops the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from core import backup
from core.audit import verify_db
from core.errors import ThiDuaError
from core.storage import MeetingFile
from ui.backup_restore_dialog import RestoreDialog
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.pin_dialog import PinSettingsDialog

ACTIVITY_INTERVAL_MS = 3 * 60 * 1000
LABEL_REFRESH_MS = 5 * 1000
OK_STYLE = "color: #1b5e20;"
WARNING_STYLE = "color: #b00020; font-weight: bold;"


class BackupController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        open_meeting: Callable[[Path], bool],
        interval_ms: int = ACTIVITY_INTERVAL_MS,
    ):
        super().__init__(window)
        self.window = window
        self.open_meeting = open_meeting
        self.db: MeetingFile | None = None
        self.label = QLabel()
        self._backed_up_head: str | None = None
        self._shown: backup.BackupResult | None = None
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
        self.db = db
        self._shown = None
        self._backed_up_head = db.audit_head() if db is not None else None  # nothing new yet
        if db is None:
            self.activity_timer.stop()
            self.refresh_timer.stop()
        else:
            self.activity_timer.start()
            self.refresh_timer.start()
        self.refresh_label()

    def _follow_window(self) -> None:
        """The window may have closed its file (closeEvent) without telling: stop then."""
        current = getattr(self.window, "db", self.db)
        if current is not self.db:
            self.set_db(current)

    def tick(self) -> None:
        """Every few minutes: a copy if anything changed since the last one."""
        self._follow_window()
        if self.db is None or backup.backup_folder(self.db) is None:
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

    def refresh_label(self) -> None:
        self._follow_window()
        if self.db is None:
            self.label.clear()
            return
        result = backup.last_backup(self.db)
        folder = backup.backup_folder(self.db)
        if folder is None:  # no folder chosen: a hint, not an alarm after every result
            result = None
        if result is None:
            if folder is None:
                self.label.setStyleSheet("")
                self.label.setText(self.tr("Sao lưu: chưa chọn thư mục"))
            else:
                self.label.setStyleSheet("")
                self.label.setText(self.tr("Sao lưu vào {0}").format(folder))
            return
        if result is self._shown:
            return
        self._shown = result
        if result.ok:
            self._backed_up_head = result.head  # a copy made elsewhere counts too
            self.label.setStyleSheet(OK_STYLE)
            self.label.setText(self.tr("Đã sao lưu lúc {0} ✓").format(result.at.strftime("%H:%M")))
            self.label.setToolTip(str(result.path))
        else:
            self.label.setStyleSheet(WARNING_STYLE)
            self.label.setText(self.tr("⚠ Chưa sao lưu được"))
            self.label.setToolTip(result.warning)
            self.window.statusBar().showMessage(result.warning, 20000)

    # -- menus -------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu) -> None:
        restore = menu.addAction(self.tr("Khôi phục từ bản sao lưu…"))
        restore.triggered.connect(lambda _checked=False: self.restore())
        verify = menu.addAction(self.tr("Kiểm tra tính toàn vẹn…"))
        verify.triggered.connect(lambda _checked=False: self.verify())
        backup_action = menu.addAction(self.tr("Sao lưu ngay"))
        backup_action.triggered.connect(lambda _checked=False: self.backup_now("thu-cong"))
        for action in (restore, verify, backup_action):
            action.setEnabled(self.db is not None)

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
            if backup.backup_folder(self.db) is not None:
                self.backup_now("thu-muc-moi")  # a first copy at once proves the folder works
            self.refresh_label()

    def pin_settings(self) -> None:
        if self.db is not None:
            PinSettingsDialog(self.db, self.window).exec()

    def verify(self) -> None:
        if self.db is None:
            return
        report = verify_db(self.db)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Kiểm tra tính toàn vẹn"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setText(report.text())
        box.exec()

    def restore(self, dialog_factory=RestoreDialog) -> bool:
        if self.db is None:
            return False
        dialog = dialog_factory(backup.backup_folder(self.db), self.db.path.stem, self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return False
        try:
            restored = backup.restore_backup(dialog.chosen(), self.db.path)
        except ThiDuaError as error:
            QMessageBox.warning(self.window, self.tr("Không khôi phục được"), str(error))
            return False
        path = restored.path
        restored.close()
        if self.open_meeting(path):
            self.window.statusBar().showMessage(self.tr("Đã khôi phục vào tệp mới {0}").format(path), 15000)
            return True
        return False
