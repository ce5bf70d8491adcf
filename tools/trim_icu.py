"""Make a smaller ICU data library for the Linux bundle (build.spec uses it).

PySide6's Linux wheel ships libicudata.so.73 (31 MB): the ICU data for every language
of the world. Qt uses ICU for collation, text boundaries and time zones; the program
shows Vietnamese and English only. This keeps every item ICU needs for any locale
(properties, normalization, break rules, time zones, converters, the root locale) and
the Vietnamese and English locale data, drops the other locales' data, the dictionaries
for scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) and
the transliterators, and wraps the result in a shared library with the same name and
symbol, assembled by binutils (``as``, ``ld``).

    python tools/trim_icu.py IN/libicudata.so.73 OUT/libicudata.so.73   # prints the sizes

The data is ICU's "common data" package: a header, then a table of contents of
(name offset, data offset) pairs, sorted by name, then the items, each 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"root", "en", "vi"}
DROPPED_FOLDERS = {"translit"}
DROPPED_SUFFIXES = (".dict",)  # word dictionaries for scripts without spaces (cjdict, thaidict, …)
# Legacy text encodings: the program writes UTF-8; Vietnamese (1258) and Western (1252) stay.
KEPT_CONVERTERS = ("1258", "1252")
LOCALE_NAME = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]+)*$")


class TrimError(Exception):
    pass


def find_symbol(elf: bytes, name: bytes) -> tuple[int, int]:
    """(file offset, size) of a dynamic symbol in a 64-bit little-endian ELF shared library."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _st_other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", elf, at)
            start = strtab[4] + st_name
            if elf[start : elf.index(b"\0", start)] == name:
                home = sections[st_shndx]
                return st_value - home[3] + home[4], st_size
    raise TrimError(f"symbol {name.decode()} not found")


def parse_common_data(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise TrimError("not ICU common data (CmnD)")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = toc + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = toc + entries[index + 1][1] if index + 1 < count else len(data)
        items.append((name, data[toc + data_offset : end]))
    return data[:header_size], items


def build_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of parse_common_data; items stay in the given (sorted) order."""
    count = len(items)
    names = b""
    name_offsets = []
    names_start = 4 + 8 * count
    for name, _blob in items:
        name_offsets.append(names_start + len(names))
        names += name.encode("ascii") + b"\0"
    body_start = names_start + len(names)
    padding = -(len(header) + body_start) % 16
    toc_size = body_start + padding
    blobs = b""
    data_offsets = []
    for _name, blob in items:
        data_offsets.append(toc_size + len(blobs))
        blobs += blob + b"\0" * (-len(blob) % 16)
    toc = struct.pack("<I", count)
    toc += b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + toc + names + b"\0" * padding + blobs


def wanted(name: str) -> bool:
    """Whether an item such as "icudt73l/coll/vi.res" stays."""
    parts = name.split("/")[1:]  # drop the package name "icudt73l"
    if parts and parts[0] in DROPPED_FOLDERS:
        return False
    leaf = parts[-1] if parts else name
    if leaf.endswith(DROPPED_SUFFIXES):
        return False
    if leaf.endswith(".cnv"):
        return any(code in leaf for code in KEPT_CONVERTERS)
    stem, _, suffix = leaf.rpartition(".")
    if suffix == "res" and LOCALE_NAME.match(stem):
        return stem.split("_")[0] in KEEP_LANGUAGES
    return True


def assemble(data: bytes, symbol: str, soname: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "icu.dat").write_bytes(data)
        (work / "icu.s").write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
            f'.incbin "{work / "icu.dat"}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        subprocess.run(["as", "-o", str(work / "icu.o"), str(work / "icu.s")], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(out), str(work / "icu.o")], check=True)


def trim(source: Path, out: Path) -> tuple[int, int]:
    """Write the trimmed library to ``out``; returns (data bytes before, after)."""
    if not (shutil.which("as") and shutil.which("ld")):
        raise TrimError("binutils (as, ld) not found")
    elf = source.read_bytes()
    version = re.search(rb"icudt(\d+)_dat", elf)
    if version is None:
        raise TrimError("no icudtNN_dat symbol")
    symbol = f"icudt{version.group(1).decode()}_dat"
    offset, size = find_symbol(elf, symbol.encode())
    header, items = parse_common_data(elf[offset : offset + size])
    kept = [(name, blob) for name, blob in items if wanted(name)]
    data = build_common_data(header, kept)
    parse_common_data(data)  # reads back: a broken package must never reach the bundle
    out.parent.mkdir(parents=True, exist_ok=True)
    assemble(data, symbol, source.name, out)
    return size, len(data)


def main(argv: list[str]) -> int:
    before, after = trim(Path(argv[0]), Path(argv[1]))
    print(f"ICU data: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
