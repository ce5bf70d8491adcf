"""Import people from Excel (.xlsx) or CSV, and export them to Excel.

Lists arrive as organizers keep them: a title above the header row, headers in any
case and spacing ("HỌ VÀ TÊN ", "Số điện thoại"), units written short, in full or abbreviated,
names in composed or decomposed Unicode or in the old TCVN3 / VNI encodings, a totals row at
the bottom. An import is all or nothing: one error and nothing is written, and every error
names its row and column. Rows whose code is already in the meeting update that person.

A file is hostile until read: it is read within bounds (rows, columns, cell length, file and
unpacked sizes), so that no file can hang the program or fill its memory (docs/import.md).
Reading and previewing touch no database: the import dialog runs them in a worker thread on
plain data gathered beforehand (``preview_table``), and only ``apply_import`` writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core import legacy_text
from core.errors import ThiDuaError, ValidationError
from core.legacy_text import Legacy
from core.model import ROLE_LABELS, Person, Role, Unit
from core.people import NameIndex, change_people, field_errors, list_people, normalized, shorten
from core.said import Said
from core.storage import MeetingFile
from core.text import clean, fold, thousands
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
# The label core.people.field_errors uses -> the import column it comes from.
_FIELD_COLUMNS = {"Họ và tên": "Họ và tên", "Chức vụ": "Chức vụ", "Cơ quan": "Đơn vị",
                  "Số điện thoại": "Số điện thoại", "Mã": "Mã"}  # fmt: skip
ROLE_WORDS: dict[str, Role] = {
    "truong doan": Role.HEAD, "truong doan dai bieu": Role.HEAD, "td": Role.HEAD, "head": Role.HEAD,
    "dai bieu": Role.DELEGATE, "db": Role.DELEGATE, "delegate": Role.DELEGATE, "": Role.DELEGATE,
    "khach moi": Role.GUEST, "khach": Role.GUEST, "km": Role.GUEST, "guest": Role.GUEST,
}  # fmt: skip
_HEADER_SEARCH_ROWS = 30
_PUNCTUATION = re.compile(r"[^\w ]+")

# -- bounds: what a real list never exceeds, and what keeps a hostile file harmless ----------
MAX_ROWS = 20_000  # rows of the sheet, title and header included
MAX_COLUMNS = 50  # columns read; cells further right are ignored
MAX_CELL = 1_000  # characters in one cell
MAX_CSV_BYTES = 10_000_000
MAX_CSV_LINE = MAX_COLUMNS * (MAX_CELL + 3)  # characters in one line of a CSV
MAX_ZIP_MEMBERS = 1_000
MAX_PART_BYTES = 32_000_000  # one unpacked part of the .xlsx package (a sheet, the shared strings)
MAX_UNPACKED_BYTES = 64_000_000  # the whole package unpacked
MAX_RATIO = 200  # unpacked / packed size of a part: a real sheet packs 5 to 20 times, a zip bomb 1000
_RATIO_FROM_BYTES = 1_000_000  # small parts may pack very well: only larger ones are checked
_XML_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")  # a workbook never declares these: entity bombs do


class ImportCancelled(ThiDuaError):
    """The user cancelled reading or previewing a list; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Đã hủy. Không có gì được thêm.")


# Called with (rows done, rows in all or 0 when not known yet); returns False to cancel.
Progress = Callable[[int, int], bool]


def _no_progress(_done: int, _total: int) -> bool:
    return True


EXPORT_CREATOR = "ThiDua"  # the creator export_people writes into the .xlsx's properties


@dataclass
class Sheet:
    """The cells of a list as text (NFC, trimmed), and each cell's font name ("" when none)."""

    cells: list[list[str]]
    fonts: list[list[str]] = field(default_factory=list)
    # Written by export_people: Unicode by construction, so no legacy encoding is guessed for
    # cells without a legacy font ("Aè" is a typing slip, not VNI).
    unicode_known: bool = False

    def font(self, row: int, column: int) -> str:
        if row < len(self.fonts) and column < len(self.fonts[row]):
            return self.fonts[row][column]
        return ""


@dataclass
class ImportRow:
    row_number: int  # as the spreadsheet numbers it
    person: Person  # what the row adds, or the person as the row updates them
    duplicate_of: str = ""  # who this person may already be, or ""
    before: Person | None = None  # the person the row's code matches: the row updates them
    changes: list[str] = field(default_factory=list)  # 'Chức vụ: "A" → "B"', for an update
    notes: list[str] = field(default_factory=list)  # what the import changed on the way in

    @property
    def is_update(self) -> bool:
        return self.before is not None and bool(self.changes)

    @property
    def is_unchanged(self) -> bool:
        return self.before is not None and not self.changes


