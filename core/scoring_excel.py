"""The scoring table and the units' self-scoring workbooks in Excel (openpyxl).

- **The table** goes out as one sheet (``export_table``) and comes back the same way
  (``read_table_file`` / ``import_table``): one row per group or criterion, its group named by
  code. An import with any error changes nothing and names every wrong cell.
- **A workbook per unit** (``write_unit_workbooks``): the table with a column for the unit to
  fill in, what each criterion asks, and the unit's figures for the tie rule (women, staff).
  The sheet carries a code (``Mã phiếu``) naming the unit and a fingerprint of the table.
- **Returned workbooks** (``import_workbooks``): each is checked whole, every value against its
  criterion; a workbook with any error imports nothing, and each error names its cell and row
  in Vietnamese. The others are imported, each as one action.

Files are read through the importer's bounded reader (core/importer.py): a hostile file is
refused before it can fill the memory.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from core import scoring
from core.errors import ThiDuaError, ValidationError
from core.importer import EXPORT_CREATOR, read_sheet
from core.said import Said
from core.scoring import KIND_LABELS, Item, Kind, Table
from core.storage import MeetingFile
from core.text import clean, fold

TABLE_SHEET = "Bảng điểm"
UNIT_SHEET = "Tự chấm"
TABLE_HEADERS = (
    "Mã",
    "Thuộc nhóm",
    "Nội dung",
    "Loại",
    "Điểm tối đa",
    "Chỉ tiêu",
    "Điểm mỗi lần",
    "Đơn vị tính",
)
UNIT_HEADERS = ("Mã", "Nội dung", "Cách chấm", "Điểm tối đa", "Kết quả của đơn vị", "Đơn vị tính", "Ghi chú")
VALUE_COLUMN = 5  # E: what the unit fills in
FIRST_ROW = 8  # the first row of the table in a unit's workbook
CODE_CELL = (5, 2)  # B5: the workbook's code
_CODE = re.compile(r"^TD-(\d+)-([0-9a-f]{10})$")
_KIND_BY_LABEL = {fold(label): kind for kind, label in KIND_LABELS.items()} | {k.value: k for k in Kind}


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def fingerprint(table: Table) -> str:
    """Ten hex digits that change whenever a criterion's code, kind or figures change."""
    parts = [
        "|".join([i.code, i.kind.value, str(i.max_points), str(i.target), str(i.per), str(i.parent)])
        for i in table.items
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:10]


def how_scored(item: Item) -> str:
    """What a criterion asks of the unit, in a sentence for its workbook and its sheet."""
    top = scoring.decimal_text(item.max_points)
    if item.kind is Kind.TARGET:
        return (
            f"Chỉ tiêu {scoring.decimal_text(item.target)} {item.measure}".rstrip()
            + f": đạt chỉ tiêu {scoring.decimal_text(item.max_points / 2)} điểm, dưới chỉ tiêu tính theo tỷ lệ, "
            f"vượt cao nhất cụm {top} điểm. Ghi kết quả đạt được."
        )
    if item.kind is Kind.PASS_FAIL:
        return f'Ghi "Đạt" ({top} điểm) hoặc "Không đạt" (0 điểm).'
    if item.kind is Kind.COUNT:
        return f"{scoring.decimal_text(item.per)} điểm mỗi {item.measure or 'lần'}, tối đa {top} điểm. Ghi số lần."
    if item.kind is Kind.BONUS:
        return f"Điểm thưởng, tối đa {top} điểm. Ghi số điểm đề nghị."
    if item.kind is Kind.PENALTY:
        return f"Điểm trừ, tối đa {top} điểm. Ghi số điểm bị trừ (0 nếu không có)."
    return ""


def _save(workbook, path: Path) -> None:
    try:
        workbook.save(path)
    except OSError as error:
        raise ValidationError(Said("Không ghi được tệp {0}: {1}", path, error.strerror)) from error


