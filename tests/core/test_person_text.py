"""What a person's text fields may hold, badge codes that never run out, and checks inside the write.

The person dialog, the walk-in dialog and the import all go through core.people, so they refuse
the same text the same way; these tests drive core.people and core.attendance directly.
"""

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.attendance import add_walk_in, checked_in
from core.errors import ValidationError
from core.model import Person, Role, Unit
from core.people import (
    MAX_NAME,
    MAX_ORGANIZATION,
    MAX_POSITION,
    add_people,
    add_person,
    delete_people,
    list_people,
    update_person,
)
from core.storage import MeetingFile
from core.text import text_problem
from core.units import add_unit, list_units


@pytest.fixture
def db(tmp_path):
    db = MeetingFile.create(tmp_path / "hoi-nghi.thidua")
    for name in ("Khánh Hòa", "Kon Tum"):
        add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
    yield db
    db.close()


@pytest.fixture
def unit_id(db):
    return list_units(db)[0].id


def state(db):
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    return list_people(db), events


BAD_TEXT = [
    ("Nguyễn Văn\x07 Hải", "ký tự điều khiển (U+0007)"),
    ("Nguyễn Văn\x7f Hải", "ký tự điều khiển (U+007F)"),
    ("Nguyễn \u202eiảH nảV", "đảo chiều chữ (U+202E)"),
    ("Nguyễn Văn Hải\u2066", "đảo chiều chữ (U+2066)"),
    ("\u200b\u200b", "chỉ có ký tự vô hình"),
    ("\u3164", "chỉ có ký tự vô hình"),
    ("\ufeff\u2800", "chỉ có ký tự vô hình"),
    ("Nguyễn \ue000 Hải", "không phải chữ (U+E000)"),
]


@pytest.mark.parametrize(("text", "why"), BAD_TEXT)
@pytest.mark.parametrize(
    ("field", "label"), [("full_name", "Họ và tên"), ("position", "Chức vụ"), ("organization", "Cơ quan")]
)
def test_bad_text_is_refused_naming_the_field_and_nothing_changes(db, unit_id, text, why, field, label):
    person = Person("Lê Văn Hải", Role.GUEST if field == "organization" else Role.DELEGATE, unit_id=unit_id)
    setattr(person, field, text)
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        add_person(db, person)
    [message] = caught.value.messages
    assert message.startswith(f'Trường "{label}": ')
    assert why in message
    assert state(db) == before


@pytest.mark.parametrize(
    ("field", "label", "limit"),
    [("full_name", "Họ và tên", MAX_NAME), ("position", "Chức vụ", MAX_POSITION)],
)
def test_text_up_to_the_limit_is_kept_and_beyond_is_refused(db, unit_id, field, label, limit):
    longest = ("Phó Trưởng ban Tổ chức " * 20)[: limit - 1] + "x"
    person = Person("Lê Văn Hải", unit_id=unit_id)
    setattr(person, field, longest)
    assert getattr(add_person(db, person), field) == longest
    setattr(person, field, longest + "a")
    with pytest.raises(ValidationError) as caught:
        add_person(db, person)
    assert str(caught.value) == f'Trường "{label}": dài {limit + 1} ký tự, tối đa {limit} ký tự.'


def test_a_huge_name_is_refused_with_a_short_message(db, unit_id):
    with pytest.raises(ValidationError) as caught:
        add_person(db, Person("A" * 400_000, unit_id=unit_id))
    assert str(caught.value) == 'Trường "Họ và tên": dài 400.000 ký tự, tối đa 100 ký tự.'


def test_an_organization_too_long_is_refused(db):
    with pytest.raises(ValidationError, match=f'Trường "Cơ quan": dài {MAX_ORGANIZATION + 1} ký tự'):
        add_person(db, Person("Tán Văn Bảo", Role.GUEST, organization="B" * (MAX_ORGANIZATION + 1)))


def test_the_walk_in_dialog_path_refuses_the_same_text(db, unit_id):
    before = state(db)
    with pytest.raises(ValidationError, match='Trường "Họ và tên": có ký tự ẩn đảo chiều chữ'):
        add_walk_in(db, Person("Lê \u202eVăn", unit_id=unit_id))
    assert state(db) == before
    assert not checked_in(db)


def test_editing_refuses_bad_text_too(db, unit_id):
    person = add_person(db, Person("Lê Văn Hải", unit_id=unit_id))
    before = state(db)
    person.position = "Trưởng\x00ban"
    with pytest.raises(ValidationError, match='Trường "Chức vụ": có ký tự điều khiển'):
        update_person(db, person)
    assert state(db) == before


def test_tabs_and_line_breaks_are_spaces_not_errors(db, unit_id):
    person = add_person(db, Person("Lê\tVăn\r\nHải", unit_id=unit_id, position="Trưởng\nban"))
    assert (person.full_name, person.position) == ("Lê Văn Hải", "Trưởng ban")


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"


@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " -.,()'/", min_size=1, max_size=MAX_NAME))
def test_ordinary_vietnamese_text_has_no_problem(text):
    assert text_problem(text.strip(), MAX_NAME) is None


# -- badge codes ---------------------------------------------------------------------------


def test_a_code_longer_than_nine_digits_is_refused(db, unit_id):
    with pytest.raises(ValidationError, match='Trường "Mã": mã 1000000000 dài quá 9 chữ số'):
        add_person(db, Person("Lê Văn Hải", unit_id=unit_id, code="1000000000"))


