"""Run every benchmark of the project and print one table (bench/README.md says how to read it).

    python bench/run.py                   # every bench/bench_*.py that has run()
    python bench/run.py startup tally     # only those (names without "bench_")
    python bench/run.py --skip crash      # all but those

Each module runs in its own process (no Qt or memory state shared between benchmarks)
and its ``run()`` returns rows (label, value, goal, unit, met). Rows of four,
(label, value, goal, unit), mean "goal: value < goal" (bench_tally.py's older shape).
A value that is text (e.g. "not built", "votes not available") has met = None: not
measured, said so instead of a made-up figure. Exit status: 1 if any goal is missed or a
benchmark failed, else 0.
"""

from __future__ import annotations

import importlib
import json
import math
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TIMEOUT_S = 1800


@dataclass
class Row:
    module: str
    label: str
    value: float | str
    goal: float | None
    unit: str
    met: bool | None  # None: not measured (value says why)


def discover() -> list[str]:
    """Module names (bench_x) of the files that define a top-level run()."""
    names = []
    for path in sorted(BENCH.glob("bench_*.py")):
        if "\ndef run(" in path.read_text(encoding="utf-8"):
            names.append(path.stem)
    return names


def normalize(module: str, row) -> Row:
    """A row in either shape as a Row; a malformed one becomes a failed row that says so."""
    try:
        if len(row) == 4:
            label, value, goal, unit = row
            met = value < goal if isinstance(value, int | float) else None
        else:
            label, value, goal, unit, met = row
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
            if math.isnan(value):
                value, met = "NaN", False
        return Row(module, str(label), value, None if goal is None else float(goal), str(unit), met)
    except (TypeError, ValueError) as error:
        return Row(module, f"malformed row {row!r}: {error}", "error", None, "", False)


def rows_of(module: str) -> list[list]:
    """In the child process: import the module, run it, rows as JSON-able lists."""
    sys.path[:0] = [str(ROOT), str(BENCH)]
    rows = importlib.import_module(module).run()
    return [list(row) for row in rows]


def run_module(module: str) -> tuple[list[Row], float]:
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--rows-of", module],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return [Row(module, f"did not finish in {TIMEOUT_S} s", "error", None, "", False)], TIMEOUT_S
    took = time.perf_counter() - start
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        reason = (result.stderr.strip().splitlines() or [f"exit {result.returncode}"])[-1]
        return [Row(module, f"failed: {reason}", "error", None, "", False)], took
    return [normalize(module, row) for row in json.loads(lines[-1])], took


def format_value(row: Row) -> str:
    if isinstance(row.value, str):
        return row.value
    digits = 0 if abs(row.value) >= 100 or row.value.is_integer() else 1 if abs(row.value) >= 10 else 2
    return f"{row.value:.{digits}f} {row.unit}".strip()


def format_goal(row: Row) -> str:
    return (
        "" if row.goal is None or (row.met is None and not row.unit) else f"{row.goal:g} {row.unit}".strip()
    )


def is_reference(row: Row) -> bool:
    """A limit measured in the same run for a ratio beside it (e.g. bare SQLite's commit): no goal."""
    return row.met is None and row.goal is None and not isinstance(row.value, str)


def verdict(row: Row) -> str:
    if is_reference(row):
        return "ref"
    return {True: "met", False: "MISSED", None: "n/a"}[row.met]


def table(rows: list[Row]) -> str:
    header = ("benchmark", "figure", "value", "goal", "met")
    body = [
        (r.module.removeprefix("bench_"), r.label, format_value(r), format_goal(r), verdict(r)) for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells) -> str:
        return "  ".join(
            cell.rjust(w) if i in (2, 3) else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(cells) for cells in body)])


def main(argv: list[str]) -> int:
    if argv[:1] == ["--rows-of"]:
        print(json.dumps(rows_of(argv[1]), ensure_ascii=False))
        return 0
    skip = (
        {f"bench_{name.removeprefix('bench_')}" for name in argv[argv.index("--skip") + 1 :]}
        if "--skip" in argv
        else set()
    )
    only = [f"bench_{name.removeprefix('bench_')}" for name in argv if not name.startswith("--")]
    only = [name for name in only if name not in skip]
    modules = [m for m in discover() if (not only or m in only) and m not in skip]
    if not modules:
        print("no benchmark found", file=sys.stderr)
        return 1
    rows: list[Row] = []
    for module in modules:
        print(f"running {module} …", file=sys.stderr, flush=True)
        module_rows, took = run_module(module)
        print(f"  {module}: {took:.0f} s", file=sys.stderr, flush=True)
        rows.extend(module_rows)
    print(table(rows))
    missed = sum(r.met is False for r in rows)
    met = sum(r.met is True for r in rows)
    references = sum(is_reference(r) for r in rows)
    unmeasured = sum(r.met is None for r in rows) - references
    print(f"\n{met} goals met, {missed} missed, {unmeasured} not measured, {references} reference figures")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
