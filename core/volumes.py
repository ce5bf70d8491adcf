"""Finding a USB stick again when Windows gives it another drive letter.

The backup folder is stored as a path (``E:\\SaoLuu``). Plugged into another port the next
morning, the stick may be ``F:``. With the stick's volume label saved beside the path when the
folder was chosen, :func:`find_moved_folder` looks for a drive with that label holding the
same folder. On Linux and macOS sticks are mounted under a folder named after their label
(``/media/<user>/<LABEL>``, ``/Volumes/<LABEL>``), which plays the part of the drive letter.
"""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path, PureWindowsPath

_POSIX_MOUNT_BASES = ("/media", "/run/media", "/Volumes", "/mnt")


def _windows_label(root: str) -> str | None:
    import ctypes  # Windows only

    buffer = ctypes.create_unicode_buffer(261)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(  # type: ignore[attr-defined]
        ctypes.c_wchar_p(root), buffer, len(buffer), None, None, None, None, 0
    )
    return buffer.value if ok else None


def volume_roots() -> list[tuple[str, Path]]:
    """(label, root) of every mounted volume that has a label."""
    found: list[tuple[str, Path]] = []
    if sys.platform == "win32":
        for letter in string.ascii_uppercase:
            root = f"{letter}:\\"
            if os.path.exists(root):
                label = _windows_label(root)
                if label:
                    found.append((label, Path(root)))
        return found
    for base in _POSIX_MOUNT_BASES:
        for candidate in _children(Path(base)):
            if os.path.ismount(candidate):
                found.append((candidate.name, candidate))
            else:  # /media/<user>/<LABEL>
                found.extend((c.name, c) for c in _children(candidate) if os.path.ismount(c))
    return found


def _children(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir()]
    except OSError:
        return []


def volume_of(path: Path) -> tuple[str, Path] | None:
    """(label, path inside the volume) of the volume holding ``path``, when it has a label."""
    path = Path(os.path.abspath(path))
    for label, root in sorted(volume_roots(), key=lambda v: len(str(v[1])), reverse=True):
        try:
            return label, path.relative_to(root)
        except ValueError:
            continue
    return None


def find_moved_folder(folder: Path, label: str) -> Path | None:
    """Where ``folder`` is now if its volume came back under another letter or mount point."""
    relative = _inside_volume(folder, label)
    for found_label, root in volume_roots():
        if found_label == label:
            candidate = root / relative
            if candidate.is_dir():
                return candidate
    return None


def _inside_volume(folder: Path, label: str) -> Path:
    """The part of a stored path below its drive (``E:\\SaoLuu`` -> ``SaoLuu``) or below the
    mount point named after the label (``/media/an/USB/SaoLuu`` -> ``SaoLuu``)."""
    windows = PureWindowsPath(str(folder))
    if windows.drive:
        return Path(*windows.parts[1:])
    parts = Path(str(folder)).parts
    if label in parts:
        last = len(parts) - 1 - parts[::-1].index(label)
        return Path(*parts[last + 1 :])
    return Path(*parts[1:])
