"""What the tests need to start the program (main.py, a tool) as a separate process.

Output is read as UTF-8, as the program writes it on every platform (main.py), never in the
locale's code page (cp1252 or cp1258 on Windows, where "Đ" would come back as mojibake).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = {"encoding": "utf-8", "errors": "replace"}  # for subprocess.run(..., **TEXT)


def project_modules() -> list[str]:
    """The module names of the project's own code, as a child process sees them."""
    names = ["__main__", "main"]  # main.py run as a script, or imported
    for package in ("core", "ui", "tools", "bench"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: this one's, plus ``extra``.

    Under ``python -X warn_default_encoding -m pytest`` (docs/development.md) the child warns
    about a missing encoding too, and fails on one in the project's own code, like the
    filterwarnings entry in pyproject.toml does here. PYTHONWARNINGS matches module names
    exactly, hence one entry per module; libraries' warnings are left alone.
    """
    env = {**os.environ, **extra}
    if sys.flags.warn_default_encoding:
        env["PYTHONWARNDEFAULTENCODING"] = "1"
        env["PYTHONWARNINGS"] = ",".join(f"error::EncodingWarning:{name}" for name in project_modules())
    return env


def real_platform() -> tuple[list[str], str] | None:
    """How to start a program on a real Qt platform plugin here: (command prefix, plugin), or None.

    The offscreen plugin cannot tell some things (it activates every window it shows).
    Linux: under xvfb-run, a private X server, never the developer's own desktop.
    """
    if sys.platform == "win32":
        return [], "windows"
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        return ["xvfb-run", "-a"], "xcb"
    return None


def run_main(*args: object, timeout: float = 120, env: dict[str, str] | None = None):
    """``python main.py *args`` in a process of its own, its output read as UTF-8."""
    import subprocess

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, cwd=ROOT, timeout=timeout, env=env or child_env(), **TEXT,
    )  # fmt: skip
