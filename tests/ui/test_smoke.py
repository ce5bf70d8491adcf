"""The build self-check (python main.py --smoke), the version, and the start-up probe for bench/."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from core.cli import build_parser
from tests.processes import TEXT, child_env, real_platform
from ui import smoke

ROOT = Path(__file__).resolve().parent.parent.parent
MAIN = ROOT / "main.py"


def run_main(
    *args: str, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess:
    environment = child_env(QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        capture_output=True,
        **TEXT,
        timeout=timeout,
        env=environment,
        cwd=ROOT,
    )


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_smoke_passes_visits_every_stage_and_leaves_the_user_alone(tmp_path):
    home = tmp_path / "home"
    env = {
        "THIDUA_USER_DIR": str(home),  # what the program uses on every platform
        "HOME": str(home),  # and what platformdirs would use on Linux
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DOCUMENTS_DIR": str(home / "docs"),
    }
    result = run_main("--smoke", "--report", str(tmp_path / "report.txt"), env=env)
    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    lines = output.splitlines()
    assert lines[-1].startswith("smoke: all ")
    assert not [line for line in lines if line.startswith("FAIL")]
    stages = [line for line in lines if line.startswith("ok   stage ")]
    total = int(stages[0].split()[2].split("/")[1])
    assert len(stages) == total >= 6  # every stage of the main window, each on its own line
    assert any(line.startswith("ok   document ") for line in lines) or "skip documents" in output
    assert any(line.startswith("ok   PIN: set, checked and cleared") for line in lines)
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == output
    # Nothing written to the user's data, settings or documents folders.
    assert files_under(home) == []


def test_a_stage_that_cannot_be_built_fails_the_smoke(tmp_path):
    """A bundle missing a stage's module (it is imported by name) shows that stage as damaged;
    the smoke must say so, not pass."""
    script = (
        "import sys; import ui.main_window as w; "
        "w.MainWindow.STAGE_VIEWS = (('ui.not_bundled', 'SetupView'), *w.MainWindow.STAGE_VIEWS[1:]); "
        "import main; sys.exit(main.main(['--smoke']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        **TEXT,
        timeout=240,
        env=child_env(QT_QPA_PLATFORM="offscreen", THIDUA_USER_DIR=str(tmp_path / "home")),
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL stage 1/" in result.stdout
    assert "could not be built" in result.stdout and "ui.not_bundled" in result.stdout


def test_smoke_on_the_real_platform_plugin(tmp_path):
    """Where there is a window system (Windows; Xvfb here), the check runs on it, not offscreen:
    there, and only there, showing the projector can be seen to leave the keyboard alone."""
    how = real_platform()
    if how is None:
        pytest.skip("no real platform plugin here (Linux: apt-get install xvfb, README)")
    prefix, plugin = how
    env = child_env(THIDUA_USER_DIR=str(tmp_path / "home"))
    env.pop("QT_QPA_PLATFORM", None)  # the smoke check chooses, as on the hall laptop
    result = subprocess.run(
        [*prefix, sys.executable, str(MAIN), "--smoke"],
        capture_output=True,
        **TEXT,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok   platform: {plugin}" in result.stdout
    kept = "the keyboard stayed with the main window" in result.stdout
    # Xvfb activates any window asked; Windows may refuse a background process the foreground.
    assert kept or (plugin == "windows" and "the main window never became active" in result.stdout)


def test_the_check_runs_offscreen_only_where_no_window_can_be_shown(monkeypatch):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert smoke.needs_offscreen()  # a build server
    monkeypatch.setenv("DISPLAY", ":0")
    assert not smoke.needs_offscreen()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("DISPLAY")
    assert not smoke.needs_offscreen()  # Windows always has its own plugin


def test_the_pin_check_fails_without_openssls_pbkdf2(monkeypatch, tmp_path):
    """What a bundle without _hashlib gives: 3.11 warns (pure-Python stand-in), 3.12 has none."""
    import hashlib
    import warnings

    def stand_in(*args, **kwargs):
        warnings.warn(
            "Python implementation of pbkdf2_hmac() is deprecated.", DeprecationWarning, stacklevel=2
        )
        return real(*args, **kwargs)

    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", stand_in)
    run = smoke.SmokeRun(io.StringIO())
    assert not run.check("PIN", lambda: smoke.check_pin_hashing(tmp_path / "a.thidua"))
    assert "DeprecationWarning" in run.out.getvalue()
    monkeypatch.delattr(hashlib, "pbkdf2_hmac")
    assert not run.check("PIN", lambda: smoke.check_pin_hashing(tmp_path / "b.thidua"))
    assert "AttributeError" in run.out.getvalue()
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", real, raising=False)
    assert run.check("PIN", lambda: smoke.check_pin_hashing(tmp_path / "c.thidua"))


def test_a_failed_check_fails_the_run_with_its_reason():
    out = io.StringIO()
    run = smoke.SmokeRun(out)
    assert run.check("good", lambda: "fine")
    assert not run.check("bad", lambda: (_ for _ in ()).throw(smoke.SmokeFailure("no PDF")))
    assert run.summary() == 1
    text = out.getvalue()
    assert "ok   good: fine" in text
    assert "FAIL bad: no PDF" in text
    assert "FAILED 1 of 2" in text


def test_a_dialog_during_a_check_fails_it():
    run = smoke.SmokeRun(io.StringIO())
    assert not run.check("opens", lambda: run.unexpected.append("unexpected warning dialog 'x': y"))
    assert run.failed == ["opens"]
    assert run.summary() == 1


def test_an_exception_names_its_type():
    run = smoke.SmokeRun(io.StringIO())
    run.check("boom", lambda: {}["missing"])
    assert "FAIL boom: KeyError" in run.out.getvalue()


@pytest.mark.parametrize(
    "pdf, reason",
    [
        (b"", "empty"),
        (b"<html>", "not a PDF"),
        ("%PDF-1.4", "not bytes"),
        (b"%PDF-1.4\n1 0 obj", "cut short"),
    ],
)
def test_check_pdf_refuses_what_is_not_a_whole_pdf(pdf, reason):
    with pytest.raises(smoke.SmokeFailure, match=reason):
        smoke.check_pdf(pdf)


def test_check_pdf_counts_pages():
    pdf = b"%PDF-1.4\n<< /Type /Pages >>\n<< /Type /Page >>\n<</Type/Page>>\n%%EOF\n"
    assert smoke.check_pdf(pdf).endswith("2 page(s)")


def test_vote_ids_says_why_when_there_is_no_vote_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "core.votes", None)  # import fails as if the module were absent
    ids, why = smoke.vote_ids(db=None)
    assert ids == []
    assert "not available" in why


def test_smoke_is_not_in_the_help():
    assert "--smoke" not in build_parser().format_help()


def test_version_comes_from_pyproject():
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run_main("--version", timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"ThiDua {expected}"


def test_startup_probe_reports_the_first_paint_and_quits(tmp_path):
    meeting = tmp_path / "m.thidua"
    assert run_main("demo", str(meeting), timeout=60).returncode == 0
    home = tmp_path / "home"
    result = run_main(
        str(meeting), env={"THIDUA_STARTUP_PROBE": "1", "THIDUA_USER_DIR": str(home)}, timeout=60
    )
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("THIDUA_FIRST_PAINT")]
    fields = dict(part.split("=") for part in line.split()[1:])
    assert 0 < float(fields["since_main"]) < 30
    # The program kept its recent files in THIDUA_USER_DIR, not in the registry or ~/.config.
    [ini] = list((home / "settings").rglob("*.ini"))
    assert meeting.name in ini.read_text(encoding="utf-8")


def test_the_start_path_imports_no_document_library():
    """Opening the window must not load reportlab, openpyxl or python-docx (cold start, bench/)."""
    code = (
        "import sys; sys.argv = ['main.py']; import main, ui.app, ui.main_window; "
        "print(','.join(m for m in ('reportlab', 'openpyxl', 'docx', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        **TEXT,
        cwd=ROOT,
        timeout=60,
        check=True,
        env=child_env(),
    )
    assert result.stdout.strip() == "", (
        f"imported at start: {result.stdout.strip()} (python -X importtime main.py --smoke shows by whom)"
    )
