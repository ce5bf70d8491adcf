"""Paper ballots as the counting committee enters them, and the totals of a show of hands.

- The operator types the STT numbers (1-based positions on the ballot) of the names
  struck out, or of the names kept (a setting of the vote), then Enter. Enter alone is
  the ballot left as printed; "0" is a ballot that chooses nobody.
- The round engine (core/rounds.py) writes what is typed into ``ballot_entry``, append-only: a
  correction or a deletion is a new row that names the row it replaces, with a reason. Each is
  one transaction with its audit event. An entry holds the round, the pass (1, or 2 for double
  entry), a sequence number and the set of units voted for, or the reason the counters declared
  it invalid. It NEVER records who cast the ballot, nor when: the paper stack has no names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from core import rounds as engine
from core.errors import ValidationError
from core.rounds import (
    CONFIRMED_LOCKED,
    Difference,
    Entry,
    Marks,
    Round,
    RoundState,
    compare_passes,
    current_entries,
)
from core.said import Said
from core.storage import MeetingFile
from core.tally import Ballot, InvalidBallot, consistency_messages
from core.values import stored_ids
from core.votes import BallotStyle, EntryMode, TitleRound, Vote, VoteMethod, get_round, get_vote

# The counters' reasons for an invalid ballot, offered as a short numbered list.
INVALID_REASONS = (
    "Không phải phiếu do Ban kiểm phiếu phát ra",
    "Gạch/đánh dấu quá số lượng",
    "Ghi thêm tên ngoài danh sách",
    "Phiếu rách, không xác định được ý chí",
)

_SEPARATORS = re.compile(r"[\s,.;+/]+")


# -- typing ----------------------------------------------------------------------------


def parse_numbers(text: str, count: int) -> list[int] | None:
    """The STT numbers typed for one ballot.

    None: nothing typed (the ballot as printed); []: "0", nobody chosen. With fewer than
    10 names each digit is a number ("357" = 3, 5, 7); otherwise numbers are separated by
    a space, comma, dot or "+" (the numeric keypad has "+" and "."). A typing mistake
    (a number not on the list, one typed twice) raises ValidationError: nothing is recorded.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if stripped == "0":
        return []
    tokens = [t for t in _SEPARATORS.split(stripped) if t]
    if count < 10:
        tokens = [digit for token in tokens for digit in token]
    numbers = []
    for token in tokens:
        if not token.isdigit():
            raise ValidationError(
                Said('"{0}" không phải số thứ tự. Chỉ gõ số, cách nhau bằng dấu cách.', token)
            )
        number = int(token)
        if not 1 <= number <= count:
            raise ValidationError(Said("Số {0} không có trong danh sách (từ 1 đến {1}).", number, count))
        if number in numbers:
            raise ValidationError(Said("Số {0} được gõ hai lần.", number))
        numbers.append(number)
    return numbers


def choices_from_numbers(vote: Vote, rnd: Round, numbers: list[int] | None) -> frozenset[int]:
    """The unit ids a ballot votes for, from the numbers typed (see :func:`parse_numbers`)."""
    everyone = frozenset(c.unit_id for c in rnd.candidates)
    if numbers is None:  # left as printed: nothing struck out; nothing ticked
        return everyone if vote.ballot_style == BallotStyle.STRIKE else frozenset()
    typed = frozenset(rnd.candidates[n - 1].unit_id for n in numbers)
    if not numbers:
        return frozenset()
    return everyone - typed if vote.entry_mode == EntryMode.STRUCK else typed


def choices_from_text(vote: Vote, rnd: Round, text: str) -> frozenset[int]:
    return choices_from_numbers(vote, rnd, parse_numbers(text, len(rnd.candidates)))


