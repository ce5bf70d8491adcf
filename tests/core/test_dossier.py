"""The dossier: score table, scoring sheets, the meeting's minutes, the request for awards (PDF and
Word), from the demo carried through its two titles; and the commands that make them."""

import io
import zipfile

import openpyxl
import pytest

from core import dossier, scoring, titles
from core.attendance import check_in
from core.ballots import add_entry
from core.cli import main
from core.demo import write_demo
from core.documents.catalog import KINDS, render
from core.dossier_docx import nomination_docx
from core.head_election import add_ballot, choices_from_text, confirm_election_round, paper_round
from core.people import list_people
from core.rounds import list_rounds
from core.storage import MeetingFile
from core.votes_result import confirm_round
from tests.pdf_text import all_text, pages_text

DOSSIER = ("scores", "scoring-sheet", "meeting-minutes", "nomination")


def acclaim(db, vote_id, ballots):
    names = {n: u for u, n in db.conn.execute("SELECT id, short_name FROM unit")}
    rnd = list_rounds(db, vote_id)[-1]
    for chosen in ballots:
        add_entry(db, rnd.id, [names[n] for n in chosen])
    confirm_round(db, rnd.id)


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """The demo, its two titles voted in order, the head and deputy elected."""
    path = tmp_path_factory.mktemp("dossier") / "ngay.thidua"
    with write_demo(path) as db:
        for person in list_people(db):
            check_in(db, person.id)
        flag, merit = titles.list_titles(db)
        acclaim(db, titles.open_vote(db, flag.id).id, [["Khánh Hòa"]] * 11 + [["Quảng Nam"]])
        second = titles.open_vote(db, merit.id)
        acclaim(db, second.id, [["Quảng Nam", "Kon Tum", "Phú Yên"]] * 10 + [["Quảng Nam", "Kon Tum"]] * 2)
        pr = paper_round(db)
        for _ in range(12):
            add_ballot(db, pr.number, *choices_from_text(pr, ""))
        confirm_election_round(db)
    return path


def test_the_demo_scores_put_the_seed_units_first_and_its_titles_acclaim_them(day):
    with MeetingFile.open_read_only(day) as db:
        s = scoring.standing(db)
        assert [s.names[line.unit_id] for line in s.ranking[:4]] == [
            "Khánh Hòa",
            "Quảng Nam",
            "Kon Tum",
            "Phú Yên",
        ]
        honours = {s.names[u]: t for u, t in titles.honours(db).items()}
        assert honours == {
            "Khánh Hòa": "Cờ thi đua của Ban Tổ chức Trung ương",
            "Quảng Nam": "Bằng khen của Trưởng Ban Tổ chức Trung ương",
            "Kon Tum": "Bằng khen của Trưởng Ban Tổ chức Trung ương",
            "Phú Yên": "Bằng khen của Trưởng Ban Tổ chức Trung ương",
        }
        assert all(entry.note for entry in s.entries.values() if entry.changed)  # every change has its note


def test_every_dossier_document_is_in_the_catalog_and_prints(day):
    with MeetingFile.open_read_only(day) as db:
        for kind in DOSSIER:
            assert kind in KINDS
            assert render(db, kind).startswith(b"%PDF")


def test_the_score_table_ranks_with_both_scores(day):
    with MeetingFile.open_read_only(day) as db:
        text = all_text(render(db, "scores"))
    assert "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA" in text
    assert "Khánh Hòa 60,00 25,00 15,00 4,00 104,00 104,00 1" in " ".join(text.split())
    assert "Đà Nẵng" in text and "86,38" in text and "84,38" in text  # self-score beside the reviewed one
    assert "T/M CỤM THI ĐUA SỐ III" in text and "CỤM TRƯỞNG" in text


def test_each_unit_has_its_sheet_with_the_reasons_of_changes(day):
    with MeetingFile.open_read_only(day) as db:
        pdf = render(db, "scoring-sheet")
    pages = pages_text(pdf)
    assert len(pages) == 12  # one page per unit, its signature on it
    assert all(page.count("PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2019") == 1 and "CỤM TRƯỞNG" in page for page in pages)
    assert "Một cuộc khảo sát do Ban Tổ chức Trung ương chủ trì" in " ".join(" ".join(pages).split())


def test_the_meeting_minutes_say_who_what_and_each_titles_vote(day):
    with MeetingFile.open_read_only(day) as db:
        text = " ".join(all_text(render(db, "meeting-minutes")).split())
    assert "BIÊN BẢN" in text and "Hội nghị tổng kết công tác thi đua năm 2019" in text
    assert "Chủ trì: Nguyễn Thị Ánh Tuyết" in text and "12/12 đơn vị có mặt" in text
    assert "Khách mời: Tán Văn Bảo" in text
    assert "2.1. Cờ thi đua của Ban Tổ chức Trung ương (1 danh hiệu)" in text
    assert "Hội nghị thống nhất suy tôn: Ban Tổ chức Tỉnh ủy Khánh Hòa (11 phiếu, 91,67 %)" in text
    assert "Ban Tổ chức Tỉnh ủy Phú Yên (10 phiếu, 83,33 %)" in text
    assert (
        "Cụm trưởng: Ban Tổ chức Tỉnh ủy Kon Tum" in text and "THƯ KÝ" in text and "CHỦ TRÌ HỘI NGHỊ" in text
    )


