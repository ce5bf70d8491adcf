"""Verify a meeting file: the database, the audit chain, and the data against the chain.

``python main.py verify FILE.thidua`` and the in-app check (Tệp > Kiểm tra tính toàn vẹn)
call :func:`verify_file` / :func:`verify_db`. Three checks, each reported in Vietnamese:

1. SQLite's own ``PRAGMA integrity_check`` (and ``foreign_key_check``);
2. the chain: events numbered 1, 2, 3 … without a gap, each ``prev_hash`` equal to the hash
   of the event before (64 zeros for the first), each hash recomputed from its content;
3. the data: replaying the row fingerprints recorded by every event (core/rowlog.py) gives
   what each row of each data table must be; any row changed, added or removed by another
   program is named with its table and key, and the last event that wrote it legitimately.

Reading never writes: the file is opened with ``query_only``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import rowlog
from core.errors import MeetingFileError
from core.storage import (
    APPLICATION_ID,
    GENESIS_HASH,
    MeetingFile,
    _check_looks_like_sqlite,
    event_hash,
    latest_version,
)

MAX_ROW_PROBLEMS = 40  # beyond this, a count: a thousand lines help nobody


@dataclass
class VerifyReport:
    name: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    events: int = 0
    tables: int = 0
    rows: int = 0
    head: str = GENESIS_HASH
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def code(self) -> str:
        return short_code(self.head)

    def text(self) -> str:
        """The report as the CLI prints it and the app shows it."""
        lines = []
        if self.ok:
            lines.append(
                f"Tệp {self.name} nguyên vẹn: {self.events} sự kiện trong nhật ký, "
                f"{self.rows} dòng dữ liệu trong {self.tables} bảng khớp với nhật ký."
            )
        else:
            lines.append(f"Tệp {self.name} KHÔNG nguyên vẹn ({len(self.problems)} vấn đề):")
            lines.extend(f"  - {problem}" for problem in self.problems)
        lines.extend(f"Lưu ý: {note}" for note in self.notes)
        lines.append(f"Mã kiểm tra nhật ký: {self.code}")
        lines.append(f"Thời gian kiểm tra: {self.seconds * 1000:.0f} ms")
        return "\n".join(lines)


def short_code(head: str) -> str:
    """The head of the chain as people read it aloud and the minutes print it: 8 hex digits."""
    return head[:8].upper()


def verify_file(path: str | Path) -> VerifyReport:
    """Check a meeting file on disk without changing it (not even migrating it)."""
    path = Path(path)
    report = VerifyReport(path.name)
    started = time.perf_counter()
    try:
        _check_looks_like_sqlite(path)
        conn = sqlite3.connect(path, isolation_level=None)
    except MeetingFileError as error:
        report.problems.append(str(error))
        return report
    except sqlite3.Error as error:
        report.problems.append(f"Không mở được tệp {path.name}: {error}")
        return report
    try:
        conn.execute("PRAGMA query_only = ON")
        _verify(conn, report)
    except sqlite3.DatabaseError as error:
        report.problems.append(f"Tệp {path.name} bị hỏng, không đọc được ({error}).")
    finally:
        conn.close()
    report.seconds = time.perf_counter() - started
    return report


def verify_db(db: MeetingFile) -> VerifyReport:
    """Check the open meeting file through its own connection (reads only)."""
    report = VerifyReport(db.path.name)
    started = time.perf_counter()
    try:
        _verify(db.conn, report)
    except sqlite3.DatabaseError as error:
        report.problems.append(f"Tệp {db.path.name} bị hỏng, không đọc được ({error}).")
    report.seconds = time.perf_counter() - started
    return report


def _verify(conn: sqlite3.Connection, report: VerifyReport) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        report.problems.append(f"Tệp {report.name} không phải là tệp hội nghị ThiDua.")
        return
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > latest_version():
        report.problems.append(
            f"Tệp {report.name} được tạo bởi phiên bản ThiDua mới hơn (dữ liệu phiên bản {version}); "
            "hãy kiểm tra bằng phiên bản ThiDua đó."
        )
        return
    if not _check_database(conn, report):
        return
    expected = _check_chain(conn, report)
    if expected is None:
        report.notes.append(
            f"Tệp ở phiên bản dữ liệu {version}, chưa ghi dấu vân của từng dòng: chỉ kiểm tra được "
            "chuỗi nhật ký. Mở tệp bằng ThiDua một lần để nâng cấp."
        )
        return
    _check_data(conn, expected, report)


def _check_database(conn: sqlite3.Connection, report: VerifyReport) -> bool:
    results = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if results != ["ok"]:
        report.problems.append(
            "Cơ sở dữ liệu bị hỏng (PRAGMA integrity_check): " + "; ".join(results)
            + ". Hãy mở một bản sao lưu."
        )  # fmt: skip
        return False
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:MAX_ROW_PROBLEMS]:
        report.problems.append(
            f"Bảng {table}, dòng rowid={rowid}: trỏ tới một dòng không có trong bảng {parent} "
            "(vi phạm khóa ngoại)."
        )
    return True


@dataclass
class _Expected:
    """What each row must be: key -> (fingerprint, seq and action of the event that wrote it)."""

    rows: dict[str, dict[str, tuple[str, int, str]]] = field(default_factory=dict)


def _check_chain(conn: sqlite3.Connection, report: VerifyReport) -> _Expected | None:
    """Check every link; return what the data must be, or None when the file predates row tracking."""
    with_rows = rowlog.has_rows_column(conn)
    rows_sql = "rows" if with_rows else "NULL"
    cursor = conn.execute(
        f"SELECT seq, at, action, details, prev_hash, hash, {rows_sql} FROM event ORDER BY seq"
    )
    expected: _Expected | None = _Expected() if with_rows else None
    previous_hash, previous_seq, tracking = GENESIS_HASH, 0, None
    for seq, at, action, details, prev_hash, hash_, rows in cursor:
        report.events += 1
        where = f'Sự kiện #{seq} ("{action}", lúc {at})'
        if seq != previous_seq + 1:
            if seq > previous_seq + 1:
                missing = (
                    f"#{previous_seq + 1}" if seq == previous_seq + 2 else f"#{previous_seq + 1}–#{seq - 1}"
                )
                report.problems.append(f"Thiếu sự kiện {missing} trong nhật ký: đã bị xóa.")
            else:
                report.problems.append(f"{where}: số thứ tự không đúng (sau #{previous_seq}).")
        if prev_hash != previous_hash:
            report.problems.append(
                f"{where}: không nối với sự kiện trước (prev_hash khác mã băm của sự kiện #{previous_seq})."
            )
        try:
            recomputed = event_hash(prev_hash, seq, at, action, details, rows)
        except (TypeError, ValueError):
            recomputed = ""
        if recomputed != hash_:
            report.problems.append(f"{where}: mã băm không khớp với nội dung — sự kiện đã bị sửa.")
        previous_hash, previous_seq = hash_, seq
        if expected is None:
            continue
        if rows is None:
            if tracking:
                report.problems.append(f"{where}: thiếu dấu vân của các dòng dữ liệu đã ghi.")
            tracking = False if tracking is None else tracking
            continue
        try:
            record = json.loads(rows)
        except (TypeError, ValueError):
            report.problems.append(f"{where}: phần dấu vân dữ liệu không đọc được.")
            continue
        if not isinstance(record, dict):
            report.problems.append(f"{where}: phần dấu vân dữ liệu không đúng dạng.")
            continue
        if "snapshot" in record:
            expected.rows = {
                table: {key: (fp, seq, action) for key, fp in rows_.items()}
                for table, rows_ in _tables(record["snapshot"]).items()
            }
            tracking = True
            continue
        if tracking is False:
            report.problems.append(f"{where}: thiếu ảnh chụp dữ liệu khi nâng cấp tệp.")
        tracking = True
        for table, changes in _tables(record.get("changes", {})).items():
            state = expected.rows.setdefault(table, {})
            for key, fp in changes.items():
                if fp is None:
                    state.pop(key, None)
                else:
                    state[key] = (fp, seq, action)
    report.head = previous_hash
    if expected is not None and tracking is False:
        report.problems.append("Nhật ký không có ảnh chụp dữ liệu sau khi nâng cấp lên phiên bản 6.")
        return None
    return expected


def _tables(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        return {}
    return {t: rows for t, rows in value.items() if isinstance(rows, dict)}


def _check_data(conn: sqlite3.Connection, expected: _Expected, report: VerifyReport) -> None:
    tables = rowlog.data_tables(conn)
    report.tables = len(tables)
    row_problems: list[str] = []
    for table in sorted(set(tables) | set(expected.rows)):
        should = expected.rows.get(table, {})
        if table not in tables:
            if should:
                row_problems.append(f"Bảng {table} ({len(should)} dòng) không còn trong tệp: đã bị xóa.")
            continue
        key = rowlog.table_key(conn, table)
        actual = rowlog.table_rows(conn, table)
        report.rows += len(actual)
        for row_key in sorted(set(actual) | set(should), key=_sort_key):
            have, want = actual.get(row_key), should.get(row_key)
            if want is not None and have == want[0]:
                continue
            row = f"Bảng {table}, dòng {key.describe(row_key)}"
            if want is None:
                row_problems.append(
                    f"{row} {_preview(conn, key, row_key)}: không có trong nhật ký — đã được thêm ngoài chương trình."
                )
            elif have is None:
                row_problems.append(
                    f'{row}: có trong nhật ký (ghi lần cuối ở sự kiện #{want[1]} "{want[2]}") nhưng không còn '
                    "trong tệp — đã bị xóa ngoài chương trình."
                )
            else:
                row_problems.append(
                    f"{row} {_preview(conn, key, row_key)}: khác với lần ghi cuối trong nhật ký "
                    f'(sự kiện #{want[1]} "{want[2]}") — đã bị sửa ngoài chương trình.'
                )
    if len(row_problems) > MAX_ROW_PROBLEMS:
        extra = len(row_problems) - MAX_ROW_PROBLEMS
        row_problems = row_problems[:MAX_ROW_PROBLEMS] + [f"… và {extra} dòng khác không khớp với nhật ký."]
    report.problems.extend(row_problems)


def _sort_key(key: str) -> tuple:
    try:
        return tuple((0, v) if isinstance(v, int | float) else (1, str(v)) for v in json.loads(key))
    except (TypeError, ValueError):
        return ((2, key),)


def _preview(conn: sqlite3.Connection, key: rowlog.TableKey, row_key: str) -> str:
    """The row's current content, short, so that people recognize it: (Nguyễn Văn A | 1001 …)."""
    row = rowlog.read_row(conn, key, row_key)
    if row is None:
        return ""
    text = " | ".join("" if v is None else str(v) for v in row)
    return f"({text[:77] + '…' if len(text) > 80 else text})"
