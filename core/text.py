"""Vietnamese text: Unicode normalization, search folding and name order.

Text reaches the program composed (NFC) or decomposed (NFD) depending on where it
was typed or copied from; everything is stored and compared as NFC.
"""

from __future__ import annotations

import re
import unicodedata

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


def matches(query: str, *fields: str) -> bool:
    """True when every word of ``query`` starts a word of one of ``fields`` or is inside one.

    Folded on both sides, so "kh hoa" finds "Khánh Hòa" and "dak" finds "Đắk Lắk".
    """
    words = fold(query).split()
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in words)


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
