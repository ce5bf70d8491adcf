"""Sơ đồ chỗ ngồi: the head table (chủ tọa) and the rows of the hall.

By default (docs/protocol.md) the head table seats the heads of delegation of this year's
cluster head and deputy (who chair the conference); the guests sit in front, in order of rank;
then the delegations in the cluster's official order, in the order of rank within each, a
delegation kept in one row when it fits. The organizers move people by dragging: a move to an
occupied seat swaps the two. Once moved, every seat is stored (table ``seat``, row 0 the head
table); a person added later, and not seated yet, takes the next free seats after the last row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, Unit, row_id
from core.protocol_rank import Group, group_of, host_province, ranked_people
from core.said import Said
from core.storage import MeetingFile
from core.units import list_units

HEAD_ROW = 0
DEFAULT_SEATS_PER_ROW = 10
MIN_SEATS_PER_ROW, MAX_SEATS_PER_ROW = 2, 30
HEAD_TABLE_MAX = 9
SEATS_KEY = "seats_per_row"


@dataclass(frozen=True)
class Seat:
    row: int  # 0: the head table; 1.. the rows of the hall, from the front
    place: int  # 1.. from the left as the hall sees it

    def label(self) -> str:
        if self.row == HEAD_ROW:
            return Said("Chủ tọa, ghế {0}", self.place)
        return Said("Hàng {0}, ghế {1}", self.row, self.place)


@dataclass
class SeatingPlan:
    seats: dict[Seat, Person]
    seats_per_row: int
    stored: bool = False  # False: the default arrangement, nothing moved yet

    @property
    def rows(self) -> int:
        """How many rows of the hall are used (the head table not counted)."""
        return max((s.row for s in self.seats), default=0)

    def row(self, number: int) -> list[Person | None]:
        """The seats of one row, left to right (None: empty)."""
        width = self.width(number)
        return [self.seats.get(Seat(number, place)) for place in range(1, width + 1)]

    def width(self, number: int) -> int:
        used = max((s.place for s in self.seats if s.row == number), default=0)
        limit = HEAD_TABLE_MAX if number == HEAD_ROW else self.seats_per_row
        return max(used, min(limit, self.seats_per_row))

    def seat_of(self, person_id: int) -> Seat | None:
        return next((s for s, p in self.seats.items() if p.id == person_id), None)

    def in_order(self) -> list[Person]:
        """Everyone seated, head table first, then row by row, left to right: what name plates follow."""
        return [self.seats[s] for s in sorted(self.seats, key=lambda s: (s.row, s.place))]


def chairs(people: list[Person], meeting: Meeting) -> list[Person]:
    """Who sits at the head table by default: the heads of delegation of this year's cluster
    head and deputy, in that order."""
    out = []
    for unit_id in (meeting.current_head_unit_id, meeting.current_deputy_unit_id):
        head = next((p for p in people if p.role == Role.HEAD and p.unit_id == unit_id and unit_id), None)
        if head is not None and head not in out:
            out.append(head)
    return out


def default_plan(
    ordered: list[Person], meeting: Meeting, units: list[Unit], seats_per_row: int
) -> SeatingPlan:
    """The default arrangement of ``ordered`` (everyone, in order of rank): the delegations in the
    cluster's order, each in order of rank, even when the organizers put someone of one delegation
    among another's."""
    host = host_province(meeting, units)
    seats: dict[Seat, Person] = {}
    head_table = chairs(ordered, meeting)
    for place, person in enumerate(head_table, start=1):
        seats[Seat(HEAD_ROW, place)] = person
    rest = [p for p in ordered if p not in head_table]
    guests = [p for p in rest if group_of(p, meeting, host) != Group.DELEGATION]
    row, place = 1, 0
    for person in guests:
        if place == seats_per_row:
            row, place = row + 1, 0
        place += 1
        seats[Seat(row, place)] = person
    if guests:
        row, place = row + 1, 0
    by_unit: dict[int | None, list[Person]] = {}
    for person in rest:
        if person not in guests:
            by_unit.setdefault(person.unit_id, []).append(person)
    cluster_order = {u.id: u.position for u in units}
    delegations = [by_unit[u] for u in sorted(by_unit, key=lambda u: (cluster_order.get(u, 10**6), u or 0))]
    for members in delegations:
        fits_in_a_row = len(members) <= seats_per_row
        if place and fits_in_a_row and place + len(members) > seats_per_row:
            row, place = row + 1, 0  # keep the delegation together in the next row
        for person in members:
            if place == seats_per_row:
                row, place = row + 1, 0
            place += 1
            seats[Seat(row, place)] = person
    return SeatingPlan(seats, seats_per_row)


def seats_per_row(db: MeetingFile) -> int:
    row = db.conn.execute("SELECT value FROM protocol_text WHERE key = ?", (SEATS_KEY,)).fetchone()
    try:
        value = int(row[0]) if row else DEFAULT_SEATS_PER_ROW
    except ValueError:
        value = DEFAULT_SEATS_PER_ROW
    return min(max(value, MIN_SEATS_PER_ROW), MAX_SEATS_PER_ROW)


