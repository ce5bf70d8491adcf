"""Row fingerprints: how the audit chain covers the data tables, not only the event log.

Every data table (every table but ``event`` and SQLite's own) is watched by TEMP triggers
that exist only in the program's own connection: each insert, update or delete notes the
primary key of the row it touched. When a transaction appends its audit event, the event
also records, for each touched row, a SHA-256 fingerprint of the row as committed (or
``null`` when the row is gone). The event's hash covers those fingerprints, so the chain
says what every row must look like. ``core.audit.verify`` replays the chain and compares
with the rows actually in the file: a row changed, added or removed by another program
(``sqlite3``, a database browser) has no matching event and is found, down to its key.

The triggers are TEMP, so a file edited with another tool fires nothing there; they call a
Python function, which only this program's connection defines. Cost: one call per touched
row, whatever the size of the tables (a check-in touches one row).

A migration changes rows without user action (e.g. a new column), so after migrating the
storage appends a *snapshot* event that fingerprints every row of every data table.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

EVENT_TABLE = "event"
ROWS_COLUMN = "rows"
_TOUCH_FUNCTION = "thidua_touch_row"
_TRIGGER_PREFIX = "thidua_rowlog_"

# A table's rows as the chain knows them: row key (JSON list of primary-key values) -> fingerprint.
TableRows = dict[str, str]


@dataclass(frozen=True)
class TableKey:
    """How rows of a table are identified: its primary-key columns, or the rowid."""

    table: str
    columns: tuple[str, ...]  # empty: the table has no declared primary key, rows are keyed by rowid

    def select_key(self) -> str:
        return ", ".join(quote(c) for c in self.columns) if self.columns else "rowid"

    def where(self) -> str:
        if not self.columns:
            return "rowid = ?"
        return " AND ".join(f"{quote(c)} IS ?" for c in self.columns)

    def describe(self, key: str) -> str:
        """E.g. ``id=12`` or ``vote_id=1, person_id=4``: how a message names a row."""
        values = _key_values(key)
        if values is None:  # a key no ThiDua wrote (a forged event): shown as it is
            return key
        names = self.columns or ("rowid",)
        return ", ".join(f"{name}={value}" for name, value in zip(names, values, strict=False))


def _key_values(key: str) -> list | None:
    """The primary-key values a row key holds, or None when it is not a key this module wrote."""
    try:
        values = json.loads(key)
    except ValueError:
        return None
    return [decode_value(v) for v in values] if isinstance(values, list) else None


def read_row(conn: sqlite3.Connection, key: TableKey, row_key: str) -> tuple | None:
    """The row of ``key.table`` that ``row_key`` names, as it is in the file now."""
    values = _key_values(row_key)
    if values is None:
        return None
    return conn.execute(f"SELECT * FROM {quote(key.table)} WHERE {key.where()}", values).fetchone()


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def data_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> ? ORDER BY name",
        (EVENT_TABLE,),
    )
    return [r[0] for r in rows]


def table_key(conn: sqlite3.Connection, table: str) -> TableKey:
    info = conn.execute(f"PRAGMA main.table_info({quote(table)})").fetchall()
    primary = sorted((row[5], row[1]) for row in info if row[5] > 0)
    return TableKey(table, tuple(name for _, name in primary))


def has_rows_column(conn: sqlite3.Connection) -> bool:
    info = conn.execute(f"PRAGMA main.table_info({EVENT_TABLE})").fetchall()
    return any(row[1] == ROWS_COLUMN for row in info)


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    return value


def row_key(values: tuple | list) -> str:
    return json.dumps([_encode(v) for v in values], ensure_ascii=False)


def row_fingerprint(table: str, values: tuple | list) -> str:
    """SHA-256 (128 bits kept, in hex) of the table name and every column value in order."""
    record = json.dumps([table, [_encode(v) for v in values]], ensure_ascii=False)
    return hashlib.sha256(record.encode()).hexdigest()[:32]


def table_rows(conn: sqlite3.Connection, table: str) -> TableRows:
    """Every row of ``table`` as key -> fingerprint (verify and snapshots use it)."""
    key = table_key(conn, table)
    width = len(key.columns) or 1
    sql = f"SELECT {key.select_key()}, * FROM {quote(table)}"
    return {row_key(row[:width]): row_fingerprint(table, row[width:]) for row in conn.execute(sql)}


def snapshot(conn: sqlite3.Connection) -> dict[str, TableRows]:
    return {table: table_rows(conn, table) for table in data_tables(conn)}


class RowTracker:
    """Notes the rows each transaction touches, through TEMP triggers on this connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.touched: dict[str, set[str]] = {}
        self._keys: dict[str, TableKey] = {}
        conn.create_function(_TOUCH_FUNCTION, -1, self._touch)
        # REPLACE deletes the rows it displaces: with this on, their delete triggers fire too.
        conn.execute("PRAGMA recursive_triggers = ON")
        self.install()

    def _touch(self, table: str, *key: Any) -> None:
        self.touched.setdefault(table, set()).add(row_key(key))

    def install(self) -> None:
        """Create the triggers for the tables of the file (opened, and migrated if it was old)."""
        for number, table in enumerate(data_tables(self.conn)):
            key = table_key(self.conn, table)
            self._keys[table] = key
            literal = "'" + table.replace("'", "''") + "'"

            def args(row: str, key: TableKey = key, literal: str = literal) -> str:
                columns = key.columns or ("rowid",)
                return ", ".join([literal, *(f"{row}.{quote(c)}" for c in columns)])

            target = f"main.{quote(table)}"
            name = f"{_TRIGGER_PREFIX}{number}"
            self.conn.execute(
                f"CREATE TEMP TRIGGER {name}_i AFTER INSERT ON {target} "
                f"BEGIN SELECT {_TOUCH_FUNCTION}({args('NEW')}); END"
            )
            self.conn.execute(
                f"CREATE TEMP TRIGGER {name}_u AFTER UPDATE ON {target} "
                f"BEGIN SELECT {_TOUCH_FUNCTION}({args('OLD')}); SELECT {_TOUCH_FUNCTION}({args('NEW')}); END"
            )
            self.conn.execute(
                f"CREATE TEMP TRIGGER {name}_d AFTER DELETE ON {target} "
                f"BEGIN SELECT {_TOUCH_FUNCTION}({args('OLD')}); END"
            )

    def collect(self) -> dict[str, Any]:
        """The ``rows`` record of the event being appended: each touched row as it is now."""
        changes: dict[str, TableRows | dict[str, str | None]] = {}
        for table, keys in sorted(self.touched.items()):
            found: dict[str, str | None] = {}
            for text in sorted(keys):
                row = read_row(self.conn, self._keys[table], text)
                found[text] = None if row is None else row_fingerprint(table, row)
            changes[table] = found
        self.touched = {}
        return {"changes": changes}

    def forget(self) -> None:
        self.touched = {}


def decode_value(value: Any) -> Any:
    if isinstance(value, dict) and "blob" in value:
        return bytes.fromhex(value["blob"])
    return value


def snapshot_record(conn: sqlite3.Connection) -> dict[str, Any]:
    """The ``rows`` record of a snapshot event: every row of every data table."""
    return {"snapshot": snapshot(conn)}


def encode_record(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rounds_digest(conn: sqlite3.Connection, round_ids: list[int]) -> str:
    """What a confirmed round put on paper, in one hash: each round's frozen result and every
    ballot row of it. The confirm event keeps it, so the code printed on the minutes vouches
    for all of it (core/audit.py), not only for the figures it names."""
    digest = hashlib.sha256()
    for round_id in sorted(round_ids):
        row = conn.execute("SELECT result FROM vote_round WHERE id = ?", (round_id,)).fetchone()
        digest.update(json.dumps([round_id, row[0] if row else None], ensure_ascii=False).encode())
        for values in conn.execute("SELECT * FROM ballot_entry WHERE round_id = ? ORDER BY id", (round_id,)):
            digest.update(row_fingerprint("ballot_entry", values).encode())
    return digest.hexdigest()