@dataclass
class ImportPreview:
    source: str
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skipped rows, restored zeros: said, not refused
    legacy: Legacy | None = None  # the old encoding found in the file, if any
    converted_rows: list[int] = field(default_factory=list)  # rows whose text was converted from it

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.duplicate_of]

    @property
    def additions(self) -> list[ImportRow]:
        return [r for r in self.rows if r.before is None]

    @property
    def updates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.is_update]

    @property
    def unchanged(self) -> list[ImportRow]:
        return [r for r in self.rows if r.is_unchanged]


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


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_text(value: object, row: int, column: int) -> str:
    """A cell as text; a cell longer than MAX_CELL refuses the file, naming the cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value)
    if len(text) > MAX_CELL:
        raise ValidationError(
            Said(
                "Dòng {0}, cột {1}: ô dài {2} ký tự; một ô chỉ được dài tối đa {3} ký tự. Hãy kiểm tra tệp.",
                row + 1,
                _column_letter(column),
                thousands(len(text)),
                thousands(MAX_CELL),
            )
        )
    return clean(text)


def _too_many_rows(name: str) -> ValidationError:
    return ValidationError(
        Said(
            "Tệp {0} có hơn {1} dòng: danh sách người tham dự không dài như vậy. Hãy kiểm tra "
            "tệp, hoặc chia thành nhiều tệp.",
            name,
            thousands(MAX_ROWS),
        )
    )


def read_sheet(path: str | Path, progress: Progress = _no_progress) -> Sheet:
    """The first sheet of an .xlsx (or the CSV), as text and fonts, within the bounds above."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(Said("Không tìm thấy tệp: {0}", path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return Sheet(_read_csv(path, progress))
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, progress)
    raise ValidationError(Said("Tệp {0}: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).", path.name))


def read_table(path: str | Path) -> list[list[str]]:
    """The cells of the first sheet (or of the CSV) as text, NFC and trimmed."""
    return read_sheet(path).cells


