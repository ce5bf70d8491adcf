"""Trợ giúp › Hướng dẫn sử dụng (F1): the user guide (docs/*.md), read inside the program.

The guides are Markdown files shipped with the program (build.spec copies docs/); a link to
another guide opens it in the same window, Alt+Left goes back. The organizers' parts are in
Vietnamese, the developers' parts in English, as in the files themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core.paths import docs_dir

START = "user-guide.md"


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng ThiDua"))
        self.resize(900, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # a web link opens the browser, a guide opens here
        self.browser.setSearchPaths([str(docs_dir())])
        self.back = QPushButton(self.tr("← &Quay lại"))
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.home = QPushButton(self.tr("&Mục lục"))
        self.home.clicked.connect(self.show_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.home)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.show_start()

    def show_start(self) -> None:
        self.open_guide(START)

    def open_guide(self, name: str) -> None:
        self.browser.setSource(QUrl(name), QTextDocument.ResourceType.MarkdownResource)
