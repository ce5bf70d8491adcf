"""The process that bench/bench_crash.py and tests/core/test_crash_safety.py kill.

``python bench/crash_child.py FILE.thidua`` opens the meeting file through the program's
own code, prints ``READY``, then performs one action per line read from stdin, printing an
acknowledgement line only after the action has committed (as the desk sees "Đã điểm danh"):

    checkin CODE          -> ACK checkin CODE        (core.attendance.check_in_by_code)
    walkin NAME           -> ACK walkin NAME         (core.attendance.add_walk_in, 2 rows)
    ballot ROUND U1,U2    -> ACK ballot ENTRY_ID     (core.ballots.add_entry)
    election N HEAD,DEP   -> ACK election SEQ        (core.head_election.add_ballot: a row per office)
    ecorrect N ID HEAD,DEP -> ACK ecorrect SEQ       (core.head_election.correct_ballot of the ballot
                                                      whose deputy row is ID; 0: nobody for that office)
    killat N              -> ARMED                   the next action dies at its Nth SQL statement

``killat`` makes a kill land at a known point inside an action (tests/core/test_crash_safety.py
walks every point of each action), where a random SIGKILL may miss the narrow ones.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core.attendance import add_walk_in, check_in_by_code  # noqa: E402
from core.model import Person, Role  # noqa: E402
from core.storage import MeetingFile  # noqa: E402

WALK_IN_ORGANIZATION = "Khách thử nghiệm sự cố"


def perform(db: MeetingFile, line: str) -> str:
    kind, _, rest = line.partition(" ")
    if kind == "checkin":
        check_in_by_code(db, rest)
        return f"ACK checkin {rest}"
    if kind == "walkin":
        add_walk_in(db, Person(rest, Role.GUEST, organization=WALK_IN_ORGANIZATION))
        return f"ACK walkin {rest}"
    if kind == "ballot":
        from core.ballots import add_entry

        round_id, _, units = rest.partition(" ")
        choices = [int(u) for u in units.split(",") if u]
        entry = add_entry(db, int(round_id), choices)
        return f"ACK ballot {entry.id}"
    if kind in ("election", "ecorrect"):
        return _election(db, kind, rest.split())
    raise ValueError(f"unknown action {line!r}")


def _election(db: MeetingFile, kind: str, words: list[str]) -> str:
    from core.head_election import add_ballot, correct_ballot, current_ballots, paper_round

    number = int(words[0])
    if kind == "election":
        head, deputy = (int(u) or None for u in words[1].split(","))
        return f"ACK election {add_ballot(db, number, head, deputy).seq}"
    entry = next(e for e in current_ballots(db, paper_round(db, number)) if e.id == int(words[1]))
    head, deputy = (int(u) or None for u in words[2].split(","))
    correct_ballot(db, number, entry, head, deputy, reason="thử nghiệm sự cố")
    return f"ACK ecorrect {entry.seq}"


class _DieAt:
    """The meeting file's connection, dying (as a kill would) at the Nth statement it runs."""

    def __init__(self, conn, statement: int):
        self._conn, self._left = conn, statement

    def _count(self) -> None:
        self._left -= 1
        if self._left <= 0:
            sys.stdout.flush()
            os._exit(137)  # no cleanup, no rollback: what SIGKILL does

    def execute(self, *args):
        self._count()
        return self._conn.execute(*args)

    def executemany(self, *args):
        self._count()
        return self._conn.executemany(*args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def main(argv: list[str]) -> int:
    for stream in (sys.stdin, sys.stdout):  # bench_crash.py talks UTF-8, whatever the locale's code page
        stream.reconfigure(encoding="utf-8")
    db = MeetingFile.open(argv[0])
    print("READY", flush=True)
    for raw in sys.stdin:
        line = raw.strip()
        if line.startswith("killat "):
            db.conn = _DieAt(db.conn, int(line.split()[1]))
            print("ARMED", flush=True)
        elif line:
            print(perform(db, line), flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
