"""``python main.py --smoke``: a self-check of a build (from source or from the bundle).

It starts the GUI on the platform's own plugin (offscreen only where there is no screen,
see needs_offscreen), opens a fresh demo conference in a temporary folder, shows the main
window, visits every stage (and every tab inside it), shows the projector (which must leave
the keyboard with the main window), sets and checks a PIN, renders every printable document
kind to PDF, shows one in the print preview (PDFium draws its page) and prints it to a PDF
file through the preview's print path, prints one line per check and exits 0 only if every
check passed (1 otherwise, with the reason on the failed line).

It is generic on purpose: stages come from the main window's stage list and documents
from core/documents/catalog.py KINDS, so new stages and documents are checked without
touching this file. The user's data is never touched: the data, documents and settings
folders all point into the temporary folder, and any dialog that would wait for a person
is recorded as a failure instead of blocking.

Options (after --smoke): ``--report FILE`` also writes the lines to FILE (the windowed
ThiDua.exe has no console of its own; ThiDua-cli.exe has); ``--keep`` keeps the temporary
folder and says where.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

TIMEOUT_S = float(os.environ.get("THIDUA_SMOKE_TIMEOUT", "300"))


class SmokeFailure(Exception):
    """A check's reason for failing."""


@dataclass
class SmokeRun:
    """The checks made so far; each prints one line as it finishes."""

    out: TextIO
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: int = 0
    unexpected: list[str] = field(default_factory=list)  # dialogs and exceptions seen meanwhile
    reported: int = 0  # how many of ``unexpected`` a check has already failed on

    def line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def check(self, name: str, action: Callable[[], str | None]) -> bool:
        """Run ``action``; it returns a detail for the line, or raises to fail."""
        seen = len(self.unexpected)
        start = time.perf_counter()
        try:
            detail = action()
        except Exception as error:  # every failure becomes a line, never a traceback to stop at
            reason = str(error) if isinstance(error, SmokeFailure) else _describe(error)
            return self.fail(name, "; ".join([reason, *self.unexpected[seen:]]))
        if len(self.unexpected) > seen:
            return self.fail(name, "; ".join(self.unexpected[seen:]))
        took = time.perf_counter() - start
        self.passed += 1
        self.line(f"ok   {name}" + (f": {detail}" if detail else "") + f" ({took:.2f} s)")
        return True

    def skip(self, name: str, reason: str) -> None:
        self.skipped += 1
        self.line(f"skip {name}: {reason}")

    def fail(self, name: str, reason: str) -> bool:
        self.reported = len(self.unexpected)
        self.failed.append(name)
        self.line(f"FAIL {name}: {reason}")
        return False

    def summary(self) -> int:
        if self.failed:
            self.line(f"smoke: FAILED {len(self.failed)} of {self.passed + len(self.failed)} checks")
            return 1
        self.line(f"smoke: all {self.passed} checks passed ({self.skipped} skipped)")
        return 0


def _describe(error: BaseException) -> str:
    where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    at = f" at {Path(where[0].filename).name}:{where[0].lineno}" if where else ""
    return f"{type(error).__name__}: {error}{at}"


