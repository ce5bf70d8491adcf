"""Vietnamese text: NFC at the boundary, folded search, dictionary name order."""

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text import clean, fold, matches, name_sort_key, nfc, search_key, search_terms, word_sort_key


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


# -- names of Tây Nguyên: K'Ré, H'Yim, Y-Ngông, Rơ Mah, Ksor … ---------------------------------

# Parts as they are written in names of the Central Highlands (Ê Đê, Gia Rai, Ba Na, K'Ho, Xơ Đăng …).
PARTS = ["K", "H", "Y", "Ré", "Yim", "Brơi", "Rơ", "Mah", "Ksor", "Niê", "Kdăm", "Ngông", "Đăk", "Byă",
         "Êban", "Mlô", "Nay", "Siu", "Lan", "Hđơk", "Bkrông", "Ƀlang"]  # fmt: skip
JOINS = ["'", "’", "-", " "]  # apostrophes and hyphens inside a word; a space between words

words_of_parts = st.lists(st.sampled_from(PARTS), min_size=1, max_size=3)


@st.composite
def highland_names(draw):
    """A name of one to three words, each of one to three parts joined by an apostrophe or a hyphen."""
    words = draw(st.lists(words_of_parts, min_size=1, max_size=3))
    joined = []
    for parts in words:
        joins = draw(st.lists(st.sampled_from(JOINS[:3]), min_size=len(parts) - 1, max_size=len(parts) - 1))
        joined.append(parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True)))
    return words, " ".join(joined)


def typings(parts: list[str], draw) -> str:
    """One way a clerk types a word of several parts: each joint kept, left out or typed as a space;
    with or without diacritics; in either case."""
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(["'", "’", "-", "", " "])) + part
    if draw(st.booleans()):
        text = fold(text)
    if draw(st.booleans()):
        text = text.upper()
    return text


@given(data=st.data(), name=highland_names())
def test_every_prefix_of_every_word_typed_any_way_finds_the_name(data, name):
    """K'Ré, KRé, K Ré, kre, K' (while typing): every prefix of every word of the name, however
    its joints are typed, with or without diacritics, matches the name's search key."""
    words, full_name = name
    key = search_key(full_name, "Trưởng ban", "Gia Lai", "1001")
    for parts in words:
        typed = typings(parts, data.draw)
        for end in range(1, len(typed) + 1):
            prefix = typed[:end]
            assert all(" " + term in key for term in search_terms(prefix)), (full_name, prefix)
            assert matches(prefix, full_name)
            assert matches(nfd(prefix), nfd(full_name))


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("kre", "K'Ré"), ("K Ré", "K'Ré"), ("KRé", "K'Ré"), ("k'", "K'Ré"), ("hyim", "H'Yim"),
        ("y ngong", "Y-Ngông Niê"), ("yngongnie", "Y-Ngông Niê"), ("romah", "Rơ Mah Phước"),
        ("ksor", "Ksor H'Yim"), ("kbroi", "K' Brơi"), ("kre", "K´Ré"),
    ],
)  # fmt: skip
def test_apostrophes_hyphens_and_spaces_between_parts_are_optional(query, name):
    assert matches(query, name)


def test_a_search_term_still_has_to_start_a_part():
    assert " re" not in search_key("Kré Niê") and " re" in search_key("K'Ré Niê")
    assert search_terms("K'Ré  h-y") == ["kre", "hy"]
    assert search_key("Rơ Mah") == " romah mah"


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
