"""The rules of electing next year's cluster head and deputy (cụm trưởng, cụm phó), pure.

No storage and no Qt: the rotation proposal, what the counting committee types, and the
count of one round of paper ballots, with the decision it leads to. core/head_election.py
stores the election; docs/head-election.md explains the rules to organizers.

The rules, in short:

- **Proposal by rotation**: next year's head is the unit after this year's head in the
  rotation order (wrapping round), the deputy the unit after that. Without a current head,
  the first two units of the rotation.
- **Two ways**: approve the proposal (round 1 is a ballot "đồng ý / không đồng ý" for the
  proposed head and for the proposed deputy), or an open election (each ballot names one
  unit as head and one as deputy). A ballot naming the same unit for both is invalid.
- **Head first**: a unit is elected to an office when its votes reach the threshold
  (default: more than 1/2 of the valid ballots) and no other unit has as many. The head is
  decided first; votes for the head-elect as deputy are not counted (that part of the
  ballot counts as blank; the ballot stays valid). The deputy is decided only in the round
  in which the head is elected, or later: while the head is undecided, the deputy part of
  a round is counted for information and voted again in the next round.
- **Next round**: an office that is not decided goes to a next round: a runoff between the
  two leading units (all units tied at the first or the second place; never a unit without
  a vote), or, after a proposal that was not approved, an open election among the member
  units (except the head-elect, for the deputy).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from core.errors import ValidationError
from core.said import Said
from core.tally import Ballot, InvalidBallot, Outcome, Poll, TallyResult, Threshold, tally

REASON_SAME_UNIT = Said("Một đơn vị được ghi cho cả cụm trưởng và cụm phó")
_SEPARATORS = re.compile(r"[\s,.;+/]+")


class Office(StrEnum):
    HEAD = "head"  # cụm trưởng
    DEPUTY = "deputy"  # cụm phó

    @property
    def label(self) -> str:
        return "Cụm trưởng" if self is Office.HEAD else "Cụm phó"


class Way(StrEnum):
    """How the meeting chooses; stored in the meeting file."""

    APPROVE = "approve"  # tán thành đề xuất theo luân phiên
    OPEN = "open"  # bầu tự do trong các đơn vị thành viên

    @property
    def label(self) -> str:
        if self is Way.APPROVE:
            return Said("Biểu quyết tán thành đề xuất (đồng ý / không đồng ý)")
        return Said("Bầu tự do: mỗi phiếu ghi một đơn vị làm cụm trưởng, một đơn vị làm cụm phó")


def outcome_label(outcome: str, approval: bool) -> str:
    """The word for a unit's result (core.tally.Outcome value) in this election."""
    if approval:
        return "Được tán thành" if outcome == Outcome.ELECTED.value else "Không được tán thành"
    return Outcome(outcome).label


# -- rotation and proposal -------------------------------------------------------------


def rotation_order(official: Sequence[int], stored: Sequence[int]) -> list[int]:
    """The rotation: the stored order of the units still members, then the others in official order."""
    members = set(official)
    seen: set[int] = set()
    order = []
    for uid in stored:
        if uid in members and uid not in seen:
            order.append(uid)
            seen.add(uid)
    return order + [uid for uid in official if uid not in seen]


def propose(rotation: Sequence[int], current_head: int | None) -> tuple[int | None, int | None]:
    """(head, deputy) proposed for next year: the unit after the current head in rotation, then the next.

    Wraps round at the end of the rotation. Without a current head (or one no longer a member)
    the proposal starts at the top of the rotation. Fewer than two units: no deputy.
    """
    n = len(rotation)
    if n == 0:
        return None, None
    start = (
        (list(rotation).index(current_head) + 1)
        if current_head is not None and current_head in rotation
        else 0
    )
    head = rotation[start % n]
    deputy = rotation[(start + 1) % n] if n > 1 else None
    return head, deputy


# -- typing ----------------------------------------------------------------------------


def _tokens(text: str, split_digits: bool) -> list[str]:
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if split_digits:
        tokens = [digit for token in tokens for digit in token]
    for token in tokens:
        if not token.isdigit():
            raise ValidationError(
                Said('"{0}" không phải số thứ tự. Chỉ gõ số, cách nhau bằng dấu cách.', token)
            )
    return tokens


