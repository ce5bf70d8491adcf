"""Vote tally engine: ballots in, counts, percentages, thresholds and seats out.

Pure Python, no Qt and no storage. The same engine serves every vote of the
conference (suy tôn of a title, cụm trưởng / cụm phó), so every rule that
clusters disagree on is a field of :class:`Poll` (see DESIGN.md, "Domain rules").

Rules, in short:

- A ballot is the collection of candidate names it votes for, or an
  :class:`InvalidBallot` the counting committee (Ban kiểm phiếu) rejected with
  a reason. The engine itself rejects a ballot that names someone not on the
  list, names someone twice, marks more than ``max_choices`` names, or (when
  ``blank_valid`` is false) names nobody.
- All arithmetic is on integers and :class:`~fractions.Fraction`: a threshold
  of 1/2 is compared exactly, never through a float.
- Candidates that reach the threshold fill the places in order of votes. A
  group of equal votes that does not fit in the places left elects nobody:
  its members are tied and a second round among them, for the places left
  only, decides.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from itertools import chain

from core.said import Said

# Reasons the engine gives for the ballots it rejects (printed in the minutes).
REASON_BLANK = Said("Phiếu trống (không chọn ai)")
REASON_UNSPECIFIED = Said("Phiếu không hợp lệ (không ghi lý do)")


class PollError(ValueError):
    """A poll setting is out of range. ``field`` uses the names of the JSON poll format."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(Said('trường "{0}" {1}', field, problem))
        self.field = field
        self.problem = problem


class Base(StrEnum):
    """What a threshold and a percentage are taken of (the base must always be named)."""

    ENTITLED = "entitled"  # voters convened (được triệu tập)
    PRESENT = "present"  # voters present (có mặt)
    CAST = "cast"  # ballots returned (phiếu thu vào)
    VALID = "valid"  # valid ballots (phiếu hợp lệ)

    @property
    def label(self) -> str:
        return BASE_LABELS[self]


BASE_LABELS = {
    Base.ENTITLED: "tổng số người được triệu tập",
    Base.PRESENT: "số người có mặt",
    Base.CAST: "số phiếu thu vào",
    Base.VALID: "số phiếu hợp lệ",
}


class Outcome(StrEnum):
    ELECTED = "elected"  # trúng / được suy tôn
    TIE = "tie"  # bằng phiếu ở vị trí cuối: phải bầu lại
    NOT_ELECTED = "not_elected"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.ELECTED: "Trúng cử",
    Outcome.TIE: "Bằng phiếu",
    Outcome.NOT_ELECTED: "Không trúng cử",
}


@dataclass(frozen=True)
class Threshold:
    """numerator/denominator of the base, reached with more than it (strict) or at least it."""

    numerator: int
    denominator: int
    strict: bool
    base: Base

    def __post_init__(self) -> None:
        if self.denominator <= 0:
            raise PollError("threshold.denominator", Said("phải lớn hơn 0"))
        if self.numerator < 0:
            raise PollError("threshold.numerator", Said("không được âm"))
        # Accept the plain string too ("valid"), so callers need not import Base.
        try:
            object.__setattr__(self, "base", Base(self.base))
        except ValueError:
            raise PollError("threshold.base", _BASE_CHOICES) from None

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.numerator, self.denominator)

    def is_reached(self, votes: int, base: int) -> bool:
        """Exact comparison of votes/base with the fraction; a base of 0 reaches nothing."""
        if base <= 0:
            return False
        # votes/base > n/d  <=>  votes*d > n*base, since base and d are positive.
        left, right = votes * self.denominator, self.numerator * base
        return left > right if self.strict else left >= right

    def describe(self) -> str:
        """Vietnamese wording for the minutes: "trên 1/2 số phiếu hợp lệ"."""
        ratio = f"{self.numerator}/{self.denominator}"
        if self.strict:
            return Said("trên {0} {1}", ratio, self.base.label)
        return Said("từ {0} {1} trở lên", ratio, self.base.label)