def _read_csv(path: Path, progress: Progress) -> list[list[str]]:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ValidationError(
                Said(
                    "Tệp {0} lớn {1} byte, quá {2} byte của một danh sách. Hãy kiểm tra tệp.",
                    path.name,
                    thousands(size),
                    thousands(MAX_CSV_BYTES),
                )
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ValidationError(Said("Không đọc được tệp {0}: {1}", path.name, error.strerror)) from error
    except UnicodeDecodeError as error:
        raise ValidationError(
            Said(
                'Tệp {0} không phải văn bản UTF-8 (lỗi ở byte {1}). Trong Excel, hãy lưu bằng "CSV UTF-8".',
                path.name,
                error.start,
            )
        ) from error
    if "\x00" in text:
        raise ValidationError(Said("Tệp {0} không phải tệp CSV văn bản.", path.name))
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_CSV_LINE:
            raise ValidationError(
                Said(
                    "Dòng {0} của tệp {1} dài {2} ký tự: không phải một dòng của danh sách. Hãy kiểm tra "
                    "tệp.",
                    number,
                    path.name,
                    thousands(len(line)),
                )
            )
    if len(lines) > MAX_ROWS and any(line.strip(",;\t ") for line in lines[MAX_ROWS:]):
        raise _too_many_rows(path.name)
    rows: list[list[str]] = []
    try:
        for index, row in enumerate(csv.reader(io.StringIO(text), delimiter=_delimiter(lines))):
            if index >= MAX_ROWS:
                if any(c.strip() for c in row):
                    raise _too_many_rows(path.name)
                continue
            rows.append([_cell_text(c, index, i) for i, c in enumerate(row[:MAX_COLUMNS])])
            if index % 500 == 0 and not progress(index, 0):
                raise ImportCancelled()
    except csv.Error as error:
        raise ValidationError(Said("Tệp {0} không đọc được như CSV: {1}", path.name, error)) from error
    return rows


def _delimiter(lines: list[str]) -> str:
    """ ",", ";" (Excel in a Vietnamese locale) or tab: the one that splits the most of the first lines.

    A title line above the header has no separator at all, so csv.Sniffer is no help here.
    """
    lines = [line for line in lines[:_HEADER_SEARCH_ROWS] if line.strip()]
    return max(
        ",;\t",
        key=lambda d: sum(line.count(d) > 0 for line in lines) * 1000 + sum(line.count(d) for line in lines),
    )


def _not_excel(path: Path) -> ValidationError:
    return ValidationError(Said("Tệp {0} không phải tệp Excel (.xlsx) hoặc đã bị hỏng.", path.name))


def check_package(path: Path) -> None:
    """Refuse an .xlsx whose parts would unpack too large or that declares XML entities,
    before any XML is parsed: a zip bomb is refused by its own directory."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise _not_excel(path)
            total = 0
            for member in members:
                total += member.file_size
                ratio = member.file_size / max(member.compress_size, 1)
                if (
                    member.file_size > MAX_PART_BYTES
                    or total > MAX_UNPACKED_BYTES
                    or (member.file_size > _RATIO_FROM_BYTES and ratio > MAX_RATIO)
                ):
                    raise ValidationError(
                        Said(
                            "Tệp {0} giải nén ra quá lớn ({1}: {2} byte): không phải một danh sách bình thường. "
                            "Không mở tệp này.",
                            path.name,
                            member.filename,
                            thousands(member.file_size),
                        )
                    )
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels")):
                    _check_xml_part(archive, member, path)
    except ValidationError:
        raise
    except Exception as error:  # not a zip, a damaged or encrypted member, a bad compression method
        raise _not_excel(path) from error


def _check_xml_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> None:
    """Read the part as it unpacks, in chunks (never all of it at once), looking for entity declarations."""
    tail = b""
    with archive.open(member) as part:
        while chunk := part.read(1 << 20):
            window = (tail + chunk).upper()
            if any(marker in window for marker in _XML_FORBIDDEN):
                raise ValidationError(
                    Said(
                        "Tệp {0} chứa khai báo XML không có trong tệp Excel ({1}). Không mở tệp này.",
                        path.name,
                        member.filename,
                    )
                )
            tail = chunk[-16:]


def _read_xlsx(path: Path, progress: Progress) -> Sheet:
    import openpyxl  # imported here: only imports need it, and it is slow to load

    check_package(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ValidationError:
        raise
    except Exception as error:  # openpyxl raises many kinds on malformed packages and XML
        raise _not_excel(path) from error
    try:
        if not workbook.worksheets:
            raise _not_excel(path)
        sheet = workbook.worksheets[0]
        # The declared size (<dimension ref="A1:XFD1048576"/>) is the file's word, not a fact:
        # forget it, and read at most MAX_COLUMNS columns and MAX_ROWS rows.
        sheet.reset_dimensions()
        cells: list[list[str]] = []
        fonts: list[list[str]] = []
        for index, row in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS)):
            if index >= MAX_ROWS:
                if any(c.value not in (None, "") for c in row):
                    raise _too_many_rows(path.name)
                if index >= 2 * MAX_ROWS:  # empty formatted rows: enough looking
                    break
                continue
            cells.append([_cell_text(c.value, index, i) for i, c in enumerate(row)])
            fonts.append([_font_name(c) for c in row])
            if index % 500 == 0 and not progress(index, 0):
                raise ImportCancelled()
        return Sheet(_trim_rows(cells), fonts, unicode_known=workbook.properties.creator == EXPORT_CREATOR)
    except ThiDuaError:
        raise
    except Exception as error:  # malformed XML inside the sheet: a message, never a traceback
        raise ValidationError(
            Said(
                "Tệp {0} không đọc được như tệp Excel: nội dung bảng tính bị hỏng. Hãy mở tệp bằng "
                "Excel và lưu lại.",
                path.name,
            )
        ) from error
    finally:
        workbook.close()


def _font_name(cell: object) -> str:
    if getattr(cell, "value", None) in (None, ""):
        return ""
    font = getattr(cell, "font", None)
    return (font.name or "") if font is not None else ""


def _trim_rows(cells: list[list[str]]) -> list[list[str]]:
    """Rows without the empty cells at their end (read_only pads every row to the same width)."""
    trimmed = []
    for row in cells:
        end = len(row)
        while end and not row[end - 1]:
            end -= 1
        trimmed.append(row[:end])
    return trimmed


# -- legacy encodings ----------------------------------------------------------------------


def convert_legacy(sheet: Sheet) -> tuple[Sheet, Legacy | None, set[int]]:
    """The sheet with TCVN3 / VNI text converted to Unicode, the encoding found, and the indexes
    of the rows that changed.

    A cell whose font is a legacy font (".VnTime", ".VnTimeH", "VNI-Times" …) is converted by
    its font, unless it holds characters beyond Latin-1 (then it is Unicode already). Cells
    without such a font are converted only when the file's text as a whole reads as one legacy
    encoding (``legacy_text.guess_encoding``), and then only those that ``should_convert``.
    """
    found: Legacy | None = None
    plain: list[str] = []
    for r, row in enumerate(sheet.cells):
        for c, text in enumerate(row):
            if text and legacy_text.encoding_of_font(sheet.font(r, c)) is None:
                plain.append(text)
    guessed = None if sheet.unicode_known else legacy_text.guess_encoding(plain)
    converted_rows: set[int] = set()
    cells: list[list[str]] = []
    for r, row in enumerate(sheet.cells):
        new_row = []
        for c, text in enumerate(row):
            new = text
            encoding = legacy_text.encoding_of_font(sheet.font(r, c))
            if encoding is not None and legacy_text.is_8bit(text):
                new = clean(legacy_text.decode(text, encoding))
            elif encoding is None and guessed is not None and legacy_text.should_convert(text, guessed):
                encoding = guessed
                new = clean(legacy_text.convert_guessed(text, guessed))
            if new != text:
                converted_rows.add(r)
                found = found or encoding
            new_row.append(new)
        cells.append(new_row)
    if not converted_rows:
        return sheet, None, set()
    return Sheet(cells, sheet.fonts, sheet.unicode_known), found, converted_rows


# -- the preview ---------------------------------------------------------------------------


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
        Said(
            'Không tìm thấy dòng tiêu đề có cột "Họ và tên" trong {0} dòng đầu. Các cột nhận '
            "biết: Họ và tên, Chức vụ, Đơn vị, Số điện thoại, Vai trò, Mã.",
            _HEADER_SEARCH_ROWS,
        )
    )


# "Tổng cộng: 41 người", "Tổng số 41 đại biểu", "Cộng: 5": a totals row, not a person.
_TOTALS = re.compile(r"^(tong cong|tong so|tong|cong)( \d.*)?$")


def _is_totals_row(row: list[str]) -> bool:
    first = next((cell for cell in row if cell), "")
    return bool(_TOTALS.match(_header_key(first)))


# A Vietnamese mobile number without its 0 (03x, 05x, 07x, 08x, 09x: 9 digits left), or a
# landline without it (02xx: 10 digits left): what Excel keeps of a number typed as a number.
_MOBILE_WITHOUT_ZERO = re.compile(r"[35789][0-9]{8}")
_LANDLINE_WITHOUT_ZERO = re.compile(r"2[0-9]{9}")


def _restore_phone(phone: str) -> tuple[str, str]:
    """The phone with its leading 0 put back when Excel dropped it, and a note saying so (or "")."""
    if _MOBILE_WITHOUT_ZERO.fullmatch(phone) or _LANDLINE_WITHOUT_ZERO.fullmatch(phone):
        return (
            "0" + phone,
            Said("thêm số 0 đầu số điện thoại ({0} → 0{1}): Excel đã lưu nó như một con số", phone, phone),
        )
    if phone.isdigit() and not phone.startswith(("0", "84")):
        return phone, Said("số điện thoại {0} không bắt đầu bằng số 0: hãy kiểm tra", phone)
    return phone, ""


_FIELDS_COMPARED = (
    ("full_name", "Họ và tên"),
    ("role", "Vai trò"),
    ("position", "Chức vụ"),
    ("unit_id", "Đơn vị"),
    ("organization", "Cơ quan"),
    ("phone", "Số điện thoại"),
)


def _changes(before: Person, after: Person, units: dict[int, str]) -> list[str]:
    """What an update changes, as the preview says it: 'Chức vụ: "A" → "B"'."""

    def shown(attribute: str, person: Person) -> str:
        value = getattr(person, attribute)
        if attribute == "unit_id":
            return units.get(value, "") if value is not None else ""
        if attribute == "role":
            return ROLE_LABELS[value]
        return value

    return [
        Said('{0}: "{1}" → "{2}"', label, shown(attribute, before), shown(attribute, after))
        for attribute, label in _FIELDS_COMPARED
        if shown(attribute, before) != shown(attribute, after)
    ]


def preview_table(
    table: list[list[str]] | Sheet,
    units: list[Unit],
    existing: list[Person],
    source: str = "",
    *,
    convert: bool = True,
    progress: Progress = _no_progress,
) -> ImportPreview:
    """What importing ``table`` would add and update, its likely duplicates, notes, and every
    error by row and column. Pure: plain data in, plain data out (it runs in a worker thread).

    ``convert``: convert text found in TCVN3 / VNI to Unicode (the preview says which rows).
    A row whose code is already someone's in the meeting updates that person (the columns the
    file has replace theirs); one that changes nothing is listed as unchanged.
    """
    sheet = table if isinstance(table, Sheet) else Sheet(table)
    preview = ImportPreview(source)
    converted, encoding, converted_rows = convert_legacy(sheet)
    if encoding is not None:
        preview.legacy = encoding
        if convert:
            sheet = converted
            preview.converted_rows = sorted(r + 1 for r in converted_rows)
    rows = sheet.cells
    header_index, columns = _find_header(rows)
    unit_ids = {u.id for u in units if u.id is not None}
    unit_names = {u.id: u.short_name for u in units if u.id is not None}
    existing_codes = {p.code: p for p in existing}
    names = NameIndex(existing)
    row_of: dict[int, int] = {}  # id() of a previewed person -> its row number
    codes_in_file: dict[str, int] = {}
    total = len(rows)
    for index in range(header_index + 1, total):
        if index % 250 == 0 and not progress(index, total):
            raise ImportCancelled()
        row_number = index + 1
        if not any(rows[index]):
            continue
        if _is_totals_row(rows[index]):
            first = next(cell for cell in rows[index] if cell)
            preview.notes.append(
                Said('Dòng {0}: dòng tổng cộng ("{1}"), bỏ qua.', row_number, shorten(first))
            )
            continue
        cells = {c: (rows[index][i] if i < len(rows[index]) else "") for c, i in columns.items()}
        if not any(cells.values()):
            continue

        def error(column: str, message: str, row_number: int = row_number) -> None:
            preview.errors.append(
                Said('Dòng {0}, cột "{1}": {2}.', row_number, COLUMN_LABELS[column], message)
            )

        notes: list[str] = []
        if index in converted_rows and convert and encoding is not None:
            notes.append(Said("chuyển từ bảng mã {0} sang Unicode", encoding.label))
        code = clean(cells.get("code", ""))
        # A code already in the meeting: the row updates that person. The file's columns replace
        # theirs; what the file has no column for stays as it is.
        before = existing_codes.get(code) if code else None
        if "role" in columns or before is None:
            role = ROLE_WORDS.get(_header_key(cells.get("role", "")))
        else:
            role = before.role
        if role is None:
            error("role", f'"{shorten(cells["role"])}" không phải Trưởng đoàn, Đại biểu hay Khách mời')
            continue
        unit_text = cells.get("unit", "")
        if "unit" in columns or before is None:
            unit = find_unit(units, unit_text) if role != Role.GUEST else None
            unit_id = unit.id if unit else None
            organization = unit_text if role == Role.GUEST else ""
            if role != Role.GUEST and unit is None:
                if unit_text:
                    error("unit", f'không tìm thấy đơn vị "{shorten(unit_text)}" trong các đơn vị thành viên')
                else:
                    error("unit", "không được để trống (khách mời thì ghi Vai trò là Khách mời)")
        else:
            unit_id, organization = before.unit_id, before.organization
        phone = cells.get("phone", "") if "phone" in columns or before is None else before.phone
        if "phone" in columns:
            phone, phone_note = _restore_phone(phone)
            if phone_note:
                notes.append(phone_note)
                preview.notes.append(Said('Dòng {0}, cột "Số điện thoại": {1}.', row_number, phone_note))
        person = normalized(
            Person(
                full_name=cells["full_name"],
                role=role,
                position=cells.get("position", "")
                if "position" in columns or before is None
                else before.position,
                unit_id=unit_id,
                organization=organization,
                phone=phone,
                code=code,
                id=before.id if before else None,
                substitute_for=before.substitute_for if before else None,
            )
        )
        for label, message in field_errors(person, unit_ids):
            if label != "Đơn vị":
                preview.errors.append(
                    Said('Dòng {0}, cột "{1}": {2}.', row_number, _FIELD_COLUMNS[label], message)
                )
        if person.code:
            if person.code in codes_in_file:
                error("code", f"mã {person.code} trùng với dòng {codes_in_file[person.code]}")
            codes_in_file.setdefault(person.code, row_number)
        row = ImportRow(row_number, person, before=before, notes=notes)
        if before is not None:
            row.changes = _changes(before, person, unit_names)
        else:
            twin = names.find(person)
            if twin is not None:
                earlier = row_of.get(id(twin))
                row.duplicate_of = (
                    Said("trùng tên với dòng {0}", earlier)
                    if earlier is not None
                    else Said("trùng tên với {0} đã có trong danh sách", twin.full_name)
                )
            names.add(person)
            row_of[id(person)] = row_number
        preview.rows.append(row)
    if not preview.rows and not preview.errors:
        preview.errors.append(Said("Tệp không có dòng nào dưới dòng tiêu đề."))
    return preview


def preview_import(db: MeetingFile, path: str | Path, *, convert: bool = True) -> ImportPreview:
    return preview_table(
        read_sheet(path), list_units(db), list_people(db), source=Path(path).name, convert=convert
    )


@dataclass
class ImportResult:
    """What an import wrote: the people added, and each updated person before and after."""

    added: list[Person]
    before: list[Person]
    after: list[Person]


def apply_import_result(db: MeetingFile, preview: ImportPreview) -> ImportResult:
    """Add the previewed people and update the matched ones in one transaction; refuses a
    preview with errors. Unchanged rows write nothing."""
    if preview.errors:
        raise ValidationError(preview.errors)
    updates = preview.updates
    if not preview.additions and not updates:
        return ImportResult([], [], [])  # the list is already in the meeting: nothing to write
    added, after = change_people(
        db, [r.person for r in preview.additions], [r.person for r in updates], source=preview.source
    )
    return ImportResult(added, [r.before for r in updates if r.before is not None], after)


def apply_import(db: MeetingFile, preview: ImportPreview) -> list[Person]:
    """``apply_import_result``, returning the people added (the updated ones are not in it)."""
    return apply_import_result(db, preview).added


# -- export ----------------------------------------------------------------------------------


@dataclass
class ExportResult:
    count: int  # people written
    notes: list[str] = field(default_factory=list)  # what had to be changed to be written


# What an .xlsx cannot hold (openpyxl refuses it, Excel would call the file damaged): the
# control characters other than tab and line breaks. Text stored before the program refused
# them may still have some.
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_people(db: MeetingFile, path: str | Path) -> ExportResult:
    """Write everyone to an .xlsx that ``preview_import`` reads back as the same people.

    Every text cell is written as text, never as a formula ("=HYPERLINK(…)" stays those
    characters), and the text is not changed, so export then import gives back the same people.
    """
    import openpyxl
    from openpyxl.styles import Font

    from core.people import delegation_order

    units = list_units(db)
    unit_names = {u.id: u.short_name for u in units}
    people = delegation_order(list_people(db), units)
    workbook = openpyxl.Workbook()
    workbook.properties.creator = EXPORT_CREATOR  # read back: the file is Unicode (Sheet.unicode_known)
    sheet = workbook.worksheets[0]  # the one sheet a new workbook has
    sheet.title = "Đại biểu"
    headers = ["STT", *COLUMN_LABELS.values()]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    notes: list[str] = []
    for number, p in enumerate(people, start=1):
        unit = unit_names.get(p.unit_id, "") if p.role != Role.GUEST else p.organization
        values = [p.full_name, p.position, unit, p.phone, ROLE_LABELS[p.role], p.code]
        row = number + 1
        sheet.cell(row, 1, number)
        for column, value in enumerate(values, start=2):
            text = _NOT_IN_XLSX.sub("", value)
            if text != value:
                notes.append(
                    Said(
                        '{0}: cột "{1}" có ký tự điều khiển không ghi được vào Excel, đã bỏ đi.',
                        p.full_name or p.code,
                        headers[column - 1],
                    )
                )
            if text:
                cell = sheet.cell(row, column, text)
                cell.data_type = "s"  # text, even when it starts with "=": never a live formula
    for letter, width in zip("ABCDEFG", (6, 28, 36, 28, 16, 14, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    try:
        workbook.save(path)
    except OSError as error:
        raise ValidationError(Said("Không ghi được tệp {0}: {1}", path, error.strerror)) from error
    return ExportResult(len(people), notes)
