"""ThiDua: start the program, or run a command (python main.py --help)."""

from __future__ import annotations

import time

# Taken first, so that THIDUA_STARTUP_PROBE=1 can report the time to the first paint (bench/).
STARTED = time.perf_counter()

import sys  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from core import cli
    from core.console import setup_streams

    command = bool(argv) and (argv[0] in ("--version", "--smoke", "-h", "--help") or argv[0] in cli.COMMANDS)
    setup_streams(command)  # UTF-8 always; the windowed Windows bundle's commands borrow a console
    if argv[:1] == ["--version"]:
        from core.version import version

        print(f"ThiDua {version()}")
        return 0
    if argv[:1] == ["--smoke"]:  # a self-check of a build; deliberately not in --help
        from ui.smoke import run_smoke

        return run_smoke(argv[1:])
    from core.diagnostics import setup_logging

    setup_logging()  # the log file, for the GUI and every command (the GUI adds its exception hook)
    if command:
        return cli.main(argv, sys.stdout, sys.stderr)  # the streams as they are now, not at import
    if argv and cli.looks_like_a_command(argv[0]):
        return cli.unknown_command(argv[0], sys.stderr)  # "verfy", "help": an error, not the GUI
    from ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
