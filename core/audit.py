"""Verify a meeting file: the database, its schema, the audit chain, and the data against the chain.

``python main.py verify FILE.thidua [--code CODE]`` and the in-app check (Tệp > Kiểm tra
tính toàn vẹn) call :func:`verify_file` / :func:`verify_db`. The checks, each reported in
Vietnamese:

1. SQLite's own ``PRAGMA integrity_check`` (and ``foreign_key_check``);
2. the schema: every table, index, view and trigger is the program's for the file's version
   (core/schema.py), so a trigger planted to rewrite ballots is found;
3. the chain: events numbered 1, 2, 3 … without a gap, each ``prev_hash`` equal to the hash
   of the event before (64 zeros for the first), each hash recomputed from its content;
4. the data: replaying the row fingerprints recorded by every event (core/rowlog.py) gives
   what each row of each data table must be; any row changed, added or removed by another
   program is named with its table and key, and the last event that wrote it legitimately;
5. the events' own words: a ballot, a check-in or a confirmed result that an event describes
   must still be the row it wrote;
6. with ``--code``: the chain passes through the code printed on a confirmed document.

Reading never writes: :func:`verify_file` works on an image of the file read into memory
(core/journal.py), never on the file itself, and never migrates it.

What the chain proves, and what it cannot, is in docs/safety.md: anyone holding the file
can rebuild a chain without a key; the code printed on signed paper is what binds it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import journal, migrate_notes, rowlog
from core.dates import readable_time
from core.errors import MeetingFileError
from core.said import Said
from core.schema import APPLICATION_ID, latest_version, schema_problems
from core.storage import GENESIS_HASH, MeetingFile, check_looks_like_sqlite, event_hash

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
    meeting_file: bool = True  # False: not a ThiDua meeting file at all (nothing to verify)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def code(self) -> str:
        return format_code(self.head)

    def text(self) -> str:
        """The report as the CLI prints it."""
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The report's lines, each sayable in the UI's language (core.said)."""
        lines: list[str] = []
        if not self.meeting_file:
            return list(self.problems)
        if self.ok:
            lines.append(
                Said(
                    "Tệp {0} nguyên vẹn: {1} sự kiện trong nhật ký, {2} dòng dữ liệu trong {3} bảng khớp "
                    "với nhật ký.",
                    self.name,
                    self.events,
                    self.rows,
                    self.tables,
                )
            )
        else:
            lines.append(Said("Tệp {0} KHÔNG nguyên vẹn ({1} vấn đề):", self.name, len(self.problems)))
            lines.extend(Said("  - {0}", problem) for problem in self.problems)
        lines.extend(Said("Lưu ý: {0}", note) for note in self.notes)
        lines.append(Said("Mã nhật ký: {0}", self.code))
        lines.append(Said("Thời gian kiểm tra: {0:.0f} ms", self.seconds * 1000))
        return lines


CODE_HEX_DIGITS = 20  # 80 bits: matching a printed code by trial is out of reach


def format_code(head: str) -> str:
    """A chain hash as people read it aloud and documents print it: 80 bits in five groups
    of four hex digits, e.g. "8A93 33BF 1C2D 4E5F 6A7B"."""
    digits = head[:CODE_HEX_DIGITS].upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def short_code(head: str) -> str:
    """The first two groups of the code, where space is short (a backup's file name)."""
    return head[:8].upper()


