"""Tệp > Khôi phục từ bản sao lưu…: choose a backup; it is checked before anything happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.audit import verify_file
from core.backup import BackupInfo, list_backups
from ui import settings, styles
from ui.i18n import core_text
from ui.widgets import ok_cancel_buttons

BACKUP_FILTER = "Hội nghị ThiDua (*.thidua)"


class RestoreDialog(QDialog):
    """Lists the backups of this meeting (by its identity, whatever their names) in ``folders``,
    newest first; ``chosen()`` is the one to restore."""

    def __init__(self, folders: list[Path], identity: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.setMinimumSize(620, 420)
        intro = QLabel(
            self.tr(
                "Chọn một bản sao lưu. Bản được chọn sẽ được chép thành một tệp mới bên cạnh tệp "
                "đang mở rồi mở ra; tệp đang mở không bị ghi đè."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_button = QPushButton(self.tr("Chọn tệp khác…"))
        self.other_button.clicked.connect(self._choose_other)
        self.buttons = ok_cancel_buttons(self)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Khôi phục"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show_details)
        self.folder = folders[0] if folders else None
        backups = [info for folder in folders for info in list_backups(folder, identity)] if identity else []
        for info in backups:
            self._add(info.path, self._describe(info))
        if backups:
            self.list.setCurrentRow(0)
        else:
            where = ", ".join(str(f) for f in folders) or self.tr("(chưa có thư mục sao lưu)")
            self.details.setText(
                self.tr("Không có bản sao lưu nào của hội nghị này trong {0}.").format(where)
            )
        self._update_ok()

    def _describe(self, info: BackupInfo) -> str:
        size = max(1, round(info.size / 1024))
        return self.tr("Bản {0} – {1} – {2} – mã {3} – {4} KB – {5}").format(
            info.number, info.at.strftime("%d/%m/%Y %H:%M:%S"), core_text(info.reason_words), info.code, size,
            info.path.parent,
        )  # fmt: skip

    def _add(self, path: Path, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.list.addItem(item)
        return item

    def _choose_other(self) -> None:
        start = str(self.folder) if self.folder else str(settings.start_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), start, BACKUP_FILTER)
        if path:
            self.list.setCurrentItem(self._add(Path(path), Path(path).name))

    def _show_details(self, item: QListWidgetItem | None) -> None:
        self._update_ok()
        if item is None:
            return
        report = verify_file(Path(item.data(Qt.ItemDataRole.UserRole)))
        if report.ok:
            self.details.setStyleSheet(styles.text(styles.SUCCESS))
            self.details.setText(
                self.tr("Bản sao lưu nguyên vẹn: {0} sự kiện, {1} dòng dữ liệu, mã nhật ký {2}.").format(
                    report.events, report.rows, report.code
                )
            )
        else:
            self.details.setStyleSheet(styles.text(styles.ERROR))
            self.details.setText(report.text())

    def _update_ok(self) -> None:
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(self.list.currentItem() is not None)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
