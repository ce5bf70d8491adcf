"""Lời dẫn chương trình: what the MC reads, from the programme and from who has checked in.

Only people checked in are introduced (nobody absent is named): the guests in order of rank
with their full titles, grouped by organization ("Về phía Ban Tổ chức Trung ương, có đồng chí
Tán Văn Bảo, Hàm Vụ trưởng Vụ Địa phương II."), then each delegation by its leader (the first of
its people present, in order of rank), in the cluster's order.

The text is plain: a line in square brackets is a direction for the MC (the time and the item),
every other line is read aloud. The organizers may edit it before printing; the edit is kept
with the generated text it was made from (core/protocol_text.py), and printed only while that
is still what the data gives (``script_text``): after a check-in the fresh script is printed and
the screen says the edit is out of date.
"""

from __future__ import annotations

from core.attendance import checked_in
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, row_id
from core.programme import ProgrammeItem, load_programme
from core.protocol_rank import Group, group_of, host_province, ranked_people
from core.protocol_text import MC_SCRIPT, MC_SCRIPT_BASE, get_text
from core.storage import MeetingFile
from core.text import fold
from core.units import list_units

NOBODY_YET = "[Chưa có đại biểu nào điểm danh: lời giới thiệu đại biểu sẽ có khi đại biểu đến.]"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _person_phrase(person: Person, title: str) -> str:
    return f"{person.full_name}, {title}" if title else person.full_name


def introductions(db: MeetingFile) -> list[str]:
    """The lines introducing the people checked in, in order of rank."""
    meeting = load_meeting(db)
    units = list_units(db)
    host = host_province(meeting, units)
    here = checked_in(db)
    present = [p for p in ranked_people(db) if row_id(p) in here]
    lines: list[str] = []
    guests = [p for p in present if group_of(p, meeting, host) != Group.DELEGATION]
    runs: list[tuple[str, list[Person]]] = []
    for person in guests:
        body = person.organization or "khách mời"
        if runs and fold(runs[-1][0]) == fold(body):
            runs[-1][1].append(person)
        else:
            runs.append((body, [person]))
    for body, people in runs:
        named = [_person_phrase(p, p.position) for p in people]
        if len(named) == 1:
            lines.append(f"Về phía {body}, có đồng chí {named[0]}.")
        else:
            lines.append(f"Về phía {body}, có các đồng chí: {'; '.join(named)}.")
    delegations: dict[int | None, list[Person]] = {}
    for person in present:
        if group_of(person, meeting, host) == Group.DELEGATION:
            delegations.setdefault(person.unit_id, []).append(person)
    if delegations:
        members = meeting.members_description or "các đơn vị thành viên"
        cluster = f" {meeting.cluster}" if meeting.cluster else ""
        lines.append(f"Về phía {members} trong{cluster}, có:")
        for unit in units:  # the cluster's official order
            delegation = delegations.get(unit.id)
            if not delegation:
                continue
            leader = delegation[0]
            role = ", trưởng đoàn" if leader.role == Role.HEAD else ""
            others = f", cùng {len(delegation) - 1} đồng chí trong đoàn" if len(delegation) > 1 else ""
            lines.append(
                f"– Về phía {unit.full_title}, có đồng chí {leader.full_name}, {_position(leader)}{role}{others}."
            )
    return lines


def _position(person: Person) -> str:
    return person.position or "đại biểu"


def _opening(meeting: Meeting) -> str:
    d = meeting.date
    where = f", tại {meeting.venue or meeting.place}" if (meeting.venue or meeting.place) else ""
    holder = " ".join(part for part in (meeting.cluster, meeting.commission) if part) or "Cụm thi đua"
    title = _lower_first(meeting.title) or "hội nghị tổng kết công tác thi đua"
    return (
        f"Thực hiện chương trình công tác năm {meeting.year}, hôm nay, ngày {d.day:02d} tháng {d.month:02d} "
        f"năm {d.year}{where}, {holder} tổ chức {title}."
    )


def _intro_index(items: list[ProgrammeItem]) -> int:
    for index, item in enumerate(items):
        if "gioi thieu" in fold(item.title) or "tuyen bo ly do" in fold(item.title):
            return index
    return 1 if len(items) > 1 else 0


_SPOKEN_BY = ("phat bieu", "bao cao", "be mac", "khai mac", "tuyen bo", "doc ", "trinh bay")


def _invite(item: ProgrammeItem) -> str:
    """ "Tiếp theo chương trình, xin trân trọng kính mời đồng chí … phát biểu chào mừng hội nghị." """
    who = item.responsible
    if fold(who).startswith(("dong chi ", "cac ")):
        who = _lower_first(who)
    title = _lower_first(item.title)
    if not who:
        return f"Tiếp theo chương trình là phần {title}."
    if fold(who).startswith("cac "):
        return f"Tiếp theo chương trình là phần {title}, với sự tham gia của {who}."
    if fold(item.title).startswith(_SPOKEN_BY):
        return f"Tiếp theo chương trình, xin trân trọng kính mời {who} {title}."
    return f"Tiếp theo chương trình là phần {title}. Xin trân trọng kính mời {who} điều hành."


def generate(db: MeetingFile) -> str:
    """The script as the data gives it now."""
    meeting = load_meeting(db)
    items = load_programme(db)
    intro = _intro_index(items)
    out: list[str] = []
    for index, item in enumerate(items):
        out.append(f"[{item.start} – {item.title}" + (f" – {item.responsible}]" if item.responsible else "]"))
        if index < intro:
            out.append("Kính mời các đồng chí đại biểu ổn định chỗ ngồi để hội nghị chuẩn bị bắt đầu.")
        elif index == intro:
            out.append("Kính thưa các đồng chí đại biểu!")
            out.append(_opening(meeting))
            lines = introductions(db)
            if lines:
                out.append("Đến dự hội nghị, xin trân trọng giới thiệu:")
                out.extend(lines)
                out.append("Xin trân trọng giới thiệu và nhiệt liệt chào mừng các đồng chí đại biểu!")
            else:
                out.append(NOBODY_YET)
        elif index == len(items) - 1 and index > intro:
            out.append(_invite(item))
            out.append(
                f"Kính thưa các đồng chí! {meeting.title or 'Hội nghị'} đến đây là kết thúc. "
                "Xin trân trọng cảm ơn sự có mặt của các đồng chí đại biểu!"
            )
        else:
            out.append(_invite(item))
        out.append("")
    return "\n".join(out).strip() + "\n"


def script_text(db: MeetingFile) -> tuple[str, bool]:
    """(the text to print, whether it is the organizers' edit): their edit while the data still
    gives the script it was made from, else the fresh script."""
    fresh = generate(db)
    edited = get_text(db, MC_SCRIPT)
    if edited and get_text(db, MC_SCRIPT_BASE).strip() == fresh.strip():
        return edited, True
    return fresh, False


def edit_is_stale(db: MeetingFile) -> bool:
    """An edit is kept but the data (a check-in, the programme) now gives another script."""
    return bool(get_text(db, MC_SCRIPT)) and get_text(db, MC_SCRIPT_BASE).strip() != generate(db).strip()
