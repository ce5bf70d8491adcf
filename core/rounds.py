"""Rounds of paper ballots, for every kind of vote: the round engine.

A kind of vote is a series of numbered rounds. A suy tôn vote (core/votes.py) votes on one
title, one office per round; the head and deputy election (core/head_election.py) votes on two
linked offices: paper round k is round k of the deputy vote and, while the head is undecided,
round k of the head vote. The engine sees round k of any kind as a :class:`Stack`: the office
rounds (``vote_round`` rows) that one stack of paper ballots feeds.

This module is the one place that writes what a round holds:

- a paper ballot is ONE ``ballot_entry`` row in each office round of its stack, with the same
  pass and number (``seq``); :func:`add_ballot`, :func:`correct_ballot` and :func:`delete_ballot`
  write all of them in one transaction. The log is append-only: a correction or a deletion is a
  new row naming the row it replaces, with a reason. It never records who cast a ballot, nor when.
- :func:`record_issued`, :func:`confirm` (every office's result frozen in one transaction, then a
  backup), :func:`reopen` (the latest round only, with the organizers' PIN when one is set),
  :func:`publish` and :func:`open_next_round`.

Every check that guards a write runs inside that write's transaction. What differs between kinds
of vote (how a round is found, the offices, what is counted, the audit actions and the words of
their details) is the kind's: :class:`RoundKind`, :class:`ResultKind`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from core import rowlog
from core.backup import backup_now
from core.errors import DamagedValueError, ValidationError
from core.safety import require_pin
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.text import clean
from core.values import stored_ids

# -- rounds ------------------------------------------------------------------------------------


class RoundState(StrEnum):
    SETUP = "setup"
    ENTERING = "entering"
    CONFIRMED = "confirmed"

    @property
    def label(self) -> str:
        return {
            RoundState.SETUP: "Chuẩn bị",
            RoundState.ENTERING: "Đang kiểm phiếu",
            RoundState.CONFIRMED: "Đã xác nhận",
        }[self]


@dataclass(frozen=True)
class Candidate:
    unit_id: int
    stt: int  # 1-based position on the ballot of this round
    short_name: str
    full_title: str


@dataclass(frozen=True)
class Round:
    """One office's round: its list, its state, and what was frozen when it was confirmed."""

    id: int
    vote_id: int
    number: int
    places: int
    max_choices: int
    state: RoundState
    ballots_issued: int | None
    candidates: tuple[Candidate, ...]
    direct_cast: int | None = None  # show of hands: voters who took part
    direct_invalid: int | None = None
    direct_votes: dict[int, int] | None = None  # unit id -> votes, show of hands
    result_json: str | None = None  # the result frozen at confirmation
    confirmed_at: str | None = None
    published_at: str | None = None

    def candidate(self, unit_id: int) -> Candidate:
        return next(c for c in self.candidates if c.unit_id == unit_id)


_ROUND_COLUMNS = (
    "id, vote_id, number, places, max_choices, state, ballots_issued, direct_cast, direct_invalid, "
    "result, confirmed_at, published_at"
)


def _round(db: MeetingFile, row: tuple) -> Round:
    (rid, vote_id, number, places, max_choices, state, issued, d_cast, d_invalid,
     result, confirmed_at, published_at) = row  # fmt: skip
    rows = db.conn.execute(
        "SELECT rc.unit_id, rc.position, u.short_name, u.full_title, rc.direct_votes "
        "FROM round_candidate rc JOIN unit u ON u.id = rc.unit_id WHERE rc.round_id = ? ORDER BY rc.position",
        (rid,),
    ).fetchall()
    candidates = tuple(Candidate(uid, stt, short, full) for uid, stt, short, full, _d in rows)
    direct = {uid: d for uid, _s, _n, _f, d in rows if d is not None} if d_cast is not None else None
    return Round(
        id=rid,
        vote_id=vote_id,
        number=number,
        places=places,
        max_choices=max_choices,
        state=RoundState(state),
        ballots_issued=issued,
        candidates=candidates,
        direct_cast=d_cast,
        direct_invalid=d_invalid,
        direct_votes=direct,
        result_json=result,
        confirmed_at=confirmed_at,
        published_at=published_at,
    )


