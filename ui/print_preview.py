"""Xem trước khi in: the very pages of a PDF the program made, and printing them to a printer.

The preview draws the PDF's own bytes (ui/pdf_pages.py), one page at a time, with keys for
every move: Page Down / Page Up (next, previous), Home / End (first, last), Ctrl++ / Ctrl+-
(zoom), Ctrl+P (print), Esc (close). Printing goes through Qt's print dialog (the printer,
copies, page range), then a worker thread draws the chosen pages onto the printer: no PDF
viewer is needed. The same code runs on Windows (the printers Windows knows) and on Linux
(CUPS); nothing here names a print system.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QRunnable,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageRanges, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrintEngine, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import printing, styles
from ui.pdf_pages import PdfPages, PdfUnreadable
from ui.widgets import NoteLabel, fit_to_screen

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)  # 1.0: the paper's own size
PRINT_DPI_LIMIT = 300  # a page drawn for the printer: sharp text, 35 MB per A4 page at most
POINTS_PER_INCH = 72.0


# -- which pages, how many copies: plain functions of the printer's settings ---------------------


def printer_names() -> list[str]:
    """The printers this computer knows (Windows' own list, or CUPS'). Tests replace this."""
    return QPrinterInfo.availablePrinterNames()


def choose_printer(parent: QWidget, printer: QPrinter, current_page: int) -> bool:
    """Qt's print dialog: printer, copies, page range. Tests replace this (it waits for a person)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", "In"))
    dialog.setMinMax(1, max(1, printer.toPage()))  # the document's pages (print_pages sets 1..N)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class PrintPlan:
    """What goes to the printer: pages (from 0) in the order they are drawn, and who makes copies."""

    pages: list[int]  # drawn in this order, copies included when the program makes them
    chosen: list[int]  # the pages picked, once each
    copies: int
    printer_copies: bool  # True: the printer makes the copies (one set is sent)


class PrintRefused(Exception):
    """A reason, in Vietnamese (translated by the caller's tr), why nothing was printed."""


# Qt's private key (PPK_CupsOptions) for the options it hands to CUPS: name, value, name, value…
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


def take_cups_page_ranges(printer: QPrinter) -> QPageRanges:
    """The "Pages" of Qt's print dialog for a CUPS printer. Qt leaves the range to CUPS there (the
    print range says all pages), so the program would draw every page (17 MB of pictures for two
    name plates) and say it sent them all. The option is taken back: the pages are chosen here,
    as on Windows, and CUPS gets only those. Empty where there is none (Windows, PDF output)."""
    engine = printer.printEngine()
    options = list(engine.property(CUPS_OPTIONS) or []) if engine is not None else []
    pairs = list(zip(options[0::2], options[1::2], strict=False))
    ranges = [value for name, value in pairs if name == "page-ranges"]
    if not ranges:
        return QPageRanges()
    kept = [item for name, value in pairs if name != "page-ranges" for item in (name, value)]
    engine.setProperty(CUPS_OPTIONS, kept)
    return QPageRanges.fromString(ranges[-1])


def plan_pages(printer: QPrinter, page_count: int, current_page: int) -> PrintPlan:
    """The pages the printer's settings ask for, clipped to the document; copies and collation.

    Raise PrintRefused when the range holds no page of the document.
    """
    mode = printer.printRange()
    cups_ranges = take_cups_page_ranges(printer)
    if mode == QPrinter.PrintRange.CurrentPage:
        chosen = [current_page]
    elif mode == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        chosen = [index for index in range(page_count) if ranges.contains(index + 1)]
    elif not cups_ranges.isEmpty():
        chosen = [index for index in range(page_count) if cups_ranges.contains(index + 1)]
        if not chosen:
            raise PrintRefused(cups_ranges.toString())
    else:
        chosen = list(range(page_count))
    if not chosen:
        raise PrintRefused(printer.pageRanges().toString())
    copies = max(1, printer.copyCount())
    if printer.supportsMultipleCopies() or copies == 1:
        return PrintPlan(chosen, chosen, copies, True)
    if printer.collateCopies():
        pages = chosen * copies
    else:
        pages = [index for index in chosen for _copy in range(copies)]
    return PrintPlan(pages, chosen, copies, False)