def normalize_code(text: str) -> str:
    """What a person typed or copied of a code: hex digits only, upper case ("8a93-33bf …")."""
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def verify_file(path: str | Path, code: str | None = None) -> VerifyReport:
    """Check a meeting file on disk without changing it: an image read into memory is checked
    (core/journal.py), so nothing is written to the file or beside it, even while ThiDua holds it."""
    path = Path(path)
    report = VerifyReport(path.name)
    started = time.perf_counter()
    try:
        check_looks_like_sqlite(path)
    except MeetingFileError as error:
        report.problems.append(str(error))
        report.meeting_file = False
        return report
    try:
        image = journal.snapshot(path)
        conn = journal.memory_connection(image.data)
    except MeetingFileError as error:
        report.problems.append(str(error))
        return report
    except sqlite3.Error as error:
        report.problems.append(Said("Không mở được tệp {0}: {1}", path.name, error))
        return report
    report.notes.extend(image.notes)
    try:
        conn.execute("PRAGMA query_only = ON")
        _verify(conn, report, code)
    except sqlite3.DatabaseError as error:
        report.problems.append(Said("Tệp {0} bị hỏng, không đọc được ({1}).", path.name, error))
    finally:
        conn.close()
    report.seconds = time.perf_counter() - started
    return report


def verify_db(db: MeetingFile, code: str | None = None) -> VerifyReport:
    """Check the open meeting file through its own connection (reads only)."""
    return verify_connection(db.conn, db.path.name, code)


def verify_connection(conn: sqlite3.Connection, name: str, code: str | None = None) -> VerifyReport:
    report = VerifyReport(name)
    started = time.perf_counter()
    try:
        _verify(conn, report, code)
    except sqlite3.DatabaseError as error:
        report.problems.append(Said("Tệp {0} bị hỏng, không đọc được ({1}).", name, error))
    report.seconds = time.perf_counter() - started
    return report


def _verify(conn: sqlite3.Connection, report: VerifyReport, code: str | None = None) -> None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        report.problems.append(Said("Tệp {0} không phải là tệp hội nghị ThiDua.", report.name))
        report.meeting_file = False
        return
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > latest_version():
        report.problems.append(
            Said(
                "Tệp {0} được tạo bởi phiên bản ThiDua mới hơn (dữ liệu phiên bản {1}); hãy kiểm tra "
                "bằng phiên bản ThiDua đó.",
                report.name,
                version,
            )
        )
        return
    if not _check_database(conn, report):
        return
    report.problems.extend(schema_problems(conn, version))
    report.problems.extend(_version_problems(conn, version))
    expected = _check_chain(conn, report)
    if code is not None:
        _check_code(conn, code, report)
    if expected is None:
        report.notes.append(
            Said(
                "Tệp ở phiên bản dữ liệu {0}, chưa ghi dấu vân của từng dòng: chỉ kiểm tra được chuỗi "
                "nhật ký. Mở tệp bằng ThiDua một lần để nâng cấp.",
                version,
            )
        )
        return
    _check_data(conn, expected, report)
    _check_details(conn, expected, report)


def _version_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """The log says which version the file reached (created at, migrated to): a lower
    ``user_version`` was set behind the program's back. A version whose migration changes no
    table (9) would otherwise pass the schema check, and the program would "migrate" again."""
    reached = []
    for action, details_text in conn.execute(
        "SELECT action, details FROM event WHERE action IN ('file.create', 'file.migrate')"
    ):
        try:
            details = json.loads(details_text)
        except (TypeError, ValueError):
            continue  # unreadable details: the chain check says so
        stated = (
            details.get("version" if action == "file.create" else "to") if isinstance(details, dict) else None
        )
        if isinstance(stated, int):
            reached.append(stated)
    if version >= 9 and _results_before_version_9(conn):
        return [
            Said(
                "Tệp ghi phiên bản dữ liệu {0}, nhưng các kết quả đã xác nhận trong tệp còn ở dạng của "
                "phiên bản 8: phiên bản đã bị sửa ngoài chương trình.",
                version,
            )
        ]
    if reached and version < max(reached):
        return [
            Said(
                "Tệp ghi phiên bản dữ liệu {0}, nhưng nhật ký cho thấy tệp đã ở phiên bản {1}: phiên bản "
                "đã bị sửa ngoài chương trình.",
                version,
                max(reached),
            )
        ]
    return []