def list_rounds(db: MeetingFile, vote_id: int) -> list[Round]:
    rows = db.conn.execute(
        f"SELECT {_ROUND_COLUMNS} FROM vote_round WHERE vote_id = ? ORDER BY number", (vote_id,)
    ).fetchall()
    return [_round(db, row) for row in rows]


def get_round(db: MeetingFile, round_id: int) -> Round:
    row = db.conn.execute(f"SELECT {_ROUND_COLUMNS} FROM vote_round WHERE id = ?", (round_id,)).fetchone()
    if row is None:
        raise ValidationError(Said("Vòng bầu này không còn trong hội nghị."))
    return _round(db, row)


def last_round(db: MeetingFile, vote_id: int) -> Round:
    return list_rounds(db, vote_id)[-1]


def write_candidates(conn, round_id: int, unit_ids: Sequence[int]) -> None:
    """The list of a round, in ballot order (STT 1, 2 …)."""
    conn.execute("DELETE FROM round_candidate WHERE round_id = ?", (round_id,))
    conn.executemany(
        "INSERT INTO round_candidate (round_id, unit_id, position) VALUES (?, ?, ?)",
        [(round_id, uid, stt) for stt, uid in enumerate(unit_ids, start=1)],
    )


def insert_round(
    conn, vote_id: int, number: int, places: int, max_choices: int, unit_ids: Sequence[int]
) -> int:
    """A new office round in setup, with its list; returns its id."""
    round_id = inserted_id(
        conn.execute(
            "INSERT INTO vote_round (vote_id, number, places, max_choices) VALUES (?, ?, ?, ?)",
            (vote_id, number, places, max_choices),
        )
    )
    write_candidates(conn, round_id, unit_ids)
    return round_id


# -- the ballot log ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One row of the ballot log: a ballot's part in one office round."""

    id: int
    round_id: int
    pass_no: int
    seq: int  # the ballot's number in this pass (a correction keeps it)
    choices: frozenset[int]  # unit ids voted for
    invalid_reason: str | None = None  # declared invalid by the counting committee
    kind: str = "ballot"  # "ballot" or "correction"

    @property
    def content(self) -> tuple:
        """What double entry compares: the set voted for, or the invalid reason."""
        if self.invalid_reason is not None:
            return ("invalid", self.invalid_reason)
        return ("choices", self.choices)


_ENTRY_SELECT = "SELECT id, round_id, pass, seq, choices, invalid_reason, kind FROM ballot_entry e"
_CURRENT = "e.kind <> 'deletion' AND NOT EXISTS (SELECT 1 FROM ballot_entry n WHERE n.replaces = e.id)"


def _entry(row: tuple) -> Entry:
    eid, round_id, pass_no, seq, choices, reason, kind = row
    where = Said("bảng ballot_entry, dòng id={0} (phiếu số {1}), cột choices", eid, seq)
    return Entry(eid, round_id, pass_no, seq, stored_ids(choices, where), reason, kind)


def current_entries(db: MeetingFile, round_id: int, pass_no: int = 1) -> list[Entry]:
    """The ballots of one pass as they stand (corrections applied, deletions left out), in order."""
    rows = db.conn.execute(
        f"{_ENTRY_SELECT} WHERE e.round_id = ? AND e.pass = ? AND {_CURRENT} ORDER BY e.seq, e.id",
        (round_id, pass_no),
    )
    return [_entry(row) for row in rows]


def next_seq(db: MeetingFile, round_id: int, pass_no: int) -> int:
    """The number of the next ballot of one pass (deleted ones keep theirs)."""
    return db.conn.execute(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM ballot_entry WHERE round_id = ? AND pass = ?",
        (round_id, pass_no),
    ).fetchone()[0]


