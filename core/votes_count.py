"""Counting without a list of ballots: a result from totals, and a running count.

A show of hands gives totals per candidate, not ballots; the entry screen keeps a
running count that is updated ballot by ballot instead of recounting everything after
each one. Both build the same :class:`core.tally.TallyResult` as :func:`core.tally.tally`,
with the same rules (core/tally.py): a test checks that they always agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

from core.tally import (
    REASON_UNSPECIFIED,
    CandidateResult,
    InvalidBallot,
    Poll,
    ReasonCount,
    TallyResult,
    assign_places,
    base_value,
    check_ballot,
    clean_name,
    competition_ranks,
    percent_text,
)


def result_from_counts(
    poll: Poll,
    *,
    cast: int,
    valid: int,
    blank: int,
    votes: Mapping[str, int],
    invalid_reasons: Mapping[str, int] | None = None,
) -> TallyResult:
    """The result of ``poll`` given its counted figures (votes by candidate name)."""
    base = base_value(poll, cast=cast, valid=valid)
    counts = {name: votes.get(name, 0) for name in poll.candidates}
    outcomes, elected, tied = assign_places(poll, counts, base)
    candidates = tuple(
        CandidateResult(
            name=name,
            votes=counts[name],
            percent=percent_text(counts[name], base),
            reached=poll.threshold.is_reached(counts[name], base),
            rank=rank,
            outcome=outcomes[name],
        )
        for name, rank in zip(poll.candidates, competition_ranks(counts), strict=True)
    )
    reasons = tuple(
        ReasonCount(reason, count)
        for reason, count in sorted((invalid_reasons or {}).items(), key=lambda rc: (-rc[1], rc[0]))
        if count
    )
    return TallyResult(
        poll=poll,
        cast=cast,
        valid=valid,
        invalid=cast - valid,
        blank=blank,
        base=base,
        candidates=candidates,
        elected=elected,
        tied=tied,
        places_left=poll.places - len(elected),
        invalid_reasons=reasons,
    )


class RunningCount:
    """Counts kept up to date one ballot at a time (add, and remove for corrections)."""

    def __init__(self, poll: Poll):
        self.poll = poll
        self.cast = 0
        self.valid = 0
        self.blank = 0
        self.votes: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()

    def _apply(self, ballot: Collection[str] | InvalidBallot, sign: int) -> None:
        self.cast += sign
        if isinstance(ballot, InvalidBallot):
            self.reasons[clean_name(ballot.reason) or REASON_UNSPECIFIED] += sign
            return
        reason = check_ballot(self.poll, ballot)
        if reason is not None:
            self.reasons[reason] += sign
            return
        self.valid += sign
        if not ballot:
            self.blank += sign
        for name in ballot:
            self.votes[clean_name(name)] += sign

    def add(self, ballot: Collection[str] | InvalidBallot) -> None:
        self._apply(ballot, +1)

    def remove(self, ballot: Collection[str] | InvalidBallot) -> None:
        self._apply(ballot, -1)

    def result(self) -> TallyResult:
        return result_from_counts(
            self.poll,
            cast=self.cast,
            valid=self.valid,
            blank=self.blank,
            votes=self.votes,
            invalid_reasons=self.reasons,
        )
