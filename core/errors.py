"""Errors that carry a message for the user, in Vietnamese."""

from __future__ import annotations

from collections.abc import Sequence


class ThiDuaError(Exception):
    """An error the user can act on. ``str(error)`` is the message to show."""


class MeetingFileError(ThiDuaError):
    """The meeting file cannot be opened, created or written."""


class ValidationError(ThiDuaError):
    """Input that the program refuses; nothing was changed."""

    def __init__(self, messages: Sequence[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))


class WriteRefusedError(MeetingFileError):
    """The file can be read but this program may not write it now; it can open it read-only
    (``MeetingFile.open_read_only``). ``str(error)`` says why."""


class FileInUseError(WriteRefusedError):
    """Another program (another ThiDua window, on this machine or another) holds the file."""


class ReadOnlyLocationError(WriteRefusedError):
    """The file or its folder cannot be written (read-only media, no permission)."""


class UntrustedFileError(WriteRefusedError):
    """The file was changed behind the program's back (a foreign trigger, an older file that
    fails verification): the program will not write to it."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems


class DamagedValueError(ThiDuaError):
    """A value stored in the file cannot be read (edited outside the program or damaged).
    The message names the table, the row and the value; the rest of the file still opens."""
