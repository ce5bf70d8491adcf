"""Automatic backups to a second folder (a USB stick), and restoring from them.

- :func:`backup_now` writes a consistent copy with sqlite3's backup API, named
  ``<meeting>-<YYYYMMDD-HHMMSS>-<reason>-<CODE>.thidua`` (CODE: the audit head, as the
  status bar shows it), then keeps only the newest ``keep`` copies of that meeting.
  It NEVER raises for a missing, full or read-only drive: it returns a warning, the
  conference goes on. Call it after an action has committed (outside ``transaction``),
  e.g. right after a result is confirmed::

      from core.backup import backup_now
      result = backup_now(db, "ket-qua")   # result.warning is None when written

- The folder lives in the meeting file (setting ``backup_folder``); the UI's timer calls
  :func:`backup_now` every few minutes when the audit head has moved.
- :func:`restore_backup` copies a backup to a NEW file beside the meeting file (never
  over it), checks it opens, and returns it open.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.audit import short_code
from core.errors import MeetingFileError, ValidationError
from core.safety import get_setting, set_settings
from core.storage import SUFFIX, MeetingFile, _check_looks_like_sqlite, remove_meeting_file
from core.text import fold

FOLDER_KEY = "backup_folder"
KEEP_KEY = "backup_keep"
DEFAULT_KEEP = 20
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]*)-(?P<code>[0-9A-F]{8})\.thidua$"
)

# The last result per open file, so that the UI can show what code elsewhere triggered.
_last: weakref.WeakKeyDictionary[MeetingFile, BackupResult] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class BackupResult:
    at: datetime
    reason: str
    path: Path | None  # the copy written, or None
    warning: str | None  # Vietnamese, for the status bar; None when the copy was written
    head: str  # the audit head the copy holds (or would have held)

    @property
    def ok(self) -> bool:
        return self.warning is None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime
    reason: str
    code: str
    size: int


def backup_folder(db: MeetingFile) -> Path | None:
    value = get_setting(db, FOLDER_KEY)
    return Path(value) if value else None


def keep_count(db: MeetingFile) -> int:
    value = get_setting(db, KEEP_KEY)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_KEEP


def set_backup_folder(db: MeetingFile, folder: str | Path | None, keep: int | None = None) -> None:
    """Choose (or with None, stop using) the backup folder, and how many copies to keep:
    checked first, then one action in the audit log."""
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError(f'Trường "Thư mục sao lưu": không có thư mục {folder}.')
        if folder.resolve() == db.path.resolve().parent:
            raise ValidationError(
                'Trường "Thư mục sao lưu": hãy chọn một ổ khác (ví dụ USB), không phải thư mục của tệp hội nghị.'
            )
    if keep is not None and keep < 1:
        raise ValidationError('Trường "Số bản giữ lại": phải từ 1 trở lên.')
    values = {FOLDER_KEY: str(folder) if folder else None}
    details: dict[str, object] = {"folder": values[FOLDER_KEY]}
    if keep is not None and keep != keep_count(db):
        values[KEEP_KEY] = str(keep)
        details["keep"] = keep
    set_settings(db, values, "backup.folder", details)


def last_backup(db: MeetingFile) -> BackupResult | None:
    return _last.get(db)


def _slug(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", fold(reason).lower()).strip("-")
    return text[:30].strip("-") or "sao-luu"


def backup_name(db: MeetingFile, at: datetime, reason: str, counter: int = 0) -> str:
    number = f"-{counter}" if counter else ""
    code = short_code(db.audit_head())
    return f"{db.path.stem}-{at:%Y%m%d-%H%M%S}{number}-{_slug(reason)}-{code}{SUFFIX}"


def backup_now(db: MeetingFile, reason: str, folder: str | Path | None = None) -> BackupResult:
    """Copy the open meeting file into the backup folder; a warning instead of an error."""
    if getattr(db, "_in_transaction", False):
        raise RuntimeError("backup_now inside a transaction: call it after the action commits")
    at = datetime.now().replace(microsecond=0)
    head = db.audit_head()
    target_folder = Path(folder) if folder is not None else backup_folder(db)

    def done(path: Path | None, warning: str | None) -> BackupResult:
        result = BackupResult(at, reason, path, warning, head)
        _last[db] = result
        return result

    if target_folder is None:
        return done(None, "Chưa chọn thư mục sao lưu (Cài đặt > Thư mục sao lưu…).")
    if not target_folder.is_dir():
        return done(
            None, f"Không thấy thư mục sao lưu {target_folder} (ổ USB đã rút ra?). Chưa sao lưu được."
        )
    counter = 0
    while (path := target_folder / backup_name(db, at, reason, counter)).exists():
        counter += 1
    partial = path.with_name(path.name + ".partial")
    try:
        _copy(db.conn, partial)
        os.replace(partial, path)
    except (sqlite3.Error, OSError) as error:
        remove_meeting_file(partial)
        return done(None, _backup_warning(target_folder, error))
    _rotate(target_folder, db.path.stem, keep_count(db))
    return done(path, None)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy in one self-contained file (rollback journal, not WAL)."""
    remove_meeting_file(target)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    # Make sure the bytes reach the stick before the name says the copy is complete.
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _backup_warning(folder: Path, error: BaseException) -> str:
    text = str(error).lower()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC or "full" in text:
        return f"Ổ sao lưu {folder} đã đầy: chưa sao lưu được. Hãy giải phóng chỗ hoặc đổi ổ USB khác."
    if (isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EROFS, errno.EPERM)) or (
        "readonly" in text or "read-only" in text or "unable to open" in text
    ):
        return (
            f"Không ghi được vào thư mục sao lưu {folder} (chỉ đọc hoặc không có quyền). Chưa sao lưu được."
        )
    return f"Chưa sao lưu được vào {folder}: {error}"


def list_backups(folder: str | Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups ThiDua wrote in ``folder`` (of one meeting when ``stem`` is given), newest first."""
    folder = Path(folder)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        when = datetime.strptime(match["when"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, when, match["reason"], match["code"], size))
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def _rotate(folder: Path, stem: str, keep: int) -> None:
    for old in list_backups(folder, stem)[keep:]:
        remove_meeting_file(old.path)  # a stick that refuses a delete keeps an extra copy: harmless


def restore_backup(backup: str | Path, beside: str | Path) -> MeetingFile:
    """Copy ``backup`` to a new file next to ``beside`` and open it; nothing is overwritten."""
    backup, beside = Path(backup), Path(beside)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = beside.with_name(f"{beside.stem}-khoi-phuc-{stamp}{SUFFIX}")
    counter = 1
    while target.exists():
        counter += 1
        target = beside.with_name(f"{beside.stem}-khoi-phuc-{stamp}-{counter}{SUFFIX}")
    _check_looks_like_sqlite(backup)
    try:
        # Read-only: restoring never changes the backup (no migration, no journal beside it).
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(source, target)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        remove_meeting_file(target)
        if isinstance(error, sqlite3.DatabaseError) and "not a database" in str(error).lower():
            raise MeetingFileError(f"Bản sao lưu {backup.name} bị hỏng, không khôi phục được.") from error
        raise MeetingFileError(
            f"Không khôi phục được {backup.name}: {_backup_warning(target.parent, error)}"
        ) from error
    try:
        return MeetingFile.open(target)  # checks integrity and the kind of file, migrates if old
    except MeetingFileError:
        remove_meeting_file(target)
        raise
