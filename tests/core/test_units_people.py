"""Member units, delegates and guests, and the meeting record."""

import json
import unicodedata
from datetime import date

import pytest

from core.errors import MeetingFileError, ValidationError
from core.meetings import load_key_tasks, load_meeting, replace_key_tasks, save_meeting, validate_meeting
from core.model import KeyTask, Meeting, Person, QuorumBase, QuorumRule, Role, Unit, VotingRule
from core.people import (
    FIRST_CODE,
    add_people,
    add_person,
    delegation_order,
    delete_person,
    get_person,
    likely_duplicate,
    list_people,
    update_person,
)
from core.storage import MeetingFile
from core.units import add_unit, delete_unit, find_unit, list_units, move_unit, update_unit


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def db(tmp_path):
    db = MeetingFile.create(tmp_path / "hoi-nghi.thidua")
    for name in ("Khánh Hòa", "Quảng Nam", "Kon Tum"):
        add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
    yield db
    db.close()


@pytest.fixture
def unit_ids(db):
    """Unit ids by short name."""
    return {u.short_name: u.id for u in list_units(db)}


def short_names(db):
    return [u.short_name for u in list_units(db)]


def positions(db):
    return [u.position for u in list_units(db)]


def event_count(db):
    return db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]


# -- units ------------------------------------------------------------------------


def test_units_are_added_in_order(db):
    assert short_names(db) == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]
    assert positions(db) == [1, 2, 3]
    assert list_units(db)[0].full_title == "Ban Tổ chức Tỉnh ủy Khánh Hòa"


def test_add_unit_returns_the_stored_unit(db):
    unit = add_unit(db, Unit(nfd("  Phú   Yên "), nfd("Ban Tổ chức Tỉnh ủy  Phú Yên")))
    assert unit.short_name == "Phú Yên"
    assert unit.full_title == "Ban Tổ chức Tỉnh ủy Phú Yên"
    assert unit.position == 4
    assert unit.id is not None
    assert list_units(db)[-1] == unit


def test_add_unit_at_a_position_shifts_the_others(db):
    add_unit(db, Unit("Đà Nẵng", "Ban Tổ chức Thành ủy Đà Nẵng", position=1))
    assert short_names(db) == ["Đà Nẵng", "Khánh Hòa", "Quảng Nam", "Kon Tum"]
    assert positions(db) == [1, 2, 3, 4]


def test_update_unit(db, unit_ids):
    update_unit(db, Unit(" Kon  Tum ", "Ban Tổ chức Tỉnh ủy tỉnh Kon Tum", id=unit_ids["Kon Tum"]))
    unit = list_units(db)[2]
    assert (unit.short_name, unit.full_title, unit.position) == (
        "Kon Tum",
        "Ban Tổ chức Tỉnh ủy tỉnh Kon Tum",
        3,
    )


def test_update_unit_may_keep_its_own_name(db, unit_ids):
    update_unit(db, Unit("Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa (chủ nhà)", id=unit_ids["Khánh Hòa"]))
    assert list_units(db)[0].full_title == "Ban Tổ chức Tỉnh ủy Khánh Hòa (chủ nhà)"


def test_update_unit_refuses_another_units_name(db, unit_ids):
    with pytest.raises(ValidationError, match="Quảng Nam"):
        update_unit(db, Unit("quang nam", "Ban mới", id=unit_ids["Kon Tum"]))
    assert short_names(db) == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]


@pytest.mark.parametrize(
    "duplicate", ["Khánh Hòa", "khánh hòa", "KHANH HOA", "Khanh Hoa", nfd("khánh  hòa ")]
)
def test_duplicate_short_name_is_refused(db, duplicate):
    events = event_count(db)
    with pytest.raises(ValidationError) as caught:
        add_unit(db, Unit(duplicate, "Ban Tổ chức khác"))
    assert 'Đã có đơn vị tên ngắn "Khánh Hòa"' in str(caught.value)
    assert len(list_units(db)) == 3
    assert event_count(db) == events


