"""The setup screens' table models, without a window: columns, labels, search and name order."""

import unicodedata

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.model import Person, Role, Unit
from ui.table_models import (
    SORT_ROLE,
    PeopleFilterModel,
    PeopleTableModel,
    PersonColumn,
    UnitColumn,
    UnitsTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal

KHANH_HOA = Unit("Khánh Hòa", "Ban Tổ chức Tỉnh ủy Khánh Hòa", 1, id=11)
DAK_LAK = Unit("Đắk Lắk", "Ban Tổ chức Tỉnh ủy Đắk Lắk", 2, id=12)
DAK_NONG = Unit("Đắk Nông", "Ban Tổ chức Tỉnh ủy Đắk Nông", 3, id=13)
QUANG_NAM = Unit("Quảng Nam", "Ban Tổ chức Tỉnh ủy Quảng Nam", 4, id=14)
GIA_LAI = Unit("Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai", 5, id=15)
UNITS = [KHANH_HOA, DAK_LAK, DAK_NONG, QUANG_NAM, GIA_LAI]

PEOPLE = [
    Person("Trần Thị Bình", Role.HEAD, "Trưởng ban", KHANH_HOA.id, "", "0905 123 456", "1001", id=1),
    Person("Lê Văn Dũng", Role.DELEGATE, "Phó Trưởng ban", KHANH_HOA.id, "", "", "1002", id=2),
    Person("Y Khoa Niê", Role.HEAD, "Trưởng ban", DAK_LAK.id, "", "", "1003", id=3),
    Person("Lò Văn Điệp", Role.HEAD, "Trưởng ban", DAK_NONG.id, "", "", "1004", id=4),
    Person("Nguyễn Văn An", Role.DELEGATE, "Chuyên viên", DAK_NONG.id, "", "", "1005", id=5),
    Person("Võ Thị Hồng Nhung", Role.DELEGATE, "Phó Trưởng ban", QUANG_NAM.id, "", "", "1006", id=6),
    Person("Rơ Châm Hùng", Role.HEAD, "Phó Trưởng ban", GIA_LAI.id, "", "", "1007", id=7),
    Person(
        "Nguyễn Tấn Tuân",
        Role.GUEST,
        "Phó Bí thư Thường trực Tỉnh ủy",
        None,
        "Tỉnh ủy Gia Lai",
        "",
        "1008",
        id=8,
    ),
    Person("Tán Văn Bảo", Role.GUEST, "Hàm Vụ trưởng", None, "Ban Tổ chức Trung ương", "", "1009", id=9),
]


def names_of(people: list[Person]) -> set[str]:
    return {p.full_name for p in people}


@pytest.fixture
def units_model(qapp):
    model = UnitsTableModel()
    model.set_units(UNITS, PEOPLE)
    return model


@pytest.fixture
def people_model(qapp):
    model = PeopleTableModel()
    model.set_people(PEOPLE, UNITS)
    return model


@pytest.fixture
def proxy(people_model):
    proxy = PeopleFilterModel()
    proxy.setSourceModel(people_model)
    return proxy


def shown_names(proxy: PeopleFilterModel) -> set[str]:
    return {proxy.index(row, PersonColumn.NAME).data() for row in range(proxy.rowCount())}


def column_texts(model, column: int) -> list:
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- units --------------------------------------------------------------------------------


def test_units_model_has_a_row_per_unit_and_the_named_columns(units_model):
    assert units_model.rowCount() == 5
    assert units_model.columnCount() == len(UnitColumn) == 4
    # A table model has no children: Qt asks with a valid parent and must get 0.
    assert units_model.rowCount(units_model.index(0, 0)) == 0
    assert units_model.columnCount(units_model.index(0, 0)) == 0


def test_units_model_headers_are_vietnamese(units_model):
    headers = [units_model.headerData(c, HORIZONTAL) for c in UnitColumn]
    assert headers == ["STT", "Tên ngắn", "Tên đầy đủ", "Số người"]
    assert units_model.headerData(0, Qt.Orientation.Vertical) is None
    assert units_model.headerData(UnitColumn.SHORT_NAME, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) is None


def test_units_model_shows_position_names_and_people_count(units_model):
    assert column_texts(units_model, UnitColumn.POSITION) == [1, 2, 3, 4, 5]
    assert column_texts(units_model, UnitColumn.SHORT_NAME) == [u.short_name for u in UNITS]
    assert units_model.index(1, UnitColumn.FULL_TITLE).data() == "Ban Tổ chức Tỉnh ủy Đắk Lắk"
    # Guests belong to no unit and are not counted anywhere.
    assert column_texts(units_model, UnitColumn.PEOPLE) == [2, 1, 2, 1, 1]
    assert units_model.unit_at(2) is not None and units_model.unit_at(2).id == DAK_NONG.id


def test_units_model_counts_zero_for_a_unit_without_people(qapp):
    model = UnitsTableModel()
    model.set_units(UNITS, [p for p in PEOPLE if p.unit_id != QUANG_NAM.id])
    assert model.index(3, UnitColumn.PEOPLE).data() == 0


def test_units_model_centres_the_number_columns_only(units_model):
    align = Qt.ItemDataRole.TextAlignmentRole
    centre = int(Qt.AlignmentFlag.AlignCenter)
    assert units_model.index(0, UnitColumn.POSITION).data(align) == centre
    assert units_model.index(0, UnitColumn.PEOPLE).data(align) == centre
    assert units_model.index(0, UnitColumn.FULL_TITLE).data(align) is None
    assert units_model.data(QModelIndex()) is None


# -- people -------------------------------------------------------------------------------


def test_people_model_has_a_row_per_person_and_the_named_columns(people_model):
    assert people_model.rowCount() == len(PEOPLE) == 9
    assert people_model.columnCount() == len(PersonColumn) == 6
    assert people_model.rowCount(people_model.index(0, 0)) == 0


def test_people_model_headers_are_vietnamese(people_model):
    headers = [people_model.headerData(c, HORIZONTAL) for c in PersonColumn]
    assert headers == ["Mã", "Họ và tên", "Chức vụ", "Đơn vị / Cơ quan", "Vai trò", "Điện thoại"]
    assert people_model.headerData(0, Qt.Orientation.Vertical) is None


def test_people_model_shows_every_column_of_a_delegate(people_model):
    row = people_model.row_of(1)
    assert row == 0
    values = {c: people_model.index(row, c).data() for c in PersonColumn}
    assert values == {
        PersonColumn.CODE: "1001",
        PersonColumn.NAME: "Trần Thị Bình",
        PersonColumn.POSITION: "Trưởng ban",
        PersonColumn.UNIT: "Khánh Hòa",
        PersonColumn.ROLE: "Trưởng đoàn",
        PersonColumn.PHONE: "0905 123 456",
    }


def test_people_model_shows_a_guests_organization_in_the_unit_column(people_model):
    row = people_model.row_of(8)
    assert people_model.person_at(row).full_name == "Nguyễn Tấn Tuân"
    assert people_model.index(row, PersonColumn.UNIT).data() == "Tỉnh ủy Gia Lai"
    assert people_model.index(row, PersonColumn.ROLE).data() == "Khách mời"


def test_people_model_role_labels(people_model):
    assert people_model.role_label(Role.HEAD) == "Trưởng đoàn"
    assert people_model.role_label(Role.DELEGATE) == "Đại biểu"
    assert people_model.role_label(Role.GUEST) == "Khách mời"
    roles = column_texts(people_model, PersonColumn.ROLE)
    assert roles.count("Trưởng đoàn") == 4
    assert roles.count("Đại biểu") == 3
    assert roles.count("Khách mời") == 2


def test_people_model_row_of_an_unknown_id_is_minus_one(people_model):
    assert people_model.row_of(999) == -1


def test_people_model_sort_role_pads_codes_so_that_they_sort_as_numbers(qapp):
    model = PeopleTableModel()
    model.set_people(
        [
            Person("Lê An", unit_id=KHANH_HOA.id, code="999", id=1),
            Person("Lê Ba", unit_id=KHANH_HOA.id, code="1000", id=2),
        ],
        UNITS,
    )
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(PersonColumn.CODE, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, PersonColumn.CODE) == ["999", "1000"]


# -- search -------------------------------------------------------------------------------


def test_empty_query_shows_everyone(proxy):
    proxy.set_query("dak")
    assert proxy.rowCount() < len(PEOPLE)
    proxy.set_query("")
    assert proxy.rowCount() == len(PEOPLE)
    proxy.set_query("   ")
    assert proxy.rowCount() == len(PEOPLE)


def test_search_without_diacritics_finds_a_full_name(proxy):
    proxy.set_query("nguyen tan")
    assert shown_names(proxy) == {"Nguyễn Tấn Tuân"}


def test_search_by_abbreviated_words_finds_a_unit(proxy):
    proxy.set_query("kh hoa")
    khanh_hoa = names_of([p for p in PEOPLE if p.unit_id == KHANH_HOA.id])
    assert khanh_hoa == {"Trần Thị Bình", "Lê Văn Dũng"}
    # Words match inside words too (core.text.matches), so "Y Khoa Niê" has both "kh" and "hoa".
    assert shown_names(proxy) == khanh_hoa | {"Y Khoa Niê"}


def test_search_dak_finds_both_dak_provinces(proxy):
    proxy.set_query("dak")
    expected = names_of([p for p in PEOPLE if p.unit_id in (DAK_LAK.id, DAK_NONG.id)])
    assert expected == {"Y Khoa Niê", "Lò Văn Điệp", "Nguyễn Văn An"}
    assert shown_names(proxy) == expected


def test_search_with_decomposed_unicode_query(proxy):
    query = unicodedata.normalize("NFD", "Quảng Nam")
    assert query != "Quảng Nam"  # really decomposed
    proxy.set_query(query)
    assert shown_names(proxy) == {"Võ Thị Hồng Nhung"}


def test_search_is_case_insensitive_and_finds_d_with_stroke(proxy):
    proxy.set_query("ĐIỆP")
    assert shown_names(proxy) == {"Lò Văn Điệp"}
    proxy.set_query("diep")
    assert shown_names(proxy) == {"Lò Văn Điệp"}


def test_search_by_code(proxy):
    proxy.set_query("1001")
    assert shown_names(proxy) == {"Trần Thị Bình"}


def test_search_finds_a_guest_by_organization(proxy):
    proxy.set_query("trung uong")
    assert shown_names(proxy) == {"Tán Văn Bảo"}


def test_search_with_no_match_shows_nobody(proxy):
    proxy.set_query("không có ai")
    assert proxy.rowCount() == 0


# -- Vietnamese name order ----------------------------------------------------------------


def test_sorting_by_name_follows_vietnamese_given_name_order(qapp):
    people = [
        Person("Trần Dũng", unit_id=KHANH_HOA.id, code="1001", id=1),
        Person("Nguyễn Văn An", unit_id=KHANH_HOA.id, code="1002", id=2),
        Person("Lê Thị Bình", unit_id=KHANH_HOA.id, code="1003", id=3),
        Person("Phạm Ân", unit_id=KHANH_HOA.id, code="1004", id=4),
        Person("Hồ Văn Đức", unit_id=KHANH_HOA.id, code="1005", id=5),
        Person("Võ Ánh", unit_id=KHANH_HOA.id, code="1006", id=6),
    ]
    model = PeopleTableModel()
    model.set_people(people, UNITS)
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    assert proxy.sortRole() == SORT_ROLE

    proxy.sort(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
    # Given name first: An < Ánh < Ân < Bình < Dũng < Đức (ă/â/đ are letters of their own;
    # a plain letter before its tones). A plain string sort would put "Hồ Văn Đức" first.
    assert column_texts(proxy, PersonColumn.NAME) == [
        "Nguyễn Văn An",
        "Võ Ánh",
        "Phạm Ân",
        "Lê Thị Bình",
        "Trần Dũng",
        "Hồ Văn Đức",
    ]
    proxy.sort(PersonColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, PersonColumn.NAME)[0] == "Hồ Văn Đức"


def test_sorting_by_name_uses_the_family_name_when_given_names_are_equal(qapp):
    people = [
        Person("Trần An", unit_id=KHANH_HOA.id, code="1001", id=1),
        Person("Lê An", unit_id=KHANH_HOA.id, code="1002", id=2),
        Person("Lê Bình", unit_id=KHANH_HOA.id, code="1003", id=3),
    ]
    model = PeopleTableModel()
    model.set_people(people, UNITS)
    proxy = PeopleFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, PersonColumn.NAME) == ["Lê An", "Trần An", "Lê Bình"]


def test_sorting_and_filtering_together(proxy):
    proxy.sort(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_query("dak")
    assert column_texts(proxy, PersonColumn.NAME) == ["Nguyễn Văn An", "Lò Văn Điệp", "Y Khoa Niê"]
