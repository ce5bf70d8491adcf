"""What lies beside a meeting file: SQLite's journals, judged before they may touch it.

On the next open SQLite applies a rollback journal (``-journal``) or a write-ahead log
(``-wal``) found beside a database, and never asks whether it belongs to that file. After a
crash it does; after a user replaced the file by another copy, a stale one merged into the
good copy ruins it. So before anything opens a meeting file with SQLite, :func:`judge`
applies the journal to a *copy* in a temporary folder and compares:

- the result is sound (``integrity_check``, a ThiDua file) and its audit chain and the
  file's own chain are one history (one is a prefix of the other): the journal belongs;
- otherwise it is foreign: the writer sets it aside with :func:`set_aside` (renamed, kept,
  reported) and the file opens as it is.

:func:`snapshot` gives a consistent image of a file without writing anything anywhere near
it, even while another process writes to it: what ``verify``, read-only windows and the
command line's reading commands work on.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from core import held
from core.errors import MeetingFileError
from core.said import Said
from core.schema import APPLICATION_ID

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a live rollback journal
_WAL_HEADER = 32
_ATTEMPTS = 8  # a snapshot read while another process commits is read again


@dataclass(frozen=True)
class FileState:
    """What a database image holds, as far as judging a journal needs."""

    readable: bool  # SQLite's integrity_check passes
    problem: str = ""  # why not readable, or not a ThiDua file ("" when sound)
    is_thidua: bool = False  # the application id is ThiDua's
    events: tuple[tuple[int, str], ...] = ()  # the audit chain: (seq, hash)

    @property
    def sound(self) -> bool:
        return self.readable and self.is_thidua


@dataclass(frozen=True)
class Judgement:
    sidecars: tuple[Path, ...]  # journals SQLite would apply to the file
    alone: FileState  # the file without them
    merged: FileState | None  # the file with them applied (None without sidecars)
    merged_data: bytes | None = None
    belongs: bool = True  # the journals are the file's own (or there are none)
    undone: tuple[str, str] | None = None  # (action, at) of the file's last event a journal undoes


@dataclass(frozen=True)
class Snapshot:
    data: bytes  # a complete database image, rollback-journal mode
    notes: list[str] = field(default_factory=list)  # Vietnamese: what was found beside the file


def journal_path(path: Path) -> Path:
    return Path(f"{path}-journal")


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise MeetingFileError(Said("Không đọc được {0}: {1}", path, error.strerror)) from error


def is_wal_mode(header: bytes) -> bool:
    """Bytes 18 and 19 of a database header are 2 in WAL mode."""
    return len(header) >= 20 and header[18] == 2


def _hot_journal(data: bytes | None) -> bool:
    return data is not None and data[: len(JOURNAL_MAGIC)] == JOURNAL_MAGIC


def names_super_journal(data: bytes) -> bool:
    """A rollback journal ending in a super-journal record (the name of another file, then the
    magic: sqlite.org/fileformat2.html). Only a transaction over several databases writes one, and
    ThiDua never runs one; after playing such a journal back SQLite deletes the file it names."""
    return len(data) > 2 * len(JOURNAL_MAGIC) and data.endswith(JOURNAL_MAGIC)


def _live_wal(data: bytes | None) -> bool:
    return data is not None and len(data) > _WAL_HEADER


def pending(path: Path) -> list[Path]:
    """The journals beside ``path`` that SQLite would apply to it on the next open: a hot
    rollback journal, and a write-ahead log with frames in it whatever the file's header says
    (SQLite opens any WAL it finds beside a database, even one in rollback mode)."""
    found = []
    journal = journal_path(path)
    if journal.is_file() and _hot_journal(_read_start(journal, len(JOURNAL_MAGIC))):
        found.append(journal)
    wal = wal_path(path)
    if wal.is_file() and wal.stat().st_size > _WAL_HEADER:
        found.append(wal)
    return found


def _read_start(path: Path, size: int) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise MeetingFileError(Said("Không đọc được {0}: {1}", path, error.strerror)) from error


def rollback_mode(data: bytes) -> bytes:
    """The image with its header saying "rollback journal": SQLite cannot use a WAL-mode image
    in memory (the pages are the same; bytes 18 and 19 only name the journal kind)."""
    if not is_wal_mode(data):
        return data
    return data[:18] + b"\x01\x01" + data[20:]


def memory_connection(data: bytes) -> sqlite3.Connection:
    """An in-memory database holding ``data`` (writable: the caller decides)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(rollback_mode(data))
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def inspect(conn: sqlite3.Connection) -> FileState:
    try:
        results = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if results != ["ok"]:
            return FileState(False, "; ".join(results))
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return FileState(True, "không phải tệp hội nghị ThiDua")
        has_events = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event'"
        ).fetchone()
        events = conn.execute("SELECT seq, hash FROM event ORDER BY seq").fetchall() if has_events else []
        return FileState(True, "", True, tuple((int(s), str(h)) for s, h in events))
    except (sqlite3.Error, TypeError, ValueError) as error:
        return FileState(False, str(error))


