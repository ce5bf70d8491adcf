"""Thứ tự lễ tân: the default order from positions, the organizers' reordering, and its properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, Unit
from core.people import add_person, list_people
from core.protocol_rank import (
    UNKNOWN_RANK,
    Group,
    full_title,
    group_of,
    move,
    position_rank,
    protocol_order,
    rank_index,
    ranked_people,
    reset_order,
    set_order,
)
from core.units import list_units


@pytest.mark.parametrize(
    "higher, lower",
    [
        ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"),
        ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"),
        ("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"),
        ("Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        ("Chủ tịch HĐND tỉnh", "Phó Chủ tịch UBND tỉnh"),
        ("Vụ trưởng Vụ Địa phương II", "Hàm Vụ trưởng Vụ Địa phương II"),
        ("Hàm Vụ trưởng Vụ Địa phương II", "Phó Vụ trưởng"),
        ("Phó Vụ trưởng", "Trưởng ban"),
        ("Trưởng ban", "Phó Trưởng ban"),
        ("Phó Trưởng ban", "Trưởng phòng Tổ chức đảng, đảng viên"),
        ("Trưởng phòng Tổ chức đảng, đảng viên", "Phó Trưởng phòng"),
        ("Phó Trưởng phòng", "Chuyên viên"),
        ("Chuyên viên", "Lái xe"),
    ],
)
def test_positions_rank_as_protocol_says(higher, lower):
    assert position_rank(higher) < position_rank(lower)


def test_a_position_ranks_by_its_highest_part_in_any_spelling():
    assert position_rank("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Khánh Hòa") == position_rank(
        "phó bí thư thường trực"
    )
    assert position_rank("UỶ VIÊN TRUNG ƯƠNG") == position_rank("Ủy viên Trung ương")  # old-style ỷ, capitals
    assert position_rank("") == UNKNOWN_RANK


def test_the_demo_in_order_guests_of_the_commission_then_the_host_then_delegations(demo_db):
    order = ranked_people(demo_db)
    names = [p.full_name for p in order]
    assert names[:3] == ["Tán Văn Bảo", "Nguyễn Tấn Tuân", "Lê Văn Hải"]  # Đà Nẵng is the first unit
    units = {u.id: u.position for u in list_units(demo_db)}
    delegations = [units[p.unit_id] for p in order if p.role != Role.GUEST]
    assert delegations == sorted(delegations)
    first_of_each = {}
    for p in order[2:]:
        first_of_each.setdefault(p.unit_id, p)
    assert all(p.role == Role.HEAD for p in first_of_each.values())  # each delegation led by its head


def test_a_guest_of_the_commission_precedes_a_higher_ranked_host_leader():
    meeting = Meeting(commission="Ban Tổ chức Trung ương", host_unit_id=6)
    units = [Unit("Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa", 1, 6)]
    chuyen_vien = Person(
        "A", Role.GUEST, "Chuyên viên Vụ Địa phương II", organization="Ban Tổ chức Trung ương", id=1
    )
    bi_thu = Person("B", Role.GUEST, "Bí thư Tỉnh ủy", organization="Tỉnh ủy Khánh Hòa", id=2)
    press = Person("C", Role.GUEST, "Phóng viên", organization="Báo Nhân Dân", id=3)
    head = Person("D", Role.HEAD, "Trưởng ban", unit_id=6, id=4)
    assert [group_of(p, meeting, "khanh hoa") for p in (chuyen_vien, bi_thu, press, head)] == list(Group)
    order = protocol_order([head, press, bi_thu, chuyen_vien], meeting, units, {})
    assert [p.id for p in order] == [1, 2, 3, 4]


def test_full_titles_as_the_mc_says_them(demo_db):
    units = list_units(demo_db)
    by_name = {p.full_name: p for p in list_people(demo_db)}
    assert full_title(by_name["Lê Văn Hải"], units) == "Trưởng Ban Tổ chức Thành ủy Đà Nẵng"
    assert full_title(by_name["Trần Thị Thu Hà"], units) == "Phó Trưởng Ban Tổ chức Thành ủy Đà Nẵng"
    assert (
        full_title(by_name["Tán Văn Bảo"], units) == "Hàm Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"
    )
    tuan = full_title(by_name["Nguyễn Tấn Tuân"], units)
    assert tuan == "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Khánh Hòa"  # the province said once


def test_organizers_move_someone_up_and_the_order_is_stored(demo_db):
    before = [p.id for p in ranked_people(demo_db)]
    tuan = before[1]
    after = [p.id for p in move(demo_db, tuan, -1)]
    assert after[:2] == [tuan, before[0]] and after[2:] == before[2:]
    assert [p.id for p in ranked_people(demo_db)] == after  # read back from the file
    assert rank_index(demo_db)[tuan] == 0
    with pytest.raises(ValidationError, match="đã đứng đầu"):
        move(demo_db, tuan, -1)
    assert [p.id for p in ranked_people(demo_db)] == after  # a refused move changes nothing
    reset_order(demo_db)
    assert [p.id for p in ranked_people(demo_db)] == before


def test_someone_added_after_reordering_takes_the_default_place(demo_db):
    ids = [p.id for p in ranked_people(demo_db)]
    set_order(demo_db, list(reversed(ids)))
    units = list_units(demo_db)
    newcomer = add_person(
        demo_db, Person("Nguyễn Văn Mới", Role.DELEGATE, "Chuyên viên", unit_id=units[0].id)
    )
    order = [p.id for p in ranked_people(demo_db)]
    default = [p.id for p in protocol_order(list_people(demo_db), load_meeting(demo_db), units, {})]
    assert order.index(newcomer.id) == default.index(newcomer.id)  # the default place
    assert [i for i in order if i != newcomer.id] == list(reversed(ids))  # the others as placed
    with pytest.raises(ValidationError, match="đã thay đổi"):
        set_order(demo_db, ids)  # a stale list (the newcomer missing) is refused


def test_every_order_write_is_an_audit_event(demo_db):
    events = demo_db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    move(demo_db, ranked_people(demo_db)[3].id, 1)
    actions = [r[0] for r in demo_db.conn.execute("SELECT action FROM event ORDER BY seq DESC LIMIT 1")]
    assert actions == ["protocol.order"]
    assert demo_db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events + 1


# -- properties -------------------------------------------------------------------------------

POSITIONS = [
    "Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Vụ trưởng", "Hàm Vụ trưởng",
    "Trưởng ban", "Phó Trưởng ban", "Trưởng phòng", "Chuyên viên", "", "Phóng viên",
]  # fmt: skip
ORGANIZATIONS = ["Ban Tổ chức Trung ương", "Tỉnh ủy Khánh Hòa", "Báo Khánh Hòa", "Sở Nội vụ", ""]
NAMES = ["Nguyễn Văn An", "Lê Thị Bình", "Trần An", "A Lăng", "Y Khoa Niê", "Nguyễn Văn An"]
UNITS = [Unit(f"Tỉnh {n}", f"Ban Tổ chức Tỉnh ủy {n}", n, 100 + n) for n in range(1, 5)]
MEETING = Meeting(commission="Ban Tổ chức Trung ương", host_unit_id=101)


@st.composite
def people_and_order(draw):
    count = draw(st.integers(0, 25))
    people = []
    for pid in range(1, count + 1):
        role = draw(st.sampled_from(list(Role)))
        people.append(
            Person(
                draw(st.sampled_from(NAMES)),
                role,
                draw(st.sampled_from(POSITIONS)),
                unit_id=None if role == Role.GUEST else draw(st.sampled_from(UNITS)).id,
                organization=draw(st.sampled_from(ORGANIZATIONS)) if role == Role.GUEST else "",
                id=pid,
            )
        )
    placed = draw(st.lists(st.sampled_from(range(1, count + 1)), unique=True)) if count else []
    positions = draw(st.permutations(range(len(placed))))
    explicit = dict(zip(placed, positions, strict=True))
    return people, explicit, draw(st.randoms())


@settings(max_examples=200, deadline=None)
@given(people_and_order())
def test_the_order_is_total_and_independent_of_the_input_order(case):
    people, explicit, rng = case
    order = protocol_order(people, MEETING, UNITS, explicit)
    shuffled = list(people)
    rng.shuffle(shuffled)
    again = protocol_order(shuffled, MEETING, UNITS, explicit)
    assert [p.id for p in again] == [p.id for p in order]  # the same, whatever order it is given
    assert sorted(p.id for p in order) == sorted(p.id for p in people)  # everyone once: a total order
    placed = [p.id for p in order if p.id in explicit]
    assert placed == sorted(placed, key=lambda pid: explicit[pid])  # the organizers' order is kept
    unplaced = [p.id for p in order if p.id not in explicit]
    default = [p.id for p in protocol_order(people, MEETING, UNITS, {}) if p.id not in explicit]
    assert unplaced == default  # and everyone else keeps the default order


@settings(max_examples=100, deadline=None)
@given(people_and_order())
def test_without_reordering_guests_precede_delegations_and_units_follow_the_cluster(case):
    people, _explicit, _rng = case
    order = protocol_order(people, MEETING, UNITS, {})
    roles = [p.role == Role.GUEST for p in order]
    assert roles == sorted(roles, reverse=True)
    positions = {u.id: u.position for u in UNITS}
    units = [positions[p.unit_id] for p in order if p.role != Role.GUEST]
    assert units == sorted(units)


def test_the_meeting_is_read_for_the_host(demo_db):
    assert load_meeting(demo_db).host_unit_id is not None


@settings(max_examples=100, deadline=None)
@given(people_and_order(), st.integers(2, 12))
def test_the_default_seating_seats_everyone_once_and_keeps_a_delegation_in_a_row_when_it_fits(case, width):
    from core.seating import HEAD_ROW, default_plan

    people, explicit, _rng = case
    meeting = Meeting(commission=MEETING.commission, host_unit_id=101, current_head_unit_id=102)
    ordered = protocol_order(people, meeting, UNITS, explicit)
    plan = default_plan(ordered, meeting, UNITS, width)
    seated = [p.id for p in plan.seats.values()]
    assert sorted(seated) == sorted(p.id for p in people)  # everyone, once
    assert all(1 <= s.place <= width for s in plan.seats if s.row != HEAD_ROW)
    rows = {}
    for seat, person in plan.seats.items():
        if seat.row != HEAD_ROW and person.role != Role.GUEST:
            rows.setdefault(person.unit_id, set()).add(seat.row)
    sizes = {u: sum(1 for p in plan.seats.values() if p.unit_id == u and p.role != Role.GUEST) for u in rows}
    for unit_id, used in rows.items():
        if sizes[unit_id] <= width:
            assert len(used) == 1, (unit_id, used)
    positions = {u.id: u.position for u in UNITS}
    delegates = [
        plan.seats[s] for s in sorted(plan.seats, key=lambda s: (s.row, s.place)) if s.row != HEAD_ROW
    ]
    units = [positions[p.unit_id] for p in delegates if p.role != Role.GUEST]
    assert units == sorted(units)  # the delegations in the cluster's order
