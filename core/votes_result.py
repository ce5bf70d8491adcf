"""The result of a round: counted, checked, confirmed (frozen), published, and second rounds.

The result of a round is :func:`core.tally.tally` over its current ballot entries (or
the totals of a show of hands), with the voters entitled and present taken from
attendance per the vote's voting rule. Confirming stores the whole result, numbers
included, in the round: the minutes printed afterwards never change, whatever happens
at the registration desk. Reopening (with a reason) discards the frozen result.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from core import rounds as engine
from core.attendance import attendance_counts
from core.ballots import ballot_of
from core.errors import DamagedValueError, ValidationError
from core.meetings import load_meeting
from core.model import row_id
from core.notes import Note
from core.rounds import (
    Confirmation,
    Entry,
    NextOffice,
    NextRound,
    PaperEntry,
    Round,
    RoundState,
    Stack,
    check_latest,
    current_entries,
    difference_warning,
)
from core.said import Said
from core.storage import MeetingFile
from core.tally import (
    BASE_LABELS,
    Base,
    Outcome,
    Poll,
    TallyResult,
    check_result,
    result_from_counts,
    tally,
)
from core.values import stored_json
from core.votes import (
    TitleRound,
    Vote,
    VoteMethod,
    committee,
    effective_meeting,
    get_round,
    get_vote,
    list_rounds,
    list_votes,
)


@dataclass(frozen=True)
class CandidateLine:
    unit_id: int
    stt: int
    name: str  # short name, as on the ballot list
    full_title: str
    votes: int
    percent: str  # "50.00", of the base
    reached: bool
    rank: int
    outcome: str  # core.tally.Outcome value

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[Outcome(self.outcome)]


# Suy tôn words: a unit is acclaimed (được suy tôn), not elected.
OUTCOME_LABELS = {
    Outcome.ELECTED: "Được suy tôn",
    Outcome.TIE: "Bằng phiếu",
    Outcome.NOT_ELECTED: "Không được suy tôn",
}


# A show of hands counts people, not ballots: its words for what a threshold is a share of.
HANDS_BASE_LABELS = BASE_LABELS | {Base.CAST: "số người biểu quyết", Base.VALID: "số biểu quyết hợp lệ"}


def base_label(vote: Vote) -> str:
    """What the percentages of ``vote`` are of ("số phiếu hợp lệ", "số biểu quyết hợp lệ" …)."""
    labels = HANDS_BASE_LABELS if vote.method == VoteMethod.HANDS else BASE_LABELS
    return labels[vote.threshold.base]


def threshold_text(vote: Vote) -> str:
    """ "trên 1/2 số phiếu hợp lệ", in the words of the vote's method."""
    t = vote.threshold
    if vote.method != VoteMethod.HANDS:
        return t.describe()
    ratio = f"{t.numerator}/{t.denominator}"
    return (
        Said("trên {0} {1}", ratio, base_label(vote))
        if t.strict
        else Said("từ {0} {1} trở lên", ratio, base_label(vote))
    )


