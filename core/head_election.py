"""Electing next year's cluster head and deputy: settings, rounds, ballots, results.

Built on the suy tôn tables (migration 4) so that the ballot log, double entry,
confirmation, reopening and the minutes' figures work the same way:

- the election is two linked votes, ``vote.kind = 'head'`` and ``'deputy'`` (migration 7),
  named by the single row of ``head_election`` with the way chosen and the proposal;
- a *paper round* k is round k of the deputy vote and, while the head is undecided,
  round k of the head vote (the deputy is decided with or after the head, so every
  paper round has a deputy part); each office's round lists its own candidates;
- the round engine (core/rounds.py) writes the ballots, confirms, reopens, publishes and opens
  the next round, as :class:`ElectionRound` describes a paper round to it: one paper ballot
  is two ``ballot_entry`` rows with the same pass and number, one per office round, written,
  corrected or deleted together in ONE transaction; confirming freezes both offices' results
  (the head counted first, the deputy without the head-elect) in one transaction.

The rules themselves are pure, in core/head_election_rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from core import rounds as engine
from core.errors import ValidationError
from core.head_election_rules import (
    Counted,
    Office,
    PaperBallot,
    RoundCount,
    RoundSpec,
    Way,
    count_round,
    decide,
    parse_approval,
    parse_open,
    propose,
    rotation_order,
)
from core.meetings import load_meeting
from core.model import Unit, VotingRule, row_id
from core.notes import Note, deputy_deferred, excluded_votes
from core.rounds import (
    Actions,
    Candidate,
    Confirmation,
    Difference,
    Entry,
    Marks,
    NextOffice,
    NextRound,
    PaperEntry,
    Round,
    RoundState,
    Stack,
    compare_passes,
    current_paper_entries,
    difference_warning,
    insert_round,
    list_rounds,
    write_candidates,
)
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.tally import Threshold
from core.text import clean
from core.units import list_units
from core.votes import committee_errors, default_threshold, get_vote, write_committee
from core.votes_result import RoundResult, make_result, voters

# -- rotation --------------------------------------------------------------------------


def rotation(db: MeetingFile) -> list[int]:
    """The rotation order of the member units (unit ids); by default the official order."""
    row = db.conn.execute("SELECT rotation FROM meeting WHERE id = 1").fetchone()
    stored = [int(v) for v in row[0].split()] if row and row[0] else []
    return rotation_order([row_id(u) for u in list_units(db)], stored)


def save_rotation(db: MeetingFile, order: list[int]) -> None:
    """Keep a new rotation order (every member unit once)."""
    units = {row_id(u): u.short_name for u in list_units(db)}
    if sorted(order) != sorted(units) or len(set(order)) != len(order):
        raise ValidationError(Said("Thứ tự luân phiên phải gồm mỗi đơn vị thành viên đúng một lần."))
    if db.conn.execute("SELECT 1 FROM meeting WHERE id = 1").fetchone() is None:
        raise ValidationError(Said("Hãy lưu thông tin hội nghị (Chuẩn bị > Hội nghị) trước."))
    details = {"rotation": [units[u] for u in order]}
    with db.transaction("rotation.save", details) as conn:
        conn.execute("UPDATE meeting SET rotation = ? WHERE id = 1", (" ".join(map(str, order)),))


def proposal(db: MeetingFile) -> tuple[int | None, int | None]:
    """Next year's (head, deputy) by rotation: see core.head_election_rules.propose."""
    return propose(rotation(db), load_meeting(db).current_head_unit_id)


# -- settings --------------------------------------------------------------------------


@dataclass
class ElectionSettings:
    way: Way = Way.APPROVE
    proposed_head_id: int | None = None
    proposed_deputy_id: int | None = None
    threshold: Threshold = field(default_factory=default_threshold)
    blank_valid: bool = True
    voting_rule: VotingRule | None = None  # None: the meeting's
    double_entry: bool = False
    committee_ids: list[int] = field(default_factory=list)
    chief_id: int | None = None


@dataclass(frozen=True)
class Election:
    settings: ElectionSettings
    head_vote_id: int
    deputy_vote_id: int

    def vote_id(self, office: Office) -> int:
        return self.head_vote_id if office is Office.HEAD else self.deputy_vote_id


def election_title(next_year: int) -> str:
    return Said("Bầu cụm trưởng, cụm phó năm {0}", next_year)


def office_title(office: Office, next_year: int) -> str:
    return Said("Bầu {0} năm {1}", office.label.lower(), next_year)


