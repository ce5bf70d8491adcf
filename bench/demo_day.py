"""A whole demo day in one process, for the peak-memory figure of bench/bench_startup.py.

    python bench/demo_day.py --measure   # runs the day in a child; prints JSON with its peak RSS
    python bench/demo_day.py --child     # the day itself (offscreen GUI); prints JSON of what ran

The day: the demo meeting with 300 more delegates (setup), the main window open on it,
300 check-ins (core.attendance), two votes of 300 ballots each counted and confirmed
(core.votes, core.ballots, core.votes_result — if this version has them), their
ballots, minutes and results printed, and the agreement printed (if registered).
What is missing in this version is reported as such, never replaced by a made-up step.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXTRA_DELEGATES = 300
CHECK_INS = 300
VOTES = 2
BALLOTS = 300
SEED = 2019


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _visit_stages(window, app) -> None:
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        _settle(app)


def _votes(db, rng: random.Random) -> tuple[str, list[int]]:
    """Two votes of BALLOTS ballots, counted and confirmed. (what happened, vote ids)."""
    try:
        from core.ballots import add_entry
        from core.model import VotingRule
        from core.units import list_units
        from core.votes import Vote, add_vote, last_round
        from core.votes_result import confirm_round
    except ImportError as error:
        return f"votes not available ({error})", []
    units = [u.id for u in list_units(db)]
    ids = []
    for number in range(1, VOTES + 1):
        vote = add_vote(
            db,
            Vote(
                title=f"Suy tôn thử {number}",
                candidate_ids=units,
                places=4,
                voting_rule=VotingRule.PER_DELEGATE,  # 300 checked-in delegates, 300 ballots
            ),
        )
        rnd = last_round(db, vote.id)
        for _ in range(BALLOTS):
            add_entry(db, rnd.id, rng.sample(units, rng.randint(0, rnd.max_choices)))
        confirm_round(db, rnd.id)
        ids.append(vote.id)
    return f"{VOTES} votes x {BALLOTS} ballots", ids


def child() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="thidua-demo-day-"))
    from ui.smoke import isolate_qsettings, isolate_user_folders

    isolate_user_folders(folder)
    isolate_qsettings(folder)
    from core.attendance import check_in
    from core.demo import write_demo
    from core.documents.catalog import KINDS, PrintOptions, render
    from core.model import Person, Role
    from core.people import add_people, list_people
    from core.units import list_units
    from ui.app import create_application
    from ui.main_window import MainWindow

    rng = random.Random(SEED)
    report: dict[str, object] = {}
    path = folder / "day.thidua"
    db = write_demo(path)  # setup: the demo, then a long delegate list as from an Excel import
    units = list_units(db)
    add_people(
        db,
        [
            Person(f"Nguyễn Văn Thử {i:03d}", Role.DELEGATE, "Chuyên viên", units[i % len(units)].id)
            for i in range(EXTRA_DELEGATES)
        ],
        source="bench",
    )
    db.close()
    app = create_application()
    window = MainWindow()
    if not window.open_meeting(path):
        raise SystemExit("could not open the meeting")
    window.show()
    _visit_stages(window, app)
    db = window.db

    voters = [p for p in list_people(db) if p.role != Role.GUEST]
    for count, person in enumerate(voters[:CHECK_INS], start=1):
        check_in(db, person.id)
        if count % 50 == 0:
            _settle(app)
    report["check_ins"] = min(CHECK_INS, len(voters))

    report["votes"], vote_ids = _votes(db, rng)
    _visit_stages(window, app)

    printed = []
    for kind, document in KINDS.items():
        if document.needs_vote:
            for vote_id in vote_ids:
                render(db, kind, PrintOptions(vote_id=vote_id))
                printed.append(f"{kind}#{vote_id}")
        elif kind == "agreement" or kind in ("attendance", "badges"):
            render(db, kind, PrintOptions())
            printed.append(kind)
    report["printed"] = printed
    report["agreement"] = "agreement" in KINDS
    window.close()
    _settle(app)
    return report


def measure() -> dict:
    """Run the day in a child process; its peak resident memory from RUSAGE_CHILDREN."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        return {"error": " | ".join(tail) or f"exit {result.returncode}"}
    report = json.loads(result.stdout.strip().splitlines()[-1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is in KiB on Linux (bytes on macOS); MB here means 1,000,000 bytes
    report["peak_mb"] = peak * (1 if sys.platform == "darwin" else 1024) / 1e6
    return report


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(child(), ensure_ascii=False), flush=True)
    else:
        print(json.dumps(measure(), ensure_ascii=False))
