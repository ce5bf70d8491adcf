"""The protocol of the day: seating, programme, the MC's script, the news report, and their documents."""

import io

import pytest
from docx import Document

from core import cli
from core.agreement import load_agreement
from core.attendance import check_in, undo_check_in
from core.documents.catalog import PrintOptions, render
from core.documents.name_plates import plates
from core.errors import ValidationError
from core.mc_script import edit_is_stale, generate, introductions, script_text
from core.meetings import load_meeting
from core.model import Role, row_id
from core.news import draft
from core.people import list_people
from core.programme import ProgrammeItem, load_programme, normal_time, save_programme
from core.protocol_rank import move, ranked_people
from core.protocol_text import ASSESSMENT, MC_SCRIPT, MC_SCRIPT_BASE, set_texts
from core.seating import HEAD_ROW, Seat, load_plan, move_to, set_seats_per_row
from core.units import list_units
from tests.core.protocol_day import ACCLAIMED, play_day
from tests.pdf_text import all_text, pages_text


def by_name(db):
    return {p.full_name: p for p in list_people(db)}


# -- seating ----------------------------------------------------------------------------------


def test_the_default_seating_chairs_guests_in_front_then_delegations_in_cluster_order(demo_db):
    plan = load_plan(demo_db)
    meeting = load_meeting(demo_db)
    head_table = [p for p in plan.row(HEAD_ROW) if p]
    assert [p.unit_id for p in head_table] == [meeting.current_head_unit_id, meeting.current_deputy_unit_id]
    assert all(p.role == Role.HEAD for p in head_table)
    assert [p.full_name for p in plan.row(1) if p] == ["Tán Văn Bảo", "Nguyễn Tấn Tuân"]
    positions = {u.id: u.position for u in list_units(demo_db)}
    delegates = [p for p in plan.in_order() if p.role != Role.GUEST and p not in head_table]
    assert [positions[p.unit_id] for p in delegates] == sorted(positions[p.unit_id] for p in delegates)
    for unit_id in {p.unit_id for p in delegates}:  # a delegation sits in one row when it fits
        rows = {plan.seat_of(row_id(p)).row for p in delegates if p.unit_id == unit_id}
        assert len(rows) == 1
    assert len(plan.seats) == len(list_people(demo_db))  # everyone has a seat


def test_dragging_someone_onto_a_taken_seat_swaps_the_two_and_is_kept(demo_db):
    plan = load_plan(demo_db)
    guest = plan.row(1)[0]
    chair = plan.row(HEAD_ROW)[0]
    after = move_to(demo_db, row_id(guest), Seat(HEAD_ROW, 1))
    assert after.row(HEAD_ROW)[0].id == guest.id and after.row(1)[0].id == chair.id
    assert load_plan(demo_db).stored and load_plan(demo_db).row(HEAD_ROW)[0].id == guest.id
    with pytest.raises(ValidationError, match="Không có chỗ ngồi này"):
        move_to(demo_db, row_id(guest), Seat(99, 1))
    assert load_plan(demo_db).row(HEAD_ROW)[0].id == guest.id  # a refused move changes nothing
    set_seats_per_row(demo_db, 8)
    assert not load_plan(demo_db).stored and load_plan(demo_db).seats_per_row == 8
    with pytest.raises(ValidationError, match="từ 2 đến 30"):
        set_seats_per_row(demo_db, 1)


# -- programme --------------------------------------------------------------------------------


def test_the_default_programme_has_the_days_items_each_with_someone_responsible(demo_db):
    items = load_programme(demo_db)
    titles = " | ".join(i.title.lower() for i in items)
    for part in ("đón tiếp", "khai mạc" if "khai mạc" in titles else "tuyên bố lý do", "chào mừng", "báo cáo",
                 "thảo luận", "suy tôn", "bầu cụm trưởng", "ký kết giao ước", "bế mạc"):  # fmt: skip
        assert part in titles
    assert all(i.responsible for i in items)
    assert [i.start for i in items] == sorted(i.start for i in items)
    assert {i.stage for i in items} >= {"registration", "votes", "election", "agreement"}


@pytest.mark.parametrize(
    "typed, stored",
    [("7:30", "07:30"), ("07.30", "07:30"), ("8h05", "08:05"), ("24:00", None), ("abc", None)],
)
def test_times_are_taken_as_clerks_type_them(typed, stored):
    assert normal_time(typed) == stored


