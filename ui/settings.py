"""The user's preferences (QSettings): language and recent meeting files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()  # organization and application names are set once in ui.app


def language() -> str:
    value = _settings().value("language", "vi")
    return value if value in LANGUAGES else "vi"


def set_language(code: str) -> None:
    _settings().setValue("language", code)


def recent_files() -> list[str]:
    value = _settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a plain string for a one-item list
        value = [value]
    return [str(v) for v in value or []]


def add_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    _settings().setValue("recent_files", files[:MAX_RECENT])


def remove_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    _settings().setValue("recent_files", [f for f in recent_files() if f != path])


def last_folder() -> Path | None:
    value = _settings().value("last_folder", "")
    return Path(str(value)) if value else None


def set_last_folder(folder: Path) -> None:
    _settings().setValue("last_folder", str(folder))


def opening() -> str | None:
    """The file being opened when the program last stopped before it was shown (a crash while
    opening): that file is not reopened automatically at the next start."""
    value = _settings().value("opening", "")
    return str(value) if value else None


def set_opening(path: Path | None) -> None:
    _settings().setValue("opening", str(Path(path).resolve()) if path else "")
    _settings().sync()  # on disk now: the point is to survive a crash