def test_duplicate_full_title_is_refused(db):
    with pytest.raises(ValidationError, match="Ban Tổ chức Tỉnh ủy Kon Tum"):
        add_unit(db, Unit("KT", "ban to chuc tinh uy kon tum"))


def test_empty_unit_names_are_refused_naming_the_fields(db):
    with pytest.raises(ValidationError) as caught:
        add_unit(db, Unit("  ", ""))
    assert caught.value.messages == [
        'Trường "Tên ngắn" của đơn vị không được để trống.',
        'Trường "Tên đầy đủ" của đơn vị không được để trống.',
    ]


def test_delete_unit_keeps_positions_contiguous(db, unit_ids):
    removed = delete_unit(db, unit_ids["Khánh Hòa"])
    assert removed.short_name == "Khánh Hòa"
    assert short_names(db) == ["Quảng Nam", "Kon Tum"]
    assert positions(db) == [1, 2]


def test_deleted_unit_can_be_put_back(db, unit_ids):
    removed = delete_unit(db, unit_ids["Quảng Nam"])
    add_unit(db, removed)
    assert short_names(db) == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]
    assert list_units(db)[1].id == unit_ids["Quảng Nam"]
    assert positions(db) == [1, 2, 3]


def test_deleting_a_unit_with_people_is_refused(db, unit_ids):
    for name in ("Lê Hoàng Nam", "Phan Văn Dũng"):
        add_person(db, Person(name, unit_id=unit_ids["Khánh Hòa"]))
    with pytest.raises(ValidationError) as caught:
        delete_unit(db, unit_ids["Khánh Hòa"])
    assert 'Đơn vị "Khánh Hòa" còn 2 người tham dự' in str(caught.value)
    assert short_names(db) == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]


def test_deleting_a_unit_listed_in_a_vote_is_refused_naming_the_vote(db, unit_ids):
    from core.votes import Vote, add_vote

    add_vote(db, Vote("Cờ thi đua", candidate_ids=[unit_ids["Kon Tum"], unit_ids["Quảng Nam"]]))
    events = event_count(db)
    with pytest.raises(ValidationError) as caught:
        delete_unit(db, unit_ids["Kon Tum"])
    assert 'Đơn vị "Kon Tum"' in str(caught.value) and '"Cờ thi đua"' in str(caught.value)
    assert short_names(db) == ["Khánh Hòa", "Quảng Nam", "Kon Tum"]
    assert event_count(db) == events


def test_deleting_a_missing_unit_is_refused(db):
    with pytest.raises(ValidationError, match="không còn"):
        delete_unit(db, 999)


@pytest.mark.parametrize(
    ("name", "to", "order"),
    [
        ("Kon Tum", 1, ["Kon Tum", "Khánh Hòa", "Quảng Nam"]),
        ("Khánh Hòa", 3, ["Quảng Nam", "Kon Tum", "Khánh Hòa"]),
        ("Khánh Hòa", 2, ["Quảng Nam", "Khánh Hòa", "Kon Tum"]),
        ("Quảng Nam", 2, ["Khánh Hòa", "Quảng Nam", "Kon Tum"]),
        ("Quảng Nam", 99, ["Khánh Hòa", "Kon Tum", "Quảng Nam"]),  # clamped to the end
        ("Quảng Nam", -5, ["Quảng Nam", "Khánh Hòa", "Kon Tum"]),  # clamped to the start
    ],
)
def test_move_unit(db, unit_ids, name, to, order):
    move_unit(db, unit_ids[name], to)
    assert short_names(db) == order
    assert positions(db) == [1, 2, 3]


def test_move_a_missing_unit_is_refused(db):
    with pytest.raises(ValidationError):
        move_unit(db, 999, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khánh hòa", "Khánh Hòa"),
        ("  Quảng   Nam ", "Quảng Nam"),
        ("Ban Tổ chức Tỉnh ủy Kon Tum", "Kon Tum"),
        ("Khanh Hoa", "Khánh Hòa"),
        (nfd("Quảng Nam"), "Quảng Nam"),
        ("Phú Yên", None),
        ("", None),
    ],
)
def test_find_unit(db, text, expected):
    found = find_unit(list_units(db), text)
    assert (found.short_name if found else None) == expected