@dataclass(frozen=True)
class PaperEntry:
    """One paper ballot as it stands: its row in each office round of its stack (same pass, same number)."""

    seq: int
    pass_no: int
    rows: tuple[Entry, ...]  # in the order of the stack's rounds

    @property
    def kind(self) -> str:
        return self.rows[0].kind

    @property
    def invalid_reason(self) -> str | None:
        return self.rows[0].invalid_reason

    @property
    def content(self) -> tuple:
        """What double entry compares: every office's choices, or the invalid reason."""
        if self.invalid_reason is not None:
            return ("invalid", self.invalid_reason)
        return ("choices", tuple(row.choices for row in self.rows))


def current_paper_entries(db: MeetingFile, rounds: Sequence[Round], pass_no: int = 1) -> list[PaperEntry]:
    """The paper ballots of one pass as they stand, in order: each with its row in every round."""
    by_round = [{e.seq: e for e in current_entries(db, rnd.id, pass_no)} for rnd in rounds]
    ballots = []
    for seq in sorted({seq for entries in by_round for seq in entries}):
        rows = tuple(entries.get(seq) for entries in by_round)
        if any(row is None for row in rows):
            # Every write gives a ballot its rows in all the rounds at once: one is missing only
            # when the file was changed behind the program.
            raise DamagedValueError(
                Said(
                    "Dữ liệu hỏng trong tệp: phiếu số {0} (lần nhập {1}) của vòng {2} thiếu một dòng "
                    "trong bảng ballot_entry. Hãy chạy Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao "
                    "lưu.",
                    seq,
                    pass_no,
                    rounds[0].number,
                )
            )
        ballots.append(PaperEntry(seq, pass_no, tuple(row for row in rows if row is not None)))
    return ballots


# -- double entry ------------------------------------------------------------------------------


class Compared(Protocol):
    """What double entry compares of a ballot (an Entry, a PaperEntry, an election's ballot)."""

    @property
    def seq(self) -> int: ...

    @property
    def content(self) -> tuple: ...


E = TypeVar("E", bound=Compared)


@dataclass(frozen=True)
class Difference(Generic[E]):
    """Ballots on which the two passes disagree; a side is None when the ballot is missing there."""

    first: E | None
    second: E | None

    @property
    def seq(self) -> int:
        """The ballot's number in whichever pass has it."""
        entry = self.first or self.second
        if entry is None:
            raise ValueError("a difference between two missing ballots")
        return entry.seq


def compare_passes(first: Sequence[E], second: Sequence[E]) -> list[Difference[E]]:
    """Align the two passes ballot by ballot and list where they differ.

    Both passes follow the same stack of paper, so ballots are aligned in order (a ballot
    skipped in one pass shows as missing there rather than shifting every later one). A
    ballot missing in one place and typed again elsewhere in the same pass is no
    difference: the order of ballots never changes the count.
    """
    a = [e.content for e in first]
    b = [e.content for e in second]
    differences: list[Difference[E]] = []
    only_first: list[E] = []
    only_second: list[E] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left, right = first[i1:i2], second[j1:j2]
        paired = min(len(left), len(right)) if tag == "replace" else 0
        differences.extend(Difference(x, y) for x, y in zip(left[:paired], right[:paired], strict=True))
        only_first.extend(left[paired:])
        only_second.extend(right[paired:])
    # A ballot typed at another place in the other pass is the same ballot.
    unmatched_second = list(only_second)
    for entry in only_first:
        twin = next((e for e in unmatched_second if e.content == entry.content), None)
        if twin is not None:
            unmatched_second.remove(twin)
        else:
            differences.append(Difference(entry, None))
    differences.extend(Difference(None, e) for e in unmatched_second)
    return sorted(differences, key=lambda d: d.seq)


def difference_warning(count: int) -> list[str]:
    """The warning while the two passes of double entry still differ at ``count`` ballots."""
    return [Said("Hai lần nhập phiếu còn {0} chỗ khác nhau.", count)] if count else []


# -- checks --------------------------------------------------------------------------------------

CONFIRMED_LOCKED = "Kết quả vòng này đã xác nhận. Muốn sửa phải mở lại kết quả (nêu lý do)."


def check_pass(pass_no: int, double_entry: bool) -> None:
    if pass_no not in (1, 2) or (pass_no == 2 and not double_entry):
        raise ValidationError(Said("Cuộc bầu này chỉ nhập phiếu một lần."))


