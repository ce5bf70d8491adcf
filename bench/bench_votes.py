"""Benchmarks of the vote: ballots typed into the real entry widget, ballots to PDF, the engine.

Run it as ``python bench/bench_votes.py`` (Qt runs offscreen). ``run()`` returns rows of
(label, value, goal, unit, met). The entry benchmark sends real key events to the
entry box of ui/ballot_entry_view.py, so each ballot goes through the same path as an
operator's: parsing, the engine's check, one transaction with its audit event on disk
(WAL, synchronous=FULL), the running tally and the list of ballots.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` and `ui` import

BALLOTS = 1000
PDF_BALLOTS = 500
STRUCK_THREE = "3 5 7"  # three names struck out (one-digit numbers)


def _setup(folder: Path):
    from core.attendance import check_in
    from core.demo import write_demo
    from core.model import Role
    from core.people import list_people
    from core.units import list_units
    from core.votes import Vote, add_vote, last_round

    db = write_demo(folder / "bench.thidua")
    for person in list_people(db):
        if person.role == Role.HEAD:
            check_in(db, person.id)
    # Names struck out; any number may stay, so both kinds of ballot are valid.
    units = [u.id for u in list_units(db)]
    vote = add_vote(db, Vote("Bench", units, places=4, max_choices=len(units)))
    return db, vote, last_round(db, vote.id)


def keystrokes(typed: str) -> int:
    """Keys pressed for one ballot: the characters typed, then Enter."""
    return len(typed) + 1


def bench_entry() -> list[tuple]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from core.ballots import current_entries
    from ui.ballot_entry_controller import BallotEntryController
    from ui.ballot_entry_view import BallotEntryView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db, _vote, rnd = _setup(Path(folder))
        try:
            view = BallotEntryView(BallotEntryController(db, rnd.id))
            view.resize(1100, 760)
            view.show()
            app.processEvents()
            wall, cpu = time.perf_counter(), time.process_time()
            for index in range(BALLOTS):
                if index % 2:
                    QTest.keyClicks(view.entry, STRUCK_THREE)
                QTest.keyClick(view.entry, Qt.Key.Key_Return)
            app.processEvents()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            entered = len(current_entries(db, rnd.id))
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            db.close()
    if entered != BALLOTS:
        raise RuntimeError(f"{entered} ballots recorded, expected {BALLOTS}")
    return [
        (f"{BALLOTS} ballots typed into the entry widget (wall)", wall, 10.0, "s", wall < 10),
        (f"{BALLOTS} ballots typed into the entry widget (CPU)", cpu, 10.0, "s", cpu < 10),
        ("keystrokes per acclamation ballot (Enter)", keystrokes(""), 1, "keys", keystrokes("") <= 1),
        (
            f'keystrokes per ballot with 3 names struck ("{STRUCK_THREE}" Enter)',
            keystrokes(STRUCK_THREE),
            6,
            "keys",
            keystrokes(STRUCK_THREE) <= 6,
        ),
        ('  same, fewer than 10 names ("357" Enter)', keystrokes("357"), 4, "keys", keystrokes("357") <= 4),
    ]


PAGE_RATIO_GOAL = 5.0  # a ballot page (a table, a seal box, Vietnamese text) against a blank page


def blank_page_ms(pages: int = 200) -> float:
    """The limit for a page: reportlab's canvas writing one line in the same embedded font, per page."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    from core.documents.base import register_fonts

    font = register_fonts()
    start = time.perf_counter()
    page = canvas.Canvas(BytesIO())
    for number in range(pages):
        page.setFont(font, 12)
        page.drawString(72, 720, f"Phiếu bầu số {number}")
        page.showPage()
    page.save()
    return (time.perf_counter() - start) * 1000 / pages


def bench_pdf() -> list[tuple]:
    from io import BytesIO

    from pypdf import PdfReader

    from core.documents.ballots import render_ballots

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        db, vote, rnd = _setup(Path(folder))
        try:
            render_ballots(db, vote.id, rnd.id, copies=4, per_page=4)  # fonts loaded once, as in the program
            blank = blank_page_ms()
            rows.append(
                ("a blank reportlab page, one line in the embedded font (the limit)", blank, None, "ms", None)
            )
            for per_page in (1, 2, 4):
                start = time.perf_counter()
                pdf = render_ballots(db, vote.id, rnd.id, copies=PDF_BALLOTS, per_page=per_page)
                seconds = time.perf_counter() - start
                pages = len(PdfReader(BytesIO(pdf)).pages)  # fewer per page than asked when they do not fit
                label = f"{PDF_BALLOTS} ballots to PDF, {per_page} per page asked: {pages} pages ({len(pdf) // 1024} KB)"
                rows.append((label, seconds, 3.0, "s", seconds < 3))
                ratio = seconds * 1000 / pages / blank
                rows.append(
                    ("  a page of them / the limit", ratio, PAGE_RATIO_GOAL, "×", ratio <= PAGE_RATIO_GOAL)
                )
        finally:
            db.close()
    return rows


def bench_engine() -> list[tuple]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_tally

    return [(label, value, goal, unit, value < goal) for label, value, goal, unit, *_ in bench_tally.run()]


def run() -> list[tuple]:
    return bench_entry() + bench_pdf() + bench_engine()


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        goal_text = "the limit" if goal is None else f"goal ≤ {goal:g} {unit}"
        print(f"{label}: {shown} {unit} ({goal_text}) {'' if met is None else 'OK' if met else 'SLOW'}")
    return 0 if all(row[4] is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