# -- people -----------------------------------------------------------------------


def test_codes_start_at_1001_and_increase(db, unit_ids):
    codes = [add_person(db, Person(f"Người {i}", unit_id=unit_ids["Kon Tum"])).code for i in range(3)]
    assert FIRST_CODE == 1001
    assert codes == ["1001", "1002", "1003"]


def test_codes_continue_after_the_highest(db, unit_ids):
    add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], code="2000"))
    assert add_person(db, Person("Trần Thị Thu Hà", unit_id=unit_ids["Kon Tum"])).code == "2001"


def test_a_code_with_letters_is_refused_naming_the_field(db, unit_ids):
    with pytest.raises(ValidationError) as caught:
        add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], code="10A1"))
    assert caught.value.messages[0].startswith('Trường "Mã"')
    assert "10A1" in str(caught.value)
    assert list_people(db) == []


def test_a_code_with_non_ascii_digits_is_refused_naming_the_field(db, unit_ids):
    with pytest.raises(ValidationError, match='Trường "Mã"'):
        add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], code="１００１"))


def test_a_code_with_non_ascii_digits_is_never_stored(db, unit_ids):
    with pytest.raises((ValidationError, MeetingFileError)):
        add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], code="１００１"))
    assert list_people(db) == []


def test_a_duplicate_code_is_refused(db, unit_ids):
    add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], code="1234"))
    with pytest.raises(ValidationError) as caught:
        add_person(db, Person("Trần Thị Thu Hà", unit_id=unit_ids["Kon Tum"], code=" 1234 "))
    assert str(caught.value) == 'Trường "Mã": mã 1234 đã cấp cho Lê Văn Hải.'
    assert [p.full_name for p in list_people(db)] == ["Lê Văn Hải"]


def test_a_delegate_without_a_unit_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        add_person(db, Person("Lê Văn Hải", Role.DELEGATE))
    assert 'Trường "Đơn vị"' in str(caught.value)
    assert list_people(db) == []


def test_a_head_with_an_unknown_unit_is_refused(db):
    with pytest.raises(ValidationError, match='Trường "Đơn vị"'):
        add_person(db, Person("Lê Văn Hải", Role.HEAD, unit_id=999))


def test_an_empty_name_is_refused(db, unit_ids):
    with pytest.raises(ValidationError, match='Trường "Họ và tên"'):
        add_person(db, Person(" \t ", unit_id=unit_ids["Kon Tum"]))


def test_a_bad_phone_is_refused(db, unit_ids):
    with pytest.raises(ValidationError, match='Trường "Số điện thoại"'):
        add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], phone="gọi sau"))
    assert add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], phone="0905 123.456")).phone


def test_all_field_errors_are_reported_together(db):
    with pytest.raises(ValidationError) as caught:
        add_person(db, Person("", Role.DELEGATE, code="abc"))
    fields = [m.split('"')[1] for m in caught.value.messages]
    assert fields == ["Họ và tên", "Đơn vị", "Mã"]


def test_a_guest_keeps_the_organization_and_has_no_unit(db, unit_ids):
    guest = add_person(
        db,
        Person(
            "Tán Văn Bảo",
            Role.GUEST,
            "Hàm Vụ trưởng Vụ Địa phương II",
            unit_id=unit_ids["Khánh Hòa"],
            organization=" Ban Tổ chức  Trung ương ",
        ),
    )
    stored = get_person(db, guest.id)
    assert stored.role == Role.GUEST
    assert stored.unit_id is None
    assert stored.organization == "Ban Tổ chức Trung ương"
    assert stored.position == "Hàm Vụ trưởng Vụ Địa phương II"


def test_a_delegate_has_no_organization(db, unit_ids):
    person = add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"], organization="Tỉnh ủy"))
    assert get_person(db, person.id).organization == ""


