"""Vietnamese typed in the old 8-bit encodings, TCVN3 (ABC) and VNI-Windows, converted to Unicode.

Before Unicode, lists were typed with fonts that drew Vietnamese letters in place of Latin-1
ones: in a cell set in ".VnTime" the text "NguyÔn V¨n H¶i" shows as "Nguyễn Văn Hải". Excel
keeps the Latin-1 characters, so the program reads "NguyÔn V¨n H¶i" unless it converts.

- **TCVN3 (ABC)**, fonts ".VnTime", ".VnArial" …: one character per letter. The lower-case
  fonts hold the lower-case toned letters and the upper-case Ă Â Ê Ô Ơ Ư Đ; the upper-case fonts
  (".VnTimeH", ".VnArialH" …) draw the very same codes as capitals.
- **VNI-Windows**, fonts "VNI-Times", "VNI-Helve" …: a base letter followed by one or two mark
  characters ("Nguyeãn" is Nguyễn), in both cases; ơ ư đ and the toned i are single characters.

The tables are written from the published layouts and tested both ways on every letter with
every tone, upper and lower case (tests/core/test_legacy_text.py). A font names the encoding
for sure; text without a font (CSV, or a sheet re-saved with a Unicode font) is recognised by
``guess_encoding``, which only proposes a conversion the user then sees in the import preview.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Legacy(StrEnum):
    TCVN3 = "tcvn3"
    TCVN3_UPPER = "tcvn3-upper"  # a ".Vn…H" font: the same codes, drawn as capitals
    VNI = "vni"

    @property
    def label(self) -> str:
        return {Legacy.TCVN3: "TCVN3 (ABC)", Legacy.TCVN3_UPPER: "TCVN3 (ABC)", Legacy.VNI: "VNI"}[self]


# -- TCVN3 (ABC) ---------------------------------------------------------------------------
# Each toned vowel: the five tones in the order huyền, hỏi, ngã, sắc, nặng (TCVN3's own order).
_TCVN3_TONED = {
    "a": "µ¶·¸¹",
    "ă": "»¼½¾Æ",
    "â": "ÇÈÉÊË",
    "e": "ÌÎÏÐÑ",
    "ê": "ÒÓÔÕÖ",
    "i": "×ØÜÝÞ",
    "o": "ßáâãä",
    "ô": "åæçèé",
    "ơ": "êëìíî",
    "u": "ïñòóô",
    "ư": "õö÷øù",
    "y": "úûüýþ",
}
_TCVN3_PLAIN = {"ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\xad", "đ": "®",
                "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}  # fmt: skip

# -- VNI-Windows -----------------------------------------------------------------------------
_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền, hỏi, ngã, sắc, nặng
_VNI_TONE = "øûõùï"  # after a, e, o, u, y, ơ, ư (and their capitals: the marks in upper case)
_VNI_CIRCUMFLEX_TONE = "àåãáä"  # â ê ô with a tone: one mark for both
_VNI_BREVE_TONE = "èúüéë"  # ă with a tone
_VNI_I = "ìæóíò"  # i with a tone is one character
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ"}


def _tcvn3_table() -> dict[str, str]:
    """Unicode letter -> TCVN3 character."""
    table = dict(_TCVN3_PLAIN)
    for base, codes in _TCVN3_TONED.items():
        for mark, code in zip(_TONE_MARKS, codes, strict=True):
            table[unicodedata.normalize("NFC", base + mark)] = code
    return table


def _vni_table() -> dict[str, str]:
    """Unicode letter (lower and upper case) -> VNI characters."""
    lower: dict[str, str] = {"â": "aâ", "ê": "eâ", "ô": "oâ", "ă": "aê", **_VNI_SINGLE}
    for base in "aeouyơư":
        for mark, code in zip(_TONE_MARKS, _VNI_TONE, strict=True):
            lower[unicodedata.normalize("NFC", base + mark)] = lower.get(base, base) + code
    for base in "âêô":
        for mark, code in zip(_TONE_MARKS, _VNI_CIRCUMFLEX_TONE, strict=True):
            lower[unicodedata.normalize("NFC", base + mark)] = (
                base.replace("â", "a").replace("ê", "e").replace("ô", "o") + code
            )
    for mark, code in zip(_TONE_MARKS, _VNI_BREVE_TONE, strict=True):
        lower[unicodedata.normalize("NFC", "ă" + mark)] = "a" + code
    for mark, code in zip(_TONE_MARKS, _VNI_I, strict=True):
        lower[unicodedata.normalize("NFC", "i" + mark)] = code
    table = dict(lower)
    for letter, code in lower.items():
        table[letter.upper()] = code.upper()
    return table


TCVN3_ENCODE = _tcvn3_table()
TCVN3_DECODE = {code: letter for letter, code in TCVN3_ENCODE.items()}
VNI_ENCODE = _vni_table()
# VNI sequences, longest first: "oä" (ộ) before "o". A mark after a capital may be typed in
# either case ("AÙ", "Aù"): the base letter decides the case.
VNI_DECODE: dict[str, str] = {}
for _letter, _code in VNI_ENCODE.items():
    VNI_DECODE[_code] = _letter
    if len(_code) == 2:
        VNI_DECODE.setdefault(_code[0] + _code[1].swapcase(), _letter)
# A toned i is one character in VNI, but some keyboards type i + the tone mark ("iø"): read both.
for _mark, _tone in zip(_TONE_MARKS, _VNI_TONE, strict=True):
    for _i in "iI":
        for _code in (_i + _tone, _i + _tone.swapcase()):
            VNI_DECODE.setdefault(_code, unicodedata.normalize("NFC", _i + _mark))
_VNI_PATTERN = re.compile("|".join(re.escape(c) for c in sorted(VNI_DECODE, key=len, reverse=True)))


def encode(text: str, encoding: Legacy) -> str:
    """``text`` as the legacy encoding stores it (what an old list holds); for tests and tools."""
    text = unicodedata.normalize("NFC", text)
    if encoding == Legacy.VNI:
        return "".join(VNI_ENCODE.get(ch, ch) for ch in text)
    if encoding == Legacy.TCVN3_UPPER:
        text = text.lower()  # the ".Vn…H" fonts draw the lower-case codes as capitals
    return "".join(TCVN3_ENCODE.get(ch, ch) for ch in text)


def decode(text: str, encoding: Legacy) -> str:
    """Unicode (NFC) text from text typed in ``encoding``; other characters are kept."""
    if encoding == Legacy.VNI:
        converted = _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group(0)], text)
    else:
        converted = "".join(TCVN3_DECODE.get(ch, ch) for ch in text)
        if encoding == Legacy.TCVN3_UPPER:
            converted = converted.upper()
    return unicodedata.normalize("NFC", converted)


def encoding_of_font(font_name: str | None) -> Legacy | None:
    """The legacy encoding a cell's font stands for: ".VnTime" TCVN3, ".VnTimeH" its capitals,
    "VNI-Times" VNI; None for a Unicode font (Times New Roman, Calibri …)."""
    name = (font_name or "").strip()
    if name.lower().startswith(".vn"):
        return Legacy.TCVN3_UPPER if name.endswith("H") else Legacy.TCVN3
    if name.lower().startswith("vni-"):
        return Legacy.VNI
    return None


# -- recognising legacy text without a font -------------------------------------------------

_VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyz"
    + "".join(TCVN3_ENCODE)  # every lower-case toned letter and ă â ê ô ơ ư đ, and their capitals
    + "".join(TCVN3_ENCODE).upper()
)
_WORD = re.compile(r"[^\W\d_]+")
# The symbol slots of Latin-1 (¡ … ¿, ×, ÷): TCVN3 puts letters there; names never need them.
_LATIN1_SYMBOLS = re.compile("[\u00a1-\u00bf\u00d7\u00f7]")


# The vowel groups a Vietnamese syllable can hold, without tones ("gi" and "qu" count their
# i and u here: "giường" has "iươ", "quyết" "uyê"). Text read in the wrong encoding breaks them
# ("Nguyeãn" read as TCVN3 is "Nguyeón": "uyeo").
_NUCLEI = frozenset(
    """a ă â e ê i o ô ơ u ư y
    ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
    ue uă uo io iô iơ iư ie iă iâ ia iu
    iêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu yêu uai uay uao uơi uêu
    iai iao iau iây iay ieo iưa iươ iua ioi iôi iơi iui iêu iươi iươu uyêu""".split()  # noqa: SIM905
)
_VOWELS = frozenset("aăâeêioôơuưy")
_TONES = frozenset(_TONE_MARKS)


def _syllable_ok(word: str) -> bool:
    """At most one tone and one run of vowels, a run that Vietnamese has."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    runs = re.findall(f"[{''.join(_VOWELS)}]+", bare)
    return len(runs) <= 1 and all(run in _NUCLEI for run in runs)