def parse_approval(text: str) -> tuple[bool, bool]:
    """(head approved, deputy approved) from what is typed for an approval ballot.

    Nothing typed: approved both, as the ballot is usually marked. The numbers typed are
    the lines NOT approved (1: the proposed head, 2: the proposed deputy); "0": neither.
    """
    stripped = text.strip()
    if not stripped:
        return True, True
    if stripped == "0":
        return False, False
    numbers: list[int] = []
    for token in _tokens(stripped, split_digits=True):
        number = int(token)
        if number not in (1, 2):
            raise ValidationError(Said("Số {0} không có trên phiếu (1: cụm trưởng, 2: cụm phó).", number))
        if number in numbers:
            raise ValidationError(Said("Số {0} được gõ hai lần.", number))
        numbers.append(number)
    return 1 not in numbers, 2 not in numbers


def parse_open(text: str, head_count: int, deputy_count: int) -> tuple[int | None, int | None]:
    """(head STT, deputy STT) typed for an open ballot; None = nothing marked for that office.

    ``head_count`` / ``deputy_count`` are the lengths of the two lists (0: the office is not
    voted in this round). With both offices: "3 7" = unit 3 as head, unit 7 as deputy; "3" =
    a head only; "0 7" = a deputy only. With lists under 10 units the digits need no space.
    """
    offices = [(Office.HEAD, head_count), (Office.DEPUTY, deputy_count)]
    offices = [(office, count) for office, count in offices if count > 0]
    if not text.strip():
        return None, None
    tokens = _tokens(text, split_digits=all(count < 10 for _office, count in offices))
    if len(tokens) > len(offices):
        if len(offices) == 2:
            raise ValidationError(
                Said("Gõ nhiều nhất hai số: đơn vị bầu làm cụm trưởng, rồi đơn vị bầu làm cụm phó.")
            )
        raise ValidationError(Said("Chỉ gõ một số: đơn vị bầu làm {0}.", offices[0][0].label.lower()))
    chosen: dict[Office, int | None] = {Office.HEAD: None, Office.DEPUTY: None}
    for (office, count), token in zip(offices, tokens, strict=False):
        number = int(token)
        if number == 0:
            continue
        if number > count:
            raise ValidationError(
                Said(
                    "Số {0} không có trong danh sách {1} (từ 1 đến {2}).", number, office.label.lower(), count
                )
            )
        chosen[office] = number
    return chosen[Office.HEAD], chosen[Office.DEPUTY]


# -- one round ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperBallot:
    """One paper ballot as entered: the unit named for each office (None: none), or invalid."""

    head: str | None = None
    deputy: str | None = None
    invalid: str | None = None  # the counting committee's reason


@dataclass(frozen=True)
class RoundSpec:
    """What one round votes on. Unit names (short names, unique in a meeting), ballot order."""

    head: tuple[str, ...]  # the head list; () when the head was elected in an earlier round
    deputy: tuple[str, ...]  # the deputy list (every round has one until the deputy is elected)
    members: tuple[str, ...]  # all member units, official order: the list of an open round
    approval: bool = False  # round 1 of the approve way: one proposed unit per office
    head_elect: str | None = None  # elected head in an earlier round


@dataclass(frozen=True)
class RoundCount:
    """The count of one round and what it decides."""

    head: TallyResult | None  # None when the head is not voted in this round
    deputy: TallyResult | None  # counted without the head-elect; an undecided deputy is not elected
    head_elected: str | None  # elected in this round
    deputy_elected: str | None
    deputy_deferred: str | None  # reached the threshold while the head is undecided: not elected yet
    excluded_votes: int  # deputy votes for the head-elect, not counted
    next_head: tuple[str, ...] | None  # the head list of the next round; None: decided
    next_deputy: tuple[str, ...] | None

    @property
    def complete(self) -> bool:
        return self.next_head is None and self.next_deputy is None


def split_ballots(spec: RoundSpec, ballots: Sequence[PaperBallot]) -> tuple[list[Ballot], list[Ballot]]:
    """Each paper ballot as the engine counts it, per office: a list of names or InvalidBallot."""
    both = bool(spec.head) and bool(spec.deputy)
    heads: list[Ballot] = []
    deputies: list[Ballot] = []
    for b in ballots:
        if b.invalid is not None:
            reason: InvalidBallot | None = InvalidBallot(b.invalid)
        elif both and b.head is not None and b.head == b.deputy:
            reason = InvalidBallot(REASON_SAME_UNIT)
        else:
            reason = None
        heads.append(reason or ([b.head] if b.head else []))
        deputies.append(reason or ([b.deputy] if b.deputy else []))
    return heads, deputies