@dataclass(frozen=True)
class RoundResult:
    vote_id: int
    vote_title: str
    round_number: int
    method: str
    state: str
    entitled: int
    present: int
    issued: int | None
    cast: int  # ballots returned (phiếu thu vào)
    valid: int
    invalid: int
    blank: int
    base: int
    base_name: str  # core.tally.Base value
    base_label: str  # "số phiếu hợp lệ"
    threshold_text: str  # "trên 1/2 số phiếu hợp lệ"
    threshold_numerator: int
    threshold_denominator: int
    threshold_strict: bool
    places: int
    max_choices: int
    candidates: tuple[CandidateLine, ...]
    elected: tuple[str, ...]
    tied: tuple[str, ...]
    places_left: int
    invalid_reasons: tuple[tuple[str, int], ...]
    warnings: tuple[str, ...]
    committee: tuple[tuple[str, str, bool], ...]  # (name, position, is chief)
    confirmed_at: str | None = None
    published_at: str | None = None
    notes: tuple[Note, ...] = ()  # what the count notes beside its figures (core/notes.py)

    @property
    def absent(self) -> int:
        return max(self.entitled - self.present, 0)

    @property
    def confirmed(self) -> bool:
        return self.state == RoundState.CONFIRMED.value

    def to_json(self) -> str:
        data = asdict(self) | {"notes": [note.to_data() for note in self.notes]}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, where: str = "kết quả đã xác nhận") -> RoundResult:
        data = stored_json(text, where)
        try:
            data["candidates"] = tuple(CandidateLine(**c) for c in data["candidates"])
            for key in ("elected", "tied", "warnings"):
                data[key] = tuple(data[key])
            data["invalid_reasons"] = tuple(tuple(r) for r in data["invalid_reasons"])
            data["committee"] = tuple((n, p, bool(c)) for n, p, c in data["committee"])
            data["notes"] = tuple(Note.from_data(n) for n in data["notes"])  # since schema 9
            return cls(**data)
        except (TypeError, KeyError, ValueError, AttributeError):
            raise DamagedValueError(
                Said(
                    "Dữ liệu hỏng trong tệp: {0} không đúng dạng một kết quả kiểm phiếu. Hãy chạy Tệp › "
                    "Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu.",
                    where,
                )
            ) from None


def poll_for(vote: Vote, rnd: Round, entitled: int, present: int) -> Poll:
    """The engine's poll of one round: the candidates by short name, in ballot order."""
    return Poll(
        candidates=tuple(c.short_name for c in rnd.candidates),
        places=rnd.places,
        threshold=vote.threshold,
        max_choices=rnd.max_choices,
        entitled=entitled,
        present=present,
        blank_valid=vote.blank_valid,
    )


def voters(db: MeetingFile, vote: Vote) -> tuple[int, int]:
    """(entitled, present) now, per the vote's voting rule."""
    counts = attendance_counts(db, effective_meeting(load_meeting(db), vote))
    return counts.voters_entitled, counts.voters_present


def tally_round(
    db: MeetingFile,
    vote: Vote,
    rnd: Round,
    entitled: int,
    present: int,
    entries: Iterable[Entry] | None = None,
) -> TallyResult:
    """The engine's count of a round: its show-of-hands totals, or ``entries`` (by default the
    current pass-1 ballots)."""
    poll = poll_for(vote, rnd, entitled, present)
    if vote.method == VoteMethod.HANDS:
        cast = rnd.direct_cast or 0
        invalid = rnd.direct_invalid or 0
        names = {c.short_name: (rnd.direct_votes or {}).get(c.unit_id, 0) for c in rnd.candidates}
        return result_from_counts(poll, cast=cast, valid=cast - invalid, blank=0, votes=names,
                                  invalid_reasons={"Biểu quyết không hợp lệ": invalid})  # fmt: skip
    if entries is None:
        entries = current_entries(db, rnd.id, 1)
    return tally(poll, (ballot_of(rnd, e) for e in entries))


def candidate_lines(rnd: Round, result: TallyResult) -> tuple[CandidateLine, ...]:
    """The engine's per-candidate figures with the units' ids, STT and full titles."""
    return tuple(
        CandidateLine(
            unit_id=cand.unit_id,
            stt=cand.stt,
            name=cand.short_name,
            full_title=cand.full_title,
            votes=c.votes,
            percent=c.percent,
            reached=c.reached,
            rank=c.rank,
            outcome=c.outcome.value,
        )
        for cand, c in zip(rnd.candidates, result.candidates, strict=True)
    )