def looks_vietnamese(text: str) -> bool:
    """Every word is made of Vietnamese (or plain Latin) letters, cased as people write (lower,
    UPPER or Capitalized), with at most one tone and a vowel group Vietnamese has: what correct
    Unicode Vietnamese looks like."""
    if _LATIN1_SYMBOLS.search(text):
        return False
    for word in _WORD.findall(text):
        if any(ch.lower() not in _VIETNAMESE_LETTERS for ch in word):
            return False
        if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
            return False
        if not (word.isascii() and word.isupper()) and not _syllable_ok(word):  # "II", "UBND": acronyms
            return False
    return True


def guess_encoding(texts: list[str]) -> Legacy | None:
    """The legacy encoding these texts (cells with no font to tell) were typed in, or None.

    Conservative: only text that does not look like Vietnamese as it is counts, and an encoding
    is proposed when converting makes more of those texts look like Vietnamese than the other one
    does. The import preview shows the result before anything is added.
    """
    odd = [t for t in texts if t and not looks_vietnamese(t)]
    scores = {
        encoding: sum(
            convert_guessed(t, encoding) != t and looks_vietnamese(convert_guessed(t, encoding)) for t in odd
        )
        for encoding in (Legacy.TCVN3, Legacy.VNI)
    }
    best = max(scores, key=lambda e: scores[e])
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    # Legacy text reaches us as Latin-1 characters only: Vietnamese with ư, ạ, đ … is Unicode
    # already, and weighs against a guess. A list typed in Unicode with one name that is no
    # Vietnamese syllable (H'Yim Niê) stays as it is; a legacy list with a heading retyped in
    # Unicode is still converted.
    unicode_already = sum(1 for t in texts if t and not is_8bit(t) and looks_vietnamese(t))
    if scores[best] <= unicode_already:
        return None
    return best


