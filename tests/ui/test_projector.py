"""The projector window shows one view at a time."""

from PySide6.QtWidgets import QLabel

from ui.projector import ProjectorWindow


def test_a_new_view_replaces_the_old_one_at_once(qtbot):
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.resize(640, 360)
    projector.show()
    welcome, results = QLabel("chào mừng"), QLabel("kết quả")
    projector.set_content(welcome)
    projector.set_content(results)
    # The old view must not stay painted under the new one until it is deleted.
    assert not welcome.isVisible()
    assert results.isVisible()
    assert projector.content is results


def test_escape_hides_the_projector(qtbot):
    from PySide6.QtCore import Qt

    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.show()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