def test_the_request_for_awards_lists_each_title_with_scores_and_votes(day):
    with MeetingFile.open_read_only(day) as db:
        text = " ".join(all_text(render(db, "nomination")).split())
        word = nomination_docx(db)
    assert "TỜ TRÌNH" in text and "Kính gửi: Hội đồng Thi đua – Khen thưởng Ban Tổ chức Trung ương" in text
    assert "Nghị định số 91/2017/NĐ-CP" in text and "152/2025" not in text  # the laws of 2019
    assert "1. Cờ thi đua của Ban Tổ chức Trung ương: 1 đơn vị" in text
    assert "Ban Tổ chức Tỉnh ủy Khánh Hòa 104,00 1 11 (91,67 %)" in text
    assert "2. Bằng khen của Trưởng Ban Tổ chức Trung ương: 3 đơn vị" in text
    with zipfile.ZipFile(io.BytesIO(word)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert (
        "TỜ TRÌNH" in xml and "11 (91,67\u00a0%)" in xml
    )  # the sign never wraps alone and "Nghị định số 91/2017/NĐ-CP" in xml


def test_legal_bases_follow_the_year():
    assert "Nghị định số 91/2017/NĐ-CP" in dossier.legal_bases(2019)[1]
    assert any("98/2023/NĐ-CP" in line for line in dossier.legal_bases(2024))
    lines = " ".join(dossier.legal_bases(2025))
    assert "Luật Thi đua, khen thưởng năm 2022" in lines
    assert "152/2025/NĐ-CP" in lines and "15/2025/TT-BNV" in lines


def test_documents_before_any_score_say_so(tmp_path):
    with MeetingFile.create(tmp_path / "trong.thidua") as db:
        for kind in DOSSIER:
            text = " ".join(all_text(render(db, kind)).split())
            assert ("Chưa có bảng điểm thi đua: chưa chấm điểm." in text) == (
                kind in ("scores", "scoring-sheet")
            )
        assert "Chưa có đơn vị nào được suy tôn." in " ".join(all_text(render(db, "nomination")).split())


# -- the commands ----------------------------------------------------------------------------


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_scoring_workbooks_out_and_in_from_the_command_line(tmp_path):
    path = tmp_path / "demo.thidua"
    assert run("demo", path)[0] == 0
    folder = tmp_path / "phieu"
    folder.mkdir()
    code, out, _ = run("scoring", path, "--workbooks", folder)
    assert code == 0 and "Đã ghi 12 phiếu tự chấm" in out and "1\tKhánh Hòa\t104,00" in out
    good, bad = folder / "tu-cham-khanh-hoa.xlsx", folder / "tu-cham-kon-tum.xlsx"
    for target, value in ((good, 10), (bad, "mười")):
        workbook = openpyxl.load_workbook(target)
        workbook.worksheets[0]["E9"] = value  # criterion 1.1
        workbook.save(target)
    code, out, err = run("scoring", path, "--import", good, bad)
    assert code == 1
    assert "Đã nhập tu-cham-khanh-hoa.xlsx (Khánh Hòa)." in out
    assert (
        "Lỗi: Tệp tu-cham-kon-tum.xlsx, ô E9 (dòng 9, tiêu chí 1.1" in err
        and '"mười" không phải một số' in err
    )
    # Khánh Hòa reported 10 documents (under the target of 20): Quảng Nam, now best over the target, leads
    assert out.splitlines()[3].startswith("1\tQuảng Nam\t101,13")
    table = tmp_path / "bang.xlsx"
    assert run("scoring", path, "--table-out", table)[0] == 0
    assert run("scoring", path, "--table-out", table)[0] == 1  # never over an existing file


def test_titles_and_the_word_request_from_the_command_line(day, tmp_path):
    code, out, _ = run("titles", day)
    assert code == 0
    assert "1\tCờ thi đua của Ban Tổ chức Trung ương\t1 danh hiệu\tĐã có kết quả" in out
    assert "được suy tôn: Khánh Hòa" in out and "được suy tôn: Quảng Nam, Kon Tum, Phú Yên" in out
    target = tmp_path / "to-trinh.docx"
    assert run("nomination", day, "--docx", target)[0] == 0 and target.stat().st_size > 5000
    code, _, err = run("titles", day, "--open", "1")
    assert code == 1 and "đã có cuộc suy tôn" in err


def test_a_title_added_from_the_command_line(tmp_path):
    path = tmp_path / "demo.thidua"
    assert run("demo", path)[0] == 0
    code, out, _ = run(
        "titles", path, "--add", "Giấy khen", "--percent", "20", "--candidates", "3", "--threshold", "2/3="
    )
    assert code == 0 and "Đã thêm danh hiệu Giấy khen: 2 danh hiệu." in out  # 20 % of 12, rounded down
    assert "3\tGiấy khen\t2 danh hiệu\tChờ danh hiệu trước" in out
    with MeetingFile.open_read_only(path) as db:
        added = titles.list_titles(db)[-1]
        assert (added.threshold.numerator, added.threshold.denominator, added.threshold.strict) == (
            2,
            3,
            False,
        )
    code, _, err = run("titles", path, "--add", "Giấy khen")
    assert code == 1 and 'Đã có danh hiệu "Giấy khen"' in err
    code, _, err = run("titles", path, "--add", "Khác", "--threshold", "nửa")
    assert code == 1 and "không đúng dạng" in err


def test_the_secretary_is_printed_on_the_minutes(tmp_path):
    path = tmp_path / "demo.thidua"
    assert run("demo", path)[0] == 0
    code, out, _ = run("scoring", path, "--secretary", "Lê Thị Thư")
    assert code == 0 and "Thư ký hội nghị (in trên biên bản hội nghị): Lê Thị Thư" in out
    with MeetingFile.open_read_only(path) as db:
        text = " ".join(all_text(render(db, "meeting-minutes")).split())
    assert "Thư ký: Lê Thị Thư." in text and "THƯ KÝ Lê Thị Thư CHỦ TRÌ HỘI NGHỊ Nguyễn Thị Ánh Tuyết" in text