def check_pdf(pdf: object) -> str:
    """Raise SmokeFailure unless ``pdf`` is a non-empty PDF; return its size and pages."""
    if not isinstance(pdf, bytes | bytearray):
        raise SmokeFailure(f"render returned {type(pdf).__name__}, not bytes")
    if not pdf:
        raise SmokeFailure("empty PDF")
    if not pdf.startswith(b"%PDF"):
        raise SmokeFailure(f"not a PDF (starts with {bytes(pdf[:8])!r})")
    if b"%%EOF" not in pdf[-1024:]:
        raise SmokeFailure("PDF is cut short (no %%EOF)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    return f"{len(pdf) / 1024:.0f} KB, {pages} page(s)"


def vote_ids(db) -> tuple[list[int], str]:
    """The meeting's vote ids (first first), or none and why, from core.votes if it exists."""
    try:
        from core.votes import list_votes
    except ImportError:
        return [], "core.votes.list_votes is not available in this version"
    ids = []
    for vote in list_votes(db):
        if isinstance(vote, int):
            ids.append(vote)
        elif getattr(vote, "id", None) is not None:
            ids.append(vote.id)
        elif isinstance(vote, dict) and "id" in vote:
            ids.append(vote["id"])
        elif isinstance(vote, tuple | list) and vote:
            ids.append(vote[0])
    return ids, ("" if ids else "the demo meeting has no vote")


# -- isolation -----------------------------------------------------------------------


def isolate_user_folders(folder: Path) -> None:
    """Point every per-user folder the program may write to into ``folder``.

    core/paths.py resolves them all and honours THIDUA_USER_DIR on every platform. The XDG
    variables and the platformdirs functions are redirected too, as a net for any code that
    would ask platformdirs itself. Must run before core/ui modules are imported (some bind
    platformdirs results by name).
    """
    from core.paths import USER_DIR_ENV

    os.environ[USER_DIR_ENV] = str(folder)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(folder / var.lower())
    import platformdirs

    def redirect(name: str) -> Callable[..., object]:
        target = folder / "platformdirs" / name

        def where(*_args, **_kwargs):
            target.mkdir(parents=True, exist_ok=True)
            return target if name.endswith("_path") else str(target)

        return where

    for name in dir(platformdirs):
        if name.startswith("user_") and name.endswith(("_dir", "_path")):
            setattr(platformdirs, name, redirect(name))


def isolate_qsettings(folder: Path) -> None:
    """QSettings as INI files in ``folder`` (on Windows the native format is the registry)."""
    from ui.settings import use_ini_files

    use_ini_files(folder / "qsettings")


def guard_dialogs(run: SmokeRun) -> None:
    """A dialog waiting for a person would hang the check: record it as a failure instead."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def recorder(kind: str, answer):
        def show(_parent, title="", text="", *_args, **_kwargs):
            run.unexpected.append(f"unexpected {kind} dialog {title!r}: {text}")
            return answer

        return staticmethod(show)

    no = QMessageBox.StandardButton.No
    for kind in ("warning", "information", "critical", "question", "about"):
        setattr(QMessageBox, kind, recorder(kind, no))

    def dialog_exec(dialog) -> int:
        run.unexpected.append(f"unexpected modal dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")
        return 0

    QDialog.exec = dialog_exec
    QMessageBox.exec = dialog_exec
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        setattr(QFileDialog, name, recorder(f"file ({name})", ("", "")))

    def excepthook(kind, error, tb) -> None:  # an exception in a Qt slot would otherwise only print
        run.unexpected.append(_describe(error.with_traceback(tb)))

    sys.excepthook = excepthook


def console_output() -> TextIO:
    """Where the lines go: stdout, which main.py has made UTF-8 (and, in the windowed Windows
    bundle, pointed at the console it was started from, if any); else nowhere."""
    if sys.stdout is None:
        return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return sys.stdout


def needs_offscreen() -> bool:
    """True where no window can be shown: Linux without X11 or Wayland (a build server).

    Elsewhere the check runs on the real platform plugin (windows, xcb, …), which is the
    one the hall laptop uses; QT_QPA_PLATFORM=offscreen still forces the offscreen one.
    """
    if not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _Tee:
    def __init__(self, *streams: TextIO):
        self.streams = streams

    def write(self, text: str) -> None:
        for stream in self.streams:
            stream.write(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()


# -- the checks ----------------------------------------------------------------------


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(widget, what: str, save_as: Path | None = None) -> str:
    """Render ``widget`` as the screen would; with ``save_as``, keep the picture (see --keep)."""
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() < 10 or pixmap.height() < 10:
        raise SmokeFailure(f"{what} did not render")
    if save_as is not None:
        save_as.parent.mkdir(parents=True, exist_ok=True)
        pixmap.save(str(save_as))
    return f"{pixmap.width()}×{pixmap.height()}"


def _check_gui(run: SmokeRun, folder: Path) -> None:
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication, QTabWidget

    from core.demo import write_demo
    from core.paths import resource
    from core.version import UNKNOWN, version
    from ui.app import UI_FONT, create_application
    from ui.damaged_view import DamagedView
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    def check_version() -> str:
        if version() == UNKNOWN:
            raise SmokeFailure("pyproject.toml (the version's source) was not found")
        return version()

    run.check("version", check_version)
    app = create_application()
    run.check("platform", lambda: QApplication.platformName())

    def fonts() -> str:
        if not list(resource("fonts").glob("*.ttf")):
            raise SmokeFailure(f"no fonts in {resource('fonts')}")
        families = set(QFontDatabase.families())
        missing = [f for f in (UI_FONT, "Liberation Serif") if f not in families]
        if missing:
            raise SmokeFailure(f"bundled fonts not loaded: {', '.join(missing)}")
        return ", ".join(sorted(f for f in families if f.startswith("Liberation")))

    run.check("fonts", fonts)

    def translations() -> str:
        if not install_language("en"):
            raise SmokeFailure("resources/translations/thidua_en.qm did not load")
        install_language("vi")
        return "vi, en"

    run.check("translations", translations)

    def vietnamese_text() -> str:
        # Qt sorts and breaks text with ICU, whose data the Linux bundle trims (tools/trim_icu.py).
        from PySide6.QtCore import QCollator, QLocale

        collator = QCollator(QLocale("vi_VN"))
        names = ["Đức", "Dũng", "Ánh", "An", "Ơn", "Ôn", "On"]
        expected = ["An", "Ánh", "Dũng", "Đức", "On", "Ôn", "Ơn"]
        got = sorted(names, key=collator.sortKey)
        if got != expected:
            raise SmokeFailure(f"Vietnamese collation gives {got}")
        upper = QLocale("vi_VN").toUpper("đảng cộng sản việt nam")
        if upper != "ĐẢNG CỘNG SẢN VIỆT NAM":
            raise SmokeFailure(f"upper case gives {upper!r}")
        return "collation and case of Vietnamese"

    run.check("vietnamese text (ICU)", vietnamese_text)

    path = folder / "demo.thidua"
    window = MainWindow()

    def open_demo() -> str:
        write_demo(path).close()
        if not window.open_meeting(path):
            raise SmokeFailure(f"could not open {path}")
        window.show()
        _settle(app)
        if not window.isVisible():
            raise SmokeFailure("the main window is not visible")
        return f"{path.name}, window {_grab(window, 'the main window')}"

    if not run.check("open demo meeting", open_demo):
        return
    stage_list, stages = window.stage_list, window.stages
    if stage_list is None or stage_list.count() == 0:
        run.fail("stages", "the main window lists no stage")
        return
    for row in range(stage_list.count()):
        name = stage_list.item(row).text()

        def visit(row: int = row, name: str = name) -> str:
            stage_list.setCurrentRow(row)
            _settle(app)
            view = stages.currentWidget()
            if stages.currentIndex() != row or view is None or not view.isVisible():
                raise SmokeFailure(f"stage {name!r} is not shown")
            if isinstance(view, DamagedView):  # the demo is sound: a stage that cannot be built is a fault
                raise SmokeFailure(f"stage {name!r} could not be built: {view.message.text()}")
            details = [
                f"{type(view).__name__} {_grab(window, name, folder / 'screens' / f'stage-{row + 1}.png')}"
            ]
            tabs = 0
            for tab_widget in view.findChildren(QTabWidget):
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    _settle(app, 2)
                    _grab(tab_widget.currentWidget(), f"tab {tab_widget.tabText(index)!r}")
                    tabs += 1
                tab_widget.setCurrentIndex(0)
            if tabs:
                details.append(f"{tabs} tab(s)")
            return ", ".join(details)

        run.check(f"stage {row + 1}/{stage_list.count()} {name}", visit)
    stage_list.setCurrentRow(0)

    def projector() -> str:
        # The clerk types (and the badge scanner "types") into the main window: showing the
        # projector must leave the keyboard there. Offscreen, Qt activates every window it
        # shows, so only a real platform plugin can tell.
        real = QApplication.platformName() != "offscreen"
        window.activateWindow()
        active = real and _wait(app, window.isActiveWindow)
        typing_into = QApplication.focusWidget()
        window.show_projector()
        _settle(app)
        if not window.projector.isVisible():
            raise SmokeFailure("the projector window did not show")
        if active:
            _wait(app, lambda: not window.isActiveWindow(), 0.5)  # give the window system its say
            if not window.isActiveWindow() or QApplication.focusWidget() is not typing_into:
                raise SmokeFailure("the projector took the keyboard from the main window")
        size = _grab(window.projector, "the projector", folder / "screens" / "projector.png")
        window.projector.hide()
        if active:
            return f"{size}, the keyboard stayed with the main window"
        return f"{size}, keyboard not checked ({'offscreen' if not real else 'the main window never became active'})"

    run.check("projector", projector)
    run.check("PIN", lambda: check_pin_hashing(folder / "pin.thidua"))
    run.check(
        "Excel: the delegate list out and back in", lambda: _check_excel(window.db, folder / "people.xlsx")
    )
    run.check("Word: the agreement as .docx", lambda: _check_docx(window.db, folder / "agreement.docx"))
    _check_documents(run, window.db, folder / "documents")
    run.check("print preview and printing", lambda: _check_preview(app, window, folder / "printed.pdf"))
    window.close()
    _settle(app)


def _wait(app, condition: Callable[[], bool], seconds: float = 2.0) -> bool:
    """Process events until ``condition()`` holds or ``seconds`` pass; its last value."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def check_pin_hashing(path: Path) -> str:
    """Set, check and clear the organizers' PIN on a fresh demo file (core/safety.py).

    The PIN is PBKDF2 from OpenSSL (hashlib's _hashlib). A bundle without it fails here: from
    Python 3.12 hashlib.pbkdf2_hmac is missing, and 3.11's pure-Python stand-in warns (an
    error here) that it is going away.
    """
    import warnings

    from core.demo import write_demo
    from core.safety import check_pin, clear_pin, has_pin, set_pin

    db = write_demo(path)
    try:
        started = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            set_pin(db, "2019")
            if not check_pin(db, "2019"):
                raise SmokeFailure("the PIN just set is refused")
            if check_pin(db, "9102"):
                raise SmokeFailure("a wrong PIN is accepted")
            clear_pin(db, "2019")
        if has_pin(db):
            raise SmokeFailure("the PIN could not be cleared")
        return f"set, checked and cleared in {(time.perf_counter() - started) * 1000:.0f} ms"
    finally:
        db.close()


def _check_excel(db, path: Path) -> str:
    """Export the people to .xlsx and read the file back (openpyxl and lxml in the bundle)."""
    from core.importer import export_people, preview_import

    written = export_people(db, path).count
    preview = preview_import(db, path)
    if preview.errors:
        raise SmokeFailure(f"the exported list is refused: {preview.errors[0]}")
    if len(preview.rows) != written:
        raise SmokeFailure(f"{written} people written, {len(preview.rows)} read back")
    if preview.additions or any(row.is_update for row in preview.rows):
        raise SmokeFailure("reading the export back would change people")
    return f"{written} people, {path.stat().st_size / 1024:.0f} KB"


def _check_docx(db, path: Path) -> str:
    """The agreement for Word (python-docx and lxml in the bundle): a whole .docx package."""
    import zipfile

    from core.agreement_docx import export_docx

    export_docx(db, path)
    with zipfile.ZipFile(path) as package:
        text = package.read("word/document.xml").decode("utf-8")
    if "GIAO ƯỚC" not in text.upper():
        raise SmokeFailure("the .docx holds no agreement title")
    return f"{path.stat().st_size / 1024:.0f} KB"


def _check_documents(run: SmokeRun, db, out: Path) -> None:
    from core.documents.catalog import KINDS, PrintOptions, render

    out.mkdir(parents=True, exist_ok=True)
    if not KINDS:
        run.skip("documents", "no document kind is registered in core/documents/catalog.py")
        return
    votes: tuple[list[int], str] | None = None
    for kind, document in KINDS.items():
        options = PrintOptions()
        if document.needs_vote:
            if votes is None:
                votes = vote_ids(db)
            ids, why = votes
            if not ids:
                run.skip(f"document {kind}", f"needs a vote: {why}")
                continue
            options = PrintOptions(vote_id=ids[0])

        def render_one(kind: str = kind, options: PrintOptions = options) -> str:
            pdf = render(db, kind, options)
            detail = check_pdf(pdf)
            (out / f"{kind}.pdf").write_bytes(pdf)
            vote = f", vote {options.vote_id}" if options.vote_id is not None else ""
            return detail + vote

        run.check(f"document {kind}", render_one)


def _check_preview(app, window, printed: Path) -> str:
    """One document through the path every print button takes: rendered in the background,
    saved, shown in the preview (its first page drawn by PDFium), then printed by the preview's
    print path, with Qt's print dialog answered by a printer that writes ``printed``."""
    from PySide6.QtPrintSupport import QPrinter

    from core.documents.catalog import KINDS, PrintOptions, render
    from ui import print_preview, printing
    from ui.pdf_pages import renderer_version

    kind = next((kind for kind, document in KINDS.items() if not document.needs_vote), None)
    if kind is None:
        raise SmokeFailure("no document kind prints without a vote")
    job = printing.print_pdf(window, window.db, lambda db: render(db, kind, PrintOptions()), f"smoke-{kind}")
    if not _wait(app, lambda: job.preview is not None, 120):
        raise SmokeFailure(f"no preview of {kind} came up")
    preview = job.preview
    if not isinstance(preview, print_preview.PreviewDialog) or preview.pages is None:
        raise SmokeFailure(f"the preview shows no page: {getattr(preview, 'problem', preview)}")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", job.path.read_bytes()))
    if preview.page_count != pages:
        raise SmokeFailure(f"the preview shows {preview.page_count} page(s) of a {pages}-page PDF")
    _settle(app)
    image = preview.sheet.pixmap().toImage()
    if image.isNull() or image.width() < 100:
        raise SmokeFailure("the preview drew no page")
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 80
    )
    if dark < 50:
        raise SmokeFailure("the page drawn in the preview is blank")

    def choose(_parent, printer: QPrinter, _current: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        printer.setCopyCount(2)
        return True

    sent: list[bool] = []
    preview.printed.connect(sent.append)
    saved = print_preview.choose_printer, print_preview.printer_names
    print_preview.choose_printer, print_preview.printer_names = choose, lambda: ["smoke"]
    try:
        preview.print_pages()
        if not _wait(app, lambda: bool(sent), 120) or sent != [True]:
            raise SmokeFailure(f"printing did not finish: {sent}")
    finally:
        print_preview.choose_printer, print_preview.printer_names = saved
    out_pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", printed.read_bytes()))
    if out_pages != 2:
        raise SmokeFailure(f"page 1 twice printed {out_pages} page(s)")
    preview.close()
    _settle(app)
    printers = len(print_preview.printer_names())
    return f"{kind}: {pages} page(s) shown, page 1 × 2 printed ({renderer_version()}; {printers} printer(s) known)"


def run_smoke(argv: list[str]) -> int:
    keep = "--keep" in argv
    report = argv[argv.index("--report") + 1] if "--report" in argv[:-1] else None
    out: TextIO = console_output()
    report_file = None
    if report:
        report_file = open(report, "w", encoding="utf-8")  # noqa: SIM115
        out = _Tee(out, report_file)  # type: ignore[assignment]
    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="thidua-smoke-"))
    run = SmokeRun(out)

    def give_up() -> None:  # a hang must fail the check, not the CI's patience
        run.line(f"FAIL timeout: the smoke test did not finish in {TIMEOUT_S:.0f} s")
        out.flush()
        os._exit(1)

    watchdog = threading.Timer(TIMEOUT_S, give_up)
    watchdog.daemon = True
    watchdog.start()
    try:
        run.line(f"smoke: {sys.executable} ({'bundle' if getattr(sys, 'frozen', False) else 'source'})")
        isolate_user_folders(folder)
        isolate_qsettings(folder)
        guard_dialogs(run)
        _check_gui(run, folder)
    except Exception as error:  # a failure outside any check still ends with a reason
        run.fail("smoke", _describe(error))
    finally:
        watchdog.cancel()
    if len(run.unexpected) > run.reported:  # seen outside any check, e.g. while closing
        run.fail("smoke", "; ".join(run.unexpected[run.reported :]))
    code = run.summary()
    if keep:
        run.line(f"smoke: files kept in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    if report_file is not None:
        report_file.close()
    return code