def test_names_are_stored_nfc_and_trimmed(db, unit_ids):
    person = add_person(
        db,
        Person(nfd("  Nguyễn   Tấn  Tuân "), position=nfd(" Phó  Trưởng ban "), unit_id=unit_ids["Kon Tum"]),
    )
    stored = get_person(db, person.id)
    assert stored.full_name == "Nguyễn Tấn Tuân"
    assert unicodedata.is_normalized("NFC", stored.full_name)
    assert stored.position == "Phó Trưởng ban"
    raw = db.conn.execute("SELECT full_name FROM person WHERE id = ?", (person.id,)).fetchone()[0]
    assert raw == "Nguyễn Tấn Tuân"


def test_delete_then_add_restores_the_same_person(db, unit_ids):
    add_person(db, Person("Lê Hoàng Nam", unit_id=unit_ids["Khánh Hòa"]))
    target = add_person(
        db, Person("Phan Văn Dũng", Role.HEAD, "Trưởng ban", unit_ids["Khánh Hòa"], phone="0905123456")
    )
    add_person(db, Person("Đỗ Thị Ngọc Hân", unit_id=unit_ids["Khánh Hòa"]))

    removed = delete_person(db, target.id)
    assert removed == target
    assert get_person(db, target.id) is None
    assert [p.full_name for p in list_people(db)] == ["Lê Hoàng Nam", "Đỗ Thị Ngọc Hân"]

    restored = add_person(db, removed)
    assert (restored.id, restored.code) == (target.id, target.code)
    assert get_person(db, target.id) == target


def test_delete_a_missing_person_is_refused(db):
    with pytest.raises(ValidationError, match="không còn"):
        delete_person(db, 42)


def test_update_person(db, unit_ids):
    person = add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"]))
    person.full_name = nfd("Lê Văn  Hải ")
    person.role = Role.HEAD
    person.unit_id = unit_ids["Quảng Nam"]
    update_person(db, person)
    stored = get_person(db, person.id)
    assert (stored.full_name, stored.role, stored.unit_id, stored.code) == (
        "Lê Văn Hải",
        Role.HEAD,
        unit_ids["Quảng Nam"],
        "1001",
    )


def test_update_person_refuses_another_persons_code(db, unit_ids):
    add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"]))
    second = add_person(db, Person("Trần Thị Thu Hà", unit_id=unit_ids["Kon Tum"]))
    second.code = "1001"
    with pytest.raises(ValidationError, match="đã cấp cho Lê Văn Hải"):
        update_person(db, second)
    assert get_person(db, second.id).code == "1002"


def test_add_people_adds_all_with_new_codes(db, unit_ids):
    added = add_people(
        db,
        [
            Person("Lê Văn Hải", Role.HEAD, unit_id=unit_ids["Khánh Hòa"]),
            Person("Trần Thị Thu Hà", unit_id=unit_ids["Khánh Hòa"], code="1002"),
            Person("Tán Văn Bảo", Role.GUEST, organization="Ban Tổ chức Trung ương"),
        ],
        source="danh-sach.xlsx",
    )
    assert [p.code for p in added] == ["1001", "1002", "1003"]
    assert [p.full_name for p in list_people(db)] == ["Lê Văn Hải", "Trần Thị Thu Hà", "Tán Văn Bảo"]
    events = db.conn.execute("SELECT details FROM event WHERE seq > 4 ORDER BY seq").fetchall()
    assert len(events) == 1  # one action
    assert {"count": 3, "source": "danh-sach.xlsx"}.items() <= json.loads(events[0][0]).items()


def test_add_people_is_all_or_nothing(db, unit_ids):
    events = event_count(db)
    people = [
        Person("Lê Văn Hải", unit_id=unit_ids["Khánh Hòa"]),
        Person("Trần Thị Thu Hà", unit_id=None),  # a delegate without a unit
        Person("Phan Văn Dũng", unit_id=unit_ids["Khánh Hòa"]),
    ]
    with pytest.raises(ValidationError, match='Trường "Đơn vị"'):
        add_people(db, people)
    assert list_people(db) == []
    assert event_count(db) == events


