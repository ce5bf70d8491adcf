"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMargins, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QTableView,
    QWidget,
)

from core.errors import ThiDuaError
from ui import styles
from ui.i18n import error_text


class ErrorLabel(QLabel):
    """Red text under a form, hidden until there is something wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(styles.text(styles.ERROR))
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
        self.show_messages(error_text(error).split("\n"))


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


class VerticalScroll(QScrollArea):
    """A screen that scrolls up and down when the window is short, never sideways.

    At 1366×768 with 125 % scaling the window has about 540 logical pixels of height: a tall
    screen scrolls there instead of pushing the window under the taskbar. Its width is the
    screen's own minimum (the window cannot get narrower), so nothing is cut at the side.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the screen's own fields

    def minimumSizeHint(self) -> QSize:
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())


def ok_cancel_buttons(dialog: QDialog, mnemonics: bool = False) -> QDialogButtonBox:
    """OK / Cancel with the program's own words: Qt ships no Vietnamese for its standard buttons.

    ``mnemonics``: with Alt+letters too (Alt+N, Alt+H; Alt+O, Alt+C in English), for a dialog
    whose own buttons and labels leave those letters free."""
    # Parented at once: a default button is the dialog's only once the dialog is its parent.
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    if mnemonics:
        ok_text, cancel_text = (
            QCoreApplication.translate("Buttons", "Đồ&ng ý"),
            QCoreApplication.translate("Buttons", "&Hủy"),
        )
    else:
        ok_text, cancel_text = (
            QCoreApplication.translate("Buttons", "Đồng ý"),
            QCoreApplication.translate("Buttons", "Hủy"),
        )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    # Enter accepts from any field: otherwise the first other button after the focus (e.g. "Chọn
    # tất cả") became the default and Enter pressed it. Esc cancels.
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
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


# A window's frame before the window system has drawn it (Qt reports none until the first
# show): Windows 10 and 11 have a 31 px title bar and 8 px borders, in logical pixels.
FRAME_ALLOWANCE = QMargins(8, 31, 8, 8)


def fit_to_screen(window: QWidget) -> None:
    """Keep a window or dialog, frame included, inside the free area of its screen.

    The free area leaves out the taskbar: at 1366×768 with 125 % scaling that is about
    1093×582 logical pixels. Call it after giving the window its preferred size; the size
    shrinks to fit, never below the window's minimum size. A shown window, or a main window
    about to be shown, is also moved inside the area; a dialog not yet shown is left where it
    is, because QDialog centres itself on its parent and inside the screen when it opens.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if margins.isNull():
        margins = FRAME_ALLOWANCE
    extra_width = margins.left() + margins.right()
    extra_height = margins.top() + margins.bottom()
    width = min(window.width(), area.width() - extra_width)
    height = min(window.height(), area.height() - extra_height)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    if isinstance(window, QDialog) and not window.isVisible():
        return
    outer_width, outer_height = window.width() + extra_width, window.height() + extra_height
    if window.isVisible():
        x, y = frame.x(), frame.y()
    else:  # centred: Qt does not centre a window this large, and Windows' default spot may hang low
        x = area.x() + (area.width() - outer_width) // 2
        y = area.y() + (area.height() - outer_height) // 2
    # The top left corner last, so that the title bar stays reachable if it cannot all fit.
    x = max(area.left(), min(x, area.right() + 1 - outer_width))
    y = max(area.top(), min(y, area.bottom() + 1 - outer_height))
    window.move(x, y)


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


class NoteLabel(QLabel):
    """A line under a row of buttons saying why a button did nothing ("Chọn một đơn vị …"),
    hidden until there is something to say. Never a dialog: the keyboard stays where it was."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(styles.text(styles.NOTE, bold=True))
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