def _results_before_version_9(conn: sqlite3.Connection) -> bool:
    """A frozen result that migration 9 would still rewrite: the file never went through it."""
    rows = conn.execute(
        "SELECT v.kind, r.result FROM vote_round r JOIN vote v ON v.id = r.vote_id WHERE r.result IS NOT NULL"
    )
    return any(migrate_notes.migrate_result(text, kind) != text for kind, text in rows)


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
            Said(
                "Bảng {0}, dòng rowid={1}: trỏ tới một dòng không có trong bảng {2} (vi phạm khóa ngoại).",
                table,
                rowid,
                parent,
            )
        )
    return True


@dataclass
class _Expected:
    """What each row must be: key -> (fingerprint, seq and action of the event that wrote it);
    and the events whose details describe the rows they wrote (seq, action, details, changes)."""

    rows: dict[str, dict[str, tuple[str, int, str]]] = field(default_factory=dict)
    described: list[tuple[int, str, str, dict[str, dict[str, Any]]]] = field(default_factory=list)


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
        where = Said('Sự kiện #{0} ("{1}", lúc {2})', seq, action, at)
        if seq != previous_seq + 1:
            if seq > previous_seq + 1:
                missing = (
                    f"#{previous_seq + 1}"
                    if seq == previous_seq + 2
                    else Said("#{0}–#{1}", previous_seq + 1, seq - 1)
                )
                report.problems.append(Said("Thiếu sự kiện {0} trong nhật ký: đã bị xóa.", missing))
            else:
                report.problems.append(Said("{0}: số thứ tự không đúng (sau #{1}).", where, previous_seq))
        if prev_hash != previous_hash:
            report.problems.append(
                Said(
                    "{0}: không nối với sự kiện trước (prev_hash khác mã băm của sự kiện #{1}).",
                    where,
                    previous_seq,
                )
            )
        try:
            recomputed = event_hash(prev_hash, seq, at, action, details, rows)
        except (TypeError, ValueError):
            recomputed = ""
        if recomputed != hash_:
            report.problems.append(Said("{0}: mã băm không khớp với nội dung — sự kiện đã bị sửa.", where))
        previous_hash, previous_seq = hash_, seq
        if expected is None:
            continue
        if rows is None:
            if tracking:
                report.problems.append(Said("{0}: thiếu dấu vân của các dòng dữ liệu đã ghi.", where))
            tracking = False if tracking is None else tracking
            continue
        try:
            record = json.loads(rows)
        except (TypeError, ValueError):
            report.problems.append(Said("{0}: phần dấu vân dữ liệu không đọc được.", where))
            continue
        if not isinstance(record, dict):
            report.problems.append(Said("{0}: phần dấu vân dữ liệu không đúng dạng.", where))
            continue
        if "snapshot" in record:
            if action != "file.migrate":
                # Only a migration fingerprints every row afresh; anywhere else a snapshot would
                # launder every edit made before it.
                report.problems.append(
                    Said("{0}: ảnh chụp toàn bộ dữ liệu chỉ có ở sự kiện nâng cấp tệp — sự kiện giả.", where)
                )
                continue
            expected.rows = {
                table: {key: (fp, seq, action) for key, fp in rows_.items()}
                for table, rows_ in _tables(record["snapshot"]).items()
            }
            tracking = True
            continue
        if tracking is False:
            report.problems.append(Said("{0}: thiếu ảnh chụp dữ liệu khi nâng cấp tệp.", where))
        tracking = True
        tables = _tables(record.get("changes", {}))
        for table, changes in tables.items():
            state = expected.rows.setdefault(table, {})
            for key, fp in changes.items():
                if fp is None:
                    state.pop(key, None)
                else:
                    state[key] = (fp, seq, action)
        if action in _DETAIL_CHECKS:
            expected.described.append((seq, action, details, tables))
    report.head = previous_hash
    if expected is not None and tracking is False:
        report.problems.append(Said("Nhật ký không có ảnh chụp dữ liệu sau khi nâng cấp lên phiên bản 6."))
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
                row_problems.append(
                    Said("Bảng {0} ({1} dòng) không còn trong tệp: đã bị xóa.", table, len(should))
                )
            continue
        key = rowlog.table_key(conn, table)
        actual = rowlog.table_rows(conn, table)
        report.rows += len(actual)
        for row_key in sorted(set(actual) | set(should), key=_sort_key):
            have, want = actual.get(row_key), should.get(row_key)
            if want is not None and have == want[0]:
                continue
            row = Said("Bảng {0}, dòng {1}", table, key.describe(row_key))
            if want is None:
                row_problems.append(
                    Said(
                        "{0} {1}: không có trong nhật ký — đã được thêm ngoài chương trình.",
                        row,
                        _preview(conn, key, row_key),
                    )
                )
            elif have is None:
                row_problems.append(
                    Said(
                        '{0}: có trong nhật ký (ghi lần cuối ở sự kiện #{1} "{2}") nhưng không còn trong tệp '
                        "— đã bị xóa ngoài chương trình.",
                        row,
                        want[1],
                        want[2],
                    )
                )
            else:
                row_problems.append(
                    Said(
                        '{0} {1}: khác với lần ghi cuối trong nhật ký (sự kiện #{2} "{3}") — đã bị sửa ngoài '
                        "chương trình.",
                        row,
                        _preview(conn, key, row_key),
                        want[1],
                        want[2],
                    )
                )
    if len(row_problems) > MAX_ROW_PROBLEMS:
        extra = len(row_problems) - MAX_ROW_PROBLEMS
        row_problems = row_problems[:MAX_ROW_PROBLEMS] + [
            Said("… và {0} dòng khác không khớp với nhật ký.", extra)
        ]
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


