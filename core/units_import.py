"""Member units from a list (Excel .xlsx or CSV): short names, and full titles when the list
has them; otherwise the cluster's pattern gives them (core.units.full_title_for).

The file is read by core.importer's bounded reader (rows, columns, cell and file sizes, zip
bombs), its old encodings converted the same way. Like the people import, all or nothing: every
error names its row, and nothing is added until there is none. A unit already in the meeting
(same short name and full title) is skipped and said so; one whose name clashes is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.errors import ValidationError
from core.importer import Sheet, convert_legacy
from core.model import Unit
from core.people import shorten
from core.said import Said
from core.text import clean, fold, text_problem, thousands
from core.units import MAX_FULL_TITLE, MAX_SHORT_NAME, full_title_for, short_name_from_title, title_prefix

# Column -> the headers that name it, folded, punctuation as spaces.
UNIT_HEADERS: dict[str, tuple[str, ...]] = {
    "short_name": (
        "ten ngan", "ten don vi", "don vi", "don vi thanh vien", "tinh", "tinh thanh", "tinh thanh pho",
        "dia phuong", "short name", "unit",
    ),
    "full_title": (
        "ten day du", "ten day du cua don vi", "ten co quan", "co quan", "ten don vi day du", "full title",
        "full name",
    ),
}  # fmt: skip
COLUMN_LABELS = {"short_name": "Tên ngắn", "full_title": "Tên đầy đủ"}
MAX_UNITS = 200  # more than any cluster has: a longer list is not a list of member units
_HEADER_SEARCH_ROWS = 30
_PUNCTUATION = re.compile(r"[^\w ]+")


@dataclass
class UnitRow:
    row_number: int  # as the spreadsheet numbers it
    unit: Unit
    note: str = ""  # how the row was read: "tên đầy đủ theo mẫu …"


@dataclass
class UnitsPreview:
    source: str
    rows: list[UnitRow] = field(default_factory=list)  # the units to add, in the file's order
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skipped rows, converted text: said, not refused

    @property
    def units(self) -> list[Unit]:
        return [row.unit for row in self.rows]


def _header_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def _find_header(cells: list[list[str]]) -> tuple[int, dict[str, int]]:
    for index, row in enumerate(cells[:_HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(row):
            key = _header_key(cell) if cell else ""
            for column, aliases in UNIT_HEADERS.items():
                if key in aliases and column not in columns:
                    columns[column] = position
        if columns:
            return index, columns
    raise ValidationError(
        Said(
            'Không tìm thấy dòng tiêu đề có cột "Tên ngắn" (hoặc "Đơn vị", "Tỉnh, thành phố") hay '
            '"Tên đầy đủ" trong {0} dòng đầu.',
            _HEADER_SEARCH_ROWS,
        )
    )


def preview_units(table: list[list[str]] | Sheet, units: list[Unit], source: str = "") -> UnitsPreview:
    """What importing ``table`` would add to ``units``, every error by row, and notes. Pure."""
    sheet = table if isinstance(table, Sheet) else Sheet(table)
    preview = UnitsPreview(source)
    converted, encoding, converted_rows = convert_legacy(sheet)
    if encoding is not None:
        sheet = converted
        rows = ", ".join(str(r + 1) for r in sorted(converted_rows))
        preview.notes.append(Said("Dòng {0}: chuyển từ bảng mã {1} sang Unicode.", rows, encoding.label))
    cells = sheet.cells
    header, columns = _find_header(cells)
    prefix = title_prefix(units)
    by_short = {fold(u.short_name): u for u in units}
    by_full = {fold(u.full_title): u for u in units}
    seen_short: dict[str, int] = {}
    seen_full: dict[str, int] = {}
    for index in range(header + 1, len(cells)):
        row_number = index + 1
        row = cells[index]

        def cell(column: str, row: list[str] = row) -> str:
            position = columns.get(column)
            return clean(row[position]) if position is not None and position < len(row) else ""

        short, full, note = cell("short_name"), cell("full_title"), ""
        if not short and not full:
            continue
        if not short:
            short = short_name_from_title(full)
            if not short:
                preview.errors.append(
                    Said(
                        'Dòng {0}, cột "Tên ngắn": không được để trống (không tách được tên ngắn từ "{1}").',
                        row_number,
                        shorten(full),
                    )
                )
                continue
            note = "tên ngắn lấy từ tên đầy đủ"
        elif not full:
            within = short_name_from_title(short)  # "Ban Tổ chức Tỉnh ủy Khánh Hòa" in the short column
            if within:
                short, full, note = within, short, "tên ngắn lấy từ tên đầy đủ"
            else:
                full, note = full_title_for(short, prefix), "tên đầy đủ theo mẫu của cụm"
        row_errors = []
        for column, value, max_len in (
            ("short_name", short, MAX_SHORT_NAME),
            ("full_title", full, MAX_FULL_TITLE),
        ):
            problem = text_problem(value, max_len)
            if problem:
                row_errors.append(
                    Said('Dòng {0}, cột "{1}": {2}.', row_number, COLUMN_LABELS[column], problem)
                )
        if row_errors:
            preview.errors.extend(row_errors)
            continue
        there = by_short.get(fold(short))
        if there is not None and fold(there.full_title) == fold(full):
            preview.notes.append(Said('Dòng {0}: đơn vị "{1}" đã có, bỏ qua.', row_number, there.short_name))
            continue
        if there is not None:
            preview.errors.append(
                Said(
                    'Dòng {0}, cột "Tên ngắn": đã có đơn vị "{1}" với tên đầy đủ "{2}", khác "{3}".',
                    row_number,
                    there.short_name,
                    there.full_title,
                    shorten(full),
                )
            )
            continue
        if fold(full) in by_full:
            preview.errors.append(
                Said(
                    'Dòng {0}, cột "Tên đầy đủ": đã có đơn vị "{1}".',
                    row_number,
                    by_full[fold(full)].full_title,
                )
            )
            continue
        if fold(short) in seen_short:
            preview.errors.append(
                Said(
                    'Dòng {0}, cột "Tên ngắn": "{1}" trùng với dòng {2}.',
                    row_number,
                    shorten(short),
                    seen_short[fold(short)],
                )
            )
            continue
        if fold(full) in seen_full:
            preview.errors.append(
                Said(
                    'Dòng {0}, cột "Tên đầy đủ": "{1}" trùng với dòng {2}.',
                    row_number,
                    shorten(full),
                    seen_full[fold(full)],
                )
            )
            continue
        seen_short[fold(short)] = seen_full[fold(full)] = row_number
        preview.rows.append(UnitRow(row_number, Unit(short, full), note))
    if len(units) + len(preview.rows) > MAX_UNITS:
        preview.errors.append(
            Said(
                "Tệp có {0} đơn vị: một cụm không có quá {1} đơn vị thành viên. Hãy kiểm tra tệp.",
                thousands(len(preview.rows)),
                MAX_UNITS,
            )
        )
    if not preview.rows and not preview.errors and not preview.notes:
        preview.errors.append(Said("Tệp không có dòng nào dưới dòng tiêu đề."))
    return preview
