"""Undo for actions that core/ has already carried out and committed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.errors import ThiDuaError
from ui.i18n import error_text


class DoneCommand(QUndoCommand):
    """An action already carried out when pushed: the first redo() does nothing.

    Undo and redo call core functions (each its own transaction); a refusal, e.g. a
    restored code given to someone else meanwhile, goes to ``on_error`` for the user.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        on_error: Callable[[str], None],
    ):
        super().__init__(text)
        self._redo, self._undo, self._on_error = redo, undo, on_error
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._run(self._redo)
        self._pushed = True

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ThiDuaError as error:
            self._on_error(error_text(error))
