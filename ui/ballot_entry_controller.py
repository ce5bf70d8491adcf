"""The logic of the counting committee's screen for one round of a suy tôn vote, without widgets.

It keeps the protocol of the entry screen (ui/round_entry.py). It keeps the current pass's
ballots and a running count in memory, so that entering a ballot costs one transaction and a
constant amount of work, however many came before. A show of hands is a round of this kind too:
it answers :meth:`BallotEntryController.hands` with itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.ballots import (
    Entry,
    add_entry,
    ballot_of,
    choices_from_text,
    correct_entry,
    current_entries,
    delete_entry,
    describe,
    differences,
    direct_totals_problems,
    parse_numbers,
    set_direct_totals,
)
from core.documents.catalog import Render, file_stem
from core.errors import ValidationError
from core.model import row_id
from core.rounds import Difference, Round, check_latest, next_seq
from core.said import Said
from core.storage import MeetingFile
from core.tally import TallyResult, check_ballot, check_result
from core.votes import (
    BallotStyle,
    EntryMode,
    RoundState,
    VoteMethod,
    get_round,
    get_vote,
    list_rounds,
    record_issued,
)
from core.votes_count import RunningCount
from core.votes_result import (
    OUTCOME_LABELS,
    CandidateLine,
    RoundResult,
    base_label,
    candidate_lines,
    confirm_problems,
    confirm_round,
    create_second_round,
    poll_for,
    publish_round,
    reopen_round,
    round_result,
    tally_round,
    voters,
)
from ui.i18n import core_text, error_text, threshold_words
from ui.round_entry import Counts, HandsEntry, Tally


class BallotEntryController(QObject):
    def __init__(self, db: MeetingFile, round_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.round_id = round_id
        self.pass_no = 1
        self.reload()

    # -- state -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again (after a correction, a pass switch or a state change)."""
        self.round: Round = get_round(self.db, self.round_id)
        self.vote = get_vote(self.db, self.round.vote_id)
        self.entitled, self.present = voters(self.db, self.vote)
        self.poll = poll_for(self.vote, self.round, self.entitled, self.present)
        self.entries: list[Entry] = (
            current_entries(self.db, self.round_id, self.pass_no) if self.is_ballots else []
        )
        self.next_seq = next_seq(self.db, self.round_id, self.pass_no)  # the number of the next ballot
        self.running = RunningCount(self.poll)
        for entry in self.entries:
            self.running.add(ballot_of(self.round, entry))
        self._frozen: RoundResult | None = (
            round_result(self.db, self.round_id) if self.round.state == RoundState.CONFIRMED else None
        )
        self.last_number = list_rounds(self.db, self.vote.id)[-1].number

    @property
    def is_ballots(self) -> bool:
        return self.vote.method == VoteMethod.BALLOTS

    def hands(self) -> HandsEntry | None:
        return None if self.is_ballots else self

    @property
    def title(self) -> str:
        return self.vote.title

    @property
    def number(self) -> int:
        return self.round.number

    @property
    def state(self) -> RoundState:
        return self.round.state

    @property
    def confirmed(self) -> bool:
        return self.round.state == RoundState.CONFIRMED

    @property
    def confirmed_at(self) -> str | None:
        return self.round.confirmed_at

    @property
    def ballots_issued(self) -> int | None:
        return self.round.ballots_issued

    @property
    def double_entry(self) -> bool:
        return self.vote.double_entry and self.is_ballots

    @property
    def count(self) -> int:
        return len(self.candidates)

    @property
    def candidates(self):
        return self.round.candidates

    def set_pass(self, pass_no: int) -> None:
        self.pass_no = pass_no
        self.reload()

    # -- the figures shown ---------------------------------------------------------

    def tally(self) -> TallyResult:
        """The live count of the pass being entered (or of the show of hands)."""
        if self.is_ballots:
            return self.running.result()
        return tally_round(self.db, self.vote, self.round, self.entitled, self.present)

    def lines(self) -> tuple[CandidateLine, ...]:
        if self._frozen is not None:
            return self._frozen.candidates
        return candidate_lines(self.round, self.tally())

    def tallies(self) -> tuple[Tally, ...]:
        words = {outcome.value: label for outcome, label in OUTCOME_LABELS.items()}
        return (Tally("", self.lines(), words),)

    def counts(self) -> Counts:
        """The figures shown: frozen with the result once it is confirmed (attendance included)."""
        if self._frozen is not None:
            f = self._frozen
            return Counts(f.cast, f.valid, f.invalid, f.base, f.present, f.entitled)
        t = self.tally()
        return Counts(t.cast, t.valid, t.invalid, t.base, self.present, self.entitled)

    def rule(self) -> str:
        t = self.vote.threshold
        label = base_label(self.vote)
        if self.is_ballots:
            rule = self.tr(
                "Điều kiện: số phiếu {0}; {1} danh hiệu, chọn tối đa {2}. Tỷ lệ tính trên {3} ({4})."
            )
        else:
            rule = self.tr(
                "Điều kiện: số biểu quyết tán thành {0}; {1} danh hiệu, mỗi người tán thành tối đa {2}. "
                "Tỷ lệ tính trên {3} ({4})."
            )
        return rule.format(
            threshold_words(t.numerator, t.denominator, t.strict, label),
            self.round.places,
            self.round.max_choices,
            core_text(label),
            self.counts().base,
        )

    def _outcome(self) -> tuple[tuple[str, ...], tuple[str, ...], int]:
        """(acclaimed, tied at the last place, places left)."""
        if self._frozen is not None:
            return self._frozen.elected, self._frozen.tied, self._frozen.places_left
        t = self.tally()
        return t.elected, t.tied, t.places_left

    def outcome(self) -> str:
        elected, tied, left = self._outcome()
        text = self.tr("Được suy tôn: {0}").format(", ".join(elected) if elected else self.tr("chưa có"))
        if tied:
            text += "<br>" + self.tr(
                "<b>Bằng phiếu ở vị trí cuối: {0}</b> – còn {1} danh hiệu, cần bầu vòng hai."
            ).format(", ".join(tied), left)
        return text

    def notes(self) -> list[str]:
        return []

    def clock_warning(self) -> str | None:
        from core.dates import clock_date_warning
        from core.meetings import load_meeting

        return clock_date_warning(load_meeting(self.db).date)

    def warnings(self) -> list[str]:
        if self._frozen is not None:
            return [core_text(w) for w in self._frozen.warnings]
        return [core_text(w) for w in check_result(self.tally(), self.round.ballots_issued)]

    def frozen_result(self) -> RoundResult | None:
        return self._frozen

    @property
    def counted(self) -> bool:
        """Whether the count has begun: a ballot in this pass, show-of-hands totals, or confirmed."""
        if self._frozen is not None:
            return True
        return bool(self.entries) if self.is_ballots else self.round.direct_cast is not None

    # -- typing --------------------------------------------------------------------

    def typing_help(self) -> str:
        """What the numbers typed for a ballot mean (the entry box adds its keys; the correction
        dialog shows this alone)."""
        n = self.count
        if n < 10:
            separator = self.tr("gõ liền hoặc cách nhau")
        else:
            separator = self.tr("cách nhau bằng dấu cách (hoặc dấu + . ,)")
        if self.vote.ballot_style == BallotStyle.TICK:
            what = self.tr('các đơn vị được đánh dấu "ĐỒNG Ý"')
            printed = self.tr("phiếu không đánh dấu gì (không chọn ai)")
        else:
            if self.vote.entry_mode == EntryMode.STRUCK:
                what = self.tr("các tên bị GẠCH")
            else:
                what = self.tr("các tên được GIỮ LẠI")
            printed = self.tr("phiếu để nguyên (chọn cả {0} đơn vị)").format(n)
        return self.tr("Gõ số thứ tự {0}, {1}, rồi Enter.\nEnter: {2}  ·  0 rồi Enter: không chọn ai").format(
            what, separator, printed
        )

    def check_text(self, text: str) -> None:
        """Raises ValidationError when ``text`` cannot be typed for this round (correction dialog)."""
        parse_numbers(text, self.count)

    def preview(self, text: str) -> tuple[str, bool]:
        """What Enter would record, and whether the engine finds it valid."""
        numbers = parse_numbers(text, self.count)
        choices = choices_from_text(self.vote, self.round, text)
        names = [c.short_name for c in self.candidates if c.unit_id in choices]
        reason = check_ballot(self.poll, names)
        if names and len(names) == len(self.candidates):  # every name: one line read at a glance
            chosen = self.tr("cả {0} đơn vị").format(len(names))
        else:
            chosen = ", ".join(names) if names else self.tr("không chọn ai")
        prefix = self.tr("Phiếu để nguyên") if numbers is None else self.tr("Chọn {0}").format(len(names))
        if reason:
            return self.tr("{0}: {1} → KHÔNG HỢP LỆ: {2}").format(prefix, chosen, core_text(reason)), False
        return self.tr("{0}: {1} → hợp lệ").format(prefix, chosen), True

    def submit(self, text: str) -> Entry:
        choices = choices_from_text(self.vote, self.round, text)
        entry = add_entry(self.db, self.round_id, choices, pass_no=self.pass_no)
        self._added(entry)
        return entry

    def submit_invalid(self, reason: str) -> Entry:
        entry = add_entry(self.db, self.round_id, invalid_reason=reason, pass_no=self.pass_no)
        self._added(entry)
        return entry

    def _added(self, entry: Entry) -> None:
        if self.round.state == RoundState.SETUP:
            self.round = get_round(self.db, self.round_id)
        self.entries.append(entry)
        self.next_seq = entry.seq + 1
        self.running.add(ballot_of(self.round, entry))

    def engine_reason(self, entry: Entry) -> str | None:
        """Why the engine (or the counters) count this entry invalid; None when it is valid."""
        if entry.invalid_reason is not None:
            return core_text(entry.invalid_reason)  # the counters' reasons are offered translated
        reason = check_ballot(self.poll, ballot_of(self.round, entry))
        return None if reason is None else core_text(reason)

    def describe(self, entry: Entry) -> str:
        if entry.invalid_reason is not None:
            return self.tr("Không hợp lệ: {0}").format(core_text(entry.invalid_reason))
        return core_text(describe(self.vote, self.round, entry))

    def correct(self, entry: Entry, text: str | None, invalid_reason: str | None, reason: str) -> None:
        if invalid_reason is not None:
            correct_entry(self.db, entry.id, invalid_reason=invalid_reason, reason=reason)
        else:
            choices = choices_from_text(self.vote, self.round, text or "")
            correct_entry(self.db, entry.id, choices, reason=reason)
        self.reload()

    def delete(self, entry: Entry, reason: str) -> None:
        delete_entry(self.db, entry.id, reason=reason)
        self.reload()

    def differences(self) -> list[Difference[Entry]]:
        return differences(self.db, self.round_id)

    def pass_sizes(self) -> tuple[int, int]:
        """The ballots entered in pass 1 and in pass 2."""
        return len(current_entries(self.db, self.round_id, 1)), len(
            current_entries(self.db, self.round_id, 2)
        )

    # -- the round's life ------------------------------------------------------------

    def record_issued(self, issued: int) -> None:
        record_issued(self.db, self.round_id, issued)
        self.round = get_round(self.db, self.round_id)

    def recorded_totals(self) -> tuple[int, int, dict[int, int]]:
        """The show-of-hands totals as recorded; before any: everyone present voting, no count yet."""
        r = self.round
        if r.direct_cast is None:
            return self.present, 0, {}
        return r.direct_cast, r.direct_invalid or 0, dict(r.direct_votes or {})

    def totals_problems(self, cast: int, invalid: int, votes: dict[int, int]) -> tuple[list[str], list[str]]:
        """(errors, warnings) of show-of-hands totals, with the voters present now."""
        return direct_totals_problems(self.vote, self.round, cast, invalid, votes, self.present)

    def set_direct_totals(self, cast: int, invalid: int, votes: dict[int, int]) -> None:
        set_direct_totals(self.db, self.round_id, cast, invalid, votes)
        self.reload()

    @property
    def issued_missing(self) -> bool:
        """Ballots counted while the number issued is not recorded (the minutes would say so)."""
        return self.is_ballots and self.round.ballots_issued is None

    def confirm_problems(self) -> list[str]:
        """Why confirming is refused now ([] when it is not), to say before asking."""
        return confirm_problems(self.db, self.round_id)

    def reopen_problem(self) -> str | None:
        """Why this round cannot be reopened (a later round exists); None when it can."""
        try:
            check_latest(self.round.number, self.last_number, Said("mở lại"))
        except ValidationError as error:
            return error_text(error)
        return None

    def needs_next_round(self) -> bool:
        """A tie left places open in this confirmed round, and no later round exists yet."""
        frozen = self.frozen_result()
        return bool(frozen and frozen.tied) and self.round.number == self.last_number

    def confirm(self) -> RoundResult:
        result = confirm_round(self.db, self.round_id)
        self.reload()
        return result

    def reopen(self, reason: str, pin: str | None = None) -> None:
        reopen_round(self.db, self.round_id, reason, pin=pin)
        self.reload()

    def publish(self) -> RoundResult:
        result = publish_round(self.db, self.round_id)
        self.reload()
        return result

    def next_round(self) -> Round:
        return create_second_round(self.db, row_id(self.vote))

    def next_round_label(self) -> str:
        return self.tr("Bầu &vòng hai")

    # -- documents: (render function, file name) for ui.printing ---------------------
    # The document modules load reportlab: imported on first print, so start-up stays light.

    def print_defaults(self) -> tuple[int, int]:
        """(copies, ballots per A4 page) offered when printing the ballots."""
        from core.documents.ballots import default_copies, default_per_page

        return default_copies(self.db, self.vote), default_per_page(self.count)

    def ballots_dialog_title(self) -> str | None:
        return None

    def ballots_job(self, copies: int, per_page: int) -> tuple[Render, str]:
        from core.documents.ballots import render_ballots

        vote_id, round_id = self.vote.id, self.round_id
        return (
            lambda db: render_ballots(db, vote_id, round_id, copies, per_page),
            file_stem("ballots", vote_id, self.round.number),
        )

    def minutes_job(self) -> tuple[Render, str]:
        from core.documents.minutes import render_minutes

        round_id = self.round_id
        return lambda db: render_minutes(db, round_id), file_stem("minutes", self.vote.id, self.round.number)

    def results_job(self) -> tuple[Render, str] | None:
        from core.documents.results import render_results

        vote_id = self.vote.id
        return lambda db: render_results(db, vote_id), file_stem("results", vote_id)