def test_add_people_refuses_a_code_repeated_in_the_list(db, unit_ids):
    with pytest.raises(ValidationError, match="1500"):
        add_people(
            db,
            [
                Person("Lê Văn Hải", unit_id=unit_ids["Khánh Hòa"], code="1500"),
                Person("Trần Thị Thu Hà", unit_id=unit_ids["Khánh Hòa"], code="1500"),
            ],
        )
    assert list_people(db) == []


def test_likely_duplicate_ignores_diacritics_and_case(db, unit_ids):
    existing = add_person(db, Person("Lê Văn Hải", unit_id=unit_ids["Khánh Hòa"]))
    others = list_people(db)
    assert likely_duplicate(Person("LE VAN HAI", unit_id=unit_ids["Khánh Hòa"]), others) == existing
    assert likely_duplicate(Person("Lê Văn Hải", unit_id=unit_ids["Kon Tum"]), others) is None


def test_likely_duplicate_between_people_not_yet_saved():
    earlier = Person("Lê Văn Hải", unit_id=1)
    assert likely_duplicate(Person("LE VAN HAI", unit_id=1), [earlier]) is earlier


def test_delegation_order(db, unit_ids):
    kh, qn, kt = unit_ids["Khánh Hòa"], unit_ids["Quảng Nam"], unit_ids["Kon Tum"]
    for person in [
        Person("Nguyễn Tấn Tuân", Role.GUEST, organization="Tỉnh ủy Khánh Hòa"),
        Person("Trịnh Văn Cường", Role.DELEGATE, unit_id=kt),
        Person("Đỗ Thị Ngọc Hân", Role.DELEGATE, unit_id=kh),
        Person("Võ Thị Hồng Nhung", Role.DELEGATE, unit_id=qn),
        Person("Nguyễn Thị Ánh Tuyết", Role.HEAD, unit_id=kh),
        Person("Phan Văn Dũng", Role.DELEGATE, unit_id=kh),
        Person("Tán Văn Bảo", Role.GUEST, organization="Ban Tổ chức Trung ương"),
        Person("A Lăng Thơm", Role.HEAD, unit_id=kt),
        Person("Lê Hoàng Nam", Role.DELEGATE, unit_id=kh),
        Person("Nguyễn Hữu Phước", Role.HEAD, unit_id=qn),
    ]:
        add_person(db, person)
    move_unit(db, kt, 2)  # official order: Khánh Hòa, Kon Tum, Quảng Nam
    ordered = delegation_order(list_people(db), list_units(db))
    assert [p.full_name for p in ordered] == [
        "Nguyễn Thị Ánh Tuyết",  # Khánh Hòa: the head first
        "Phan Văn Dũng",  # then by given name: Dũng < Hân < Nam
        "Đỗ Thị Ngọc Hân",
        "Lê Hoàng Nam",
        "A Lăng Thơm",  # Kon Tum
        "Trịnh Văn Cường",
        "Nguyễn Hữu Phước",  # Quảng Nam
        "Võ Thị Hồng Nhung",
        "Tán Văn Bảo",  # guests last, by name: Bảo < Tuân
        "Nguyễn Tấn Tuân",
    ]


# -- the meeting record -----------------------------------------------------------


def nha_trang_meeting(host_unit_id=None) -> Meeting:
    return Meeting(
        commission="Ban Tổ chức Trung ương",
        cluster="Cụm thi đua số III",
        members_description="Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung – Tây Nguyên",
        title="Hội nghị tổng kết công tác thi đua năm 2019",
        year=2019,
        next_year=2020,
        venue="TP. Nha Trang, tỉnh Khánh Hòa",
        place="Nha Trang",
        date=date(2019, 12, 19),
        host_unit_id=host_unit_id,
        letterhead=("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III"),
        quorum=QuorumRule(3, 4, strict=True, base=QuorumBase.VOTERS),
        voting_rule=VotingRule.PER_DELEGATE,
    )


