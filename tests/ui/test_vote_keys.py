"""The entry screens inside the real main window, driven by keys only.

The main window is shown and active, as on the hall laptop: a window-wide shortcut of any
screen competes for the keys here, which a lone entry view under test never shows.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from core.ballots import current_entries
from core.storage import MeetingFile
from tests.ui.hall import election_stage, key, keys, open_hall_window, plain, vote_stage
from tests.ui.keyboard import mnemonic, mnemonic_problems


@pytest.fixture
def hall(qtbot, hall_path):
    window = open_hall_window(qtbot, hall_path)
    yield window
    window.close()


def test_esc_cancels_the_invalid_prompt_inside_the_main_window(qtbot, hall):
    view = vote_stage(hall).current_entry_view()
    view.entry.setFocus()
    rnd = view.controller.round_id
    key(Qt.Key.Key_Minus)
    assert view.reasons_label.isVisible()
    key(Qt.Key.Key_Escape)
    assert not view.reasons_label.isVisible()
    keys("1 3 5 7 9")  # five names: the first digit is no reason any more
    assert view.entry.text() == "1 3 5 7 9"
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_F2)
    assert view.reasons_label.isVisible()
    key(Qt.Key.Key_Escape)
    assert not view.reasons_label.isVisible() and view.entry.text() == ""
    [entry] = current_entries(hall.db, rnd)
    assert entry.invalid_reason is None and len(entry.choices) == 5


# -- the property: what is recorded is what the screen showed ------------------------------------

# Keys of a day of typing, the usual ones more often; letters a clerk fat-fingers (and Telex's).
TYPED_KEYS = (
    [getattr(Qt.Key, f"Key_{d}") for d in "0123456789"] * 3
    + [Qt.Key.Key_Space] * 4
    + [Qt.Key.Key_Return] * 4
    + [Qt.Key.Key_Enter, Qt.Key.Key_Minus, Qt.Key.Key_Minus, Qt.Key.Key_F2, Qt.Key.Key_Plus, Qt.Key.Key_Comma]
    + [Qt.Key.Key_Escape] * 3
    + [Qt.Key.Key_Backspace] * 2
    + [Qt.Key.Key_A, Qt.Key.Key_S, Qt.Key.Key_F, Qt.Key.Key_J, Qt.Key.Key_W, Qt.Key.Key_X, Qt.Key.Key_Q]
)
DIGITS = {getattr(Qt.Key, f"Key_{d}"): int(d) for d in "0123456789"}
CHAR_KEYS = {str(d): k for k, d in DIGITS.items()} | {" ": Qt.Key.Key_Space}


def key_sequences(highest: int):
    """Runs of keys: single keys at random, ballots typed as a clerk types them (numbers up to
    ``highest`` and a few beyond, then Enter), and the invalid-ballot prompt opened and left."""
    from hypothesis import strategies as st

    single = st.sampled_from(TYPED_KEYS).map(lambda k: [k])
    on_the_list = st.lists(st.integers(1, highest), unique=True, max_size=5)
    numbers = st.one_of(on_the_list, on_the_list, st.lists(st.integers(0, highest + 2), max_size=6))
    typed = numbers.map(lambda ns: [CHAR_KEYS[ch] for ch in " ".join(map(str, ns))] + [Qt.Key.Key_Return])
    prompt = st.sampled_from([Qt.Key.Key_Minus, Qt.Key.Key_F2]).flatmap(
        lambda opener: st.sampled_from([Qt.Key.Key_Escape, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_7]).map(
            lambda then: [opener, then]
        )
    )
    runs = st.lists(st.one_of(single, single, typed, prompt), min_size=1, max_size=12)
    return runs.map(lambda parts: [k for part in parts for k in part])


COMMIT = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# "Phiếu số 7 – Chọn 4: Quảng Nam, Kon Tum → hợp lệ" (the number: what the ballot will be called)
BALLOT_PENDING = re.compile(r"^(?:Phiếu số (?P<seq>\d+) – )?(?P<what>.+?) → ")
INVALID_PENDING = re.compile(r"^Phiếu số (?P<seq>\d+) – KHÔNG HỢP LỆ")


def listed_reasons(view) -> dict[int, str]:
    """The reasons the invalid-ballot prompt shows, by the digit that picks them."""
    found = re.findall(r"^(\d)\. (.+)$", plain(view.reasons_label.text()), flags=re.MULTILINE)
    return {int(d): reason.strip() for d, reason in found}


class Screen:
    """Expectations read from the screen only: the preview line and the invalid-ballot prompt."""

    def __init__(self, view, describe_choices):
        self.view = view
        self.describe_choices = describe_choices  # (entry) -> the words the preview uses for its content

    def pending(self, pressed) -> tuple[int | None, str] | None:
        """(number, description) of the ballot ``pressed`` records, as the screen shows it now;
        None when this key records nothing."""
        preview = plain(self.view.preview_label.text()).strip()
        invalid = INVALID_PENDING.match(preview)
        if invalid:
            reasons = listed_reasons(self.view)
            if self.view.reasons_label.isVisible() and DIGITS.get(pressed) in reasons:
                return int(invalid["seq"]), "Không hợp lệ: " + reasons[DIGITS[pressed]]
            return None
        ballot = BALLOT_PENDING.match(preview)
        if ballot and pressed in COMMIT and self.view.entry.hasFocus():
            return (int(ballot["seq"]) if ballot["seq"] else None), ballot["what"]
        return None

    def recorded(self, entry) -> str:
        if entry.invalid_reason is not None:
            return "Không hợp lệ: " + entry.invalid_reason
        return self.describe_choices(entry)


def start_clean(qtbot, view) -> None:
    """Each example starts at an empty entry box with the keyboard in it."""
    view.entry.setFocus()
    if view.reasons_label.isVisible():
        key(Qt.Key.Key_Escape)
    view.entry.clear()


def type_and_check(qtbot, screen: Screen, read_entries, sequence) -> None:
    """Send ``sequence`` to the focused widget; after each key, the file holds exactly the ballot the
    screen showed as pending before it (or nothing new), and Esc leaves no prompt and no residue."""
    view = screen.view
    for pressed in sequence:
        before = {e.id for e in read_entries()}
        expected = screen.pending(pressed)
        prompt_open = view.reasons_label.isVisible()
        text_before = view.entry.text()
        key(pressed)
        now = read_entries()
        assert before <= {e.id for e in now}, "a key took a ballot away"
        new = [e for e in now if e.id not in before]
        if expected is None:
            assert new == [], f"{pressed!r} recorded {new} though the screen showed nothing pending"
            if prompt_open and pressed == Qt.Key.Key_Escape:
                assert not view.reasons_label.isVisible() and view.entry.text() == text_before
            continue
        [entry] = new
        number, described = expected
        assert screen.recorded(entry) == described
        assert number is None or entry.seq == number


def examples(count: int):
    """Hypothesis settings for a property run in one window: examples share it (and its file)."""
    from hypothesis import HealthCheck, settings

    return settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def shown_votes(model) -> dict[str, int]:
    """The votes a tally table shows, by unit."""
    from ui.ballot_models import CandidateColumn

    return {
        model.index(r, CandidateColumn.NAME).data(): model.index(r, CandidateColumn.VOTES).data()
        for r in range(model.rowCount())
    }


def suy_ton_words(rnd):
    """What the suy tôn preview says of a ballot's content: the names chosen, in ballot order."""

    def words(entry) -> str:
        names = [c.short_name for c in rnd.candidates if c.unit_id in entry.choices]
        if names and len(names) == len(rnd.candidates):
            return f"cả {len(names)} đơn vị"
        return ", ".join(names) if names else "không chọn ai"

    return words