def invalid_reason_text(reason: str) -> str:
    """The counters' reason for an invalid ballot, cleaned; refused when empty."""
    text = clean(reason)
    if not text:
        raise ValidationError(Said('Trường "Lý do không hợp lệ": phiếu không hợp lệ phải có lý do.'))
    return text


def required_reason(reason: str) -> str:
    """The reason for a correction or a deletion, cleaned; refused when empty."""
    text = clean(reason)
    if not text:
        raise ValidationError(Said('Trường "Lý do": phải ghi lý do sửa hoặc xóa phiếu.'))
    return text


def check_issued(state: RoundState, issued: int) -> None:
    """Refuse a number of ballots issued that cannot be recorded."""
    if state == RoundState.CONFIRMED:
        raise ValidationError(Said("Kết quả đã xác nhận: không đổi được số phiếu phát ra."))
    if issued < 0:
        raise ValidationError(Said('Trường "Số phiếu phát ra" không được âm.'))


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def check_latest(number: int, last_number: int, action: str) -> None:
    """Only the latest round can be reopened, deleted or followed by another."""
    if last_number != number:
        raise ValidationError(
            Said("Không thể {0} vòng {1}: đã có vòng {2} sau nó.", action, number, last_number)
        )


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


def reopen_reason(state: RoundState, reason: str) -> str:
    """The reason to reopen a confirmed round, white space collapsed; refused when empty."""
    why = " ".join(reason.split())
    if state != RoundState.CONFIRMED:
        raise ValidationError(Said("Vòng này chưa xác nhận kết quả, không cần mở lại."))
    if not why:
        raise ValidationError(Said('Trường "Lý do mở lại" không được để trống.'))
    return why


# -- what a kind of vote tells the engine ------------------------------------------------------


@dataclass(frozen=True)
class Actions:
    """The audit actions a kind of vote writes. Files hold them: a name, once used, never changes."""

    add: str
    correct: str
    delete: str
    issued: str
    confirm: str
    reopen: str
    publish: str
    next_round: str


@dataclass(frozen=True)
class Stack:
    """Round ``number`` of a kind of vote as the engine sees it: the office rounds one stack of
    paper ballots feeds, written together (their state, ballots issued and times are the same)."""

    number: int
    rounds: tuple[Round, ...]  # one per office voted on, in the ballot's order; never empty
    offices: tuple[str, ...]  # each round's office ("title", "head", "deputy": the vote's kind)
    latest: int  # the number of the kind's latest round
    double_entry: bool
    hands: bool = False  # a show of hands: totals, no ballots

    @property
    def state(self) -> RoundState:
        return self.rounds[0].state

    @property
    def round_ids(self) -> list[int]:
        return [rnd.id for rnd in self.rounds]


@dataclass(frozen=True)
class Marks:
    """What one paper ballot says: the units chosen for each office (by office; an office left out
    chose nobody), or the counting committee's reason it is invalid."""

    choices: Mapping[str, frozenset[int]]
    invalid_reason: str | None = None

    @classmethod
    def invalid(cls, reason: str) -> Marks:
        return cls({}, reason)


class RoundKind(Protocol):
    """A kind of vote as writing its ballots needs it; an instance names one of its rounds."""

    @property
    def actions(self) -> Actions: ...

    def stack(self, db: MeetingFile) -> Stack:
        """The round, read now (inside the transaction that writes it); ValidationError if it is gone."""
        ...

    def where(self, stack: Stack) -> dict[str, Any]:
        """The audit details naming the round ({"vote": 3, "round": 1} …)."""
        ...

    def marks_details(self, stack: Stack, marks: Marks) -> dict[str, Any]:
        """The audit details of a valid ballot's content (verify holds the rows to them)."""
        ...

    def off_list(self, office: str) -> str:
        """Why a ballot naming a unit not on ``office``'s list of this round is refused."""
        ...


class FrozenResult(Protocol):
    def to_json(self) -> str: ...


@dataclass(frozen=True)
class Confirmation:
    """A round counted for confirmation: each office round's result (None: nobody to count), and
    the audit details of the confirmation."""

    results: tuple[FrozenResult | None, ...]  # in the order of the stack's rounds
    details: dict[str, Any]