def test_save_and_load_meeting_roundtrip(db, unit_ids):
    meeting = nha_trang_meeting(unit_ids["Khánh Hòa"])
    save_meeting(db, meeting)
    assert load_meeting(db) == meeting


def test_meeting_survives_reopening(db, unit_ids, tmp_path):
    save_meeting(db, nha_trang_meeting(unit_ids["Khánh Hòa"]))
    db.close()
    reopened = MeetingFile.open(tmp_path / "hoi-nghi.thidua")
    try:
        loaded = load_meeting(reopened)
    finally:
        reopened.close()
    assert loaded.letterhead == ("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III")
    assert loaded.quorum == QuorumRule(3, 4, True, QuorumBase.VOTERS)
    assert loaded.date == date(2019, 12, 19)
    assert loaded.date_line() == "Nha Trang, ngày 19 tháng 12 năm 2019"


def test_save_meeting_cleans_text_and_drops_blank_letterhead_lines(db):
    meeting = nha_trang_meeting()
    meeting.cluster = nfd("  Cụm thi đua   số III ")
    meeting.letterhead = (nfd(" BAN TỔ CHỨC  TRUNG ƯƠNG"), "   ", "CỤM THI ĐUA SỐ III")
    save_meeting(db, meeting)
    loaded = load_meeting(db)
    assert loaded.cluster == "Cụm thi đua số III"
    assert loaded.letterhead == ("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III")


def test_save_meeting_twice_replaces_it(db):
    save_meeting(db, nha_trang_meeting())
    second = nha_trang_meeting()
    second.place = "Đà Nẵng"
    save_meeting(db, second)
    assert load_meeting(db).place == "Đà Nẵng"
    assert db.conn.execute("SELECT COUNT(*) FROM meeting").fetchone()[0] == 1


def test_deleting_the_host_unit_clears_the_host(db, unit_ids):
    save_meeting(db, nha_trang_meeting(unit_ids["Kon Tum"]))
    delete_unit(db, unit_ids["Kon Tum"])
    assert load_meeting(db).host_unit_id is None


def test_load_meeting_of_a_new_file_gives_defaults(db):
    meeting = load_meeting(db)
    assert (meeting.cluster, meeting.host_unit_id, meeting.letterhead) == ("", None, ())
    assert meeting.quorum == QuorumRule(2, 3, False, QuorumBase.UNITS)
    assert meeting.voting_rule == VotingRule.PER_UNIT


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cluster": "  "}, "Tên cụm thi đua"),
        ({"year": 1800, "next_year": 1801}, "Năm tổng kết"),
        ({"next_year": 2021}, "Năm giao ước"),
        ({"quorum": QuorumRule(0, 3)}, "Tỷ lệ tối thiểu có mặt"),
        ({"quorum": QuorumRule(4, 3)}, "Tỷ lệ tối thiểu có mặt"),
        ({"quorum": QuorumRule(1, 0)}, "Tỷ lệ tối thiểu có mặt"),
    ],
)
def test_validate_meeting_names_the_field(db, change, field):
    meeting = nha_trang_meeting()
    for name, value in change.items():
        setattr(meeting, name, value)
    errors = validate_meeting(meeting)
    assert len(errors) == 1
    assert f'Trường "{field}"' in errors[0]
    with pytest.raises(ValidationError):
        save_meeting(db, meeting)
    assert db.conn.execute("SELECT COUNT(*) FROM meeting").fetchone()[0] == 0


def test_a_valid_meeting_has_no_errors():
    assert validate_meeting(nha_trang_meeting()) == []


def test_key_tasks_replace_and_load(db):
    replace_key_tasks(db, ["  Nhiệm vụ  một ", "", nfd("Nhiệm vụ hai")])
    assert load_key_tasks(db) == [
        KeyTask("Nhiệm vụ một", 1, load_key_tasks(db)[0].id),
        KeyTask("Nhiệm vụ hai", 2, load_key_tasks(db)[1].id),
    ]
    replace_key_tasks(db, ["Nhiệm vụ ba"])
    assert [t.content for t in load_key_tasks(db)] == ["Nhiệm vụ ba"]


