"""Counting without a list of ballots: a result from totals, and a running count.

A show of hands gives totals per candidate, not ballots; the entry screen keeps a
running count that is updated ballot by ballot instead of recounting everything after
each one. Both build the same :class:`core.tally.TallyResult` as :func:`core.tally.tally`,
with the same rules (core/tally.py): a test checks that they always agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from core.tally import (
    REASON_UNSPECIFIED,
    InvalidBallot,
    Poll,
    TallyResult,
    check_ballot,
    clean_name,
    result_from_counts,
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
