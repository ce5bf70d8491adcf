"""Printed documents of a vote (ballots, minutes, results) and the votes/print commands."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from core import cli
from core.attendance import check_in
from core.audit import confirmation_code
from core.ballots import INVALID_REASONS, add_entry, choices_from_text
from core.documents.ballots import render_ballots
from core.documents.minutes import render_minutes
from core.model import Person, Role
from core.people import add_person, list_people
from core.storage import MeetingFile
from core.votes import last_round, list_votes, record_issued
from core.votes_result import confirm_round, create_second_round
from tests.pdf_text import MM, all_text, pages_text, rectangles, spans


def run_tie(demo_db: MeetingFile):
    """The demo vote with 12 heads present: three acclaimed, Kon Tum and Gia Lai tied."""
    for person in list_people(demo_db):
        if person.role == Role.HEAD:
            check_in(demo_db, person.id)
    vote = list_votes(demo_db)[0]
    rnd = last_round(demo_db, vote.id)
    record_issued(demo_db, rnd.id, 12)
    for typed in ["2 5 6 8"] * 5 + ["2 5 6 9"] * 5 + ["2 5 8 9"]:
        add_entry(demo_db, rnd.id, choices_from_text(vote, rnd, typed))
    add_entry(demo_db, rnd.id, invalid_reason=INVALID_REASONS[0])
    return vote, rnd


def test_ballots_list_the_units_and_how_to_mark(demo_db):
    vote = list_votes(demo_db)[0]
    pdf = render_ballots(demo_db, vote.id, copies=5, per_page=4)
    pages = pages_text(pdf)
    assert len(pages) == 5  # twelve units take a whole page at 12 pt
    first = pages[0]
    assert first.count("PHIẾU SUY TÔN") == 1
    assert "gạch ngang hết cả dòng" in " ".join(first.split())  # a strike ballot: the whole line
    assert "Ban Tổ chức Tỉnh ủy Khánh Hòa" in first and "BAN TỔ CHỨC TRUNG ƯƠNG" in first
    assert "tối đa 4 đơn vị" in " ".join(first.split())
    assert "Đóng dấu" in first


@pytest.mark.parametrize(("per_page", "copies", "pages"), [(1, 3, 3), (2, 3, 3), (4, 8, 8)])
def test_a_ballot_that_does_not_fit_is_printed_fewer_to_a_page_never_smaller(
    demo_db, per_page, copies, pages
):
    """The demo's twelve units take a whole A4 page at 12 pt: asked for 2 or 4 a page, one a page."""
    pdf = render_ballots(demo_db, list_votes(demo_db)[0].id, copies=copies, per_page=per_page)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages
    assert_readable_ballot(pdf)


def test_a_short_ballot_is_printed_four_to_a_page_readable(demo_db):
    vote, rnd = run_tie(demo_db)
    confirm_round(demo_db, rnd.id)
    second = create_second_round(demo_db, vote.id)
    assert len(second.candidates) <= 4
    pdf = render_ballots(demo_db, vote.id, copies=8, per_page=4)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    assert_readable_ballot(pdf)


def assert_readable_ballot(pdf: bytes) -> None:
    """Names at least 12 pt, instructions at least 11 pt, nothing else below 10 pt but the cut
    line; a stamp box at least 35 mm square; every header word whole."""
    found = spans(pdf)
    names = [s for s in found if s.text.strip().startswith("Ban Tổ chức")]
    notes = [s for s in found if "Italic" in s.font]
    assert names and notes
    assert min(s.size for s in names) >= 12
    assert min(s.size for s in notes) >= 11
    assert min(s.size for s in found if "cắt theo" not in s.text) >= 10
    assert any(w >= 35 * MM and h >= 35 * MM for _page, w, h in rectangles(pdf))
    words = {w for s in found for w in s.text.split()}
    for header in ("STT", "Đơn", "vị"):
        assert header in words


