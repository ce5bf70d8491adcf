"""Every printed kind, on a realistic day and on a day of ties, read back from the PDF: the form
rules of issue 13 (embedded fonts, metadata, type sizes, page numbers, signatures)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from core.attendance import check_in
from core.ballots import add_entry
from core.documents.catalog import KINDS, PrintOptions, render
from core.head_election import (
    add_ballot,
    choices_from_text,
    confirm_election_round,
    create_next_round,
    paper_round,
)
from core.model import row_id
from core.people import list_people
from core.storage import MeetingFile
from core.votes import last_round, list_votes
from core.votes_result import confirm_round, create_second_round
from tests.pdf_text import all_text, metadata, page_numbers, pages_text, spans, unembedded_fonts

ROOT = Path(__file__).resolve().parents[2]
# Printed without page numbers: sheets cut apart.
CUT_SHEETS = {"badges", "ballots", "election-ballots"}


def _make_day(path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_day", ROOT / "tests" / "golden" / "make_day.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(path)


def _make_tie_day(path: Path) -> None:
    from core.demo import write_demo

    db = write_demo(path)
    try:
        for person in list_people(db):
            check_in(db, row_id(person))
        vote = list_votes(db)[0]
        rnd = last_round(db, row_id(vote))
        ids = [c.unit_id for c in rnd.candidates]
        for chosen in [
            [ids[0], ids[1], ids[a], ids[b]] for a, b in ((2, 3), (3, 4), (2, 4))
        ] * 4:  # three tie for two places
            add_entry(db, rnd.id, chosen)
        confirm_round(db, rnd.id)
        create_second_round(db, row_id(vote))  # between the tied, left empty
        for typed in (["1"] * 6 + ["2"] * 6, ["7 8"] * 6 + ["4 8"] * 6):
            pr = paper_round(db)
            for text in typed:
                add_ballot(db, pr.number, *choices_from_text(pr, text))
            confirm_election_round(db, pr.number)
            create_next_round(db)  # the last one is the runoff, left empty
    finally:
        db.close()


@pytest.fixture(scope="module", params=["real", "tie"])
def day(request, tmp_path_factory) -> dict[str, bytes]:
    path = tmp_path_factory.mktemp(request.param) / "day.thidua"
    (_make_day if request.param == "real" else _make_tie_day)(path)
    db = MeetingFile.open(path)
    try:
        return {kind: render(db, kind, PrintOptions(vote_id=1)) for kind in KINDS}
    finally:
        db.close()


def test_every_font_is_embedded_and_every_document_says_what_and_whose(day):
    for kind, pdf in day.items():
        assert unembedded_fonts(pdf) == [], kind
        info = metadata(pdf)
        assert info.get("/Title"), kind
        assert "CỤM THI ĐUA SỐ III" in info.get("/Author", ""), kind


def test_page_numbers_start_on_page_two(day):
    for kind, pdf in day.items():
        numbers = page_numbers(pdf)
        if kind in CUT_SHEETS:
            assert set(numbers) == {""}, kind
        else:
            assert numbers[0] == "", kind
            assert all(n == "" or int(n) >= 2 for n in numbers), kind


def test_each_rounds_minutes_are_numbered_from_their_first_page(day):
    for kind in ("minutes", "election-minutes"):
        numbers = page_numbers(day[kind])
        starts = [i for i, n in enumerate(numbers) if n == ""]
        assert starts[0] == 0, kind
        for start, end in zip(starts, [*starts[1:], len(numbers)], strict=True):
            assert numbers[start:end] == ["", *[str(n) for n in range(2, end - start + 1)]], kind


def _parts(pdf: bytes) -> list[str]:
    """The text of each round's minutes (a part starts on a page without a number)."""
    pages, numbers = pages_text(pdf), page_numbers(pdf)
    parts: list[str] = []
    for page, number in zip(pages, numbers, strict=True):
        if number == "":
            parts.append("")
        parts[-1] += " " + " ".join(page.split())
    return parts


def test_a_signature_block_never_stands_alone_on_a_page(day):
    for kind in ("minutes", "election-minutes"):
        for page in pages_text(day[kind]):
            flat = " ".join(page.split())
            if "T/M BAN KIỂM PHIẾU" in flat:
                assert "Biên bản được lập xong và thông qua" in flat, kind
                assert "Mã xác nhận kết quả" in flat, kind


def test_a_round_not_confirmed_is_a_draft_with_no_conclusion_and_no_signatures(day):
    for kind in ("minutes", "election-minutes"):
        for part in _parts(day[kind]):
            if "BẢN DỰ THẢO" in part:
                assert "KẾT LUẬN" not in part and "T/M BAN KIỂM PHIẾU" not in part, kind
                for verdict in ("Trúng cử", "Không trúng cử", "Được suy tôn", "Không được", "được suy tôn ("):
                    assert verdict not in part, (kind, verdict)
            else:
                assert "III. KẾT LUẬN" in part and "T/M BAN KIỂM PHIẾU" in part, kind


