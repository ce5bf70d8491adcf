"""Scoring the member units (chấm điểm thi đua): the scoring table, the scores, the ranking.

The **scoring table** is a tree: groups (nhóm) hold criteria (tiêu chí) and other groups. A
group's maximum and score are the sums of its members' (a penalty has a limit, not a maximum:
it only takes points away). Each criterion has a kind:

- ``target`` (chỉ tiêu): the unit reports what it achieved against the target. Below the target
  it gets the points pro rata up to half the maximum, at the target half, the best unit over
  the target the full maximum, the others over the target pro rata between half and full
  (between the target and the best result);
- ``pass_fail`` (đạt / không đạt): the maximum or nothing;
- ``count`` (theo số lần): points per occurrence, up to the maximum;
- ``bonus`` (điểm thưởng) and ``penalty`` (điểm trừ): points given or taken, within the limit.

Each unit's **self-score** (tự chấm, from its workbook: core/scoring_excel.py) and the
cluster's **reviewed score** (điểm thẩm định) are both kept; the reviewed one decides, and a
reviewed value that differs from the self-score carries a note saying why. Scores are exact
fractions; they are shown with 2 decimals, rounded half up.

The **ranking** orders the units by total; equal totals share a rank (đồng hạng). The tie rule
is a setting: the meeting decides (default), or collectives with at least 70 % women go first
(Nghị định 152/2025/NĐ-CP, Điều 4), which still leaves a tie among equals.

Every write goes through the meeting file's transaction with its audit event.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from core.errors import DamagedValueError, ValidationError
from core.said import Said
from core.storage import MeetingFile
from core.text import clean, fold, text_problem

MAX_CODE = 20
MAX_TITLE = 500
MAX_MEASURE = 50
MAX_NOTE = 500
MAX_ITEMS = 500
MAX_POINTS = Fraction(10_000)
MAX_VALUE = Fraction(10**9)
TIE_RULE_KEY = "scoring.tie_rule"
WOMEN_SHARE = Fraction(70, 100)  # Nghị định 152/2025/NĐ-CP, Điều 4: tập thể có từ 70 % nữ trở lên


class Kind(StrEnum):
    GROUP = "group"
    TARGET = "target"
    PASS_FAIL = "pass_fail"
    COUNT = "count"
    BONUS = "bonus"
    PENALTY = "penalty"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def is_criterion(self) -> bool:
        return self is not Kind.GROUP


KIND_LABELS: dict[Kind, str] = {  # the words of the Excel table's "Loại" column, too
    Kind.GROUP: Said("Nhóm"),
    Kind.TARGET: Said("Theo chỉ tiêu"),
    Kind.PASS_FAIL: Said("Đạt / không đạt"),
    Kind.COUNT: Said("Theo số lần"),
    Kind.BONUS: Said("Điểm thưởng"),
    Kind.PENALTY: Said("Điểm trừ"),
}


class TieRule(StrEnum):
    MEETING = "meeting"  # the meeting decides among equal totals
    WOMEN = "women70"  # collectives with >= 70 % women first (NĐ 152/2025/NĐ-CP, Điều 4)

    @property
    def label(self) -> str:
        if self is TieRule.WOMEN:
            return Said(
                "Ưu tiên tập thể có từ 70 % nữ trở lên (Nghị định 152/2025/NĐ-CP, Điều 4), còn bằng thì hội "
                "nghị quyết định"
            )
        return Said("Hội nghị quyết định")


# -- numbers ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_number(text: str) -> Fraction | None:
    """A number as people type it ("12", "12.5", "12,5"); None when it is not one."""
    cleaned = clean(text).replace(" ", "")
    if not _NUMBER.match(cleaned):
        return None
    try:
        return Fraction(Decimal(cleaned.replace(",", ".")))
    except (InvalidOperation, ValueError):
        return None


def decimal_text(value: Fraction | None, places: int = 2) -> str:
    """``value`` with at most ``places`` decimals (rounded half up), trailing zeros dropped,
    decimal comma as Vietnamese writes it ("12,5"); "" for None."""
    if value is None:
        return ""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(shown.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",")


def points_text(value: Fraction) -> str:
    """Points as printed: always 2 decimals ("87,50")."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return format(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), "f").replace(".", ",")


