"""Benchmark of the audit chain's cost: a check-in with 5,000 people, and ``verify``.

Every event fingerprints the rows it wrote (core/rowlog.py), so a check-in costs the
same whatever the number of people; ``verify`` reads every row once. Run it as
``python bench/bench_audit.py``; ``run()`` returns (label, value, goal, unit, met) rows.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core.attendance import check_in_by_code  # noqa: E402
from core.audit import verify_db, verify_file  # noqa: E402
from core.model import Person, Role, Unit  # noqa: E402
from core.people import add_people  # noqa: E402
from core.storage import MeetingFile  # noqa: E402
from core.units import add_unit  # noqa: E402

PEOPLE = 5_000
CHECK_INS = 1_000  # each commit is an fsync: 5,000 would only make the bench slow


def build(path: Path) -> tuple[MeetingFile, list[str]]:
    db = MeetingFile.create(path)
    units = [add_unit(db, Unit(f"Tỉnh {i:02d}", f"Ban Tổ chức Tỉnh ủy số {i:02d}")) for i in range(1, 13)]
    people = [
        Person(f"Nguyễn Văn Đại Biểu {i:05d}", Role.HEAD if i < 12 else Role.DELEGATE, "Chuyên viên",
               units[i % len(units)].id)
        for i in range(PEOPLE)
    ]  # fmt: skip
    added = add_people(db, people, source="bench")
    return db, [p.code for p in added]


def run() -> list[tuple[str, float, float, str, bool]]:
    rows: list[tuple[str, float, float, str, bool]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.thidua"
        started = time.perf_counter()
        db, codes = build(path)
        build_ms = (time.perf_counter() - started) * 1000
        rows.append((f"add {PEOPLE} people in one action (row fingerprints included)", build_ms, 5000.0, "ms",
                     build_ms < 5000))  # fmt: skip
        timings = []
        for code in codes[:CHECK_INS]:
            start = time.perf_counter()
            check_in_by_code(db, code)
            timings.append((time.perf_counter() - start) * 1000)
        median = statistics.median(timings)
        p95 = sorted(timings)[int(len(timings) * 0.95)]
        rows.append((f"check-in by code, {PEOPLE} people (median)", median, 20.0, "ms", median < 20))
        rows.append((f"check-in by code, {PEOPLE} people (95th percentile)", p95, 20.0, "ms", p95 < 20))
        report = verify_db(db)
        if not report.ok:
            raise RuntimeError(report.text())
        label = f"verify open file ({report.events} events, {report.rows} rows)"
        rows.append((label, report.seconds * 1000, 2000.0, "ms", report.seconds < 2))
        db.close()
        report = verify_file(path)
        label = f"verify FILE from disk ({report.events} events, {report.rows} rows)"
        rows.append((label, report.seconds * 1000, 2000.0, "ms", report.ok and report.seconds < 2))
    return rows


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        print(f"{label}: {value:.1f} {unit} (goal < {goal:g} {unit}) {'OK' if met else 'SLOW'}")
    return 0 if all(row[4] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