def get_election(db: MeetingFile) -> Election | None:
    row = db.conn.execute(
        "SELECT way, proposed_head_unit_id, proposed_deputy_unit_id, head_vote_id, deputy_vote_id "
        "FROM head_election WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    way, head, deputy, head_vote_id, deputy_vote_id = row
    vote = get_vote(db, head_vote_id)
    settings = ElectionSettings(
        way=Way(way),
        proposed_head_id=head,
        proposed_deputy_id=deputy,
        threshold=vote.threshold,
        blank_valid=vote.blank_valid,
        voting_rule=vote.voting_rule,
        double_entry=vote.double_entry,
        committee_ids=list(vote.committee_ids),
        chief_id=vote.chief_id,
    )
    return Election(settings, head_vote_id, deputy_vote_id)


def default_settings(db: MeetingFile) -> ElectionSettings:
    """The proposal by rotation, and the committee of the last suy tôn vote (usually the same people)."""
    head, deputy = proposal(db)
    last = db.conn.execute(
        "SELECT id FROM vote WHERE kind = 'title' ORDER BY position DESC, id DESC"
    ).fetchone()
    people: list[int] = []
    chief = None
    if last:
        vote = get_vote(db, last[0])
        people, chief = list(vote.committee_ids), vote.chief_id
    return ElectionSettings(
        proposed_head_id=head, proposed_deputy_id=deputy, committee_ids=people, chief_id=chief
    )


def validate_settings(db: MeetingFile, s: ElectionSettings) -> list[str]:
    """Vietnamese messages naming each wrong field; [] when the settings can be saved."""
    errors: list[str] = []
    units = {u.id for u in list_units(db)}
    if len(units) < 2:
        errors.append(Said("Cần ít nhất hai đơn vị thành viên để bầu cụm trưởng và cụm phó."))
    if s.way is Way.APPROVE:
        if s.proposed_head_id not in units:
            errors.append(Said('Trường "Đề xuất cụm trưởng": chọn một đơn vị thành viên.'))
        if s.proposed_deputy_id not in units:
            errors.append(Said('Trường "Đề xuất cụm phó": chọn một đơn vị thành viên.'))
        if s.proposed_head_id is not None and s.proposed_head_id == s.proposed_deputy_id:
            errors.append(
                Said('Trường "Đề xuất cụm phó": cụm trưởng và cụm phó phải là hai đơn vị khác nhau.')
            )
    t = s.threshold
    if not (t.denominator > 0 and 0 <= t.numerator <= t.denominator):
        errors.append(Said('Trường "Tỷ lệ trúng cử" không hợp lệ: {0}/{1}.', t.numerator, t.denominator))
    errors.extend(committee_errors(db, s.committee_ids, s.chief_id))
    return errors


def _first_lists(db: MeetingFile, s: ElectionSettings) -> tuple[list[int], list[int]]:
    """Round 1's lists: the proposed unit for each office, or every member unit."""
    if s.way is Way.APPROVE:
        assert s.proposed_head_id is not None and s.proposed_deputy_id is not None
        return [s.proposed_head_id], [s.proposed_deputy_id]
    members = [row_id(u) for u in list_units(db)]
    return members, members


def _vote_values(s: ElectionSettings, title: str) -> tuple:
    t = s.threshold
    return (
        title, t.numerator, t.denominator, int(t.strict), t.base.value, int(s.blank_valid),
        s.voting_rule.value if s.voting_rule else None, int(s.double_entry),
    )  # fmt: skip


_SETTING_COLUMNS = (
    "title, threshold_numerator, threshold_denominator, threshold_strict, threshold_base, "
    "blank_valid, voting_rule, double_entry"
)


def _details(db: MeetingFile, s: ElectionSettings) -> dict:
    names = {u.id: u.short_name for u in list_units(db)}
    return {
        "way": s.way.value,
        "proposed_head": names.get(s.proposed_head_id),
        "proposed_deputy": names.get(s.proposed_deputy_id),
        "threshold": s.threshold.describe(),
        "double_entry": s.double_entry,
        "committee": s.committee_ids,
        "chief": s.chief_id,
    }


def _check_settings(db: MeetingFile, s: ElectionSettings, existing: Election | None) -> None:
    errors = validate_settings(db, s)
    if errors:
        raise ValidationError(errors)
    if existing is not None:
        rounds = list_rounds(db, existing.deputy_vote_id)
        if len(rounds) > 1 or rounds[0].state != RoundState.SETUP:
            raise ValidationError(
                Said("Không sửa được cách bầu: đã nhập phiếu. Chỉ sửa được khi chưa nhập phiếu nào.")
            )


def save_settings(db: MeetingFile, s: ElectionSettings) -> Election:
    """Create the election, or change it while no ballot has been entered (round 1 in setup)."""
    _check_settings(db, s, get_election(db))  # said before anything is written
    existing = get_election(db)
    action = "election.update" if existing else "election.setup"
    details: dict = {}
    with db.transaction(action, details) as conn:
        if (get_election(db) is None) != (existing is None):
            raise ValidationError(Said("Cuộc bầu cụm trưởng, cụm phó vừa được tạo hoặc xóa: hãy thử lại."))
        _check_settings(db, s, existing)  # again, as the file is now
        details.update(_details(db, s))
        next_year = load_meeting(db).next_year
        head_list, deputy_list = _first_lists(db, s)
        lists = {Office.HEAD: head_list, Office.DEPUTY: deputy_list}
        if existing is None:
            vote_ids = {}
            for office in Office:
                values = _vote_values(s, office_title(office, next_year))
                vote_ids[office] = inserted_id(
                    conn.execute(
                        f"INSERT INTO vote (position, kind, ballot_style, entry_mode, places, max_choices, "
                        f"method, {_SETTING_COLUMNS}) VALUES (0, ?, 'tick', 'kept', 1, 1, 'ballots', "
                        f"{', '.join('?' * len(values))})",
                        (office.value, *values),
                    )
                )
                insert_round(conn, vote_ids[office], 1, 1, 1, lists[office])
            conn.execute(
                "INSERT INTO head_election (id, way, proposed_head_unit_id, proposed_deputy_unit_id, "
                "head_vote_id, deputy_vote_id) VALUES (1, ?, ?, ?, ?, ?)",
                (s.way.value, s.proposed_head_id, s.proposed_deputy_id, vote_ids[Office.HEAD],
                 vote_ids[Office.DEPUTY]),
            )  # fmt: skip
        else:
            vote_ids = {Office.HEAD: existing.head_vote_id, Office.DEPUTY: existing.deputy_vote_id}
            columns = [c.strip() for c in _SETTING_COLUMNS.split(",")]
            for office, vote_id in vote_ids.items():
                conn.execute(
                    f"UPDATE vote SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                    (*_vote_values(s, office_title(office, next_year)), vote_id),
                )
                write_candidates(conn, list_rounds(db, vote_id)[0].id, lists[office])
            conn.execute(
                "UPDATE head_election SET way = ?, proposed_head_unit_id = ?, proposed_deputy_unit_id = ? "
                "WHERE id = 1",
                (s.way.value, s.proposed_head_id, s.proposed_deputy_id),
            )
        for vote_id in vote_ids.values():
            write_committee(conn, vote_id, s.committee_ids, s.chief_id)
    election = get_election(db)
    assert election is not None
    return election


def is_stale(db: MeetingFile) -> bool:
    """Round 1 in setup with lists that no longer match the settings (units added or removed)."""
    election = get_election(db)
    if election is None:
        return False
    rounds = paper_rounds(db, election)
    if len(rounds) > 1 or rounds[0].state != RoundState.SETUP:
        return False
    s = election.settings
    if validate_settings(db, s):
        return False
    head, deputy = _first_lists(db, s)
    first = rounds[0]
    return [c.unit_id for c in first.head_candidates] != head or [
        c.unit_id for c in first.deputy_candidates
    ] != deputy


# -- paper rounds ------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperRound:
    """Round ``number`` of the paper ballots: the head's round (while undecided) and the deputy's."""

    number: int
    head: Round | None
    deputy: Round
    approval: bool  # round 1 of the approve way

    @property
    def state(self) -> RoundState:
        return self.deputy.state

    @property
    def confirmed_at(self) -> str | None:
        return self.deputy.confirmed_at

    @property
    def published_at(self) -> str | None:
        return self.deputy.published_at

    @property
    def ballots_issued(self) -> int | None:
        return self.deputy.ballots_issued

    @property
    def rounds(self) -> list[Round]:
        return [r for r in (self.head, self.deputy) if r is not None]

    @property
    def offices(self) -> list[Office]:
        """The office of each of :attr:`rounds`."""
        return [Office.HEAD, Office.DEPUTY] if self.head is not None else [Office.DEPUTY]

    @property
    def head_candidates(self) -> tuple[Candidate, ...]:
        return self.head.candidates if self.head else ()

    @property
    def deputy_candidates(self) -> tuple[Candidate, ...]:
        return self.deputy.candidates

    @property
    def id(self) -> int:
        return self.deputy.id


def paper_rounds(db: MeetingFile, election: Election) -> list[PaperRound]:
    heads = {r.number: r for r in list_rounds(db, election.head_vote_id)}
    approve = election.settings.way is Way.APPROVE
    return [
        PaperRound(r.number, heads.get(r.number), r, approve and r.number == 1)
        for r in list_rounds(db, election.deputy_vote_id)
    ]


def require_election(db: MeetingFile) -> Election:
    election = get_election(db)
    if election is None:
        raise ValidationError(Said("Hội nghị chưa có cuộc bầu cụm trưởng, cụm phó."))
    return election


def _find_round(rounds: list[PaperRound], number: int | None) -> PaperRound:
    if number is None:
        return rounds[-1]
    for r in rounds:
        if r.number == number:
            return r
    raise ValidationError(Said("Cuộc bầu cụm trưởng, cụm phó không có vòng {0}.", number))


def paper_round(db: MeetingFile, number: int | None = None) -> PaperRound:
    """Round ``number`` (by default the latest)."""
    return _find_round(paper_rounds(db, require_election(db)), number)


# -- ballots: the round engine (core/rounds.py) writes them ---------------------------------

ELECTION_ACTIONS = Actions(
    add="election.ballot_add",
    correct="election.ballot_correct",
    delete="election.ballot_delete",
    issued="election.issued",
    confirm="election.confirm",
    reopen="election.reopen",
    publish="election.publish",
    next_round="election.next_round",
)


@dataclass(frozen=True)
class ElectionRound:
    """Paper round ``number`` of the election (None: the latest) as the round engine writes it: the
    head's round while the head is undecided, and the deputy's (the offices "head", "deputy")."""

    number: int | None = None
    actions = ELECTION_ACTIONS

    def paper_round(self, db: MeetingFile) -> tuple[Election, PaperRound]:
        election = require_election(db)
        return election, _find_round(paper_rounds(db, election), self.number)

    def stack(self, db: MeetingFile) -> Stack:
        election, pr = self.paper_round(db)
        return Stack(
            number=pr.number,
            rounds=tuple(pr.rounds),
            offices=tuple(office.value for office in pr.offices),
            latest=paper_rounds(db, election)[-1].number,
            double_entry=election.settings.double_entry,
        )

    def where(self, stack: Stack) -> dict[str, Any]:
        return {"round": stack.number}

    def marks_details(self, stack: Stack, marks: Marks) -> dict[str, Any]:
        names = {c.unit_id: c.short_name for rnd in stack.rounds for c in rnd.candidates}
        head, deputy = (next(iter(marks.choices.get(o.value, ())), None) for o in Office)
        words = {"head": names.get(head) if head else None, "deputy": names.get(deputy) if deputy else None}
        # The ids too, so that verify can hold each ballot row to what its event says.
        has_head = Office.HEAD.value in stack.offices
        return words | {"head_id": head if has_head else None, "deputy_id": deputy}

    def off_list(self, office: str) -> str:
        which = Said("cụm trưởng") if office == Office.HEAD.value else Said("cụm phó")
        return Said("Phiếu ghi một đơn vị không có trong danh sách {0} của vòng này.", which)

    def count(self, db: MeetingFile, stack: Stack, ballots: list[PaperEntry], at: str) -> Confirmation:
        election, pr = self.paper_round(db)
        count = count_ballots(db, election, pr, [paper_ballot(pr, election_entry(pr, b)) for b in ballots])
        head_elect = round_spec(db, election, pr).head_elect or count.head_elected
        head, deputy = _office_results(db, election, pr, count, head_elect, frozen_at=at)
        results = {Office.HEAD: head, Office.DEPUTY: deputy}
        details = {
            "cast": len(ballots),
            "head": count.head_elected,
            "deputy": count.deputy_elected,
            "next_head": list(count.next_head) if count.next_head is not None else None,
            "next_deputy": list(count.next_deputy) if count.next_deputy is not None else None,
        }
        return Confirmation(tuple(results[office] for office in pr.offices), details)

    def next_round(self, db: MeetingFile, last: Stack) -> NextRound:
        """The offices still undecided: a runoff, or an open election after a refused proposal."""
        election, _pr = self.paper_round(db)
        result = election_round_result(db, last.number)
        if not result.tied:
            raise ValidationError(Said("Đã bầu xong cụm trưởng và cụm phó: không cần bầu vòng tiếp theo."))
        ids = {u.short_name: row_id(u) for u in list_units(db)}
        lists = {
            Office.HEAD: tuple(ids[n] for n in result.next_head or () if n in ids),
            Office.DEPUTY: tuple(ids[n] for n in result.next_deputy or () if n in ids),
        }
        details = {
            "round": last.number + 1,
            "head": list(result.next_head or ()),
            "deputy": list(result.next_deputy or ()),
        }
        offices = tuple(
            NextOffice(election.vote_id(office), lists[office], 1, 1) for office in Office if lists[office]
        )
        return NextRound(offices, details)

    def backup_name(self, stack: Stack) -> str:
        return f"bau-cum-truong-vong-{stack.number}"


@dataclass(frozen=True)
class ElectionEntry:
    """One paper ballot as entered: its rows in the head round (if any) and the deputy round."""

    seq: int
    pass_no: int
    head: Entry | None
    deputy: Entry

    @property
    def id(self) -> int:
        return self.deputy.id

    @property
    def kind(self) -> str:
        return self.deputy.kind

    @property
    def invalid_reason(self) -> str | None:
        return self.deputy.invalid_reason

    @property
    def head_unit(self) -> int | None:
        return next(iter(self.head.choices), None) if self.head else None

    @property
    def deputy_unit(self) -> int | None:
        return next(iter(self.deputy.choices), None)

    @property
    def content(self) -> tuple:
        """What double entry compares."""
        if self.invalid_reason is not None:
            return ("invalid", self.invalid_reason)
        return ("choices", self.head_unit, self.deputy_unit)


def election_entry(pr: PaperRound, ballot: PaperEntry) -> ElectionEntry:
    """A paper ballot of the round engine as the election reads it."""
    rows = dict(zip(pr.offices, ballot.rows, strict=True))
    return ElectionEntry(ballot.seq, ballot.pass_no, rows.get(Office.HEAD), rows[Office.DEPUTY])


def current_ballots(db: MeetingFile, pr: PaperRound, pass_no: int = 1) -> list[ElectionEntry]:
    """The paper ballots of one pass as they stand, in order."""
    return [election_entry(pr, b) for b in current_paper_entries(db, pr.rounds, pass_no)]


def names_of(pr: PaperRound) -> dict[int | None, str]:
    return {c.unit_id: c.short_name for c in (*pr.head_candidates, *pr.deputy_candidates)}


def paper_ballot(pr: PaperRound, entry: ElectionEntry) -> PaperBallot:
    """A stored ballot as core.head_election_rules counts it."""
    if entry.invalid_reason is not None:
        return PaperBallot(invalid=entry.invalid_reason)
    names = names_of(pr)
    return PaperBallot(names.get(entry.head_unit), names.get(entry.deputy_unit))


def choices_from_text(pr: PaperRound, text: str) -> tuple[int | None, int | None]:
    """(head unit id, deputy unit id) typed for a ballot of this round (see the rules module)."""
    if pr.approval:
        head_ok, deputy_ok = parse_approval(text)
        head = pr.head_candidates[0].unit_id if head_ok and pr.head_candidates else None
        deputy = pr.deputy_candidates[0].unit_id if deputy_ok else None
        return head, deputy
    h, d = parse_open(text, len(pr.head_candidates), len(pr.deputy_candidates))
    head = pr.head_candidates[h - 1].unit_id if h else None
    deputy = pr.deputy_candidates[d - 1].unit_id if d else None
    return head, deputy


def text_for_choices(pr: PaperRound, head: int | None, deputy: int | None) -> str:
    """What to type for a ballot naming ``head`` and ``deputy``: the inverse of choices_from_text."""
    if pr.approval:
        missing = [str(n) for n, ok in ((1, head is not None), (2, deputy is not None)) if not ok]
        return " ".join(missing)
    stt_head = next((c.stt for c in pr.head_candidates if c.unit_id == head), 0)
    stt_deputy = next((c.stt for c in pr.deputy_candidates if c.unit_id == deputy), 0)
    if not pr.head_candidates:
        return str(stt_deputy) if stt_deputy else ""
    if not stt_head and not stt_deputy:
        return ""
    return f"{stt_head} {stt_deputy}" if stt_deputy else str(stt_head)


def describe_choices(pr: PaperRound, head: int | None, deputy: int | None) -> str:
    """One line: "CT: Ninh Thuận · CP: Kon Tum", or the approval read."""
    names = names_of(pr)
    if pr.approval:
        if head is not None and deputy is not None:
            return Said("Đồng ý cả hai")
        if head is None and deputy is None:
            return Said("Không đồng ý CT và CP")
        return Said("Không đồng ý CT") if head is None else Said("Không đồng ý CP")
    none = Said("(không bầu)")
    deputy_name = names.get(deputy, none) if deputy is not None else none
    if not pr.head_candidates:
        return Said("CP: {0}", deputy_name)
    head_name = names.get(head, none) if head is not None else none
    return Said("CT: {0} · CP: {1}", head_name, deputy_name)


def _marks(head: int | None, deputy: int | None, invalid_reason: str | None) -> Marks:
    if invalid_reason is not None:
        return Marks.invalid(invalid_reason)
    chosen = ((Office.HEAD, head), (Office.DEPUTY, deputy))
    return Marks({office.value: frozenset({unit}) for office, unit in chosen if unit is not None})


def add_ballot(
    db: MeetingFile,
    number: int,
    head: int | None = None,
    deputy: int | None = None,
    *,
    invalid_reason: str | None = None,
    pass_no: int = 1,
) -> ElectionEntry:
    """Record one paper ballot: a row for each office, in one transaction (core/rounds.py)."""
    kind = ElectionRound(number)
    ballot = engine.add_ballot(db, kind, _marks(head, deputy, invalid_reason), pass_no)
    return election_entry(kind.paper_round(db)[1], ballot)


def correct_ballot(
    db: MeetingFile,
    number: int,
    entry: ElectionEntry,
    head: int | None = None,
    deputy: int | None = None,
    *,
    invalid_reason: str | None = None,
    reason: str,
) -> None:
    """Replace a paper ballot's content (same number); the old rows stay, with the reason."""
    engine.correct_ballot(db, ElectionRound(number), entry.id, _marks(head, deputy, invalid_reason), reason)


def delete_ballot(db: MeetingFile, number: int, entry: ElectionEntry, *, reason: str) -> None:
    """Take a paper ballot out of the count; its rows stay, deletion rows name them."""
    engine.delete_ballot(db, ElectionRound(number), entry.id, reason)


def ballot_differences(db: MeetingFile, pr: PaperRound) -> list[Difference[ElectionEntry]]:
    """Double entry: where pass 2 differs from pass 1, whole paper ballots compared."""
    return compare_passes(current_ballots(db, pr, 1), current_ballots(db, pr, 2))


def record_issued(db: MeetingFile, number: int, issued: int) -> None:
    engine.record_issued(db, ElectionRound(number), issued)


# -- counting --------------------------------------------------------------------------


def _member_names(db: MeetingFile) -> tuple[str, ...]:
    return tuple(u.short_name for u in list_units(db))


def _frozen(rnd: Round | None, names: dict[int, str]) -> RoundResult | None:
    """The result frozen in a confirmed office round, under today's short names.

    Decisions compare names with today's lists, so a unit renamed since the confirmation
    keeps its votes and its election (matched by unit id).
    """
    if rnd is None or not rnd.result_json:
        return None
    result = RoundResult.from_json(rnd.result_json, Said("bảng vote_round, dòng id={0}, cột result", rnd.id))
    renamed = {c.name: names.get(c.unit_id, c.name) for c in result.candidates}
    return replace(
        result,
        candidates=tuple(replace(c, name=renamed[c.name]) for c in result.candidates),
        elected=tuple(renamed.get(n, n) for n in result.elected),
        tied=tuple(renamed.get(n, n) for n in result.tied),
    )


def _unit_names(db: MeetingFile) -> dict[int, str]:
    return {row_id(u): u.short_name for u in list_units(db)}


def head_elect_before(db: MeetingFile, election: Election, number: int) -> str | None:
    """The head elected in a confirmed round before round ``number``."""
    names = _unit_names(db)
    for pr in paper_rounds(db, election):
        result = _frozen(pr.head, names) if pr.number < number else None
        if result is not None and len(result.elected) == 1:
            return result.elected[0]
    return None


def round_spec(db: MeetingFile, election: Election, pr: PaperRound) -> RoundSpec:
    return RoundSpec(
        head=tuple(c.short_name for c in pr.head_candidates),
        deputy=tuple(c.short_name for c in pr.deputy_candidates),
        members=_member_names(db),
        approval=pr.approval,
        head_elect=head_elect_before(db, election, pr.number),
    )


def count_ballots(
    db: MeetingFile, election: Election, pr: PaperRound, ballots: list[PaperBallot]
) -> RoundCount:
    s = election.settings
    entitled, present = voters(db, get_vote(db, election.deputy_vote_id))
    return count_round(
        round_spec(db, election, pr), ballots, s.threshold, blank_valid=s.blank_valid,
        entitled=entitled, present=present,
    )  # fmt: skip


@dataclass(frozen=True)
class ElectionRoundResult:
    """Both offices' results of one paper round, and what they decide."""

    number: int
    approval: bool
    head: RoundResult | None
    deputy: RoundResult | None
    head_elected: str | None  # elected in this round
    deputy_elected: str | None
    head_elect: str | None  # elected in this round or before
    next_head: tuple[str, ...] | None
    next_deputy: tuple[str, ...] | None
    confirmed: bool
    confirmed_at: str | None = None
    published_at: str | None = None

    @property
    def tied(self) -> bool:
        """A next round is needed (the entry screen's "next round" button reads this)."""
        return self.next_head is not None or self.next_deputy is not None

    @property
    def any_result(self) -> RoundResult:
        """The result whose figures (ballots cast, valid, committee) the round shares."""
        assert self.deputy is not None or self.head is not None
        return self.deputy or self.head  # type: ignore[return-value]

    @property
    def warnings(self) -> tuple[str, ...]:
        """Both offices' warnings, each once (most are about the shared figures)."""
        return tuple(dict.fromkeys(w for r in (self.head, self.deputy) if r for w in r.warnings))

    @property
    def notes(self) -> tuple[Note, ...]:
        """What the count notes: votes not counted for the head-elect, a deputy waiting for the head."""
        return tuple(note for r in (self.head, self.deputy) if r for note in r.notes)


def _notes(count: RoundCount, head_elect: str | None) -> list[Note]:
    notes = []
    if count.excluded_votes and head_elect is not None:
        notes.append(excluded_votes(count.excluded_votes, head_elect))
    if count.deputy_deferred:
        notes.append(deputy_deferred(count.deputy_deferred))
    return notes


def _office_results(
    db: MeetingFile,
    election: Election,
    pr: PaperRound,
    count: RoundCount,
    head_elect: str | None,
    frozen_at: str | None = None,
    extra_warnings: list[str] | None = None,
) -> tuple[RoundResult | None, RoundResult | None]:
    """Each office's RoundResult. The notes and the warnings of double entry go with the deputy's; with
    nobody left to count for deputy (its one candidate elected head), with the head's."""
    notes = _notes(count, head_elect)
    warnings = extra_warnings or []
    on_head = count.deputy is None
    head = deputy = None
    if pr.head is not None and count.head is not None:
        rnd = replace(pr.head, state=RoundState.CONFIRMED, confirmed_at=frozen_at) if frozen_at else pr.head
        vote = get_vote(db, election.head_vote_id)
        head = make_result(db, vote, rnd, count.head, warnings if on_head else (), notes if on_head else ())
    if count.deputy is not None:
        kept = tuple(c for c in pr.deputy.candidates if c.short_name != head_elect)
        rnd = replace(pr.deputy, candidates=kept)
        if frozen_at:
            rnd = replace(rnd, state=RoundState.CONFIRMED, confirmed_at=frozen_at)
        vote = get_vote(db, election.deputy_vote_id)
        deputy = make_result(db, vote, rnd, count.deputy, warnings, notes)
    return head, deputy


def _difference_warning(db: MeetingFile, election: Election, pr: PaperRound) -> list[str]:
    if not election.settings.double_entry:
        return []
    return difference_warning(len(ballot_differences(db, pr)))


def live_count(db: MeetingFile, pr: PaperRound, pass_no: int = 1) -> RoundCount:
    election = require_election(db)
    return count_ballots(db, election, pr, [paper_ballot(pr, e) for e in current_ballots(db, pr, pass_no)])


def election_round_result(
    db: MeetingFile, number: int | None = None, pass_no: int = 1
) -> ElectionRoundResult:
    """Both offices' results of a round: frozen when confirmed, otherwise counted now (from ``pass_no``)."""
    election = require_election(db)
    pr = paper_round(db, number)
    spec = round_spec(db, election, pr)
    if pr.state == RoundState.CONFIRMED:
        names = _unit_names(db)
        head, deputy = (
            replace(r, published_at=pr.published_at) if r else None
            for r in (_frozen(pr.head, names), _frozen(pr.deputy, names))
        )

        def counted(r: RoundResult | None) -> Counted | None:
            return None if r is None else Counted(r.elected, {c.name: c.votes for c in r.candidates})

        head_elected, deputy_elected, next_head, next_deputy = decide(spec, counted(head), counted(deputy))
        head_elect = spec.head_elect or head_elected
        return ElectionRoundResult(
            pr.number, pr.approval, head, deputy, head_elected, deputy_elected, head_elect,
            next_head, next_deputy, True, pr.confirmed_at, pr.published_at,
        )  # fmt: skip
    count = live_count(db, pr, pass_no)
    head_elect = spec.head_elect or count.head_elected
    extra = _difference_warning(db, election, pr)
    head, deputy = _office_results(db, election, pr, count, head_elect, extra_warnings=extra)
    return ElectionRoundResult(
        pr.number, pr.approval, head, deputy, count.head_elected, count.deputy_elected, head_elect,
        count.next_head, count.next_deputy, False,
    )  # fmt: skip


def election_confirm_problems(db: MeetingFile, number: int | None = None) -> list[str]:
    """Why the round cannot be confirmed now ([] when it can), as :func:`confirm_election_round` checks."""
    return engine.confirm_problems(db, ElectionRound(number))


def confirm_election_round(db: MeetingFile, number: int | None = None) -> ElectionRoundResult:
    """Freeze both offices' results of a round. Refused with no ballots or while double entry differs."""
    kind = ElectionRound(number)
    engine.confirm(db, kind)
    return election_round_result(db, kind.paper_round(db)[1].number)


def reopen_election_round(db: MeetingFile, number: int | None, reason: str, pin: str | None = None) -> None:
    """Unfreeze the latest round (both offices); the reason is logged; needs the PIN when one is set."""
    engine.reopen(db, ElectionRound(number), reason, pin)


def publish_election_round(db: MeetingFile, number: int | None = None) -> ElectionRoundResult:
    """The chair publishes a confirmed round on the projector; logged."""
    kind = ElectionRound(number)
    engine.publish(db, kind)
    return election_round_result(db, kind.paper_round(db)[1].number)


def create_next_round(db: MeetingFile) -> PaperRound:
    """The next round for the offices still undecided (runoff, or open election after a refused proposal)."""
    return paper_round(db, engine.open_next_round(db, ElectionRound()))


# -- the state of the whole election ---------------------------------------------------------


@dataclass(frozen=True)
class Elected:
    unit: Unit
    votes: int
    percent: str  # of the base of the round that decided
    base_label: str
    base: int
    round_number: int
    approval: bool


@dataclass(frozen=True)
class ElectionStatus:
    election: Election | None
    rounds: list[ElectionRoundResult]
    head: Elected | None
    deputy: Elected | None

    @property
    def started(self) -> bool:
        return any(r.confirmed for r in self.rounds)

    @property
    def complete(self) -> bool:
        return self.head is not None and self.deputy is not None


def _elected(db: MeetingFile, name: str, result: RoundResult, rr: ElectionRoundResult) -> Elected | None:
    line = next((c for c in result.candidates if c.name == name), None)
    unit = next((u for u in list_units(db) if line and u.id == line.unit_id), None)
    if unit is None or line is None:
        return None
    return Elected(unit, line.votes, line.percent, result.base_label, result.base, rr.number, rr.approval)


def election_status(db: MeetingFile) -> ElectionStatus:
    """Every round's result, and the head and deputy elected in confirmed rounds."""
    election = get_election(db)
    if election is None:
        return ElectionStatus(None, [], None, None)
    results = [election_round_result(db, pr.number) for pr in paper_rounds(db, election)]
    head = deputy = None
    for r in results:
        if not r.confirmed:
            continue
        if r.head_elected and r.head:
            head = _elected(db, r.head_elected, r.head, r)
        if r.deputy_elected and r.deputy:
            deputy = _elected(db, r.deputy_elected, r.deputy, r)
    return ElectionStatus(election, results, head, deputy)


def elected_units(db: MeetingFile) -> tuple[int | None, int | None]:
    """(head, deputy) unit ids elected for next year, None while undecided."""
    status = election_status(db)
    return (
        status.head.unit.id if status.head else None,
        status.deputy.unit.id if status.deputy else None,
    )


def election_lines(db: MeetingFile) -> list[str]:
    """For ``python main.py election FILE``: the way, each round, the elected."""
    status = election_status(db)
    if status.election is None:
        return ["Chưa có cuộc bầu cụm trưởng, cụm phó."]
    lines: list[str] = [Said("Cách bầu: {0}", status.election.settings.way.label)]
    for r in status.rounds:
        state = "đã xác nhận" if r.confirmed else "chưa xác nhận"
        cast = r.any_result.cast
        lines.append(Said("Vòng {0} ({1}): {2} phiếu", r.number, state, cast))
    for office, elected in ((Office.HEAD, status.head), (Office.DEPUTY, status.deputy)):
        text = (
            Said("{0} ({1} phiếu, vòng {2})", elected.unit.short_name, elected.votes, elected.round_number)
            if elected
            else "chưa bầu"
        )
        lines.append(f"{office.label}: {text}")
    return lines


def add_demo_election(db: MeetingFile, data: dict) -> Election:
    """The demo's election (resources/demo/demo_conference.json): the proposal by rotation, in setup."""
    people = {clean(name): pid for pid, name in db.conn.execute("SELECT id, full_name FROM person")}
    settings = default_settings(db)
    settings.way = Way(data.get("way", "approve"))
    if "committee" in data:
        settings.committee_ids = [people[clean(n)] for n in data["committee"]]
        settings.chief_id = people.get(clean(data.get("chief", "")))
    return save_settings(db, settings)
