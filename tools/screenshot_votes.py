"""Screenshot the vote and election screens in use, to look at them (docs/development.md).

python tools/screenshot_votes.py OUT_DIR [vi|en]   (under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24")

Opens a fresh copy of the demo conference, checks the heads of delegation in, types ballots
into the real entry box, and saves: the Suy tôn stage with a ballot pending, the invalid-ballot
prompt, the correction dialog with its error line, a show-of-hands vote, the head and deputy
election's round, and both projector views at the projector's size.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from core.attendance import check_in  # noqa: E402
from core.model import Role  # noqa: E402
from core.people import list_people  # noqa: E402
from core.units import list_units  # noqa: E402
from core.votes import Vote, VoteMethod, add_vote, list_votes, set_committee  # noqa: E402
from ui import settings  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.ballot_dialogs import CorrectionDialog, DirectTotalsDialog  # noqa: E402
from ui.head_election_projector import ElectionResultView  # noqa: E402
from ui.vote_projector import ResultBarsView  # noqa: E402

PROJECTOR_SIZE = (1366, 768)


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / name))


def ballot(view, typed: str) -> None:
    if typed:
        QTest.keyClicks(view.entry, typed)
    QTest.keyClick(view.entry, Qt.Key.Key_Return)


def on_projector(window, content: QWidget, out: Path, name: str) -> None:
    projector = window.projector
    projector.set_content(content)
    projector.resize(*PROJECTOR_SIZE)
    projector.show()
    save(projector, out, name)
    projector.hide()


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "vi"
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window(["--demo"])
    window.set_language(language)
    db = window.db
    for person in list_people(db):
        if person.role == Role.HEAD:
            check_in(db, person.id)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    settle()

    # -- Suy tôn: a few ballots, one pending --
    window.stage_list.setCurrentRow(2)
    stage = window.vote_view
    view = stage.current_entry_view()
    view.entry.setFocus()
    for typed in ["2 5 6 8"] * 3 + ["2 5 6 9", "1 2 3"]:
        ballot(view, typed)
    QTest.keyClicks(view.entry, "3 7")
    save(window, out, f"{language}-vote-stage.png")
    QTest.keyClick(view.entry, Qt.Key.Key_Minus)
    save(window, out, f"{language}-vote-invalid-prompt.png")
    QTest.keyClick(view.entry, Qt.Key.Key_Escape)
    QTest.keyClick(view.entry, Qt.Key.Key_Escape)

    c = view.controller
    entry = c.entries[-1]
    dialog = CorrectionDialog(entry, c.describe(entry), c.check_text, c.typing_help(), window)
    dialog.show()
    save(dialog, out, f"{language}-correction-dialog.png")
    dialog.numbers.setText("13 2")
    dialog.accept()  # refused: the error line appears
    save(dialog, out, f"{language}-correction-error.png")
    dialog.close()

    result = c.confirm()
    on_projector(window, ResultBarsView(result), out, f"{language}-vote-projector.png")
    view.refresh()
    save(window, out, f"{language}-vote-confirmed.png")

    # -- a show of hands --
    units = list_units(db)
    hands = add_vote(
        db, Vote("Biểu quyết tặng Cờ thi đua", [u.id for u in units[:5]], method=VoteMethod.HANDS)
    )
    demo = list_votes(db)[0]
    set_committee(db, hands.id, demo.committee_ids, demo.chief_id)
    stage.reload(select_id=hands.id)
    hands_view = stage.current_entry_view()
    save(window, out, f"{language}-hands-stage.png")
    hc = hands_view.controller
    totals = DirectTotalsDialog(hc.candidates, hc.recorded_totals(), hc.totals_problems, window)
    totals.show()
    save(totals, out, f"{language}-hands-totals.png")
    totals.close()

    # -- the head and deputy election: round 1, approved, on the projector --
    window.stage_list.setCurrentRow(3)
    election = window.stages.currentWidget()
    election.tabs.setCurrentIndex(1)
    round_view = election.round_view(1)
    round_view.entry.setFocus()
    for typed in [""] * 9 + ["1", "2"]:
        ballot(round_view, typed)
    save(window, out, f"{language}-election-round.png")
    elected = round_view.controller.confirm()
    on_projector(
        window,
        ElectionResultView(elected, round_view.controller.next_year),
        out,
        f"{language}-election-projector.png",
    )

    settings.set_language("vi")
    window.close()


if __name__ == "__main__":
    main()