@dataclass(frozen=True)
class NextOffice:
    vote_id: int
    unit_ids: tuple[int, ...]  # the list, in ballot order
    places: int
    max_choices: int


@dataclass(frozen=True)
class NextRound:
    offices: tuple[NextOffice, ...]
    details: dict[str, Any]


class ResultKind(RoundKind, Protocol):
    """A kind of vote as confirming its rounds and opening the next one needs it."""

    def count(self, db: MeetingFile, stack: Stack, ballots: list[PaperEntry], at: str) -> Confirmation:
        """Every office's result of ``ballots`` (the current pass-1 ballots), frozen at ``at``."""
        ...

    def next_round(self, db: MeetingFile, last: Stack) -> NextRound:
        """The lists of the round after the confirmed ``last``; ValidationError when none is needed."""
        ...

    def backup_name(self, stack: Stack) -> str:
        """What the backup made after confirming is called (core/backup.py)."""
        ...


# -- writing ballots ---------------------------------------------------------------------------


def _check_open(stack: Stack) -> None:
    """Ballots can be written into the round: not confirmed, not a show of hands."""
    if stack.state == RoundState.CONFIRMED:
        raise ValidationError(CONFIRMED_LOCKED)
    if stack.hands:
        raise ValidationError(
            Said("Cuộc biểu quyết giơ tay không nhập từng phiếu: hãy nhập số liệu tổng hợp.")
        )


def _stored(kind: RoundKind, stack: Stack, marks: Marks) -> tuple[list[frozenset[int]], str | None]:
    """(the choices to store in each round, the invalid reason); refuses a unit off an office's list."""
    if marks.invalid_reason is not None:
        return [frozenset()] * len(stack.rounds), invalid_reason_text(marks.invalid_reason)
    for office, chosen in marks.choices.items():
        if chosen and office not in stack.offices:
            raise ValidationError(kind.off_list(office))
    choices = []
    for office, rnd in zip(stack.offices, stack.rounds, strict=True):
        chosen = frozenset(marks.choices.get(office, ()))
        if not chosen <= {c.unit_id for c in rnd.candidates}:
            raise ValidationError(kind.off_list(office))
        choices.append(chosen)
    return choices, None


def _content_details(kind: RoundKind, stack: Stack, marks: Marks, invalid: str | None) -> dict[str, Any]:
    return {"invalid": invalid} if invalid is not None else kind.marks_details(stack, marks)


def ids_text(ids: Iterable[int]) -> str:
    """Unit ids as ``ballot_entry.choices`` holds them: ascending, space-separated."""
    return " ".join(map(str, sorted(ids)))


def _stack_next_seq(db: MeetingFile, stack: Stack, pass_no: int) -> int:
    return max(next_seq(db, rnd.id, pass_no) for rnd in stack.rounds)


def add_ballot(db: MeetingFile, kind: RoundKind, marks: Marks, pass_no: int = 1) -> PaperEntry:
    """Record one paper ballot: a row in each office round, in one transaction. The round's state is
    checked inside it: a result confirmed a moment before is never joined by one more ballot."""
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.add, details) as conn:
        stack = kind.stack(db)
        _check_open(stack)
        check_pass(pass_no, stack.double_entry)
        choices, invalid = _stored(kind, stack, marks)
        seq = _stack_next_seq(db, stack, pass_no)
        details.update(kind.where(stack) | {"pass": pass_no, "seq": seq})
        details.update(_content_details(kind, stack, marks, invalid))
        rows = []
        for rnd, chosen in zip(stack.rounds, choices, strict=True):
            if rnd.state == RoundState.SETUP:
                conn.execute("UPDATE vote_round SET state = 'entering' WHERE id = ?", (rnd.id,))
            entry_id = inserted_id(
                conn.execute(
                    "INSERT INTO ballot_entry (round_id, pass, seq, kind, choices, invalid_reason) "
                    "VALUES (?, ?, ?, 'ballot', ?, ?)",
                    (rnd.id, pass_no, seq, ids_text(chosen), invalid),
                )
            )
            rows.append(Entry(entry_id, rnd.id, pass_no, seq, chosen, invalid, "ballot"))
    return PaperEntry(seq, pass_no, tuple(rows))


