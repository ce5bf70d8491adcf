"""Benchmark of the registration desk with 5,000 people in the meeting.

Run it as ``python bench/bench_registration.py``; ``run()`` returns the figures as
(label, value, goal, unit, met) rows for other scripts. Measured:
- the search list updating per keystroke, through the real table model and through
  the real screen (a key typed into the search box of a shown RegistrationView);
- a scanned code committed to the file (core.attendance.check_in_by_code, and the
  desk's scan that the screen uses);
- the badges and the delegate list for everyone, rendered to PDF.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # so that `core` imports

from core.attendance import check_in_by_code  # noqa: E402
from core.documents import badges, delegate_list  # noqa: E402
from core.meetings import save_meeting  # noqa: E402
from core.model import Meeting, Person, Role, Unit  # noqa: E402
from core.people import add_people  # noqa: E402
from core.registration import RegistrationDesk  # noqa: E402
from core.storage import MeetingFile  # noqa: E402
from core.units import add_unit  # noqa: E402

PEOPLE = 5_000
UNITS = 60
GUESTS = 200
SEED = 2019
SCANS = 60

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Tấn", "Xuân", "Thu", "Hồng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Khánh", "Lan", "Long", "Nam",
         "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Tuấn", "Tuân", "Uyên", "Việt", "Xuân", "Yến"]  # fmt: skip
PROVINCES = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên", "Đắk Lắk", "Đắk Nông", "Bình Định", "Gia Lai",
             "Lâm Đồng", "Ninh Thuận", "Quảng Ngãi", "Đà Nẵng"]  # fmt: skip
POSITIONS = ["Trưởng ban", "Phó Trưởng ban", "Trưởng phòng Tổ chức đảng, đảng viên", "Chuyên viên",
             "Phó Trưởng phòng Cán bộ", "Chuyên viên chính"]  # fmt: skip
# What a desk clerk types, one key at a time, then clears.
TYPED = ["nguyen tan", "kh hoa", "tuan", "dak", "quang nam", "pho truong ban", "1234"]


def build_meeting(path: Path) -> MeetingFile:
    rng = random.Random(SEED)
    db = MeetingFile.create(path)
    units = []
    for i in range(UNITS):
        name = f"{PROVINCES[i % len(PROVINCES)]} {i // len(PROVINCES) + 1}"
        units.append(add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}")))
    save_meeting(db, Meeting(cluster="Cụm thi đua số III", title="Hội nghị tổng kết", place="Nha Trang"))
    people = []
    for i in range(PEOPLE):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if i < GUESTS:
            people.append(
                Person(name, Role.GUEST, "Khách mời", organization=f"Tỉnh ủy {rng.choice(PROVINCES)}")
            )
        else:
            unit = units[i % UNITS]
            role = Role.HEAD if i < GUESTS + UNITS else Role.DELEGATE
            people.append(Person(name, role, rng.choice(POSITIONS), unit.id))
    add_people(db, people, source="bench")
    return db


def median_ms(actions: list[Callable[[], object]]) -> float:
    timings = []
    for action in actions:
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _keystrokes(set_text: Callable[[str], object]) -> list[Callable[[], object]]:
    steps = []
    for word in TYPED:
        steps += [lambda t=word[: n + 1]: set_text(t) for n in range(len(word))]
        steps.append(lambda: set_text(""))
    return steps


def bench_model(db: MeetingFile) -> float:
    from ui.registration_model import RegistrationTableModel

    model = RegistrationTableModel(RegistrationDesk(db))
    return median_ms(_keystrokes(model.set_query))


def bench_screen(db: MeetingFile) -> float:
    """Keys typed into the real search box, until the shown list has been updated and painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.registration_view import RegistrationView

    app = QApplication.instance() or QApplication([])
    view = RegistrationView(db)
    view.resize(1280, 800)
    view.show()
    app.processEvents()

    def type_key(ch: str) -> None:
        QTest.keyClick(view.search, ch)
        app.processEvents()

    def clear() -> None:
        QTest.keyClick(view.search, Qt.Key.Key_Escape)
        app.processEvents()

    steps = []
    for word in TYPED:
        steps += [lambda c=ch: type_key(c) for ch in word]
        steps.append(clear)
    value = median_ms(steps)
    view.close()
    view.deleteLater()
    app.processEvents()
    return value


def run() -> list[tuple[str, float, float, str, bool]]:
    rows: list[tuple[str, float, float, str, bool]] = []

    def row(label: str, value: float, goal: float, unit: str) -> None:
        rows.append((label, value, goal, unit, value < goal))

    with tempfile.TemporaryDirectory() as folder:
        db = build_meeting(Path(folder) / "bench.thidua")
        try:
            row(f"search list per keystroke, table model ({PEOPLE} people)", bench_model(db), 10.0, "ms")
            row(
                f"search list per keystroke, typed into the screen ({PEOPLE} people)",
                bench_screen(db),
                10.0,
                "ms",
            )
            codes = [code for (code,) in db.conn.execute("SELECT code FROM person ORDER BY id")]
            row(
                "scan committed: check_in_by_code on the file",
                median_ms([lambda c=c: check_in_by_code(db, c) for c in codes[:SCANS]]),
                20.0,
                "ms",
            )
            desk = RegistrationDesk(db)
            row(
                "scan committed: the desk's scan (what the screen does)",
                median_ms([lambda c=c: desk.scan(c) for c in codes[SCANS : 2 * SCANS]]),
                20.0,
                "ms",
            )
            row(
                f"badges for {PEOPLE} people to PDF", median_ms([lambda: badges.render(db)]) / 1000, 10.0, "s"
            )
            row(
                f"delegate list for {PEOPLE} people to PDF",
                median_ms([lambda: delegate_list.render(db)]) / 1000,
                10.0,
                "s",
            )
        finally:
            db.close()
    return rows


def main() -> int:
    rows = run()
    for label, value, goal, unit, met in rows:
        print(f"{label}: {value:.2f} {unit} (goal < {goal:g} {unit}) {'OK' if met else 'SLOW'}")
    return 0 if all(met for *_, met in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
