"""The meeting file's schema: the migrations that build it, and what a file of each version holds.

``PRAGMA user_version`` is the schema version of a file; ``MIGRATIONS`` maps each version to
the SQL that reaches it from the one before (version 3 was never released), ``DATA_STEPS`` to
the rewriting of stored values that SQL cannot express. The schema is the program's:
:func:`schema_problems` compares the tables, indexes, views and triggers of a file with those
the migrations make for its version, so that a trigger or a view planted in the file with
another tool is found (docs/safety.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from core import migrate_notes
from core.said import Said

APPLICATION_ID = 0x54445541  # "TDUA": PRAGMA application_id marks a SQLite file as a ThiDua meeting file

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
    # Attendance has one definition (core/attendance.py): a person added at the desk on the day
    # (a walk-in) is not on the convening list; a substitute attends in place of one who is.
    # Files before this version: the walk-ins are the people their attendance.walk_in events added.
    8: """
    ALTER TABLE person ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1));
    UPDATE person SET walk_in = 1 WHERE code IN (
        SELECT json_extract(details, '$.code') FROM event WHERE action = 'attendance.walk_in'
    )
    """,
    # The notes a confirmed round froze become data, a kind and its values (core/notes.py): no table
    # changes, a step in Python (DATA_STEPS) that recognises the old sentences once.
    9: "",
    # The movements of the agreement have the columns of a real giao ước form (issue 13): the
    # goal, when the movement is launched and when it is reviewed. A movement's old figure
    # ("Nhiệm vụ" / "Hoàn thành tốt") becomes its goal.
    10: """
    ALTER TABLE agreement_item ADD COLUMN goal TEXT NOT NULL DEFAULT '';
    ALTER TABLE agreement_item ADD COLUMN launch TEXT NOT NULL DEFAULT '';
    ALTER TABLE agreement_item ADD COLUMN review TEXT NOT NULL DEFAULT '';
    UPDATE agreement_item SET
        goal = CASE WHEN unit_of_measure IN ('', 'Nhiệm vụ') THEN target ELSE trim(target || ' ' || unit_of_measure) END,
        unit_of_measure = '',
        target = ''
    WHERE section = 'movement'
    """,
    # Protocol of the day (issue 15, docs/protocol.md): the organizers' own order of rank (a person
    # not listed keeps the default place core/protocol_rank.py gives), the seats (row 0 is the
    # head table), the programme's timed items (each may name the stage of the day it belongs to),
    # and the texts the organizers write (the MC's script as edited, the year's assessment).
    11: """
    CREATE TABLE protocol_rank (
        person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL
    );
    CREATE TABLE seat (
        person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        seat_row INTEGER NOT NULL CHECK (seat_row >= 0),
        place INTEGER NOT NULL CHECK (place >= 1),
        UNIQUE (seat_row, place)
    );
    CREATE TABLE programme_item (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        start TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (title <> ''),
        responsible TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE protocol_text (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # Scoring and titles (issue 14, core/scoring.py, core/titles.py): the scoring table (a tree of
    # groups and criteria), each unit's self-scored and reviewed values, the facts the tie rule
    # needs, and the titles acclaimed in order, each with its places, rules and vote.
    12: """
    CREATE TABLE score_item (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES score_item(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL UNIQUE CHECK (code <> ''),
        title TEXT NOT NULL CHECK (title <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('group', 'target', 'pass_fail', 'count', 'bonus', 'penalty')),
        max_points TEXT NOT NULL DEFAULT '0',
        target TEXT,
        per_occurrence TEXT,
        measure TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX score_item_parent ON score_item(parent_id);
    CREATE TABLE score_value (
        item_id INTEGER NOT NULL REFERENCES score_item(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        self_value TEXT,
        reviewed_value TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, unit_id)
    );
    CREATE TABLE score_unit (
        unit_id INTEGER PRIMARY KEY REFERENCES unit(id) ON DELETE CASCADE,
        women INTEGER CHECK (women >= 0),
        staff INTEGER CHECK (staff >= 0),
        self_source TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE award_title (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        places INTEGER NOT NULL DEFAULT 1 CHECK (places >= 0),
        places_percent TEXT,
        candidates INTEGER NOT NULL DEFAULT 0 CHECK (candidates >= 0),
        threshold_numerator INTEGER NOT NULL DEFAULT 1 CHECK (threshold_numerator >= 0),
        threshold_denominator INTEGER NOT NULL DEFAULT 2 CHECK (threshold_denominator > 0),
        threshold_strict INTEGER NOT NULL DEFAULT 1,
        threshold_base TEXT NOT NULL DEFAULT 'valid'
            CHECK (threshold_base IN ('entitled', 'present', 'cast', 'valid')),
        vote_id INTEGER UNIQUE REFERENCES vote(id) ON DELETE SET NULL
    );
    """,
}

# What a migration does that SQL cannot: run after that version's SQL, in the same transaction.
DATA_STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {9: migrate_notes.migrate}


def latest_version() -> int:
    return max(MIGRATIONS)


def statements(script: str) -> list[str]:
    """The statements of one migration (executescript() would commit the open transaction)."""
    return [s for s in script.split(";") if s.strip()]


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, view, trigger
    name: str
    table: str  # the table it belongs to
    sql: str  # normalised: runs of white space collapsed ("" for SQLite's own indexes)


def _kind_word(kind: str, capital: bool = False) -> str:
    if kind == "table":
        return Said("Bảng") if capital else Said("bảng")
    if kind == "index":
        return Said("Chỉ mục") if capital else Said("chỉ mục")
    if kind == "view":
        return Said("Khung nhìn (view)") if capital else Said("khung nhìn (view)")
    return "Trigger" if capital else kind


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())


def schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """Every object of the file's main schema but SQLite's own bookkeeping tables (the counters
    of AUTOINCREMENT, ANALYZE's statistics). A trigger or view is listed whatever its name: one
    named sqlite_… is as foreign as any other."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE NOT (type = 'table' AND "
        "(name = 'sqlite_sequence' OR name LIKE 'sqlite\\_stat%' ESCAPE '\\'))"
    )
    return {
        (kind, name): SchemaObject(kind, name, table, _normalised(sql)) for kind, name, table, sql in rows
    }


def expected_schema(version: int) -> dict[tuple[str, str], SchemaObject]:
    """What the migrations up to ``version`` make."""
    return _built(tuple(MIGRATIONS[v] for v in sorted(MIGRATIONS) if v <= version))


@cache
def _built(scripts: tuple[str, ...]) -> dict[tuple[str, str], SchemaObject]:
    """The schema the scripts make, built once in memory (keyed by the SQL, which tests patch)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in scripts:
            for statement in statements(script):
                conn.execute(statement)
        return schema_of(conn)
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Each object that is not what the program's schema of ``version`` has, in Vietnamese."""
    if version not in MIGRATIONS:
        return [Said("Phiên bản dữ liệu {0} không phải một phiên bản ThiDua đã phát hành.", version)]
    expected, actual = expected_schema(version), schema_of(conn)
    problems: list[str] = []
    for key in sorted(actual.keys() - expected.keys()):
        obj = actual[key]
        problems.append(
            Said(
                'Có {0} "{1}" (trên bảng {2}) không thuộc cấu trúc của ThiDua: đã được thêm vào tệp bằng '
                "một chương trình khác.",
                _kind_word(obj.kind),
                obj.name,
                obj.table,
            )
        )
    for key in sorted(expected.keys() - actual.keys()):
        obj = expected[key]
        problems.append(Said('Thiếu {0} "{1}": đã bị xóa khỏi tệp.', _kind_word(obj.kind), obj.name))
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key].sql != actual[key].sql:
            obj = actual[key]
            problems.append(
                Said(
                    '{0} "{1}" khác với cấu trúc của ThiDua: đã bị sửa bằng một chương trình khác.',
                    _kind_word(obj.kind, capital=True),
                    obj.name,
                )
            )
    return problems