def test_a_bad_programme_row_is_refused_by_number_and_nothing_changes(demo_db):
    saved = save_programme(demo_db, load_programme(demo_db))
    bad = [*saved[:2], ProgrammeItem("7h", "Giải lao"), ProgrammeItem("06:00", "")]
    with pytest.raises(ValidationError) as error:
        save_programme(demo_db, bad)
    message = str(error.value)
    assert 'Dòng 3, cột "Giờ"' in message and 'Dòng 4, cột "Giờ": 06:00 sớm hơn' in message
    assert 'Dòng 4, cột "Nội dung"' in message
    assert [i.title for i in load_programme(demo_db)] == [i.title for i in saved]


# -- the MC's script --------------------------------------------------------------------------


def test_nobody_absent_is_introduced_and_a_guest_who_checks_in_is(demo_db):
    people = by_name(demo_db)
    assert introductions(demo_db) == []
    check_in(demo_db, row_id(people["Lê Văn Hải"]))
    before = generate(demo_db)
    assert "Tán Văn Bảo" not in before.split("[08:10")[0]  # not introduced: not checked in
    check_in(demo_db, row_id(people["Tán Văn Bảo"]))
    after = generate(demo_db)
    assert after != before
    assert "Về phía Ban Tổ chức Trung ương, có đồng chí Tán Văn Bảo, Hàm Vụ trưởng Vụ Địa phương II." in after
    undo_check_in(demo_db, row_id(people["Tán Văn Bảo"]))
    assert generate(demo_db) == before


def test_guests_by_rank_then_each_delegation_by_its_leader_in_cluster_order(demo_db):
    for person in list_people(demo_db):
        if person.full_name != "Lê Văn Hải":  # Đà Nẵng's head is absent: its deputy leads it
            check_in(demo_db, row_id(person))
    lines = introductions(demo_db)
    assert lines[0].startswith("Về phía Ban Tổ chức Trung ương, có đồng chí Tán Văn Bảo")
    assert lines[1].startswith(
        "Về phía Tỉnh ủy Khánh Hòa, có đồng chí Nguyễn Tấn Tuân, Phó Bí thư Thường trực"
    )
    delegations = [line for line in lines if line.startswith("– ")]
    assert len(delegations) == len(list_units(demo_db))
    units = [u.full_title for u in list_units(demo_db)]
    assert [next(u for u in units if f"phía {u}," in line) for line in delegations] == units
    assert "Trần Thị Thu Hà" in delegations[0] and "Lê Văn Hải" not in "\n".join(lines)
    # The organizers put the host's leader first: the script follows.
    move(demo_db, row_id(by_name(demo_db)["Nguyễn Tấn Tuân"]), -1)
    assert introductions(demo_db)[0].startswith("Về phía Tỉnh ủy Khánh Hòa")


def test_an_edit_is_printed_while_it_is_current_and_a_check_in_makes_it_stale(demo_db):
    people = by_name(demo_db)
    check_in(demo_db, row_id(people["Lê Văn Hải"]))
    fresh = generate(demo_db)
    edited = fresh.replace(
        "Kính thưa các đồng chí đại biểu!", "Kính thưa các đồng chí lãnh đạo, các đồng chí đại biểu!"
    )
    set_texts(demo_db, {MC_SCRIPT: edited, MC_SCRIPT_BASE: fresh})
    assert script_text(demo_db) == (edited.strip(), True)
    assert "các đồng chí lãnh đạo" in all_text(render(demo_db, "mc-script"))
    check_in(demo_db, row_id(people["Tán Văn Bảo"]))
    assert edit_is_stale(demo_db)
    text, is_edit = script_text(demo_db)
    assert not is_edit and "Tán Văn Bảo, Hàm Vụ trưởng" in text  # the fresh script: nobody left out


# -- the news report --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    db = play_day(tmp_path_factory.mktemp("day") / "ngay.thidua")
    yield db
    db.close()


def seed_facts(db) -> list[str]:
    tasks = [item.content for item in load_agreement(db).movements]
    assert len(tasks) == 6
    return [
        "Ngày 19-12",
        "Nha Trang",
        "Cụm thi đua số III",
        "Ban Tổ chức Trung ương",
        "Tán Văn Bảo – Hàm Vụ trưởng Vụ Địa phương II",
        "Nguyễn Tấn Tuân – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Khánh Hòa",
        *ACCLAIMED,
        "ký kết giao ước thi đua năm 2020",
        "6 nhiệm vụ trọng tâm",
        *[task[:1].lower() + task[1:].rstrip(".") for task in tasks],
    ]


