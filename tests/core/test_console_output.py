"""main.py writes UTF-8 on its redirected stdout and stderr, whatever the locale's code page.

On Windows a redirected stream gets the ANSI code page (cp1252; cp1258 on a Vietnamese
system), in which "Đ" and most Vietnamese letters cannot be written. PYTHONIOENCODING=cp1252
gives the program that same start here.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import main
from core.demo import write_demo
from tests.processes import ROOT, TEXT, child_env


def run_main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        **TEXT,
        cwd=ROOT,
        timeout=120,
        env=child_env(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="cp1252"),
    )


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "hội-nghị.thidua"
    write_demo(path).close()
    return path


def test_help_is_utf8():
    result = run_main("--help")
    assert result.returncode == 0, result.stderr
    assert "điều hành hội nghị tổng kết cụm thi đua" in result.stdout


def test_a_command_s_report_is_utf8(meeting):
    result = run_main("verify", str(meeting))
    assert result.returncode == 0, result.stderr
    assert "hội-nghị.thidua" in result.stdout


def test_a_command_s_error_is_utf8(tmp_path):
    result = run_main("verify", str(tmp_path / "không-có.thidua"))
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi: ")
    assert "không-có.thidua" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_usage_error_is_utf8():
    result = run_main("print", "x.thidua", "không-phải-loại-nào", "-o", "x.pdf")
    assert result.returncode == 2
    assert "Lỗi: " in result.stderr and "không-phải-loại-nào" in result.stderr


def test_the_window_s_own_usage_error_is_utf8(meeting):
    # Not a command: main.py starts the GUI, whose argument parser refuses a second file.
    result = run_main(str(meeting), "Đà Nẵng.thidua")
    assert result.returncode == 2
    assert "Đà Nẵng.thidua" in result.stderr


@pytest.mark.parametrize("args, code", [(["verify"], 0), (["verify", "--không-có"], 2)])
def test_a_command_with_no_console_at_all_still_runs(monkeypatch, meeting, args, code):
    """The windowed Windows bundle started from a shortcut: no stdout, no stderr, no console."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert main.main([*args, str(meeting)]) == code
    except SystemExit as exit_:  # argparse's own exit for a usage error
        assert exit_.code == code
