"""Thứ tự lễ tân: the order of rank in which people are listed, seated and introduced.

The default order (docs/protocol.md):

1. guests of the commission (a guest whose organization is the commission, or a central body:
   "… Trung ương"), then the host province's leaders (a guest whose organization or position
   names the host unit's province), then the other guests;
2. within each group of guests, by position (``position_rank``: Ủy viên Bộ Chính trị, Ủy viên
   Trung ương, Bí thư, Phó Bí thư Thường trực, Phó Bí thư, Chủ tịch HĐND/UBND, … Vụ trưởng,
   Hàm Vụ trưởng, Phó Vụ trưởng, Trưởng ban, Phó Trưởng ban, Trưởng phòng, Chuyên viên);
3. then the delegations in the cluster's official order, each led by its head of delegation,
   the others by position;
4. ties by Vietnamese name order, then by the person's id: no two people share a place.

The organizers can reorder. Their order is stored as a position per person (table
``protocol_rank``); the people it lists take, among themselves, the places they held in the
default order, sorted by the stored positions; a person it does not list (added later) keeps
the default place. The result depends on the set of people, never on the order they are given in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import IntEnum

from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, Unit, row_id
from core.people import list_people
from core.said import Said
from core.storage import MeetingFile
from core.text import fold, name_sort_key
from core.units import list_units


class Group(IntEnum):
    """Where a person stands in the default order, before any position counts."""

    COMMISSION = 0  # khách mời của cơ quan cấp trên (the commission, a central body)
    HOST = 1  # lãnh đạo tỉnh chủ nhà
    OTHER_GUEST = 2
    DELEGATION = 3

    @property
    def label(self) -> str:
        return GROUP_LABELS[self]


GROUP_LABELS = {
    Group.COMMISSION: Said("Khách mời cấp trên"),
    Group.HOST: Said("Lãnh đạo tỉnh chủ nhà"),
    Group.OTHER_GUEST: Said("Khách mời khác"),
    Group.DELEGATION: Said("Đoàn đại biểu"),
}

UNKNOWN_RANK = 900

# (words of a position, folded; rank): a smaller rank comes first. Tested in this order, the
# first match wins, so a title is listed before any title it contains ("phó bí thư thường trực"
# before "phó bí thư" before "bí thư").
POSITION_RANKS: tuple[tuple[str, int], ...] = (
    ("uy vien bo chinh tri", 10),
    ("bi thu trung uong dang", 20),
    ("uy vien ban chap hanh trung uong", 30),
    ("uy vien trung uong", 30),
    ("pho bi thu thuong truc", 50),
    ("pho bi thu", 60),
    ("bi thu", 40),
    ("pho chu tich", 80),
    ("chu tich", 70),
    ("uy vien ban thuong vu", 90),
    ("pho vu truong", 120),
    ("ham vu truong", 110),
    ("vu truong", 100),
    ("pho truong ban", 140),
    ("ham truong ban", 135),
    ("truong ban", 130),
    ("pho chanh van phong", 155),
    ("chanh van phong", 150),
    ("pho truong phong", 170),
    ("truong phong", 160),
    ("chuyen vien cao cap", 175),
    ("chuyen vien chinh", 178),
    ("chuyen vien", 180),
)
_PATTERNS = tuple(
    (re.compile(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])"), rank) for words, rank in POSITION_RANKS
)
_PARTS = re.compile(r"[,;]|\bkiem\b")


def position_rank(position: str) -> int:
    """The rank of a position (smaller first): the highest of its parts ("Phó Bí thư Thường trực
    Tỉnh ủy, Chủ tịch HĐND tỉnh" ranks as "phó bí thư thường trực"); UNKNOWN_RANK if none is known."""
    best = UNKNOWN_RANK
    for part in _PARTS.split(fold(position)):
        for pattern, rank in _PATTERNS:
            if pattern.search(part):
                best = min(best, rank)
                break
    return best


def host_province(meeting: Meeting, units: Iterable[Unit]) -> str:
    """The host unit's short name, folded ("khanh hoa"), or "" when there is no host."""
    for unit in units:
        if unit.id is not None and unit.id == meeting.host_unit_id:
            return fold(unit.short_name)
    return ""


def mentions(text: str, words: str) -> bool:
    """``text`` holds ``words`` (folded) as whole words: "Tỉnh ủy Khánh Hòa" mentions "khanh hoa"."""
    return bool(words) and re.search(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])", fold(text)) is not None


def group_of(person: Person, meeting: Meeting, host: str) -> Group:
    if person.role != Role.GUEST:
        return Group.DELEGATION
    organization = fold(person.organization)
    if organization and (
        organization == fold(meeting.commission) or mentions(person.organization, "trung uong")
    ):
        return Group.COMMISSION
    if mentions(person.organization, host) or mentions(person.position, host):
        return Group.HOST
    return Group.OTHER_GUEST


def default_key(person: Person, meeting: Meeting, units: Iterable[Unit], host: str | None = None) -> tuple:
    """The person's place in the default order: unique for each person (the id decides last)."""
    units = list(units)
    host = host_province(meeting, units) if host is None else host
    group = group_of(person, meeting, host)
    unit_order = 0
    if group == Group.DELEGATION:
        unit_order = next((u.position for u in units if u.id == person.unit_id), 10**6)
    return (
        int(group),
        unit_order,
        person.role != Role.HEAD,
        position_rank(person.position),
        name_sort_key(person.full_name),
        person.id if person.id is not None else -1,
    )


