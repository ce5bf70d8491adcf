"""Failures a user could hit: a combo box giving back a plain str, and a meeting file that
cannot be written (a USB stick pulled out, a full disk) while a screen stores something."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.agreement import HeadOrder, Section, load_agreement
from core.errors import MeetingFileError, ValidationError
from core.units import list_units
from tests.ui.conftest import click, click_row
from tests.ui.test_agreement import view  # noqa: F401 (the agreement stage fixture)
from tests.ui.test_head_election import heads_in, round_tab, stage  # noqa: F401
from ui.ballot_dialogs import CorrectionDialog
from ui.unit_dialog import UnitDialog
from ui.units_view import UnitsView
from ui.widgets import ErrorLabel

WRITE_FAILED = "Không ghi được tệp hội nghị: ổ đĩa đã đầy."


def cannot_write(*_args, **_kwargs):
    raise MeetingFileError(WRITE_FAILED)


def test_choosing_the_first_signature_block_is_stored_as_the_enum(qtbot, view, demo_db):  # noqa: F811
    combo = view.editor.head_order
    combo.setCurrentIndex(combo.findData(HeadOrder.CURRENT))
    assert load_agreement(demo_db).head_order is HeadOrder.CURRENT
    assert not view.errors.isVisible()
    combo.setCurrentIndex(combo.findData(HeadOrder.NEXT))
    assert load_agreement(demo_db).head_order is HeadOrder.NEXT


def test_adding_a_row_when_the_file_cannot_be_written_says_so(qtbot, view, demo_db, monkeypatch):  # noqa: F811
    before = load_agreement(demo_db).items(Section.MOVEMENT)
    monkeypatch.setattr("ui.agreement_controller.save_agreement", cannot_write)
    click(qtbot, view.editor.add_button)  # the movements table is the one in use at first
    assert WRITE_FAILED in view.errors.text() and not view.errors.isHidden()
    assert load_agreement(demo_db).items(Section.MOVEMENT) == before
    assert view.editor.movements.model.rowCount() == len(before)


def test_signing_when_the_file_cannot_be_written_says_so(qtbot, view, monkeypatch):  # noqa: F811
    view.tabs.setCurrentWidget(view.signing)
    monkeypatch.setattr("ui.agreement_controller.mark_signed", cannot_write)
    click(qtbot, view.signing.next_button)
    assert WRITE_FAILED in view.errors.text()


def test_error_label_shows_every_kind_of_refusal(qapp):
    label = ErrorLabel()
    label.show_error(ValidationError(["Trường A trống.", "Trường B sai."]))
    assert label.text() == "Trường A trống.\nTrường B sai."
    label.show_error(MeetingFileError(WRITE_FAILED))
    assert label.text() == WRITE_FAILED


def test_a_dialog_keeps_open_and_shows_a_write_failure(qtbot):
    dialog = UnitDialog(cannot_write)
    qtbot.addWidget(dialog)
    dialog.short_name.setText("Phú Yên")
    dialog.full_title.setText("Ban Tổ chức Tỉnh ủy Phú Yên")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert WRITE_FAILED in dialog.errors.text()


def test_moving_a_unit_when_the_file_cannot_be_written_warns(qtbot, demo_db, message_boxes, monkeypatch):
    units_view = UnitsView(demo_db)
    qtbot.addWidget(units_view)
    units_view.show()
    before = [u.short_name for u in list_units(demo_db)]
    click_row(qtbot, units_view.table, 1)
    monkeypatch.setattr("ui.units_view.move_unit", cannot_write)
    click(qtbot, units_view.down_button)
    assert WRITE_FAILED in message_boxes.texts("warning")[-1]
    assert [u.short_name for u in list_units(demo_db)] == before


def test_a_correction_in_the_election_is_checked_with_the_elections_rules(qtbot, stage):  # noqa: F811
    entry_view = round_tab(qtbot, stage, 1)
    qtbot.keyClick(entry_view.entry, Qt.Key.Key_Return)
    entry = entry_view.ballot_model.entry_at(0)
    c = entry_view.controller
    dialog = CorrectionDialog(entry, c.describe(entry), c.check_text, c.typing_help(), entry_view)
    qtbot.addWidget(dialog)
    dialog.numbers.setText("99")  # no such line in the round
    dialog.reason.setText("gõ nhầm")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.text()  # the round's own message, the dialog stays open


def test_the_election_prints_its_own_ballots_and_minutes(qtbot, stage, monkeypatch):  # noqa: F811
    from core.head_election import paper_round
    from tests.pdf_text import all_text
    from ui import printing

    monkeypatch.setattr(printing, "show_preview", lambda *_args: None)
    entry_view = round_tab(qtbot, stage, 1)
    monkeypatch.setattr(entry_view, "ask_print_ballots", lambda: (5, 2))
    paths = []
    for start in (entry_view.print_ballots, entry_view.print_minutes):
        with qtbot.waitSignal(start().finished, timeout=20000) as blocker:
            pass
        paths.append(blocker.args[0])
    assert paths[0].name.startswith("phieu-bau-cum-truong-vong-1")
    assert paths[1].name.startswith("bien-ban-bau-cum-truong-vong-1")
    assert "cụm trưởng" in all_text(paths[0].read_bytes()).lower()
    assert paper_round(stage.db, 1).ballots_issued == 5
