"""The result of a round: counted, checked, confirmed (frozen), published, and second rounds.

The result of a round is :func:`core.tally.tally` over its current ballot entries (or
the totals of a show of hands), with the voters entitled and present taken from
attendance per the vote's voting rule. Confirming stores the whole result, numbers
included, in the round: the minutes printed afterwards never change, whatever happens
at the registration desk. Reopening (with a reason) discards the frozen result.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from core.attendance import attendance_counts
from core.backup import backup_now
from core.ballots import ballot_of, current_entries, differences
from core.errors import DamagedValueError, ValidationError
from core.meetings import load_meeting
from core.model import row_id
from core.safety import require_pin
from core.storage import MeetingFile, inserted_id
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
    Round,
    RoundState,
    Vote,
    VoteMethod,
    committee,
    effective_meeting,
    get_round,
    get_vote,
    list_rounds,
    list_votes,
    write_candidates,
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
    return f"trên {ratio} {base_label(vote)}" if t.strict else f"từ {ratio} {base_label(vote)} trở lên"


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

    @property
    def absent(self) -> int:
        return max(self.entitled - self.present, 0)

    @property
    def confirmed(self) -> bool:
        return self.state == RoundState.CONFIRMED.value

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, where: str = "kết quả đã xác nhận") -> RoundResult:
        data = stored_json(text, where)
        try:
            data["candidates"] = tuple(CandidateLine(**c) for c in data["candidates"])
            for key in ("elected", "tied", "warnings"):
                data[key] = tuple(data[key])
            data["invalid_reasons"] = tuple(tuple(r) for r in data["invalid_reasons"])
            data["committee"] = tuple((n, p, bool(c)) for n, p, c in data["committee"])
            return cls(**data)
        except (TypeError, KeyError, ValueError, AttributeError):
            raise DamagedValueError(
                f"Dữ liệu hỏng trong tệp: {where} không đúng dạng một kết quả kiểm phiếu. Hãy chạy Tệp › "
                "Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu."
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


def tally_round(db: MeetingFile, vote: Vote, rnd: Round, entitled: int, present: int) -> TallyResult:
    poll = poll_for(vote, rnd, entitled, present)
    if vote.method == VoteMethod.HANDS:
        cast = rnd.direct_cast or 0
        invalid = rnd.direct_invalid or 0
        names = {c.short_name: (rnd.direct_votes or {}).get(c.unit_id, 0) for c in rnd.candidates}
        return result_from_counts(poll, cast=cast, valid=cast - invalid, blank=0, votes=names,
                                  invalid_reasons={"Biểu quyết không hợp lệ": invalid})  # fmt: skip
    return tally(poll, (ballot_of(rnd, e) for e in current_entries(db, rnd.id, 1)))


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
    db: MeetingFile, vote: Vote, rnd: Round, result: TallyResult, extra_warnings=()
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
    )


def difference_warning(count: int) -> list[str]:
    """The warning while the two passes of double entry still differ at ``count`` ballots."""
    return [f"Hai lần nhập phiếu còn {count} chỗ khác nhau."] if count else []


def _difference_warning(db: MeetingFile, vote: Vote, rnd: Round) -> list[str]:
    if not vote.double_entry or vote.method != VoteMethod.BALLOTS:
        return []
    return difference_warning(len(differences(db, rnd.id)))


def round_result(db: MeetingFile, round_id: int) -> RoundResult:
    """The result of a round: frozen when confirmed, otherwise counted now."""
    rnd = get_round(db, round_id)
    if rnd.result_json:
        where = f"bảng vote_round, dòng id={rnd.id} (vòng {rnd.number}), cột result"
        return replace(RoundResult.from_json(rnd.result_json, where), published_at=rnd.published_at)
    vote = get_vote(db, rnd.vote_id)
    entitled, present = voters(db, vote)
    result = tally_round(db, vote, rnd, entitled, present)
    return make_result(db, vote, rnd, result, _difference_warning(db, vote, rnd))


# -- confirm, reopen, publish: the checks and writes the head election shares ----------------


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def check_latest(number: int, last_number: int, action: str) -> None:
    """Only the latest round can be reopened or deleted."""
    if last_number != number:
        raise ValidationError(f"Không thể {action} vòng {number}: đã có vòng {last_number} sau nó.")


def confirmable_problems(state: RoundState, has_ballots: bool, differences: list[str]) -> list[str]:
    """Why a round cannot be confirmed: confirmed already, no ballots, or double entry that differs
    (``differences``: :func:`difference_warning`); [] when it can."""
    if state == RoundState.CONFIRMED:
        return ["Kết quả vòng này đã được xác nhận."]
    if not has_ballots:
        return ["Chưa nhập phiếu nào: chưa thể xác nhận kết quả."]
    if differences:
        return differences + ["Hãy đối chiếu và sửa cho khớp trước khi xác nhận kết quả."]
    return []


def check_confirmable(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)


def check_publishable(state: RoundState) -> None:
    if state != RoundState.CONFIRMED:
        raise ValidationError("Chỉ công bố được kết quả đã xác nhận.")


def check_next_round(last_state: RoundState) -> None:
    if last_state != RoundState.CONFIRMED:
        raise ValidationError("Hãy xác nhận kết quả vòng này trước khi bầu vòng tiếp theo.")


def reopen_reason(state: RoundState, reason: str) -> str:
    """The reason to reopen a confirmed round, white space collapsed; refused when empty."""
    why = " ".join(reason.split())
    if state != RoundState.CONFIRMED:
        raise ValidationError("Vòng này chưa xác nhận kết quả, không cần mở lại.")
    if not why:
        raise ValidationError('Trường "Lý do mở lại" không được để trống.')
    return why


def freeze(conn, round_id: int, result: RoundResult | None, at: str) -> None:
    conn.execute(
        "UPDATE vote_round SET state = 'confirmed', result = ?, confirmed_at = ? WHERE id = ?",
        (result.to_json() if result else None, at, round_id),
    )


def unfreeze(conn, round_ids: list[int]) -> None:
    conn.executemany(
        "UPDATE vote_round SET state = 'entering', result = NULL, confirmed_at = NULL, "
        "published_at = NULL WHERE id = ?",
        [(rid,) for rid in round_ids],
    )


def _require_last(db: MeetingFile, rnd: Round, action: str) -> None:
    check_latest(rnd.number, list_rounds(db, rnd.vote_id)[-1].number, action)


def confirm_problems(db: MeetingFile, round_id: int) -> list[str]:
    """Why the round cannot be confirmed now ([] when it can): what :func:`confirm_round` checks,
    for the screen to say before it asks anything."""
    rnd = get_round(db, round_id)
    return _confirm_problems(db, get_vote(db, rnd.vote_id), rnd)


def _confirm_problems(db: MeetingFile, vote: Vote, rnd: Round) -> list[str]:
    hands = vote.method == VoteMethod.HANDS
    if hands and rnd.state != RoundState.CONFIRMED and rnd.direct_cast is None:
        return ["Chưa nhập số liệu biểu quyết."]
    return confirmable_problems(
        rnd.state, hands or bool(current_entries(db, rnd.id, 1)), _difference_warning(db, vote, rnd)
    )


def confirm_round(db: MeetingFile, round_id: int) -> RoundResult:
    """Freeze the result of a round. Refused with no ballots, or while double entry disagrees.

    The ballots are counted inside the transaction that freezes the result: the frozen count is
    the count of the ballots in the file at that instant, never an earlier one."""
    details: dict = {}
    with db.transaction("vote.confirm", details) as conn:
        rnd = get_round(db, round_id)
        vote = get_vote(db, rnd.vote_id)
        check_confirmable(_confirm_problems(db, vote, rnd))
        at = now()
        confirmed = replace(rnd, state=RoundState.CONFIRMED, confirmed_at=at)
        entitled, present = voters(db, vote)
        result = make_result(db, vote, confirmed, tally_round(db, vote, rnd, entitled, present))
        details.update(
            vote=vote.id,
            round=rnd.number,
            cast=result.cast,
            valid=result.valid,
            invalid=result.invalid,
            elected=list(result.elected),
            tied=list(result.tied),
        )
        freeze(conn, round_id, result, at)
    backup_now(db, f"ket-qua-vong-{rnd.number}")  # a copy on the USB stick; a warning at worst (issue 7)
    return result


def reopen_round(db: MeetingFile, round_id: int, reason: str, pin: str | None = None) -> None:
    """Unfreeze a confirmed round (the latest one); the reason is logged.

    Needs the organizers' PIN when one is set (core.safety.PinRequired otherwise)."""
    details: dict = {}
    with db.transaction("vote.reopen", details) as conn:
        rnd = get_round(db, round_id)
        why = reopen_reason(rnd.state, reason)
        _require_last(db, rnd, "mở lại")
        require_pin(db, pin, "mở lại kết quả đã xác nhận")
        details.update(vote=rnd.vote_id, round=rnd.number, reason=why)
        unfreeze(conn, [round_id])


