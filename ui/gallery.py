"""Every dialog of the program, made on the main window's open meeting, by name.

For looking at the UI (tools/screenshot.py) and for the screen-size tests
(tests/ui/test_screen_fit.py, which also fails when a dialog class is missing here).
The dialogs are made, not shown; what they would save goes nowhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from core.ballots import Entry
from core.documents.catalog import PrintOptions, render
from core.people import list_people
from core.units import list_units
from core.votes import list_votes
from ui.backup_restore_dialog import RestoreDialog
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.ballot_dialogs import CorrectionDialog, DirectTotalsDialog, PrintBallotsDialog, ReasonDialog
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.pin_dialog import AskPinDialog, PinSettingsDialog
from ui.print_preview import PreviewDialog
from ui.unit_dialog import UnitDialog
from ui.units_import_dialog import UnitsImportDialog
from ui.vote_dialog import VoteDialog
from ui.walk_in_dialog import WalkInDialog


def _ignore(*_args) -> None:
    """What a dialog made here saves: nothing."""


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """``name -> make()`` for every dialog; the window must have a meeting with a vote open."""
    db = window.db
    units, people = list_units(db), list_people(db)
    votes = list_votes(db)
    window.stage_list.setCurrentRow(2)  # Suy tôn: the round's entry screen
    entry_view = window.vote_view.current_entry_view()
    c = entry_view.controller
    ballot = Entry(id=0, round_id=c.round.id, pass_no=1, seq=1, choices=frozenset(u.id for u in units[:2]))
    desk = window.registration_view.controller.desk
    return {
        "person": lambda: PersonDialog(units, _ignore, people[0], parent=window),
        "unit": lambda: UnitDialog(_ignore, units[0], parent=window),
        "import": lambda: ImportDialog(window.setup_view.people_controller, parent=window),
        "units-import": lambda: UnitsImportDialog(db, parent=window),
        "walk-in": lambda: WalkInDialog(units, desk.absent_delegates(), _ignore, parent=window),
        "vote": lambda: VoteDialog(_ignore, units, people, votes[0] if votes else None, window),
        "print-ballots": lambda: PrintBallotsDialog(30, 2, entry_view),
        "correction": lambda: CorrectionDialog(
            ballot, c.describe(ballot), c.check_text, c.typing_help(), entry_view
        ),
        # (The texts the entry screen passes in are its own, translated there.)
        "reason": lambda: ReasonDialog(
            "Mở lại kết quả", "Lý do mở lại kết quả (được ghi vào nhật ký):", entry_view
        ),
        "direct-totals": lambda: DirectTotalsDialog(
            c.candidates, c.recorded_totals(), lambda *_: ([], []), entry_view
        ),
        "backup-settings": lambda: BackupSettingsDialog(db, window),
        "restore": lambda: RestoreDialog([], None, window),
        "pin-settings": lambda: PinSettingsDialog(db, window),
        "ask-pin": lambda: AskPinDialog("mở lại kết quả", "", window),
        # the preview of the delegate list, as its print button opens it (the PDF made here, at once)
        "print-preview": lambda: PreviewDialog(
            window, render(db, "attendance", PrintOptions()), "danh-sach-dai-bieu.pdf"
        ),
        "review": lambda: _review_dialog(window),
        "add-title": lambda: _add_title_dialog(window),
        "scoring-item": lambda: _item_dialog(window),
    }


def _scoring_view(window: MainWindow):
    return window.stage([name for _module, name in MainWindow.STAGE_VIEWS].index("ScoringView"))


def _item_dialog(window: MainWindow) -> QDialog:
    from ui.scoring_view import ItemDialog

    view = _scoring_view(window)
    return ItemDialog(view.controller, view)


def _add_title_dialog(window: MainWindow) -> QDialog:
    from ui.scoring_view import AddTitleDialog

    view = _scoring_view(window)
    return AddTitleDialog(view.controller, view)


def _review_dialog(window: MainWindow) -> QDialog:
    """Chấm điểm's reviewed value of the first criterion of the first unit of the ranking."""
    from ui.scoring_view import ReviewDialog, ScoringView

    view = window.stage([name for _module, name in MainWindow.STAGE_VIEWS].index("ScoringView"))
    assert isinstance(view, ScoringView)
    controller = view.controller
    return ReviewDialog(
        controller, controller.standing.table.criteria[0].code, controller.standing.unit_ids[0], view
    )
