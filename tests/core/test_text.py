"""Vietnamese text: NFC at the boundary, folded search, dictionary name order."""

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text import clean, fold, matches, name_sort_key, nfc, word_sort_key


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# -- nfc / clean ----------------------------------------------------------------


def test_nfc_composes_decomposed_text():
    decomposed = nfd("Nguyễn Tấn Tuân")
    assert decomposed != "Nguyễn Tấn Tuân"  # the test input really is decomposed
    assert nfc(decomposed) == "Nguyễn Tấn Tuân"
    assert is_nfc(nfc(decomposed))


def test_clean_trims_and_collapses_inner_spaces():
    assert clean("   Trần   Thị\tThu \n Hà  ") == "Trần Thị Thu Hà"


def test_clean_composes_decomposed_input():
    result = clean(nfd("  Khánh   Hòa "))
    assert result == "Khánh Hòa"
    assert len(result) == 9  # nine composed characters, no combining marks left
    assert is_nfc(result)


def test_clean_of_none_and_blank_is_empty():
    assert clean(None) == ""
    assert clean(" \t\n ") == ""


def test_clean_turns_non_text_into_text():
    assert clean(1001) == "1001"


# -- fold -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đắk Lắk", "dak lak"),
        ("KHÁNH HÒA", "khanh hoa"),
        ("Nguyễn Tấn Tuân", "nguyen tan tuan"),
        ("  Quảng   Nam ", "quang nam"),
        ("Ưng Ơn Ấn Ặc", "ung on an ac"),
        ("đoàn", "doan"),
    ],
)
def test_fold_drops_case_and_diacritics(text, folded):
    assert fold(text) == folded


def test_fold_of_decomposed_input_is_the_same():
    assert fold(nfd("Đắk Lắk")) == "dak lak"
    assert fold(nfd("Thừa Thiên Huế")) == fold("Thừa Thiên Huế") == "thua thien hue"


def test_fold_treats_old_and_new_tone_placement_alike():
    # "Hoà" (old style) and "Hòa" (new style) are the same word to someone searching.
    assert fold("Khánh Hoà") == fold("Khánh Hòa")


# -- matches --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("kh hoa", ("Khánh Hòa",)),
        ("nguyen tan", ("Nguyễn Tấn Tuân",)),
        ("dak", ("Đắk Lắk",)),
        ("DAK LAK", ("Ban Tổ chức Tỉnh ủy Đắk Lắk",)),
        ("tuan khanh", ("Nguyễn Tấn Tuân", "Tỉnh ủy Khánh Hòa")),  # words may come from any field
        ("", ("Khánh Hòa",)),  # an empty query matches everything
    ],
)
def test_matches_finds_folded_words(query, fields):
    assert matches(query, *fields)


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("quang nam", ("Khánh Hòa",)),
        ("tuan x", ("Nguyễn Tấn Tuân",)),  # every word must be found
        ("kon", ()),
        ("hoa", ("", "Quảng Ngãi")),
    ],
)
def test_matches_rejects_non_matching_query(query, fields):
    assert not matches(query, *fields)


def test_matches_with_decomposed_query_and_field():
    assert matches(nfd("Tấn"), nfd("Nguyễn Tấn Tuân"))


# -- name order -----------------------------------------------------------------


def test_name_sort_key_compares_given_name_first():
    assert name_sort_key("Nguyễn Văn An") < name_sort_key("Trần Thị Bình")
    assert name_sort_key("Trần An") > name_sort_key("Nguyễn An")  # same given name: then the rest


def test_sorting_a_list_of_names():
    names = ["Trần Thị Bình", "Lê Văn Hải", "Nguyễn Văn An", "Phan Văn Dũng", "Đỗ Thị Ngọc Hân", "Nguyễn An"]
    assert sorted(names, key=name_sort_key) == [
        "Nguyễn An",
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Phan Văn Dũng",
        "Lê Văn Hải",
        "Đỗ Thị Ngọc Hân",
    ]


@pytest.mark.parametrize(
    "letters",
    [["a", "ă", "â", "b"], ["d", "đ", "e"], ["o", "ô", "ơ", "p"], ["u", "ư", "v"], ["e", "ê", "g"]],
)
def test_vietnamese_alphabet_order(letters):
    shuffled = list(reversed(letters))
    assert sorted(shuffled, key=word_sort_key) == letters


def test_letters_outrank_tones():
    # á (a with a tone) is still the letter a, so it comes before the letter ă.
    assert word_sort_key("á") < word_sort_key("ă")
    assert name_sort_key("Lê Đào") > name_sort_key("Lê Dạo")


def test_tone_order_ngang_huyen_hoi_nga_sac_nang():
    ordered = ["Lê Anh", "Lê Ành", "Lê Ảnh", "Lê Ãnh", "Lê Ánh", "Lê Ạnh"]
    shuffled = ordered[:]
    random.Random(4).shuffle(shuffled)
    assert shuffled != ordered
    assert sorted(shuffled, key=name_sort_key) == ordered


def test_nfc_and_nfd_give_the_same_key():
    for name in ["Nguyễn Tấn Tuân", "Đặng Văn Thành", "Trương Thị Mỹ Linh", "Lê Ựa"]:
        assert name_sort_key(nfd(name)) == name_sort_key(name)


def test_stacked_marks_in_decomposed_form_sort_as_their_letter():
    # NFD of "ặ" puts the dot below before the breve; it is still ă with the nặng tone.
    assert name_sort_key(nfd("Lê Đặng")) == name_sort_key("Lê Đặng")
    assert word_sort_key(nfd("ặ")) > word_sort_key("ắ")
    assert word_sort_key(nfd("ặ")) < word_sort_key("â")


def test_spacing_does_not_change_the_key():
    assert name_sort_key("  Nguyễn   Văn  An ") == name_sort_key("Nguyễn Văn An")


# -- properties -------------------------------------------------------------------

_SYLLABLES = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Văn", "Thị", "Ánh", "Tuyết", "Bình", "Ưng", "Ơn"]
vietnamese_names = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=4).map(" ".join)


@given(st.lists(st.tuples(vietnamese_names, st.booleans()), max_size=12))
def test_sorting_is_invariant_to_unicode_form(entries):
    composed = [name for name, _ in entries]
    mixed = [nfd(name) if decompose else name for name, decompose in entries]
    assert [nfc(n) for n in sorted(mixed, key=name_sort_key)] == sorted(composed, key=name_sort_key)


@given(st.text())
def test_sort_key_of_any_text_ignores_unicode_form(text):
    assert name_sort_key(nfd(text)) == name_sort_key(nfc(text))


@given(st.text())
def test_fold_after_clean_is_fold(text):
    assert fold(clean(text)) == fold(text)


@given(st.text())
def test_clean_is_nfc_trimmed_and_idempotent(text):
    cleaned = clean(text)
    assert is_nfc(cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert clean(cleaned) == cleaned
