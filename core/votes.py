"""The votes of the meeting (suy tôn of a title): their settings, counting committee and rounds.

A vote has one or more rounds. Round 1 holds the candidates (member units in official
order, any subset) and the places; a second round, created after a tie
(core/votes_result.py), holds the tied units and the places left. Each round has its own
state: setup -> entering (the first ballot) -> confirmed (frozen; reopened only with a
reason). The vote's settings change only while round 1 is in setup.

Rounds and their ballots are written by the round engine (core/rounds.py), as
:class:`TitleRound` describes a vote's rounds to it. Typing ballots is in core/ballots.py;
results, confirmation and rounds after the first in core/votes_result.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any

from core import rounds as engine
from core.errors import ValidationError
from core.model import Meeting, Role, Unit, VotingRule, row_id
from core.rounds import (
    Actions,
    Marks,
    RoundState,
    Stack,
    get_round,
    ids_text,
    insert_round,
    last_round,
    list_rounds,
    write_candidates,
)
from core.safety import require_pin
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.tally import Base, PollError, Threshold, places_from_percentage
from core.text import clean


class BallotStyle(StrEnum):
    STRIKE = "strike"  # gạch tên: strike out the names not chosen
    TICK = "tick"  # đánh dấu vào cột "đồng ý" / "không đồng ý"

    @property
    def label(self) -> str:
        return {BallotStyle.STRIKE: "Gạch tên", BallotStyle.TICK: "Đánh dấu đồng ý – không đồng ý"}[self]


class EntryMode(StrEnum):
    """What the numbers the counting committee types mean."""

    STRUCK = "struck"  # the names struck out (không đồng ý)
    KEPT = "kept"  # the names kept (đồng ý)

    @property
    def label(self) -> str:
        return {EntryMode.STRUCK: "Gõ số các tên bị gạch", EntryMode.KEPT: "Gõ số các tên được giữ lại"}[self]


class VoteMethod(StrEnum):
    BALLOTS = "ballots"  # bỏ phiếu kín: paper ballots entered one by one
    HANDS = "hands"  # biểu quyết giơ tay: direct totals per candidate

    @property
    def label(self) -> str:
        return {VoteMethod.BALLOTS: "Bỏ phiếu kín", VoteMethod.HANDS: "Biểu quyết giơ tay"}[self]


VOTING_RULE_LABELS = {
    None: "Theo quy định của hội nghị",
    VotingRule.PER_UNIT: "Mỗi đơn vị một phiếu",
    VotingRule.PER_DELEGATE: "Mỗi đại biểu một phiếu",
}


def default_threshold() -> Threshold:
    return Threshold(1, 2, True, Base.VALID)


@dataclass
class Vote:
    """The settings of one vote. ``candidate_ids`` are unit ids; they are put in official order."""

    title: str
    candidate_ids: list[int] = field(default_factory=list)
    places: int = 1
    places_percent: Fraction | None = None  # when set, places = this % of member units (rounded down)
    max_choices: int | None = None  # None: as many as the places
    threshold: Threshold = field(default_factory=default_threshold)
    blank_valid: bool = True
    ballot_style: BallotStyle = BallotStyle.STRIKE
    entry_mode: EntryMode = EntryMode.STRUCK
    voting_rule: VotingRule | None = None  # None: the meeting's rule
    double_entry: bool = False
    method: VoteMethod = VoteMethod.BALLOTS
    committee_ids: list[int] = field(default_factory=list)  # person ids, in signing order
    chief_id: int | None = None  # Trưởng ban kiểm phiếu, one of committee_ids
    id: int | None = None
    position: int = 0


_VOTE_COLUMNS = (
    "id, position, title, ballot_style, entry_mode, places, places_percent, max_choices, "
    "threshold_numerator, threshold_denominator, threshold_strict, threshold_base, blank_valid, "
    "voting_rule, double_entry, method"
)


def _vote(db: MeetingFile, row: tuple) -> Vote:
    (vid, position, title, style, mode, places, percent, max_choices,
     t_num, t_den, t_strict, t_base, blank_valid, rule, double, method) = row  # fmt: skip
    candidates = [
        r[0]
        for r in db.conn.execute(
            "SELECT rc.unit_id FROM round_candidate rc JOIN vote_round r ON r.id = rc.round_id "
            "WHERE r.vote_id = ? AND r.number = 1 ORDER BY rc.position",
            (vid,),
        )
    ]
    committee = db.conn.execute(
        "SELECT person_id, is_chief FROM vote_committee WHERE vote_id = ? ORDER BY position", (vid,)
    ).fetchall()
    return Vote(
        id=vid,
        position=position,
        title=title,
        candidate_ids=candidates,
        places=places,
        places_percent=Fraction(percent) if percent else None,
        max_choices=max_choices,
        threshold=Threshold(t_num, t_den, bool(t_strict), Base(t_base)),
        blank_valid=bool(blank_valid),
        ballot_style=BallotStyle(style),
        entry_mode=EntryMode(mode),
        voting_rule=VotingRule(rule) if rule else None,
        double_entry=bool(double),
        method=VoteMethod(method),
        committee_ids=[pid for pid, _chief in committee],
        chief_id=next((pid for pid, chief in committee if chief), None),
    )


def list_votes(db: MeetingFile) -> list[Vote]:
    # The suy tôn votes only: the head and deputy election has its own stage (core/head_election.py).
    rows = db.conn.execute(
        f"SELECT {_VOTE_COLUMNS} FROM vote WHERE kind = 'title' ORDER BY position, id"
    ).fetchall()
    return [_vote(db, row) for row in rows]


def get_vote(db: MeetingFile, vote_id: int) -> Vote:
    row = db.conn.execute(f"SELECT {_VOTE_COLUMNS} FROM vote WHERE id = ?", (vote_id,)).fetchone()
    if row is None:
        raise ValidationError(
            Said("Không có cuộc bầu số {0} (python main.py votes FILE liệt kê các cuộc bầu).", vote_id)
        )
    return _vote(db, row)


def vote_state(db: MeetingFile, vote_id: int) -> RoundState:
    """The state of a vote is the state of its latest round."""
    return last_round(db, vote_id).state


def effective_meeting(meeting: Meeting, vote: Vote) -> Meeting:
    """The meeting as seen by this vote: its own voting rule when it has one."""
    return meeting if vote.voting_rule is None else replace(meeting, voting_rule=vote.voting_rule)


# -- validation ------------------------------------------------------------------------


def resolve_places(db: MeetingFile, vote: Vote) -> int:
    """The places of a vote; a percentage is of the member units, rounded down."""
    if vote.places_percent is None:
        return vote.places
    units = db.conn.execute("SELECT COUNT(*) FROM unit").fetchone()[0]
    return places_from_percentage(vote.places_percent, units)


def validate_vote(db: MeetingFile, vote: Vote) -> list[str]:
    """Vietnamese messages naming each wrong field; [] when the vote can be saved."""
    errors: list[str] = []
    if not clean(vote.title):
        errors.append(Said('Trường "Tên cuộc bầu" không được để trống.'))
    unit_ids = {row[0] for row in db.conn.execute("SELECT id FROM unit")}
    if not vote.candidate_ids:
        errors.append(Said('Trường "Danh sách": chọn ít nhất một đơn vị.'))
    elif not set(vote.candidate_ids) <= unit_ids:
        errors.append(Said('Trường "Danh sách": có đơn vị không còn trong hội nghị.'))
    elif len(set(vote.candidate_ids)) != len(vote.candidate_ids):
        errors.append(Said('Trường "Danh sách": một đơn vị được chọn hai lần.'))
    percent_ok = vote.places_percent is None or 0 < vote.places_percent <= 100
    if not percent_ok:
        errors.append(Said('Trường "Tỷ lệ danh hiệu" phải lớn hơn 0 và không quá 100 %.'))
    places = resolve_places(db, vote) if percent_ok else vote.places
    if places < 1:
        errors.append(Said('Trường "Số danh hiệu" phải ít nhất là 1.'))
    elif vote.candidate_ids and places > len(vote.candidate_ids):
        errors.append(
            Said(
                'Trường "Số danh hiệu" ({0}) nhiều hơn số đơn vị trong danh sách ({1}).',
                places,
                len(vote.candidate_ids),
            )
        )
    if vote.max_choices is not None and not 1 <= vote.max_choices <= max(len(vote.candidate_ids), 1):
        errors.append(Said('Trường "Số được chọn tối đa" phải từ 1 đến số đơn vị trong danh sách.'))
    t = vote.threshold
    if not 0 <= t.numerator <= t.denominator:
        errors.append(Said('Trường "Tỷ lệ đạt" không hợp lệ: {0}/{1}.', t.numerator, t.denominator))
    if vote.ballot_style == BallotStyle.TICK and vote.entry_mode != EntryMode.KEPT:
        errors.append(
            Said(
                'Phiếu đánh dấu "đồng ý – không đồng ý": hãy chọn cách nhập "gõ số các tên được giữ '
                'lại" (số các đơn vị được đánh dấu "đồng ý").'
            )
        )
    if vote.method == VoteMethod.HANDS and vote.double_entry:
        errors.append(
            Said('Trường "Nhập phiếu hai lần để đối chiếu": biểu quyết giơ tay không nhập hai lần.')
        )
    errors.extend(committee_errors(db, vote.committee_ids, vote.chief_id))
    return errors


def committee_errors(db: MeetingFile, person_ids: list[int], chief_id: int | None) -> list[str]:
    errors: list[str] = []
    if len(set(person_ids)) != len(person_ids):
        errors.append(Said('Trường "Ban kiểm phiếu": một người được chọn hai lần.'))
    roles = dict(db.conn.execute("SELECT id, role FROM person").fetchall())
    if any(pid not in roles for pid in person_ids):
        errors.append(Said('Trường "Ban kiểm phiếu": có người không còn trong danh sách.'))
    elif any(roles[pid] == Role.GUEST.value for pid in person_ids):
        errors.append(Said('Trường "Ban kiểm phiếu": thành viên phải là đại biểu, không phải khách mời.'))
    if person_ids and chief_id not in person_ids:
        errors.append(Said('Trường "Trưởng ban kiểm phiếu": chọn một người trong Ban kiểm phiếu.'))
    return errors


def _ordered_candidates(db: MeetingFile, unit_ids: list[int]) -> list[int]:
    order = {uid: pos for uid, pos in db.conn.execute("SELECT id, position FROM unit")}
    return sorted(unit_ids, key=lambda uid: order[uid])


def _vote_values(db: MeetingFile, vote: Vote) -> tuple:
    t = vote.threshold
    return (
        clean(vote.title),
        vote.ballot_style.value,
        vote.entry_mode.value,
        resolve_places(db, vote),
        str(vote.places_percent) if vote.places_percent is not None else None,
        vote.max_choices,
        t.numerator,
        t.denominator,
        int(t.strict),
        t.base.value,
        int(vote.blank_valid),
        vote.voting_rule.value if vote.voting_rule else None,
        int(vote.double_entry),
        vote.method.value,
    )


def _round_limits(db: MeetingFile, vote: Vote) -> tuple[int, int]:
    """(places, choices allowed) of round 1: as many choices as places unless set."""
    places = resolve_places(db, vote)
    return places, places if vote.max_choices is None else vote.max_choices


def _details(db: MeetingFile, vote: Vote) -> dict:
    return {
        "title": clean(vote.title),
        "candidates": vote.candidate_ids,
        "places": resolve_places(db, vote),
        "threshold": vote.threshold.describe(),
        "committee": vote.committee_ids,
        "chief": vote.chief_id,
    }


def write_committee(conn, vote_id: int, person_ids: list[int], chief_id: int | None) -> None:
    conn.execute("DELETE FROM vote_committee WHERE vote_id = ?", (vote_id,))
    conn.executemany(
        "INSERT INTO vote_committee (vote_id, person_id, position, is_chief) VALUES (?, ?, ?, ?)",
        [(vote_id, pid, i, int(pid == chief_id)) for i, pid in enumerate(person_ids, start=1)],
    )


def _check(db: MeetingFile, vote: Vote) -> None:
    try:
        errors = validate_vote(db, vote)
    except PollError as error:
        errors = [str(error)]
    if errors:
        raise ValidationError(errors)


# -- writing ---------------------------------------------------------------------------


def add_vote(db: MeetingFile, vote: Vote) -> Vote:
    """Add a vote with its round 1 (in setup). Returns it as stored."""
    details: dict = {}
    with db.transaction("vote.add", details):
        vote_id = insert_vote(db, vote, details)
    return get_vote(db, vote_id)


def insert_vote(db: MeetingFile, vote: Vote, details: dict) -> int:
    """Inside an open transaction: check and write a vote with its round 1 (in setup), filling
    ``details`` for the action's event; returns its id. core/titles.py opens a title's vote so."""
    conn = db.conn
    _check(db, vote)
    candidates = _ordered_candidates(db, vote.candidate_ids)
    details.update(_details(db, vote))
    position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM vote").fetchone()[0]
    cursor = conn.execute(
        f"INSERT INTO vote ({_VOTE_COLUMNS}) VALUES (?, ?, {', '.join('?' * 14)})",
        (vote.id, position, *_vote_values(db, vote)),
    )
    vote_id = inserted_id(cursor)
    insert_round(conn, vote_id, 1, *_round_limits(db, vote), candidates)
    write_committee(conn, vote_id, vote.committee_ids, vote.chief_id)
    return vote_id


def started_problem(db: MeetingFile, vote_id: int, action: str) -> str | None:
    """Why ``action`` (editing or deleting the vote) is refused: counting has begun; None in setup."""
    rounds = list_rounds(db, vote_id)
    if len(rounds) > 1 or rounds[0].state != RoundState.SETUP:
        return Said(
            "Không thể {0}: cuộc bầu đã bắt đầu kiểm phiếu. Chỉ sửa được khi chưa nhập phiếu nào.", action
        )
    return None


def _require_setup(db: MeetingFile, vote_id: int, action: str) -> None:
    problem = started_problem(db, vote_id, action)
    if problem is not None:
        raise ValidationError(problem)


def update_vote(db: MeetingFile, vote: Vote) -> Vote:
    """Change the settings of a vote still in setup (no ballot entered yet)."""
    assert vote.id is not None
    columns = [c.strip() for c in _VOTE_COLUMNS.split(",")][2:]
    details: dict = {"id": vote.id}
    with db.transaction("vote.update", details) as conn:
        get_vote(db, vote.id)
        _require_setup(db, vote.id, Said("sửa cuộc bầu"))  # no ballot has come in meanwhile
        _check(db, vote)
        details.update(_details(db, vote))
        conn.execute(
            f"UPDATE vote SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            (*_vote_values(db, vote), vote.id),
        )
        round_id = conn.execute(
            "SELECT id FROM vote_round WHERE vote_id = ? AND number = 1", (vote.id,)
        ).fetchone()[0]
        conn.execute(
            "UPDATE vote_round SET places = ?, max_choices = ? WHERE id = ?",
            (*_round_limits(db, vote), round_id),
        )
        write_candidates(conn, round_id, _ordered_candidates(db, vote.candidate_ids))
        write_committee(conn, vote.id, vote.committee_ids, vote.chief_id)
    return get_vote(db, vote.id)


def delete_vote(db: MeetingFile, vote_id: int, reason: str | None = None, pin: str | None = None) -> Vote:
    """Delete a vote. Once ballots are in, only with a reason (logged with the ballots' count)
    and the organizers' PIN when one is set: a vote set up wrongly and counted would otherwise stay
    in the record for good. A confirmed result must be reopened first."""
    details: dict = {"id": vote_id}
    with db.transaction("vote.delete", details) as conn:
        vote = get_vote(db, vote_id)
        if started_problem(db, vote_id, Said("xóa cuộc bầu")) is not None:
            if any(r.state == RoundState.CONFIRMED for r in list_rounds(db, vote_id)):
                raise ValidationError(
                    Said("Cuộc bầu có vòng đã xác nhận kết quả: muốn xóa phải mở lại kết quả trước.")
                )
            why = clean(reason or "")
            if not why:
                raise ValidationError(
                    Said(
                        'Trường "Lý do xóa": cuộc bầu đã nhập phiếu, phải ghi lý do xóa (được ghi vào nhật ký).'
                    )
                )
            require_pin(db, pin, "xóa cuộc bầu đã nhập phiếu")
            details["reason"] = why
            details["ballots"] = conn.execute(
                "SELECT COUNT(*) FROM ballot_entry e JOIN vote_round r ON r.id = e.round_id WHERE r.vote_id = ?",
                (vote_id,),
            ).fetchone()[0]
        details["title"] = vote.title
        conn.execute("DELETE FROM vote WHERE id = ?", (vote_id,))
    return vote


def set_committee(db: MeetingFile, vote_id: int, person_ids: list[int], chief_id: int | None) -> None:
    """Choose the counting committee; allowed until the latest round is confirmed."""
    details: dict = {"id": vote_id, "committee": person_ids, "chief": chief_id}
    with db.transaction("vote.committee", details) as conn:
        vote = get_vote(db, vote_id)
        if vote_state(db, vote_id) == RoundState.CONFIRMED:
            raise ValidationError(Said("Kết quả đã xác nhận: muốn đổi Ban kiểm phiếu phải mở lại kết quả."))
        errors = committee_errors(db, person_ids, chief_id)
        if errors:
            raise ValidationError(errors)
        details["title"] = vote.title
        write_committee(conn, vote_id, person_ids, chief_id)


def record_issued(db: MeetingFile, round_id: int, issued: int) -> None:
    """The number of ballots issued (printed and handed out), for the minutes."""
    engine.record_issued(db, TitleRound(round_id), issued)


TITLE_ACTIONS = Actions(
    add="ballot.add",
    correct="ballot.correct",
    delete="ballot.delete",
    issued="vote.issued",
    confirm="vote.confirm",
    reopen="vote.reopen",
    publish="vote.publish",
    next_round="vote.second_round",
)


@dataclass(frozen=True)
class TitleRound:
    """A suy tôn vote's round as the round engine writes it: one office, the title (``round_id``),
    or the latest round of the vote ``vote_id``. Counting it is core.votes_result.TitleResults'."""

    round_id: int | None = None
    vote_id: int | None = None
    actions = TITLE_ACTIONS

    def stack(self, db: MeetingFile) -> Stack:
        if self.round_id is not None:
            rnd = get_round(db, self.round_id)
        elif self.vote_id is not None:
            get_vote(db, self.vote_id)  # says which vote is missing
            rnd = last_round(db, self.vote_id)
        else:
            raise ValueError("TitleRound names a round or a vote")
        vote = get_vote(db, rnd.vote_id)
        return Stack(
            number=rnd.number,
            rounds=(rnd,),
            offices=("title",),
            latest=last_round(db, rnd.vote_id).number,
            double_entry=vote.double_entry,
            hands=vote.method == VoteMethod.HANDS,
        )

    def where(self, stack: Stack) -> dict[str, Any]:
        return {"vote": stack.rounds[0].vote_id, "round": stack.number}

    def marks_details(self, stack: Stack, marks: Marks) -> dict[str, Any]:
        return {"choices": ids_text(marks.choices.get("title", ()))}

    def off_list(self, office: str) -> str:
        return Said("Phiếu chọn một đơn vị không có trong danh sách của vòng này.")


def committee(db: MeetingFile, vote: Vote) -> list[tuple[str, str, bool]]:
    """(full name, position, is chief) of the committee, the chief first."""
    rows = []
    for pid in vote.committee_ids:
        row = db.conn.execute("SELECT full_name, position FROM person WHERE id = ?", (pid,)).fetchone()
        if row:
            rows.append((row[0], row[1], pid == vote.chief_id))
    return sorted(rows, key=lambda r: not r[2])


def _demo_unit(units: list[Unit], name: str) -> Unit:
    from core.units import find_unit

    unit = find_unit(units, name)
    if unit is None:
        raise ValidationError(Said('Hội nghị mẫu: không có đơn vị "{0}".', name))
    return unit


def add_demo_votes(db: MeetingFile, entries: list[dict]) -> None:
    """The votes of the demo conference (resources/demo/demo_conference.json), in setup."""
    from core.units import list_units

    units = list_units(db)
    people = {clean(name): pid for pid, name in db.conn.execute("SELECT id, full_name FROM person")}
    for data in entries:
        if data.get("candidates", "all") == "all":
            candidates = [row_id(u) for u in units]
        else:
            candidates = [row_id(_demo_unit(units, name)) for name in data["candidates"]]
        t = data.get("threshold", {})
        add_vote(
            db,
            Vote(
                title=data["title"],
                candidate_ids=candidates,
                places=data.get("places", 1),
                max_choices=data.get("max_choices"),
                threshold=Threshold(
                    t.get("numerator", 1),
                    t.get("denominator", 2),
                    t.get("strict", True),
                    t.get("base", "valid"),
                ),
                blank_valid=data.get("blank_valid", True),
                ballot_style=BallotStyle(data.get("ballot_style", "strike")),
                entry_mode=EntryMode(data.get("entry_mode", "struck")),
                double_entry=data.get("double_entry", False),
                committee_ids=[people[clean(name)] for name in data.get("committee", [])],
                chief_id=people.get(clean(data.get("chief", ""))),
            ),
        )
