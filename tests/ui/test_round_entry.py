"""One entry screen, two kinds of round: the same keyboard journey on a suy tôn round and on paper
rounds of the head and deputy election, each controller kept to the protocol (ui/round_entry.py).

In the real main window, keys only (the two dialogs that ask for words are answered by the test,
message boxes by the fixture): two ballots, an invalid one, a correction, a deletion, the ballots
issued, confirm, reopen with a reason, confirm again, publish. After each step the file says what
the screen did, in the kind's own audit actions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.ballots import INVALID_REASONS, current_entries
from core.head_election import current_ballots, get_election, paper_round, save_settings
from core.head_election_rules import Way
from core.rounds import RoundState, get_round
from core.storage import MeetingFile
from tests.ui.hall import election_stage, key, keys, open_hall_window, plain, vote_stage
from ui.ballot_entry_controller import BallotEntryController
from ui.head_election_controller import ElectionEntryController
from ui.round_entry import RoundEntry

ALT = Qt.KeyboardModifier.AltModifier


@dataclass(frozen=True)
class Kind:
    """A kind of round as the journey meets it: how to reach its screen, two ballots to type, where
    its ballots and its round are in the file, and its audit actions."""

    name: str
    first: str  # typed for the first ballot ("" = Enter alone)
    second: str
    actions: dict[str, str]  # the journey's step -> the kind's audit action

    def screen(self, window):
        if self.name == "suy tôn":
            return vote_stage(window).current_entry_view()
        stage = election_stage(window)
        stage.tabs.setCurrentIndex(1)
        return stage.round_view(1)

    def ballots(self, view) -> list:
        db = view.controller.db
        if self.name == "suy tôn":
            return current_entries(db, view.controller.round_id)
        return current_ballots(db, paper_round(db, 1))

    def round(self, view):
        db = view.controller.db
        return get_round(db, view.controller.round_id) if self.name == "suy tôn" else paper_round(db, 1)


TITLE = {
    "add": "ballot.add", "correct": "ballot.correct", "delete": "ballot.delete", "issued": "vote.issued",
    "confirm": "vote.confirm", "reopen": "vote.reopen", "publish": "vote.publish",
}  # fmt: skip
ELECTION = {
    step: "election." + ("ballot_" if step in ("add", "correct", "delete") else "") + step for step in TITLE
}
KINDS = [
    Kind("suy tôn", "2 5 6 8", "1 2 3", TITLE),
    Kind("election, open", "7 8", "4 8", ELECTION),
    Kind("election, approval", "", "1", ELECTION),
]


@pytest.fixture(params=KINDS, ids=[k.name for k in KINDS])
def kind(request, hall_path) -> Kind:
    if request.param.name == "election, open":
        with MeetingFile.open(hall_path) as db:
            save_settings(db, replace(get_election(db).settings, way=Way.OPEN))
    return request.param


def actions_since(db, seq: int) -> list[str]:
    return [a for (a,) in db.conn.execute("SELECT action FROM event WHERE seq > ? ORDER BY seq", (seq,))]


def last_seq(db) -> int:
    return db.conn.execute("SELECT MAX(seq) FROM event").fetchone()[0]


def test_the_same_keyboard_journey_on_every_kind_of_round(qtbot, hall_path, kind, monkeypatch, message_boxes):
    window = open_hall_window(qtbot, hall_path)
    try:
        view = kind.screen(window)
        c = view.controller
        assert isinstance(c, RoundEntry) and isinstance(c, BallotEntryController | ElectionEntryController)
        db = c.db
        start = last_seq(db)
        view.entry.setFocus()

        # Two ballots, then one declared invalid (reason 4): the pending line names each before its key.
        for typed in (kind.first, kind.second):
            keys(typed)
            number = len(kind.ballots(view)) + 1
            assert plain(view.preview_label.text()).startswith(f"Phiếu số {number} – ")
            key(Qt.Key.Key_Return)
        key(Qt.Key.Key_Minus)
        key(Qt.Key.Key_4)
        first, second, torn = kind.ballots(view)
        assert (first.seq, second.seq, torn.seq) == (1, 2, 3)
        assert torn.invalid_reason == INVALID_REASONS[3] and first.invalid_reason is None
        assert [c.describe(b) for b in (first, second)] == [c.describe(e) for e in c.entries[:2]]

        # Ballot 2 corrected to ballot 1's content (F4), ballot 3 deleted (Delete), each with a reason.
        monkeypatch.setattr(view, "ask_correction", lambda entry: (kind.first, None, "gõ nhầm"))
        monkeypatch.setattr(view, "ask_reason", lambda title, prompt: "nhập trùng")
        key(Qt.Key.Key_Up)  # the last ballot selected …
        key(Qt.Key.Key_Up)  # … then ballot 2
        assert view.selected_entry().seq == 2
        key(Qt.Key.Key_F4)
        assert QApplication.focusWidget() is view.entry  # corrected: back to the next ballot
        key(Qt.Key.Key_Up)  # ballot 3, the last
        assert view.selected_entry().seq == 3
        key(Qt.Key.Key_Delete)
        first, corrected = kind.ballots(view)
        assert corrected.seq == 2 and corrected.kind == "correction" and corrected.content == first.content
        assert plain(view.last_label.text()).startswith("Phiếu cuối: số 2")

        # The ballots issued (Alt+R), then confirm (Alt+K, answered "Có").
        key(Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.issued_spin)
        keys("5")
        key(Qt.Key.Key_Tab)
        assert kind.round(view).ballots_issued == 5
        message_boxes.answer = QMessageBox.StandardButton.Yes
        key(Qt.Key.Key_K, ALT)
        qtbot.waitUntil(lambda: kind.round(view).state == RoundState.CONFIRMED)
        assert c.confirmed and "Đã xác nhận lúc" in view.state_label.text() and not view.entry.isEnabled()

        # Reopen (Alt+M) with a reason, confirm again, publish (Alt+L) on the projector.
        monkeypatch.setattr(view, "ask_reason", lambda title, prompt: "kiểm lại")
        key(Qt.Key.Key_M, ALT)
        qtbot.waitUntil(lambda: kind.round(view).state == RoundState.ENTERING)
        assert view.entry.isEnabled()
        key(Qt.Key.Key_K, ALT)
        qtbot.waitUntil(lambda: kind.round(view).state == RoundState.CONFIRMED)
        published = []
        view.published.connect(published.append)
        key(Qt.Key.Key_L, ALT)
        qtbot.waitUntil(lambda: bool(published))
        assert kind.round(view).published_at is not None

        a = kind.actions
        assert actions_since(db, start) == [
            a["add"], a["add"], a["add"], a["correct"], a["delete"], a["issued"],
            a["confirm"], a["reopen"], a["confirm"], a["publish"],
        ]  # fmt: skip
        assert [kind_ for kind_, _title, _text in message_boxes.shown] == ["question", "question"]
    finally:
        window.close()


def test_both_controllers_keep_the_protocol_to_the_letter(tmp_path):
    """isinstance() of a runtime protocol sees names only: mypy checks every member's type."""
    import subprocess
    import sys
    from pathlib import Path

    from tests.processes import TEXT

    root = Path(__file__).resolve().parents[2]
    check = tmp_path / "kinds_of_round.py"
    check.write_text(
        "from ui.ballot_entry_controller import BallotEntryController\n"
        "from ui.head_election_controller import ElectionEntryController\n"
        "from ui.round_entry import RoundEntry\n\n\n"
        "def kinds(a: BallotEntryController, b: ElectionEntryController) -> list[RoundEntry]:\n"
        "    return [a, b]\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(root / "pyproject.toml"),
            str(check),
        ],
        cwd=root,
        capture_output=True,
        **TEXT,
    )  # fmt: skip  (mypy is no program of ours: tests.processes.child_env's warnings are not for it)
    assert result.returncode == 0, result.stdout + result.stderr
