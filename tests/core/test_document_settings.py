"""The số / ký hiệu of Party documents and the signature forms, kept in the setting table."""

import pytest

from core.document_settings import (
    DocumentType,
    SignatureForm,
    UnitType,
    number_line,
    set_numbering,
    set_signature_form,
    signature_form,
    unit_type,
)
from core.documents.summary import render_summary
from core.errors import ValidationError
from tests.pdf_text import all_text, pages_text


def test_a_notice_is_numbered_by_the_meetings_setting(demo_db):
    assert number_line(demo_db, DocumentType.THONG_BAO).replace("\u00a0", "") == "Số -TB/CTĐ"
    set_numbering(demo_db, DocumentType.THONG_BAO, "05", "CTĐIII")
    assert number_line(demo_db, DocumentType.THONG_BAO) == "Số 05-TB/CTĐIII"
    assert "Số 05-TB/CTĐIII" in all_text(render_summary(demo_db))


@pytest.mark.parametrize(("number", "code"), [("5a", None), ("1234567", None), ("5", "C/T"), ("5", "")])
def test_a_bad_number_or_code_names_the_field_and_changes_nothing(demo_db, number, code):
    set_numbering(demo_db, DocumentType.THONG_BAO, "7")
    with pytest.raises(ValidationError, match="Trường"):
        set_numbering(demo_db, DocumentType.THONG_BAO, number, code)
    assert number_line(demo_db, DocumentType.THONG_BAO) == "Số 7-TB/CTĐ"


def test_signature_forms_default_by_unit_type_and_can_be_set(demo_db):
    assert unit_type("Ban Tổ chức Tỉnh ủy Khánh Hòa") is UnitType.BAN_TO_CHUC
    assert unit_type("Ban Thường vụ Tỉnh ủy Khánh Hòa") is UnitType.BAN_THUONG_VU
    assert signature_form(demo_db, UnitType.BAN_TO_CHUC) is SignatureForm.HEAD
    assert signature_form(demo_db, UnitType.BAN_THUONG_VU) is SignatureForm.COLLECTIVE
    set_signature_form(demo_db, UnitType.BAN_TO_CHUC, SignatureForm.COLLECTIVE)
    assert signature_form(demo_db, UnitType.BAN_TO_CHUC) is SignatureForm.COLLECTIVE


def test_the_command_line_sets_the_number_and_the_forms_and_prints_badges_of_a_size(demo_path, tmp_path):
    import io

    from core.cli import main as cli_main
    from core.documents import badges
    from core.documents.catalog import BADGE_SIZES
    from core.storage import MeetingFile

    assert tuple(badges.SIZES) == BADGE_SIZES
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "document-settings",
        str(demo_path),
        "--number",
        "12",
        "--code",
        "CTĐIII",
        "--form",
        "ban-to-chuc=collective",
    ]
    assert cli_main(argv, out, err) == 0, err.getvalue()
    assert "Số 12-TB/CTĐIII" in out.getvalue() and "ban-to-chuc: collective" in out.getvalue()
    with MeetingFile.open_read_only(demo_path) as db:
        assert signature_form(db, UnitType.BAN_TO_CHUC) is SignatureForm.COLLECTIVE
    bad = io.StringIO()
    assert (
        cli_main(["document-settings", str(demo_path), "--form", "ban-to-chuc=ky"], io.StringIO(), bad) == 1
    )
    assert "LOẠI=KIỂU" in bad.getvalue()
    pdf = tmp_path / "the.pdf"
    assert (
        cli_main(["print", str(demo_path), "badges", "--badge-size", "90x66", "-o", str(pdf)], out, err) == 0
    )
    assert len(pages_text(pdf.read_bytes())) == 5  # 38 people, 8 cards of 90 x 66 mm a sheet
