"""The program's version, from its one source: ``[project] version`` in pyproject.toml.

The source tree has pyproject.toml beside main.py; build.spec copies it into the bundle
(next to ``resources/``), so the bundle reads the same file and nothing is written twice.
"""

from __future__ import annotations

import re
import sys
import tomllib
from functools import cache
from pathlib import Path

UNKNOWN = "0+unknown"


def pyproject_path() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "pyproject.toml"


@cache
def version() -> str:
    """E.g. "0.1.0"; UNKNOWN when pyproject.toml is missing or has no version (never raises)."""
    try:
        data = tomllib.loads(pyproject_path().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return UNKNOWN
    value = data.get("project", {}).get("version")
    return value if isinstance(value, str) and value else UNKNOWN


def windows_file_version(text: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource (build.spec) for a PEP 440 version.

    Only the release numbers count: "0.2.0rc1" and "0.2.0.dev3" give (0, 2, 0, 0), "1.2+abc"
    gives (1, 2, 0, 0), an epoch ("1!2.0") is dropped. Windows keeps 16 bits per number; the
    full text stays in the resource's FileVersion and ProductVersion strings.
    """
    match = re.match(r"\s*v?(?:\d+!)?(\d+(?:\.\d+)*)", text)
    numbers = [int(part) for part in match.group(1).split(".")] if match else []
    padded = (numbers + [0, 0, 0, 0])[:4]
    return tuple(min(number, 0xFFFF) for number in padded)  # type: ignore[return-value]
