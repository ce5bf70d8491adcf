"""Benchmark of the tally engine: a large poll, timed as the median of several runs.

Run it as ``python bench/bench_tally.py``; ``run()`` returns the figures as
(label, value, goal, unit) rows for other scripts. A real conference has tens of
ballots; 10,000 ballots x 40 candidates is a margin, so that counting never
makes the chair wait.
"""

from __future__ import annotations

import io
import json
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core.tally import Ballot, Base, InvalidBallot, Poll, Threshold, tally  # noqa: E402
from core.tally_json import run_tally_command  # noqa: E402

BALLOTS = 10_000
CANDIDATES = 40
MAX_CHOICES = 20
REPEATS = 7
SEED = 2019

PROVINCES = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên", "Đắk Lắk", "Bình Định", "Gia Lai"]


def build_poll(rng: random.Random) -> tuple[Poll, list[Ballot]]:
    """A seeded random poll; about 3 % of ballots are invalid, 1 % spelt decomposed."""
    names = [f"{PROVINCES[i % len(PROVINCES)]} {i + 1:02d}" for i in range(CANDIDATES)]
    poll = Poll(
        candidates=tuple(names),
        places=MAX_CHOICES,
        threshold=Threshold(1, 2, True, Base.VALID),
        entitled=BALLOTS,
        present=BALLOTS,
    )
    ballots: list[Ballot] = []
    for _ in range(BALLOTS):
        chosen = rng.sample(names, rng.randint(0, MAX_CHOICES))
        roll = rng.random()
        if roll < 0.01:
            ballots.append(InvalidBallot("Không phải phiếu do Ban kiểm phiếu phát ra"))
        elif roll < 0.02:
            ballots.append([*chosen, "Lâm Đồng"])
        elif roll < 0.03:
            ballots.append(rng.sample(names, MAX_CHOICES + 1))
        elif roll < 0.04:
            ballots.append([unicodedata.normalize("NFD", n) for n in chosen])
        else:
            ballots.append(chosen)
    return poll, ballots


def median_ms(action: Callable[[], object]) -> float:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def run() -> list[tuple[str, float, float, str]]:
    """Rows of (label, value, goal, unit)."""
    poll, ballots = build_poll(random.Random(SEED))
    size = f"{BALLOTS} ballots x {CANDIDATES} candidates"
    rows = [(f"tally {size}", median_ms(lambda: tally(poll, ballots)), 100.0, "ms")]

    # The whole command: read and check the JSON file, count, write the result.
    document = {
        "candidates": list(poll.candidates),
        "places": poll.places,
        "threshold": {"numerator": 1, "denominator": 2, "strict": True, "base": "valid"},
        "ballots": [{"invalid": b.reason} if isinstance(b, InvalidBallot) else list(b) for b in ballots],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "poll.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

        def command() -> None:
            if run_tally_command(str(path), io.StringIO(), io.StringIO()) != 0:
                raise RuntimeError("the tally command failed on the benchmark poll")

        rows.append((f"tally command (JSON file) {size}", median_ms(command), 500.0, "ms"))
    return rows


def main() -> int:
    rows = run()
    for label, value, goal, unit in rows:
        verdict = "OK" if value < goal else "SLOW"
        print(f"{label}: {value:.1f} {unit} (goal < {goal:g} {unit}) {verdict}")
    return 0 if all(value < goal for _, value, goal, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