_BASE_CHOICES = "phải là một trong " + ", ".join(b.value for b in Base)


@dataclass(frozen=True)
class InvalidBallot:
    """A ballot the counting committee declared invalid, e.g. not an issued ballot."""

    reason: str


# A ballot as entered: the names it votes for, or an explicit invalid ballot.
Ballot = Collection[str] | InvalidBallot


def clean_name(name: str) -> str:
    """NFC, trimmed, inner white space collapsed: names from Word or Excel then match."""
    return " ".join(unicodedata.normalize("NFC", name).split())


@dataclass(frozen=True)
class Poll:
    """The settings of one vote (one title, or one office). Names are normalized here."""

    candidates: tuple[str, ...]
    places: int
    threshold: Threshold
    max_choices: int | None = None  # None: as many as the places
    entitled: int | None = None  # needed only when the threshold base is "entitled"
    present: int | None = None  # needed only when the threshold base is "present"
    blank_valid: bool = True

    def __post_init__(self) -> None:
        names = tuple(clean_name(n) for n in self.candidates)
        if not names:
            raise PollError("candidates", Said("phải có ít nhất một tên"))
        if any(not n for n in names):
            raise PollError("candidates", Said("có tên để trống"))
        duplicates = [n for n, count in Counter(names).items() if count > 1]
        if duplicates:
            raise PollError("candidates", Said("có tên trùng nhau: {0}", ", ".join(duplicates)))
        object.__setattr__(self, "candidates", names)
        if self.places < 0:
            raise PollError("places", Said("không được âm"))
        if self.max_choices is None:
            object.__setattr__(self, "max_choices", self.places)
        elif self.max_choices < 0:
            raise PollError("max_choices", Said("không được âm"))
        for name in ("entitled", "present"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise PollError(name, Said("không được âm"))
        base = self.threshold.base
        if base in (Base.ENTITLED, Base.PRESENT) and getattr(self, base.value) is None:
            raise PollError(base.value, Said('là bắt buộc khi "threshold.base" là "{0}"', base.value))

    @property
    def choices_allowed(self) -> int:
        """max_choices after the default is applied (never None once built)."""
        assert self.max_choices is not None
        return self.max_choices


@dataclass(frozen=True)
class CandidateResult:
    name: str
    votes: int
    percent: str  # "50.00": 2 decimals, half-up, of the poll's base
    reached: bool  # reached the threshold
    rank: int  # competition ranking: 1 = most votes, equal votes share a rank
    outcome: Outcome


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    count: int


@dataclass(frozen=True)
class TallyResult:
    poll: Poll
    cast: int  # ballots returned (phiếu thu vào)
    valid: int
    invalid: int
    blank: int  # valid ballots that vote for nobody
    base: int  # value of the threshold base, e.g. the number of valid ballots
    candidates: tuple[CandidateResult, ...]  # in the poll's order
    elected: tuple[str, ...]  # most votes first, then poll order
    tied: tuple[str, ...]  # tied at the last place: nobody of them is elected
    places_left: int  # places - len(elected): what a second round may fill
    invalid_reasons: tuple[ReasonCount, ...]  # most frequent first, then alphabetical

    @property
    def base_name(self) -> Base:
        return self.poll.threshold.base

    def votes(self) -> dict[str, int]:
        return {c.name: c.votes for c in self.candidates}


def percent_text(part: int, whole: int) -> str:
    """part/whole as a percentage with 2 decimals, rounded half-up: (1, 32) -> "3.13".

    Computed on integers from the exact fraction; a whole of 0 gives "0.00".
    """
    if part < 0:
        raise ValueError("part must not be negative")
    if whole <= 0:
        return "0.00"
    # Hundredths of a percent, half-up: floor(part*10000/whole + 1/2).
    hundredths = (2 * part * 10_000 + whole) // (2 * whole)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def check_ballot(poll: Poll, names: Collection[str]) -> str | None:
    """Why a ballot voting for ``names`` is invalid, or None when it is valid.

    Checked in this order, and only the first problem is reported: a name not on the
    list, a name twice, more names than allowed, nobody (when blank ballots are invalid).
    """
    return _check_names([clean_name(n) for n in names], poll, frozenset(poll.candidates))


def _check_names(names: list[str], poll: Poll, known: frozenset[str]) -> str | None:
    chosen = set(names)
    if not chosen <= known:
        unknown = list(dict.fromkeys(n for n in names if n not in known))
        return Said("Có tên không có trong danh sách: {0}", ", ".join(unknown))
    if len(chosen) != len(names):
        return Said("Một tên được chọn hai lần: {0}", _first_repeated(names))
    if len(chosen) > poll.choices_allowed:
        return Said("Chọn quá số lượng tối đa ({0} > {1})", len(chosen), poll.choices_allowed)
    if not chosen and not poll.blank_valid:
        return REASON_BLANK
    return None


def _first_repeated(names: list[str]) -> str:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    raise ValueError("no name is repeated")


def tally(poll: Poll, ballots: Iterable[Ballot]) -> TallyResult:
    """Count the ballots of ``poll``. The order of the ballots never matters."""
    known = frozenset(poll.candidates)
    # Ballots repeat the same few names: normalize each distinct spelling once.
    spelling: dict[str, str] = {}
    valid_ballots: list[list[str]] = []
    reasons: Counter[str] = Counter()
    blank = 0
    cast = 0
    for ballot in ballots:
        cast += 1
        if isinstance(ballot, InvalidBallot):
            reasons[clean_name(ballot.reason) or REASON_UNSPECIFIED] += 1
            continue
        if isinstance(ballot, str):
            # A bare string is a programming error, not a ballot of single letters.
            raise TypeError("a ballot is a collection of names, not a string")
        names = []
        for raw in ballot:
            name = spelling.get(raw)
            if name is None:
                name = spelling[raw] = clean_name(raw)
            names.append(name)
        reason = _check_names(names, poll, known)
        if reason is not None:
            reasons[reason] += 1
            continue
        if not names:
            blank += 1
        valid_ballots.append(names)

    counts = Counter(chain.from_iterable(valid_ballots))
    return result_from_counts(
        poll, cast=cast, valid=len(valid_ballots), blank=blank, votes=counts, invalid_reasons=reasons
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
    """The result of ``poll`` from its counted figures (votes by candidate name).

    ``tally`` counts ballots and comes here; a show of hands or a running count comes here
    directly, so every result is decided by the same rules.
    """
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
    # Most frequent reason first, then alphabetical: independent of ballot order.
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


def base_value(poll: Poll, *, cast: int, valid: int) -> int:
    """The number the threshold and the percentages are taken of."""
    base = poll.threshold.base
    if base == Base.ENTITLED:
        assert poll.entitled is not None  # Poll guarantees it
        return poll.entitled
    if base == Base.PRESENT:
        assert poll.present is not None
        return poll.present
    return cast if base == Base.CAST else valid


def competition_ranks(votes: Mapping[str, int]) -> list[int]:
    """Rank of each entry, in mapping order: 1 + how many have strictly more votes."""
    ordered = sorted(votes.values(), reverse=True)
    first_position: dict[int, int] = {}
    for position, value in enumerate(ordered, start=1):
        first_position.setdefault(value, position)
    return [first_position[v] for v in votes.values()]


def assign_places(
    poll: Poll, votes: Mapping[str, int], base: int
) -> tuple[dict[str, Outcome], tuple[str, ...], tuple[str, ...]]:
    """Fill the places with the candidates that reach the threshold, most votes first.

    Returns (outcome of each name, elected, tied). A group of equal votes that would
    take more places than are left elects none of its members: they are all tied.
    """
    outcomes = dict.fromkeys(votes, Outcome.NOT_ELECTED)
    # sorted() is stable, so equal votes keep the poll's order.
    reached = sorted(
        (n for n in votes if poll.threshold.is_reached(votes[n], base)),
        key=lambda n: -votes[n],
    )
    elected: list[str] = []
    tied: list[str] = []
    for group in _equal_vote_groups(reached, votes):
        left = poll.places - len(elected)
        if left <= 0:
            break
        if len(group) <= left:
            elected.extend(group)
        else:
            tied = group
            break
    for name in elected:
        outcomes[name] = Outcome.ELECTED
    for name in tied:
        outcomes[name] = Outcome.TIE
    return outcomes, tuple(elected), tuple(tied)


def _equal_vote_groups(ordered: Sequence[str], votes: Mapping[str, int]) -> list[list[str]]:
    groups: list[list[str]] = []
    for name in ordered:
        if groups and votes[groups[-1][0]] == votes[name]:
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def second_round_candidates(result: TallyResult) -> tuple[tuple[str, ...], int]:
    """(the tied names, the places left) for a second round; ((), n) when nobody tied.

    The second round is for the places left, never the original number of places.
    """
    return result.tied, result.places_left


def second_round_poll(result: TallyResult) -> Poll | None:
    """The poll of a second round among the tied, or None when there is no tie.

    Same threshold, voters and blank rule; the places and the choices allowed are the
    places left.
    """
    if not result.tied:
        return None
    poll = result.poll
    return Poll(
        candidates=result.tied,
        places=result.places_left,
        threshold=poll.threshold,
        max_choices=result.places_left,
        entitled=poll.entitled,
        present=poll.present,
        blank_valid=poll.blank_valid,
    )


def places_from_percentage(percent: Fraction | int, member_units: int) -> int:
    """Places for a quota given as a percentage of member units, rounded DOWN.

    Floor, because a quota such as "không quá 20 % số đơn vị" is a ceiling that
    must not be exceeded: 20 % of 11 units is 2.2, so 2 places. Exact arithmetic:
    pass Fraction(25, 2) for 12.5 %, never a float.
    """
    if isinstance(percent, float):
        raise TypeError("percent must be an int or a Fraction, not a float")
    exact = Fraction(percent)
    if exact < 0:
        raise ValueError("percent must not be negative")
    if member_units < 0:
        raise ValueError("member_units must not be negative")
    return int(exact * member_units // 100)


def consistency_messages(
    *,
    returned: int,
    valid: int,
    invalid: int,
    votes: Mapping[str, int],
    issued: int | None = None,
    present: int | None = None,
    entitled: int | None = None,
) -> list[str]:
    """Checks of counted figures (also figures copied from paper); [] when all agree.

    Each message is Vietnamese, ready for the counting committee to read.
    """
    messages: list[str] = []
    if entitled is not None and present is not None and present > entitled:
        messages.append(
            Said("Số người có mặt ({0}) nhiều hơn số người được triệu tập ({1}).", present, entitled)
        )
    if issued is not None and returned > issued:
        messages.append(Said("Số phiếu thu vào ({0}) nhiều hơn số phiếu phát ra ({1}).", returned, issued))
    if present is not None and returned > present:
        # One ballot per voter present, whatever the number printed.
        messages.append(Said("Số phiếu thu vào ({0}) nhiều hơn số người có mặt ({1}).", returned, present))
    if valid + invalid != returned:
        messages.append(
            Said(
                "Số phiếu hợp lệ ({0}) cộng số phiếu không hợp lệ ({1}) không bằng số phiếu thu vào ({2}).",
                valid,
                invalid,
                returned,
            )
        )
    for name, count in votes.items():
        if count > valid:
            messages.append(
                Said("Số phiếu bầu cho {0} ({1}) nhiều hơn số phiếu hợp lệ ({2}).", name, count, valid)
            )
    return messages


def check_result(result: TallyResult, issued: int | None = None) -> list[str]:
    """consistency_messages() for a result of :func:`tally`."""
    return consistency_messages(
        returned=result.cast,
        valid=result.valid,
        invalid=result.invalid,
        votes=result.votes(),
        issued=issued,
        present=result.poll.present,
        entitled=result.poll.entitled,
    )
