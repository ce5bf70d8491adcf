"""End to end against a real print system: the preview's print path sends a job to CUPS.

.ci/run installs CUPS with the cups-pdf printer, starts it and adds the queue ThiDua-PDF
(another queue: THIDUA_TEST_PRINTER). The program's own path is used as in the hall: the
print dialog's choice is a printer *name* (QPrinter's native format, CUPS underneath), the
worker draws the pages, CUPS takes the job. The test then sees the job among CUPS' completed
jobs and reads the PDF cups-pdf wrote: the pages of the chosen range, in order.

It is skipped, saying why, only where no CUPS scheduler runs (Windows, a desktop without CUPS).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.processes import TEXT
from tests.ui.print_pages import marks, numbered_pdf
from tests.ui.test_print_preview import open_preview, print_and_wait
from ui import print_preview

QUEUE = os.environ.get("THIDUA_TEST_PRINTER", "ThiDua-PDF")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def lpstat(*args: str) -> str:
    done = subprocess.run(["lpstat", *args], capture_output=True, timeout=30, check=False, **TEXT)
    return done.stdout + done.stderr


def cups_running() -> str:
    """'' when a CUPS scheduler answers, else why not."""
    if shutil.which("lpstat") is None:
        return "no CUPS on this machine (lpstat not found); .ci/run installs it on Debian"
    if "scheduler is running" not in lpstat("-r"):
        return "the CUPS scheduler is not running (start cupsd; .ci/run does)"
    return ""


def cups_pdf_folders() -> list[Path]:
    """Where cups-pdf may write this user's job: its configuration's Out (${HOME}/PDF by default,
    the home of the job's user in the password database), and its spool for anonymous jobs."""
    import pwd  # CUPS machines only (this module is skipped elsewhere)

    homes = list(dict.fromkeys([Path(pwd.getpwuid(os.getuid()).pw_dir), Path.home()]))
    outs = ["${HOME}/PDF"]
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                outs.insert(0, match.group(1))
    user = pwd.getpwuid(os.getuid()).pw_name
    folders = [
        Path(out.replace("${HOME}", str(home)).replace("${USER}", user)) for out in outs for home in homes
    ]
    return [*dict.fromkeys(folders), Path("/var/spool/cups-pdf/ANONYMOUS")]


# .ci/run sets THIDUA_REQUIRE_CUPS where it installed and started CUPS: there a missing
# scheduler is a failure, not a reason to skip
REQUIRED = os.environ.get("THIDUA_REQUIRE_CUPS") == "1"
pytestmark = pytest.mark.skipif(
    bool(cups_running()) and not REQUIRED, reason=cups_running() or "CUPS is running"
)


def test_a_page_range_printed_to_a_cups_printer_is_a_completed_job_with_those_pages(qtbot, monkeypatch):
    assert not cups_running(), cups_running()
    assert QUEUE in lpstat("-p"), (
        f"CUPS runs but has no queue {QUEUE}: add it as .ci/run does "
        f"(lpadmin -p {QUEUE} -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd)"
    )
    title = f"thidua-e2e-{uuid.uuid4().hex[:8]}"

    def choose(_parent, printer: QPrinter, _current: int) -> bool:
        printer.setPrinterName(QUEUE)  # what the print dialog sets when the user picks it
        printer.setDocName(title)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 4)
        return True

    monkeypatch.setattr(print_preview, "choose_printer", choose)
    before = set(
        re.findall(rf"^{re.escape(QUEUE)}-\d+", lpstat("-W", "completed", "-o", QUEUE), re.MULTILINE)
    )
    dialog = open_preview(qtbot, numbered_pdf(5))
    assert print_and_wait(qtbot, dialog)
    assert dialog.jobs[-1].printer_name == QUEUE

    def new_completed_jobs() -> set[str]:
        jobs = set(
            re.findall(rf"^{re.escape(QUEUE)}-\d+", lpstat("-W", "completed", "-o", QUEUE), re.MULTILINE)
        )
        return jobs - before

    deadline = time.monotonic() + 60
    while not new_completed_jobs() and time.monotonic() < deadline:
        qtbot.wait(250)
    assert new_completed_jobs(), f"no completed job on {QUEUE}; not completed: {lpstat('-o', QUEUE)!r}"

    written: list[Path] = []
    while not written and time.monotonic() < deadline:
        written = [
            p for folder in cups_pdf_folders() if folder.is_dir() for p in folder.glob(f"{title}*.pdf")
        ]
        qtbot.wait(250)
    assert written, f"cups-pdf wrote no {title}*.pdf in {cups_pdf_folders()}"
    assert marks(written[0].read_bytes()) == [2, 3, 4]
    written[0].unlink()


def test_pages_typed_in_qts_dialog_for_a_cups_printer_are_the_pages_drawn(qtbot):
    """Qt's dialog hands "Pages: 2-3" of a CUPS printer to CUPS and says "all pages": the program
    drew all 38 name plates (17 MB) and said it sent 38. The pages are chosen by the program now,
    and the option is taken back so that CUPS does not choose again among the two pages it gets."""
    assert not cups_running(), cups_running()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    engine = printer.printEngine()
    engine.setProperty(print_preview.CUPS_OPTIONS, ["page-ranges", "2-3", "media", "A4"])
    plan = print_preview.plan_pages(printer, 38, 0)
    assert plan.chosen == [1, 2]
    assert list(engine.property(print_preview.CUPS_OPTIONS)) == ["media", "A4"]