def test_property_suy_ton_records_what_the_screen_showed(qtbot, hall_path):
    from hypothesis import given

    from core.votes import get_round
    from core.votes_result import round_result

    window = open_hall_window(qtbot, hall_path)
    view = vote_stage(window).current_entry_view()
    db = window.db
    rnd = get_round(db, view.controller.round_id)
    names = suy_ton_words(rnd)

    class SuyTonScreen(Screen):
        def pending(self, pressed):
            found = super().pending(pressed)
            if found is None or found[1].startswith("Không hợp lệ"):
                return found
            # "Chọn 4: Quảng Nam, Kon Tum" / "Phiếu để nguyên: …": the names after the colon
            return found[0], found[1].split(": ", 1)[1] if ": " in found[1] else found[1]

    screen = SuyTonScreen(view, names)

    @examples(50)
    @given(key_sequences(len(rnd.candidates)))
    def run(sequence):
        start_clean(qtbot, view)
        type_and_check(qtbot, screen, lambda: current_entries(db, rnd.id), sequence)
        # The tally on screen is the count of the ballots in the file.
        result = round_result(db, rnd.id)
        [tally] = view.tallies
        assert shown_votes(tally.model) == {c.name: c.votes for c in result.candidates}
        counts = plain(view.counts_label.text())
        assert f"{result.cast} phiếu (hợp lệ {result.valid}, không hợp lệ {result.invalid})" in counts

    try:
        run()
    finally:
        window.close()