def test_minutes_name_the_committee_where_and_when_counting_began_on_the_meetings_date(day):
    for kind in ("minutes", "election-minutes"):
        for part in _parts(day[kind]):
            assert "Trần Thị Thu Hà, Phó Trưởng Ban Tổ chức Thành ủy Đà Nẵng – Trưởng Ban kiểm phiếu" in part
            if "Số phiếu thu vào 0" not in part:
                assert "Ban kiểm phiếu bắt đầu kiểm phiếu lúc" in part, kind
                assert "ngày 19 tháng 12 năm 2019, tại TP. Nha Trang" in part, kind
            # the day's date, whatever the laptop's calendar says (the tests run years later)
            if "thông qua trước hội nghị vào lúc" in part:
                assert "phút, ngày 19 tháng 12 năm 2019." in part, kind


def test_approval_minutes_show_the_votes_against_beside_the_votes_for(day):
    first = _parts(day["election-minutes"])[0]
    assert "Biểu quyết đề xuất" in first
    assert "Không đồng ý (phiếu)" in first and "Đồng ý (phiếu)" in first


# -- Hướng dẫn 36-HD/VPTW -------------------------------------------------------------------


PARTY_DOCUMENTS = ("attendance", "attendance-report", "minutes", "results", "election-minutes", "summary")


def test_party_documents_title_larger_than_body_date_italic_trich_yeu_upright_bold(day):
    for kind in PARTY_DOCUMENTS:
        first = [s for s in spans(day[kind]) if s.page == 0]
        party = next(s for s in first if "ĐẢNG CỘNG SẢN VIỆT NAM" in s.text)
        assert "Bold" in party.font and party.size >= 14, kind
        date = next(s for s in first if "ngày 19 tháng 12 năm 2019" in s.text and s.y > party.y - 40)
        assert "Italic" in date.font, kind
        body = max(
            {s.size for s in first}, key=lambda size: sum(len(s.text) for s in first if s.size == size)
        )
        assert 11.5 <= body <= 14, kind  # text 13-14 pt, tables 1-2 pt smaller
        title = next(s for s in first if s.text.strip() in TITLES)
        assert "Bold" in title.font and title.size > body, kind
    for kind in ("minutes", "results", "election-minutes", "summary"):
        first = [s for s in spans(day[kind]) if s.page == 0]
        title = next(s for s in first if s.text.strip() in TITLES)
        below = min((s for s in first if s.y < title.y - 1), key=lambda s: title.y - s.y)  # the trích yếu
        assert "Bold" in below.font and "Italic" not in below.font, (kind, below.text)


TITLES = {
    "DANH SÁCH ĐẠI BIỂU",
    "BÁO CÁO TÌNH HÌNH ĐẠI BIỂU CÓ MẶT",
    "BIÊN BẢN KIỂM PHIẾU",
    "KẾT QUẢ SUY TÔN",
    "THÔNG BÁO",
}


def test_the_conference_summary_is_a_party_notice_naming_the_guests_who_attended(day):
    text = " ".join(all_text(day["summary"]).split())
    assert "THÔNG BÁO Kết quả hội nghị tổng kết công tác thi đua năm 2019" in text
    assert "-TB/CTĐ" in text.replace(" ", "")
    assert "Dự hội nghị có đồng chí" in text
    assert "Nơi nhận:" in text and "- Ban Tổ chức Trung ương (để báo cáo)," in text
    assert "T/M CỤM THI ĐUA SỐ III CỤM TRƯỞNG" in text


def test_the_results_sheet_gives_the_ballots_issued_and_the_round_of_each_unit(day):
    text = " ".join(all_text(day["results"]).split())
    assert "Phát ra" in text or "Số phiếu phát ra không ghi nhận" in text
    assert "CÁC ĐƠN VỊ ĐƯỢC SUY TÔN" in text
    assert "%, vòng 1)" in text  # each unit acclaimed says in which round


def test_the_delegate_list_repeats_its_column_header_on_every_page(day):
    pages = pages_text(day["attendance"])
    assert len(pages) >= 2
    for page in pages[1:]:
        flat = " ".join(page.split())
        assert flat.startswith("STT Họ và tên Chức vụ"), flat[:60]


def test_the_minutes_speak_of_units_when_the_figures_count_units(day):
    for kind in ("minutes", "election-minutes"):
        text = " ".join(all_text(day[kind]).split())
        assert "Số đơn vị thành viên có mặt" in text, kind
        assert "người có mặt" not in text, kind  # one vote a unit: the committee's checks too


def test_a_results_sheet_with_a_round_not_confirmed_is_a_draft_not_signed(day):
    text = " ".join(all_text(day["results"]).split())
    if "BẢN DỰ THẢO" in text:
        assert "T/M BAN KIỂM PHIẾU" not in text
    else:
        assert "T/M BAN KIỂM PHIẾU TRƯỞNG BAN" in text
