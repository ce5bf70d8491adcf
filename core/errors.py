"""Errors that carry a message for the user, in Vietnamese."""

from __future__ import annotations


class ThiDuaError(Exception):
    """An error the user can act on. ``str(error)`` is the message to show."""


class MeetingFileError(ThiDuaError):
    """The meeting file cannot be opened, created or written."""


class ValidationError(ThiDuaError):
    """Input that the program refuses; nothing was changed."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))