def load_plan(db: MeetingFile) -> SeatingPlan:
    """The seating as stored, or the default one; people not seated yet fill the seats after."""
    ordered = ranked_people(db)
    meeting = load_meeting(db)
    width = seats_per_row(db)
    stored = stored_seats(db)
    if not stored:
        return default_plan(ordered, meeting, list_units(db), width)
    seats = {stored[row_id(p)]: p for p in ordered if row_id(p) in stored}
    plan = SeatingPlan(seats, width, stored=True)
    row, place = plan.rows + 1, 0  # the people not seated yet: new rows after the last
    for person in ordered:
        if row_id(person) in stored:
            continue
        if place == width:
            row, place = row + 1, 0
        place += 1
        seats[Seat(row, place)] = person
    return plan


def _write(db: MeetingFile, plan: SeatingPlan, action: str, details: dict) -> None:
    with db.transaction(action, details) as conn:
        known = {row[0] for row in conn.execute("SELECT id FROM person")}
        if any(row_id(p) not in known for p in plan.seats.values()):
            raise ValidationError(Said("Danh sách đã thay đổi trong khi xếp chỗ: hãy mở lại sơ đồ."))
        conn.execute("DELETE FROM seat")
        conn.executemany(
            "INSERT INTO seat (person_id, seat_row, place) VALUES (?, ?, ?)",
            [(row_id(p), s.row, s.place) for s, p in plan.seats.items()],
        )


def move_to(db: MeetingFile, person_id: int, target: Seat) -> SeatingPlan:
    """Seat one person at ``target``; whoever sat there takes the person's old seat."""
    plan = load_plan(db)
    source = plan.seat_of(person_id)
    if source is None:
        raise ValidationError(Said("Người này không còn trong danh sách."))
    limit = HEAD_TABLE_MAX if target.row == HEAD_ROW else plan.seats_per_row
    if target.row < 0 or target.row > plan.rows + 1 or not 1 <= target.place <= limit:
        raise ValidationError(Said("Không có chỗ ngồi này: {0}.", target.label()))
    if source == target:
        return plan
    person = plan.seats.pop(source)
    other = plan.seats.pop(target, None)
    plan.seats[target] = person
    if other is not None:
        plan.seats[source] = other
    details = {
        "name": person.full_name,
        "seat": target.label(),
        "swapped_with": other.full_name if other else "",
    }
    _write(db, plan, "seating.move", details)
    return load_plan(db)


def stored_seats(db: MeetingFile) -> dict[int, Seat]:
    """The seats as stored (person id -> seat); empty while the plan is the default one."""
    return {pid: Seat(r, p) for pid, r, p in db.conn.execute("SELECT person_id, seat_row, place FROM seat")}


def restore_seats(db: MeetingFile, seats: dict[int, Seat]) -> None:
    """Put back seats read earlier with ``stored_seats`` (undo and redo); people deleted since
    are left out; none is the default plan."""
    with db.transaction("seating.restore", {"count": len(seats)}) as conn:
        known = {row[0] for row in conn.execute("SELECT id FROM person")}
        conn.execute("DELETE FROM seat")
        conn.executemany(
            "INSERT INTO seat (person_id, seat_row, place) VALUES (?, ?, ?)",
            [(pid, s.row, s.place) for pid, s in sorted(seats.items()) if pid in known],
        )


def set_seats_per_row(db: MeetingFile, count: int) -> None:
    """The width of the rows; the stored seats are dropped, the default arrangement is made again."""
    if not MIN_SEATS_PER_ROW <= count <= MAX_SEATS_PER_ROW:
        raise ValidationError(
            Said("Số ghế mỗi hàng phải từ {0} đến {1}.", MIN_SEATS_PER_ROW, MAX_SEATS_PER_ROW)
        )
    with db.transaction("seating.width", {"seats_per_row": count}) as conn:
        conn.execute(
            "INSERT INTO protocol_text (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SEATS_KEY, str(count)),
        )
        conn.execute("DELETE FROM seat")


def reset_plan(db: MeetingFile) -> None:
    with db.transaction("seating.reset", {}) as conn:
        conn.execute("DELETE FROM seat")


def selection(plan: SeatingPlan, which: Iterable[str]) -> list[Person]:
    """People of the plan by group name: "chu-toa" (head table), "khach" (the guests' rows are the
    rows before the first delegation), or a row number; in seating order."""
    wanted = set(which)
    out = []
    for seat in sorted(plan.seats, key=lambda s: (s.row, s.place)):
        person = plan.seats[seat]
        if (
            ("chu-toa" in wanted and seat.row == HEAD_ROW)
            or ("khach" in wanted and person.role == Role.GUEST)
            or str(seat.row) in wanted
        ):
            out.append(person)
    return out