def text_for_choices(vote: Vote, rnd: Round, choices: frozenset[int]) -> str:
    """What to type to enter a ballot voting for ``choices``: the inverse of choices_from_text."""
    if vote.ballot_style == BallotStyle.STRIKE and len(choices) == len(rnd.candidates):
        return ""
    if not choices:
        return "" if vote.ballot_style == BallotStyle.TICK else "0"
    if vote.entry_mode == EntryMode.STRUCK:
        numbers = [c.stt for c in rnd.candidates if c.unit_id not in choices]
    else:
        numbers = [c.stt for c in rnd.candidates if c.unit_id in choices]
    return " ".join(map(str, numbers))


def describe(vote: Vote, rnd: Round, entry: Entry) -> str:
    """One line for the list of last ballots: what was typed, in the vote's terms."""
    if entry.invalid_reason is not None:
        return Said("Không hợp lệ: {0}", entry.invalid_reason)
    if len(entry.choices) == len(rnd.candidates):
        return (
            Said("Để nguyên (chọn tất cả)")
            if vote.ballot_style == BallotStyle.STRIKE
            else Said("Đồng ý tất cả")
        )
    if not entry.choices:
        return Said("Không chọn ai")
    text = text_for_choices(vote, rnd, entry.choices)
    if vote.entry_mode == EntryMode.STRUCK:
        return Said("Gạch {0}", text)
    return Said("Chọn {0}", text)


def ballot_of(rnd: Round, entry: Entry) -> Ballot:
    """The ballot as the engine counts it: candidate names, or an InvalidBallot."""
    if entry.invalid_reason is not None:
        return InvalidBallot(entry.invalid_reason)
    return [c.short_name for c in rnd.candidates if c.unit_id in entry.choices]


# -- writing: the round engine (core/rounds.py) ------------------------------------------------


def _marks(choices: Iterable[int] | None, invalid_reason: str | None) -> Marks:
    if invalid_reason is not None:
        return Marks.invalid(invalid_reason)
    return Marks({"title": frozenset(choices or ())})


def add_entry(
    db: MeetingFile,
    round_id: int,
    choices: Iterable[int] | None = None,
    *,
    invalid_reason: str | None = None,
    pass_no: int = 1,
) -> Entry:
    """Record one ballot: the units it votes for, or the counters' reason it is invalid.

    The round's state is checked inside the transaction that adds the ballot: a result confirmed
    a moment before is never joined by one more ballot."""
    [entry] = engine.add_ballot(db, TitleRound(round_id), _marks(choices, invalid_reason), pass_no).rows
    return entry


