"""Benchmark of importing people (issue 16): a long list previewed fast, and every hostile file
refused (or read within bounds) fast and in little memory.

Run it as ``python bench/bench_import.py``; ``run()`` returns (label, value, goal, unit, met)
rows for bench/run.py.

- **preview of 5,000 rows**: reading a realistic .xlsx of 5,000 people and previewing it
  against a meeting of 300 (what the import dialog's worker does), median of 3 runs.
- **each hostile file** (bench/hostile_files.py): handled in a fresh process, which reports
  the time from the call to the refusal and its own peak resident memory (VmHWM after
  resetting it, the interpreter and openpyxl included).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

import hostile_files  # noqa: E402

from core.importer import preview_table, read_sheet  # noqa: E402
from core.model import Person, Role, Unit  # noqa: E402

ROWS = 5_000
PREVIEW_GOAL_MS = 2_000
HOSTILE_GOAL_MS = 2_000
HOSTILE_GOAL_MB = 200
REPEATS = 3
PROVINCES = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên", "Đắk Lắk", "Bình Định", "Gia Lai", "Đà Nẵng"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hà", "Lan", "Minh", "Nhung", "Sơn", "Thành", "Tuyết"]

# Runs in the child process: handle one file, print {"ms": …, "mb": …, "outcome": …} as JSON.
# The peak resident memory of a process begins as its parent's (fork), so the child first
# resets it (Linux: "5" to /proc/self/clear_refs) and reads it back from /proc/self/status.
_CHILD = """
import json, resource, sys, time
try:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")
    reset = True
except OSError:
    reset = False
sys.path.insert(0, {root!r})
from core.errors import ValidationError
from core.importer import read_sheet
start = time.perf_counter()
try:
    sheet = read_sheet({path!r})
    outcome = "read {{}} rows".format(len(sheet.cells))
except ValidationError as error:
    outcome = "refused"
ms = (time.perf_counter() - start) * 1000
if reset:
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
else:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"ms": ms, "mb": kb * 1024 / 1e6, "outcome": outcome}}))
"""


def write_list(path: Path, rows: int) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Đại biểu")
    sheet.append(["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Vai trò"])
    for n in range(rows):
        name = f"{SURNAMES[n % 10]} Văn {GIVEN[(n // 10) % 12]} {n // 120}"
        sheet.append([n + 1, name, "Chuyên viên", PROVINCES[n % 8], f"0905{n:06d}", "Đại biểu"])
    workbook.save(path)
    return path


def preview_ms(path: Path) -> float:
    units = [Unit(name, f"Ban Tổ chức Tỉnh ủy {name}", i + 1, i + 1) for i, name in enumerate(PROVINCES)]
    existing = [
        Person(f"Người Có Sẵn {i}", Role.DELEGATE, unit_id=i % 8 + 1, code=str(1001 + i), id=i + 1)
        for i in range(300)
    ]
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        preview = preview_table(read_sheet(path), units, existing, source=path.name)
        timings.append((time.perf_counter() - start) * 1000)
        if preview.errors or len(preview.rows) != ROWS:
            raise RuntimeError(f"the benchmark list did not preview cleanly: {preview.errors[:3]}")
    return statistics.median(timings)


def hostile(path: Path) -> dict:
    code = _CHILD.format(root=str(ROOT), path=str(path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1])
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> list[tuple[str, float | str, float, str, bool | None]]:
    rows: list[tuple[str, float | str, float, str, bool | None]] = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        value = preview_ms(write_list(folder / "danh-sach.xlsx", ROWS))
        rows.append(
            (f"preview of a {ROWS:,}-row .xlsx", value, PREVIEW_GOAL_MS, "ms", value < PREVIEW_GOAL_MS)
        )
        for label, build in hostile_files.BOMBS.items():
            path = build(folder)
            figures = hostile(path)
            path.unlink()
            handled = figures["outcome"]
            rows.append(
                (
                    f"{label}: {handled}, time",
                    figures["ms"],
                    HOSTILE_GOAL_MS,
                    "ms",
                    figures["ms"] < HOSTILE_GOAL_MS,
                )
            )
            rows.append(
                (
                    f"{label}: peak memory",
                    figures["mb"],
                    HOSTILE_GOAL_MB,
                    "MB",
                    figures["mb"] < HOSTILE_GOAL_MB,
                )
            )
    return rows


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        print(f"{label}: {value:.1f} {unit} (goal < {goal:g} {unit}) {'OK' if met else 'MISSED'}")
    return 0 if all(met for *_, met in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