def _current_ballot(db: MeetingFile, stack: Stack, entry_id: int) -> PaperEntry:
    """The paper ballot whose current rows include ``entry_id``: the ballot as the screen showed it."""
    row = db.conn.execute(f"{_ENTRY_SELECT} WHERE e.id = ? AND {_CURRENT}", (entry_id,)).fetchone()
    entry = _entry(row) if row is not None else None
    if entry is None or entry.round_id not in stack.round_ids:
        raise ValidationError(Said("Phiếu này đã được sửa hoặc xóa trước đó."))
    return next(b for b in current_paper_entries(db, stack.rounds, entry.pass_no) if b.seq == entry.seq)


def correct_ballot(db: MeetingFile, kind: RoundKind, entry_id: int, marks: Marks, reason: str) -> PaperEntry:
    """Replace a paper ballot's content (same number) in every office round, keeping the old rows;
    ``entry_id`` is one of its current rows; ``reason`` is required."""
    why = required_reason(reason)
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.correct, details) as conn:
        stack = kind.stack(db)
        _check_open(stack)
        old = _current_ballot(db, stack, entry_id)
        choices, invalid = _stored(kind, stack, marks)
        details.update(kind.where(stack) | {"pass": old.pass_no, "seq": old.seq})
        details.update(_content_details(kind, stack, marks, invalid) | {"replaces": entry_id, "reason": why})
        rows = []
        for replaced, chosen in zip(old.rows, choices, strict=True):
            new_id = inserted_id(
                conn.execute(
                    "INSERT INTO ballot_entry (round_id, pass, seq, kind, choices, invalid_reason, replaces, "
                    "reason) VALUES (?, ?, ?, 'correction', ?, ?, ?, ?)",
                    (replaced.round_id, old.pass_no, old.seq, ids_text(chosen), invalid, replaced.id, why),
                )
            )
            rows.append(Entry(new_id, replaced.round_id, old.pass_no, old.seq, chosen, invalid, "correction"))
    return PaperEntry(old.seq, old.pass_no, tuple(rows))


def delete_ballot(db: MeetingFile, kind: RoundKind, entry_id: int, reason: str) -> None:
    """Take a paper ballot out of the count (e.g. typed twice): its rows stay, a deletion row names
    each of them, in one transaction; ``entry_id`` is one of its current rows."""
    why = required_reason(reason)
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.delete, details) as conn:
        stack = kind.stack(db)
        _check_open(stack)
        old = _current_ballot(db, stack, entry_id)
        details.update(kind.where(stack) | {"pass": old.pass_no, "seq": old.seq})
        details.update({"deletes": entry_id, "reason": why})
        for replaced in old.rows:
            conn.execute(
                "INSERT INTO ballot_entry (round_id, pass, seq, kind, replaces, reason) "
                "VALUES (?, ?, ?, 'deletion', ?, ?)",
                (replaced.round_id, old.pass_no, old.seq, replaced.id, why),
            )


def stack_differences(db: MeetingFile, stack: Stack) -> list[Difference[PaperEntry]]:
    """Double entry: where pass 2 differs from pass 1, whole paper ballots compared."""
    return compare_passes(
        current_paper_entries(db, stack.rounds, 1), current_paper_entries(db, stack.rounds, 2)
    )


def record_issued(db: MeetingFile, kind: RoundKind, issued: int) -> None:
    """The number of ballots issued (printed and handed out), for the minutes."""
    details: dict[str, Any] = {"issued": issued}
    with db.transaction(kind.actions.issued, details) as conn:
        stack = kind.stack(db)
        check_issued(stack.state, issued)
        details.update(kind.where(stack))
        conn.executemany(
            "UPDATE vote_round SET ballots_issued = ? WHERE id = ?",
            [(issued, rid) for rid in stack.round_ids],
        )


# -- the round's life ----------------------------------------------------------------------------