def make_result(
    db: MeetingFile,
    vote: Vote,
    rnd: Round,
    result: TallyResult,
    extra_warnings: Iterable[str] = (),
    notes: Iterable[Note] = (),
) -> RoundResult:
    """A RoundResult from the engine's result, with everything the minutes need."""
    t = vote.threshold
    lines = candidate_lines(rnd, result)
    return RoundResult(
        vote_id=row_id(vote),
        vote_title=vote.title,
        round_number=rnd.number,
        method=vote.method.value,
        state=rnd.state.value,
        entitled=result.poll.entitled or 0,
        present=result.poll.present or 0,
        issued=rnd.ballots_issued,
        cast=result.cast,
        valid=result.valid,
        invalid=result.invalid,
        blank=result.blank,
        base=result.base,
        base_name=t.base.value,
        base_label=base_label(vote),
        threshold_text=threshold_text(vote),
        threshold_numerator=t.numerator,
        threshold_denominator=t.denominator,
        threshold_strict=t.strict,
        places=rnd.places,
        max_choices=rnd.max_choices,
        candidates=lines,
        elected=result.elected,
        tied=result.tied,
        places_left=result.places_left,
        invalid_reasons=tuple((r.reason, r.count) for r in result.invalid_reasons),
        warnings=tuple(check_result(result, rnd.ballots_issued)) + tuple(extra_warnings),
        committee=tuple(committee(db, vote)),
        confirmed_at=rnd.confirmed_at,
        published_at=rnd.published_at,
        notes=tuple(notes),
    )


def _difference_warning(db: MeetingFile, rnd: Round) -> list[str]:
    stack = TitleRound(rnd.id).stack(db)
    if not stack.double_entry or stack.hands:
        return []
    return difference_warning(len(engine.stack_differences(db, stack)))


def round_result(db: MeetingFile, round_id: int) -> RoundResult:
    """The result of a round: frozen when confirmed, otherwise counted now."""
    rnd = get_round(db, round_id)
    if rnd.result_json:
        where = Said("bảng vote_round, dòng id={0} (vòng {1}), cột result", rnd.id, rnd.number)
        return replace(RoundResult.from_json(rnd.result_json, where), published_at=rnd.published_at)
    vote = get_vote(db, rnd.vote_id)
    entitled, present = voters(db, vote)
    result = tally_round(db, vote, rnd, entitled, present)
    return make_result(db, vote, rnd, result, _difference_warning(db, rnd))


# -- confirm, reopen, publish, the next round: the round engine (core/rounds.py) --------------


class TitleResults(TitleRound):
    """A suy tôn vote's round as the round engine confirms it and follows it with another."""

    def count(self, db: MeetingFile, stack: Stack, ballots: list[PaperEntry], at: str) -> Confirmation:
        rnd = stack.rounds[0]
        vote = get_vote(db, rnd.vote_id)
        entitled, present = voters(db, vote)
        confirmed = replace(rnd, state=RoundState.CONFIRMED, confirmed_at=at)
        counted = tally_round(db, vote, rnd, entitled, present, (b.rows[0] for b in ballots))
        result = make_result(db, vote, confirmed, counted)
        details = {
            "cast": result.cast,
            "valid": result.valid,
            "invalid": result.invalid,
            "elected": list(result.elected),
            "tied": list(result.tied),
        }
        return Confirmation((result,), details)

    def next_round(self, db: MeetingFile, last: Stack) -> NextRound:
        """A round among the units tied at the last place, for the places left only."""
        rnd = last.rounds[0]
        result = round_result(db, rnd.id)
        tied = tuple(c.unit_id for c in result.candidates if c.outcome == Outcome.TIE.value)
        if not tied or result.places_left <= 0:
            raise ValidationError(Said("Không có đơn vị bằng phiếu: không cần bầu vòng tiếp theo."))
        places = result.places_left
        details: dict[str, Any] = {
            "vote": rnd.vote_id,
            "round": last.number + 1,
            "candidates": list(result.tied),
            "places": places,
        }
        return NextRound((NextOffice(rnd.vote_id, tied, places, places),), details)

    def backup_name(self, stack: Stack) -> str:
        return f"ket-qua-vong-{stack.number}"


