"""Where things are: the program's resources and the user's folders, resolved in this one place.

Every per-user folder comes from here (platformdirs on the real machine). ``THIDUA_USER_DIR``
points all of them into one folder instead: the tests and the ``--smoke`` check set it, so
that they never touch the real user's files on any platform (platformdirs ignores the XDG_*
variables on Windows, and Qt's settings would go to the registry).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ThiDua"
ORGANIZATION = "ThiDua"
USER_DIR_ENV = "THIDUA_USER_DIR"


def resources_dir() -> Path:
    """``resources/`` beside the source, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_dir_override() -> Path | None:
    """The folder named by ``THIDUA_USER_DIR``, or None (the normal case: the user's own folders)."""
    value = os.environ.get(USER_DIR_ENV, "")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """The user's data folder for ThiDua (created on first use): the demo's working copy lives here."""
    override = user_dir_override()
    if override is not None:
        path = override / "data"
    else:
        import platformdirs  # here, not at the top: the command line starts faster without it

        path = Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """The user's Documents folder: file dialogs start here; printed PDFs go to its ThiDua/ subfolder."""
    override = user_dir_override()
    if override is not None:
        path = override / "documents"
        path.mkdir(parents=True, exist_ok=True)
        return path
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def user_settings_dir() -> Path | None:
    """Where the preferences are kept as INI files when overridden; None: Qt's native place
    (the registry on Windows, ~/.config on Linux; docs/windows.md)."""
    override = user_dir_override()
    return None if override is None else override / "settings"
