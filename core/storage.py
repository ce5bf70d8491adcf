"""The meeting file: one SQLite database per conference (``*.thidua``).

- ``PRAGMA user_version`` holds the schema version; ``MIGRATIONS`` maps each version
  to the SQL that reaches it from the one before. A file is backed up before it is
  migrated, and a file written by a newer ThiDua is refused.
- WAL with ``synchronous=FULL`` and one transaction per user action: a crash or a
  power cut loses nothing that was confirmed.
- Every change appends an event to the audit log, each event hashing the one before
  (SHA-256), so edits made behind the program's back can be found.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from core import rowlog
from core.errors import MeetingFileError

APPLICATION_ID = 0x54445541  # "TDUA": marks a SQLite file as a ThiDua meeting file
SUFFIX = ".thidua"
_SQLITE_HEADER = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE unit (
        id INTEGER PRIMARY KEY,
        short_name TEXT NOT NULL UNIQUE,
        full_title TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE TABLE meeting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        commission TEXT NOT NULL DEFAULT '',
        cluster TEXT NOT NULL DEFAULT '',
        members_description TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL,
        next_year INTEGER NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        host_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        letterhead TEXT NOT NULL DEFAULT '',
        quorum_numerator INTEGER NOT NULL DEFAULT 2,
        quorum_denominator INTEGER NOT NULL DEFAULT 3,
        quorum_strict INTEGER NOT NULL DEFAULT 0,
        quorum_base TEXT NOT NULL DEFAULT 'units',
        voting_rule TEXT NOT NULL DEFAULT 'per_unit'
    );
    CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (full_name <> ''),
        role TEXT NOT NULL CHECK (role IN ('head', 'delegate', 'guest')),
        position TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES unit(id),
        organization TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL UNIQUE CHECK (code <> '' AND code NOT GLOB '*[^0-9]*')
    );
    CREATE INDEX person_unit ON person(unit_id);
    CREATE TABLE key_task (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        content TEXT NOT NULL
    );
    CREATE TABLE event (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    """,
    2: """
    ALTER TABLE person ADD COLUMN substitute_for INTEGER REFERENCES person(id) ON DELETE SET NULL;
    CREATE TABLE attendance (
        person_id INTEGER PRIMARY KEY REFERENCES person(id),
        checked_in_at TEXT NOT NULL
    );
    ALTER TABLE meeting ADD COLUMN current_head_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL;
    ALTER TABLE meeting ADD COLUMN current_deputy_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL;
    """,
    4: """
    CREATE TABLE vote (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        ballot_style TEXT NOT NULL DEFAULT 'strike' CHECK (ballot_style IN ('strike', 'tick')),
        entry_mode TEXT NOT NULL DEFAULT 'struck' CHECK (entry_mode IN ('struck', 'kept')),
        places INTEGER NOT NULL CHECK (places >= 0),
        places_percent TEXT,
        max_choices INTEGER CHECK (max_choices >= 0),
        threshold_numerator INTEGER NOT NULL DEFAULT 1 CHECK (threshold_numerator >= 0),
        threshold_denominator INTEGER NOT NULL DEFAULT 2 CHECK (threshold_denominator > 0),
        threshold_strict INTEGER NOT NULL DEFAULT 1,
        threshold_base TEXT NOT NULL DEFAULT 'valid'
            CHECK (threshold_base IN ('entitled', 'present', 'cast', 'valid')),
        blank_valid INTEGER NOT NULL DEFAULT 1,
        voting_rule TEXT CHECK (voting_rule IN ('per_unit', 'per_delegate')),
        double_entry INTEGER NOT NULL DEFAULT 0,
        method TEXT NOT NULL DEFAULT 'ballots' CHECK (method IN ('ballots', 'hands'))
    );
    CREATE TABLE vote_committee (
        vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        is_chief INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (vote_id, person_id)
    );
    CREATE TABLE vote_round (
        id INTEGER PRIMARY KEY,
        vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        places INTEGER NOT NULL CHECK (places >= 0),
        max_choices INTEGER NOT NULL CHECK (max_choices >= 0),
        state TEXT NOT NULL DEFAULT 'setup' CHECK (state IN ('setup', 'entering', 'confirmed')),
        ballots_issued INTEGER CHECK (ballots_issued >= 0),
        direct_cast INTEGER CHECK (direct_cast >= 0),
        direct_invalid INTEGER CHECK (direct_invalid >= 0),
        result TEXT,
        confirmed_at TEXT,
        published_at TEXT,
        UNIQUE (vote_id, number)
    );
    CREATE TABLE round_candidate (
        round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        position INTEGER NOT NULL,
        direct_votes INTEGER CHECK (direct_votes >= 0),
        PRIMARY KEY (round_id, unit_id)
    );
    CREATE TABLE ballot_entry (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
        pass INTEGER NOT NULL CHECK (pass IN (1, 2)),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('ballot', 'correction', 'deletion')),
        choices TEXT NOT NULL DEFAULT '',
        invalid_reason TEXT,
        replaces INTEGER REFERENCES ballot_entry(id),
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX ballot_entry_round ON ballot_entry(round_id, pass, seq);
    CREATE INDEX ballot_entry_replaces ON ballot_entry(replaces);
    """,
    5: """
    CREATE TABLE agreement (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        bases TEXT NOT NULL DEFAULT '',
        intro TEXT NOT NULL DEFAULT '',
        implementation TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        extra_copies INTEGER NOT NULL DEFAULT 1 CHECK (extra_copies >= 0),
        number_copies INTEGER NOT NULL DEFAULT 0,
        head_order TEXT NOT NULL DEFAULT 'next' CHECK (head_order IN ('next', 'current')),
        blocks_per_row INTEGER NOT NULL DEFAULT 0 CHECK (blocks_per_row IN (0, 2, 3)),
        on_behalf INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE agreement_item (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL CHECK (section IN ('movement', 'target')),
        position INTEGER NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        unit_of_measure TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE agreement_unit (
        unit_id INTEGER PRIMARY KEY REFERENCES unit(id) ON DELETE CASCADE,
        absent_choice TEXT NOT NULL DEFAULT 'blank' CHECK (absent_choice IN ('blank', 'omit')),
        signed_at TEXT,
        signed_by TEXT NOT NULL DEFAULT ''
    );
    """,
    # Safety (issue 7): each event fingerprints the rows it wrote (core/rowlog.py), and the
    # organizers' settings (PIN hash, backup folder) live in the file, covered by the chain.
    6: """
    ALTER TABLE event ADD COLUMN rows TEXT;
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # The cluster head and deputy election (issue 5, docs/head-election.md): two linked votes
    # (one per office) over the same paper ballots, the rotation order of the member units.
    7: """
    ALTER TABLE vote ADD COLUMN kind TEXT NOT NULL DEFAULT 'title' CHECK (kind IN ('title', 'head', 'deputy'));
    ALTER TABLE meeting ADD COLUMN rotation TEXT NOT NULL DEFAULT '';
    CREATE TABLE head_election (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        way TEXT NOT NULL DEFAULT 'approve' CHECK (way IN ('approve', 'open')),
        proposed_head_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        proposed_deputy_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        head_vote_id INTEGER NOT NULL REFERENCES vote(id),
        deputy_vote_id INTEGER NOT NULL REFERENCES vote(id)
    );
    """,
}


def latest_version() -> int:
    return max(MIGRATIONS)


def event_hash(prev_hash: str, seq: int, at: str, action: str, details: str, rows: str | None = None) -> str:
    """The chain link. ``rows`` (row fingerprints, since version 6) is hashed when present;
    events written before version 6 have none and keep their original hash."""
    fields: list[Any] = [seq, at, action, details]
    if rows is not None:
        fields.append(rows)
    record = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{record}".encode()).hexdigest()


class MeetingFile:
    """An open meeting file. Reads go through ``conn``; writes through ``transaction``."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._in_transaction = False
        # Notes the rows each action writes, for the audit chain (None: a file older than v6).
        self._rows = rowlog.RowTracker(conn) if rowlog.has_rows_column(conn) else None

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> MeetingFile:
        """Create a new, empty meeting file. Refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise MeetingFileError(f"Tệp đã tồn tại, không ghi đè: {path}")
        if not path.parent.is_dir():
            raise MeetingFileError(f"Không có thư mục: {path.parent}")
        conn = _connect(path)
        try:
            _configure(conn, path)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(conn, path, from_version=0)
        except BaseException:
            conn.close()
            remove_meeting_file(path)
            raise
        return cls(path, conn)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> MeetingFile:
        """Open an existing meeting file, migrating it to the current schema if needed."""
        path = Path(path)
        _check_looks_like_sqlite(path)
        conn = _connect(path)
        try:
            _check_is_meeting_file(conn, path)
            _configure(conn, path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > latest_version():
                raise MeetingFileError(
                    f"Tệp {path.name} được tạo bởi phiên bản ThiDua mới hơn "
                    f"(dữ liệu phiên bản {version}, chương trình này đọc đến phiên bản "
                    f"{latest_version()}). Hãy cập nhật ThiDua để mở tệp này."
                )
            if version < latest_version():
                try:
                    _backup_before_migrating(conn, path, version)
                except sqlite3.Error as error:
                    raise MeetingFileError(_write_error_message(path, error)) from error
                _migrate(conn, path, from_version=version)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        self.conn.close()

    # -- writing -------------------------------------------------------------

    @contextmanager
    def transaction(self, action: str, details: dict[str, Any] | None = None) -> Iterator[sqlite3.Connection]:
        """One user action: all its writes and its audit event commit together, or nothing."""
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
            raise MeetingFileError(_write_error_message(self.path, error)) from error
        finally:
            self._in_transaction = False

    def _append_event(self, action: str, details: dict[str, Any]) -> None:
        rows = self._rows.collect() if self._rows is not None else None
        _append_event(self.conn, action, details, rows)

    # -- reading -------------------------------------------------------------

    def audit_head(self) -> str:
        """The hash of the newest audit event: a short fingerprint of the whole history."""
        row = self.conn.execute("SELECT hash FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else GENESIS_HASH

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the file (sqlite3's backup API), e.g. to a USB stick."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise MeetingFileError("Bản sao phải có tên khác tệp đang mở.")
        try:
            destination = sqlite3.connect(target)
            try:
                self.conn.backup(destination)
            finally:
                destination.close()
        except sqlite3.Error as error:
            raise MeetingFileError(_write_error_message(target, error)) from error


def _append_event(
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


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit mode: transactions are opened explicitly, one per user action.
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise MeetingFileError(_write_error_message(path, error)) from error


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(_write_error_message(path, error)) from error
    if result != "ok":
        raise MeetingFileError(f"Tệp hội nghị {path.name} bị hỏng ({result}). Hãy mở một bản sao lưu.")


def _check_looks_like_sqlite(path: Path) -> None:
    if not path.exists():
        raise MeetingFileError(f"Không tìm thấy tệp hội nghị: {path}")
    if path.is_dir():
        raise MeetingFileError(f"Đây là một thư mục, không phải tệp hội nghị: {path}")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise MeetingFileError(f"Không đọc được tệp {path}: {error.strerror}") from error
    if header != _SQLITE_HEADER:
        raise MeetingFileError(f"Tệp {path.name} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng.")


def _check_is_meeting_file(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(
            f"Tệp {path.name} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng."
        ) from error
    if app_id != APPLICATION_ID:
        raise MeetingFileError(
            f"Tệp {path.name} là cơ sở dữ liệu SQLite nhưng không phải tệp hội nghị ThiDua."
        )


def _backup_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    backup_path = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while backup_path.exists():
        counter += 1
        backup_path = path.with_name(f"{path.name}.v{version}.{counter}.bak")
    destination = sqlite3.connect(backup_path)
    try:
        conn.backup(destination)
    finally:
        destination.close()
    return backup_path


def _migrate(conn: sqlite3.Connection, path: Path, from_version: int) -> None:
    """Run every migration after ``from_version`` in one transaction."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        for version in sorted(v for v in MIGRATIONS if v > from_version):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
        if rowlog.has_rows_column(conn):
            # A migration may rewrite rows (a new column): fingerprint them all again.
            record = rowlog.snapshot_record(conn)
            if from_version > 0 or any(record["snapshot"].values()):
                details = {"from": from_version, "to": latest_version()}
                _append_event(conn, "file.migrate", details, record)
        conn.execute(f"PRAGMA user_version = {latest_version()}")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise MeetingFileError(
            f"Không nâng cấp được tệp {path.name} lên phiên bản dữ liệu {latest_version()}: "
            f"{_known_write_error(path, error) or error}"
        ) from error


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if any: a failed BEGIN opened none, and some I/O errors
    roll back by themselves; a second error here would hide the first."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _statements(script: str) -> list[str]:
    # executescript() would commit the open transaction, so split by hand.
    return [s for s in script.split(";") if s.strip()]


def _write_error_message(path: Path, error: sqlite3.Error) -> str:
    return _known_write_error(path, error) or f"Lỗi khi ghi tệp hội nghị {path.name}: {error}"


def _known_write_error(path: Path, error: sqlite3.Error) -> str | None:
    """What the user can do about a usual cause (read-only, in use, full, damaged), or None."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return (
            f"Không ghi được vào {path}: tệp hoặc thư mục chỉ đọc. "
            "Hãy chép tệp sang một thư mục ghi được (ví dụ Tài liệu) rồi mở lại."
        )
    if "locked" in text or "busy" in text:
        return (
            f"Tệp hội nghị {path.name} đang được một chương trình khác ghi (có thể là ThiDua mở ở "
            "một cửa sổ khác). Hãy đóng chương trình đó rồi thử lại."
        )
    if "full" in text:
        return f"Ổ đĩa đã đầy, không ghi được vào {path}. Hãy giải phóng dung lượng rồi thử lại."
    if "not a database" in text or "malformed" in text:
        return f"Tệp {path.name} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng."
    return None


def remove_meeting_file(path: str | os.PathLike[str]) -> None:
    """Delete a database file and its journals, ignoring what is not there (or will not go)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink()
