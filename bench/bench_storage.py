"""What a complete meeting file costs: one commit, against SQLite's own floor, in the same run.

ThiDua keeps the file alone complete (rollback journal, ``synchronous = FULL``) and holds it
exclusively (``locking_mode = EXCLUSIVE``), where SQLite's fastest durable mode is WAL with
``synchronous = FULL``, which leaves the day's work in the ``-wal`` file beside it. Measured
here, one row inserted and committed, median of many:

- bare SQLite, WAL + FULL: the limit a durable commit cannot beat on this disk;
- bare SQLite, rollback journal + FULL + exclusive lock: the mode ThiDua chose, and its ratio to
  the limit (the price of a copy of the file alone always being complete);
- a check-in through the program (the chain event, the row fingerprints, the checks inside the
  transaction) and its ratio to the limit.

Run it as ``python bench/bench_storage.py``; ``run()`` returns (label, value, goal, unit, met) rows.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core.attendance import check_in  # noqa: E402
from core.model import Person, Role, Unit  # noqa: E402
from core.people import add_people  # noqa: E402
from core.storage import MeetingFile  # noqa: E402
from core.units import add_unit  # noqa: E402

COMMITS = 400
MODE_RATIO_GOAL = 4.0  # the complete file may cost up to this many times the WAL floor
CHECK_IN_RATIO_GOAL = 6.0  # and a whole check-in up to this many


def bare_commit_ms(folder: Path, journal_mode: str, exclusive: bool) -> float:
    conn = sqlite3.connect(folder / f"bare-{journal_mode}-{exclusive}.db", isolation_level=None)
    try:
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        conn.execute("PRAGMA synchronous = FULL")
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("CREATE TABLE attendance (person_id INTEGER PRIMARY KEY, checked_in_at TEXT NOT NULL)")
        timings = []
        for number in range(COMMITS):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO attendance VALUES (?, '2019-12-19T08:00:00')", (number,))
            conn.execute("COMMIT")
            timings.append(time.perf_counter() - started)
    finally:
        conn.close()
    return statistics.median(timings) * 1000


def check_in_ms(folder: Path) -> float:
    db = MeetingFile.create(folder / "hoi-nghi.thidua")
    try:
        unit = add_unit(db, Unit("Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa"))
        people = add_people(
            db, [Person(f"Đại Biểu {n:04d}", Role.DELEGATE, unit_id=unit.id) for n in range(COMMITS)]
        )
        timings = []
        for person in people:
            started = time.perf_counter()
            check_in(db, person.id)
            timings.append(time.perf_counter() - started)
    finally:
        db.close()
    return statistics.median(timings) * 1000


def run() -> list[tuple[str, float, float | None, str, bool | None]]:
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent.parent) as name:
        folder = Path(name)  # on the project's disk, not a RAM-backed /tmp: fsync must cost what it costs
        wal = bare_commit_ms(folder, "WAL", exclusive=False)
        complete = bare_commit_ms(folder, "DELETE", exclusive=True)
        program = check_in_ms(folder)
    mode_ratio, check_in_ratio = complete / wal, program / wal
    return [
        ("one-row commit, bare SQLite, WAL + synchronous=FULL (the limit)", wal, None, "ms", None),
        ("one-row commit, bare SQLite, rollback journal + FULL + exclusive (ThiDua's mode)", complete, None,
         "ms", None),
        ("  ThiDua's mode / the limit: the price of a complete file", mode_ratio, MODE_RATIO_GOAL, "×",
         mode_ratio <= MODE_RATIO_GOAL),
        ("check-in through the program (event, fingerprints, checks)", program, 20.0, "ms", program < 20),
        ("  check-in / the limit", check_in_ratio, CHECK_IN_RATIO_GOAL, "×", check_in_ratio <= CHECK_IN_RATIO_GOAL),
    ]  # fmt: skip


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        verdict = "" if met is None else ("OK" if met else "MISSED")
        limit = "" if goal is None else f" (goal ≤ {goal:g} {unit})"
        print(f"{label}: {value:.2f} {unit}{limit} {verdict}")
    return 0 if all(row[4] is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