def test_minutes_of_a_tie(demo_db):
    vote, rnd = run_tie(demo_db)
    confirm_round(demo_db, rnd.id)
    text = " ".join(all_text(render_minutes(demo_db, rnd.id)).split())
    assert "BIÊN BẢN KIỂM PHIẾU" in text
    assert "Nha Trang, ngày 19 tháng 12 năm 2019" in text
    assert "Trần Thị Thu Hà" in text and "Trưởng Ban kiểm phiếu" in text and "Ủy viên Ban kiểm phiếu" in text
    # each member's position and unit
    assert "Trần Thị Thu Hà, Phó Trưởng Ban Tổ chức Thành ủy Đà Nẵng – Trưởng Ban kiểm phiếu" in text
    assert "T/M BAN KIỂM PHIẾU" in text
    for label, value in [
        ("được triệu tập", 12),
        ("có mặt", 12),
        ("Số phiếu phát ra", 12),
        ("Số phiếu thu vào", 12),
        ("Số phiếu hợp lệ", 11),
        ("Số phiếu không hợp lệ", 1),
    ]:
        assert f"{label} {value}" in text, label
    assert "Không phải phiếu do Ban kiểm phiếu phát ra: 1 phiếu" in text
    assert "số phiếu hợp lệ (11)" in text  # the base is named
    assert "90,91" in text and "54,55" in text
    assert "Ban Tổ chức Tỉnh ủy Kon Tum, Ban Tổ chức Tỉnh ủy Gia Lai bằng số phiếu" in text
    assert "Còn 1 danh hiệu" in text
    assert "thông qua trước hội nghị vào lúc" in text
    code = confirmation_code(demo_db.conn, rnd.vote_id, rnd.number)
    assert f"Mã xác nhận kết quả: {code}" in text
    assert "DỰ THẢO" not in text
    add_person(
        demo_db, Person("Người Đến Muộn", Role.GUEST, organization="Báo Khánh Hòa")
    )  # the log moves on
    assert f"Mã xác nhận kết quả: {code}" in all_text(render_minutes(demo_db, rnd.id))  # reprinted: the same


def test_minutes_before_confirmation_are_a_draft(demo_db):
    _vote, rnd = run_tie(demo_db)
    text = all_text(render_minutes(demo_db, rnd.id))
    assert "BẢN DỰ THẢO" in text and "chưa có mã xác nhận" in text


def test_cli_votes_and_print(demo_path, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["votes", str(demo_path)], out, err) == 0
    assert out.getvalue().startswith(
        "1\tSuy tôn đơn vị dẫn đầu phong trào thi đua năm 2019\t1 vòng\tChuẩn bị"
    )
    demo_db = MeetingFile.open(demo_path)
    try:
        vote, rnd = run_tie(demo_db)
        confirm_round(demo_db, rnd.id)
        second = create_second_round(demo_db, vote.id)
        for typed in ["1"] * 7 + ["2"] * 4:
            add_entry(demo_db, second.id, choices_from_text(vote, second, typed))
        confirm_round(demo_db, second.id)
    finally:
        demo_db.close()
    out = io.StringIO()
    assert cli.main(["votes", str(demo_path)], out, err) == 0
    assert "2 vòng\tĐã xác nhận\tđược suy tôn: Quảng Nam, Phú Yên, Khánh Hòa, Kon Tum" in out.getvalue()
    for kind in ("ballots", "minutes", "results"):
        target = tmp_path / f"{kind}.pdf"
        assert (
            cli.main(["print", str(demo_path), kind, "--vote", "1", "-o", str(target)], io.StringIO(), err)
            == 0
        )
    minutes = " ".join(all_text((tmp_path / "minutes.pdf").read_bytes()).split())
    assert "Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2019 – vòng 2" in minutes
    results = " ".join(all_text((tmp_path / "results.pdf").read_bytes()).split())
    assert "KẾT QUẢ SUY TÔN" in results and "CÁC ĐƠN VỊ ĐƯỢC SUY TÔN" in results
    assert "4. Ban Tổ chức Tỉnh ủy Kon Tum" in results
    ballots = " ".join(all_text((tmp_path / "ballots.pdf").read_bytes()).split())
    assert "bầu vòng 2" in ballots and "Gia Lai" in ballots and "Đà Nẵng" not in ballots
    # One ballot per voter present: 12 heads; a list of two fits 4 per page.
    assert len(PdfReader(tmp_path / "ballots.pdf").pages) == 3


def test_cli_print_needs_a_vote(demo_path, tmp_path):
    err = io.StringIO()
    code = cli.main(["print", str(demo_path), "minutes", "-o", str(tmp_path / "x.pdf")], io.StringIO(), err)
    assert code == 1 and "--vote" in err.getvalue()
    err = io.StringIO()
    code = cli.main(
        ["print", str(demo_path), "minutes", "--vote", "9", "-o", str(tmp_path / "x.pdf")], io.StringIO(), err
    )
    assert code == 1 and "Không có cuộc bầu số 9" in err.getvalue()


