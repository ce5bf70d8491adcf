r"""The user's preferences (QSettings): language and recent meeting files.

The real program keeps them in Qt's native place: on Windows the registry,
HKEY_CURRENT_USER\Software\ThiDua\ThiDua; on Linux ~/.config/ThiDua/ThiDua.conf.
With THIDUA_USER_DIR set (tests, the smoke check) they are INI files in that folder instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from core.paths import user_settings_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
MAX_RECENT = 8


def use_ini_files(folder: Path) -> None:
    """Keep the preferences as INI files in ``folder``: never the registry, never the user's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # The native format's path too: on Linux it is also INI files, so a QSettings made with the
    # native format by mistake still stays here (on Windows that path is ignored: the registry).
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


def configure() -> None:
    """Called once at start-up, before any preference is read (ui.app)."""
    folder = user_settings_dir()
    if folder is not None:
        use_ini_files(folder)


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


def start_folder() -> Path:
    """Where file dialogs start: the folder used last, else the user's Documents; never the
    current folder, which for a program started from Explorer is the program's own folder."""
    from core.paths import documents_dir

    last = last_folder()
    return last if last is not None and last.is_dir() else documents_dir()


def restore_geometry(window) -> bool:
    """The main window's size and place as the user left them (then clamped to the screen)."""
    value = _settings().value("window_geometry")
    return bool(value) and window.restoreGeometry(value)


def save_geometry(window) -> None:
    _settings().setValue("window_geometry", window.saveGeometry())
