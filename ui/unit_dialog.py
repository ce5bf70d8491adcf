"""Add or edit one member unit.

The full title follows the short name as it is typed, by the cluster's pattern
("Ban Tổ chức Tỉnh ủy " + the short name, learnt from the units already there), until the
user writes a full title of their own ("Ban Tổ chức Thành ủy …" for a city, say).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.errors import ThiDuaError
from core.model import Unit
from core.text import clean
from core.units import DEFAULT_TITLE_PREFIX, full_title_for
from ui import styles
from ui.widgets import ErrorLabel, ok_cancel_buttons


class UnitDialog(QDialog):
    """``save`` is called with the unit on OK; a refusal (any ThiDuaError) keeps the dialog open."""

    def __init__(
        self,
        save: Callable[[Unit], object],
        unit: Unit | None = None,
        parent=None,
        title_prefix: str = DEFAULT_TITLE_PREFIX,
    ):
        super().__init__(parent)
        self._save = save
        self._unit = unit
        self._prefix = title_prefix
        self.setWindowTitle(self.tr("Sửa đơn vị") if unit else self.tr("Thêm đơn vị thành viên"))
        self.setMinimumWidth(480)
        self.short_name = QLineEdit(unit.short_name if unit else "")
        self.short_name.setPlaceholderText("Khánh Hòa")
        self.full_title = QLineEdit(unit.full_title if unit else "")
        self.full_title.setPlaceholderText(full_title_for("Khánh Hòa", title_prefix))
        # The full title follows the short name while it is the pattern's (or empty).
        self.follows = unit is None or self._is_pattern(unit.full_title)
        self.short_name.textEdited.connect(self._short_name_edited)
        self.full_title.textEdited.connect(self._full_title_edited)
        self.pattern_note = QLabel(
            self.tr(
                'Tên đầy đủ tự điền theo mẫu "{0}" + tên ngắn; sửa được, ví dụ "Thành ủy" cho thành phố.'
            ).format(title_prefix)
        )
        self.pattern_note.setWordWrap(True)
        self.pattern_note.setStyleSheet(styles.text(styles.MUTED))
        self.errors = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Tên ngắn"), self.short_name)
        form.addRow(self.tr("Tên đầy đủ"), self.full_title)
        form.addRow(self.pattern_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        # The buttons after the fields: made first, they came first in the Tab order and took the
        # keyboard when the dialog opened, so the short name typed went nowhere.
        layout.addWidget(ok_cancel_buttons(self, mnemonics=True))

    def _is_pattern(self, full_title: str) -> bool:
        return not clean(full_title) or clean(full_title) == full_title_for(
            self.short_name.text(), self._prefix
        )

    def _short_name_edited(self, text: str) -> None:
        if self.follows:
            self.full_title.setText(full_title_for(text, self._prefix))

    def _full_title_edited(self, text: str) -> None:
        self.follows = self._is_pattern(text)

    def unit(self) -> Unit:
        old = self._unit
        return Unit(
            self.short_name.text(),
            self.full_title.text(),
            old.position if old else 0,
            old.id if old else None,
        )

    def accept(self) -> None:
        try:
            self._save(self.unit())
        except ThiDuaError as error:
            self.errors.show_error(error)
            return
        super().accept()
