"""The logic of the counting committee's screen for one paper round of the head and deputy election.

It keeps the protocol of the entry screen (ui/round_entry.py) over core/head_election.py: one
paper ballot names a head and a deputy; the screen shows a table per office, the election's notes
(ballots naming the head-elect as deputy, a deputy waiting for the head) and who goes to the next
round.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.documents.catalog import Render, file_stem
from core.errors import ValidationError
from core.head_election import (
    ElectionEntry,
    ElectionRoundResult,
    PaperRound,
    add_ballot,
    ballot_differences,
    choices_from_text,
    confirm_election_round,
    correct_ballot,
    create_next_round,
    current_ballots,
    delete_ballot,
    describe_choices,
    election_confirm_problems,
    election_round_result,
    paper_round,
    paper_rounds,
    publish_election_round,
    record_issued,
    reopen_election_round,
    require_election,
)
from core.head_election_rules import REASON_SAME_UNIT, Office, outcome_label
from core.meetings import load_meeting
from core.rounds import Difference, RoundState, check_latest, next_seq
from core.said import Said
from core.storage import MeetingFile
from core.tally import Outcome
from core.votes import get_vote
from core.votes_result import CandidateLine, voters
from ui.i18n import core_text, error_text, note_text, threshold_words
from ui.round_entry import Counts, HandsEntry, Tally


class ElectionEntryController(QObject):
    def __init__(self, db: MeetingFile, number: int, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.number = number
        self.pass_no = 1
        self.reload()

    # -- state -----------------------------------------------------------------------

    def reload(self) -> None:
        self.election = require_election(self.db)
        self.round: PaperRound = paper_round(self.db, self.number)
        self.next_year = load_meeting(self.db).next_year
        self.entitled, self.present = voters(self.db, get_vote(self.db, self.election.deputy_vote_id))
        self.entries: list[ElectionEntry] = current_ballots(self.db, self.round, self.pass_no)
        self.next_seq = next_seq(self.db, self.round_id, self.pass_no)  # numbered in the deputy's round
        self._result: ElectionRoundResult | None = None
        self.last_number = paper_rounds(self.db, self.election)[-1].number

    @property
    def round_id(self) -> int:
        return self.round.id

    @property
    def title(self) -> str:
        if self.round.approval:
            return self.tr("Biểu quyết đề xuất cụm trưởng, cụm phó năm {0}").format(self.next_year)
        return self.tr("Bầu cụm trưởng, cụm phó năm {0}").format(self.next_year)

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
        return self.election.settings.double_entry

    def hands(self) -> HandsEntry | None:
        return None  # the election is always on paper

    def set_pass(self, pass_no: int) -> None:
        self.pass_no = pass_no
        self.reload()

    # -- the figures shown ---------------------------------------------------------

    def result(self) -> ElectionRoundResult:
        """Both offices, frozen when confirmed, else counted from the pass being entered."""
        if self._result is None:
            self._result = election_round_result(self.db, self.number, self.pass_no)
        return self._result

    def office_lines(self, office: Office) -> tuple[CandidateLine, ...]:
        r = self.result()
        result = r.head if office is Office.HEAD else r.deputy
        return result.candidates if result else ()

    def _offices(self) -> list[Office]:
        """The offices this round votes on: the head only while undecided."""
        return [Office.HEAD, Office.DEPUTY] if self.round.head_candidates else [Office.DEPUTY]

    def tallies(self) -> tuple[Tally, ...]:
        approval = self.round.approval
        words = {o.value: outcome_label(o.value, approval) for o in Outcome}
        return tuple(
            Tally(core_text(office.label), self.office_lines(office), words, ranked=False)
            for office in self._offices()
        )

    def counts(self) -> Counts:
        """The shared figures; the attendance frozen with the result once it is confirmed."""
        shared = self.result().any_result
        if self.confirmed:
            return Counts(
                shared.cast, shared.valid, shared.invalid, shared.base, shared.present, shared.entitled
            )
        return Counts(shared.cast, shared.valid, shared.invalid, shared.base, self.present, self.entitled)

    def rule(self) -> str:
        t = self.election.settings.threshold
        return self.tr(
            "Trúng cử khi số phiếu {0}. Cụm trưởng xác định trước; phiếu bầu đơn vị trúng cử cụm trưởng "
            "làm cụm phó không được tính. Tỷ lệ tính trên {1} ({2})."
        ).format(
            threshold_words(t.numerator, t.denominator, t.strict, t.base.label),
            core_text(t.base.label),
            self.counts().base,
        )

    def outcome(self) -> str:
        r = self.result()
        lines = []
        decided = {
            Office.HEAD: (r.head_elected, r.next_head),
            Office.DEPUTY: (r.deputy_elected, r.next_deputy),
        }
        for office in self._offices():
            elected, following = decided[office]
            if elected:
                lines.append(self.tr("{0}: <b>{1}</b>").format(core_text(office.label), elected))
            elif following is not None:
                listed = (
                    ", ".join(following)
                    if len(following) <= 4
                    else self.tr("{0} đơn vị").format(len(following))
                )
                lines.append(
                    self.tr("{0}: chưa xác định – vòng tiếp theo: {1}").format(
                        core_text(office.label), listed
                    )
                )
        return "<br>".join(lines)

    def notes(self) -> list[str]:
        return [note_text(note) for note in self.result().notes]

    def clock_warning(self) -> str | None:
        from core.dates import clock_date_warning
        from core.meetings import load_meeting

        return clock_date_warning(load_meeting(self.db).date)

    def warnings(self) -> list[str]:
        return [core_text(w) for w in self.result().warnings]

    def frozen_result(self) -> ElectionRoundResult | None:
        return self.result() if self.confirmed else None

    @property
    def counted(self) -> bool:
        """Whether the count has begun: a ballot in this pass, or confirmed."""
        return self.confirmed or bool(self.entries)

    # -- typing --------------------------------------------------------------------

    def typing_help(self) -> str:
        """What is typed for a ballot of this round (the entry box adds its keys)."""
        if self.round.approval:
            return self.tr(
                "Enter: phiếu đồng ý cả hai (cụm trưởng và cụm phó như đề xuất).\n"
                "Gõ số dòng KHÔNG đồng ý rồi Enter: 1 = cụm trưởng, 2 = cụm phó, 1 2 = cả hai"
            )
        if not self.round.head_candidates:
            return self.tr("Gõ số thứ tự đơn vị được bầu làm cụm phó rồi Enter (Enter: phiếu không chọn ai)")
        return self.tr(
            "Gõ số thứ tự đơn vị bầu làm CỤM TRƯỞNG, dấu cách, số thứ tự đơn vị bầu làm CỤM PHÓ, rồi Enter "
            "(ví dụ 3 7; 0 = không chọn).\nEnter: phiếu không chọn ai"
        )

    def _same_unit(self, head: int | None, deputy: int | None) -> bool:
        return bool(self.round.head_candidates) and head is not None and head == deputy

    def preview(self, text: str) -> tuple[str, bool]:
        head, deputy = choices_from_text(self.round, text)
        described = core_text(describe_choices(self.round, head, deputy))
        if self._same_unit(head, deputy):
            return self.tr("{0} → KHÔNG HỢP LỆ: {1}").format(described, core_text(REASON_SAME_UNIT)), False
        return self.tr("{0} → hợp lệ").format(described), True

    def submit(self, text: str) -> ElectionEntry:
        head, deputy = choices_from_text(self.round, text)
        return self._added(add_ballot(self.db, self.number, head, deputy, pass_no=self.pass_no))

    def submit_invalid(self, reason: str) -> ElectionEntry:
        return self._added(add_ballot(self.db, self.number, invalid_reason=reason, pass_no=self.pass_no))

    def _added(self, entry: ElectionEntry) -> ElectionEntry:
        if self.round.state == RoundState.SETUP:
            self.round = paper_round(self.db, self.number)
        self.entries.append(entry)
        self.next_seq = entry.seq + 1
        self._result = None
        return entry

    def engine_reason(self, entry: ElectionEntry) -> str | None:
        if entry.invalid_reason is not None:
            return core_text(entry.invalid_reason)
        return core_text(REASON_SAME_UNIT) if self._same_unit(entry.head_unit, entry.deputy_unit) else None

    def describe(self, entry: ElectionEntry) -> str:
        if entry.invalid_reason is not None:
            return self.tr("Không hợp lệ: {0}").format(core_text(entry.invalid_reason))
        return core_text(describe_choices(self.round, entry.head_unit, entry.deputy_unit))

    def check_text(self, text: str) -> None:
        """Raises ValidationError when ``text`` cannot be typed for this round (correction dialog)."""
        choices_from_text(self.round, text)

    def correct(
        self, entry: ElectionEntry, text: str | None, invalid_reason: str | None, reason: str
    ) -> None:
        if invalid_reason is not None:
            correct_ballot(self.db, self.number, entry, invalid_reason=invalid_reason, reason=reason)
        else:
            head, deputy = choices_from_text(self.round, text or "")
            correct_ballot(self.db, self.number, entry, head, deputy, reason=reason)
        self.reload()

    def delete(self, entry: ElectionEntry, reason: str) -> None:
        delete_ballot(self.db, self.number, entry, reason=reason)
        self.reload()

    def differences(self) -> list[Difference[ElectionEntry]]:
        return ballot_differences(self.db, self.round)

    def pass_sizes(self) -> tuple[int, int]:
        """The ballots entered in pass 1 and in pass 2."""
        return len(current_ballots(self.db, self.round, 1)), len(current_ballots(self.db, self.round, 2))

    # -- the round's life ------------------------------------------------------------

    def record_issued(self, issued: int) -> None:
        record_issued(self.db, self.number, issued)
        self.round = paper_round(self.db, self.number)
        self._result = None

    @property
    def issued_missing(self) -> bool:
        return self.round.ballots_issued is None

    def confirm_problems(self) -> list[str]:
        return election_confirm_problems(self.db, self.number)

    def reopen_problem(self) -> str | None:
        try:
            check_latest(self.number, self.last_number, Said("mở lại"))
        except ValidationError as error:
            return error_text(error)
        return None

    def needs_next_round(self) -> bool:
        """An office is still undecided after this confirmed round, and no later round exists yet."""
        frozen = self.frozen_result()
        return bool(frozen and frozen.tied) and self.number == self.last_number

    def confirm(self) -> ElectionRoundResult:
        result = confirm_election_round(self.db, self.number)
        self.reload()
        return result

    def reopen(self, reason: str, pin: str | None = None) -> None:
        reopen_election_round(self.db, self.number, reason, pin=pin)
        self.reload()

    def publish(self) -> ElectionRoundResult:
        result = publish_election_round(self.db, self.number)
        self.reload()
        return result

    def next_round(self) -> PaperRound:
        return create_next_round(self.db)

    def next_round_label(self) -> str:
        return self.tr("Bầu &vòng tiếp theo")

    # -- documents: (render function, file name) for ui.printing ---------------------

    def print_defaults(self) -> tuple[int, int]:
        """(copies, ballots per A4 page) offered when printing the ballots."""
        from core.documents.head_election import ballot_per_page, default_copies

        return default_copies(self.db), ballot_per_page(self.round)

    def ballots_dialog_title(self) -> str | None:
        return self.tr("In phiếu bầu cụm trưởng, cụm phó")

    def ballots_job(self, copies: int, per_page: int) -> tuple[Render, str]:
        from core.documents.head_election import render_election_ballots

        number = self.number
        return (
            lambda db: render_election_ballots(db, number, copies, per_page),
            file_stem("election-ballots", round_number=number),
        )

    def minutes_job(self) -> tuple[Render, str]:
        from core.documents.head_election import render_election_minutes

        number = self.number
        return (
            lambda db: render_election_minutes(db, number),
            file_stem("election-minutes", round_number=number),
        )

    def results_job(self) -> tuple[Render, str] | None:
        """None: the conference's summary is printed from the stage, above the round tabs
        (ui/head_election_view.py)."""
        return None
