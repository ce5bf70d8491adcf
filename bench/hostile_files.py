"""Hostile lists: files built to hang the importer or fill its memory (issue 16).

Used by bench/bench_import.py (time and memory of each refusal) and by
tests/core/test_import_bounds.py (each is refused with a message). Each builder writes a small
file on disk, streaming what it compresses, so building one costs little memory.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

_CHUNK = b" " * (1 << 20)
_A2 = re.compile(rb'<c r="A2"[^>]*>.*?</c>')  # the one person's name in the small workbook


def _small_workbook() -> dict[str, bytes]:
    """The parts of a valid one-sheet workbook with a header and one person."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Đơn vị"])
    sheet.append(["Hồ Văn Sơn", "Khánh Hòa"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_package(
    path: Path, parts: dict[str, bytes], big: tuple[str, Callable[[io.RawIOBase], None]] | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            if big is None or name != big[0]:
                archive.writestr(name, data)
        if big is not None:
            with archive.open(big[0], "w", force_zip64=True) as part:
                big[1](part)
    return path


def zip_bomb(path: Path, megabytes: int = 400) -> Path:
    """A workbook whose sheet unpacks to ``megabytes`` MB of spaces (packs about 1000 to 1)."""
    parts = _small_workbook()
    sheet = "xl/worksheets/sheet1.xml"

    def write(part) -> None:
        part.write(parts[sheet][: -len(b"</worksheet>")])
        for _ in range(megabytes):
            part.write(_CHUNK)
        part.write(b"</worksheet>")

    return _write_package(path, parts, (sheet, write))


def huge_dimension(path: Path) -> Path:
    """A 5 KB workbook that declares the whole sheet, A1:XFD1048576 (17 billion cells)."""
    parts = _small_workbook()
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    start = xml.index("<dimension")
    end = xml.index("/>", start) + 2
    parts[sheet] = (xml[:start] + '<dimension ref="A1:XFD1048576"/>' + xml[end:]).encode()
    return _write_package(path, parts)


def huge_shared_string(path: Path, characters: int = 400_000_000, random_letters: bool = False) -> Path:
    """A workbook whose one name is a shared string of ``characters`` characters (of random
    letters: it then packs as little as text does, and passes the package's bounds)."""
    parts = _small_workbook()
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = _A2.sub(b'<c r="A2" t="s"><v>0</v></c>', parts[sheet])
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    shared = "xl/sharedStrings.xml"

    def write(part) -> None:
        part.write(
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
        )
        block = (
            bytes(random.Random(16).choices(b"abcdefghiklmnopqrstuvxy ", k=1 << 20))
            if random_letters
            else b"A" * (1 << 20)
        )
        left = characters
        while left > 0:
            part.write(block[: min(left, len(block))])
            left -= len(block)
        part.write(b"</t></si></sst>")

    return _write_package(path, {**parts, shared: b""}, (shared, write))


def deep_xml(path: Path, depth: int = 200_000) -> Path:
    """A workbook whose sheet nests ``depth`` elements inside one cell."""
    parts = _small_workbook()
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet]
    deep = b"<x>" * depth + b"</x>" * depth
    parts[sheet] = xml.replace(
        b"</sheetData>",
        b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + deep + b"</t></is></c></row></sheetData>",
    )
    return _write_package(path, parts)


def entity_bomb(path: Path) -> Path:
    """A workbook whose sheet declares nested XML entities ("billion laughs")."""
    parts = _small_workbook()
    sheet = "xl/worksheets/sheet1.xml"
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    xml = parts[sheet].decode()
    body = xml[xml.index("<worksheet") :]
    cell = b'<c r="A2" t="inlineStr"><is><t>&a9;</t></is></c>'
    parts[sheet] = _A2.sub(cell, f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{body}'.encode())
    return _write_package(path, parts)


def many_rows_xml(path: Path, rows: int = 30_000) -> Path:
    """A real-looking workbook with ``rows`` people: more than a list can hold."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Họ và tên", "Đơn vị", "Chức vụ"])
    for number in range(rows):
        sheet.append([f"Nguyễn Văn {number}", "Khánh Hòa", "Chuyên viên"])
    workbook.save(path)
    return path


def huge_csv(path: Path, megabytes: int = 400) -> Path:
    """A CSV of ``megabytes`` MB."""
    with path.open("wb") as out:
        out.write("Họ và tên,Đơn vị\n".encode())
        line = "Nguyễn Văn An,Khánh Hòa\n".encode()
        block = line * ((1 << 20) // len(line))
        for _ in range(megabytes):
            out.write(block)
    return path


def long_line_csv(path: Path, characters: int = 9_000_000) -> Path:
    """A CSV under the size bound whose second line is one field of ``characters`` characters."""
    with path.open("wb") as out:
        out.write(b"Ho va ten,Don vi\n")
        out.write(b"A" * characters + b",Khanh Hoa\n")
    return path


BOMBS: dict[str, Callable[[Path], Path]] = {
    "zip bomb (400 MB sheet in 400 KB)": lambda folder: zip_bomb(folder / "zip-bomb.xlsx"),
    "declared dimension A1:XFD1048576": lambda folder: huge_dimension(folder / "dimension.xlsx"),
    "shared string of 400 million characters": lambda folder: huge_shared_string(folder / "shared.xlsx"),
    "shared string of 9 million random letters": lambda folder: huge_shared_string(
        folder / "shared-random.xlsx", 9_000_000, random_letters=True
    ),
    "XML nested 200,000 deep": lambda folder: deep_xml(folder / "deep.xlsx"),
    "XML entity bomb": lambda folder: entity_bomb(folder / "entities.xlsx"),
    "30,000 rows of people (.xlsx)": lambda folder: many_rows_xml(folder / "rows.xlsx"),
    "CSV of 400 MB": lambda folder: huge_csv(folder / "huge.csv"),
    "CSV line of 9 million characters": lambda folder: long_line_csv(folder / "line.csv"),
}