def publish_round(db: MeetingFile, round_id: int) -> RoundResult:
    """The chair publishes a confirmed result on the projector; logged."""
    details: dict = {}
    with db.transaction("vote.publish", details) as conn:
        rnd = get_round(db, round_id)
        check_publishable(rnd.state)
        details.update(vote=rnd.vote_id, round=rnd.number)
        conn.execute("UPDATE vote_round SET published_at = ? WHERE id = ?", (now(), round_id))
    return round_result(db, round_id)


def create_second_round(db: MeetingFile, vote_id: int) -> Round:
    """A new round among the units tied at the last place, for the places left only."""
    details: dict = {}
    with db.transaction("vote.second_round", details) as conn:
        last = list_rounds(db, vote_id)[-1]
        check_next_round(last.state)
        result = round_result(db, last.id)
        tied = [c.unit_id for c in result.candidates if c.outcome == Outcome.TIE.value]
        if not tied or result.places_left <= 0:
            raise ValidationError("Không có đơn vị bằng phiếu: không cần bầu vòng tiếp theo.")
        number = last.number + 1
        places = result.places_left
        details.update(vote=vote_id, round=number, candidates=list(result.tied), places=places)
        round_id = inserted_id(
            conn.execute(
                "INSERT INTO vote_round (vote_id, number, places, max_choices) VALUES (?, ?, ?, ?)",
                (vote_id, number, places, places),
            )
        )
        write_candidates(conn, round_id, tied)
    return get_round(db, round_id)


def delete_round(db: MeetingFile, round_id: int) -> None:
    """Cancel a round after the first that has no ballot yet (e.g. created by mistake)."""
    details: dict = {}
    with db.transaction("vote.delete_round", details) as conn:
        rnd = get_round(db, round_id)
        if rnd.number == 1:
            raise ValidationError("Không xóa được vòng 1: hãy xóa cả cuộc bầu.")
        if rnd.state != RoundState.SETUP:
            raise ValidationError(f"Vòng {rnd.number} đã có phiếu: không xóa được.")
        _require_last(db, rnd, "xóa")
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
