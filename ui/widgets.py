"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableView,
    QWidget,
)

from core.errors import ThiDuaError, ValidationError


class ErrorLabel(QLabel):
    """Red text under a form, hidden until there is something wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))
        if messages:
            grow_to_fit(self.window())

    def show_error(self, error: ThiDuaError) -> None:
        """What core refused: a ValidationError's messages, or another error's one message
        (e.g. the meeting file could not be written)."""
        self.show_messages(error.messages if isinstance(error, ValidationError) else [str(error)])


def grow_to_fit(window: QWidget) -> None:
    """Let a shown dialog grow for a line that appeared (an error line): otherwise its layout
    squeezes every row into the old height, and the marks of Vietnamese letters are clipped."""
    layout = window.layout()
    if not isinstance(window, QDialog) or not window.isVisible() or layout is None:
        return
    layout.activate()
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(width, needed)


class RowTable(QTableView):
    """A table that selects whole rows (one at a time unless told), without row numbers."""

    def __init__(
        self,
        model: QAbstractItemModel,
        selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(selection)
        self.verticalHeader().hide()

    def selected_row(self) -> int:
        """The (first) selected row, -1 when none is."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK / Cancel with the program's own words: Qt ships no Vietnamese for its standard buttons."""
    # Parented at once: a default button is the dialog's only once the dialog is its parent.
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("Buttons", "Đồng ý"))
    # Enter accepts from any field: otherwise the first other button after the focus (e.g. "Chọn
    # tất cả") became the default and Enter pressed it. Esc cancels.
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Buttons", "Hủy")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; the default answer is no. C (Có) or K (Không) answers from the keyboard."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(QCoreApplication.translate("Buttons", "&Có"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Buttons", "&Không"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def checked_data(widget: QListWidget) -> list:
    """The data (Qt.UserRole) of the ticked items of a checkable list, in its order."""
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def fill_chair(
    combo: QComboBox, committee: QListWidget, names: dict[int, str], wanted: int | None = None
) -> None:
    """The chair of a counting committee is one of its members: ``combo`` lists the people ticked in
    ``committee`` and keeps ``wanted`` (by default the chair shown) while that person is ticked."""
    current = wanted if wanted is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for pid in checked_data(committee):
        combo.addItem(names[pid], pid)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
