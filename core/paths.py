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


def docs_dir() -> Path:
    """``docs/`` beside the source, or inside a PyInstaller bundle (the in-program user guide)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else Path(__file__).resolve().parent.parent) / "docs"


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


def log_folder() -> Path:
    """Where the program's log is written (core/diagnostics.py)."""
    return user_data_dir() / "nhat-ky-loi"


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


_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "webdav",
    "davfs",
}
_DRIVE_REMOVABLE, _DRIVE_REMOTE = 2, 4  # GetDriveTypeW


def risky_location(path: Path) -> str | None:
    """Why working on a file here is slow or unsafe (a network share, a removable drive, a
    folder a cloud service syncs), in words for the user; None for a local disk."""
    text = os.path.abspath(path)
    if text.startswith(("\\\\", "//")):
        return "ổ mạng"
    synced = [os.environ.get(name) for name in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")]
    for root in filter(None, synced):
        if os.path.normcase(text).startswith(os.path.normcase(os.path.abspath(root)) + os.sep):
            return "thư mục được OneDrive đồng bộ"
    if any(part.lower().startswith(("onedrive", "dropbox", "google drive")) for part in Path(text).parts):
        return "thư mục được đồng bộ lên mạng"
    if sys.platform == "win32":
        return _windows_drive_kind(text)
    return _posix_mount_kind(text)


def _windows_drive_kind(text: str) -> str | None:
    import ctypes  # Windows only

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive + "\\"))  # type: ignore[attr-defined]
    return {_DRIVE_REMOVABLE: "ổ di động (USB, thẻ nhớ)", _DRIVE_REMOTE: "ổ mạng"}.get(kind)


def _posix_mount_kind(text: str, mounts_file: str = "/proc/mounts") -> str | None:
    best, fstype = "", ""
    try:
        with open(mounts_file, encoding="utf-8") as handle:
            for line in handle:
                fields = line.split()
                if len(fields) >= 3:
                    point = fields[1].replace("\\040", " ")
                    if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
                        best, fstype = point, fields[2]
    except OSError:
        return None
    if fstype in _NETWORK_FILESYSTEMS:
        return "ổ mạng"
    if best.startswith(("/media/", "/run/media/", "/Volumes/")):
        return "ổ di động (USB, thẻ nhớ)"
    return None