def runoff_candidates(order: Sequence[str], votes: Mapping[str, int]) -> tuple[str, ...]:
    """The two leading units, in ballot order: every unit with the most votes, and when only
    one has it, every unit with the second most. A unit without a vote never goes on;
    when nobody has a vote, the same list again."""
    voted = [name for name in order if votes.get(name, 0) > 0]
    if not voted:
        return tuple(order)
    values = sorted({votes[name] for name in voted}, reverse=True)
    wanted = set(values[:1]) if sum(votes[n] == values[0] for n in voted) >= 2 else set(values[:2])
    return tuple(name for name in voted if votes[name] in wanted)


def only_elected(result: TallyResult | Counted | None) -> str | None:
    """The unit an office's count elects: one place, so at most one (a tie elects nobody)."""
    if result is None or len(result.elected) != 1:
        return None
    return result.elected[0]


def _undecided(result: TallyResult) -> TallyResult:
    """The deputy count while the head is undecided: nobody elected, whatever the votes."""
    lines = tuple(replace(c, outcome=Outcome.NOT_ELECTED) if c.outcome == Outcome.ELECTED else c
                  for c in result.candidates)  # fmt: skip
    return replace(result, candidates=lines, elected=(), places_left=result.poll.places)


@dataclass(frozen=True)
class Counted:
    """What the decision needs of one office's count: whom it elects, and the votes."""

    elected: tuple[str, ...]
    votes: Mapping[str, int]

    @classmethod
    def of(cls, result: TallyResult | None) -> Counted | None:
        return None if result is None else cls(result.elected, result.votes())


def decide(
    spec: RoundSpec, head: Counted | None, deputy: Counted | None
) -> tuple[str | None, str | None, tuple[str, ...] | None, tuple[str, ...] | None]:
    """(head elected, deputy elected, next head list, next deputy list) from a round's counts.

    ``deputy`` is the count without the head-elect, already undecided when the head is not
    elected (see :func:`count_round`): this is a pure function of the stored results.
    """
    head_elected = only_elected(head) if spec.head else None
    head_elect = spec.head_elect or head_elected
    deputy_elected = only_elected(deputy) if head_elect is not None else None
    next_head: tuple[str, ...] | None = None
    if head_elect is None:
        if spec.approval or head is None:
            next_head = spec.members
        else:
            next_head = runoff_candidates(spec.head, head.votes)
    next_deputy: tuple[str, ...] | None = None
    if deputy_elected is None:
        others = tuple(n for n in spec.members if n != head_elect)
        if head_elect is None or spec.approval or deputy is None:
            next_deputy = others
        else:
            listed = tuple(n for n in spec.deputy if n != head_elect)
            next_deputy = runoff_candidates(listed, deputy.votes) if listed else others
    return head_elected, deputy_elected, next_head, next_deputy


def count_round(
    spec: RoundSpec,
    ballots: Sequence[PaperBallot],
    threshold: Threshold,
    *,
    blank_valid: bool = True,
    entitled: int | None = None,
    present: int | None = None,
) -> RoundCount:
    """Count one round: the head first, then the deputy without the head-elect."""

    def poll(names: tuple[str, ...]) -> Poll:
        return Poll(names, 1, threshold, 1, entitled, present, blank_valid)

    head_ballots, deputy_ballots = split_ballots(spec, ballots)
    head = tally(poll(spec.head), head_ballots) if spec.head else None
    head_elect = spec.head_elect or only_elected(head)
    deputy_list = tuple(n for n in spec.deputy if n != head_elect)
    excluded = 0
    if head_elect is not None and head_elect in spec.deputy:
        # The head-elect cannot be deputy: those votes count as no vote for the deputy.
        kept: list[Ballot] = []
        for b in deputy_ballots:
            if not isinstance(b, InvalidBallot) and head_elect in b:
                excluded += 1
                kept.append([])
            else:
                kept.append(b)
        deputy_ballots = kept
    deputy = tally(poll(deputy_list), deputy_ballots) if deputy_list else None
    deferred = None
    if deputy is not None and head_elect is None:
        deferred = only_elected(deputy)
        deputy = _undecided(deputy)
    head_elected, deputy_elected, next_head, next_deputy = decide(spec, Counted.of(head), Counted.of(deputy))
    return RoundCount(head, deputy, head_elected, deputy_elected, deferred, excluded, next_head, next_deputy)