# -- the events' own words against the rows they wrote ----------------------------------------


def _same(row: dict[str, Any], details: dict[str, Any], *pairs: tuple[str, str]) -> list[str]:
    """The fields where the row differs from what the event says (column, detail key)."""
    return [column for column, key in pairs if key in details and row.get(column) != details[key]]


def _round_of(conn: sqlite3.Connection, round_id: Any) -> tuple[Any, Any, Any]:
    """(vote id, round number, vote kind) of a round; the kind is "title" in files before the
    head election (version 7), which have no such column."""
    has_kind = any(c[1] == "kind" for c in conn.execute("PRAGMA main.table_info(vote)"))
    kind = "v.kind" if has_kind else "'title'"
    row = conn.execute(
        f"SELECT r.vote_id, r.number, {kind} FROM vote_round r JOIN vote v ON v.id = r.vote_id WHERE r.id = ?",
        (round_id,),
    ).fetchone()
    return tuple(row) if row else (None, None, None)


def _ballot(conn: sqlite3.Connection, table: str, row: dict[str, Any], details: dict[str, Any]) -> list[str]:
    if table != "ballot_entry":
        return []
    wrong = _same(row, details, ("seq", "seq"), ("pass", "pass"), ("invalid_reason", "invalid"))
    if "choices" in details and row.get("choices") != details["choices"]:
        wrong.append("choices")
    vote_id, number, kind = _round_of(conn, row.get("round_id"))
    if number != details.get("round") or ("vote" in details and vote_id != details["vote"]):
        wrong.append("round_id")
    office_key = {"head": "head_id", "deputy": "deputy_id"}.get(kind or "")
    if office_key and office_key in details and "invalid" not in details:
        stored = row.get("choices") or ""
        if stored != ("" if details[office_key] is None else str(details[office_key])):
            wrong.append("choices")
    return wrong


