"""tools/trim_icu.py: ICU's data package read, filtered and written back (the Linux bundle's ICU)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "tools"))

import trim_icu  # noqa: E402


def fake_package(items: list[tuple[str, bytes]]) -> bytes:
    """A minimal ICU common data package: 32-byte header with the CmnD format, then items."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += b"\0" * (32 - len(header))
    return trim_icu.build_common_data(header, items)


def test_a_package_reads_back_what_was_written():
    items = [
        ("icudt73l/coll/vi.res", b"vi" * 9),
        ("icudt73l/root.res", b"r"),
        ("icudt73l/uprops.icu", b"p" * 40),
    ]
    header, read = trim_icu.parse_common_data(fake_package(items))
    assert len(header) == 32
    assert [name for name, _ in read] == [name for name, _ in items]
    for (_, written), (_, blob) in zip(items, read, strict=True):
        assert blob[: len(written)] == written  # items are padded to 16 bytes
        assert len(blob) % 16 == 0


def test_not_icu_data_is_refused():
    with pytest.raises(trim_icu.TrimError):
        trim_icu.parse_common_data(b"\x20\x00\x00\x00" + b"\0" * 60)


@pytest.mark.parametrize(
    "name, kept",
    [
        ("icudt73l/vi.res", True),
        ("icudt73l/vi_VN.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/coll/vi.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/supplementalData.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/brkitr/word.brk", True),
        ("icudt73l/windows-1258-2000.cnv", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/zh_Hant_TW.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/lang/yue.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/ibm-943_P130-1999.cnv", False),
    ],
)
def test_only_vietnamese_english_and_shared_data_stay(name, kept):
    assert trim_icu.wanted(name) is kept
