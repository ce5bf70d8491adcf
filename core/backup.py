"""Automatic backups, and restoring from them.

- :func:`backup_now` writes a consistent, self-contained copy with SQLite's backup API into
  the backup folder, named ``<meeting>-<NNNN>-<YYYYMMDD-HHMMSS>-<reason>-<CODE>.thidua``:
  NNNN numbers the copies of one meeting in that folder (the order, whatever the clock says),
  CODE is the start of the audit code. It keeps the newest ``keep`` copies by number, never
  deletes the one it just wrote, and sweeps ``.partial`` copies a killed program left. It
  NEVER raises for a missing, full, busy or read-only drive: it returns a warning, the
  conference goes on. Call it after an action has committed (outside ``transaction``)::

      from core.backup import backup_now
      result = backup_now(db, "ket-qua")   # result.warning is None when written

- There is always a folder: the one chosen (setting ``backup_folder``, best on a USB stick),
  else ``sao-luu`` in the user's data folder, on the laptop's own disk.
  :attr:`BackupResult.other_drive` says whether the copy is safe from the laptop's disk.
- A meeting's backups are recognised by the meeting's identity (the hash of its first audit
  event), not by file name: a renamed or restored copy still finds its backups.
- :func:`restore_backup` copies a backup to a NEW file beside the meeting file (never over
  it), logs it in both files, and asks for the PIN when the copy predates a confirmed result.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.audit import CONFIRM_ACTIONS, short_code
from core.errors import MeetingFileError, ValidationError
from core.journal import memory_connection, snapshot
from core.owner import owner_path
from core.paths import user_data_dir
from core.safety import get_setting, require_pin, set_settings
from core.said import Said
from core.storage import (
    SUFFIX,
    MeetingFile,
    check_looks_like_sqlite,
    remove_meeting_file,
    sqlite_uri,
    write_copy,
)
from core.text import fold

FOLDER_KEY = "backup_folder"
KEEP_KEY = "backup_keep"
VOLUME_KEY = "backup_volume"  # the USB stick's label when the folder was chosen (see core/volumes.py)
DEFAULT_KEEP = 20
DEFAULT_FOLDER_NAME = "sao-luu"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_S = 10 * 60  # another meeting's copy in progress is younger than this
REPLACE_ATTEMPTS = 6  # an antivirus or the indexer may hold a just-closed file for a moment

_NAME = re.compile(
    r"^(?P<stem>.+?)-(?:(?P<number>\d{4,})-)?(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]*)"
    r"-(?P<code>[0-9A-F]{8})\.thidua$",
    re.IGNORECASE,
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
    other_drive: bool = False  # the copy is on another drive than the meeting file

    @property
    def ok(self) -> bool:
        return self.warning is None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    number: int  # the copy's place in this folder's order (0: named before numbering)
    at: datetime
    reason: str
    code: str
    size: int

    @property
    def reason_words(self) -> str:
        return reason_words(self.reason)


def default_folder() -> Path:
    return user_data_dir() / DEFAULT_FOLDER_NAME


def chosen_folder(db: MeetingFile) -> Path | None:
    """The folder the organizers chose (None: the default on the laptop's disk)."""
    value = get_setting(db, FOLDER_KEY)
    return Path(value) if value else None


def backup_folder(db: MeetingFile) -> Path:
    return chosen_folder(db) or default_folder()


def keep_count(db: MeetingFile) -> int:
    value = get_setting(db, KEEP_KEY)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_KEEP


def on_other_drive(folder: Path, meeting: Path) -> bool:
    """True when ``folder`` is on another drive than the meeting file (a stick, another disk)."""
    try:
        return os.stat(folder).st_dev != os.stat(meeting.resolve().parent).st_dev
    except OSError:
        return False


def set_backup_folder(
    db: MeetingFile, folder: str | Path | None, keep: int | None = None, volume: str | None = None
) -> None:
    """Choose (or with None, go back to the default) the backup folder, and how many copies to
    keep; ``volume`` is the label of the drive it is on. Checked first, then one audited action."""
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError(Said('Trường "Thư mục sao lưu": không có thư mục {0}.', folder))
        if folder.resolve() == db.path.resolve().parent:
            raise ValidationError(
                Said(
                    'Trường "Thư mục sao lưu": hãy chọn một ổ khác (ví dụ USB), không phải thư mục của '
                    "tệp hội nghị."
                )
            )
    if keep is not None and keep < 1:
        raise ValidationError(Said('Trường "Số bản giữ lại": phải từ 1 trở lên.'))
    values: dict[str, str | None] = {FOLDER_KEY: str(folder) if folder else None, VOLUME_KEY: volume or None}
    details: dict[str, object] = {"folder": values[FOLDER_KEY], "volume": volume}
    if keep is not None and keep != keep_count(db):
        values[KEEP_KEY] = str(keep)
        details["keep"] = keep
    set_settings(db, values, "backup.folder", details)


def last_backup(db: MeetingFile) -> BackupResult | None:
    return _last.get(db)


# -- names and reasons -----------------------------------------------------------------

REASON_WORDS = {
    "dinh-ky": "tự động, vài phút một lần khi có thay đổi",
    "thu-cong": "Sao lưu ngay (bấm tay)",
    "thu-muc-moi": "khi chọn thư mục sao lưu",
    "dong-tep": "khi đóng tệp",
    "truoc-khoi-phuc": "trước khi khôi phục một bản khác",
}
_REASON_PATTERNS = (
    (re.compile(r"^ket-qua-vong-(\d+)$"), "sau khi xác nhận kết quả suy tôn vòng {0}"),
    (re.compile(r"^bau-cum-truong-vong-(\d+)$"), "sau khi xác nhận kết quả bầu cụm trưởng, cụm phó vòng {0}"),
)


def reason_words(slug: str) -> str:
    """A backup's reason as people read it (the file name keeps a short slug)."""
    if slug in REASON_WORDS:
        return REASON_WORDS[slug]
    for pattern, words in _REASON_PATTERNS:
        match = pattern.match(slug)
        if match:
            return words.format(*match.groups())
    return slug.replace("-", " ")


def _slug(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", fold(reason).lower()).strip("-")
    return text[:30].strip("-") or "sao-luu"


def backup_name(db: MeetingFile, number: int, at: datetime, reason: str) -> str:
    code = short_code(db.audit_head())
    return f"{db.path.stem}-{number:04d}-{at:%Y%m%d-%H%M%S}-{_slug(reason)}-{code}{SUFFIX}"


def meeting_identity(conn: sqlite3.Connection) -> str | None:
    """What every copy of one meeting shares: the hash of its first audit event."""
    try:
        row = conn.execute("SELECT hash FROM event WHERE seq = 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def file_identity(path: Path) -> str | None:
    """The identity of a closed meeting file (a backup): read in place, never written."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, immutable="1"), uri=True)
    except sqlite3.Error:
        return None
    try:
        return meeting_identity(conn)
    finally:
        conn.close()


# -- writing ---------------------------------------------------------------------------


def clock_warning(db: MeetingFile, now: datetime | None = None) -> str | None:
    """A warning when the laptop's clock is earlier than the file's last action (an old laptop's
    clock reset to 2000): the times written from now on, and the order of backups, would be wrong."""
    last = db.last_event_time()
    now = now or datetime.now()
    if last is None or now >= last:
        return None
    return Said(
        "Đồng hồ của máy đang chỉ {0:%H:%M ngày %d/%m/%Y}, sớm hơn thao tác cuối cùng trong "
        "tệp ({1:%H:%M ngày %d/%m/%Y}). Hãy chỉnh ngày giờ của máy (Windows: Cài đặt › Thời "
        "gian và ngôn ngữ) trước khi làm tiếp.",
        now,
        last,
    )


def backup_now(db: MeetingFile, reason: str, folder: str | Path | None = None) -> BackupResult:
    """Copy the open meeting file into the backup folder; a warning instead of an error."""
    if getattr(db, "_in_transaction", False):
        raise RuntimeError("backup_now inside a transaction: call it after the action commits")
    at = datetime.now().replace(microsecond=0)
    head = db.audit_head()
    target_folder = Path(folder) if folder is not None else backup_folder(db)

    def done(path: Path | None, warning: str | None) -> BackupResult:
        result = BackupResult(at, reason, path, warning, head, on_other_drive(target_folder, db.path))
        _last[db] = result
        return result

    if chosen_folder(db) is None and folder is None:
        try:
            target_folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return done(None, _backup_warning(target_folder, error))
    if not target_folder.is_dir():
        return done(
            None, Said("Không thấy thư mục sao lưu {0} (ổ USB đã rút ra?). Chưa sao lưu được.", target_folder)
        )
    identity = meeting_identity(db.conn)
    _sweep_partials(target_folder, db.path.stem)
    existing = list_backups(target_folder, identity)
    number = max((b.number for b in existing), default=0) + 1
    path = target_folder / backup_name(db, number, at, reason)
    while path.exists():  # a copy of another meeting with the same name: never overwrite
        number += 1
        path = target_folder / backup_name(db, number, at, reason)
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        remove_meeting_file(partial)
        write_copy(db.conn, partial)
        _replace(partial, path)
    except (sqlite3.Error, OSError) as error:
        remove_meeting_file(partial)
        return done(None, _backup_warning(target_folder, error))
    _rotate(target_folder, identity, keep_count(db), path)
    return done(path, None)


def _replace(source: Path, target: Path, attempts: int = REPLACE_ATTEMPTS) -> None:
    """os.replace, tried again for a moment when Windows says the file is in use (WinError 5
    or 32: an antivirus or the search indexer looking at the file just written)."""
    delay = 0.1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(delay)
            delay *= 2


def _sweep_partials(folder: Path, stem: str) -> None:
    """Remove half-written copies a killed program left: this meeting's always (one writer), any
    other ThiDua copy once it is old enough not to be another meeting's copy in progress."""
    try:
        entries = list(folder.glob(f"*{SUFFIX}{PARTIAL_SUFFIX}"))
    except OSError:
        return
    now = time.time()
    for partial in entries:
        name = partial.name[: -len(PARTIAL_SUFFIX)]
        match = _NAME.match(name)
        if not match:
            continue
        try:
            old = now - partial.stat().st_mtime > STALE_PARTIAL_S
        except OSError:
            continue
        if match["stem"].casefold() == stem.casefold() or old:
            remove_meeting_file(partial)


def _backup_warning(folder: Path, error: BaseException) -> str:
    text = str(error).lower()
    winerror = getattr(error, "winerror", None)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC or "full" in text:
        return Said(
            "Ổ sao lưu {0} đã đầy: chưa sao lưu được. Hãy giải phóng chỗ hoặc đổi ổ USB khác.", folder
        )
    if winerror in (32, 33) or (isinstance(error, PermissionError) and winerror == 5 and folder.is_dir()):
        return Said(
            "Chưa sao lưu được vào {0}: tệp đang bị một chương trình khác giữ (thường là phần mềm "
            "diệt virus hoặc Windows Search đang quét). ThiDua sẽ thử lại ở lần sao lưu sau.",
            folder,
        )
    if (isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EROFS, errno.EPERM)) or (
        "readonly" in text or "read-only" in text
    ):
        return Said(
            "Không ghi được vào thư mục sao lưu {0} (chỉ đọc hoặc không có quyền). Chưa sao lưu được.", folder
        )
    if "unable to open" in text:
        return Said("Không tạo được tệp trong thư mục sao lưu {0}. Chưa sao lưu được.", folder)
    return Said("Chưa sao lưu được vào {0}: {1}", folder, error)


def list_backups(folder: str | Path, identity: str | None = None) -> list[BackupInfo]:
    """The backups ThiDua wrote in ``folder`` (of one meeting when ``identity`` is given),
    newest first: by number, then by name."""
    folder = Path(folder)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        if identity is not None and file_identity(path) != identity:
            continue
        try:
            size = path.stat().st_size
            when = datetime.strptime(match["when"], "%Y%m%d-%H%M%S")
        except (OSError, ValueError):
            continue
        number = int(match["number"] or 0)
        found.append(BackupInfo(path, number, when, match["reason"], match["code"].upper(), size))
    return sorted(found, key=lambda b: (b.number, b.at, b.path.name), reverse=True)


def _rotate(folder: Path, identity: str | None, keep: int, newest: Path) -> None:
    """Keep the newest ``keep`` backups of this file. A copy of the meeting ("Lưu bản sao", a
    rehearsal, a second laptop) shares its identity but not its name: its backups never count
    against this file's, nor this file's against the copy's (the names say whose they are)."""
    stem = _NAME.match(newest.name)
    own = [b for b in list_backups(folder, identity) if _same_stem(b.path, stem["stem"] if stem else "")]
    for old in own[keep:]:
        if old.path == newest or owner_path(old.path).exists():
            continue  # a copy someone opened to work on (its lock note is beside it) is theirs now
        remove_meeting_file(old.path)  # a stick that refuses a delete keeps an extra copy: harmless


def _same_stem(path: Path, stem: str) -> bool:
    match = _NAME.match(path.name)
    return match is not None and match["stem"].casefold() == stem.casefold()  # Windows names ignore case


# -- restoring ------------------------------------------------------------------------


def _confirmations(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT seq, hash FROM event WHERE action IN (?, ?) ORDER BY seq", CONFIRM_ACTIONS
    ).fetchall()


def undone_confirmations(db: MeetingFile, backup: Path) -> int:
    """How many confirmed results of the open file the backup does not hold."""
    source = memory_connection(snapshot(backup).data)
    try:
        return _undone(db, source)
    finally:
        source.close()


def _undone(db: MeetingFile, source: sqlite3.Connection) -> int:
    held = {h for _s, h in _confirmations(source)}
    return sum(1 for _s, h in _confirmations(db.conn) if h not in held)


def _pin_of(source: sqlite3.Connection) -> str | None:
    try:
        row = source.execute("SELECT value FROM setting WHERE key = 'pin'").fetchone()
    except sqlite3.OperationalError:  # a file older than version 6 has no settings
        return None
    return row[0] if row else None


def _require_pin_to_restore(db: MeetingFile, source: sqlite3.Connection, pin: str | None) -> int:
    """The PIN guards a restore that would undo a confirmed result, or that would bring back a
    file without the PIN or with another one (then a result could be reopened without it).
    Returns the number of confirmed results the copy does not hold."""
    undone = _undone(db, source)
    if undone:
        require_pin(db, pin, Said("khôi phục một bản sao lưu có trước {0} kết quả đã xác nhận", undone))
    elif get_setting(db, "pin") not in (None, _pin_of(source)):
        require_pin(db, pin, Said("khôi phục một bản sao lưu chưa có mã PIN này"))
    return undone


def restore_backup(backup: str | Path, db: MeetingFile, pin: str | None = None) -> MeetingFile:
    """Copy ``backup`` to a new file next to the open meeting file and open it; nothing is
    overwritten. A copy older than a confirmed result, or without the file's PIN, needs the PIN
    (``PinRequired``). The restore is logged in the open file and in the new one."""
    backup = Path(backup)
    check_looks_like_sqlite(backup)
    try:
        # Read into memory: restoring never changes the backup (no migration, no journal beside it).
        source = memory_connection(snapshot(backup).data)
    except sqlite3.Error as error:
        raise MeetingFileError(Said("Bản sao lưu {0} bị hỏng, không khôi phục được.", backup.name)) from error
    try:
        try:
            undone = _require_pin_to_restore(db, source, pin)
        except sqlite3.Error as error:
            raise MeetingFileError(
                Said("Bản sao lưu {0} bị hỏng, không khôi phục được.", backup.name)
            ) from error
        target = _restore_target(db)
        try:
            write_copy(source, target)
        except (sqlite3.Error, OSError) as error:
            remove_meeting_file(target)
            if isinstance(error, sqlite3.DatabaseError) and "not a database" in str(error).lower():
                raise MeetingFileError(
                    Said("Bản sao lưu {0} bị hỏng, không khôi phục được.", backup.name)
                ) from error
            raise MeetingFileError(
                Said("Không khôi phục được {0}: {1}", backup.name, _backup_warning(target.parent, error))
            ) from error
    finally:
        source.close()
    try:
        restored = MeetingFile.open(target)  # checks integrity and the kind of file, migrates if old
    except MeetingFileError:
        remove_meeting_file(target)
        raise
    details = {"backup": backup.name, "undone_confirmations": undone}
    with restored.transaction("file.restore", details | {"replaces": db.path.name, "code": db.audit_head()}):
        pass
    with db.transaction("backup.restore", details | {"new_file": target.name}):
        pass
    return restored


def _restore_target(db: MeetingFile) -> Path:
    """A new name beside the open file: nothing is overwritten."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}-khoi-phuc-{stamp}{SUFFIX}")
    counter = 1
    while target.exists():
        counter += 1
        target = db.path.with_name(f"{db.path.stem}-khoi-phuc-{stamp}-{counter}{SUFFIX}")
    return target
