"""TCVN3 (ABC) and VNI-Windows: every letter with every tone both ways, fonts, and the guess."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.legacy_text import (
    Legacy,
    convert_guessed,
    decode,
    encode,
    encoding_of_font,
    guess_encoding,
    looks_vietnamese,
)

BASES = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
LOWER = sorted({unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES} | {"đ"})
UPPER = [letter.upper() for letter in LOWER]

# Real names and titles, as organizers type them.
NAMES = [
    "Nguyễn Thị Ánh Tuyết", "Võ Thị Hồng Nhung", "A Lăng Thơm", "Hồ Văn Sơn", "Tán Văn Bảo",
    "Phó Trưởng ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Đắk Lắk", "Lương Đức Trí",
    "Phạm Quốc Việt", "Bùi Thị Lan", "Khánh Hòa", "Trần Thị Thu Hà", "Đặng Văn Thành",
    "Nguyễn Thị Hoài Thương", "Lê Quốc Khánh", "Y Ngông Niê Kđăm", "Huỳnh Tấn Việt",
    "Hàm Vụ trưởng Vụ Địa phương II", "Giường Quyết Khuya Nguyệt Ngoẹo Khuỷu",
]  # fmt: skip


def test_there_are_67_letters_in_each_case():
    assert len(LOWER) == 12 * 6 + 1 == len(set(UPPER))


@pytest.mark.parametrize("letter", LOWER)
def test_every_lower_case_letter_both_ways_in_tcvn3(letter):
    stored = encode(letter, Legacy.TCVN3)
    assert len(stored) == 1 and (letter in "aeiouy" or ord(stored) >= 0xA1)
    assert decode(stored, Legacy.TCVN3) == letter


@pytest.mark.parametrize("letter", UPPER)
def test_every_upper_case_letter_both_ways_in_the_tcvn3_capitals_font(letter):
    assert decode(encode(letter, Legacy.TCVN3_UPPER), Legacy.TCVN3_UPPER) == letter


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_every_letter_both_ways_in_vni(letter):
    stored = encode(letter, Legacy.VNI)
    assert all(ord(ch) < 0x100 for ch in stored)
    assert decode(stored, Legacy.VNI) == letter


@pytest.mark.parametrize(
    ("stored", "encoding", "text"),
    [
        ("NguyÔn V¨n H¶i", Legacy.TCVN3, "Nguyễn Văn Hải"),
        ("Hä vµ tªn", Legacy.TCVN3, "Họ và tên"),
        ("Tr\xadëng ban", Legacy.TCVN3, "Trưởng ban"),
        ("§¾k L¾k", Legacy.TCVN3, "Đắk Lắk"),
        ("DANH S¸CH §¹I BIÓU", Legacy.TCVN3_UPPER, "DANH SÁCH ĐẠI BIỂU"),
        ("danh s¸ch ®¹i biÓu", Legacy.TCVN3_UPPER, "DANH SÁCH ĐẠI BIỂU"),
        ("Nguyeãn Vaên Haûi", Legacy.VNI, "Nguyễn Văn Hải"),
        ("Tröôûng ban Toå chöùc", Legacy.VNI, "Trưởng ban Tổ chức"),
        ("NGUYEÃN VAÊN HAÛI", Legacy.VNI, "NGUYỄN VĂN HẢI"),
        ("Ñaø Naüng", Legacy.VNI, "Đà Nẵng"),
    ],
)
def test_known_texts(stored, encoding, text):
    assert decode(stored, encoding) == text


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("encoding", [Legacy.TCVN3, Legacy.VNI])
def test_real_names_both_ways(name, encoding):
    assert decode(encode(name, encoding), encoding) == name


@pytest.mark.parametrize("name", NAMES)
def test_real_names_in_capitals_both_ways(name):
    assert decode(encode(name.upper(), Legacy.TCVN3_UPPER), Legacy.TCVN3_UPPER) == name.upper()
    assert decode(encode(name.upper(), Legacy.VNI), Legacy.VNI) == name.upper()


@given(st.lists(st.sampled_from(LOWER + list("bcdghklmnpqrstvx ")), max_size=30).map("".join))
def test_any_lower_case_text_both_ways(text):
    for encoding in (Legacy.TCVN3, Legacy.VNI):
        assert decode(encode(text, encoding), encoding) == text


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", Legacy.TCVN3),
        (".VnArial", Legacy.TCVN3),
        (".VnTimeH", Legacy.TCVN3_UPPER),
        (".VnArial NarrowH", Legacy.TCVN3_UPPER),
        ("VNI-Times", Legacy.VNI),
        ("VNI-Helve", Legacy.VNI),
        ("Times New Roman", None),
        ("Calibri", None),
        ("", None),
        (None, None),
    ],
)
def test_encoding_of_font(font, encoding):
    assert encoding_of_font(font) == encoding


# -- recognising legacy text without a font ---------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_names_in_unicode_look_vietnamese_and_are_left_alone(name):
    assert looks_vietnamese(name)
    assert guess_encoding([name]) is None


@pytest.mark.parametrize("name", [n for n in NAMES if encode(n, Legacy.TCVN3) != n])
def test_a_tcvn3_name_saved_as_unicode_is_recognised(name):
    stored = encode(name, Legacy.TCVN3)
    assert guess_encoding([stored]) == Legacy.TCVN3
    assert convert_guessed(stored, Legacy.TCVN3) == name


def test_a_list_typed_in_vni_is_recognised():
    stored = [encode(n, Legacy.VNI) for n in NAMES]
    assert guess_encoding(stored) == Legacy.VNI
    assert [convert_guessed(s, Legacy.VNI) for s in stored] == NAMES


def test_capitals_typed_for_the_tcvn3_capitals_font_are_recognised():
    assert convert_guessed("NGUYÔN V¡N H¶I", Legacy.TCVN3) == "NGUYỄN VĂN HẢI"


@pytest.mark.parametrize(
    "text", ["Müller", "José Ramos-Horta", "Alexander", "Hoà", "Thuỷ", "Ê Đê", "K'Ho", "1001"]
)
def test_foreign_and_old_style_text_is_not_taken_for_legacy(text):
    assert guess_encoding([text]) is None


# The published layouts, written out code by code (not derived from the tables under test).
TCVN3_CODES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
# VNI-Windows: a, then the marks sắc huyền hỏi ngã nặng, circumflex (+ tones), breve (+ tones).
VNI_CODES = {
    "á": "aù", "à": "aø", "ả": "aû", "ã": "aõ", "ạ": "aï",
    "â": "aâ", "ấ": "aá", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ậ": "aä",
    "ă": "aê", "ắ": "aé", "ằ": "aè", "ẳ": "aú", "ẵ": "aü", "ặ": "aë",
    "ê": "eâ", "ế": "eá", "ề": "eà", "ể": "eå", "ễ": "eã", "ệ": "eä",
    "ô": "oâ", "ố": "oá", "ồ": "oà", "ổ": "oå", "ỗ": "oã", "ộ": "oä",
    "ơ": "ô", "ớ": "ôù", "ờ": "ôø", "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï",
    "ư": "ö", "ứ": "öù", "ừ": "öø", "ử": "öû", "ữ": "öõ", "ự": "öï",
    "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "đ": "ñ",
    "ý": "yù", "ỳ": "yø", "ỷ": "yû", "ỹ": "yõ", "ỵ": "yï",
    "Ấ": "AÁ", "Ặ": "AË", "Ơ": "Ô", "Ự": "ÖÏ", "Đ": "Ñ", "Ị": "Ò",
}  # fmt: skip


@pytest.mark.parametrize(("code", "letter"), sorted(TCVN3_CODES.items()))
def test_the_tcvn3_layout_code_by_code(code, letter):
    assert decode(chr(code), Legacy.TCVN3) == letter
    assert encode(letter, Legacy.TCVN3) == chr(code)


@pytest.mark.parametrize(("letter", "stored"), sorted(VNI_CODES.items()))
def test_the_vni_layout(letter, stored):
    assert decode(stored, Legacy.VNI) == letter
    assert encode(letter, Legacy.VNI) == stored


def test_a_unicode_list_with_one_name_that_is_no_vietnamese_syllable_is_left_alone():
    """ "H'Yim Niê" does not read as Vietnamese (Yim) and its ê is a TCVN3 code: alone it looked
    like legacy text, and the whole list was converted ("H'YIM NIỜ" on the badges and minutes)."""
    names = ["H'Yim Niê", "Nguyễn Thị Ánh Tuyết", "Trần Văn Hải", "Lê Thị Thu Hà", "Phạm Đức Minh"]
    assert guess_encoding(names) is None


def test_a_legacy_list_with_a_heading_retyped_in_unicode_is_still_recognised():
    stored = [encode(n, Legacy.TCVN3) for n in NAMES if encode(n, Legacy.TCVN3) != n]
    assert guess_encoding(["Họ và tên", *stored]) == Legacy.TCVN3
