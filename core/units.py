"""Member units of the cluster, in their official order."""

from __future__ import annotations

import re
from collections import Counter

from core.errors import ValidationError
from core.model import Unit
from core.said import Said
from core.storage import MeetingFile
from core.text import clean, fold, text_problem

# The longest names a unit may have: what the ballots, lists and signature blocks are laid out for.
MAX_SHORT_NAME = 100
MAX_FULL_TITLE = 200
# What a cluster of provincial organization boards writes before a unit's short name.
DEFAULT_TITLE_PREFIX = "Ban Tổ chức Tỉnh ủy "
# Cities run by the centre have a Thành ủy, not a Tỉnh ủy (folded, "TP." and "Thành phố" left out).
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
_CITY_WORDS = re.compile(r"^(thanh pho|tp\.?)\s+")
_BOARD_PREFIXES = (("ban", "to", "chuc", "tinh", "uy"), ("ban", "to", "chuc", "thanh", "uy"))  # folded words
_PROVINCE_BODY = re.compile(r"tỉnh (ủy|uỷ)(\s*)$", re.IGNORECASE)


def title_prefix(units: list[Unit]) -> str:
    """What the cluster writes before a unit's short name to make its full title, learnt from
    the units already there: the text most of them have before their short name ("Ban Tổ chức
    Tỉnh ủy " when most are "Ban Tổ chức Tỉnh ủy Khánh Hòa"), else ``DEFAULT_TITLE_PREFIX``.
    The centrally run cities count only when there is nothing else: their "Thành ủy" is the
    exception that ``full_title_for`` makes itself."""
    provinces = [u for u in units if not is_central_city(u.short_name)]
    found: Counter[str] = Counter()
    for unit in provinces or units:
        short, full = clean(unit.short_name), clean(unit.full_title)
        if short and len(full) > len(short) and fold(full).endswith(" " + fold(short)):
            found[full[: len(full) - len(short)]] += 1
    return found.most_common(1)[0][0] if found else DEFAULT_TITLE_PREFIX


def is_central_city(short_name: str) -> bool:
    """Hà Nội, TP. Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế: a Thành ủy, not a Tỉnh ủy."""
    return _CITY_WORDS.sub("", fold(short_name)) in _CENTRAL_CITIES


def full_title_for(short_name: str, prefix: str = DEFAULT_TITLE_PREFIX) -> str:
    """The full title the cluster's pattern gives a short name: ``prefix`` + the name, with
    "Thành ủy" for a city run by the centre where the pattern says "Tỉnh ủy" ("Ban Tổ chức
    Thành ủy Đà Nẵng"). Empty for an empty name. The user may always write another."""
    short = clean(short_name)
    if not short:
        return ""
    if is_central_city(short):
        prefix = _PROVINCE_BODY.sub(_city_body, prefix)
    return prefix + short


def short_name_from_title(full_title: str) -> str:
    """The short name inside a full title written the usual way ("Ban Tổ chức Tỉnh ủy Khánh
    Hòa" -> "Khánh Hòa", "Ban Tổ chức Thành ủy Đà Nẵng" -> "Đà Nẵng"), or "" when it is not."""
    words = clean(full_title).split(" ")
    for prefix in _BOARD_PREFIXES:
        length = len(prefix)
        if len(words) > length and fold(" ".join(words[:length])).split() == list(prefix):
            return " ".join(words[length:])
    return ""


def _city_body(match: re.Match[str]) -> str:
    """ "Tỉnh ủy" -> "Thành ủy", in the case it was written ("TỈNH ỦY" -> "THÀNH ỦY")."""
    province = match.group(0)[:4]
    city = "THÀNH" if province.isupper() else "Thành" if province[0].isupper() else "thành"
    return f"{city} {match.group(1)}{match.group(2)}"


def list_units(db: MeetingFile) -> list[Unit]:
    rows = db.conn.execute("SELECT id, short_name, full_title, position FROM unit ORDER BY position")
    return [Unit(id=i, short_name=s, full_title=f, position=p) for i, s, f, p in rows]


