"""Every screen and dialog fits the smallest hall laptop: 1366×768 at 125 % scaling.

That screen is 1093×614 logical pixels. Less the taskbar (Windows 11: 48 px, 38 logical)
and a window's frame (ui.widgets.FRAME_ALLOWANCE), a window has 1077×537 for itself.
1920×1080 at 150 % (1280×720 logical) is roomier both ways, so it fits there too.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QScrollArea, QTabWidget, QWidget

import ui
from ui.app import create_main_window
from ui.gallery import dialogs
from ui.widgets import FRAME_ALLOWANCE, fit_to_screen

SCREEN = QSize(1093, 614)
TASKBAR = 38
BUDGET = QSize(
    SCREEN.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right(),
    SCREEN.height() - TASKBAR - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom(),
)


def fits(size: QSize) -> bool:
    return size.width() <= BUDGET.width() and size.height() <= BUDGET.height()


@pytest.fixture(params=["vi", "en"])
def window(request, qtbot):
    window = create_main_window(["--demo"])
    qtbot.addWidget(window)
    window.set_language(request.param)
    return window


def visit_every_screen(qtbot, window):
    """Show each stage and each tab inside it in turn; yield what is on the screen."""
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        qtbot.wait(1)
        yield window.stages.currentWidget().__class__.__name__
        for tabs in window.stages.currentWidget().findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                yield f"{window.stages.currentWidget().__class__.__name__} › {tabs.tabText(index)}"


def test_the_main_window_fits_with_every_stage(window):
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert fits(hint), f"{hint.width()}×{hint.height()} does not fit {BUDGET.width()}×{BUDGET.height()}"


def test_at_that_size_no_screen_is_cut_at_the_side(qtbot, window):
    window.resize(BUDGET)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == BUDGET
    for where in visit_every_screen(qtbot, window):
        for area in window.findChildren(QScrollArea):
            if area.isVisible() and area.widget() is not None:
                assert area.widget().width() <= area.viewport().width(), f"{where}: scrolls sideways"


def test_every_dialog_fits(qtbot, window):
    for name, make in dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert fits(hint), (
            f"{name}: {hint.width()}×{hint.height()} does not fit {BUDGET.width()}×{BUDGET.height()}"
        )


def test_the_gallery_has_every_dialog_of_the_program(qtbot):
    for module in pkgutil.iter_modules(ui.__path__):
        importlib.import_module(f"ui.{module.name}")

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = {cls for cls in subclasses(QDialog) if cls.__module__.startswith("ui.")}
    window = create_main_window(["--demo"])
    qtbot.addWidget(window)
    made = [make() for make in dialogs(window).values()]
    for dialog in made:
        qtbot.addWidget(dialog)
    assert ours == {type(dialog) for dialog in made}


# -- fit_to_screen --------------------------------------------------------------------


def frame_of(window: QWidget) -> QRect:
    """A window not shown yet with its frame: move() placed the frame, the frame is the allowance."""
    return QRect(window.pos(), window.size().grownBy(FRAME_ALLOWANCE))


def test_a_window_too_big_for_the_screen_is_made_to_fit_and_centred(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window.resize(area.width() - 200, area.height() + 100)  # as the main window's 1200×780 on a laptop
    fit_to_screen(window)
    assert area.contains(frame_of(window))
    assert window.width() == area.width() - 200
    assert window.height() == area.height() - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    assert abs(frame_of(window).center().x() - area.center().x()) <= 1


def test_a_window_never_gets_smaller_than_its_minimum(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window.setMinimumSize(area.width() + 50, 100)
    window.resize(area.width() + 400, 300)
    fit_to_screen(window)
    assert window.width() == area.width() + 50
    assert (
        frame_of(window).top() >= area.top() and frame_of(window).left() >= area.left()
    )  # the title bar stays


def test_a_shown_window_sticking_out_is_moved_back(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    window.move(area.bottomRight() - QPoint(100, 50))
    fit_to_screen(window)
    assert window.size() == QSize(300, 200)
    assert area.contains(window.frameGeometry())


def test_a_dialog_keeps_its_place_to_qt_and_only_shrinks(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    area = dialog.screen().availableGeometry()
    dialog.resize(area.width() * 2, 100)
    fit_to_screen(dialog)
    assert dialog.width() <= area.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right()
    assert dialog.height() == 100
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_Moved)  # QDialog centres it on its parent
