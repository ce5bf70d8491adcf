"""The meeting file: one SQLite database per conference (``*.thidua``).

- **One writer.** The program that opens a file for writing holds SQLite's exclusive lock on
  it until it closes it (``locking_mode = EXCLUSIVE``); a second opener, in this process or
  another, on this machine or another, is refused with :class:`FileInUseError`, which names
  the holder (core/owner.py), and may open the file read-only. The operating system releases
  the lock when the holder's process ends, however it ends.
- **The file alone is complete.** Rollback journal (``journal_mode = DELETE``) with
  ``synchronous = FULL``: when an action returns, every byte of it is in the ``.thidua``
  itself, so a plain copy of the file taken at any moment between actions, or after a crash,
  holds every acknowledged action. A journal found beside the file is judged before SQLite
  may apply it (core/journal.py); a foreign one is set aside and reported.
- **The program's schema only.** ``PRAGMA user_version`` is the schema version
  (core/schema.py); a file holding a trigger, view, table or index the program did not make
  is refused for writing (:class:`UntrustedFileError`). An older file is verified by its
  version's rules, backed up, then migrated in one transaction.
- **Audited.** One transaction per user action; each appends an event to the audit log,
  hashing the one before (SHA-256) and fingerprinting the rows it wrote (core/rowlog.py).
- **Read-only copies.** :meth:`MeetingFile.open_read_only` and :meth:`MeetingFile.from_snapshot`
  work on an image in memory: nothing is ever written to the file or beside it. A worker
  thread never uses the writer's connection: it gets an image (:meth:`MeetingFile.snapshot`)
  taken on the thread that owns the file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from core import held, journal, owner, rowlog, schema
from core.dates import readable_time
from core.errors import (
    FileInUseError,
    MeetingFileError,
    ReadOnlyLocationError,
    UntrustedFileError,
)
from core.said import Said
from core.schema import APPLICATION_ID, latest_version

__all__ = [
    "APPLICATION_ID",
    "GENESIS_HASH",
    "SUFFIX",
    "MeetingFile",
    "event_hash",
    "latest_version",
    "remove_meeting_file",
]

log = logging.getLogger(__name__)

SUFFIX = ".thidua"
SQLITE_HEADER = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64
BUSY_TIMEOUT_MS = 2000  # a reader copying the file (a backup, verify) holds it this long at most

Listener = Callable[[str], None]


def event_hash(prev_hash: str, seq: int, at: str, action: str, details: str, rows: str | None = None) -> str:
    """The chain link. ``rows`` (row fingerprints, since version 6) is hashed when present;
    events written before version 6 have none and keep their original hash."""
    fields: list[Any] = [seq, at, action, details]
    if rows is not None:
        fields.append(rows)
    record = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{record}".encode()).hexdigest()


class MeetingFile:
    """An open meeting file. Reads go through ``conn``; writes through ``transaction``.

    ``read_only``: an image in memory (another program holds the file, the media cannot be
    written, or the file is not trusted); ``read_only_reason`` says why, and every write is
    refused with that reason. ``notices``: what opening found and did, for the user (a
    foreign journal set aside, a file migrated).
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only_reason: str | None = None):
        self.path = path
        self.conn = conn
        self.read_only_reason = read_only_reason
        self.notices: list[str] = []
        self._in_transaction = False
        self._listeners: list[Listener] = []
        self._holds_lock = False
        self._held_key: held.Key | None = None  # core/held.py, while this process holds the file
        # Notes the rows each action writes, for the audit chain (None: a file older than v6).
        self._rows = (
            rowlog.RowTracker(conn) if read_only_reason is None and rowlog.has_rows_column(conn) else None
        )

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> MeetingFile:
        """Create a new, empty meeting file and hold it. Refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise MeetingFileError(Said("Tệp đã tồn tại, không ghi đè: {0}", path))
        if not path.parent.is_dir():
            raise MeetingFileError(Said("Không có thư mục: {0}", path.parent))
        check_name_fits(path)
        conn = _connect(path)
        try:
            _lock(conn, path)
            _configure(conn, path)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(conn, path, from_version=0)
            _record_creation(conn)
            _write_owner(path)
        except BaseException:
            conn.close()
            remove_meeting_file(path)
            raise
        db = cls(path, conn)
        db._hold()
        return db

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> MeetingFile:
        """Open an existing meeting file for writing and hold it, migrating it if it is older.

        Raises :class:`WriteRefusedError` (held elsewhere, read-only media, not trusted) when
        the file could still be opened read-only, :class:`MeetingFileError` when it cannot be
        opened at all. Nothing is written to a file that is refused."""
        path = target_of(path)
        if held.is_held(path):  # before anything reads it: a read here would unlock it (core/held.py)
            raise FileInUseError(in_use_message(path))
        check_looks_like_sqlite(path)
        _refuse_if_held(path)
        notices = _settle_journals(path)
        conn = _connect(path)
        wrote_owner = False
        try:
            _lock(conn, path)
            check_is_meeting_file(conn, path)
            _configure(conn, path)
            _check_writable(conn, path)
            _write_owner(path)
            wrote_owner = True
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_version(path, version)
            _check_schema(conn, path, version)
            _verify_before_writing(conn, path, version)
            if version < latest_version():
                try:
                    backup = _backup_before_migrating(conn, path, version)
                except sqlite3.Error as error:
                    raise MeetingFileError(write_error_message(path, error)) from error
                _migrate(conn, path, from_version=version)
                notices.append(
                    Said(
                        "Tệp được nâng cấp từ phiên bản dữ liệu {0} lên {1}; bản trước khi nâng cấp được giữ "
                        "ở {2}.",
                        version,
                        latest_version(),
                        backup.name,
                    )
                )
        except BaseException:
            if wrote_owner:
                owner.remove_owner(path)
            conn.close()
            raise
        db = cls(path, conn)
        db._hold()
        db.notices = notices
        return db

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str], reason: str | None = None) -> MeetingFile:
        """An image of the file in memory, read without writing anything anywhere; an older file
        is migrated in memory only. ``reason`` is what a refused write will say."""
        path = target_of(path)
        check_looks_like_sqlite(path)
        image = journal.snapshot(path)
        try:
            conn = journal.memory_connection(image.data)
        except sqlite3.Error as error:
            raise MeetingFileError(write_error_message(path, error)) from error
        notices = list(image.notes)
        try:
            check_is_meeting_file(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_version(path, version)
            foreign = schema.schema_problems(conn, version)
            if foreign:
                _drop_foreign_objects(conn, version)
                notices.append(
                    Said(
                        "Tệp có phần không thuộc cấu trúc của ThiDua (đã bỏ qua khi xem): {0}",
                        Said.joined(foreign),
                    )
                )
            if version < latest_version():
                _migrate(conn, path, from_version=version)
                notices.append(
                    Said(
                        "Tệp ở phiên bản dữ liệu {0}: đang xem một bản nâng cấp tạm trong bộ nhớ, tệp không "
                        "bị thay đổi.",
                        version,
                    )
                )
            conn.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            raise
        db = cls(path, conn, read_only_reason=reason or "Tệp đang mở chỉ để xem.")
        db.notices = notices
        return db

    @classmethod
    def from_snapshot(cls, data: bytes, path: Path) -> MeetingFile:
        """A read-only image taken by :meth:`snapshot`, opened in the thread that will use it
        (a print job's worker): the writer's connection never crosses threads."""
        conn = journal.memory_connection(data)
        conn.execute("PRAGMA query_only = ON")
        return cls(path, conn, read_only_reason="Bản chụp của tệp để in.")

    def snapshot(self) -> bytes:
        """The whole database as it is now (consistent: this connection is the only writer)."""
        if self._in_transaction:
            raise RuntimeError("snapshot inside a transaction: take it after the action commits")
        return self.conn.serialize()

    def _hold(self) -> None:
        self._holds_lock = True
        self._held_key = held.hold(self.path, self.conn.serialize)

    def close(self) -> None:
        if self._holds_lock:
            owner.remove_owner(self.path)  # while the lock is still held: never another's note
            self._holds_lock = False
        held.release(self._held_key)
        self._held_key = None
        self.conn.close()

    def __enter__(self) -> MeetingFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- listening -------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(action)`` after every action that committed (screens that follow the
        file, the status bar's code). A listener's error is logged, never undoes the action."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, action: str) -> None:
        for listener in list(self._listeners):
            try:
                listener(action)
            except Exception:
                log.exception("listener of %s failed after %s", self.path.name, action)

    # -- writing -------------------------------------------------------------

    @contextmanager
    def transaction(self, action: str, details: dict[str, Any] | None = None) -> Iterator[sqlite3.Connection]:
        """One user action: all its writes and its audit event commit together, or nothing.

        Checks that guard the writes belong inside (they then see the file as the writes will).
        ``details`` is read when the action commits, so a check inside may still fill it in."""
        if self.read_only_reason is not None:
            raise MeetingFileError(Said("{0} Không ghi được thay đổi nào vào tệp.", self.read_only_reason))
        if self._in_transaction:
            raise RuntimeError("nested transaction")
        self._in_transaction = True
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self._append_event(action, details or {})
                self.conn.execute("COMMIT")
            except BaseException:
                _rollback(self.conn)
                if self._rows is not None:
                    self._rows.forget()  # the rows it touched are as they were: the next event skips them
                raise
        except sqlite3.Error as error:
            raise MeetingFileError(write_error_message(self.path, error)) from error
        finally:
            self._in_transaction = False
        self._notify(action)

    def _append_event(self, action: str, details: dict[str, Any]) -> None:
        rows = self._rows.collect() if self._rows is not None else None
        append_event(self.conn, action, details, rows)

    # -- reading -------------------------------------------------------------

    def audit_head(self) -> str:
        """The hash of the newest audit event: a fingerprint of the whole history."""
        row = self.conn.execute("SELECT hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else GENESIS_HASH

    def last_event_time(self) -> datetime | None:
        """When the newest event was written (by the laptop's clock then)."""
        row = self.conn.execute("SELECT at FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        try:
            return datetime.fromisoformat(row[0]) if row else None
        except (TypeError, ValueError):
            return None

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent, self-contained copy of the file (SQLite's backup API), e.g. to a USB stick."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise MeetingFileError(Said("Bản sao phải có tên khác tệp đang mở."))
        if target.exists():
            raise MeetingFileError(Said("Tệp {0} đã có: hãy chọn tên khác, ThiDua không ghi đè.", target))
        try:
            write_copy(self.conn, target)
        except (sqlite3.Error, OSError) as error:
            remove_meeting_file(target)
            if isinstance(error, OSError):
                raise MeetingFileError(Said("Không ghi được {0}: {1}", target, error.strerror)) from error
            raise MeetingFileError(write_error_message(target, error)) from error


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just made (sqlite3 types lastrowid as optional)."""
    if cursor.lastrowid is None:
        raise sqlite3.InterfaceError("no row was inserted")
    return cursor.lastrowid


def append_event(
    conn: sqlite3.Connection, action: str, details: dict[str, Any], rows: dict[str, Any] | None
) -> None:
    row = conn.execute("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    at = datetime.now().isoformat(timespec="seconds")
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    if rows is None:
        conn.execute(
            "INSERT INTO event (seq, at, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (seq, at, action, text, prev_hash, event_hash(prev_hash, seq, at, action, text)),
        )
        return
    encoded = rowlog.encode_record(rows)
    conn.execute(
        "INSERT INTO event (seq, at, action, details, prev_hash, hash, rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, text, prev_hash, event_hash(prev_hash, seq, at, action, text, encoded), encoded),
    )


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy in one self-contained file (rollback journal), its bytes on the disk
    before this returns. ``target`` must not exist (a half-written one is the caller's to remove)."""
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_meeting_file(source: Path, target: Path) -> None:
    """A consistent copy of a meeting file on disk (e.g. from a network share to the laptop),
    read without writing beside the source; ``target`` must not exist."""
    if target.exists():
        raise MeetingFileError(Said("Tệp {0} đã có: ThiDua không ghi đè.", target))
    check_looks_like_sqlite(source)
    image = journal.memory_connection(journal.snapshot(source).data)
    try:
        write_copy(image, target)
    except (sqlite3.Error, OSError) as error:
        remove_meeting_file(target)
        raise MeetingFileError(Said("Không chép được tệp vào {0}: {1}", target, error)) from error
    finally:
        image.close()


# -- opening, step by step ------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit mode: transactions are opened explicitly, one per user action. The
        # connection stays in the thread that opened it (sqlite3's check_same_thread).
        return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise MeetingFileError(write_error_message(path, error)) from error


NAME_MAX = 255  # bytes in a file name (Linux, macOS); Windows allows 255 characters
_SIDECAR_ROOM = 20  # "-journal", "-lock" and its ".PID.tmp" are written beside the file


def check_name_fits(path: Path) -> None:
    """A name must leave room for the journal and the lock note written beside it."""
    if len(os.fsencode(path.name)) + _SIDECAR_ROOM > NAME_MAX:
        raise MeetingFileError(
            Said(
                "Tên tệp {0}… quá dài ({1} ký tự): ThiDua cần ghi tệp nhật ký bên cạnh nó. Hãy đổi tên tệp "
                "ngắn hơn (dưới 200 ký tự) rồi mở lại.",
                path.name[:40],
                len(path.name),
            )
        )


MAX_MEETING_BYTES = 512_000_000  # a day with 5,000 people and 10,000 ballots is about 10 MB


def check_looks_like_sqlite(path: Path) -> None:
    if not path.exists():
        raise MeetingFileError(Said("Không tìm thấy tệp hội nghị: {0}", path))
    if path.is_dir():
        raise MeetingFileError(Said("Đây là một thư mục, không phải tệp hội nghị: {0}", path))
    if held.is_held(path):
        return  # held by this process: a meeting file, and never read here (core/held.py)
    check_name_fits(path)
    size = path.stat().st_size
    if size > MAX_MEETING_BYTES:  # read whole into memory by snapshots and verify
        raise MeetingFileError(
            Said(
                "Tệp {0} lớn {1} MB: không phải một tệp hội nghị (tệp của một hội nghị lớn chỉ vài chục "
                "MB). ThiDua không mở tệp này.",
                path.name,
                size // 1_000_000,
            )
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise MeetingFileError(Said("Không đọc được tệp {0}: {1}", path, error.strerror)) from error
    if header != SQLITE_HEADER:
        raise MeetingFileError(Said("Tệp {0} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng.", path.name))


def in_use_message(path: Path) -> str:
    holder = owner.read_owner(path)
    who = holder.describe() if holder else "một chương trình khác (không rõ máy nào)"
    return Said(
        "Tệp {0} đang được mở để ghi bởi {1}. Mỗi lúc chỉ một nơi được ghi vào tệp hội nghị: "
        "hãy làm việc ở đó, hoặc đóng tệp ở đó rồi mở lại ở đây. Có thể mở tệp chỉ để xem.",
        path.name,
        who,
    )


def _refuse_if_held(path: Path) -> None:
    """Ask, without letting SQLite apply any journal, whether another program holds the file."""
    try:
        probe = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=0.2)
    except sqlite3.Error:
        return  # cannot even probe (a folder we cannot read): the real open will say why
    try:
        probe.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise FileInUseError(in_use_message(path)) from error
    except sqlite3.Error:
        pass  # a hot journal (SQLITE_READONLY_ROLLBACK) or damage: judged next
    finally:
        probe.close()


def target_of(path: str | os.PathLike[str]) -> Path:
    """The file a meeting file's name leads to. SQLite keeps its journal beside the target of a
    symbolic link, so the journals are judged and the lock note written there. Only a link named
    itself is followed: a linked folder leads to the same place either way, and resolving a whole
    Windows path could turn a mapped drive into a network path SQLite cannot open."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _settle_journals(path: Path) -> list[str]:
    """Let SQLite apply only the journals that belong to the file; set the others aside."""
    judgement = journal.judge(path)
    if judgement.belongs:
        if judgement.undone is None:
            return []
        action, at = judgement.undone
        log.warning("a journal beside %s undid the last action %s (%s)", path, action, at)
        return [
            Said(
                "Bên cạnh tệp có nhật ký của một thao tác chưa ghi xong (máy tắt hoặc chương trình dừng "
                "đột ngột?): thao tác cuối cùng trong tệp, {0} lúc {1}, đã được hủy. Hãy kiểm tra và làm "
                "lại thao tác đó nếu cần.",
                action,
                readable_time(at),
            )
        ]
    try:
        moved = journal.set_aside(judgement.sidecars)
    except OSError as error:
        raise ReadOnlyLocationError(
            Said(
                "{0} ThiDua không đổi tên được tệp đó ({1}), nên chỉ mở được tệp để xem.",
                journal.foreign_note(judgement.sidecars),
                error.strerror,
            )
        ) from error
    log.warning("foreign journal beside %s set aside: %s", path, moved)
    return [journal.foreign_note(judgement.sidecars, moved)]


def _lock(conn: sqlite3.Connection, path: Path) -> None:
    """Take the exclusive lock and keep it until the connection closes."""
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        _rollback(conn)
        if getattr(error, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise FileInUseError(in_use_message(path)) from error
        raise MeetingFileError(write_error_message(path, error)) from error
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(write_error_message(path, error)) from error


def check_is_meeting_file(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(
            Said("Tệp {0} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng.", path.name)
        ) from error
    if app_id != APPLICATION_ID:
        raise MeetingFileError(
            Said("Tệp {0} là cơ sở dữ liệu SQLite nhưng không phải tệp hội nghị ThiDua.", path.name)
        )


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")  # converts a file older ThiDua kept in WAL mode
        conn.execute("PRAGMA synchronous = FULL")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(write_error_message(path, error)) from error
    if result != "ok":
        raise MeetingFileError(
            Said("Tệp hội nghị {0} bị hỏng ({1}). Hãy mở một bản sao lưu.", path.name, result)
        )


def _check_writable(conn: sqlite3.Connection, path: Path) -> None:
    """A write that is rolled back: read-only media or permissions show here, before anything."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        _rollback(conn)
        raise ReadOnlyLocationError(_read_only_message(path)) from error
    if not os.access(path, os.W_OK):
        raise ReadOnlyLocationError(_read_only_message(path))


def _write_owner(path: Path) -> None:
    try:
        owner.write_owner(path)
    except OSError as error:
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):  # full, not read-only
            raise MeetingFileError(
                Said("Ổ đĩa đã đầy, không ghi được vào {0}. Hãy giải phóng dung lượng rồi thử lại.", path)
            ) from error
        raise ReadOnlyLocationError(_read_only_message(path)) from error


def _check_version(path: Path, version: int) -> None:
    if version > latest_version():
        raise MeetingFileError(
            Said(
                "Tệp {0} được tạo bởi phiên bản ThiDua mới hơn (dữ liệu phiên bản {1}, chương trình "
                "này đọc đến phiên bản {2}). Hãy cập nhật ThiDua để mở tệp này.",
                path.name,
                version,
                latest_version(),
            )
        )


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    problems = schema.schema_problems(conn, version)
    if problems:
        raise UntrustedFileError(
            Said(
                "Tệp {0} đã bị sửa bằng một chương trình khác: {1} ThiDua không làm việc trên một tệp như "
                "vậy (một trigger lạ có thể đổi phiếu bầu hay kết quả khi ghi). Có thể mở tệp chỉ để xem, "
                "hoặc mở một bản sao lưu.",
                path.name,
                Said.joined(problems),
            ),
            problems,
        )


def _verify_before_writing(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """A file edited behind the program's back is not written to: the next action would
    fingerprint the edited rows as its own (an edited PIN row would even let a result be reopened
    without it), and a migration fingerprints every row anew. It verifies first, by its own
    version's rules (about 90 ms for 5,000 people and 1,000 events: bench/bench_audit.py)."""
    from core.audit import verify_connection  # audit builds on this module

    report = verify_connection(conn, path.name)
    if report.ok:
        return
    if version == latest_version():
        raise UntrustedFileError(
            Said(
                "Tệp {0} đã bị sửa ngoài chương trình: {1} ThiDua không ghi vào một tệp như vậy (thao "
                "tác tiếp theo sẽ ghi nhận các chỗ bị sửa như hợp lệ). Có thể mở tệp chỉ để xem, hoặc mở "
                "một bản sao lưu.",
                path.name,
                Said.joined(report.problems[:5]),
            ),
            report.problems,
        )
    if not report.ok:
        raise UntrustedFileError(
            Said(
                "Tệp {0} (phiên bản dữ liệu {1}) không nguyên vẹn, nên ThiDua không nâng cấp nó: việc "
                "nâng cấp sẽ ghi nhận các chỗ bị sửa như hợp lệ. {2} Có thể mở tệp chỉ để xem, hoặc mở một "
                "bản sao lưu.",
                path.name,
                version,
                Said.joined(report.problems[:5]),
            ),
            report.problems,
        )


def _backup_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    backup_path = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while backup_path.exists():
        counter += 1
        backup_path = path.with_name(f"{path.name}.v{version}.{counter}.bak")
    try:
        write_copy(conn, backup_path)
    except BaseException:
        remove_meeting_file(backup_path)
        raise
    return backup_path


def _migrate(conn: sqlite3.Connection, path: Path, from_version: int) -> None:
    """Run every migration after ``from_version`` in one transaction."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        for version in sorted(v for v in schema.MIGRATIONS if v > from_version):
            for statement in schema.statements(schema.MIGRATIONS[version]):
                conn.execute(statement)
            step = schema.DATA_STEPS.get(version)
            if step is not None:
                step(conn)
        if rowlog.has_rows_column(conn):
            # A migration may rewrite rows (a new column): fingerprint them all again.
            record = rowlog.snapshot_record(conn)
            if from_version > 0 or any(record["snapshot"].values()):
                details = {"from": from_version, "to": latest_version()}
                append_event(conn, "file.migrate", details, record)
        conn.execute(f"PRAGMA user_version = {latest_version()}")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise MeetingFileError(
            Said(
                "Không nâng cấp được tệp {0} lên phiên bản dữ liệu {1}: {2}",
                path.name,
                latest_version(),
                _known_write_error(path, error) or error,
            )
        ) from error
    except BaseException:
        _rollback(conn)  # a data step (schema.DATA_STEPS) that failed: the file stays as it was
        raise


def _record_creation(conn: sqlite3.Connection) -> None:
    """The first event of a new file carries a random id: every copy of this meeting (backups,
    restored copies) shares it, and no other meeting does, even one created the same second."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows: dict[str, Any] | None = {"changes": {}} if rowlog.has_rows_column(conn) else None
        details = {
            "file_id": secrets.token_hex(16),
            "version": latest_version(),
        }  # audit: the version reached
        append_event(conn, "file.create", details, rows)
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _drop_foreign_objects(conn: sqlite3.Connection, version: int) -> None:
    """In a read-only image: remove the triggers and views the program did not make, so that
    nothing foreign runs while people look at the file."""
    expected = schema.expected_schema(version)
    for (kind, name), _obj in schema.schema_of(conn).items():
        if (kind, name) not in expected and kind in ("trigger", "view"):
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if any: a failed BEGIN opened none, and some I/O errors
    roll back by themselves; a second error here would hide the first."""
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# -- paths and messages -----------------------------------------------------------------


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI SQLite accepts for ``path``, also for C:\\… and \\\\server\\share\\… on Windows
    (``Path.as_uri`` gives ``file://server/…`` for a share, which SQLite refuses)."""
    from urllib.parse import quote, urlencode

    text = os.path.abspath(path).replace("\\", "/")
    # "/home/x" -> file:///home/x; "//server/share/x" -> file:////server/share/x (the host stays in
    # the path: SQLite refuses any authority but localhost); "C:/x" -> file:///C:/x
    prefix = "file://" if text.startswith("/") else "file:///"
    query = f"?{urlencode(params)}" if params else ""
    return prefix + quote(text, safe="/:") + query


def _read_only_message(path: Path) -> str:
    return Said(
        "Không ghi được vào {0}: tệp hoặc thư mục chỉ đọc (ví dụ đĩa CD, thẻ nhớ khóa ghi, "
        "thư mục không có quyền ghi). Có thể mở tệp chỉ để xem; muốn làm việc, hãy chép tệp "
        "sang một thư mục ghi được (ví dụ Tài liệu) rồi mở bản đó.",
        path,
    )


MAX_WINDOWS_PATH = 259  # MAX_PATH (260) less the final NUL, for programs without long-path support


def write_error_message(path: Path, error: sqlite3.Error) -> str:
    """The message for an SQLite error while opening or writing ``path``, in the user's terms."""
    return _known_write_error(path, error) or Said("Lỗi khi ghi tệp hội nghị {0}: {1}", path.name, error)


def _known_write_error(path: Path, error: sqlite3.Error) -> str | None:
    """What the user can do about a usual cause (read-only, in use, full, damaged), or None."""
    text = str(error).lower()
    if "unable to open" in text and len(os.path.abspath(path)) > MAX_WINDOWS_PATH:
        return Said(
            "Đường dẫn tới tệp dài {0} ký tự, quá giới hạn {1} ký tự của Windows: hãy chép tệp "
            "vào một thư mục có đường dẫn ngắn hơn (ví dụ D:\\HoiNghi) rồi mở lại.",
            len(os.path.abspath(path)),
            MAX_WINDOWS_PATH,
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return Said(
            "Không ghi được vào {0}: tệp hoặc thư mục chỉ đọc. Hãy chép tệp sang một thư mục ghi "
            "được (ví dụ Tài liệu) rồi mở lại.",
            path,
        )
    if "locked" in text or "busy" in text:
        return Said(
            "Tệp hội nghị {0} đang được một chương trình khác ghi (có thể là ThiDua mở ở một cửa "
            "sổ khác). Hãy đóng chương trình đó rồi thử lại.",
            path.name,
        )
    if "full" in text:
        return Said("Ổ đĩa đã đầy, không ghi được vào {0}. Hãy giải phóng dung lượng rồi thử lại.", path)
    if "not a database" in text or "malformed" in text:
        return Said("Tệp {0} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng.", path.name)
    return None


def remove_meeting_file(path: str | os.PathLike[str]) -> None:
    """Delete a database file and its journals, ignoring what is not there (or will not go)."""
    for suffix in ("", "-journal", "-wal", "-shm", "-lock"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink()
