"""The head and deputy election stored in the meeting file: both ways, runoffs, documents, next year."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from core import cli
from core.agreement import elected_next_head_unit, mark_signed, signatories
from core.attendance import check_in
from core.ballots import add_entry, current_entries
from core.ballots import choices_from_text as suy_ton_choices
from core.demo import write_demo
from core.documents.head_election import render_election_ballots, render_election_minutes
from core.documents.summary import render_summary
from core.errors import ValidationError
from core.head_election import (
    add_ballot,
    choices_from_text,
    confirm_election_round,
    correct_ballot,
    create_next_round,
    current_ballots,
    delete_ballot,
    elected_units,
    election_round_result,
    election_status,
    get_election,
    is_stale,
    paper_round,
    paper_rounds,
    proposal,
    publish_election_round,
    reopen_election_round,
    rotation,
    save_rotation,
    save_settings,
    text_for_choices,
)
from core.head_election_rules import REASON_SAME_UNIT, Way
from core.meetings import load_meeting
from core.model import Role, Unit
from core.next_year import start_next_year
from core.notes import deputy_deferred, excluded_votes
from core.people import list_people
from core.safety import PinRequired, set_pin
from core.storage import MeetingFile
from core.units import add_unit, list_units
from core.votes import RoundState, last_round, list_votes
from core.votes_result import confirm_round
from tests.pdf_text import all_text

# The rotation's proposal in the demo: Kon Tum after Khánh Hòa (Kon Tum held the cluster's 2020
# review as its head), then Ninh Thuận.
HEAD, DEPUTY = "Kon Tum", "Ninh Thuận"
# An open election lists every unit in the official order: Ninh Thuận is STT 7, Kon Tum STT 8.
NT, KT = "Ninh Thuận", "Kon Tum"


@pytest.fixture
def db(tmp_path):
    db = write_demo(tmp_path / "m.thidua")
    for person in list_people(db):
        if person.role == Role.HEAD:
            check_in(db, person.id)
    yield db
    db.close()


def unit_id(db, name: str) -> int:
    return next(u.id for u in list_units(db) if u.short_name == name)


def enter(db, *typed: str, pass_no: int = 1):
    pr = paper_round(db)
    return [add_ballot(db, pr.number, *choices_from_text(pr, t), pass_no=pass_no) for t in typed]


def use_way(db, way: Way):
    settings = get_election(db).settings
    settings.way = way
    return save_settings(db, settings)


# -- rotation, proposal, settings ---------------------------------------------------------


def test_demo_election_is_in_setup_with_the_proposal_by_rotation(db):
    election = get_election(db)
    assert election.settings.way == Way.APPROVE
    assert (election.settings.proposed_head_id, election.settings.proposed_deputy_id) == (
        unit_id(db, HEAD),
        unit_id(db, DEPUTY),
    )
    [pr] = paper_rounds(db, election)
    assert pr.state == RoundState.SETUP and pr.approval
    assert [c.short_name for c in pr.head_candidates] == [HEAD]
    assert [c.short_name for c in pr.deputy_candidates] == [DEPUTY]
    # The election's votes are not suy tôn votes.
    assert [v.title for v in list_votes(db)] == ["Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2019"]


def test_rotation_order_moves_the_proposal(db):
    units = [u.id for u in list_units(db)]
    names = {u.id: u.short_name for u in list_units(db)}
    assert [names[u] for u in rotation(db)][5:8] == ["Khánh Hòa", HEAD, DEPUTY]  # the demo's order
    khanh_hoa = unit_id(db, "Khánh Hòa")
    order = [khanh_hoa, unit_id(db, "Gia Lai"), unit_id(db, "Đà Nẵng")]
    order += [u for u in units if u not in order]
    save_rotation(db, order)
    assert rotation(db) == order
    assert proposal(db) == (unit_id(db, "Gia Lai"), unit_id(db, "Đà Nẵng"))
    with pytest.raises(ValidationError, match="đúng một lần"):
        save_rotation(db, order[:-1])
    added = add_unit(db, Unit("Bình Phước", "Ban Tổ chức Tỉnh ủy Bình Phước"))
    assert rotation(db)[-1] == added.id  # a new unit joins at the end of the rotation


def test_settings_are_checked_and_locked_after_the_first_ballot(db):
    settings = get_election(db).settings
    settings.proposed_deputy_id = settings.proposed_head_id
    with pytest.raises(ValidationError, match="hai đơn vị khác nhau"):
        save_settings(db, settings)
    election = use_way(db, Way.OPEN)
    pr = paper_round(db)
    assert not pr.approval and len(pr.head_candidates) == len(pr.deputy_candidates) == 12
    enter(db, "7 8")
    with pytest.raises(ValidationError, match="đã nhập phiếu"):
        save_settings(db, election.settings)


def test_units_added_in_setup_make_the_lists_stale(db):
    use_way(db, Way.OPEN)
    assert not is_stale(db)
    add_unit(db, Unit("Bình Phước", "Ban Tổ chức Tỉnh ủy Bình Phước"))
    assert is_stale(db)
    save_settings(db, get_election(db).settings)
    assert not is_stale(db) and len(paper_round(db).deputy_candidates) == 13


# -- approve the proposal -------------------------------------------------------------------


def test_approve_both_with_one_keystroke_per_ballot(db):
    enter(db, *[""] * 10, "1", "2")
    result = election_round_result(db)
    assert (result.head_elected, result.deputy_elected) == (HEAD, DEPUTY)
    assert result.head.candidates[0].votes == 11 and result.deputy.candidates[0].votes == 11
    confirm_election_round(db)
    assert elected_units(db) == (unit_id(db, HEAD), unit_id(db, DEPUTY))
    # It flows into the agreement: the new head's block comes first.
    assert elected_next_head_unit(db) == unit_id(db, HEAD)
    assert signatories(db).blocks[0].unit.short_name == HEAD
    with pytest.raises(ValidationError, match="không cần bầu vòng tiếp theo"):
        create_next_round(db)


def test_refused_proposal_goes_to_an_open_election_with_a_runoff(db):
    # Round 1: the head is refused (7 of 12 type "1"), the deputy approved but must wait.
    enter(db, *["1"] * 7, *[""] * 5)
    r1 = confirm_election_round(db)
    assert r1.head_elected is None and r1.deputy_elected is None and r1.tied
    assert r1.notes == (deputy_deferred(DEPUTY),)  # the deputy approved, deferred while the head is not
    pr2 = create_next_round(db)
    assert not pr2.approval and len(pr2.head_candidates) == len(pr2.deputy_candidates) == 12
    # Round 2, open: no majority for the head (5, 4, 3): a runoff between the two leading.
    enter(db, *["7 8"] * 5, *["4 8"] * 4, *["6 2"] * 3)
    r2 = confirm_election_round(db)
    assert r2.head_elected is None and r2.next_head == ("Bình Định", NT)
    assert r2.deputy_elected is None  # Kon Tum has 9 of 12, but the head is not decided
    pr3 = create_next_round(db)
    assert [c.short_name for c in pr3.head_candidates] == ["Bình Định", NT]  # ballot order
    # Round 3: runoff for the head (Bình Định = STT 1) and the deputy again; votes for the
    # head-elect as deputy are not counted.
    enter(db, *["1 8"] * 7, *["2 4"] * 5)
    r3 = confirm_election_round(db)
    assert r3.head_elected == "Bình Định" and r3.deputy_elected == KT and not r3.tied
    assert r3.notes == (excluded_votes(5, "Bình Định"),)  # the 5 "2 4" ballots named the head-elect
    assert all(c.name != "Bình Định" for c in r3.deputy.candidates)
    status = election_status(db)
    assert (status.head.unit.short_name, status.deputy.unit.short_name) == ("Bình Định", KT)
    assert status.head.round_number == 3 and not status.head.approval


def test_refused_deputy_only_goes_to_a_deputy_round_without_the_head(db):
    enter(db, *["2"] * 8, *[""] * 4)
    r1 = confirm_election_round(db)
    assert r1.head_elected == HEAD and r1.deputy_elected is None
    pr2 = create_next_round(db)
    assert pr2.head is None and len(pr2.deputy_candidates) == 11
    assert HEAD not in [c.short_name for c in pr2.deputy_candidates]
    enter(db, "4", "4", "4", "2")  # one number per ballot: the deputy
    r2 = confirm_election_round(db)
    assert r2.deputy_elected == "Bình Định"
    assert elected_units(db) == (unit_id(db, HEAD), unit_id(db, "Bình Định"))


# -- open election --------------------------------------------------------------------------


def test_open_election_same_unit_for_both_is_invalid(db):
    use_way(db, Way.OPEN)
    enter(db, "3 3", "7 8", "7 8")
    result = election_round_result(db)
    assert result.head.invalid == result.deputy.invalid == 1
    assert result.head.invalid_reasons == ((REASON_SAME_UNIT, 1),)
    assert (result.head_elected, result.deputy_elected) == (NT, KT)


def test_open_election_deputy_runoff_after_the_head(db):
    use_way(db, Way.OPEN)
    enter(db, *["7 2"] * 4, *["7 5"] * 4, *["7 3"] * 2, "7 7", "0 0")
    r1 = confirm_election_round(db)
    assert r1.head_elected == NT and r1.deputy_elected is None
    assert r1.next_head is None and r1.next_deputy == ("Quảng Nam", "Phú Yên")
    pr2 = create_next_round(db)
    assert pr2.head is None and [c.short_name for c in pr2.deputy_candidates] == ["Quảng Nam", "Phú Yên"]
    enter(db, *["2"] * 7, *["1"] * 5)
    assert confirm_election_round(db).deputy_elected == "Phú Yên"


def test_typing_round_trips(db):
    use_way(db, Way.OPEN)
    pr = paper_round(db)
    for head, deputy in (
        (unit_id(db, HEAD), unit_id(db, DEPUTY)),
        (None, unit_id(db, DEPUTY)),
        (unit_id(db, HEAD), None),
    ):
        assert choices_from_text(pr, text_for_choices(pr, head, deputy)) == (head, deputy)


# -- ballots log, double entry, confirm / reopen -------------------------------------------------


def test_corrections_and_deletions_keep_both_offices_together(db):
    use_way(db, Way.OPEN)
    first, second = enter(db, "7 8", "7 8")
    pr = paper_round(db)
    correct_ballot(db, 1, second, unit_id(db, "Gia Lai"), unit_id(db, DEPUTY), reason="gõ nhầm")
    delete_ballot(db, 1, first, reason="nhập trùng")
    [ballot] = current_ballots(db, pr)
    assert (ballot.seq, ballot.head_unit, ballot.deputy_unit) == (
        2,
        unit_id(db, "Gia Lai"),
        unit_id(db, DEPUTY),
    )
    assert len(current_entries(db, pr.head.id)) == len(current_entries(db, pr.deputy.id)) == 1
    with pytest.raises(ValidationError, match="đã được sửa hoặc xóa"):
        delete_ballot(db, 1, first, reason="lần nữa")
    actions = [a for (a,) in db.conn.execute("SELECT action FROM event WHERE action LIKE 'election.ballot%'")]
    assert actions == ["election.ballot_add"] * 2 + ["election.ballot_correct", "election.ballot_delete"]


def test_double_entry_must_agree_before_confirming(db):
    settings = get_election(db).settings
    settings.double_entry = True
    save_settings(db, settings)
    enter(db, "", "1", "")
    enter(db, "", "2", "", pass_no=2)
    with pytest.raises(ValidationError, match="khác nhau"):
        confirm_election_round(db)
    wrong = current_ballots(db, paper_round(db), 2)[1]
    correct_ballot(db, 1, wrong, None, unit_id(db, DEPUTY), reason="đối chiếu")
    assert confirm_election_round(db).head_elected == HEAD


def test_confirm_reopen_publish(db, tmp_path):
    with pytest.raises(ValidationError, match="Chưa nhập phiếu"):
        confirm_election_round(db)
    enter(db, *[""] * 12)
    with pytest.raises(ValidationError, match="xác nhận"):
        publish_election_round(db)
    confirm_election_round(db)
    with pytest.raises(ValidationError):
        add_ballot(db, 1)
    assert publish_election_round(db).published_at
    set_pin(db, "2468")
    with pytest.raises(PinRequired):
        reopen_election_round(db, 1, "nhầm")
    with pytest.raises(ValidationError, match="Lý do"):
        reopen_election_round(db, 1, "  ", pin="2468")
    reopen_election_round(db, 1, "kiểm lại", pin="2468")
    assert paper_round(db).state == RoundState.ENTERING
    assert elected_units(db) == (None, None)


# -- documents --------------------------------------------------------------------------------


def acclaim_demo_titles(db):
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    for _ in range(12):
        add_entry(db, rnd.id, suy_ton_choices(vote, rnd, "2 5 6 8"))
    confirm_round(db, rnd.id)


def test_summary_before_and_after_the_votes(db):
    before = all_text(render_summary(db))
    assert "THÔNG BÁO" in before and "Kết quả hội nghị tổng kết" in before
    assert before.count("SUY TÔN CÁC ĐƠN VỊ DẪN ĐẦU PHONG TRÀO THI ĐUA") == 1  # a merge printed it twice
    assert "Chưa biểu quyết" in before
    assert before.count("Chưa bầu") == 2
    assert "Chưa ký kết" in before
    assert "T/M CỤM THI ĐUA SỐ III" in before and "Nguyễn Thị Ánh Tuyết" in before  # Khánh Hòa's head chairs
    vote = list_votes(db)[0]
    add_entry(db, last_round(db, vote.id).id, frozenset())  # a count begun is no vote not held
    counting = " ".join(all_text(render_summary(db)).split())
    assert "Chưa biểu quyết" not in counting and "Đang kiểm phiếu, chưa xác nhận kết quả" in counting
    acclaim_demo_titles(db)
    enter(db, *[""] * 11, "1")
    confirm_election_round(db)
    for block in signatories(db).blocks[:7]:
        mark_signed(db, block.unit.id)
    after = " ".join(all_text(render_summary(db)).split())
    assert "Chưa biểu quyết" not in after and "Chưa bầu" not in after
    for province in ("Quảng Nam", "Phú Yên", "Khánh Hòa", "Kon Tum"):
        assert f"Ban Tổ chức Tỉnh ủy {province}: 12 phiếu" in after
    assert f"Cụm trưởng: Ban Tổ chức Tỉnh ủy {HEAD} (được tán thành với 11 phiếu" in after
    assert f"Cụm phó: Ban Tổ chức Tỉnh ủy {DEPUTY} (được tán thành với 12 phiếu" in after
    assert "Đã có 7/12 đơn vị thành viên ký kết" in after


def test_ballots_and_minutes_of_each_way(db):
    approve = " ".join(all_text(render_election_ballots(db, copies=4)).split())
    assert "PHIẾU BIỂU QUYẾT" in approve and f"Ban Tổ chức Tỉnh ủy {HEAD}" in approve
    assert "Đồng ý" in approve and "Không đồng ý" in approve
    use_way(db, Way.OPEN)
    open_ballot = " ".join(all_text(render_election_ballots(db, copies=2)).split())
    assert "PHIẾU BẦU CỤM TRƯỞNG, CỤM PHÓ" in open_ballot and "Ban Tổ chức Tỉnh ủy Lâm Đồng" in open_ballot
    enter(db, *["7 8"] * 5, *["4 8"] * 4, *["6 6"] * 2, "6 2")  # 5 of 10 valid: no majority
    draft = " ".join(all_text(render_election_minutes(db)).split())
    assert "BẢN DỰ THẢO" in draft
    confirm_election_round(db)
    minutes = " ".join(all_text(render_election_minutes(db)).split())
    assert "BIÊN BẢN KIỂM PHIẾU" in minutes and "BẢN DỰ THẢO" not in minutes
    assert REASON_SAME_UNIT in minutes
    assert "bầu cụm trưởng ở vòng 2 giữa" in minutes
    assert "Trần Thị Thu Hà" in minutes  # the committee signs
    create_next_round(db)
    runoff = " ".join(all_text(render_election_ballots(db, copies=1)).split())
    assert "bầu vòng 2" in runoff and "I. Bầu cụm trưởng" in runoff and "II. Bầu cụm phó" in runoff


# -- next year --------------------------------------------------------------------------------


def test_next_year_file_carries_units_rotation_head_and_agreement(db, tmp_path):
    out = tmp_path / "2020.thidua"
    with pytest.raises(ValidationError, match="Chưa có kết quả"):
        start_next_year(db, out)
    assert not out.exists()
    order = list(reversed([u.id for u in list_units(db)]))
    save_rotation(db, order)
    enter(db, *[""] * 12)
    confirm_election_round(db)
    head_name, deputy_name = (
        next(u.short_name for u in list_units(db) if u.id == i) for i in elected_units(db)
    )
    start_next_year(db, out)
    new = MeetingFile.open(out)
    try:
        meeting = load_meeting(new)
        units = {u.id: u.short_name for u in list_units(new)}
        assert list(units.values()) == [u.short_name for u in list_units(db)]
        assert [units[i] for i in rotation(new)] == [
            next(u.short_name for u in list_units(db) if u.id == i) for i in order
        ]
        assert (meeting.year, meeting.next_year) == (2020, 2021)
        assert meeting.title == "Hội nghị tổng kết công tác thi đua năm 2020"
        assert units[meeting.current_head_unit_id] == head_name
        assert units[meeting.current_deputy_unit_id] == deputy_name
        assert meeting.letterhead == ("BAN TỔ CHỨC TRUNG ƯƠNG", "CỤM THI ĐUA SỐ III")
        assert list_people(new) == [] and get_election(new) is None
        assert new.conn.execute("SELECT COUNT(*) FROM vote").fetchone()[0] == 0
        from core.agreement import load_agreement

        agreement = load_agreement(new)
        assert agreement.title == "BẢN GIAO ƯỚC THI ĐUA NĂM 2021"
        assert len(agreement.movements) == 6
    finally:
        new.close()
    with pytest.raises(Exception, match="đã tồn tại"):
        start_next_year(db, out)


def test_next_years_agreement_follows_the_meeting_place_and_the_settings_come_along(db, tmp_path):
    """The agreement of a file made by "Tạo hội nghị năm sau" printed last year's city for a
    conference held elsewhere; the venue stayed without a word; the PIN and backups were lost."""
    from core.agreement import load_agreement, save_agreement
    from core.backup import backup_folder, set_backup_folder
    from core.documents.catalog import render
    from core.meetings import save_meeting
    from core.next_year import to_fill_in
    from core.safety import check_pin, set_pin
    from tests.pdf_text import all_text

    usb = tmp_path / "usb"
    usb.mkdir()
    set_pin(db, "2468")
    set_backup_folder(db, usb, keep=7)
    enter(db, *[""] * 12)
    confirm_election_round(db)
    out = tmp_path / "2020.thidua"
    start_next_year(db, out)
    assert "Hãy điền địa điểm" in to_fill_in(db)[0]
    with MeetingFile.open(out) as new:
        meeting = load_meeting(new)
        assert (meeting.venue, meeting.place) == ("", "")  # the new host's: not last year's Nha Trang
        assert check_pin(new, "2468") and not check_pin(new, "1111")
        assert backup_folder(new) == usb
        agreement = load_agreement(new)
        assert not agreement.place_set and agreement.date_line().startswith("……………, ngày")
        save_meeting(new, replace(meeting, place="Kon Tum", venue="Hội trường Tỉnh ủy Kon Tum"))
        agreement = load_agreement(new)
        assert agreement.date_line() == f"Kon Tum, ngày {meeting.date:%d} tháng {meeting.date:%m} năm 2020"
        text = " ".join(all_text(render(new, "agreement")).split())
        assert "Kon Tum, ngày" in text and "Nha Trang" not in text
        save_agreement(new, replace(agreement, place="Măng Đen"))  # set on purpose: it stays
        save_meeting(new, replace(load_meeting(new), place="TP. Kon Tum"))
        again = load_agreement(new)
        assert again.place == "Măng Đen" and again.place_set and not again.date_set


def test_another_clusters_agreement_text_is_renamed_and_flagged(db, tmp_path):
    from core.agreement import import_agreement_text, load_agreement
    from core.meetings import save_meeting

    other = tmp_path / "cum-v.thidua"
    with write_demo(other) as source:
        save_meeting(source, replace(load_meeting(source), cluster="Cụm thi đua số V"))
    adopted, notes = import_agreement_text(db, other)
    assert notes and "Cụm thi đua số V" in notes[0] and "đọc lại" in notes[0]
    text = " ".join([adopted.intro, *adopted.bases, adopted.implementation])
    assert "Cụm thi đua số V" not in text and "CỤM THI ĐUA SỐ V" not in text
    assert load_agreement(db).intro == adopted.intro


def run_cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_print_election_and_next_year(tmp_path):
    path = tmp_path / "m.thidua"
    db = write_demo(path)
    enter(db, *[""] * 3)
    confirm_election_round(db)
    db.close()
    code, out, err = run_cli("election", path)
    assert code == 0 and f"Cụm trưởng: {HEAD}" in out and f"Cụm phó: {DEPUTY}" in out
    for kind in ("summary", "election-ballots", "election-minutes"):
        pdf = tmp_path / f"{kind}.pdf"
        code, out, err = run_cli("print", path, kind, "-o", pdf)
        assert (code, err) == (0, ""), err
        assert pdf.read_bytes().startswith(b"%PDF")
    code, out, err = run_cli("next-year", path, tmp_path / "sau.thidua")
    assert code == 0 and "Đã tạo hội nghị năm sau" in out
    code, out, err = run_cli("next-year", path, tmp_path / "sau.thidua")
    assert code == 1 and err.startswith("Lỗi:")


def test_cli_next_year_refused_before_the_election(tmp_path):
    path = tmp_path / "m.thidua"
    write_demo(path).close()
    code, out, err = run_cli("next-year", path, tmp_path / "sau.thidua")
    assert code == 1 and "Chưa có kết quả bầu cụm trưởng" in err
    assert not (tmp_path / "sau.thidua").exists()


# -- found in review ----------------------------------------------------------------------------


def test_renaming_a_unit_keeps_a_confirmed_election(db):
    from core.units import update_unit

    enter(db, *["2"] * 8, *[""] * 4)  # the head approved, the deputy refused
    confirm_election_round(db)
    head = next(u for u in list_units(db) if u.short_name == HEAD)
    update_unit(db, Unit("Ninh Thuận mới", head.full_title, id=head.id, position=head.position))
    assert elected_units(db) == (head.id, None)
    pr2 = create_next_round(db)
    assert head.id not in [c.unit_id for c in pr2.deputy_candidates]
    assert "Ninh Thuận mới" not in election_round_result(db, 1).next_deputy
