"""Crash safety: kill a real ThiDua process with SIGKILL at random points, many times.

The child (bench/crash_child.py) checks people in by badge code, adds walk-ins (a new
person and their check-in, one action) and enters ballots, through the program's own
functions, and acknowledges each action once committed. After every kill the parent
checks the file, and a copy of the file alone (the .thidua without the journal a kill may
leave, as a user copies it to a USB stick): every acknowledged action is there, ``PRAGMA
integrity_check`` is ok, ``verify`` passes (chain and rows), and nothing is half-done (no
walk-in without their check-in, no ballot without its event). A kill that lands while the
pages of an (unacknowledged) action are being written leaves the file alone torn, to be
repaired from its journal when ThiDua opens it: those kills are counted apart, and the
original must still pass every check. Then the child restarts on the same file.

``python bench/bench_crash.py [KILLS]`` runs the long version (default 300 kills);
tests/core/test_crash_safety.py runs a short one. ``run()`` returns bench rows.

SIGKILL stops the process between any two instructions, but the operating system still
writes what it was given: this tests the program (transactions, the rollback journal, one
event per action), not a power cut, which synchronous=FULL addresses and a VM would be
needed to test.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # so that `core` imports

from core import journal  # noqa: E402
from core.audit import verify_file  # noqa: E402
from core.demo import write_demo  # noqa: E402
from core.people import list_people  # noqa: E402

CHILD = ROOT / "bench" / "crash_child.py"
WALK_IN_ORGANIZATION = "Khách thử nghiệm sự cố"
DEFAULT_KILLS = 300


@dataclass
class CrashStats:
    kills: int = 0
    survived: int = 0  # restarts after which every check passed
    acknowledged: int = 0
    lost: int = 0  # acknowledged actions missing from the file
    half_done: int = 0
    problems: list[str] = field(default_factory=list)
    ballots: bool = False  # whether ballot entry was exercised
    copies_complete: int = 0  # kills after which a copy of the file alone held every acknowledged action
    torn_copies: int = 0  # kills while an action's pages were being written: the file alone needs its journal
    verify_ms: list[float] = field(default_factory=list)


def prepare(path: Path) -> tuple[list[str], int | None, list[int]]:
    """A demo meeting with a vote ready for ballots; returns (codes, round id, candidate unit ids)."""
    db = write_demo(path)
    try:
        codes = [p.code for p in list_people(db)]
        round_id, units = None, []
        try:
            from core.units import list_units
            from core.votes import Vote, add_vote, list_rounds

            unit_ids = [u.id for u in list_units(db)]
            vote = add_vote(db, Vote("Thử nghiệm sự cố", candidate_ids=unit_ids[:6], places=3))
            round_id = list_rounds(db, vote.id)[0].id
            units = unit_ids[:6]
        except (ImportError, AttributeError, TypeError):
            pass  # ballot entry not available in this build: check-ins and walk-ins only
    finally:
        db.close()
    return codes, round_id, units


def plan(
    rng: random.Random, codes: list[str], round_id: int | None, units: list[int], size: int
) -> list[str]:
    actions = []
    for number in range(size):
        roll = rng.random()
        if round_id is not None and roll < 0.4:
            chosen = rng.sample(units, rng.randint(0, 3))
            actions.append(f"ballot {round_id} {','.join(map(str, chosen))}")
        elif roll < 0.55:
            actions.append(f"walkin Khách số {number:05d}")
        else:
            actions.append(f"checkin {rng.choice(codes)}")
    return actions


def check(path: Path, acked: list[str], stats: CrashStats) -> bool:
    """Everything acknowledged is in the file, and in a copy of the file alone taken now (what a
    user copies to a USB stick after a crash), both are sound and nothing is half-done."""
    alone = path.with_name("ban-sao-tep-rieng.thidua")
    mid_write = journal.pending(path) != []  # killed while an action was being written
    shutil.copyfile(path, alone)  # the .thidua alone, without the journal the kill may have left
    before = (len(stats.problems), stats.lost, stats.half_done)
    try:
        copy_ok = _check_file(alone, acked, stats, "copy alone: ")
    finally:
        alone.unlink()
    if copy_ok:
        stats.copies_complete += 1
    elif mid_write:
        # The kill landed while the pages of an unacknowledged action were being written: the file
        # alone is torn and needs its journal, which ThiDua applies when it opens the original.
        stats.torn_copies += 1
        problems, stats.lost, stats.half_done = before
        del stats.problems[problems:]
    return _check_file(path, acked, stats) and (copy_ok or mid_write)


def _check_file(path: Path, acked: list[str], stats: CrashStats, label: str = "") -> bool:
    started = time.perf_counter()
    report = verify_file(path)
    stats.verify_ms.append((time.perf_counter() - started) * 1000)
    ok = True
    if not report.ok:
        stats.problems.append(label + report.text())
        ok = False
    conn = sqlite3.connect(path)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            stats.problems.append(f"{label}integrity_check failed")
            ok = False
        present_codes = {
            r[0]
            for r in conn.execute(
                "SELECT code FROM person JOIN attendance ON attendance.person_id = person.id"
            )
        }
        walk_ins = dict(
            conn.execute(
                "SELECT full_name, attendance.person_id FROM person LEFT JOIN attendance "
                "ON attendance.person_id = person.id WHERE organization = ?",
                (WALK_IN_ORGANIZATION,),
            ).fetchall()
        )
        entries = (
            {r[0] for r in conn.execute("SELECT id FROM ballot_entry")}
            if _has(conn, "ballot_entry")
            else set()
        )
        ballot_events = (
            conn.execute("SELECT COUNT(*) FROM event WHERE action = 'ballot.add'").fetchone()[0]
            if entries or _has(conn, "ballot_entry")
            else 0
        )
    except sqlite3.DatabaseError as error:  # a torn copy may not even read as a database
        stats.problems.append(f"{label}unreadable: {error}")
        return False
    finally:
        conn.close()
    for ack in acked:
        _, kind, value = ack.split(" ", 2)
        found = (
            value in present_codes
            if kind == "checkin"
            else value in walk_ins
            if kind == "walkin"
            else int(value) in entries
        )
        if not found:
            stats.lost += 1
            stats.problems.append(f"{label}lost: {ack}")
            ok = False
    half = [name for name, attended in walk_ins.items() if attended is None]
    if half or ballot_events != len(entries):
        stats.half_done += len(half) + abs(ballot_events - len(entries))
        stats.problems.append(
            f"{label}half-done: walk-ins without check-in {half}, ballots {len(entries)} events {ballot_events}"
        )
        ok = False
    return ok


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def run_kills(kills: int, folder: Path, seed: int = 2019, max_delay: float = 0.05) -> CrashStats:
    rng = random.Random(seed)
    path = folder / "su-co.thidua"
    codes, round_id, units = prepare(path)
    stats = CrashStats(ballots=round_id is not None)
    acked: list[str] = []
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8", cwd=ROOT,
        )  # fmt: skip
        ready = child.stdout.readline().strip()
        if ready != "READY":
            child.kill()
            _, err = child.communicate()
            stats.problems.append(f"child did not start: {ready} {err[-2000:]}")
            break
        try:
            child.stdin.write("\n".join(plan(rng, codes, round_id, units, 400)) + "\n")
            child.stdin.flush()
        except BrokenPipeError:
            pass
        time.sleep(rng.uniform(0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        stats.kills += 1
        if child.returncode != -signal.SIGKILL:
            stats.problems.append(f"child ended by itself ({child.returncode}): {err[-2000:]}")
        new = [line for line in out.splitlines() if line.startswith("ACK ")]
        acked.extend(new)
        stats.acknowledged += len(new)
        if check(path, acked, stats):
            stats.survived += 1
    return stats


def run(kills: int = DEFAULT_KILLS) -> list[tuple[str, float, float, str, bool]]:
    with tempfile.TemporaryDirectory() as folder:
        stats = run_kills(kills, Path(folder))
    verify = sorted(stats.verify_ms)
    actions = "check-ins, walk-ins" + (", ballots" if stats.ballots else "")
    return [
        (
            f"SIGKILLs survived ({actions})",
            stats.survived,
            stats.kills,
            "kills",
            stats.survived == stats.kills,
        ),
        (
            "copies of the file alone taken after a kill, holding every acknowledged action "
            f"({stats.torn_copies} kills hit an action being written: see docs/safety.md)",
            stats.copies_complete,
            stats.kills - stats.torn_copies,
            "kills",
            stats.copies_complete == stats.kills - stats.torn_copies,
        ),
        (f"acknowledged actions lost (of {stats.acknowledged})", stats.lost, 0, "actions", stats.lost == 0),
        ("half-done actions visible after a kill", stats.half_done, 0, "actions", stats.half_done == 0),
        (
            "verify after a kill (median)",
            verify[len(verify) // 2] if verify else 0.0,
            2000.0,
            "ms",
            bool(verify) and verify[len(verify) // 2] < 2000.0,
        ),
    ]


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_KILLS
    rows = run(kills)
    for label, value, goal, unit, met in rows:
        print(f"{label}: {value:g} {unit} (goal {goal:g} {unit}) {'OK' if met else 'FAILED'}")
    return 0 if all(row[4] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
