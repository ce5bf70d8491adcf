"""Meeting files for the agreement tests: a small cluster and a fifteen-unit one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.meetings import replace_key_tasks, save_meeting
from core.model import Meeting, Person, Role, Unit
from core.people import add_people
from core.storage import MeetingFile
from core.units import add_unit

PROVINCES = [
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng",
    "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum",
]  # fmt: skip
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khoa", "Lâm", "Minh", "Nam",
    "Phúc", "Quang", "Sơn",
]  # fmt: skip


def title_of(province: str) -> str:
    kind = "Thành ủy" if province == "Đà Nẵng" else "Tỉnh ủy"
    return f"Ban Tổ chức {kind} {province}"


def make_cluster(
    path: Path, provinces: list[str], year: int = 2019, head_index: int = 0, deputies: bool = True
) -> MeetingFile:
    """A meeting with one unit per province, each with a head (Trưởng ban) and a Phó Trưởng ban."""
    db = MeetingFile.create(path)
    units = [add_unit(db, Unit(p, title_of(p))) for p in provinces]
    save_meeting(
        db,
        Meeting(
            commission="Ban Tổ chức Trung ương",
            cluster="Cụm thi đua số III",
            title=f"Hội nghị tổng kết công tác thi đua năm {year}",
            year=year,
            next_year=year + 1,
            place="Nha Trang",
            date=date(year, 12, 19),
            letterhead=("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III"),
            current_head_unit_id=units[head_index].id,
        ),
    )
    people = []
    for number, unit in enumerate(units):
        people.append(Person(f"Lê Văn {GIVEN[number % len(GIVEN)]}", Role.HEAD, "Trưởng ban", unit.id))
        if deputies:
            people.append(
                Person(f"Trần Thị {GIVEN[number % len(GIVEN)]}", Role.DELEGATE, "Phó Trưởng ban", unit.id)
            )
        people.append(
            Person(f"Phạm Minh {GIVEN[number % len(GIVEN)]}", Role.DELEGATE, "Chuyên viên", unit.id)
        )
    add_people(db, people)
    replace_key_tasks(db, [f"Nhiệm vụ trọng tâm số {i} năm {year + 1}" for i in range(1, 4)])
    return db


def person_id(db: MeetingFile, name: str, unit_short: str) -> int:
    row = db.conn.execute(
        "SELECT person.id FROM person JOIN unit ON unit.id = person.unit_id "
        "WHERE person.full_name = ? AND unit.short_name = ?",
        (name, unit_short),
    ).fetchone()
    assert row, (name, unit_short)
    return row[0]