def confirmed_show_of_hands(demo_db, invalid: int):
    """A show of hands among 3 units with the 12 heads present: 10, 1 and 0 hands in favour."""
    from core.ballots import set_direct_totals
    from core.units import list_units
    from core.votes import Vote, VoteMethod, add_vote

    for person in list_people(demo_db):
        if person.role == Role.HEAD:
            check_in(demo_db, person.id)
    vote = add_vote(
        demo_db, Vote("Cờ thi đua", [u.id for u in list_units(demo_db)[:3]], method=VoteMethod.HANDS)
    )
    rnd = last_round(demo_db, vote.id)
    ids = [c.unit_id for c in rnd.candidates]
    set_direct_totals(demo_db, rnd.id, 12, invalid, {ids[0]: 10, ids[1]: 1, ids[2]: 0})
    confirm_round(demo_db, rnd.id)
    return vote, rnd


def test_minutes_of_a_show_of_hands_speak_of_hands_not_ballots(demo_db):
    _vote, rnd = confirmed_show_of_hands(demo_db, invalid=1)
    text = " ".join(all_text(render_minutes(demo_db, rnd.id)).split())
    assert "BIÊN BẢN KẾT QUẢ BIỂU QUYẾT" in text and "biểu quyết giơ tay" in text
    for label, value in [
        ("Số đơn vị thành viên biểu quyết", 12),  # one vote a unit: the figures count units
        ("Số biểu quyết hợp lệ", 11),
        ("Số biểu quyết không hợp lệ", 1),
    ]:
        assert f"{label} {value}" in text, label
    assert "Số biểu quyết tán thành" in text  # the table's column
    assert "số biểu quyết tán thành trên 1/2 số biểu quyết hợp lệ" in text
    assert "Tỷ lệ phần trăm tính trên số biểu quyết hợp lệ (11)" in text
    assert "10 biểu quyết tán thành, 90,91 %" in text
    body = text.split("T/M BAN KIỂM PHIẾU")[0].replace("Ban kiểm phiếu", "").replace("BAN KIỂM PHIẾU", "")
    assert "phiếu" not in body.lower(), body


def test_a_show_of_hands_has_no_ballots_to_print(demo_db):
    from core.errors import ValidationError
    from core.units import list_units
    from core.votes import Vote, VoteMethod, add_vote

    vote = add_vote(
        demo_db, Vote("Cờ thi đua", [u.id for u in list_units(demo_db)[:3]], method=VoteMethod.HANDS)
    )
    with pytest.raises(ValidationError, match="giơ tay"):
        render_ballots(demo_db, vote.id)


def test_results_of_a_show_of_hands_speak_of_hands(demo_db):
    from core.documents.results import render_results

    vote, _rnd = confirmed_show_of_hands(demo_db, invalid=0)
    text = " ".join(all_text(render_results(demo_db, vote.id)).split())
    assert "12 đơn vị thành viên biểu quyết, hợp lệ 12" in text and "10 biểu quyết tán thành" in text
    assert "phiếu" not in text.split("TRƯỞNG BAN")[0].replace("BAN KIỂM PHIẾU", "").lower()


def test_tick_ballots_of_the_election_keep_their_headers_whole_and_readable(demo_db):
    """The approval ballot (tick columns "Đồng ý" / "Không đồng ý") two to a page, and the
    open election's ballot, in the least sizes and with a stamp box for a round seal."""
    from core.documents.head_election import render_election_ballots

    pdf = render_election_ballots(demo_db, copies=4)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    assert_readable_ballot(pdf)
    words = {w for s in spans(pdf) for w in s.text.split()}
    assert {"Đồng", "ý", "Không", "đồng", "Chức", "danh"} <= words


@pytest.mark.parametrize("filler", range(0, 40, 3))
def test_the_signature_block_never_stands_alone_whatever_comes_before(demo_db, monkeypatch, filler):
    """However long the conclusion runs, the page with the signatures also holds the closing
    paragraph (adoption time and code) and the conclusion's last line."""
    from reportlab.platypus import Paragraph

    from core.documents import minutes
    from core.documents.base import styles

    vote, rnd = run_tie(demo_db)
    confirm_round(demo_db, rnd.id)
    real = minutes.conclusion

    def longer(result):
        lines = [Paragraph(f"Dòng thêm số {i}.", styles().body) for i in range(filler)]
        return [*lines, *real(result)]

    monkeypatch.setattr(minutes, "conclusion", longer)
    for page in pages_text(render_minutes(demo_db, rnd.id)):
        flat = " ".join(page.split())
        if "T/M BAN KIỂM PHIẾU" in flat:
            assert "Biên bản được lập xong và thông qua" in flat and "Mã xác nhận kết quả" in flat
            assert "danh hiệu" in flat.split("Biên bản được lập xong")[0]  # the conclusion's last line