def test_after_an_imported_999999999_walk_ins_still_get_free_codes(db, unit_id):
    add_people(db, [Person("Lê Văn Hải", unit_id=unit_id, code="999999999")], source="danh-sach.xlsx")
    codes = [add_walk_in(db, Person(f"Người đến thêm {i}", unit_id=unit_id)).person.code for i in range(5)]
    assert codes == ["1001", "1002", "1003", "1004", "1005"]
    assert add_person(db, Person("Trần Thị Thu", unit_id=unit_id)).code == "1006"
    assert len({p.code for p in list_people(db)}) == 7


def test_free_codes_fill_the_gaps_when_the_top_is_taken(db, unit_id):
    add_people(
        db,
        [
            Person("A", unit_id=unit_id, code="999999998"),
            Person("B", unit_id=unit_id, code="1001"),
            Person("C", unit_id=unit_id, code="1003"),
        ],
    )
    # After the highest (999999999), then the gaps from 1001 upward.
    assert [add_person(db, Person(f"D{i}", unit_id=unit_id)).code for i in range(3)] == [
        "999999999",
        "1002",
        "1004",
    ]


# -- the checks run inside the write's transaction --------------------------------------------


class _CompetingWriter:
    """The meeting file's connection, but another program writes a person coded 5000 just before
    each transaction begins: a check made before BEGIN would miss that person."""

    def __init__(self, conn: sqlite3.Connection, path):
        self._conn = conn
        # The file has one writer; a write between the program's checks and its transaction can
        # only come through its own connection (another screen's action), so that is what competes.
        self._other = conn
        self._done = False

    def execute(self, sql, *args):
        if sql.startswith("BEGIN") and not self._done:
            self._done = True
            unit = self._other.execute("SELECT MIN(id) FROM unit").fetchone()[0]
            self._other.execute(
                "INSERT INTO person (full_name, role, unit_id, code) VALUES ('Người khác', 'delegate', ?, '5000')",
                (unit,),
            )
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize("how", ["add", "import", "walk-in", "update"])
def test_a_code_taken_just_before_the_write_is_a_clear_refusal(db, unit_id, how):
    mine = add_person(db, Person("Lê Văn Hải", unit_id=unit_id))
    db.conn = _CompetingWriter(db.conn, db.path)
    person = Person("Trần Thị Thu", unit_id=unit_id, code="5000")
    with pytest.raises(ValidationError, match="mã 5000 đã cấp cho Người khác"):
        if how == "add":
            add_person(db, person)
        elif how == "import":
            add_people(db, [person])
        elif how == "walk-in":
            add_walk_in(db, person)
        else:
            mine.code = "5000"
            update_person(db, mine)
    db.conn = db.conn._conn
    assert sorted(p.full_name for p in list_people(db)) == ["Lê Văn Hải", "Người khác"]


def test_deleting_someone_who_arrived_meanwhile_is_refused(db, unit_id):
    person = add_person(db, Person("Lê Văn Hải", unit_id=unit_id))
    other = db.conn

    class CheckInFirst(_CompetingWriter):
        def execute(self, sql, *args):
            if sql.startswith("BEGIN") and not self._done:
                self._done = True
                other.execute(
                    "INSERT INTO attendance (person_id, checked_in_at) VALUES (?, '2019-12-19T07:30:00')",
                    (person.id,),
                )
            return self._conn.execute(sql, *args)

    db.conn = CheckInFirst(db.conn, db.path)
    with pytest.raises(ValidationError, match="đã điểm danh"):
        delete_people(db, [person.id])
    db.conn = db.conn._conn
    assert [p.full_name for p in list_people(db)] == ["Lê Văn Hải"]


# -- whatever is accepted prints ----------------------------------------------------------------

LONGEST_NAME = ("NGUYỄN THỊ HOÀNG PHƯƠNG THẢO NGUYÊN TÔN NỮ CÔNG HUYỀN BÍCH NGỌC TRÂM ANH MINH KHUÊ " * 2)[
    :MAX_NAME
].strip()
LONGEST_POSITION = (
    "PHÓ TRƯỞNG BAN THƯỜNG TRỰC BAN TỔ CHỨC TỈNH ỦY KIÊM GIÁM ĐỐC SỞ NỘI VỤ, TRƯỞNG BAN " * 3
)[:MAX_POSITION].strip()


@pytest.mark.parametrize("kind", ["badges", "attendance"])
def test_the_longest_accepted_name_position_and_organization_print_whole(db, unit_id, kind):
    from core.documents.catalog import render
    from tests.pdf_text import all_text

    add_person(db, Person(LONGEST_NAME, Role.DELEGATE, LONGEST_POSITION, unit_id))
    add_person(db, Person("Tán Văn Bảo", Role.GUEST, LONGEST_POSITION, organization=LONGEST_POSITION))
    text = " ".join(all_text(render(db, kind)).split())
    assert "…" not in text
    for word in set(LONGEST_NAME.split()) | set(LONGEST_POSITION.split()):
        assert word in text


def test_a_name_with_no_space_to_wrap_prints_whole_on_a_badge(db, unit_id):
    from core.documents.catalog import render
    from tests.pdf_text import all_text

    add_person(db, Person("W" * MAX_NAME, Role.DELEGATE, "M" * MAX_POSITION, unit_id))
    text = "".join(all_text(render(db, "badges")).split())
    assert "…" not in text
    assert "W" * MAX_NAME in text and "M" * MAX_POSITION in text