def _confirmed(
    conn: sqlite3.Connection, table: str, row: dict[str, Any], details: dict[str, Any]
) -> list[str]:
    if table != "vote_round" or row.get("result") is None:
        return []
    try:
        result = json.loads(row["result"])
    except (TypeError, ValueError):
        return ["result"]
    if not isinstance(result, dict):
        return ["result"]
    wrong = []
    if row.get("number") != details.get("round") or (
        "vote" in details and row.get("vote_id") != details["vote"]
    ):
        wrong.append("number")
    for key in ("cast", "valid", "invalid"):
        if key in details and result.get(key) != details[key]:
            wrong.append(f"result.{key}")
    for key in ("elected", "tied"):
        stored, stated = result.get(key) or [], details.get(key)
        if key in details and (
            not isinstance(stored, list) or not isinstance(stated, list) or stored != stated
        ):
            wrong.append(f"result.{key}")
    return wrong


def _checked_in(
    conn: sqlite3.Connection, table: str, row: dict[str, Any], details: dict[str, Any]
) -> list[str]:
    return _same(row, details, ("person_id", "id")) if table == "attendance" else []


def _person(conn: sqlite3.Connection, table: str, row: dict[str, Any], details: dict[str, Any]) -> list[str]:
    return _same(row, details, ("full_name", "name"), ("code", "code")) if table == "person" else []


_DETAIL_CHECKS = {
    "ballot.add": _ballot,
    "ballot.correct": _ballot,
    "election.ballot_add": _ballot,
    "election.ballot_correct": _ballot,
    "vote.confirm": _confirmed,
    "election.confirm": _confirmed,
    "attendance.check_in": _checked_in,
    "attendance.walk_in": _person,
    "person.add": _person,
}


def _row_dict(
    conn: sqlite3.Connection, key: rowlog.TableKey, row_key: str
) -> tuple[tuple, dict[str, Any]] | None:
    values = rowlog.read_row(conn, key, row_key)
    if values is None:
        return None
    names = [c[1] for c in conn.execute(f"PRAGMA main.table_info({rowlog.quote(key.table)})")]
    return values, dict(zip(names, values, strict=False))


def _check_details(conn: sqlite3.Connection, expected: _Expected, report: VerifyReport) -> None:
    """A forger who edits a row and recomputes its fingerprint and the chain still leaves the
    event's own description of it (the ballot typed, the result confirmed) behind."""
    problems: list[str] = []
    keys: dict[str, rowlog.TableKey] = {}
    present = set(rowlog.data_tables(conn))
    for seq, action, details_text, changes in expected.described:
        try:
            details = json.loads(details_text)
        except (TypeError, ValueError):
            details = None
        if not isinstance(details, dict):
            problems.append(Said('Sự kiện #{0} ("{1}"): phần mô tả không đọc được.', seq, action))
            continue
        for table, rows in changes.items():
            for row_key in rows:
                written = expected.rows.get(table, {}).get(row_key)
                if written is None or written[1] != seq:
                    continue  # written again later: that event speaks for the row now
                if table not in keys:
                    keys[table] = rowlog.table_key(conn, table)
                key = keys[table]
                found = _row_dict(conn, key, row_key) if table in present else None
                if found is None or rowlog.row_fingerprint(table, found[0]) != written[0]:
                    continue  # missing or edited: already reported by the data check
                wrong = _DETAIL_CHECKS[action](conn, table, found[1], details)
                if wrong:
                    problems.append(
                        Said(
                            'Bảng {0}, dòng {1}: khác với điều sự kiện #{2} ("{3}") ghi lại ({4}) — dữ liệu và '
                            "dấu vân đã bị sửa cùng nhau ngoài chương trình.",
                            table,
                            key.describe(row_key),
                            seq,
                            action,
                            ", ".join(wrong),
                        )
                    )
    if len(problems) > MAX_ROW_PROBLEMS:
        extra = len(problems) - MAX_ROW_PROBLEMS
        problems = problems[:MAX_ROW_PROBLEMS] + [Said("… và {0} chỗ khác không khớp với nhật ký.", extra)]
    report.problems.extend(problems)


# -- the code printed on a confirmed document ----------------------------------------------

