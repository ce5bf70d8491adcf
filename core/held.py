"""The meeting files this process holds open for writing, known by file identity.

On Linux and macOS a process's locks on a file are POSIX locks, and closing *any* descriptor
of that file drops them all, SQLite's exclusive lock included. So the process that holds a
meeting file must never read it with Python's ``open()`` (a header check, a snapshot for
``verify``, a copy): that would unlock the file and let a second writer in. Readers ask here
first and get an image from the holder's own connection instead.

Identity is the file's (device, inode) (on Windows: volume serial and file index), so the
same file reached by another spelling, a symbolic link or a hard link is the same file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

Key = tuple[int, int]

_held: dict[Key, Callable[[], bytes]] = {}


def identity(path: Path) -> Key | None:
    """The file's identity, or None when there is no such file."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(path: Path, image: Callable[[], bytes]) -> Key | None:
    """Note that this process holds ``path``; ``image()`` gives its bytes (the holder's
    connection, on the holder's thread). Returns the key to :func:`release`."""
    key = identity(path)
    if key is not None:
        _held[key] = image
    return key


def release(key: Key | None) -> None:
    if key is not None:
        _held.pop(key, None)


def is_held(path: Path) -> bool:
    key = identity(path)
    return key is not None and key in _held


def image_if_held(path: Path) -> bytes | None:
    """The held file's bytes from its holder, or None when this process does not hold it."""
    key = identity(path)
    image = _held.get(key) if key is not None else None
    return image() if image is not None else None
