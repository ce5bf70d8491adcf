"""Import people from Excel (.xlsx) or CSV, and export them to Excel.

Lists arrive as organizers keep them: a title above the header row, headers in any
case and spacing ("HỌ VÀ TÊN ", "Số điện thoại"), units written short or in full,
names in composed or decomposed Unicode. An import is all or nothing: one error and
nothing is added, and every error names its row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import ValidationError
from core.model import ROLE_LABELS, Person, Role, Unit
from core.people import add_people, field_errors, likely_duplicate, list_people, normalized
from core.storage import MeetingFile
from core.text import clean, fold
from core.units import find_unit, list_units

# Column -> the headers that name it, folded (lower case, no diacritics, no punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten dai bieu",
        "ten dai bieu",
        "dai bieu",
        "full name",
        "name",
    ),
    "position": ("chuc vu", "chuc danh", "position", "title"),
    "unit": (
        "don vi",
        "co quan",
        "don vi cong tac",
        "co quan don vi",
        "don vi co quan",
        "unit",
        "organization",
    ),
    "phone": ("so dien thoai", "dien thoai", "sdt", "so dt", "dt", "dtdd", "phone"),
    "role": ("vai tro", "thanh phan", "loai", "loai dai bieu", "role"),
    "code": ("ma", "ma so", "ma dai bieu", "ma the", "code"),
}
COLUMN_LABELS = {
    "full_name": "Họ và tên",
    "position": "Chức vụ",
    "unit": "Đơn vị",
    "phone": "Số điện thoại",
    "role": "Vai trò",
    "code": "Mã",
}
ROLE_WORDS: dict[str, Role] = {
    "truong doan": Role.HEAD, "truong doan dai bieu": Role.HEAD, "td": Role.HEAD, "head": Role.HEAD,
    "dai bieu": Role.DELEGATE, "db": Role.DELEGATE, "delegate": Role.DELEGATE, "": Role.DELEGATE,
    "khach moi": Role.GUEST, "khach": Role.GUEST, "km": Role.GUEST, "guest": Role.GUEST,
}  # fmt: skip
_HEADER_SEARCH_ROWS = 30
_PUNCTUATION = re.compile(r"[^\w ]+")


@dataclass
class ImportRow:
    row_number: int  # as the spreadsheet numbers it
    person: Person
    duplicate_of: str = ""  # who this person may already be, or ""


@dataclass
class ImportPreview:
    source: str
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.duplicate_of]


def _header_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def column_for_header(text: str) -> str | None:
    key = _header_key(text)
    for column, aliases in HEADERS.items():
        if key in aliases:
            return column
    # "Họ và tên (ghi rõ)", "Đơn vị công tác hiện nay": a known header of two words or more, extended.
    for column, aliases in HEADERS.items():
        if any(" " in alias and key.startswith(alias + " ") for alias in aliases):
            return column
    return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return clean(str(value))


def read_table(path: str | Path) -> list[list[str]]:
    """The cells of the first sheet (or of the CSV) as text, NFC and trimmed."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise ValidationError(f"Tệp {path.name}: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).")


def _read_csv(path: Path) -> list[list[str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ValidationError(f"Không đọc được tệp {path.name}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ValidationError(
            f"Tệp {path.name} không phải văn bản UTF-8 (lỗi ở byte {error.start}). "
            'Trong Excel, hãy lưu bằng "CSV UTF-8".'
        ) from error
    if "\x00" in text:
        raise ValidationError(f"Tệp {path.name} không phải tệp CSV văn bản.")
    try:
        return [
            [_cell_text(c) for c in row] for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))
        ]
    except csv.Error as error:
        raise ValidationError(f"Tệp {path.name} không đọc được như CSV: {error}") from error


def _delimiter(text: str) -> str:
    """ ",", ";" (Excel in a Vietnamese locale) or tab: the one that splits the most of the first lines.

    A title line above the header has no separator at all, so csv.Sniffer is no help here.
    """
    lines = [line for line in text.splitlines()[:_HEADER_SEARCH_ROWS] if line.strip()]
    return max(
        ",;\t",
        key=lambda d: sum(line.count(d) > 0 for line in lines) * 1000 + sum(line.count(d) for line in lines),
    )