def page_layout(size_points: QSizeF) -> QPageLayout:
    """A page of the PDF's own size and orientation, with no margin: the PDF has its own."""
    width, height = size_points.width(), size_points.height()
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def paint_pages(printer: QPrinter, pages: PdfPages, order: list[int]) -> None:
    """Draw ``order``'s pages onto ``printer``, each filling its sheet (the PDF keeps its own margins).

    Runs in a worker thread (QPainter may paint on a QPrinter outside the UI thread).
    """
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(pages.size_points(order[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintRefused("begin")
    try:
        dpi = min(max(printer.resolution(), 96), PRINT_DPI_LIMIT)
        for number, index in enumerate(order):
            if number:
                printer.setPageLayout(page_layout(pages.size_points(index)))
                if not printer.newPage():
                    raise PrintRefused("newPage")
            image = pages.image(index, dpi)
            sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            size = QSizeF(image.width(), image.height()).scaled(
                sheet.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(sheet.topLeft(), size)
            target.moveCenter(sheet.center())
            painter.drawImage(target, image)
    finally:
        painter.end()


# -- the worker --------------------------------------------------------------------------------


class _PrintSignals(QObject):
    done = Signal()
    failed = Signal(str)


class _PrintTask(QRunnable):
    def __init__(self, pdf: bytes, printer: QPrinter, order: list[int]):
        super().__init__()
        self.pdf, self.printer, self.order = pdf, printer, order
        self.signals = _PrintSignals()

    def run(self) -> None:
        try:
            pages = PdfPages(self.pdf)  # its own document: the preview may close meanwhile
            try:
                paint_pages(self.printer, pages, self.order)
            finally:
                pages.close()
            self.signals.done.emit()
        except PrintRefused:
            self.signals.failed.emit("refused")
        except Exception as error:  # a printer driver's failure must not take the meeting down
            self.signals.failed.emit(f"{type(error).__name__}: {error}")


class PrintJob(QObject):
    """The chosen pages on their way to the printer. ``finished`` carries True when sent."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget, pdf: bytes, printer: QPrinter, plan: PrintPlan):
        super().__init__(parent)
        self.parent_widget, self.printer, self.plan = parent, printer, plan
        self.printer_name = printer.printerName() or printer.outputFileName()
        self.progress = QProgressDialog(
            self.tr("Đang gửi tới máy in {0}…").format(self.printer_name), None, 0, 0, parent
        )
        self.progress.setWindowTitle(self.tr("In"))
        self.progress.setMinimumDuration(400)
        self.task = _PrintTask(pdf, printer, plan.pages)
        self.task.setAutoDelete(False)  # Python keeps the task (see printing.PdfJob)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.error = ""

    def start(self) -> None:
        printing.collector_pause.begin()
        QThreadPool.globalInstance().start(self.task)

    def _end(self) -> None:
        self.progress.close()
        printing.collector_pause.end()

    def _done(self) -> None:
        self._end()
        self.finished.emit(True)

    def _failed(self, detail: str) -> None:
        self._end()
        reason = self.tr(
            "Máy in {0} không nhận lệnh in (máy in đã tắt, đã bị gỡ hoặc hết giấy?). Tệp PDF vẫn được lưu."
        ).format(self.printer_name)
        self.error = reason if detail == "refused" else reason + "\n" + detail
        QMessageBox.warning(self.parent_widget, self.tr("Không in được"), self.error)
        self.finished.emit(False)


# -- the window --------------------------------------------------------------------------------


class PreviewDialog(QDialog):
    """The pages of one PDF, a page at a time, with the buttons to move, zoom, print and open it."""

    printed = Signal(bool)

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, path: Path | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Xem trước – {0}").format(title))
        self.pdf, self.title, self.path = pdf, title, path
        self.jobs: list[PrintJob] = []
        self.page = 0
        self.zoom: float | None = None  # None: the whole page fits the window
        self.fit_width = False
        try:
            self.pages: PdfPages | None = PdfPages(pdf)
            self.page_count = self.pages.count
            self.problem = ""
        except PdfUnreadable as error:
            self.pages, self.page_count = None, 0
            self.problem = self.tr("Không hiển thị được các trang của tệp PDF này ({0}).").format(error)

        self.previous_button = QPushButton(self.tr("Trang &trước"))
        self.next_button = QPushButton(self.tr("Trang &sau"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_box.setAccessibleName(self.tr("Trang"))
        page_label = QLabel(self.tr("Tr&ang:"))
        page_label.setBuddy(self.page_box)
        self.count_label = QLabel(self.tr("/ {0}").format(self.page_count))
        self.zoom_out_button = QPushButton(self.tr("Thu &nhỏ"))
        self.zoom_in_button = QPushButton(self.tr("&Phóng to"))
        self.whole_page_button = QPushButton(self.tr("&Cả trang"))
        self.width_button = QPushButton(self.tr("&Vừa chiều ngang"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Mở bằng trình xem PDF"))
        self.close_button = QPushButton(self.tr("Đón&g"))
        self.note = NoteLabel()
        self.status = QLabel()
        self.status.setStyleSheet(styles.text(styles.SUCCESS, bold=True))
        self.status.setWordWrap(True)
        self.status.hide()

        self.sheet = QLabel()
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet.setAccessibleName(self.tr("Trang đang xem"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.sheet)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {styles.PREVIEW_DESK}; }}")  # paper on a desk
        self.sheet.setStyleSheet(f"QLabel {{ background: {styles.PREVIEW_DESK}; }}")

        moves = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, page_label, self.page_box, self.count_label):
            moves.addWidget(widget)
        moves.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.zoom_label, self.whole_page_button):
            moves.addWidget(widget)
        moves.addWidget(self.width_button)
        moves.addStretch()
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.open_button)
        actions.addStretch()
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(moves)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(actions)

        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.whole_page_button.clicked.connect(lambda: self.set_fit(width=False))
        self.width_button.clicked.connect(lambda: self.set_fit(width=True))
        self.print_button.clicked.connect(self.print_pages)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.close)
        self.open_button.setEnabled(path is not None)
        keys = {
            QKeySequence.StandardKey.MoveToNextPage: lambda: self.show_page(self.page + 1),
            QKeySequence.StandardKey.MoveToPreviousPage: lambda: self.show_page(self.page - 1),
            QKeySequence.StandardKey.MoveToStartOfDocument: lambda: self.show_page(0),
            QKeySequence.StandardKey.MoveToEndOfDocument: lambda: self.show_page(self.page_count - 1),
            QKeySequence.StandardKey.ZoomIn: lambda: self.step_zoom(+1),
            QKeySequence.StandardKey.ZoomOut: lambda: self.step_zoom(-1),
            QKeySequence.StandardKey.Print: self.print_pages,
        }
        for sequence, action in keys.items():
            QShortcut(QKeySequence(sequence), self, action)
        # Home and End alone, and Ctrl+= (the + key without Shift), as a person expects them
        for key, action in (
            (Qt.Key.Key_Home, lambda: self.show_page(0)),
            (Qt.Key.Key_End, lambda: self.show_page(self.page_count - 1)),
            (Qt.Modifier.CTRL | Qt.Key.Key_Equal, lambda: self.step_zoom(+1)),
        ):
            QShortcut(QKeySequence(key), self, action)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.draw)
        self.resize(980, 1000)
        fit_to_screen(self)
        self.show_page(0)
        self.scroll.setFocus()

    # -- moving and zooming

    def show_page(self, index: int) -> None:
        if self.page_count == 0:
            self.draw()
            return
        index = max(0, min(index, self.page_count - 1))
        self.page = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count - 1)
        self.draw()
        self.scroll.verticalScrollBar().setValue(0)

    def step_zoom(self, step: int) -> None:
        if self.page_count == 0:
            return
        now = self.zoom if self.zoom is not None else self.fitted_zoom()
        if step > 0:
            bigger = [zoom for zoom in ZOOMS if zoom > now + 0.001]
            self.zoom = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [zoom for zoom in ZOOMS if zoom < now - 0.001]
            self.zoom = smaller[-1] if smaller else ZOOMS[0]
        self.draw()

    def set_fit(self, width: bool) -> None:
        self.zoom, self.fit_width = None, width
        self.draw()

    def screen_pixels_per_point(self) -> float:
        """Logical pixels for one point of paper at 100 %: the paper's real size on this screen."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def fitted_zoom(self) -> float:
        """The zoom at which the page fits the window (whole page, or its width)."""
        if self.pages is None:
            return 1.0
        size = self.pages.size_points(self.page)
        room = self.scroll.viewport().size()
        scroll_bar = self.scroll.verticalScrollBar().sizeHint().width()
        per_point = self.screen_pixels_per_point()
        across = (room.width() - 16 - (scroll_bar if self.fit_width else 0)) / (size.width() * per_point)
        if self.fit_width:
            return max(ZOOMS[0], across)
        down = (room.height() - 16) / (size.height() * per_point)
        return max(ZOOMS[0], min(across, down))

    def current_zoom(self) -> float:
        return self.zoom if self.zoom is not None else self.fitted_zoom()

    def draw(self) -> None:
        if self.pages is None:
            self.sheet.setText(self.problem)
            self.sheet.setStyleSheet("QLabel { background: white; padding: 24px; }")
            self.sheet.setWordWrap(True)
            for widget in (self.previous_button, self.next_button, self.page_box, self.print_button):
                widget.setEnabled(False)
            for widget in (
                self.zoom_in_button,
                self.zoom_out_button,
                self.whole_page_button,
                self.width_button,
            ):
                widget.setEnabled(False)
            return
        zoom = self.current_zoom()
        ratio = self.devicePixelRatioF()
        dpi = POINTS_PER_INCH * self.screen_pixels_per_point() * zoom * ratio
        image = self.pages.image(self.page, dpi)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.sheet.setPixmap(pixmap)
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_in_button.setEnabled(zoom < ZOOMS[-1] - 0.001)
        self.zoom_out_button.setEnabled(zoom > ZOOMS[0] + 0.001)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self._redraw.start()  # the fitted page follows the window's size

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._redraw.start()

    # -- printing and the file

    def print_pages(self) -> PrintJob | None:
        """Qt's print dialog, then the chosen pages to the chosen printer, in the background."""
        if self.pages is None:
            return None
        self.note.say("")
        self.status.hide()
        if not printer_names():
            self.refuse(
                self.tr(
                    "Máy tính này chưa có máy in nào. Hãy cài đặt hoặc bật máy in (Windows: Cài đặt › "
                    "Bluetooth và thiết bị › Máy in và máy quét) rồi bấm In lại."
                )
            )
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFromTo(1, self.page_count)
        printer.setPageLayout(page_layout(self.pages.size_points(self.page)))
        if not choose_printer(self, printer, self.page):
            self.note.say(self.tr("Chưa in: đã đóng hộp thoại In."))
            return None
        if (
            printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
            and printer.printerName() not in printer_names()
        ):
            self.refuse(
                self.tr("Không tìm thấy máy in «{0}» trên máy tính này.").format(printer.printerName())
            )
            return None
        try:
            plan = plan_pages(printer, self.page_count, self.page)
        except PrintRefused as error:
            self.refuse(
                self.tr(
                    "Khoảng trang «{0}» không có trang nào của văn bản này (văn bản có {1} trang)."
                ).format(str(error), self.page_count)
            )
            return None
        # the job outlives this window (closing it does not stop the printer): its owner is the stage
        job = PrintJob(self.parentWidget() or self, self.pdf, printer, plan)
        job.finished.connect(lambda sent, job=job: self._printed(job, sent))
        self.jobs.append(job)
        self.print_button.setEnabled(False)
        job.start()
        return job

    def _printed(self, job: PrintJob, sent: bool) -> None:
        self.print_button.setEnabled(True)
        if sent:
            self.status.setText(
                self.tr("Đã gửi {0} trang × {1} bản tới máy in {2}.").format(
                    len(job.plan.chosen), job.plan.copies, job.printer_name
                )
            )
            self.status.show()
        self.printed.emit(sent)

    def refuse(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Không in được"), message)
        self.note.say(message)

    def open_in_viewer(self) -> None:
        if self.path is not None and not printing.open_file(self.path):
            printing.tell_no_viewer(self, self.path)

    def closeEvent(self, event) -> None:
        if self.pages is not None:
            self.pages.close()
            self.pages = None
            self.problem = ""
        super().closeEvent(event)
