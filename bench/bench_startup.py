"""Benchmark of what the hall laptop feels: start-up, bundle size and memory over a day.

Run it as ``python bench/bench_startup.py``; ``run()`` returns (label, value, goal, unit,
met) rows for bench/run.py. Figures:
- cold start to the first paint of the main window, from source (goal < 1 s) and from
  the bundle in dist/ThiDua if it was built (goal < 1.5 s): a fresh process each time,
  opening a meeting file, the median of RUNS. The clock starts before the process is
  created, so the interpreter's (or the bundle's) own start counts. "Cold" means a new
  process; the system's file cache stays warm (dropping it would disturb the machine);
- the document libraries (reportlab, openpyxl, python-docx; pypdfium2 and Qt's print support
  of the print preview) loaded before that first paint: the start path should load none (goal 0);
- the bundle's size unpacked (goal at most 120 MB, grown from 100 MB for the print preview and
  printing, docs/development.md#printing; MB = 1,000,000 bytes);
- peak memory (resident set) over a whole demo day (bench/demo_day.py; goal < 200 MB).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = 7
BUNDLE = ROOT / "dist" / "ThiDua"
BUNDLE_GOAL_MB = 120.0  # issue 13: the print preview and printing (PDFium, Qt print support)
PROBE = "THIDUA_FIRST_PAINT"

Row = tuple[str, float | str, float | None, str, bool | None]


def bundle_executable() -> Path | None:
    for name in ("ThiDua.exe", "ThiDua"):
        if (BUNDLE / name).is_file():
            return BUNDLE / name
    return None


def _environment(home: Path) -> dict[str, str]:
    """The user's folders and settings in a temp dir: no recent file, no real preferences.

    Byte code is cached (in the temp dir, by the run that is not counted) even where the
    environment says PYTHONDONTWRITEBYTECODE: a user's Python and the bundle start from
    compiled modules, and compiling ours on every run would be measured against a bare
    window that has almost nothing to compile."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {
        **environment,
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "THIDUA_STARTUP_PROBE": "1",
        "THIDUA_USER_DIR": str(home),  # core/paths.py: data, documents and settings, on every platform
    }


def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """Seconds from creating the process to the first paint, the heavy modules loaded, and the
    CPU seconds the process used (it quits right after that paint)."""
    start = time.time()
    cpu_before = _children_cpu()
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env, cwd=ROOT
    )
    cpu = _children_cpu() - cpu_before
    lines = [line for line in result.stdout.splitlines() if line.startswith(PROBE)]
    if not lines:
        raise RuntimeError(
            f"no first paint reported (exit {result.returncode}): {result.stderr.strip()[-300:]}"
        )
    fields = dict(part.split("=", 1) for part in lines[0].split()[1:])
    return float(fields["epoch"]) - start, fields.get("heavy", "?"), cpu


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    if sys.platform == "win32":
        return 0.0  # no resource module: the CPU ratio is not measured there
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_times(command: list[str], runs: int = RUNS, meeting_arg: bool = True) -> tuple[float, str, float]:
    """Median seconds to the first paint over ``runs`` (after one run that is not counted), the
    heavy modules, and the median CPU seconds."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        meeting = home / "meeting.thidua"
        from core.demo import write_demo

        write_demo(meeting).close()
        env = _environment(home)
        args = [*command, str(meeting)] if meeting_arg else command
        first_paint(args, env)  # load the files into the OS cache once
        timings, cpus, heavy = [], [], "?"
        for _ in range(runs):
            seconds, heavy, cpu = first_paint(args, env)
            timings.append(seconds)
            cpus.append(cpu)
    return statistics.median(timings), heavy, statistics.median(cpus)


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (symbolic links count as themselves)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def run() -> list[Row]:
    rows: list[Row] = []
    bare_s, _heavy, bare_cpu = start_times(
        [sys.executable, str(ROOT / "bench" / "bare_window.py")], meeting_arg=False
    )
    source_s, heavy, source_cpu = start_times([sys.executable, str(ROOT / "main.py")])
    rows.append(
        ("cold start to first paint: a bare PySide6 window (the limit)", bare_s * 1000, None, "ms", None)
    )
    rows.append(("cold start to first paint, from source", source_s * 1000, 1000.0, "ms", source_s < 1.0))
    if bare_cpu > 0:
        rows.append(("  CPU time of that start: ThiDua / the bare window", source_cpu / bare_cpu, 2.5, "×",
                     source_cpu / bare_cpu <= 2.5))  # fmt: skip
    loaded = [] if heavy in ("none", "?") else heavy.split(",")
    label = "document libraries loaded before the first paint" + (f" ({', '.join(loaded)})" if loaded else "")
    rows.append((label, float(len(loaded)), 0.0, "modules", not loaded))

    executable = bundle_executable()
    if executable is None:
        rows.append(("cold start to first paint, from the bundle", "not built", 1500.0, "ms", None))
        rows.append(("bundle size unpacked (dist/ThiDua)", "not built", BUNDLE_GOAL_MB, "MB", None))
    else:
        bundle_s, _heavy, _cpu = start_times([str(executable)])
        rows.append(
            ("cold start to first paint, from the bundle", bundle_s * 1000, 1500.0, "ms", bundle_s < 1.5)
        )
        size_mb = folder_size(BUNDLE) / 1e6
        rows.append(
            ("bundle size unpacked (dist/ThiDua)", size_mb, BUNDLE_GOAL_MB, "MB", size_mb <= BUNDLE_GOAL_MB)
        )

    day = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "demo_day.py"), "--measure"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=1200,
    )
    report = (
        json.loads(day.stdout.strip().splitlines()[-1]) if day.returncode == 0 and day.stdout.strip() else {}
    )
    if "peak_mb" not in report:
        reason = report.get("error") or day.stderr.strip()[-200:] or "no report"
        rows.append(("peak memory over a demo day", f"failed: {reason}", 200.0, "MB", False))
        return rows
    steps = [f"setup, {report['check_ins']} check-ins"]
    votes = str(report["votes"])
    steps.append(votes if not votes.startswith("votes not available") else "no votes")
    steps.append("the agreement" if report.get("agreement") else "no agreement")
    label = f"peak memory over a demo day ({'; '.join(steps)})"
    rows.append((label, report["peak_mb"], 200.0, "MB", report["peak_mb"] < 200.0))
    if votes.startswith("votes not available"):
        rows.append(("demo day: two votes of 300 ballots", "votes not available", 0.0, "", None))
    if not report.get("agreement"):
        rows.append(("demo day: the agreement", "agreement not available", 0.0, "", None))
    return rows


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        shown = f"{value:.1f} {unit}" if isinstance(value, float) else value
        if goal is None:
            print(f"{label}: {shown} (reference)")
            continue
        verdict = {True: "OK", False: "MISSED", None: "n/a"}[met]
        print(f"{label}: {shown} (goal {goal:g} {unit}) {verdict}")
    return 1 if any(met is False for *_, met in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