@pytest.mark.parametrize("way", ["approve", "open"])
def test_property_election_records_what_the_screen_showed(qtbot, hall_path, way):
    from dataclasses import replace

    from hypothesis import given

    from core.head_election import (
        current_ballots,
        describe_choices,
        election_round_result,
        get_election,
        paper_round,
        save_settings,
    )
    from core.head_election_rules import Way

    if way == "open":
        db = MeetingFile.open(hall_path)
        try:
            save_settings(db, replace(get_election(db).settings, way=Way.OPEN))
        finally:
            db.close()
    window = open_hall_window(qtbot, hall_path)
    stage = election_stage(window)
    stage.tabs.setCurrentIndex(1)
    view = stage.round_view(1)
    db = window.db
    pr = paper_round(db, 1)

    def words(entry) -> str:
        return describe_choices(pr, entry.head_unit, entry.deputy_unit)

    screen = Screen(view, words)

    @examples(25)
    @given(key_sequences(len(pr.deputy_candidates)))
    def run(sequence):
        start_clean(qtbot, view)
        type_and_check(qtbot, screen, lambda: current_ballots(db, pr, 1), sequence)
        result = election_round_result(db, 1)
        head, deputy = view.tallies
        for part, office in ((head, result.head), (deputy, result.deputy)):
            assert shown_votes(part.model) == {c.name: c.votes for c in office.candidates}

    try:
        run()
    finally:
        window.close()


def test_the_prompt_says_a_reason_number_follows_and_closes_when_the_box_loses_the_focus(qtbot, hall):
    view = vote_stage(hall).current_entry_view()
    rnd = view.controller.round_id
    assert "rồi số lý do 1–4" in view.help_label.text()
    view.entry.setFocus()
    keys("2 5")
    key(Qt.Key.Key_Minus)  # the numbers typed stay; the pending ballot is now an invalid one
    assert view.reasons_label.isVisible() and view.entry.text() == "2 5"
    assert plain(view.preview_label.text()).startswith("Phiếu số 1 – KHÔNG HỢP LỆ")
    key(Qt.Key.Key_Escape)
    assert view.entry.text() == "2 5" and plain(view.preview_label.text()).startswith("Phiếu số 1 – Chọn 2")
    key(Qt.Key.Key_Escape)  # Esc again: the numbers typed are cleared
    assert view.entry.text() == ""
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_Tab)  # the keyboard leaves the box: the prompt closes
    assert not view.reasons_label.isVisible()
    view.entry.setFocus()
    keys("3")
    assert view.entry.text() == "3" and current_entries(hall.db, rnd) == []


# -- the keyboard alone: Tab order, mnemonics, no shortcut taking the clerk's keys -------------------


def check_mnemonics(window, stage) -> None:
    """Every button of the screen has an Alt+letter of its own: no two visible things share one,
    and none is a letter of the menu bar (nor one an input method takes)."""
    assert mnemonic_problems(stage, window) == []


def test_the_menu_bar_letters_differ(qtbot, hall):
    letters = [mnemonic(action.text()) for action in hall.menuBar().actions()]
    letters = [letter for letter in letters if letter is not None]
    assert len(letters) == len(set(letters))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_button_has_its_own_mnemonic(qtbot, hall_path, language):
    from core.units import list_units
    from core.votes import Vote, VoteMethod, add_vote

    db = MeetingFile.open(hall_path)
    try:  # a show of hands too: its buttons differ
        add_vote(db, Vote("Cờ thi đua", [u.id for u in list_units(db)[:3]], method=VoteMethod.HANDS))
    finally:
        db.close()
    window = open_hall_window(qtbot, hall_path)
    try:
        window.set_language(language)
        qtbot.waitUntil(lambda: window.centralWidget().isVisible())  # the rebuilt screens are shown
        stage = vote_stage(window)
        for row in range(stage.vote_list.count()):
            stage.vote_list.setCurrentIndex(row)
            check_mnemonics(window, stage)
        election = election_stage(window)
        for tab in (0, 1):
            election.tabs.setCurrentIndex(tab)
            check_mnemonics(window, election)
    finally:
        window.close()


