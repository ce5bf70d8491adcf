"""The program's log: what happened on the hall laptop, for whoever looks after it later.

A rotating log in the user's data folder (``nhat-ky-loi/thidua.log``, 5 files of 1 MB): the
start of each run (version, system, Python, file opened), warnings, and every unexpected
error with its traceback. The windowed Windows bundle has no console, so without this file an
error at the hall would leave no trace. Set up once, by the GUI or a command, before anything
else runs; tests leave it alone (nothing is configured unless asked).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from core.paths import log_folder
from core.version import version

LOG_NAME = "thidua.log"
MAX_BYTES = 1_000_000
BACKUPS = 4

_configured: Path | None = None


def log_path() -> Path:
    return log_folder() / LOG_NAME


def system_name() -> str:
    """E.g. "Windows 10.0.19045" or "Linux 6.8.0": cheaper than platform.platform(), which
    costs the start-up more than the rest of the logging together."""
    if sys.platform == "win32":
        release = sys.getwindowsversion()
        return f"Windows {release.major}.{release.minor}.{release.build}"
    name = os.uname()
    return f"{name.sysname} {name.release}"


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to ``folder`` (default: the user's data folder); returns the log file, or None when
    it cannot be written (a read-only profile): the program runs on without a log."""
    global _configured
    if _configured is not None:
        return _configured
    target = (folder or log_folder()) / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = target
    logging.getLogger("thidua").info(
        "ThiDua %s starting: %s, Python %s, %s",
        version(),
        system_name(),
        sys.version.split()[0],
        "bundle" if getattr(sys, "frozen", False) else "source",
    )
    return target