def _round_of_entry(db: MeetingFile, entry_id: int) -> int:
    row = db.conn.execute("SELECT round_id FROM ballot_entry WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise ValidationError(Said("Phiếu này đã được sửa hoặc xóa trước đó."))
    return row[0]


def correct_entry(
    db: MeetingFile,
    entry_id: int,
    choices: Iterable[int] | None = None,
    *,
    invalid_reason: str | None = None,
    reason: str,
) -> Entry:
    """Replace a ballot's content (same number), keeping the old row; ``reason`` is required."""
    kind = TitleRound(_round_of_entry(db, entry_id))
    [entry] = engine.correct_ballot(db, kind, entry_id, _marks(choices, invalid_reason), reason).rows
    return entry


def delete_entry(db: MeetingFile, entry_id: int, *, reason: str) -> None:
    """Take a ballot out of the count (e.g. typed twice); the row stays, a deletion row names it."""
    engine.delete_ballot(db, TitleRound(_round_of_entry(db, entry_id)), entry_id, reason)


@dataclass(frozen=True)
class HistoryRow:
    seq: int
    pass_no: int
    kind: str  # ballot, correction, deletion
    choices: frozenset[int]
    invalid_reason: str | None
    reason: str


def history(db: MeetingFile, round_id: int) -> list[HistoryRow]:
    """Every row of the round in the order written: what the log of corrections shows."""
    rows = db.conn.execute(
        "SELECT seq, pass, kind, choices, invalid_reason, reason FROM ballot_entry "
        "WHERE round_id = ? ORDER BY id",
        (round_id,),
    )
    return [
        HistoryRow(
            seq,
            p,
            kind,
            stored_ids(choices, Said("bảng ballot_entry, phiếu số {0}, cột choices", seq)),
            invalid,
            reason,
        )
        for seq, p, kind, choices, invalid, reason in rows
    ]


# -- double entry ----------------------------------------------------------------------


def differences(db: MeetingFile, round_id: int) -> list[Difference[Entry]]:
    return compare_passes(current_entries(db, round_id, 1), current_entries(db, round_id, 2))


# -- show of hands ---------------------------------------------------------------------


def direct_totals_problems(
    vote: Vote, rnd: Round, cast: int, invalid: int, votes: Mapping[int, int], present: int | None = None
) -> tuple[list[str], list[str]]:
    """(errors that refuse the figures, warnings to read) for the totals of a show of hands.

    More voters than are present (``present``, when given) is refused: a hand is raised by someone
    in the hall, and a unit acclaimed on 8 of 15 with 9 present is no result."""
    figures = {"Số người biểu quyết": cast, "Không hợp lệ": invalid}
    figures |= {f"{c.stt}. {c.short_name}": votes.get(c.unit_id, 0) for c in rnd.candidates}
    errors: list[str] = [
        Said('Trường "{0}" không được âm.', label) for label, value in figures.items() if value < 0
    ]
    if errors:
        return errors, []
    if invalid > cast:
        errors.append(Said("Số không hợp lệ ({0}) nhiều hơn số người biểu quyết ({1}).", invalid, cast))
        return errors, []
    if present is not None and cast > present:
        errors.append(Said("Số người biểu quyết ({0}) nhiều hơn số người có mặt ({1}).", cast, present))
    missing = [c.short_name for c in rnd.candidates if c.unit_id not in votes]
    if missing:
        errors.append(Said("Chưa nhập số biểu quyết cho: {0}.", ", ".join(missing)))
    valid = cast - invalid
    names = {c.short_name: votes.get(c.unit_id, 0) for c in rnd.candidates}
    checks = consistency_messages(returned=cast, valid=valid, invalid=invalid, votes=names)
    errors.extend(checks)
    total = sum(votes.values())
    if total > valid * rnd.max_choices:
        errors.append(
            Said(
                "Tổng số biểu quyết ({0}) nhiều hơn số người biểu quyết hợp lệ ({1}) nhân số được "
                "chọn tối đa ({2}).",
                total,
                valid,
                rnd.max_choices,
            )
        )
    return errors, []


def set_direct_totals(
    db: MeetingFile, round_id: int, cast: int, invalid: int, votes: Mapping[int, int]
) -> None:
    """Record the totals of a show of hands (biểu quyết giơ tay); refused when they cannot be right,
    with the voters present counted inside the transaction that writes them."""
    from core.votes_result import voters  # core.votes_result imports this module

    details: dict = {}
    with db.transaction("vote.direct_totals", details) as conn:
        rnd = get_round(db, round_id)
        vote = get_vote(db, rnd.vote_id)
        if vote.method != VoteMethod.HANDS:
            raise ValidationError(Said("Cuộc bầu này bỏ phiếu kín: hãy nhập từng phiếu."))
        if rnd.state == RoundState.CONFIRMED:
            raise ValidationError(CONFIRMED_LOCKED)
        _entitled, present = voters(db, vote)
        errors, _warnings = direct_totals_problems(vote, rnd, cast, invalid, votes, present)
        if errors:
            raise ValidationError(errors)
        details.update(
            vote=rnd.vote_id,
            round=rnd.number,
            cast=cast,
            invalid=invalid,
            votes={c.short_name: votes[c.unit_id] for c in rnd.candidates},
        )
        conn.execute(
            "UPDATE vote_round SET direct_cast = ?, direct_invalid = ?, state = 'entering' WHERE id = ?",
            (cast, invalid, round_id),
        )
        conn.executemany(
            "UPDATE round_candidate SET direct_votes = ? WHERE round_id = ? AND unit_id = ?",
            [(votes[c.unit_id], round_id, c.unit_id) for c in rnd.candidates],
        )
