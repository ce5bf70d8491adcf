"""Vietnamese text: Unicode normalization, search folding and name order.

Text reaches the program composed (NFC) or decomposed (NFD) depending on where it
was typed or copied from; everything is stored and compared as NFC.
"""

from __future__ import annotations

import re
import unicodedata

from core.said import Said

_SPACES = re.compile(r"\s+")

# Combining marks that change a letter into another letter of the alphabet.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# Tone marks, in dictionary order: ngang (none) < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# The Vietnamese alphabet, with the Latin letters it lacks (f, j, w, z) placed
# where a reader expects them, so foreign names still sort sensibly.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
    "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}


def nfc(text: str) -> str:
    """Return ``text`` in composed Unicode form."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, runs of white space collapsed to one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(str(text))).strip()


def fold(text: str) -> str:
    """Lower case without diacritics, for search: "Đắk Lắk" -> "dak lak"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold()).strip()


# What joins the parts of a name of Tây Nguyên (K'Ré, H'Yim, Y-Ngông, K' Brơi): apostrophes and
# hyphens, as keyboards, Word and the web write them. A search ignores them.
_JOINERS = re.compile(r"\s*['\u2018\u2019\u02bb\u02bc`\u00b4\-\u2010\u2011\u2013]\s*")


def name_parts(text: str) -> list[str]:
    """``text`` folded and cut into its parts at spaces, apostrophes and hyphens:
    "K'Ré Ksor" -> ["k", "re", "ksor"]."""
    return _JOINERS.sub(" ", fold(text)).split()


def search_terms(query: str) -> list[str]:
    """The words of a search, folded, apostrophes and hyphens left out: "K'Ré  h-y" -> ["kre", "hy"].

    A clerk types "K'Ré", "KRé" or "kre" for the same name: all three become "kre"."""
    return _JOINERS.sub("", fold(query)).split()


def search_key(*fields: str) -> str:
    """What a search is matched against: for each field, every run of its parts from one part to
    the field's end, written together, each after a space.

    "Rơ Mah" -> " romah mah"; "K'Ré" -> " kre re". A search term matches when it starts one of
    these (``" " + term in key``): it then is the beginning of consecutive parts of one field,
    typed with or without the apostrophes, hyphens and spaces between them ("kre", "k re",
    "romah", "mah"), and "kh hoa" finds "Khánh Hòa" but not "Khoa".
    """
    runs: list[str] = []
    for text in fields:
        parts = name_parts(text)
        runs.extend("".join(parts[i:]) for i in range(len(parts)))
    return " " + " ".join(runs)


def matches(query: str, *fields: str) -> bool:
    """True when every term of ``query`` (``search_terms``) is inside the ``search_key`` of ``fields``.

    Folded on both sides, so "kh hoa" finds "Khánh Hòa", "dak" finds "Đắk Lắk" and "kre" finds "K'Ré".
    """
    key = search_key(*(f for f in fields if f))
    return all(term in key for term in search_terms(query))


_MODIFIED = {
    ("a", _BREVE): "ă", ("a", _CIRCUMFLEX): "â", ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô", ("o", _HORN): "ơ", ("u", _HORN): "ư",
}  # fmt: skip


def _letter_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Letters (ă â ê ô ơ ư đ are letters of their own), then the tone of each letter."""
    bases: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONES and tones:
            tones[-1] = _TONES[ch]
        elif bases[-1:] and (bases[-1], ch) in _MODIFIED:
            bases[-1] = _MODIFIED[(bases[-1], ch)]
        elif not unicodedata.combining(ch):
            bases.append(ch)
            tones.append(0)
    # Letters outside the alphabet (digits, other scripts) sort after it, by code point.
    ranks = tuple(_LETTER_RANK.get(b, len(_ALPHABET) + ord(b)) for b in bases)
    return ranks, tuple(tones)


def word_sort_key(word: str) -> tuple:
    """Sort key of one word or phrase in Vietnamese dictionary order."""
    parts = [_letter_key(w) for w in clean(word).split(" ")]
    return tuple(p[0] for p in parts), tuple(p[1] for p in parts)


def name_sort_key(full_name: str) -> tuple:
    """Vietnamese name order: the given name (last word) first, then the rest in order.

    "Nguyễn Văn An" sorts before "Trần Thị Bình" because "An" < "Bình".
    """
    words = clean(full_name).split(" ")
    given, rest = words[-1], " ".join(words[:-1])
    return word_sort_key(given), word_sort_key(rest)


# -- what a text field may hold ----------------------------------------------------

# Explicit bidirectional formatting (embeddings, overrides, isolates, marks): invisible, and
# they reorder what is printed around them ("Trojan source"), so a name could print other
# than it reads on screen. Vietnamese never needs them.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Characters that print nothing although they are not white space (Python's str.isspace
# misses these): a field made only of them looks empty on paper.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064"
    "\u2800\u3164\ufeff\uffa0"
)


def thousands(number: int) -> str:
    """``number`` with Vietnamese thousands separators: 400000 -> "400.000"."""
    return f"{number:,}".replace(",", ".")


def _codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def text_problem(value: str, max_len: int) -> str | None:
    """Why ``value`` (already cleaned) cannot be stored as a field's text, or None when it can.

    The message names no field: callers put it after their own 'Trường "…"' or 'Dòng N, cột "…"'.
    Refused: control characters, bidirectional overrides, unassigned or private-use code points,
    text made only of invisible characters, and text longer than ``max_len`` characters
    (what the printed list and badges were laid out for).
    """
    if len(value) > max_len:
        return Said("dài {0} ký tự, tối đa {1} ký tự", thousands(len(value)), thousands(max_len))
    for ch in value:
        category = unicodedata.category(ch)
        if ch in _BIDI_CONTROLS:
            return Said(
                "có ký tự ẩn đảo chiều chữ ({0}), thường do chép từ trang web hay thư điện tử; hãy gõ lại",
                _codepoint(ch),
            )
        if category == "Cc":
            return Said("có ký tự điều khiển ({0}) không in được; hãy gõ lại", _codepoint(ch))
        if category in ("Cs", "Co", "Cn"):
            return Said("có ký tự không phải chữ ({0}) không in được; hãy gõ lại", _codepoint(ch))
    if value and all(ch in _INVISIBLE or unicodedata.category(ch) == "Cf" or ch.isspace() for ch in value):
        return Said("chỉ có ký tự vô hình, trông như để trống")
    return None