def test_the_news_draft_of_the_demo_day_carries_every_fact_of_the_seed_report(day):
    text = draft(day).to_text()
    missing = [fact for fact in seed_facts(day) if fact not in text]
    assert not missing
    assert text.index("Tán Văn Bảo") < text.index("Nguyễn Tấn Tuân")  # guests by rank
    assert "[ẢNH" in text  # the editor's photos


def test_the_news_as_word_and_as_text(day):
    document = Document(io.BytesIO(render(day, "news", PrintOptions(output_format="docx"))))
    word = "\n".join(p.text for p in document.paragraphs)
    assert not [fact for fact in seed_facts(day) if fact not in word]
    plain = render(day, "news", PrintOptions(output_format="txt")).decode("utf-8")
    assert plain == draft(day).to_text()
    assert render(day, "news").startswith(b"%PDF")


def test_the_assessment_the_organizers_write_replaces_its_placeholder(demo_path):
    from core.storage import MeetingFile

    with MeetingFile.open(demo_path) as db:
        assert "[Đánh giá kết quả công tác năm 2019" in draft(db).to_text()
        set_texts(db, {ASSESSMENT: "Năm 2019, các đơn vị trong cụm đã hoàn thành khối lượng lớn công việc."})
        text = draft(db).to_text()
    assert "hoàn thành khối lượng lớn công việc" in text and "[Đánh giá" not in text


# -- the printed documents --------------------------------------------------------------------


def test_name_plates_one_card_a_person_both_faces_in_seating_order(day):
    pdf = render(day, "name-plates")
    pages = pages_text(pdf)
    seated = load_plan(day).in_order()
    assert len(pages) == len(seated)
    first = seated[0]
    assert pages[0].count(first.full_name.upper()) == 2  # the same on both faces
    chosen = tuple(row_id(p) for p in ranked_people(day) if p.role == Role.GUEST)
    guests = pages_text(render(day, "name-plates", PrintOptions(people=chosen)))
    assert len(guests) == 2 and "TÁN VĂN BẢO" in guests[0] + guests[1]
    assert [p.position for p in plates(day, chosen)][0].startswith(("Hàm Vụ trưởng", "Phó Bí thư"))


def test_the_seating_plan_programme_and_script_print(day):
    seating = all_text(render(day, "seating"))
    assert "SƠ ĐỒ CHỖ NGỒI" in seating and "BÀN CHỦ TỌA" in seating and "Tán Văn Bảo" in seating
    assert render(day, "seating", PrintOptions(paper="A3")).startswith(b"%PDF")
    with pytest.raises(ValidationError, match="A4 hoặc A3"):
        render(day, "seating", PrintOptions(paper="A5"))
    programme = all_text(render(day, "programme"))
    assert "CHƯƠNG TRÌNH" in programme and "Bế mạc hội nghị" in programme
    script = all_text(render(day, "mc-script"))
    assert "LỜI DẪN CHƯƠNG TRÌNH" in script and "Tán Văn Bảo" in script


def test_print_from_the_command_line(day, tmp_path):
    path = day.path
    for kind, name in (("name-plates", "a.pdf"), ("seating", "b.pdf"), ("programme", "c.pdf"),
                       ("mc-script", "d.pdf"), ("news", "e.docx"), ("news", "f.txt")):  # fmt: skip
        out = io.StringIO()
        assert cli.main(["print", str(path), kind, "-o", str(tmp_path / name)], out, io.StringIO()) == 0
    assert Document(str(tmp_path / "e.docx")).paragraphs
    assert "Tán Văn Bảo" in (tmp_path / "f.txt").read_text(encoding="utf-8")
    code = by_name(day)["Tán Văn Bảo"].code
    assert (
        cli.main(
            ["print", str(path), "name-plates", "--people", code, "-o", str(tmp_path / "g.pdf")],
            io.StringIO(),
            io.StringIO(),
        )
        == 0
    )
    assert len(pages_text((tmp_path / "g.pdf").read_bytes())) == 1
    err = io.StringIO()
    assert (
        cli.main(
            ["print", str(path), "name-plates", "--people", "4", "-o", str(tmp_path / "h.pdf")],
            io.StringIO(),
            err,
        )
        != 0
    )
    assert "Không có ai mang mã 4" in err.getvalue()


def test_the_summary_names_the_guests_present_in_order_of_rank(day):
    text = " ".join(all_text(render(day, "summary")).split())
    assert "Dự hội nghị có đồng chí Tán Văn Bảo, Hàm Vụ trưởng Vụ Địa phương II" in text
    assert (
        text.index("Tán Văn Bảo") < text.index("Nguyễn Tấn Tuân") < text.index("thống nhất các kết quả sau")
    )
