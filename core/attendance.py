"""Attendance: who is checked in, substitutes, and the live counts and quorum.

Voting rights follow the meeting's voting rule:
- one vote per member unit: a unit's vote is present when anyone of its delegation
  (head, delegate or substitute) is checked in; entitled = every member unit;
- one vote per delegate: entitled = the convened delegates (not guests, not
  substitutes); a checked-in substitute carries the right of the absent delegate
  they replace.
Guests never vote.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from core.errors import ValidationError
from core.model import Meeting, Person, QuorumBase, Role, VotingRule, row_id
from core.people import get_person, insert_person, list_people, prepare_people
from core.said import Said
from core.storage import MeetingFile
from core.values import stored_datetime


@dataclass(frozen=True)
class CheckIn:
    person: Person
    at: datetime
    already: bool  # True: the person had been checked in before; nothing changed


@dataclass(frozen=True)
class Figures:
    """Who was convened, who is here, who is absent: the one definition every screen and
    document prints (the counting minutes, the attendance report, the delegate list, the desk).

    - convened: the delegates on the convening list (heads included), not guests, not people
      added at the desk on the day (walk-ins), not substitutes;
    - present: the convened seats filled, by the delegate or by a substitute in their place;
    - substitutes: of ``present``, those filled by a substitute;
    - absent: the convened seats empty (neither the delegate nor a substitute is here);
    - extra: delegates here who were not on the list (walk-ins who replace nobody).
    """

    convened: int
    present: int
    substitutes: int
    absent: int
    extra: int

    @property
    def in_person(self) -> int:
        """Convened delegates here themselves."""
        return self.present - self.substitutes


def figures_of(people: Iterable[Person], here: set[int], subs: dict[int, int]) -> Figures:
    """The figures of a group of people (a unit's delegation, or everyone)."""
    members = [p for p in people if p.role != Role.GUEST]
    convened = [p for p in members if p.id not in subs and not p.walk_in]
    replaced = {original for sub, original in subs.items() if sub in here}
    in_person = sum(p.id in here for p in convened)
    substitutes = sum(p.id not in here and p.id in replaced for p in convened)
    extra = sum(p.id in here and p.walk_in and p.id not in subs for p in members)
    present = in_person + substitutes
    return Figures(len(convened), present, substitutes, len(convened) - present, extra)


@dataclass(frozen=True)
class AttendanceCounts:
    delegates: Figures
    guests_present: int
    guests_invited: int
    units_represented: int
    units_total: int
    voters_present: int
    voters_entitled: int
    quorum_present: int  # the numbers the quorum rule compares, per its base
    quorum_total: int
    quorum_met: bool
    quorum_rule: str  # the rule in words, e.g. "ít nhất 2/3 đơn vị thành viên có mặt"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def checked_in(db: MeetingFile) -> dict[int, datetime]:
    """Person id -> when they were checked in."""
    rows = db.conn.execute("SELECT person_id, checked_in_at FROM attendance")
    return {
        pid: stored_datetime(at, Said("bảng attendance, dòng person_id={0}, cột checked_in_at", pid))
        for pid, at in rows
    }


def substitutes(db: MeetingFile) -> dict[int, int]:
    """Substitute's person id -> the id of the delegate they replace."""
    rows = db.conn.execute("SELECT id, substitute_for FROM person WHERE substitute_for IS NOT NULL")
    return dict(rows.fetchall())


def check_in(db: MeetingFile, person_id: int) -> CheckIn:
    """Check a person in; a second check-in says when the first was and changes nothing (the
    transaction is rolled back: no event either)."""
    at = _now()
    details: dict = {"id": person_id}
    try:
        with db.transaction("attendance.check_in", details) as conn:
            person = get_person(db, person_id)
            if person is None:
                raise ValidationError(Said("Người này không có trong danh sách."))
            details["name"] = person.full_name
            row = conn.execute(
                "SELECT checked_in_at FROM attendance WHERE person_id = ?", (person_id,)
            ).fetchone()
            if row:
                raise _AlreadyHere(CheckIn(person, stored_datetime(row[0], _CHECKED_IN_AT), already=True))
            _insert_check_in(conn, person_id, at)
    except _AlreadyHere as here:
        return here.check_in
    return CheckIn(person, at, already=False)


_CHECKED_IN_AT = "bảng attendance, cột checked_in_at"


class _AlreadyHere(Exception):
    """Ends a check-in's transaction with nothing written: the person was already here."""

    def __init__(self, check_in: CheckIn):
        super().__init__()
        self.check_in = check_in


def _insert_check_in(conn: sqlite3.Connection, person_id: int, at: datetime) -> None:
    conn.execute(
        "INSERT INTO attendance (person_id, checked_in_at) VALUES (?, ?)", (person_id, at.isoformat())
    )


def find_by_code(db: MeetingFile, code: str) -> Person | None:
    row = db.conn.execute("SELECT id FROM person WHERE code = ?", (code.strip(),)).fetchone()
    return get_person(db, row[0]) if row else None


def check_in_by_code(db: MeetingFile, code: str) -> CheckIn:
    """What a badge scan does: the code is digits, as the QR code holds."""
    person = find_by_code(db, code)
    if person is None:
        raise ValidationError(Said("Không có ai mang mã {0}.", code.strip()))
    return check_in(db, row_id(person))


def undo_check_in(db: MeetingFile, person_id: int) -> None:
    details: dict = {"id": person_id}
    with db.transaction("attendance.undo", details) as conn:
        person = get_person(db, person_id)
        details["name"] = person.full_name if person else str(person_id)
        conn.execute("DELETE FROM attendance WHERE person_id = ?", (person_id,))


def add_walk_in(db: MeetingFile, person: Person, substitute_for: int | None = None) -> CheckIn:
    """Add someone who arrived unannounced and check them in, in one action.

    With ``substitute_for``, they attend in place of that (absent) delegate, in the same
    unit, and take over that delegate's voting right.
    """
    at = _now()
    details: dict = {"substitute_for": substitute_for}
    # Adding and checking in are one action: a crash cannot leave a half-registered walk-in; the
    # checks (the delegate absent, nobody in their place yet, the code free) run inside it.
    with db.transaction("attendance.walk_in", details) as conn:
        if substitute_for is not None:
            original = get_person(db, substitute_for)
            if original is None or original.role == Role.GUEST:
                raise ValidationError(Said('Trường "Thay cho": phải là một đại biểu của đơn vị thành viên.'))
            if substitute_for in checked_in(db):
                raise ValidationError(Said("{0} đã điểm danh, không cần người thay.", original.full_name))
            if substitute_for in substitutes(db).values():
                raise ValidationError(Said("Đã có người thay cho {0}.", original.full_name))
            if person.role == Role.GUEST:
                raise ValidationError(Said("Người thay cho một đại biểu không thể là khách mời."))
            person = replace(person, unit_id=original.unit_id)
        [added] = prepare_people(db, [replace(person, substitute_for=substitute_for, walk_in=True)])
        details.update(name=added.full_name, code=added.code)
        added.id = insert_person(conn, added)
        _insert_check_in(conn, added.id, at)
    return CheckIn(added, at, already=False)


def attendance_counts(db: MeetingFile, meeting: Meeting) -> AttendanceCounts:
    units_total = db.conn.execute("SELECT COUNT(*) FROM unit").fetchone()[0]
    return counts_of(meeting, list_people(db), set(checked_in(db)), substitutes(db), units_total)


def counts_of(
    meeting: Meeting, people: list[Person], present: set[int], subs: dict[int, int], units_total: int
) -> AttendanceCounts:
    """The counts from data already in memory (the registration desk keeps it, to stay fast).

    Voters: one per member unit represented by anyone of its delegation here, or one per
    convened seat filled (a substitute carries the right of the delegate they replace)."""
    delegates = figures_of(people, present, subs)
    guests = [p for p in people if p.role == Role.GUEST]
    represented = {p.unit_id for p in people if p.role != Role.GUEST and p.id in present}
    if meeting.voting_rule == VotingRule.PER_UNIT:
        voters_present, voters_entitled = len(represented), units_total
    else:
        voters_present, voters_entitled = delegates.present, delegates.convened
    if meeting.quorum.base == QuorumBase.UNITS:
        quorum_present, quorum_total = len(represented), units_total
    else:
        quorum_present, quorum_total = voters_present, voters_entitled
    return AttendanceCounts(
        delegates=delegates,
        guests_present=sum(p.id in present for p in guests),
        guests_invited=len(guests),
        units_represented=len(represented),
        units_total=units_total,
        voters_present=voters_present,
        voters_entitled=voters_entitled,
        quorum_present=quorum_present,
        quorum_total=quorum_total,
        quorum_met=meeting.quorum.is_met(quorum_present, quorum_total),
        quorum_rule=meeting.quorum.describe(),
    )