CONFIRM_ACTIONS = ("vote.confirm", "election.confirm")


def _check_code(conn: sqlite3.Connection, code: str, report: VerifyReport) -> None:
    """The chain must still pass through the printed code, at a confirmation."""
    digits = normalize_code(code)
    if len(digits) != CODE_HEX_DIGITS:
        report.problems.append(
            Said(
                "Mã {0!r} không đúng dạng: mã in trên văn bản có {1} chữ số hệ 16 (năm nhóm bốn ký "
                "tự, ví dụ 8A93 33BF 1C2D 4E5F 6A7B).",
                code,
                CODE_HEX_DIGITS,
            )
        )
        return
    row = conn.execute(
        "SELECT seq, at, action, details FROM event WHERE upper(substr(hash, 1, ?)) = ? ORDER BY seq LIMIT 1",
        (CODE_HEX_DIGITS, digits),
    ).fetchone()
    shown = format_code(digits)
    if row is None:
        report.problems.append(
            Said(
                "Mã {0} không có trong nhật ký của tệp: tệp này không phải tệp đã in ra văn bản mang "
                "mã đó, hoặc nhật ký đã bị viết lại sau khi in (hoặc mã bị đọc/gõ sai).",
                shown,
            )
        )
        return
    seq, stored_at, action, details = row
    at = readable_time(stored_at)
    if action not in CONFIRM_ACTIONS:
        report.problems.append(
            Said(
                'Mã {0} là của sự kiện #{1} ("{2}", lúc {3}), không phải của một lần xác nhận kết quả.',
                shown,
                seq,
                action,
                at,
            )
        )
        return
    report.notes.append(Said("Mã {0} là mã xác nhận kết quả {1} (sự kiện #{2}, lúc {3}).", shown, describe_confirmation(conn, action, details), seq, at))  # fmt: skip
    report.problems.extend(_still_the_result(conn, seq, action, details, shown))
    if report.ok:
        report.notes.append(Said("Chuỗi nhật ký nguyên vẹn và vẫn đi qua mã {0}.", shown))


def _still_the_result(
    conn: sqlite3.Connection, seq: int, action: str, details_text: str, shown: str
) -> list[str]:
    """The round the code confirmed still holds the result its confirm event recorded, and was
    not reopened since. The row check compares a row with the *last* event that wrote it only:
    a forger could append an event that "writes" the round with a forged result; the printed
    code names the event whose words count for the paper."""
    try:
        details = json.loads(details_text)
    except (TypeError, ValueError):
        return []  # unreadable details: the chain check has said so
    if not isinstance(details, dict):
        return []
    number = details.get("round")
    reopen = "election.reopen" if action == "election.confirm" else "vote.reopen"
    for later_seq, later_details in conn.execute(
        "SELECT seq, details FROM event WHERE action = ? AND seq > ? ORDER BY seq", (reopen, seq)
    ):
        try:
            later = json.loads(later_details)
        except (TypeError, ValueError):
            continue
        if (
            isinstance(later, dict)
            and later.get("round") == number
            and (action == "election.confirm" or later.get("vote") == details.get("vote"))
        ):
            return [
                Said(
                    "Văn bản mang mã {0} không còn là kết quả hiện tại: vòng này đã được mở lại sau đó "
                    "(sự kiện #{1}).",
                    shown,
                    later_seq,
                )
            ]
    digest = details.get("rows_sha256")
    if isinstance(digest, str):
        if action == "election.confirm":
            ids_sql = (
                "SELECT vote_round.id FROM vote_round JOIN vote ON vote.id = vote_round.vote_id "
                "WHERE vote.kind IN ('head', 'deputy') AND vote_round.number = ?"
            )
            ids = [row[0] for row in conn.execute(ids_sql, (number,))]
        else:
            ids_sql = "SELECT id FROM vote_round WHERE vote_id = ? AND number = ?"
            ids = [row[0] for row in conn.execute(ids_sql, (details.get("vote"), number))]
        if rowlog.rounds_digest(conn, ids) != digest:
            return [
                Said(
                    "Kết quả hoặc các phiếu của vòng mang mã {0} trong tệp khác với lúc xác nhận (số phiếu, "
                    "Ban kiểm phiếu hay nội dung phiếu): đã bị sửa sau khi in.",
                    shown,
                )
            ]
    if action == "election.confirm":
        rows = conn.execute(
            "SELECT vote.kind, vote_round.result FROM vote_round JOIN vote ON vote.id = vote_round.vote_id "
            "WHERE vote.kind IN ('head', 'deputy') AND vote_round.number = ?",
            (number,),
        ).fetchall()
        wanted = {kind: details.get(kind) for kind in ("head", "deputy")}
        wrong = [
            kind for kind, result in rows if _elected(result) != ([wanted[kind]] if wanted[kind] else [])
        ]
    else:
        rows = conn.execute(
            "SELECT * FROM vote_round WHERE vote_id = ? AND number = ?", (details.get("vote"), number)
        ).fetchall()
        names = [c[1] for c in conn.execute("PRAGMA main.table_info(vote_round)")]
        wrong = [w for values in rows for w in _confirmed(conn, "vote_round", dict(zip(names, values, strict=False)), details)]  # fmt: skip
        if rows and dict(zip(names, rows[0], strict=False)).get("result") is None:
            wrong.append("result")
    if not rows or wrong:
        return [
            Said(
                "Kết quả của vòng mang mã {0} trong tệp khác với kết quả đã xác nhận ({1}): đã bị sửa "
                "sau khi in.",
                shown,
                ", ".join(wrong) or "không còn vòng đó",
            )
        ]
    return []


