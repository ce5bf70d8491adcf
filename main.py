"""ThiDua: start the program, or run a command (python main.py --help)."""

from __future__ import annotations

import time

# Taken first, so that THIDUA_STARTUP_PROBE=1 can report the time to the first paint (bench/).
STARTED = time.perf_counter()

import sys  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--version"]:
        from core.version import version
        from ui.smoke import console_output  # the windowed Windows bundle has no stdout of its own

        print(f"ThiDua {version()}", file=console_output())
        return 0
    if argv[:1] == ["--smoke"]:  # a self-check of a build; deliberately not in --help
        from ui.smoke import run_smoke

        return run_smoke(argv[1:])
    from core import cli

    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help")):
        # Vietnamese on a redirected Windows stdout (cp1258) would fail: always write UTF-8.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
                stream.reconfigure(encoding="utf-8", errors="replace")
        return cli.main(argv)
    from ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
