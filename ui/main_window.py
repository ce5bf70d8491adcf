"""The main window: the stages of the day on the left, the current stage on the right."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.audit import format_code
from core.errors import ThiDuaError, WriteRefusedError
from core.meetings import load_meeting
from core.paths import documents_dir, risky_location
from core.storage import SUFFIX, MeetingFile, copy_meeting_file
from ui import settings
from ui.backup_controller import BackupController
from ui.damaged_view import DamagedView
from ui.i18n import core_text, error_text, install_language
from ui.notice_bar import NoticeBar
from ui.projector import ProjectorWindow, TitleView
from ui.start_page import StartPage
from ui.widgets import confirm, fit_to_screen

log = logging.getLogger(__name__)

FILE_FILTER = "Hội nghị ThiDua (*.thidua)"


class MainWindow(QMainWindow):
    # Every action that changed the open file, whichever screen did it: the action's name.
    meeting_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: MeetingFile | None = None
        self.resize(1200, 780)
        self.audit_label = QLabel()
        self.statusBar().addPermanentWidget(self.audit_label)
        self.notice = NoticeBar()
        self.backup = BackupController(self, self.open_meeting, notice=self.notice)  # backups, restore, PIN
        self.statusBar().addPermanentWidget(self.backup.label)
        self.projector = ProjectorWindow()
        self.meeting_changed.connect(self._show_code)
        self.meeting_changed.connect(self._mark_stale)
        self._stale: set[int] = set()  # stages to read the file again when shown
        self._stage_actions: list[QAction] = []
        self._build()
        settings.restore_geometry(self)  # the size the user left it at
        fit_to_screen(self)  # 1366×768 at 125 %: the status bar stays above the taskbar

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        """(Re)build menus and the central area, e.g. after the language changed."""
        self.menuBar().clear()
        self.backup.set_db(self.db)
        self.backup.refresh_label()  # in the language just chosen
        if self.db is None:
            start = StartPage()
            start.new_button.clicked.connect(self.new_meeting)
            start.open_button.clicked.connect(self.open_dialog)
            start.demo_button.clicked.connect(self.open_demo)
            self.stage_list = None
            self.start_page: StartPage | None = start
            content: QWidget = start
        else:
            self.start_page = None
            content = self._build_stages(self.db)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice.setParent(None)  # kept across rebuilds: it may carry a question for the user
        layout.addWidget(self.notice)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        # The keyboard was in the screen just replaced (the start page's button after Ctrl+N, a
        # stage after the language changed): it goes to the new one, or Tab and Ctrl+1…6 went
        # to a hidden widget and did nothing.
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisibleTo(self) or not self.isAncestorOf(focus):
            (self.stage_list if self.stage_list is not None else start.new_button).setFocus(
                Qt.FocusReason.OtherFocusReason
            )
        self._build_menus()  # after the stages: the Bước menu lists them
        self._refresh_title()
        if self.db is not None and self.db.read_only:
            self.notice.show_notice(
                self.tr("Chỉ xem: {0} Mọi thay đổi đều bị từ chối; muốn làm việc, hãy mở tệp để ghi.").format(
                    self.db.read_only_reason
                ),
                "warning",
            )

    # The stages of the day, built when first shown: opening a meeting builds only the one on
    # screen, and a stage's modules are imported then (start-up, bench/bench_startup.py).
    STAGE_VIEWS = (
        ("ui.setup_view", "SetupView"),
        ("ui.registration_view", "RegistrationView"),
        ("ui.vote_stage_view", "VoteStageView"),
        ("ui.head_election_view", "HeadElectionView"),
        ("ui.agreement_view", "AgreementView"),
        ("ui.print_view", "PrintView"),
        ("ui.protocol_view", "ProtocolView"),
        ("ui.scoring_view", "ScoringView"),  # issue 14; the day's order would put it before Suy tôn
    )
    # What a programme item names to follow a stage (core/programme.py STAGES), by row.
    STAGE_KEYS = ("setup", "registration", "votes", "election", "agreement", "print", "protocol", "scoring")

    def stage_names(self) -> list[str]:
        return [
            self.tr("Chuẩn bị"),
            self.tr("Đăng ký đại biểu"),
            self.tr("Suy tôn"),
            self.tr("Bầu cụm trưởng – cụm phó"),
            self.tr("Giao ước thi đua"),
            self.tr("In ấn"),
            self.tr("Lễ tân"),
            self.tr("Chấm điểm"),
        ]

    def _build_stages(self, db: MeetingFile) -> QWidget:
        self.stage_list = QListWidget()
        self.stage_list.setMaximumWidth(240)
        # A name too long for the column is cut with "…", never scrolled sideways.
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 10px 8px; }"
        )
        self.stages = QStackedWidget()
        self._built: dict[int, QWidget] = {}
        for name in self.stage_names():
            self.stage_list.addItem(name)
            self.stages.addWidget(QWidget())  # a place for the stage, built when first shown
        self._walking_stages = False
        self.stage_list.installEventFilter(self)
        self.stage_list.currentRowChanged.connect(self._show_stage)
        self.stage_list.itemActivated.connect(lambda _item: self._enter_stage())  # Enter: into the stage
        self._stale = set()
        self.stage_list.setCurrentRow(0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stage_list)
        splitter.addWidget(self.stages)
        splitter.setStretchFactor(1, 1)
        return splitter

    def stage(self, row: int) -> QWidget:
        """The stage's view, built now if it never was."""
        if row not in self._built:
            view = self._stage(self.stage_names()[row], lambda: self._make_stage(row))
            placeholder = self.stages.widget(row)
            self.stages.insertWidget(row, view)
            self.stages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = view
            self._stale.discard(row)  # built from the file as it is now
        return self._built[row]

    def _make_stage(self, row: int) -> QWidget:
        module, name = self.STAGE_VIEWS[row]
        view = getattr(importlib.import_module(module), name)(self.db)
        if hasattr(view, "project"):  # something for the hall to see
            view.project.connect(self.project)
        if hasattr(view, "changed"):
            view.changed.connect(self._refresh_title)
        if hasattr(view, "next_year_written"):
            view.next_year_written.connect(self.offer_next_year)
        return view

    @property
    def setup_view(self):
        return self.stage(0) if self.stage_list is not None else None

    @property
    def registration_view(self):
        return self.stage(1) if self.stage_list is not None else None

    @property
    def vote_view(self):
        return self.stage(2) if self.stage_list is not None else None

    def _mark_stale(self, _action: str = "") -> None:
        """The file changed: every built stage but the one on screen reads it again when next shown
        (a walk-in at the desk adds a person to Chuẩn bị, units added there reach the election)."""
        current = self.stages.currentIndex() if self.stage_list is not None else -1
        self._stale = {row for row in self._built if row != current} if current >= 0 else set()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.stage_list:  # how the clerk moves in the stage list: keys or the mouse
            if event.type() == QEvent.Type.KeyPress:
                self._walking_stages = True
            elif event.type() == QEvent.Type.MouseButtonPress:
                self._walking_stages = False
        return super().eventFilter(watched, event)

    def _show_stage(self, row: int) -> None:
        # ↑ ↓ in the list: the stage shown must not take the keys (a click or Ctrl+2 gives them to it).
        walking = self.stage_list.hasFocus() and self._walking_stages
        view = self.stage(row)
        self.stages.setCurrentIndex(row)
        if walking:
            self.stage_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if row in self._stale:
            self._stale.discard(row)
            follow = getattr(view, "follow_file", None)
            if follow is not None:
                follow()
        follow_stage = getattr(self.projector.content, "follow_stage", None)
        if follow_stage is not None:  # the programme on the projector follows the day
            follow_stage(self.STAGE_KEYS[row])

    def go_to_stage(self, row: int) -> None:
        """Ctrl+1…8: show the stage with the keyboard in it, wherever the keyboard was."""
        self.stage_list.setCurrentRow(row)
        self._enter_stage()

    def _enter_stage(self) -> None:
        """The keyboard goes into the stage on screen: to its own first field (its focus proxy)."""
        view = self.stages.currentWidget()
        if view.focusProxy() is not None:
            view.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = view.nextInFocusChain()
        while widget is not view and widget is not None:
            if (
                view.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _stage(self, name: str, build) -> QWidget:
        """Build one stage; a value the stage cannot read shows as what is damaged, and the other
        stages still open (the file is not left unopenable by one bad value)."""
        try:
            return build()
        except ThiDuaError as error:
            return DamagedView(name, error_text(error))
        except Exception as error:  # a damaged value no check foresaw: logged, named, contained
            log.exception("building the stage %s", name)
            return DamagedView(name, f"{type(error).__name__}: {error}")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self._add_action(file_menu, self.tr("Hội nghị &mới…"), self.new_meeting, QKeySequence.StandardKey.New)
        self._add_action(file_menu, self.tr("&Mở…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._add_action(file_menu, self.tr("Mở hội nghị mẫu"), self.open_demo)
        self.recent_menu = file_menu.addMenu(self.tr("Mở &gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        save_copy = self._add_action(
            file_menu, self.tr("&Lưu bản sao thành…"), self.save_copy, QKeySequence.StandardKey.SaveAs
        )
        close = self._add_action(
            file_menu, self.tr("Đó&ng hội nghị"), self.close_meeting, QKeySequence.StandardKey.Close
        )
        next_year = self._add_action(
            file_menu, self.tr("Tạo hội nghị năm &sau từ hội nghị này…"), self.next_year
        )
        for action in (save_copy, close, next_year):
            action.setEnabled(self.db is not None)
        self.backup.add_file_actions(file_menu)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)

        settings_menu = self.menuBar().addMenu(self.tr("&Cài đặt"))
        language_menu = settings_menu.addMenu(self.tr("&Ngôn ngữ"))
        group = self.language_group = QActionGroup(self)
        for code, name in settings.LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == settings.language())
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        settings_menu.addSeparator()
        self.backup.add_settings_actions(settings_menu)

        projector_menu = self.menuBar().addMenu(self.tr("Má&y chiếu"))
        projector_menu.aboutToShow.connect(lambda: self._fill_projector_menu(projector_menu))

        for action in self._stage_actions:  # the window's own: menus come and go with the language
            self.removeAction(action)
        self._stage_actions = []
        if self.stage_list is not None:
            # No Alt+letter: every free letter is a button's on some stage; Ctrl+1…8 are the keys.
            stages_menu = self.menuBar().addMenu(self.tr("Bước"))
            for row in range(self.stage_list.count()):
                action = self._add_action(
                    stages_menu,
                    self.stage_list.item(row).text(),
                    lambda r=row: self.go_to_stage(r),
                    QKeySequence(f"Ctrl+{row + 1}"),  # no input method uses Ctrl + a digit
                )
                self.addAction(action)  # works wherever the focus is, even on no widget at all
                self._stage_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self._add_action(
            help_menu, self.tr("&Hướng dẫn sử dụng"), self.show_help, QKeySequence.StandardKey.HelpContents
        )
        self._add_action(help_menu, self.tr("&Giới thiệu ThiDua"), self.about)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)
        for path in files:
            if not Path(path).is_file():  # on a stick not plugged in, moved or deleted: kept, greyed
                self.recent_menu.addAction(self.tr("{0} (không tìm thấy)").format(path)).setEnabled(False)
                continue
            self.recent_menu.addAction(path).triggered.connect(
                lambda _checked=False, p=path: self.open_meeting(p)
            )

    def _fill_projector_menu(self, menu) -> None:
        menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            text = self.tr("Hiện trên màn hình {0} ({1}×{2})").format(number, size.width(), size.height())
            menu.addAction(text).triggered.connect(lambda _checked=False, s=screen: self.show_projector(s))
        menu.addSeparator()
        hide = menu.addAction(self.tr("Tắt màn chiếu (Esc trên màn chiếu)"))
        hide.triggered.connect(self.projector.hide)
        hide.setEnabled(self.projector.isVisible())

    def project(self, content: QWidget) -> None:
        """A stage sends something for the hall to see: show it, opening the projector if needed
        (full screen on the second screen, or as a window of its own when there is one screen)."""
        self.projector.set_content(content)
        if self.projector.isVisible():
            return
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.projector.show_on(screens[-1])
            where = self.tr("Đã mở màn chiếu trên màn hình {0}.").format(len(screens))
        else:
            self.projector.show_in_window()
            where = self.tr(
                "Chỉ có một màn hình: màn chiếu mở thành một cửa sổ riêng (cắm máy chiếu, chọn Mở rộng bằng "
                "Windows + P, rồi Máy chiếu › Hiện trên màn hình 2)."
            )
        self.statusBar().showMessage(where, 15000)

    def show_projector(self, screen=None) -> None:
        if self.projector.content is None and hasattr(self.registration_view, "welcome_view"):
            self.projector.set_content(self.registration_view.welcome_view())  # welcome and live attendance
        elif self.projector.content is None and self.db is not None:
            meeting = load_meeting(self.db)
            self.projector.set_content(
                TitleView([meeting.cluster.upper(), meeting.title, meeting.date_line()])
            )
        self.projector.show_on(screen)

    def _refresh_title(self) -> None:
        if self.db is None:
            self.setWindowTitle("ThiDua")
            self.audit_label.clear()
            self.statusBar().clearMessage()
            return
        try:
            meeting = load_meeting(self.db)
            name = " – ".join(part for part in (meeting.cluster, meeting.title) if part)
        except ThiDuaError:
            name = ""  # the setup stage says what is damaged
        self.setWindowTitle(f"ThiDua – {name or self.db.path.name} [{self.db.path.name}]")
        if self.db.read_only:
            self.setWindowTitle(self.windowTitle() + self.tr(" – chỉ xem"))
        self._show_code()
        self.statusBar().showMessage(str(self.db.path))

    def _show_code(self, _action: str = "") -> None:
        """The audit code of the file as it is now: what ``verify`` prints for it."""
        if self.db is not None:
            self.audit_label.setText(self.tr("Mã nhật ký: {0}").format(format_code(self.db.audit_head())))
            self.audit_label.setToolTip(
                self.tr(
                    "Mã của toàn bộ nhật ký tệp lúc này; đổi sau mỗi thao tác. Biên bản in mã xác nhận của "
                    "kết quả, không đổi khi in lại (docs/safety.md)."
                )
            )

    # -- meeting files ---------------------------------------------------------

    def _show(self, db: MeetingFile) -> None:
        if self.db is not None:
            self.db.close()
        self.projector.hide()
        self.projector.clear()
        self.notice.clear()
        self.db = db
        db.add_listener(self.meeting_changed.emit)
        settings.add_recent_file(db.path)
        settings.set_opening(db.path)  # cleared once the stages are built: a crash here is remembered
        self._build()
        settings.set_opening(None)
        if db.notices:
            QMessageBox.information(
                self, self.tr("Khi mở tệp"), "\n\n".join(core_text(n) for n in db.notices)
            )
        self.backup.check_at_open()

    def open_meeting(self, path: str | Path) -> bool:
        """Open a meeting file for writing; when it cannot be written here (held elsewhere, read-only
        media, not trusted), say why and offer to open it read-only."""
        path = Path(path)
        if self.db is not None and self.db.path.resolve() == path.resolve() and not self.db.read_only:
            self.statusBar().showMessage(self.tr("Tệp {0} đang mở.").format(path.name), 5000)
            return True
        if not self.may_lose_setup_edits(self.tr("mở tệp khác")):
            return False
        if self.db is not None and self.db.path.resolve() == path.resolve():
            self.close_meeting(ask=False)  # the read-only view of this very file: reopen it for writing
        reason = risky_location(path)
        if reason is not None and path.is_file():
            local = self._offer_local_copy(path, reason)
            if local is None:
                return False
            path = local
        try:
            db = MeetingFile.open(path)
        except WriteRefusedError as error:
            if not confirm(
                self, self.tr("Không mở được để ghi"), self.tr("{0}\n\nMở tệp chỉ để xem?").format(error)
            ):
                return False
            return self.open_read_only(path, error_text(error))
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không mở được tệp hội nghị"), error_text(error))
            return False
        self._show(db)
        return True

    def open_read_only(self, path: str | Path, reason: str) -> bool:
        if not self.may_lose_setup_edits(self.tr("mở tệp khác")):
            return False
        try:
            db = MeetingFile.open_read_only(path, reason)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không mở được tệp hội nghị"), error_text(error))
            return False
        self._show(db)
        return True

    def _offer_local_copy(self, path: Path, reason: str) -> Path | None:
        """A file on a share, a stick or a synced folder: offer to work on a copy on this laptop."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tệp không nằm trên máy này"))
        box.setText(
            self.tr(
                "Tệp {0} nằm trên {1}. Làm việc trực tiếp trên đó chậm, và mất dữ liệu khi mất mạng, rút ổ "
                "hay khi dịch vụ đồng bộ ghi đè. Nên chép về máy (thư mục Tài liệu) và làm việc trên bản chép; "
                "cuối buổi chép lại ra ổ đó."
            ).format(path, reason)
        )
        copy = box.addButton(self.tr("&Chép về máy và mở"), QMessageBox.ButtonRole.AcceptRole)
        here = box.addButton(self.tr("&Vẫn mở tại chỗ"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.exec()
        if box.clickedButton() is here:
            return path
        if box.clickedButton() is not copy:
            return None
        folder = documents_dir() / "ThiDua"
        target = folder / path.name
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{path.stem}-{counter}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy_meeting_file(path, target)
        except (ThiDuaError, OSError) as error:
            QMessageBox.warning(self, self.tr("Không chép được tệp về máy"), error_text(error))
            return None
        self.statusBar().showMessage(self.tr("Đang làm việc trên bản chép {0}").format(target), 15000)
        return target

    def open_demo(self) -> bool:
        if not self.may_lose_setup_edits(self.tr("mở hội nghị mẫu")):
            return False
        if self.db is not None and self.db.path.name == "demo.thidua":
            self.close_meeting(ask=False)  # the working copy is about to be replaced
        from core.demo import fresh_demo_copy  # the demo's modules: only when it is opened

        try:
            db = fresh_demo_copy()
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không mở được hội nghị mẫu"), error_text(error))
            return False
        self._show(db)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mở tệp hội nghị"), str(settings.start_folder()), FILE_FILTER
        )
        if path:
            settings.set_last_folder(Path(path).parent)
            self.open_meeting(path)

    def new_meeting(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Tạo hội nghị mới"), str(settings.start_folder() / f"hoi-nghi{SUFFIX}"), FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path:
            settings.set_last_folder(Path(path).parent)
            self.create_meeting(path)

    def create_meeting(self, path: str | Path) -> bool:
        if not self.may_lose_setup_edits(self.tr("tạo hội nghị mới")):
            return False
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            db = MeetingFile.create(path)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không tạo được hội nghị"), error_text(error))
            return False
        self._show(db)
        return True

    def save_copy(self) -> None:
        if self.db is None:
            return
        suggestion = str(settings.start_folder() / (self.db.path.stem + "-ban-sao" + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản sao"), suggestion, FILE_FILTER)
        if path:
            self.save_copy_to(path)

    def save_copy_to(self, path: str | Path) -> bool:
        try:
            self.db.save_copy(path)
        except ThiDuaError as error:
            QMessageBox.warning(self, self.tr("Không lưu được bản sao"), error_text(error))
            return False
        self.statusBar().showMessage(self.tr("Đã lưu bản sao vào {0}").format(path), 5000)
        return True

    def next_year(self) -> None:
        """Write next year's meeting file (core/next_year.py) and offer to open it."""
        if self.db is None or not self.may_lose_setup_edits(self.tr("tạo hội nghị năm sau")):
            return
        from ui.head_election_view import write_next_year

        path = write_next_year(self, self.db)
        if path is not None:
            self.offer_next_year(path)

    def offer_next_year(self, path: Path) -> None:
        from core.next_year import to_fill_in

        notes = "\n\n".join(core_text(note) for note in to_fill_in(self.db)) if self.db is not None else ""
        if confirm(
            self,
            self.tr("Đã tạo hội nghị năm sau"),
            self.tr("Đã ghi {0}.\n\n{1}\n\nMở hội nghị năm sau ngay?").format(path, notes),
        ):
            self.open_meeting(path)

    def close_meeting(self, ask: bool = True) -> bool:
        """Close the meeting (after asking about unsaved edits unless ``ask`` is False); True when closed."""
        if ask and not self.may_lose_setup_edits(self.tr("đóng hội nghị")):
            return False
        self.projector.hide()
        self.projector.clear()
        if self.db is not None:
            self.db.close()
            self.db = None
        self._build()
        return True

    def set_language(self, code: str) -> None:
        if not self.may_lose_setup_edits(self.tr("đổi ngôn ngữ")):
            for action in self.language_group.actions():  # the menu had already ticked the new one
                action.setChecked(action.data() == settings.language())
            return
        settings.set_language(code)
        install_language(code)
        self._build()

    def may_lose_setup_edits(self, doing: str) -> bool:
        """Before ``doing`` loses what is typed in Chuẩn bị and not saved: ask Lưu / Bỏ thay đổi /
        Hủy. True to go on (nothing unsaved, saved, or discarded)."""
        view = self._built.get(0) if self.stage_list is not None and self.db is not None else None
        if view is None or self.db.read_only or not hasattr(view, "unsaved_changes"):
            return True  # never shown (nothing typed), or read-only (nothing can be saved)
        changes = view.unsaved_changes()
        if not changes:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Có thay đổi chưa lưu"))
        box.setText(self.tr("Trước khi {0}:").format(doing) + "\n\n" + "\n".join(changes))
        save = box.addButton(self.tr("&Lưu"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is discard:
            return True
        if box.clickedButton() is save:
            if view.save_unsaved():
                return True
            self.stage_list.setCurrentRow(0)  # the form, its tab and its red error are shown
        return False

    def show_help(self) -> None:
        from ui.help_window import HelpWindow

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu ThiDua"),
            self.tr("ThiDua – phần mềm điều hành hội nghị tổng kết cụm thi đua, chạy không cần mạng."),
        )

    def closeEvent(self, event) -> None:
        if not self.may_lose_setup_edits(self.tr("thoát chương trình")):
            event.ignore()
            return
        settings.save_geometry(self)
        self.projector.close()
        self.backup.set_db(None)
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