def convert_guessed(text: str, encoding: Legacy) -> str:
    """``text`` converted from a guessed encoding. TCVN3 text with no font may have been typed
    for an upper-case font ("NGUYÔN V¡N H¶I"): upper case when only that reads as Vietnamese."""
    converted = decode(text, encoding)
    if converted == text:
        return text  # nothing in it is a legacy code: plain Latin letters stay as they are
    if encoding == Legacy.TCVN3 and not looks_vietnamese(converted):
        upper = converted.upper()
        if looks_vietnamese(upper):
            return upper
    return converted


def is_odd(text: str) -> bool:
    """Text that does not read as Vietnamese as it is: a sign of a legacy encoding."""
    return bool(text) and not looks_vietnamese(text)


def is_8bit(text: str) -> bool:
    """Legacy text reaches us as Latin-1 characters only: a character beyond them (ư, ạ …) means
    the text is Unicode already, whatever its font says."""
    return all(ord(ch) < 0x100 for ch in text)


_VNI_SEQUENCES = re.compile("|".join(re.escape(c) for c in VNI_DECODE if len(c) > 1))


def should_convert(text: str, encoding: Legacy) -> bool:
    """Whether a cell without a legacy font, in a file guessed to be in ``encoding``, is converted:
    it must be 8-bit text that reads as Vietnamese once converted, and either not read as
    Vietnamese now, or (VNI) hold a base letter followed by a VNI mark ("Voõ Thò" is Võ Thị)."""
    if not text or not is_8bit(text):
        return False
    converted = convert_guessed(text, encoding)
    if converted == text or not looks_vietnamese(converted):
        return False
    return is_odd(text) or (encoding == Legacy.VNI and bool(_VNI_SEQUENCES.search(text)))
