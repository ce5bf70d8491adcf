"""Who holds a meeting file open for writing: a small note beside it (``NAME.thidua-lock``).

The lock itself is SQLite's: the program that writes a meeting file holds an exclusive lock
on it for as long as the file is open (``locking_mode = EXCLUSIVE``, see core/storage.py).
The operating system releases that lock when the process ends, however it ends, on Windows
and elsewhere alike, so a crashed holder never blocks the file. This note only says *who*
holds it (machine, user, since when) to a second opener, who finds the lock taken; a note
left by a crash is simply overwritten by the next holder.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.said import Said
from core.version import version


@dataclass(frozen=True)
class Holder:
    machine: str
    user: str
    since: datetime | None
    program: str

    def describe(self) -> str:
        """E.g. "ThiDua 0.2.0 trên máy HOITRUONG-01 (người dùng btc), từ 07:45 ngày 19/12/2019"."""
        text = Said("{0} trên máy {1}", self.program or "ThiDua", self.machine or "(không rõ)")
        if self.user:
            text = Said("{0} (người dùng {1})", text, self.user)
        if self.since is not None:
            text = Said("{0}, từ {1:%H:%M} ngày {1:%d/%m/%Y}", text, self.since)
        return text


def owner_path(path: Path) -> Path:
    return Path(f"{path}-lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): not worth failing for
        return ""


def write_owner(path: Path) -> None:
    """Say that this process holds ``path``; raises OSError where the folder cannot be written."""
    note = {
        "machine": socket.gethostname(),
        "user": _user(),
        "since": datetime.now().isoformat(timespec="seconds"),
        "program": f"ThiDua {version()}",
        "pid": os.getpid(),
    }
    # Written beside and renamed over the note: a note that is a link (symbolic or hard) to
    # another file is replaced, never written through, so that file is never touched.
    target = owner_path(path)
    fresh = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        fresh.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        os.replace(fresh, target)
    finally:
        fresh.unlink(missing_ok=True)


def read_owner(path: Path) -> Holder | None:
    """The holder the note names, or None when there is no note or it cannot be read."""
    try:
        note = json.loads(owner_path(path).read_text(encoding="utf-8"))
        since = note.get("since")
        return Holder(
            machine=str(note.get("machine", "")),
            user=str(note.get("user", "")),
            since=datetime.fromisoformat(since) if isinstance(since, str) else None,
            program=str(note.get("program", "")),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def remove_owner(path: Path) -> None:
    with suppress(OSError):  # a note that will not go is overwritten by the next holder
        owner_path(path).unlink(missing_ok=True)