def default_order(people: Iterable[Person], meeting: Meeting, units: Iterable[Unit]) -> list[Person]:
    units = list(units)
    host = host_province(meeting, units)
    return sorted(people, key=lambda p: default_key(p, meeting, units, host))


def protocol_order(
    people: Iterable[Person], meeting: Meeting, units: Iterable[Unit], explicit: Mapping[int, int]
) -> list[Person]:
    """Everyone in order of rank: the default order, in which the people the organizers placed
    (``explicit``: person id -> position) fill the places they hold by default, in their order."""
    ordered = default_order(people, meeting, units)
    slots = [i for i, p in enumerate(ordered) if p.id is not None and p.id in explicit]
    placed = sorted((ordered[i] for i in slots), key=lambda p: (explicit[row_id(p)], row_id(p)))
    for slot, person in zip(slots, placed, strict=True):
        ordered[slot] = person
    return ordered


# -- the meeting file -------------------------------------------------------------------------


def load_explicit(db: MeetingFile) -> dict[int, int]:
    return {pid: pos for pid, pos in db.conn.execute("SELECT person_id, position FROM protocol_rank")}


def ranked_people(db: MeetingFile, people: Iterable[Person] | None = None) -> list[Person]:
    """The meeting's people (or ``people``) in order of rank."""
    everyone = list_people(db) if people is None else list(people)
    return protocol_order(everyone, load_meeting(db), list_units(db), load_explicit(db))


def rank_index(db: MeetingFile) -> dict[int, int]:
    """Person id -> place in the order of rank (0 first): a sort key for any list of people."""
    return {row_id(p): index for index, p in enumerate(ranked_people(db))}


def is_reordered(db: MeetingFile) -> bool:
    return db.conn.execute("SELECT 1 FROM protocol_rank LIMIT 1").fetchone() is not None


def set_order(db: MeetingFile, person_ids: list[int]) -> None:
    """Store the organizers' order: ``person_ids`` is everyone, first to last, each once."""
    details: dict = {"count": len(person_ids)}
    with db.transaction("protocol.order", details) as conn:
        known = {row[0] for row in conn.execute("SELECT id FROM person")}
        if len(set(person_ids)) != len(person_ids) or set(person_ids) != known:
            raise ValidationError(Said("Danh sách đã thay đổi trong khi sắp xếp: hãy mở lại và sắp xếp lại."))
        conn.execute("DELETE FROM protocol_rank")
        conn.executemany(
            "INSERT INTO protocol_rank (person_id, position) VALUES (?, ?)",
            [(pid, position) for position, pid in enumerate(person_ids, start=1)],
        )


def move(db: MeetingFile, person_id: int, steps: int) -> list[Person]:
    """Move one person ``steps`` places up (negative) or down in the order of rank; returns the
    new order. A move past either end is refused with a message."""
    ordered = ranked_people(db)
    ids = [row_id(p) for p in ordered]
    if person_id not in ids:
        raise ValidationError(Said("Người này không còn trong danh sách."))
    index = ids.index(person_id)
    target = index + steps
    if not 0 <= target < len(ids):
        name = ordered[index].full_name
        if steps < 0:
            raise ValidationError(Said("{0} đã đứng đầu thứ tự lễ tân.", name))
        raise ValidationError(Said("{0} đã đứng cuối thứ tự lễ tân.", name))
    ids.insert(target, ids.pop(index))
    set_order(db, ids)
    return ranked_people(db)


def restore_order(db: MeetingFile, explicit: Mapping[int, int]) -> None:
    """Put back an order read earlier with ``load_explicit`` (undo and redo): people deleted
    since are left out; an empty one is the default order."""
    with db.transaction("protocol.order_restore", {"count": len(explicit)}) as conn:
        known = {row[0] for row in conn.execute("SELECT id FROM person")}
        conn.execute("DELETE FROM protocol_rank")
        conn.executemany(
            "INSERT INTO protocol_rank (person_id, position) VALUES (?, ?)",
            [(pid, position) for pid, position in sorted(explicit.items()) if pid in known],
        )


def reset_order(db: MeetingFile) -> None:
    """Back to the default order."""
    with db.transaction("protocol.order_reset", {}) as conn:
        conn.execute("DELETE FROM protocol_rank")


def full_title(person: Person, units: Iterable[Unit]) -> str:
    """The person's position with their unit or organization, as the MC and the press say it:
    "Trưởng Ban Tổ chức Thành ủy Đà Nẵng", "Hàm Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"."""
    if person.role == Role.GUEST:
        body = person.organization
    else:
        body = next((u.full_title for u in units if u.id == person.unit_id), "")
    position = person.position
    if not body:
        return position
    if not position:
        return body
    place = " ".join(fold(body).split()[-2:])  # "khanh hoa" of "Tỉnh ủy Khánh Hòa"
    if fold(body) in fold(position) or mentions(position, place):
        return position
    folded = fold(position)
    if (folded.endswith("truong ban") or folded.endswith("pho truong ban")) and fold(body).startswith("ban "):
        return f"{position[: -len('ban')]}{body}"  # "Trưởng ban" + "Ban Tổ chức …" -> "Trưởng Ban Tổ chức …"
    return f"{position}, {body}"