def confirm_problems(db: MeetingFile, round_id: int) -> list[str]:
    """Why the round cannot be confirmed now ([] when it can): what :func:`confirm_round` checks,
    for the screen to say before it asks anything."""
    return engine.confirm_problems(db, TitleRound(round_id))


def confirm_round(db: MeetingFile, round_id: int) -> RoundResult:
    """Freeze the result of a round. Refused with no ballots, or while double entry disagrees."""
    [result] = engine.confirm(db, TitleResults(round_id)).results
    assert isinstance(result, RoundResult)
    return result


def reopen_round(db: MeetingFile, round_id: int, reason: str, pin: str | None = None) -> None:
    """Unfreeze a confirmed round (the latest one); the reason is logged.

    Needs the organizers' PIN when one is set (core.safety.PinRequired otherwise)."""
    engine.reopen(db, TitleRound(round_id), reason, pin)


def publish_round(db: MeetingFile, round_id: int) -> RoundResult:
    """The chair publishes a confirmed result on the projector; logged."""
    engine.publish(db, TitleRound(round_id))
    return round_result(db, round_id)


def create_second_round(db: MeetingFile, vote_id: int) -> Round:
    """A new round among the units tied at the last place, for the places left only."""
    number = engine.open_next_round(db, TitleResults(vote_id=vote_id))
    return next(r for r in list_rounds(db, vote_id) if r.number == number)


def delete_round(db: MeetingFile, round_id: int) -> None:
    """Cancel a round after the first that has no ballot yet (e.g. created by mistake)."""
    details: dict = {}
    with db.transaction("vote.delete_round", details) as conn:
        rnd = get_round(db, round_id)
        if rnd.number == 1:
            raise ValidationError(Said("Không xóa được vòng 1: hãy xóa cả cuộc bầu."))
        if rnd.state != RoundState.SETUP:
            raise ValidationError(Said("Vòng {0} đã có phiếu: không xóa được.", rnd.number))
        check_latest(rnd.number, list_rounds(db, rnd.vote_id)[-1].number, Said("xóa"))
        details.update(vote=rnd.vote_id, round=rnd.number)
        conn.execute("DELETE FROM vote_round WHERE id = ?", (round_id,))


@dataclass(frozen=True)
class VoteSummary:
    vote: Vote
    rounds: int
    state: RoundState
    acclaimed: tuple[str, ...]  # over the confirmed rounds, round by round
    pending_tie: tuple[str, ...]  # tied in the last confirmed round, no later round yet
    complete: bool  # every round confirmed and no tie left


def summary(db: MeetingFile, vote_id: int) -> VoteSummary:
    vote = get_vote(db, vote_id)
    rounds = list_rounds(db, vote_id)
    confirmed = [round_result(db, r.id) for r in rounds if r.state == RoundState.CONFIRMED]
    acclaimed = tuple(name for result in confirmed for name in result.elected)
    last = rounds[-1]
    # A tie is pending only while no later round has been created for it.
    pending = confirmed[-1].tied if last.state == RoundState.CONFIRMED else ()
    complete = last.state == RoundState.CONFIRMED and not pending
    return VoteSummary(vote, len(rounds), last.state, acclaimed, pending, complete)


def vote_lines(db: MeetingFile) -> list[str]:
    """One line per vote for ``python main.py votes``: ID, title, rounds, state, acclaimed."""
    lines = []
    for vote in list_votes(db):
        s = summary(db, row_id(vote))
        line = f"{vote.id}\t{vote.title}\t{s.rounds} vòng\t{s.state.label}"
        if s.acclaimed:
            line += f"\tđược suy tôn: {', '.join(s.acclaimed)}"
        if s.pending_tie:
            line += f"\tbằng phiếu: {', '.join(s.pending_tie)}"
        lines.append(line)
    return lines