def _read_xlsx(path: Path) -> list[list[str]]:
    import openpyxl  # imported here: only imports need it, and it is slow to load

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(f"Tệp {path.name} không phải tệp Excel (.xlsx) hoặc đã bị hỏng.") from error
    except Exception as error:  # openpyxl raises many kinds on malformed packages
        raise ValidationError(f"Tệp {path.name} không đọc được như tệp Excel: {error}") from error
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _find_header(table: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The index of the header row and the column index of each recognized field.

    The header is the first row naming the name column and another one; a row naming only a
    name column ("ĐẠI BIỂU DỰ HỘI NGHỊ" as a title) counts only when no better row exists.
    """
    name_only = None
    for index, row in enumerate(table[:_HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(row):
            column = column_for_header(cell) if cell else None
            if column and column not in columns:
                columns[column] = position
        if "full_name" in columns and len(columns) > 1:
            return index, columns
        if "full_name" in columns and name_only is None:
            name_only = index, columns
    if name_only is not None:
        return name_only
    raise ValidationError(
        f'Không tìm thấy dòng tiêu đề có cột "Họ và tên" trong {_HEADER_SEARCH_ROWS} dòng đầu. '
        "Các cột nhận biết: Họ và tên, Chức vụ, Đơn vị, Số điện thoại, Vai trò, Mã."
    )


def preview_table(
    table: list[list[str]], units: list[Unit], existing: list[Person], source: str = ""
) -> ImportPreview:
    """What importing ``table`` would add, its likely duplicates, and every error by row and column."""
    preview = ImportPreview(source)
    header_index, columns = _find_header(table)
    unit_ids = {u.id for u in units if u.id is not None}
    existing_codes = {p.code: p for p in existing}
    codes_in_file: dict[str, int] = {}
    for index in range(header_index + 1, len(table)):
        row_number = index + 1
        cells = {c: (table[index][i] if i < len(table[index]) else "") for c, i in columns.items()}
        if not any(cells.values()):
            continue

        def error(column: str, message: str, row_number: int = row_number) -> None:
            preview.errors.append(f'Dòng {row_number}, cột "{COLUMN_LABELS[column]}": {message}.')

        role = ROLE_WORDS.get(_header_key(cells.get("role", "")))
        if role is None:
            error("role", f'"{cells["role"]}" không phải Trưởng đoàn, Đại biểu hay Khách mời')
            continue
        unit_text = cells.get("unit", "")
        unit = find_unit(units, unit_text) if role != Role.GUEST else None
        person = normalized(
            Person(
                full_name=cells["full_name"],
                role=role,
                position=cells.get("position", ""),
                unit_id=unit.id if unit else None,
                organization=unit_text if role == Role.GUEST else "",
                phone=cells.get("phone", ""),
                code=cells.get("code", ""),
            )
        )
        if role != Role.GUEST and unit is None:
            if unit_text:
                error("unit", f'không tìm thấy đơn vị "{unit_text}" trong các đơn vị thành viên')
            else:
                error("unit", "không được để trống (khách mời thì ghi Vai trò là Khách mời)")
        for label, message in field_errors(person, unit_ids):
            if label != "Đơn vị":
                preview.errors.append(f'Dòng {row_number}, cột "{label}": {message}.')
        if person.code:
            if person.code in existing_codes:
                error("code", f"mã {person.code} đã cấp cho {existing_codes[person.code].full_name}")
            elif person.code in codes_in_file:
                error("code", f"mã {person.code} trùng với dòng {codes_in_file[person.code]}")
            codes_in_file.setdefault(person.code, row_number)
        duplicate = likely_duplicate(person, existing)
        earlier = likely_duplicate(person, [r.person for r in preview.rows])
        note = ""
        if duplicate:
            note = f"trùng tên với {duplicate.full_name} đã có trong danh sách"
        elif earlier:
            twin = next(r for r in preview.rows if r.person is earlier)
            note = f"trùng tên với dòng {twin.row_number}"
        preview.rows.append(ImportRow(row_number, person, note))
    if not preview.rows and not preview.errors:
        preview.errors.append("Tệp không có dòng nào dưới dòng tiêu đề.")
    return preview


def preview_import(db: MeetingFile, path: str | Path) -> ImportPreview:
    return preview_table(read_table(path), list_units(db), list_people(db), source=Path(path).name)


def apply_import(db: MeetingFile, preview: ImportPreview) -> list[Person]:
    """Add the previewed people in one transaction; refuses a preview with errors."""
    if preview.errors:
        raise ValidationError(preview.errors)
    return add_people(db, [r.person for r in preview.rows], source=preview.source)


def export_people(db: MeetingFile, path: str | Path) -> int:
    """Write everyone to an .xlsx that ``preview_import`` reads back; returns the number of rows."""
    import openpyxl
    from openpyxl.styles import Font

    from core.people import delegation_order

    units = list_units(db)
    unit_names = {u.id: u.short_name for u in units}
    people = delegation_order(list_people(db), units)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Đại biểu"
    headers = ["STT", *COLUMN_LABELS.values()]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, p in enumerate(people, start=1):
        unit = unit_names.get(p.unit_id, "") if p.role != Role.GUEST else p.organization
        sheet.append([number, p.full_name, p.position, unit, p.phone, ROLE_LABELS[p.role], p.code])
    for letter, width in zip("ABCDEFG", (6, 28, 36, 28, 16, 14, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    try:
        workbook.save(path)
    except OSError as error:
        raise ValidationError(f"Không ghi được tệp {path}: {error.strerror}") from error
    return len(people)
