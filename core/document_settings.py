"""Settings of the printed documents, kept in the meeting file's ``setting`` table (no schema change).

- The số / ký hiệu line of a Party document (Hướng dẫn 36-HD/VPTW): "Số 05-TB/CTĐ". The
  number of each document type is a setting ("" leaves room to write it by hand when the
  document is registered at the office); the issuer's abbreviation (ký hiệu) is one setting
  for the meeting, by default "CTĐ" (Cụm thi đua).
- The signature form of a member unit in the agreement, by the kind of body it is: a body run
  by its head (a Ban Tổ chức) signs "TRƯỞNG BAN", or "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" for a
  deputy; a collective body (a Ban Thường vụ) signs "T/M BAN THƯỜNG VỤ … / BÍ THƯ". The form
  is a setting per unit type, with these defaults.
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.errors import ValidationError
from core.safety import get_setting, set_settings
from core.said import Said
from core.storage import MeetingFile
from core.text import clean

ISSUER_CODE_KEY = "document.issuer_code"
DEFAULT_ISSUER_CODE = "CTĐ"
NUMBER_KEY = "document.number.{0}"  # the number of one document type
SIGNATURE_KEY = "signature.form.{0}"  # the signature form of one unit type


class DocumentType(StrEnum):
    """Party document types ThiDua prints with a số / ký hiệu line, with their abbreviation."""

    THONG_BAO = "TB"  # thông báo (the conference's results)
    BAO_CAO = "BC"  # báo cáo
    TO_TRINH = "TTr"  # tờ trình


class SignatureForm(StrEnum):
    HEAD = "head"  # a body run by its head: TRƯỞNG BAN, or K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN
    COLLECTIVE = "collective"  # a collective body: T/M <BODY> above the signer's title


class UnitType(StrEnum):
    BAN_TO_CHUC = "ban-to-chuc"  # Ban Tổ chức Tỉnh ủy, Thành ủy: run by its head
    BAN_THUONG_VU = "ban-thuong-vu"  # Ban Thường vụ: a collective body
    OTHER = "khac"


DEFAULT_FORMS = {
    UnitType.BAN_TO_CHUC: SignatureForm.HEAD,
    UnitType.BAN_THUONG_VU: SignatureForm.COLLECTIVE,
    UnitType.OTHER: SignatureForm.HEAD,
}


def unit_type(full_title: str) -> UnitType:
    """The kind of body a unit is, from its full title."""
    folded = full_title.casefold()
    if folded.startswith("ban tổ chức"):
        return UnitType.BAN_TO_CHUC
    if folded.startswith("ban thường vụ"):
        return UnitType.BAN_THUONG_VU
    return UnitType.OTHER


def signature_form(db: MeetingFile, kind: UnitType) -> SignatureForm:
    value = get_setting(db, SIGNATURE_KEY.format(kind.value))
    try:
        return SignatureForm(value) if value else DEFAULT_FORMS[kind]
    except ValueError:
        return DEFAULT_FORMS[kind]


def set_signature_form(db: MeetingFile, kind: UnitType, form: SignatureForm) -> None:
    set_settings(
        db,
        {SIGNATURE_KEY.format(kind.value): form.value},
        "settings.signature_form",
        {"unit_type": kind.value, "form": form.value},
    )


def issuer_code(db: MeetingFile) -> str:
    return get_setting(db, ISSUER_CODE_KEY) or DEFAULT_ISSUER_CODE


def document_number(db: MeetingFile, kind: DocumentType) -> str:
    """The number set for a document type, "" when it is to be written by hand."""
    return get_setting(db, NUMBER_KEY.format(kind.name.lower())) or ""


def number_line(db: MeetingFile, kind: DocumentType) -> str:
    """ "Số 05-TB/CTĐ", or "Số      -TB/CTĐ" with room for the number written by hand."""
    number = document_number(db, kind) or "\u00a0" * 6
    return f"Số {number}-{kind.value}/{issuer_code(db)}"


def set_numbering(db: MeetingFile, kind: DocumentType, number: str, code: str | None = None) -> None:
    """Set a document type's number (digits, or "" to write it by hand) and, if given, the issuer's
    abbreviation; a bad value changes nothing and says which field."""
    number = clean(number)
    if number and not re.fullmatch(r"\d{1,6}", number):
        raise ValidationError(
            Said('Trường "Số văn bản": chỉ gồm chữ số (tối đa 6), không phải "{0}".', number)
        )
    values: dict[str, str | None] = {NUMBER_KEY.format(kind.name.lower()): number or None}
    if code is not None:
        code = clean(code)
        if not code or len(code) > 20 or "/" in code or " " in code:
            raise ValidationError(
                Said('Trường "Ký hiệu": 1 đến 20 ký tự, không có dấu cách hay "/", không phải "{0}".', code)
            )
        values[ISSUER_CODE_KEY] = code
    set_settings(db, values, "settings.document_number", {"type": kind.value, "number": number, "code": code})