# -- quorum -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("present", "met"),
    [(12, True), (9, True), (8, True), (7, False), (0, False)],
)
def test_quorum_two_thirds_of_twelve_is_eight(present, met):
    assert QuorumRule(2, 3).is_met(present, 12) is met


@pytest.mark.parametrize(("present", "met"), [(9, True), (8, False), (7, False)])
def test_strict_quorum_needs_more_than_two_thirds(present, met):
    assert QuorumRule(2, 3, strict=True).is_met(present, 12) is met


def test_quorum_uses_exact_fractions():
    # 0.7 * 10 is 7.000000000000001 in floating point; the exact rule says 7 of 10 is enough.
    assert QuorumRule(7, 10).is_met(7, 10)
    assert not QuorumRule(7, 10, strict=True).is_met(7, 10)
    assert QuorumRule(1, 2, strict=True).is_met(7, 13)
    assert not QuorumRule(1, 2, strict=True).is_met(6, 12)


def test_quorum_of_nobody_is_not_met():
    assert not QuorumRule(2, 3).is_met(0, 0)


def test_quorum_describe():
    assert QuorumRule(2, 3).describe() == "ít nhất 2/3 đơn vị thành viên có mặt"
    assert (
        QuorumRule(1, 2, True, QuorumBase.VOTERS).describe() == "trên 1/2 đại biểu có quyền biểu quyết có mặt"
    )


# -- the cluster's pattern of full titles -----------------------------------------------------


def test_the_title_prefix_is_what_most_units_have_before_their_short_name():
    from core.units import DEFAULT_TITLE_PREFIX, title_prefix

    units = [
        Unit("Đà Nẵng", "Ban Tổ chức Thành ủy Đà Nẵng"),
        Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"),
        Unit("Kon Tum", "Ban Tổ chức Tỉnh ủy Kon Tum"),
        Unit("Khác", "Một tên không theo mẫu"),
    ]
    assert title_prefix(units) == "Ban Tổ chức Tỉnh ủy "
    assert title_prefix([]) == DEFAULT_TITLE_PREFIX == "Ban Tổ chức Tỉnh ủy "
    assert title_prefix([Unit("Gia Lai", "Sở Nội vụ tỉnh Gia Lai")]) == "Sở Nội vụ tỉnh "
    assert title_prefix([Unit("Gia Lai", "Gia Lai")]) == DEFAULT_TITLE_PREFIX


@pytest.mark.parametrize(
    ("short", "prefix", "full"),
    [
        ("Khánh Hòa", "Ban Tổ chức Tỉnh ủy ", "Ban Tổ chức Tỉnh ủy Khánh Hòa"),
        ("Đà Nẵng", "Ban Tổ chức Tỉnh ủy ", "Ban Tổ chức Thành ủy Đà Nẵng"),
        ("TP. Hồ Chí Minh", "BAN TỔ CHỨC TỈNH UỶ ", "BAN TỔ CHỨC THÀNH UỶ TP. Hồ Chí Minh"),
        ("Cần Thơ", "Sở Nội vụ ", "Sở Nội vụ Cần Thơ"),
        ("  Kon   Tum ", "Ban Tổ chức Tỉnh ủy ", "Ban Tổ chức Tỉnh ủy Kon Tum"),
        ("", "Ban Tổ chức Tỉnh ủy ", ""),
    ],
)
def test_the_full_title_for_a_short_name(short, prefix, full):
    from core.units import full_title_for

    assert full_title_for(short, prefix) == full


def test_a_unit_name_that_cannot_print_is_refused(db):
    with pytest.raises(ValidationError, match="U\\+202E"):
        add_unit(db, Unit("Phú\u202eYên", "Ban Tổ chức Tỉnh ủy Phú Yên"))
    with pytest.raises(ValidationError, match="tối đa 200 ký tự"):
        add_unit(db, Unit("Phú Yên", "Ban Tổ chức " * 30))