def _problems(db: MeetingFile, stack: Stack) -> list[str]:
    if stack.hands:
        if stack.state != RoundState.CONFIRMED and stack.rounds[0].direct_cast is None:
            return ["Chưa nhập số liệu biểu quyết."]
        return confirmable_problems(stack.state, True, [])
    differences = difference_warning(len(stack_differences(db, stack))) if stack.double_entry else []
    return confirmable_problems(stack.state, bool(current_paper_entries(db, stack.rounds, 1)), differences)


def confirm_problems(db: MeetingFile, kind: RoundKind) -> list[str]:
    """Why the round cannot be confirmed now ([] when it can): what :func:`confirm` checks, for the
    screen to say before it asks anything."""
    return _problems(db, kind.stack(db))


def confirm(db: MeetingFile, kind: ResultKind) -> Confirmation:
    """Freeze every office's result of the round, in one transaction, then back the file up.
    Refused with no ballots (or no show-of-hands totals), or while double entry differs.

    The ballots are counted inside the transaction that freezes the result: the frozen count is the
    count of the ballots in the file at that instant, never an earlier one."""
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.confirm, details) as conn:
        stack = kind.stack(db)
        problems = _problems(db, stack)
        if problems:
            raise ValidationError(problems)
        at = now()
        ballots = [] if stack.hands else current_paper_entries(db, stack.rounds, 1)
        counted = kind.count(db, stack, ballots, at)
        details.update(kind.where(stack) | counted.details)
        conn.executemany(
            "UPDATE vote_round SET state = 'confirmed', result = ?, confirmed_at = ? WHERE id = ?",
            [
                (result.to_json() if result is not None else None, at, rnd.id)
                for rnd, result in zip(stack.rounds, counted.results, strict=True)
            ],
        )
        details["rows_sha256"] = rowlog.rounds_digest(conn, [rnd.id for rnd in stack.rounds])
    backup_now(db, kind.backup_name(stack))  # a copy on the USB stick; a warning at worst (issue 7)
    return counted


def reopen(db: MeetingFile, kind: RoundKind, reason: str, pin: str | None = None) -> None:
    """Unfreeze a confirmed round (the latest one); the reason is logged. Needs the organizers' PIN
    when one is set (core.safety.PinRequired otherwise)."""
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.reopen, details) as conn:
        stack = kind.stack(db)
        why = reopen_reason(stack.state, reason)
        check_latest(stack.number, stack.latest, Said("mở lại"))
        require_pin(db, pin, "mở lại kết quả đã xác nhận")
        details.update(kind.where(stack) | {"reason": why})
        conn.executemany(
            "UPDATE vote_round SET state = 'entering', result = NULL, confirmed_at = NULL, "
            "published_at = NULL WHERE id = ?",
            [(rid,) for rid in stack.round_ids],
        )


def publish(db: MeetingFile, kind: RoundKind) -> None:
    """The chair publishes a confirmed result on the projector; logged."""
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.publish, details) as conn:
        stack = kind.stack(db)
        if stack.state != RoundState.CONFIRMED:
            raise ValidationError(Said("Chỉ công bố được kết quả đã xác nhận."))
        details.update(kind.where(stack))
        at = now()
        conn.executemany(
            "UPDATE vote_round SET published_at = ? WHERE id = ?", [(at, rid) for rid in stack.round_ids]
        )


def open_next_round(db: MeetingFile, kind: ResultKind) -> int:
    """The round after ``kind``'s round, which must be the latest and confirmed (a runoff, a second
    round among the tied …: the lists are the kind's); returns its number."""
    details: dict[str, Any] = {}
    with db.transaction(kind.actions.next_round, details) as conn:
        last = kind.stack(db)
        if last.state != RoundState.CONFIRMED:
            raise ValidationError(Said("Hãy xác nhận kết quả vòng này trước khi bầu vòng tiếp theo."))
        check_latest(last.number, last.latest, Said("bầu vòng tiếp theo sau"))
        plan = kind.next_round(db, last)
        details.update(plan.details)
        for office in plan.offices:
            insert_round(
                conn, office.vote_id, last.number + 1, office.places, office.max_choices, office.unit_ids
            )
    return last.number + 1