def inspect_bytes(data: bytes) -> FileState:
    if not data:
        return FileState(False, "tệp rỗng")
    try:
        conn = memory_connection(data)
    except sqlite3.Error as error:
        return FileState(False, str(error))
    try:
        return inspect(conn)
    finally:
        conn.close()


def one_history(a: tuple[tuple[int, str], ...], b: tuple[tuple[int, str], ...]) -> bool:
    """True when one audit chain is the start of the other: the same history, one further on."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[: len(shorter)] == shorter


def judge(path: Path, main: bytes | None = None, sidecar_data: dict[Path, bytes] | None = None) -> Judgement:
    """Apply the journals beside ``path`` to a copy in a temporary folder and compare (never
    writes beside ``path``). ``main`` and ``sidecar_data``: bytes already read, for snapshots."""
    if main is None and sidecar_data is None and (held.is_held(path) or not pending(path)):
        return Judgement((), FileState(True, "", True), None)  # nothing beside it: nothing to judge
    main = _read(path) if main is None else main
    if main is None:
        raise MeetingFileError(Said("Không tìm thấy tệp hội nghị: {0}", path))
    if sidecar_data is None:
        sidecar_data = {p: _read(p) or b"" for p in pending(path)}
    alone = inspect_bytes(main)
    if not sidecar_data:
        return Judgement((), alone, None)
    if any(names_super_journal(data) for p, data in sidecar_data.items() if p.name.endswith("-journal")):
        # Never let SQLite see it, not even on a copy: the name inside is an absolute path.
        return Judgement(
            tuple(sidecar_data), alone, FileState(False, "nhật ký nhắc tới một tệp khác"), None, False
        )
    with tempfile.TemporaryDirectory(prefix="thidua-journal-") as folder:
        copy = Path(folder) / "m.thidua"
        copy.write_bytes(main)
        for sidecar, data in sidecar_data.items():
            Path(f"{copy}{sidecar.name[len(path.name) :]}").write_bytes(data)
        merged, merged_data = FileState(False, "không mở được"), None
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                merged = inspect(conn)
                if merged.sound:
                    merged_data = conn.serialize()
            finally:
                conn.close()
        except sqlite3.Error as error:
            merged = FileState(False, str(error))
    wal_beside_rollback = any(p.name.endswith("-wal") for p in sidecar_data) and not is_wal_mode(main)
    belongs = not wal_beside_rollback and _belongs(alone, main, merged, merged_data)
    undone = _last_event(main) if belongs and len(alone.events) > len(merged.events) else None
    return Judgement(tuple(sidecar_data), alone, merged, merged_data, belongs, undone)


def _last_event(data: bytes) -> tuple[str, str] | None:
    """(action, at) of the last event of an image, to name what a journal undoes."""
    try:
        conn = memory_connection(data)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT action, at FROM event ORDER BY seq DESC LIMIT 1").fetchone()
        return (str(row[0]), str(row[1])) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _belongs(alone: FileState, main: bytes, merged: FileState, merged_data: bytes | None) -> bool:
    """The journals are the file's own when applying them gives a sound file with the same
    history, which verifies whenever the file alone did, and undoes at most one action: a
    crash's journal undoes the one action being written (each action is one transaction and one
    event) or completes actions of the file; a stale one from an older state of the same file
    would undo acknowledged actions, and a foreign one adds what no event wrote.

    A write-ahead log beside a file in rollback-journal mode never belongs (the caller checks):
    ThiDua writes in rollback mode, and only files of its first version, which say WAL in their
    header, ever had one."""
    if not merged.sound or merged_data is None:
        return False
    if not alone.sound:
        return True  # the file alone is torn: only its journal can repair it
    if not one_history(alone.events, merged.events):
        return False
    if len(alone.events) - len(merged.events) > 1:
        return False  # undoes acknowledged actions: an older state's journal, not a crash's
    return _verifies(merged_data) or not _verifies(main)


def _verifies(data: bytes) -> bool:
    from core.audit import verify_connection  # the audit builds on storage, which builds on this

    conn = memory_connection(data)
    try:
        return verify_connection(conn, "").ok
    finally:
        conn.close()


def set_aside(sidecars: tuple[Path, ...] | list[Path]) -> list[Path]:
    """Rename foreign journals so that SQLite never applies them; they are kept. The -shm
    index of a WAL is derived from it and goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = []
    for sidecar in sidecars:
        target = sidecar.with_name(f"{sidecar.name}.khong-thuoc-tep-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = sidecar.with_name(f"{sidecar.name}.khong-thuoc-tep-{stamp}-{counter}")
        sidecar.rename(target)
        moved.append(target)
        if sidecar.name.endswith("-wal"):
            shm = sidecar.with_name(sidecar.name[: -len("-wal")] + "-shm")
            shm.unlink(missing_ok=True)
    return moved


def foreign_note(sidecars: tuple[Path, ...] | list[Path], moved: list[Path] | None = None) -> str:
    names = ", ".join(p.name for p in sidecars)
    if moved:
        where = ", ".join(p.name for p in moved)
        return Said(
            "Bên cạnh tệp có tệp nhật ký {0} không thuộc về tệp này (có thể còn lại từ một bản "
            "khác của tệp). ThiDua không dùng nó và đã để riêng thành {1}; tệp hội nghị không bị "
            "thay đổi.",
            names,
            where,
        )
    return Said(
        "Bên cạnh tệp có tệp nhật ký {0} không thuộc về tệp này: ThiDua bỏ qua nó và đọc tệp như nó đang có.",
        names,
    )


def snapshot(path: Path) -> Snapshot:
    """A consistent image of the file and the journals that belong to it, read without writing.

    Another process may be writing: the file is read twice and read again when the two
    differ; a live journal read after the file holds the original of every page written so far.
    """
    image = held.image_if_held(path)
    if image is not None:
        return Snapshot(image)  # this process holds it: never read it with open() (core/held.py)
    problem = "đang được ghi liên tục"
    for attempt in range(_ATTEMPTS):
        if attempt:
            time.sleep(0.05 * attempt)
        main = _read(path)
        if main is None:
            raise MeetingFileError(Said("Không tìm thấy tệp hội nghị: {0}", path))
        sidecar_data = {}
        for sidecar in pending(path):
            data = _read(sidecar)
            if data and (_hot_journal(data) or _live_wal(data)):
                sidecar_data[sidecar] = data
        if _read(path) != main:
            continue  # written meanwhile: read again
        judgement = judge(path, main, sidecar_data)
        if judgement.merged is None:
            if judgement.alone.readable:
                return Snapshot(main)  # whether it is a ThiDua file is the caller's question
            problem = judgement.alone.problem
            break  # the same bytes twice and no journal: damaged, not being written
        if judgement.belongs and judgement.merged_data is not None:
            return Snapshot(judgement.merged_data)
        if judgement.alone.readable:
            return Snapshot(main, [foreign_note(judgement.sidecars)])
        problem = judgement.alone.problem  # perhaps caught mid-write: read again
    raise MeetingFileError(
        Said("Tệp hội nghị {0} bị hỏng ({1}). Hãy mở một bản sao lưu.", path.name, problem)
    )
