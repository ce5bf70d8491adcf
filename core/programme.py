"""Chương trình hội nghị: the timed items of the day, each with its responsible person.

Until the organizers save their own, the programme is the default one made from the meeting
(the year, the chair, the host's leader, the commission's guest). An item may name the stage of
the day it belongs to (``STAGES``), so that the projector shows the item of the stage on screen
as "now" and the one after it as "next".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, Unit
from core.protocol_rank import Group, full_title, group_of, host_province, ranked_people
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.text import clean, text_problem
from core.units import list_units

# The stages of the day an item can follow (the main window's stages, by a key of their own).
STAGES: dict[str, str] = {
    "": Said("(không gắn)"),
    "registration": Said("Đăng ký đại biểu"),
    "votes": Said("Suy tôn"),
    "election": Said("Bầu cụm trưởng – cụm phó"),
    "agreement": Said("Giao ước thi đua"),
}
MAX_TITLE = 300
MAX_RESPONSIBLE = 200
_TIME = re.compile(r"^(\d{1,2})[:hg.](\d{2})$")


@dataclass
class ProgrammeItem:
    start: str  # "07:30"
    title: str
    responsible: str = ""
    stage: str = ""  # a key of STAGES
    id: int | None = None


def _name_and_title(person: Person | None, fallback: str, units: list[Unit], extra: str = "") -> str:
    """ "Đồng chí Nguyễn Thị Ánh Tuyết, Trưởng Ban Tổ chức Tỉnh ủy Khánh Hòa, Cụm trưởng" """
    if person is None:
        return fallback
    title = person.position if person.role == Role.GUEST else full_title(person, units)
    return ", ".join(part for part in (f"Đồng chí {person.full_name}", title, extra) if part)


def default_programme(db: MeetingFile) -> list[ProgrammeItem]:
    """The programme of a usual year-end conference of a cluster, made from the meeting."""
    meeting = load_meeting(db)
    units = list_units(db)
    host = host_province(meeting, units)
    ordered = ranked_people(db)
    commission = next((p for p in ordered if group_of(p, meeting, host) == Group.COMMISSION), None)
    host_leader = next((p for p in ordered if group_of(p, meeting, host) == Group.HOST), None)
    chair = _head_of(ordered, meeting.current_head_unit_id or meeting.host_unit_id)
    host_unit = next((u.full_title for u in units if u.id == meeting.host_unit_id), "Đơn vị đăng cai")
    chair_text = _name_and_title(
        chair, "Cụm trưởng", units, "Cụm trưởng" if meeting.current_head_unit_id else ""
    )
    return [
        ProgrammeItem("07:30", "Đón tiếp đại biểu", host_unit, "registration"),
        ProgrammeItem("08:00", "Tuyên bố lý do, giới thiệu đại biểu", "Người dẫn chương trình"),
        ProgrammeItem("08:10", "Phát biểu chào mừng hội nghị", _name_and_title(host_leader, "Lãnh đạo tỉnh chủ nhà", units)),
        ProgrammeItem("08:20", f"Báo cáo tổng kết công tác thi đua năm {meeting.year}", chair_text),
        ProgrammeItem("08:50", "Thảo luận, trao đổi kinh nghiệm", "Các đơn vị thành viên"),
        ProgrammeItem("09:40", f"Suy tôn các đơn vị dẫn đầu phong trào thi đua năm {meeting.year}", chair_text, "votes"),
        ProgrammeItem("10:10", f"Bầu cụm trưởng, cụm phó năm {meeting.next_year}", chair_text, "election"),
        ProgrammeItem("10:40", f"Phát động và ký kết giao ước thi đua năm {meeting.next_year}", "Các đơn vị thành viên", "agreement"),
        ProgrammeItem("11:00", "Phát biểu chỉ đạo", _name_and_title(commission, "Lãnh đạo cơ quan cấp trên", units)),
        ProgrammeItem("11:20", "Bế mạc hội nghị", chair_text),
    ]  # fmt: skip


def _head_of(people: list[Person], unit_id: int | None) -> Person | None:
    return next((p for p in people if p.role == Role.HEAD and unit_id and p.unit_id == unit_id), None)


def is_saved(db: MeetingFile) -> bool:
    return db.conn.execute("SELECT 1 FROM programme_item LIMIT 1").fetchone() is not None


def load_programme(db: MeetingFile) -> list[ProgrammeItem]:
    rows = db.conn.execute(
        "SELECT id, start, title, responsible, stage FROM programme_item ORDER BY position, id"
    ).fetchall()
    if not rows:
        return default_programme(db)
    return [
        ProgrammeItem(start, title, responsible, stage if stage in STAGES else "", pid)
        for pid, start, title, responsible, stage in rows
    ]


def normal_time(text: str) -> str | None:
    """ "7:30", "07.30", "7h30" -> "07:30"; None if it is no time of day."""
    match = _TIME.match(clean(text).lower())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def checked(items: list[ProgrammeItem]) -> list[ProgrammeItem]:
    """The items as stored (times as HH:MM, text trimmed); ValidationError naming each bad row."""
    errors: list[str] = []
    out = []
    previous = ""
    for number, item in enumerate(items, start=1):
        start = normal_time(item.start)
        title, responsible = clean(item.title), clean(item.responsible)
        if start is None:
            errors.append(
                Said('Dòng {0}, cột "Giờ": "{1}" không phải giờ (ví dụ 07:30).', number, item.start)
            )
        elif start < previous:
            errors.append(Said('Dòng {0}, cột "Giờ": {1} sớm hơn mục trước ({2}).', number, start, previous))
        if not title:
            errors.append(Said('Dòng {0}, cột "Nội dung": không được để trống.', number))
        for label, value, limit in (
            (Said("Nội dung"), title, MAX_TITLE),
            (Said("Người thực hiện"), responsible, MAX_RESPONSIBLE),
        ):
            problem = text_problem(value, limit)
            if problem:
                errors.append(Said('Dòng {0}, cột "{1}": {2}.', number, label, problem))
        if item.stage not in STAGES:
            errors.append(Said('Dòng {0}: không có bước "{1}".', number, item.stage))
        previous = start or previous
        out.append(replace(item, start=start or item.start, title=title, responsible=responsible))
    if not items:
        errors.append(Said("Chương trình phải có ít nhất một mục."))
    if errors:
        raise ValidationError(errors)
    return out


def save_programme(db: MeetingFile, items: list[ProgrammeItem]) -> list[ProgrammeItem]:
    """Replace the programme with ``items`` in one action: all of them or, on any error, none."""
    details: dict = {"count": len(items)}
    with db.transaction("programme.save", details) as conn:
        stored = checked(items)
        conn.execute("DELETE FROM programme_item")
        for position, item in enumerate(stored, start=1):
            cursor = conn.execute(
                "INSERT INTO programme_item (position, start, title, responsible, stage) VALUES (?, ?, ?, ?, ?)",
                (position, item.start, item.title, item.responsible, item.stage),
            )
            item.id = inserted_id(cursor)
    return stored


def item_for_stage(items: list[ProgrammeItem], stage: str) -> int | None:
    """The index of the first item that follows ``stage``, or None."""
    return next((i for i, item in enumerate(items) if stage and item.stage == stage), None)


def now_and_next(
    items: list[ProgrammeItem], current: int
) -> tuple[ProgrammeItem | None, ProgrammeItem | None]:
    now = items[current] if 0 <= current < len(items) else None
    after = items[current + 1] if 0 <= current + 1 < len(items) else None
    return now, after


def meeting_line(meeting: Meeting) -> str:
    d = meeting.date
    where = meeting.venue or meeting.place
    return f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}" + (f", tại {where}" if where else "")