def stored(value: Fraction | None) -> str | None:
    """How a number is kept in the file: its exact fraction ("25/2"), None when absent."""
    return None if value is None else str(value)


@lru_cache(maxsize=4096)
def _fraction(text: str) -> Fraction:
    return Fraction(text)


def _read_fraction(text: str | None, where: str) -> Fraction | None:
    if text is None:
        return None
    try:
        return _fraction(text)
    except (ValueError, ZeroDivisionError) as error:
        raise DamagedValueError(Said('Giá trị {0} trong tệp không đọc được: "{1}".', where, text)) from error


# -- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A group or a criterion of the scoring table. ``parent`` is the code of its group."""

    code: str
    title: str
    kind: Kind
    max_points: Fraction = Fraction(0)  # a group's is the sum of its members' (see Table.maximum)
    parent: str | None = None
    target: Fraction | None = None  # TARGET: the target to reach
    per: Fraction | None = None  # COUNT: points per occurrence
    measure: str = ""  # what the target or the count is counted in ("văn bản", "%", "lần")
    id: int | None = None


@dataclass(frozen=True)
class Table:
    """The scoring table, items in order: each group before its members (depth first)."""

    items: tuple[Item, ...] = ()
    _children: dict[str | None, tuple[Item, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        children: dict[str | None, list[Item]] = {}
        for item in self.items:
            children.setdefault(item.parent, []).append(item)
        object.__setattr__(self, "_children", {k: tuple(v) for k, v in children.items()})

    def children(self, code: str | None) -> tuple[Item, ...]:
        return self._children.get(code, ())

    @property
    def criteria(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind.is_criterion)

    def item(self, code: str) -> Item:
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(code)

    def depth(self, item: Item) -> int:
        depth, parent = 0, item.parent
        codes = {i.code: i for i in self.items}
        while parent is not None and parent in codes and depth < len(self.items):
            depth, parent = depth + 1, codes[parent].parent
        return depth

    def maximum(self, item: Item | None = None) -> Fraction:
        """The most points ``item`` can give (a group: the sum of its members' but penalties;
        None: the whole table's)."""
        if item is not None and item.kind is not Kind.GROUP:
            return Fraction(0) if item.kind is Kind.PENALTY else item.max_points
        members = self.children(None if item is None else item.code)
        return sum((self.maximum(m) for m in members), Fraction(0))


def ordered(items: Sequence[Item]) -> tuple[Item, ...]:
    """Items depth first, each group followed by its members, keeping their relative order."""
    by_parent: dict[str | None, list[Item]] = {}
    for item in items:
        by_parent.setdefault(item.parent, []).append(item)
    out: list[Item] = []

    def walk(parent: str | None, depth: int) -> None:
        if depth > len(items):
            return
        for item in by_parent.get(parent, []):
            out.append(item)
            walk(item.code, depth + 1)

    walk(None, 0)
    return tuple(out)


def table_problems(items: Sequence[Item]) -> list[str]:
    """Vietnamese messages naming each wrong item; [] when the table can be saved."""
    problems: list[str] = []
    if len(items) > MAX_ITEMS:
        problems.append(Said("Bảng điểm có {0} mục, nhiều hơn mức cho phép ({1}).", len(items), MAX_ITEMS))
    codes: dict[str, Item] = {}
    for number, item in enumerate(items, start=1):
        name = item.code or Said("(mục thứ {0})", number)
        if not clean(item.code):
            problems.append(Said("Mục thứ {0} của bảng điểm chưa có mã (số thứ tự).", number))
        elif fold(item.code) in {fold(c) for c in codes}:
            problems.append(Said('Mã "{0}" trùng với một mục khác của bảng điểm.', item.code))
        for label, value, limit in (
            (Said("Mã"), item.code, MAX_CODE),
            (Said("Nội dung"), item.title, MAX_TITLE),
            (Said("Đơn vị tính"), item.measure, MAX_MEASURE),
        ):
            problem = text_problem(value, limit)
            if problem:
                problems.append(Said('Mục "{0}", trường "{1}": {2}.', name, label, problem))
        if not clean(item.title):
            problems.append(Said('Mục "{0}" chưa có nội dung.', name))
        if item.kind.is_criterion and not 0 < item.max_points <= MAX_POINTS:
            problems.append(
                Said('Tiêu chí "{0}": điểm tối đa phải lớn hơn 0 và không quá {1}.', name, MAX_POINTS)
            )
        if item.kind is Kind.TARGET and (item.target is None or item.target <= 0):
            problems.append(Said('Tiêu chí "{0}" (theo chỉ tiêu): chỉ tiêu phải là một số lớn hơn 0.', name))
        if item.kind is Kind.COUNT and (item.per is None or item.per <= 0):
            problems.append(
                Said('Tiêu chí "{0}" (theo số lần): điểm mỗi lần phải là một số lớn hơn 0.', name)
            )
        if item.parent is not None:
            parent = codes.get(item.parent)
            if parent is None:
                problems.append(
                    Said('Mục "{0}" thuộc nhóm "{1}", nhưng không có nhóm đó ở phía trên.', name, item.parent)
                )
            elif parent.kind is not Kind.GROUP:
                problems.append(
                    Said(
                        'Mục "{0}" thuộc "{1}", nhưng "{1}" là một tiêu chí, không phải nhóm.',
                        name,
                        item.parent,
                    )
                )
        codes.setdefault(item.code, item)
    has_members = {i.parent for i in items}
    for item in items:
        if item.kind is Kind.GROUP and item.code not in has_members:
            problems.append(Said('Nhóm "{0}" chưa có tiêu chí nào.', item.code))
    return problems


# -- values and points -------------------------------------------------------------------------

PASS_WORDS = {"dat", "x", "1", "co", "yes", "pass"}
FAIL_WORDS = {"khong dat", "0", "khong", "no", "fail", "chua dat"}


def parse_value(item: Item, text: str) -> tuple[Fraction | None, str | None]:
    """What a unit reports for ``item``, typed as ``text``: (value, None), (None, None) for
    an empty cell, or (None, the Vietnamese reason it is refused)."""
    raw = clean(text)
    if not raw:
        return None, None
    if item.kind is Kind.PASS_FAIL:
        folded = fold(raw)
        if folded in PASS_WORDS:
            return Fraction(1), None
        if folded in FAIL_WORDS:
            return Fraction(0), None
        return None, Said('"{0}" không phải "Đạt" hoặc "Không đạt"', raw)
    value = parse_number(raw)
    if value is None:
        return None, Said('"{0}" không phải một số', raw)
    return value, value_problem(item, value)


def value_problem(item: Item, value: Fraction) -> str | None:
    """Why ``value`` cannot be what a unit reports for ``item``; None when it can."""
    if item.kind is Kind.GROUP:
        return Said("đây là một nhóm, điểm của nhóm là tổng điểm các tiêu chí")
    if value < 0:
        return Said("không được là số âm")
    if value > MAX_VALUE:
        return Said("số quá lớn")
    if item.kind is Kind.PASS_FAIL and value not in (0, 1):
        return Said('chỉ ghi "Đạt" hoặc "Không đạt"')
    if item.kind is Kind.COUNT and value.denominator != 1:
        return Said("số lần phải là số nguyên")
    if item.kind in (Kind.BONUS, Kind.PENALTY) and value > item.max_points:
        return Said("vượt giới hạn {0} điểm", decimal_text(item.max_points))
    if value.denominator > 1000:
        return Said("chỉ ghi tối đa 3 chữ số thập phân")
    return None


def value_text(item: Item, value: Fraction | None) -> str:
    """A reported value as it is shown and written back into a workbook."""
    if value is None:
        return ""
    if item.kind is Kind.PASS_FAIL:
        return "Đạt" if value else "Không đạt"
    return decimal_text(value, 3)


def criterion_points(item: Item, value: Fraction | None, best: Fraction | None = None) -> Fraction:
    """The points ``value`` earns on ``item``. ``best``: for a target, the best value any unit
    reached (only used when ``value`` is over the target)."""
    if value is None or item.kind is Kind.GROUP:
        return Fraction(0)
    top = item.max_points
    if item.kind is Kind.TARGET:
        target = item.target or Fraction(0)
        half = top / 2
        if target <= 0 or value == target:
            return half if value <= target else top
        if value < target:
            return half * value / target
        if best is None or value >= best:
            return top
        return half + half * (value - target) / (best - target)
    if item.kind is Kind.PASS_FAIL:
        return top if value else Fraction(0)
    if item.kind is Kind.COUNT:
        return min(value * (item.per or Fraction(0)), top)
    if item.kind is Kind.BONUS:
        return min(value, top)
    return -min(value, top)  # PENALTY


@dataclass(frozen=True)
class Scores:
    """The points of every unit on every item (groups included) and each unit's total."""

    points: dict[tuple[str, int], Fraction]  # (item code, unit id) -> points
    totals: dict[int, Fraction]
    missing: dict[int, tuple[str, ...]]  # unit id -> codes of criteria with no value

    def of(self, code: str, unit_id: int) -> Fraction:
        return self.points.get((code, unit_id), Fraction(0))


def compute(
    table: Table,
    values: Mapping[tuple[str, int], Fraction | None],
    unit_ids: Iterable[int],
    like: Scores | None = None,
    same: Collection[str] = (),
) -> Scores:
    """Every unit's points from the values that decide (reviewed, else self-scored).
    ``like``: scores already computed from values that are the same for the criteria ``same``,
    whose points are taken from it."""
    units = list(unit_ids)
    points: dict[tuple[str, int], Fraction] = {}
    missing: dict[int, list[str]] = {u: [] for u in units}
    for item in table.criteria:
        reported = {u: values.get((item.code, u)) for u in units}
        if like is not None and item.code in same:
            for unit, value in reported.items():
                if value is None:
                    missing[unit].append(item.code)
                points[(item.code, unit)] = like.points[(item.code, unit)]
            continue
        target = item.target or Fraction(0)
        over = [v for v in reported.values() if v is not None and v > target]
        best = max(over) if over else None
        for unit, value in reported.items():
            if value is None:
                missing[unit].append(item.code)
            points[(item.code, unit)] = criterion_points(item, value, best)
    for item in reversed(table.items):  # members come after their group: sum bottom up
        if item.kind is Kind.GROUP:
            members = table.children(item.code)
            for unit in units:
                points[(item.code, unit)] = Fraction(sum(points[(m.code, unit)] for m in members))
    roots = table.children(None)
    totals = {u: Fraction(sum(points[(r.code, u)] for r in roots)) for u in units}
    return Scores(points, totals, {u: tuple(c) for u, c in missing.items()})


# -- ranking -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankLine:
    unit_id: int
    total: Fraction
    rank: int  # 1 = first; equal ranks are a tie
    tied: tuple[int, ...]  # the other units of the same rank, in official order
    women: bool  # a collective with at least 70 % women
    by_rule: bool  # its rank was decided by the tie rule (a unit of equal total ranks after it)


def women_share_met(women: int | None, staff: int | None) -> bool:
    """At least 70 % of the collective are women (integers: never a float)."""
    if women is None or not staff:
        return False
    return Fraction(women, staff) >= WOMEN_SHARE


def rank(
    totals: Mapping[int, Fraction],
    order: Mapping[int, int],
    rule: TieRule = TieRule.MEETING,
    women: Collection[int] = (),
) -> list[RankLine]:
    """The units by total, best first; equals share a rank. ``order`` is each unit's position
    in the official order (how equals are listed); ``women``: units with >= 70 % women,
    which go first among equals under ``TieRule.WOMEN``. Whatever order ``totals`` is given
    in, the result is the same."""

    def key(unit: int) -> tuple[Fraction, int]:
        favoured = rule is TieRule.WOMEN and unit in women
        return (-totals[unit], 0 if favoured else 1)

    keys = {u: key(u) for u in totals}
    units = sorted(totals, key=lambda u: (keys[u], order.get(u, 0), u))
    lines: list[RankLine] = []
    for unit in units:
        mine = keys[unit]
        better = sum(1 for other in units if keys[other] < mine)
        same = tuple(o for o in units if o != unit and keys[o] == mine)
        by_rule = rule is TieRule.WOMEN and any(
            totals[o] == totals[unit] and keys[o] != mine for o in units if o != unit
        )
        lines.append(RankLine(unit, totals[unit], better + 1, same, unit in women, by_rule))
    return lines


def proposal(lines: Sequence[RankLine], count: int, excluded: Collection[int] = ()) -> list[int]:
    """The units the ranking proposes for a title: the first ``count`` of those not
    ``excluded`` (honoured by an earlier title), and every unit tied with the last of them
    (the vote decides among equals). ``count`` 0: every unit not excluded."""
    remaining = [line for line in lines if line.unit_id not in excluded]
    if count <= 0 or count >= len(remaining):
        return [line.unit_id for line in remaining]
    last = remaining[count - 1]
    return [line.unit_id for line in remaining[:count]] + [
        line.unit_id for line in remaining[count:] if line.total == last.total and line.rank == last.rank
    ]


# -- the file: the table -------------------------------------------------------------------------


def load_table(db: MeetingFile) -> Table:
    rows = db.conn.execute(
        "SELECT i.id, i.code, i.title, i.kind, i.max_points, p.code, i.target, i.per_occurrence, i.measure "
        "FROM score_item i LEFT JOIN score_item p ON p.id = i.parent_id ORDER BY i.position, i.id"
    ).fetchall()
    items = []
    for iid, code, title, kind, top, parent, target, per, measure in rows:
        where = Said("của mục {0} (bảng score_item, id={1})", code, iid)
        items.append(
            Item(
                code=code,
                title=title,
                kind=Kind(kind),
                max_points=_read_fraction(top, where) or Fraction(0),
                parent=parent,
                target=_read_fraction(target, where),
                per=_read_fraction(per, where),
                measure=measure,
                id=iid,
            )
        )
    return Table(ordered(items))


def _cleaned(item: Item) -> Item:
    return Item(
        code=clean(item.code),
        title=clean(item.title),
        kind=item.kind,
        max_points=Fraction(0) if item.kind is Kind.GROUP else item.max_points,
        parent=clean(item.parent) or None if item.parent is not None else None,
        target=item.target if item.kind is Kind.TARGET else None,
        per=item.per if item.kind is Kind.COUNT else None,
        measure=clean(item.measure),
    )


def has_values(db: MeetingFile) -> bool:
    return db.conn.execute("SELECT 1 FROM score_value LIMIT 1").fetchone() is not None


def save_table(db: MeetingFile, items: Sequence[Item], source: str = "") -> Table:
    """Replace the scoring table with ``items`` (in their order), as one action.

    Values already scored are kept for every criterion whose code and kind stay; those of a
    criterion removed, or changed in kind, go with it (the action's event says which)."""
    cleaned = [_cleaned(i) for i in items]
    problems = table_problems(cleaned)
    if problems:
        raise ValidationError(problems)
    new = ordered(cleaned)
    details: dict = {"source": source, "items": len(new)}
    with db.transaction("scoring.table", details) as conn:
        old = {code: (iid, kind) for iid, code, kind in conn.execute("SELECT id, code, kind FROM score_item")}
        keep = {i.code: old[i.code][0] for i in new if i.code in old and old[i.code][1] == i.kind.value}
        dropped = sorted(set(old) - set(keep))
        details["dropped"] = dropped
        conn.execute(
            f"DELETE FROM score_value WHERE item_id NOT IN ({', '.join('?' * len(keep))})",
            tuple(keep.values()),
        )
        conn.execute("UPDATE score_item SET parent_id = NULL")
        conn.execute(
            f"DELETE FROM score_item WHERE id NOT IN ({', '.join('?' * len(keep))})", tuple(keep.values())
        )
        conn.execute("UPDATE score_item SET code = '~' || id")  # free the codes while rewriting
        ids: dict[str, int] = {}
        for position, item in enumerate(new, start=1):
            values = (
                position,
                item.code,
                item.title,
                item.kind.value,
                stored(item.max_points),
                stored(item.target),
                stored(item.per),
                item.measure,
            )
            if item.code in keep:
                ids[item.code] = keep[item.code]
                conn.execute(
                    "UPDATE score_item SET position = ?, code = ?, title = ?, kind = ?, max_points = ?, "
                    "target = ?, per_occurrence = ?, measure = ? WHERE id = ?",
                    (*values, keep[item.code]),
                )
            else:
                cursor = conn.execute(
                    "INSERT INTO score_item (position, code, title, kind, max_points, target, per_occurrence, "
                    "measure) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                ids[item.code] = int(cursor.lastrowid or 0)
        for item in new:
            if item.parent is not None:
                conn.execute(
                    "UPDATE score_item SET parent_id = ? WHERE id = ?", (ids[item.parent], ids[item.code])
                )
    return load_table(db)


# -- the file: values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One unit's values on one criterion: its own, the cluster's reviewed one, the note."""

    self_value: Fraction | None = None
    reviewed: Fraction | None = None
    note: str = ""

    @property
    def deciding(self) -> Fraction | None:
        return self.reviewed if self.reviewed is not None else self.self_value

    @property
    def changed(self) -> bool:
        return self.reviewed is not None and self.reviewed != self.self_value


def load_entries(db: MeetingFile) -> dict[tuple[str, int], Entry]:
    rows = db.conn.execute(
        "SELECT i.code, v.unit_id, v.self_value, v.reviewed_value, v.note FROM score_value v "
        "JOIN score_item i ON i.id = v.item_id"
    )
    out = {}
    for code, unit, own, reviewed, note in rows:
        where = Said("của tiêu chí {0}, đơn vị id={1} (bảng score_value)", code, unit)
        out[(code, unit)] = Entry(_read_fraction(own, where), _read_fraction(reviewed, where), note)
    return out


def _item_id(db: MeetingFile, code: str) -> int:
    row = db.conn.execute("SELECT id FROM score_item WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise ValidationError(Said('Bảng điểm không có tiêu chí "{0}".', code))
    return int(row[0])


def _unit_name(db: MeetingFile, unit_id: int) -> str:
    row = db.conn.execute("SELECT short_name FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise ValidationError(Said("Đơn vị không còn trong hội nghị."))
    return str(row[0])


def set_self_values(
    db: MeetingFile,
    unit_id: int,
    values: Mapping[str, Fraction | None],
    source: str = "",
    figures: tuple[int | None, int | None] | None = None,
) -> None:
    """A unit's self-scores (criterion code -> value), as one action: all of them or, on any
    value its criterion refuses, none. ``figures``: (women, staff) from the same workbook."""
    table = load_table(db)
    name = _unit_name(db, unit_id)
    problems: list[str] = []
    for code, value in values.items():
        try:
            item = table.item(code)
        except KeyError:
            problems.append(Said('Bảng điểm không có tiêu chí "{0}".', code))
            continue
        problem = None if value is None else value_problem(item, value)
        if problem:
            problems.append(Said('Tiêu chí "{0}": {1}.', code, problem))
    if figures is not None:
        problems.extend(_figures_problems(name, *figures))
    if problems:
        raise ValidationError(problems)
    details: dict[str, object] = {
        "unit": name,
        "source": source,
        "values": {c: stored(v) for c, v in values.items()},
    }
    if figures is not None:
        details["women"], details["staff"] = figures
    with db.transaction("scoring.self", details) as conn:
        for code, value in values.items():
            item_id = table.item(code).id
            conn.execute(
                "INSERT INTO score_value (item_id, unit_id, self_value) VALUES (?, ?, ?) "
                "ON CONFLICT (item_id, unit_id) DO UPDATE SET self_value = excluded.self_value",
                (item_id, unit_id, stored(value)),
            )
        conn.execute(
            "INSERT INTO score_unit (unit_id, self_source) VALUES (?, ?) "
            "ON CONFLICT (unit_id) DO UPDATE SET self_source = excluded.self_source",
            (unit_id, source),
        )
        if figures is not None and figures != (None, None):
            conn.execute("UPDATE score_unit SET women = ?, staff = ? WHERE unit_id = ?", (*figures, unit_id))


def set_reviewed(db: MeetingFile, code: str, unit_id: int, value: Fraction | None, note: str) -> None:
    """The cluster's reviewed value of one criterion for one unit (None: the self-score
    decides again). A value that differs from the self-score needs a note saying why."""
    table = load_table(db)
    try:
        item = table.item(code)
    except KeyError:
        raise ValidationError(Said('Bảng điểm không có tiêu chí "{0}".', code)) from None
    name = _unit_name(db, unit_id)
    note = clean(note)
    problems = []
    if value is not None:
        problem = value_problem(item, value)
        if problem:
            problems.append(Said('Điểm thẩm định của {0}, tiêu chí "{1}": {2}.', name, code, problem))
    problem = text_problem(note, MAX_NOTE)
    if problem:
        problems.append(Said('Ghi chú của {0}, tiêu chí "{1}": {2}.', name, code, problem))
    own = load_entries(db).get((code, unit_id), Entry()).self_value
    if value is not None and value != own and not note:
        problems.append(
            Said(
                'Điểm thẩm định của {0}, tiêu chí "{1}" khác điểm tự chấm: phải ghi lý do điều chỉnh.',
                name,
                code,
            )
        )
    if problems:
        raise ValidationError(problems)
    details = {"unit": name, "code": code, "reviewed": stored(value), "note": note}
    with db.transaction("scoring.review", details) as conn:
        conn.execute(
            "INSERT INTO score_value (item_id, unit_id, reviewed_value, note) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (item_id, unit_id) DO UPDATE SET reviewed_value = excluded.reviewed_value, "
            "note = excluded.note",
            (_item_id(db, code), unit_id, stored(value), note),
        )


@dataclass(frozen=True)
class UnitFacts:
    women: int | None = None
    staff: int | None = None
    self_source: str = ""  # the workbook the self-scores came from

    @property
    def women_share_met(self) -> bool:
        return women_share_met(self.women, self.staff)


def unit_facts(db: MeetingFile) -> dict[int, UnitFacts]:
    rows = db.conn.execute("SELECT unit_id, women, staff, self_source FROM score_unit")
    return {u: UnitFacts(w, s, src) for u, w, s, src in rows}


def _figures_problems(name: str, women: int | None, staff: int | None) -> list[str]:
    if (women is None) != (staff is None):
        return [Said("{0}: ghi cả số cán bộ nữ và tổng số cán bộ, hoặc để trống cả hai.", name)]
    if women is not None and staff is not None and not 0 <= women <= staff:
        return [Said("{0}: số cán bộ nữ phải từ 0 đến tổng số cán bộ ({1}).", name, staff)]
    return []


def set_women(db: MeetingFile, unit_id: int, women: int | None, staff: int | None) -> None:
    """How many of a unit's staff are women (for the 70 % tie rule)."""
    name = _unit_name(db, unit_id)
    problems = _figures_problems(name, women, staff)
    if problems:
        raise ValidationError(problems)
    with db.transaction("scoring.women", {"unit": name, "women": women, "staff": staff}) as conn:
        conn.execute(
            "INSERT INTO score_unit (unit_id, women, staff) VALUES (?, ?, ?) "
            "ON CONFLICT (unit_id) DO UPDATE SET women = excluded.women, staff = excluded.staff",
            (unit_id, women, staff),
        )


def tie_rule(db: MeetingFile) -> TieRule:
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?", (TIE_RULE_KEY,)).fetchone()
    try:
        return TieRule(row[0]) if row else TieRule.MEETING
    except ValueError:
        return TieRule.MEETING


def set_tie_rule(db: MeetingFile, rule: TieRule) -> None:
    with db.transaction("scoring.tie_rule", {"rule": rule.value}) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (TIE_RULE_KEY, rule.value),
        )


# -- what the screens and documents show -------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    """The scoring of the whole meeting: table, entries, points of both kinds, ranking."""

    table: Table
    unit_ids: tuple[int, ...]  # official order
    names: dict[int, str]
    entries: dict[tuple[str, int], Entry]
    scores: Scores  # from the deciding values
    self_scores: Scores  # from the self-scores alone
    ranking: tuple[RankLine, ...]
    rule: TieRule
    facts: dict[int, UnitFacts]

    def line(self, unit_id: int) -> RankLine:
        return next(line for line in self.ranking if line.unit_id == unit_id)


def standing(db: MeetingFile) -> Standing:
    table = load_table(db)
    units = db.conn.execute("SELECT id, short_name, position FROM unit ORDER BY position").fetchall()
    ids = tuple(u for u, _n, _p in units)
    entries = load_entries(db)
    deciding = {key: e.deciding for key, e in entries.items()}
    own = {key: e.self_value for key, e in entries.items()}
    scores = compute(table, deciding, ids)
    changed = {code for (code, _unit), e in entries.items() if e.deciding != e.self_value}
    same = {i.code for i in table.criteria} - changed
    self_scores = compute(table, own, ids, scores, same) if changed else scores
    facts = unit_facts(db)
    rule = tie_rule(db)
    women = {u for u, f in facts.items() if f.women_share_met}
    lines = rank(scores.totals, {u: p for u, _n, p in units}, rule, women)
    return Standing(
        table,
        ids,
        {u: n for u, n, _p in units},
        entries,
        scores,
        self_scores,
        tuple(lines),
        rule,
        facts,
    )


def add_demo_scoring(db: MeetingFile, data: dict) -> None:
    """The demo conference's scoring table, self-scores, reviews and figures
    (resources/demo/demo_conference.json, "scoring")."""
    items = [
        Item(
            code=row["code"],
            title=row["title"],
            kind=Kind(row["kind"]),
            max_points=Fraction(row.get("max", "0")),
            parent=row.get("parent"),
            target=Fraction(row["target"]) if "target" in row else None,
            per=Fraction(row["per"]) if "per" in row else None,
            measure=row.get("measure", ""),
        )
        for row in data["table"]
    ]
    table = save_table(db, items, source="demo")
    units = {name: uid for uid, name in db.conn.execute("SELECT id, short_name FROM unit")}
    for name, texts in data.get("self", {}).items():
        values = {}
        for code, typed in zip(data["order"], texts, strict=True):
            value, problem = parse_value(table.item(code), typed)
            if problem:
                raise ValidationError(Said("Hội nghị mẫu: {0}, tiêu chí {1}: {2}.", name, code, problem))
            values[code] = value
        women, staff = data.get("women", {}).get(name, (None, None))
        set_self_values(db, units[name], values, source="demo", figures=(women, staff))
    for review in data.get("reviewed", []):
        value, _problem = parse_value(table.item(review["code"]), review["value"])
        set_reviewed(db, review["code"], units[review["unit"]], value, review["note"])
    if data.get("tie_rule"):
        set_tie_rule(db, TieRule(data["tie_rule"]))