def get_unit(db: MeetingFile, unit_id: int) -> Unit:
    """The unit, or ValidationError when it was deleted meanwhile."""
    unit = next((u for u in list_units(db) if u.id == unit_id), None)
    if unit is None:
        raise ValidationError(Said("Đơn vị không còn trong hội nghị."))
    return unit


def validate_unit(db: MeetingFile, unit: Unit) -> list[str]:
    errors: list[str] = []
    short, full = clean(unit.short_name), clean(unit.full_title)
    if not short:
        errors.append(Said('Trường "Tên ngắn" của đơn vị không được để trống.'))
    if not full:
        errors.append(Said('Trường "Tên đầy đủ" của đơn vị không được để trống.'))
    for label, value, max_len in (
        (Said("Tên ngắn"), short, MAX_SHORT_NAME),
        (Said("Tên đầy đủ"), full, MAX_FULL_TITLE),
    ):
        problem = text_problem(value, max_len)
        if problem:
            errors.append(Said('Trường "{0}" của đơn vị: {1}.', label, problem))
    for other in list_units(db):
        if other.id == unit.id:
            continue
        if short and fold(other.short_name) == fold(short):
            errors.append(Said('Đã có đơn vị tên ngắn "{0}".', other.short_name))
        if full and fold(other.full_title) == fold(full):
            errors.append(Said('Đã có đơn vị "{0}".', other.full_title))
    return errors


def add_unit(db: MeetingFile, unit: Unit) -> Unit:
    short, full = clean(unit.short_name), clean(unit.full_title)
    with db.transaction("unit.add", {"short_name": short, "full_title": full}) as conn:
        errors = validate_unit(db, unit)  # the names are unique in the file as it is now
        if errors:
            raise ValidationError(errors)
        position = (
            unit.position or conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM unit").fetchone()[0]
        )
        conn.execute("UPDATE unit SET position = position + 1 WHERE position >= ?", (position,))
        cursor = conn.execute(
            "INSERT INTO unit (id, short_name, full_title, position) VALUES (?, ?, ?, ?)",
            (unit.id, short, full, position),
        )
    return Unit(short, full, position, cursor.lastrowid)


def add_units(db: MeetingFile, units: list[Unit], source: str = "") -> list[Unit]:
    """Add ``units`` after the last one, in their order, in one transaction: all of them or,
    on any error (checked inside, against the file and the units before), none."""
    details: dict = {"source": source, "count": len(units)}
    added = []
    with db.transaction("units.import", details) as conn:
        for unit in units:
            errors = validate_unit(db, unit)
            if errors:
                raise ValidationError([f"{clean(unit.short_name)}: {e}" for e in errors])
            short, full = clean(unit.short_name), clean(unit.full_title)
            position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM unit").fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO unit (short_name, full_title, position) VALUES (?, ?, ?)",
                (short, full, position),
            )
            added.append(Unit(short, full, position, cursor.lastrowid))
        details["names"] = [u.short_name for u in added]
    return added


def update_unit(db: MeetingFile, unit: Unit) -> None:
    short, full = clean(unit.short_name), clean(unit.full_title)
    with db.transaction("unit.update", {"id": unit.id, "short_name": short, "full_title": full}) as conn:
        errors = validate_unit(db, unit)
        if errors:
            raise ValidationError(errors)
        conn.execute("UPDATE unit SET short_name = ?, full_title = ? WHERE id = ?", (short, full, unit.id))