def _text_cell(sheet, row: int, column: int, value: str):
    cell = sheet.cell(row, column, value)
    if value:
        cell.data_type = "s"  # text, even when it starts with "=": never a live formula
    return cell


# -- the table ------------------------------------------------------------------------------------


def export_table(db: MeetingFile, path: str | Path) -> int:
    """Write the scoring table to an .xlsx that ``import_table`` reads back. Returns the rows."""
    import openpyxl
    from openpyxl.styles import Font

    table = scoring.load_table(db)
    workbook = openpyxl.Workbook()
    workbook.properties.creator = EXPORT_CREATOR
    sheet = workbook.worksheets[0]
    sheet.title = TABLE_SHEET
    sheet.append(list(TABLE_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row, item in enumerate(table.items, start=2):
        _text_cell(sheet, row, 1, item.code)
        _text_cell(sheet, row, 2, item.parent or "")
        _text_cell(sheet, row, 3, item.title)
        _text_cell(sheet, row, 4, item.kind.label)
        if item.kind is not Kind.GROUP:
            sheet.cell(row, 5, float(item.max_points))
        if item.target is not None:
            sheet.cell(row, 6, float(item.target))
        if item.per is not None:
            sheet.cell(row, 7, float(item.per))
        _text_cell(sheet, row, 8, item.measure)
        if item.kind is Kind.GROUP:
            for cell in sheet[row]:
                cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGH", (8, 10, 60, 16, 11, 10, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    _save(workbook, Path(path))
    return len(table.items)


def _number_cell(text: str, where: str, errors: list[str], positive: bool = True) -> Fraction | None:
    if not text:
        return None
    value = scoring.parse_number(text)
    if value is None or (positive and value <= 0):
        errors.append(Said('{0}: "{1}" không phải một số lớn hơn 0.', where, text))
        return None
    return value


def read_table_file(path: str | Path) -> list[Item]:
    """The items of a scoring table written as ``export_table`` writes it (headers found by
    name); ValidationError naming every wrong cell."""
    path = Path(path)
    cells = read_sheet(path).cells
    header_row, columns = -1, {}
    wanted = {fold(h): n for n, h in enumerate(TABLE_HEADERS)}
    for index, row in enumerate(cells[:20]):
        found = {wanted[fold(c)]: i for i, c in enumerate(row) if fold(c) in wanted}
        if 0 in found and 2 in found:
            header_row, columns = index, found
            break
    if header_row < 0:
        raise ValidationError(
            Said('Tệp {0}: không thấy dòng tiêu đề có cột "Mã" và "Nội dung" của bảng điểm.', path.name)
        )

    def cell(row: list[str], key: int) -> str:
        i = columns.get(key)
        return row[i] if i is not None and i < len(row) else ""

    items: list[Item] = []
    errors: list[str] = []
    for index in range(header_row + 1, len(cells)):
        row = cells[index]
        if not any(row):
            continue
        number = index + 1
        where = Said("Tệp {0}, dòng {1}", path.name, number)
        kind_text = cell(row, 3)
        kind = _KIND_BY_LABEL.get(fold(kind_text)) if kind_text else Kind.GROUP
        if kind is None:
            errors.append(
                Said(
                    '{0}, ô {1}{2}: loại "{3}" không có; ghi một trong: {4}.',
                    where,
                    _letter(columns.get(3, 3) + 1),
                    number,
                    kind_text,
                    ", ".join(KIND_LABELS.values()),
                )
            )
            continue
        items.append(
            Item(
                code=cell(row, 0),
                title=cell(row, 2),
                kind=kind,
                max_points=_number_cell(cell(row, 4), where, errors) or Fraction(0),
                parent=cell(row, 1) or None,
                target=_number_cell(cell(row, 5), where, errors),
                per=_number_cell(cell(row, 6), where, errors),
                measure=cell(row, 7),
            )
        )
    errors.extend(Said("Tệp {0}: {1}", path.name, p) for p in scoring.table_problems(items))
    if errors:
        raise ValidationError(errors)
    return items


def import_table(db: MeetingFile, path: str | Path) -> Table:
    """Replace the scoring table with the one in ``path`` (all of it, or nothing on any error)."""
    items = read_table_file(path)
    return scoring.save_table(db, items, source=Path(path).name)


# -- the units' workbooks ----------------------------------------------------------------------------


def workbook_code(unit_id: int, table: Table) -> str:
    return f"TD-{unit_id}-{fingerprint(table)}"


def _file_name(short_name: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9]+", "-", fold(short_name).replace("đ", "d")).strip("-")
    return f"tu-cham-{ascii_name or 'don-vi'}.xlsx"


def write_unit_workbook(db: MeetingFile, unit_id: int, path: str | Path) -> Path:
    """The self-scoring workbook of one unit: the table, a column to fill in, the figures."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    from core.meetings import load_meeting

    meeting = load_meeting(db)
    table = scoring.load_table(db)
    if not table.criteria:
        raise ValidationError(Said("Bảng điểm chưa có tiêu chí nào: chưa lập được phiếu tự chấm."))
    unit = db.conn.execute("SELECT short_name, full_title FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if unit is None:
        raise ValidationError(Said("Đơn vị không còn trong hội nghị."))
    entries = scoring.load_entries(db)
    facts = scoring.unit_facts(db).get(unit_id, scoring.UnitFacts())
    workbook = openpyxl.Workbook()
    workbook.properties.creator = EXPORT_CREATOR
    sheet = workbook.worksheets[0]
    sheet.title = UNIT_SHEET
    bold = Font(bold=True)
    _text_cell(sheet, 1, 1, f"PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM {meeting.year}").font = Font(bold=True, size=14)
    _text_cell(sheet, 2, 1, clean(f"{meeting.cluster} – {meeting.commission}").strip(" –"))
    _text_cell(sheet, 3, 1, "Đơn vị:")
    _text_cell(sheet, 3, 2, unit[1]).font = bold
    _text_cell(sheet, 4, 1, "Hướng dẫn:")
    _text_cell(
        sheet,
        4,
        2,
        "Chỉ ghi vào cột E (ô tô vàng), mỗi tiêu chí một ô; không thêm, xóa hay đổi thứ tự dòng; "
        "không sửa ô Mã phiếu. Số thập phân ghi 12,5 hoặc 12.5.",
    )
    _text_cell(sheet, CODE_CELL[0], 1, "Mã phiếu:")
    _text_cell(sheet, CODE_CELL[0], CODE_CELL[1], workbook_code(unit_id, table))
    header = FIRST_ROW - 1
    for column, title in enumerate(UNIT_HEADERS, start=1):
        cell = _text_cell(sheet, header, column, title)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    fill = PatternFill("solid", fgColor="FFF2CC")
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    pass_fail = DataValidation(type="list", formula1='"Đạt,Không đạt"', allow_blank=True)
    sheet.add_data_validation(pass_fail)
    row = FIRST_ROW
    for item in table.items:
        depth = table.depth(item)
        _text_cell(sheet, row, 1, item.code)
        _text_cell(sheet, row, 2, "    " * depth + item.title).alignment = Alignment(wrap_text=True)
        _text_cell(sheet, row, 3, how_scored(item)).alignment = Alignment(wrap_text=True)
        sheet.cell(row, 4, float(table.maximum(item) if item.kind is not Kind.PENALTY else item.max_points))
        if item.kind is Kind.GROUP:
            for column in range(1, 8):
                sheet.cell(row, column).font = bold
        else:
            value = sheet.cell(row, VALUE_COLUMN)
            value.fill = fill
            own = entries.get((item.code, unit_id), scoring.Entry()).self_value
            if own is not None:
                if item.kind is Kind.PASS_FAIL:
                    _text_cell(sheet, row, VALUE_COLUMN, scoring.value_text(item, own))
                else:
                    value.value = float(own)
            if item.kind is Kind.PASS_FAIL:
                pass_fail.add(value.coordinate)
            _text_cell(sheet, row, 6, item.measure if item.kind in (Kind.TARGET, Kind.COUNT) else "điểm")
        for column in range(1, 8):
            sheet.cell(row, column).border = border
        row += 1
    row += 1
    _text_cell(sheet, row, 2, "Số cán bộ, công chức nữ của đơn vị").font = bold
    sheet.cell(row, VALUE_COLUMN).fill = fill
    if facts.women is not None:
        sheet.cell(row, VALUE_COLUMN, facts.women)
    _text_cell(sheet, row + 1, 2, "Tổng số cán bộ, công chức của đơn vị").font = bold
    sheet.cell(row + 1, VALUE_COLUMN).fill = fill
    if facts.staff is not None:
        sheet.cell(row + 1, VALUE_COLUMN, facts.staff)
    for letter, width in zip("ABCDEFG", (8, 50, 45, 10, 14, 12, 20), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{FIRST_ROW}"
    out = Path(path)
    _save(workbook, out)
    return out


def write_unit_workbooks(db: MeetingFile, folder: str | Path) -> list[Path]:
    """One self-scoring workbook per member unit in ``folder`` (existing ones are replaced)."""
    target = Path(folder)
    if not target.is_dir():
        raise ValidationError(Said("Không có thư mục: {0}", target))
    units = db.conn.execute("SELECT id, short_name FROM unit ORDER BY position").fetchall()
    return [write_unit_workbook(db, uid, target / _file_name(name)) for uid, name in units]


# -- returned workbooks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Returned:
    """What a returned workbook holds, checked: the unit, its values, its figures."""

    path: Path
    unit_id: int
    unit_name: str
    values: dict[str, Fraction | None]
    women: int | None
    staff: int | None


@dataclass(frozen=True)
class Outcome:
    path: Path
    unit_name: str  # "" when the workbook could not be matched to a unit
    imported: bool
    messages: list[str] = field(default_factory=list)
    missing: int = 0  # criteria left empty


def read_unit_workbook(path: Path, table: Table, units: dict[int, str]) -> Returned:
    """Check a returned workbook against the table: ValidationError naming every wrong cell."""
    cells = read_sheet(path).cells

    def at(row: int, column: int) -> str:  # 1-based, as Excel numbers them
        if row - 1 < len(cells) and column - 1 < len(cells[row - 1]):
            return cells[row - 1][column - 1]
        return ""

    name = path.name
    code = at(*CODE_CELL)
    match = _CODE.match(code)
    if not match:
        raise ValidationError(
            Said(
                "Tệp {0}, ô {1}{2}: không thấy mã phiếu; đây không phải phiếu tự chấm do ThiDua lập (hoặc ô mã "
                "phiếu đã bị sửa).",
                name,
                _letter(CODE_CELL[1]),
                CODE_CELL[0],
            )
        )
    unit_id = int(match.group(1))
    if unit_id not in units:
        raise ValidationError(Said("Tệp {0}: phiếu của một đơn vị không có trong hội nghị.", name))
    if match.group(2) != fingerprint(table):
        raise ValidationError(
            Said(
                "Tệp {0} ({1}): bảng điểm đã thay đổi sau khi lập phiếu này. Hãy lập lại phiếu tự chấm và gửi "
                "lại cho đơn vị.",
                name,
                units[unit_id],
            )
        )
    errors: list[str] = []
    values: dict[str, Fraction | None] = {}
    row = FIRST_ROW
    for item in table.items:
        found = at(row, 1)
        letter = _letter(VALUE_COLUMN)
        if fold(found) != fold(item.code):
            errors.append(
                Said(
                    'Tệp {0}, dòng {1}: cột Mã phải là "{2}" nhưng là "{3}" (đã thêm, xóa hay đổi thứ tự dòng). '
                    "Hãy dùng đúng phiếu đã gửi.",
                    name,
                    row,
                    item.code,
                    found,
                )
            )
            break
        if item.kind is not Kind.GROUP:
            text = at(row, VALUE_COLUMN)
            value, problem = scoring.parse_value(item, text)
            if problem:
                errors.append(
                    Said(
                        'Tệp {0}, ô {1}{2} (dòng {2}, tiêu chí {3} "{4}"): {5}.',
                        name,
                        letter,
                        row,
                        item.code,
                        item.title,
                        problem,
                    )
                )
            values[item.code] = value
        row += 1
    figures: list[int | None] = []
    for offset, label in ((1, "số cán bộ nữ"), (2, "tổng số cán bộ")):
        text = at(row + offset, VALUE_COLUMN)
        number = scoring.parse_number(text) if text else None
        if text and (number is None or number < 0 or number.denominator != 1):
            errors.append(
                Said(
                    'Tệp {0}, ô {1}{2} (dòng {2}, {3}): "{4}" không phải một số nguyên không âm.',
                    name,
                    _letter(VALUE_COLUMN),
                    row + offset,
                    label,
                    text,
                )
            )
            number = None
        figures.append(int(number) if number is not None else None)
    women, staff = figures
    if not errors and women is not None and staff is not None and women > staff:
        errors.append(
            Said(
                "Tệp {0}, ô {1}{2}: số cán bộ nữ ({3}) lớn hơn tổng số cán bộ ({4}).",
                name,
                _letter(VALUE_COLUMN),
                row + 1,
                women,
                staff,
            )
        )
    if errors:
        raise ValidationError(errors)
    return Returned(path, unit_id, units[unit_id], values, women, staff)


def import_workbooks(db: MeetingFile, paths: Sequence[str | Path]) -> list[Outcome]:
    """Import returned workbooks: each is checked whole; one with any error imports nothing
    (its outcome says why, cell by cell); each good one is one action. Two workbooks of the same
    unit: both refused."""
    table = scoring.load_table(db)
    units = {uid: name for uid, name in db.conn.execute("SELECT id, short_name FROM unit")}
    read: list[Returned | Outcome] = []
    for raw in paths:
        path = Path(raw)
        try:
            read.append(read_unit_workbook(path, table, units))
        except ThiDuaError as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            read.append(Outcome(path, "", False, [*messages, Said("Không nhập gì từ tệp {0}.", path.name)]))
    seen: dict[int, int] = {}
    for returned in read:
        if isinstance(returned, Returned):
            seen[returned.unit_id] = seen.get(returned.unit_id, 0) + 1
    outcomes: list[Outcome] = []
    for returned in read:
        if isinstance(returned, Outcome):
            outcomes.append(returned)
            continue
        if seen[returned.unit_id] > 1:
            outcomes.append(
                Outcome(
                    returned.path,
                    returned.unit_name,
                    False,
                    [
                        Said(
                            "Tệp {0}: có nhiều tệp của {1}; không nhập tệp nào của đơn vị này.",
                            returned.path.name,
                            returned.unit_name,
                        )
                    ],  # fmt: skip
                )
            )
            continue
        try:
            scoring.set_self_values(
                db,
                returned.unit_id,
                returned.values,
                source=returned.path.name,
                figures=(returned.women, returned.staff),
            )
        except ThiDuaError as error:
            outcomes.append(Outcome(returned.path, returned.unit_name, False, [str(error)]))
            continue
        missing = sum(1 for v in returned.values.values() if v is None)
        outcomes.append(Outcome(returned.path, returned.unit_name, True, [], missing))
    return outcomes


def outcome_lines(outcomes: Sequence[Outcome]) -> list[str]:
    """What an import did, a line per workbook (and one per refusal reason)."""
    lines: list[str] = []
    for o in outcomes:
        if o.imported:
            if o.missing:
                lines.append(
                    Said("Đã nhập {0} ({1}); còn {2} tiêu chí để trống.", o.path.name, o.unit_name, o.missing)
                )
            else:
                lines.append(Said("Đã nhập {0} ({1}).", o.path.name, o.unit_name))
        else:
            lines.extend(o.messages)
    return lines
