"""The program's standard streams: UTF-8 on every platform, and a console for the commands.

Windows gives a redirected stdout the locale's code page (cp1252, cp1258), in which
Vietnamese text is lost or raises; so stdout and stderr are always switched to UTF-8.

The windowed bundle (ThiDua.exe, build.spec) has no stdout or stderr at all. Its commands
(``ThiDua.exe verify …``) then write to the console they were started from, if there is one.
At an interactive prompt cmd.exe and PowerShell do not wait for a windowed program, though,
and its exit code is lost: ThiDua-cli.exe, the console build of the same program, is the
one for scripts and for reading errors (docs/windows.md).
"""

from __future__ import annotations

import io
import sys


def setup_streams(command: bool) -> None:
    """Make stdout and stderr UTF-8; for a command, borrow the parent's console where there is none."""
    if command and (sys.stdout is None or sys.stderr is None):
        _attach_parent_console()
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors="replace")


def _attach_parent_console() -> None:
    """Windows: write to the console of the cmd.exe or PowerShell that started us, if any."""
    if sys.platform != "win32":
        return  # elsewhere a program always has the streams it was given
    try:
        import ctypes

        attached = ctypes.windll.kernel32.AttachConsole(-1)  # ATTACH_PARENT_PROCESS
    except (OSError, AttributeError):
        return
    if not attached:
        return  # started from Explorer or a shortcut: there is no console to write to
    # "CONOUT$" opens as a console stream that writes Unicode itself (WriteConsoleW).
    console = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - for the whole run
    if sys.stdout is None:
        sys.stdout = console
    if sys.stderr is None:
        sys.stderr = console