def delete_unit(db: MeetingFile, unit_id: int) -> Unit:
    """Delete a unit that has nobody in it; returns it so that the deletion can be undone."""
    details: dict = {"id": unit_id}
    with db.transaction("unit.delete", details) as conn:
        unit = get_unit(db, unit_id)
        details["short_name"] = unit.short_name
        members = conn.execute("SELECT COUNT(*) FROM person WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        if members:
            raise ValidationError(
                Said(
                    'Đơn vị "{0}" còn {1} người tham dự. Hãy xóa hoặc chuyển họ sang đơn vị khác trước.',
                    unit.short_name,
                    members,
                )
            )
        # A vote's candidates keep their unit (its results name it): the file would refuse the deletion.
        votes = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT v.title FROM round_candidate rc JOIN vote_round r ON r.id = rc.round_id "
                "JOIN vote v ON v.id = r.vote_id WHERE rc.unit_id = ? ORDER BY v.position, v.id",
                (unit_id,),
            )
        ]
        if votes:
            quoted = ", ".join(f'"{title}"' for title in votes)
            raise ValidationError(
                Said(
                    'Đơn vị "{0}" có trong danh sách của cuộc bầu {1}. Hãy bỏ đơn vị khỏi danh sách cuộc '
                    "bầu (khi cuộc bầu chưa bắt đầu) trước khi xóa.",
                    unit.short_name,
                    quoted,
                )
            )
        conn.execute("DELETE FROM unit WHERE id = ?", (unit_id,))
        conn.execute("UPDATE unit SET position = position - 1 WHERE position > ?", (unit.position,))
    return unit


def move_unit(db: MeetingFile, unit_id: int, new_position: int) -> None:
    """Move a unit to ``new_position`` (1-based) in the official order."""
    details: dict = {"id": unit_id}
    with db.transaction("unit.move", details) as conn:
        order = [u.id for u in list_units(db)]
        if unit_id not in order:
            raise ValidationError(Said("Đơn vị không còn trong hội nghị."))
        new_position = max(1, min(new_position, len(order)))
        details["position"] = new_position
        order.remove(unit_id)
        order.insert(new_position - 1, unit_id)
        # Two passes so the positions never collide midway.
        conn.executemany(
            "UPDATE unit SET position = ? WHERE id = ?", [(-i, u) for i, u in enumerate(order, 1)]
        )
        conn.execute("UPDATE unit SET position = -position")


# How offices shorten a member unit's title, folded (no case, no diacritics): "BTC Tỉnh ủy Kon Tum",
# "Ban TC Tỉnh ủy Kon Tum", "BTCTU Kon Tum", "Ban TCTU Kon Tum", "BTC TU Kon Tum".
_ABBREVIATIONS = {
    "btc": "ban to chuc",
    "btctu": "ban to chuc tinh uy",
    "btcthu": "ban to chuc thanh uy",
    "btctw": "ban to chuc trung uong",
    "tc": "to chuc",
    "tctu": "to chuc tinh uy",
    "tcthu": "to chuc thanh uy",
    "tu": "tinh uy",
    "thu": "thanh uy",
    "tw": "trung uong",
}
_WORDS = re.compile(r"[^\W_]+")
# What precedes a province's name in a member unit's title, to find "BTC Kon Tum" as "Kon Tum".
_TITLE_PREFIXES = ("ban to chuc tinh uy ", "ban to chuc thanh uy ", "ban to chuc ")


def _expanded(text: str) -> str:
    """``text`` folded, punctuation dropped, the usual abbreviations written out."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in _WORDS.findall(fold(text)))


def find_unit(units: list[Unit], text: str) -> Unit | None:
    """The unit whose short name or full title is ``text``, ignoring case, spaces and Unicode form.

    Failing that, a unit that matches without diacritics ("Dak Lak"), then one that matches
    once abbreviations are written out ("BTC Tỉnh ủy Kon Tum", "Ban TC …", "BTCTU Kon Tum",
    "BTC Kon Tum"): each only if exactly one unit matches.
    """
    wanted = clean(text).casefold()
    for unit in units:
        if wanted in (clean(unit.short_name).casefold(), clean(unit.full_title).casefold()):
            return unit
    folded = fold(wanted)
    loose = [u for u in units if folded in (fold(u.short_name), fold(u.full_title))]
    if loose:
        return loose[0] if len(loose) == 1 else None
    expanded = _expanded(text)
    if not expanded:
        return None
    names = expanded
    for prefix in _TITLE_PREFIXES:
        if expanded.startswith(prefix):
            names = expanded.removeprefix(prefix)
            break
    matching = [
        u for u in units if expanded == _expanded(u.full_title) or names in (_expanded(u.short_name),)
    ]
    return matching[0] if len(matching) == 1 else None