def test_tab_leaves_the_ballot_list_and_reaches_every_button(qtbot, hall):
    from PySide6.QtWidgets import QApplication, QPushButton

    def suy_ton():
        return vote_stage(hall).current_entry_view()

    def election():
        stage = election_stage(hall)
        stage.tabs.setCurrentIndex(1)
        return stage.round_view(1)

    for screen in (suy_ton, election):
        entry_view = screen()
        entry_view.entry.setFocus()
        keys(" ")
        key(Qt.Key.Key_Escape)
        key(Qt.Key.Key_Return)  # one ballot: its buttons are enabled
        visited = []
        for _ in range(80):
            key(Qt.Key.Key_Tab)
            visited.append(QApplication.focusWidget())
        table = entry_view.ballot_table
        assert all(not (a is table and b is table) for a, b in zip(visited, visited[1:], strict=False))
        wanted = [b for b in entry_view.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
        assert wanted and [b.text() for b in wanted if b not in visited] == []


def test_no_shortcut_takes_a_letter_or_a_digit_from_the_entry_box(qtbot, hall):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Shortcuts(QObject):
        fired: list = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Shortcut:
                self.fired.append(event.key().toString())
            return False

    view = vote_stage(hall).current_entry_view()
    view.entry.setFocus()
    spy = Shortcuts()
    QApplication.instance().installEventFilter(spy)
    try:
        for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
            keys(ch)
        for special in (
            Qt.Key.Key_F2,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Delete,
            Qt.Key.Key_F4,
        ):
            key(special)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.fired == [] and view.entry.hasFocus()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dialogs_letters_differ(qtbot, demo_db, language):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from core.ballots import Entry
    from core.people import list_people
    from core.units import list_units
    from core.votes import last_round, list_votes
    from ui.ballot_dialogs import CorrectionDialog, DirectTotalsDialog, PrintBallotsDialog
    from ui.i18n import install_language
    from ui.vote_dialog import VoteDialog

    install_language(language)
    rnd = last_round(demo_db, list_votes(demo_db)[0].id)
    entry = Entry(1, rnd.id, 1, 1, frozenset())
    dialogs = [
        VoteDialog(lambda v: None, list_units(demo_db), list_people(demo_db), list_votes(demo_db)[0]),
        CorrectionDialog(entry, "Không chọn ai", lambda text: None, "", None),
        PrintBallotsDialog(12, 2),
        DirectTotalsDialog(rnd.candidates[:3], (12, 0, {}), lambda *a: ([], [])),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
        texts += [g.title() for g in dialog.findChildren(QGroupBox)]
        texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        letters = [mnemonic(t) for t in texts if mnemonic(t)]
        assert len(letters) == len(set(letters)), (type(dialog).__name__, texts)
        assert len(letters) >= 2


def test_a_typo_is_explained_in_the_language_of_the_screen(qtbot, hall_path):
    """In English mode, what core/ says about a typed number is English, inside the real window."""
    from ui.i18n import install_language

    assert install_language("en")
    window = open_hall_window(qtbot, hall_path)
    try:
        view = vote_stage(window).current_entry_view()
        view.entry.setFocus()
        untouched = plain(view.preview_label.text())  # Enter now: all 12 names, at most 4 allowed
        assert "all 12 units" in untouched and "More chosen than allowed (12 > 4)" in untouched, untouched
        keys("1 99")
        shown = plain(view.preview_label.text())
        assert "Number 99 is not on the list" in shown, shown
        for _ in range(3):
            key(Qt.Key.Key_Backspace)
        keys(" 1")
        assert "Number 1 was typed twice" in plain(view.preview_label.text())
        key(Qt.Key.Key_Escape)
        key(Qt.Key.Key_Return)  # an untouched ballot: all 12 chosen, more than 4, the engine says why
        key(Qt.Key.Key_Minus)
        key(Qt.Key.Key_4)  # the counters' reason 4
        last = plain(view.last_label.text())
        assert "Invalid:" in last and "Không" not in last and "Phiếu" not in last, last
    finally:
        window.close()
        install_language("vi")
