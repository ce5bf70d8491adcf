"""The program's version, from its one source: ``[project] version`` in pyproject.toml.

The source tree has pyproject.toml beside main.py; build.spec copies it into the bundle
(next to ``resources/``), so the bundle reads the same file and nothing is written twice.
"""

from __future__ import annotations

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