def _elected(result_text: str | None) -> list[str]:
    try:
        result = json.loads(result_text) if result_text else None
    except (TypeError, ValueError):
        return []
    elected = result.get("elected") if isinstance(result, dict) else None
    return list(elected) if isinstance(elected, list) else []


def describe_confirmation(conn: sqlite3.Connection, action: str, details_text: str) -> str:
    """E.g. 'vòng 1 của "Cờ thi đua của Ban Tổ chức Trung ương"' or 'vòng 2 bầu cụm trưởng, cụm phó'."""
    try:
        details = json.loads(details_text)
    except (TypeError, ValueError):
        return ""
    if not isinstance(details, dict):
        return ""
    if action == "election.confirm":
        return Said("vòng {0} bầu cụm trưởng, cụm phó", details.get("round"))
    title = conn.execute("SELECT title FROM vote WHERE id = ?", (details.get("vote"),)).fetchone()
    return Said('vòng {0} của "{1}"', details.get("round"), title[0] if title else details.get("vote"))


def confirmation_code(conn: sqlite3.Connection, vote_id: int, round_number: int) -> str | None:
    """The code of the confirmation that froze a round's result (the hash of its confirm event),
    formatted; None when the round is not confirmed. The same on every reprint."""
    kind = conn.execute("SELECT kind FROM vote WHERE id = ?", (vote_id,)).fetchone()
    confirmed = conn.execute(
        "SELECT 1 FROM vote_round WHERE vote_id = ? AND number = ? AND state = 'confirmed'",
        (vote_id, round_number),
    ).fetchone()
    if kind is None or confirmed is None:
        return None
    action = "election.confirm" if kind[0] in ("head", "deputy") else "vote.confirm"
    for hash_, details_text in conn.execute(
        "SELECT hash, details FROM event WHERE action = ? ORDER BY seq DESC", (action,)
    ):
        try:
            details = json.loads(details_text)
        except (TypeError, ValueError):
            continue
        if (
            isinstance(details, dict)
            and details.get("round") == round_number
            and (action == "election.confirm" or details.get("vote") == vote_id)
        ):
            return format_code(hash_)
    return None
