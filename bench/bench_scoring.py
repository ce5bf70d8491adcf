"""Benchmark of the scoring (issue 14): recomputing every score and the ranking, importing the
units' workbooks. Figures are medians of several runs, printed beside their limits.

    python bench/bench_scoring.py

A cluster has about a dozen units and a few dozen criteria: 20 units x 60 criteria is a margin.
Recomputing is what every edit of a reviewed score costs the screen (read the file, compute,
rank): under 50 ms. Importing is the organizers' batch of returned workbooks: under 5 s for 20.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core import scoring  # noqa: E402
from core.model import Unit  # noqa: E402
from core.scoring import Item, Kind  # noqa: E402
from core.storage import MeetingFile  # noqa: E402
from core.units import add_unit  # noqa: E402

UNITS = 20
CRITERIA = 60
REPEATS = 9
SEED = 2019
RECOMPUTE_LIMIT_MS = 50.0
IMPORT_LIMIT_S = 5.0


def table_items() -> list[Item]:
    kinds = [Kind.TARGET, Kind.PASS_FAIL, Kind.COUNT, Kind.BONUS, Kind.PENALTY]
    items: list[Item] = []
    for group in range(6):
        code = f"G{group + 1}"
        items.append(Item(code, f"Nhóm tiêu chí {group + 1}", Kind.GROUP))
        for n in range(CRITERIA // 6):
            kind = kinds[(group * 10 + n) % len(kinds)]
            items.append(
                Item(
                    f"{group + 1}.{n + 1}",
                    f"Tiêu chí {group + 1}.{n + 1}",
                    kind,
                    Fraction(5),
                    parent=code,
                    target=Fraction(20),
                    per=Fraction(1),
                )
            )
    return items


def random_value(item: Item, rng: random.Random) -> Fraction:
    if item.kind is Kind.PASS_FAIL:
        return Fraction(rng.randint(0, 1))
    if item.kind in (Kind.BONUS, Kind.PENALTY):
        return Fraction(rng.randint(0, 10), 2)
    if item.kind is Kind.COUNT:
        return Fraction(rng.randint(0, 8))
    return Fraction(rng.randint(0, 400), 10)


def build(folder: Path) -> MeetingFile:
    rng = random.Random(SEED)
    db = MeetingFile.create(folder / "bench.thidua")
    for n in range(UNITS):
        add_unit(db, Unit(f"Tỉnh {n + 1:02d}", f"Ban Tổ chức Tỉnh ủy Tỉnh {n + 1:02d}"))
    table = scoring.save_table(db, table_items())
    for (unit_id,) in db.conn.execute("SELECT id FROM unit").fetchall():
        scoring.set_self_values(db, unit_id, {c.code: random_value(c, rng) for c in table.criteria})
        item = rng.choice(table.criteria)  # one reviewed value per unit: both scores are computed
        scoring.set_reviewed(db, item.code, unit_id, random_value(item, rng), "Điều chỉnh sau thẩm định")
    return db


def median_ms(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[tuple]:
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with build(folder) as db:
            recompute = median_ms(lambda: scoring.standing(db))
            rows.append(
                (f"recompute {UNITS} units x {CRITERIA} criteria", recompute, RECOMPUTE_LIMIT_MS, "ms")
            )
            rows.extend(import_rows(db, folder))
    return rows


def import_rows(db: MeetingFile, folder: Path) -> list[tuple]:
    try:
        from core import scoring_excel
    except ImportError:
        return [("import 20 workbooks", "not available", IMPORT_LIMIT_S, "s", None)]
    out = folder / "workbooks"
    out.mkdir()
    paths = scoring_excel.write_unit_workbooks(db, out)
    seconds = median_ms(lambda: scoring_excel.import_workbooks(db, paths), repeats=3) / 1000
    return [(f"import {len(paths)} workbooks", seconds, IMPORT_LIMIT_S, "s")]


if __name__ == "__main__":
    for label, value, goal, unit, *_ in run():
        shown = f"{value:.1f}" if isinstance(value, float) else value
        print(f"{label:40} {shown:>10} {unit}   (limit {goal} {unit})")
