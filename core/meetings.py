"""Reading and writing the meeting's own record and next year's key tasks."""

from __future__ import annotations

from dataclasses import asdict

from core.errors import ValidationError
from core.model import KeyTask, Meeting, QuorumBase, QuorumRule, VotingRule
from core.said import Said
from core.storage import MeetingFile
from core.text import clean
from core.values import stored_date

_COLUMNS = (
    "commission, cluster, members_description, title, year, next_year, venue, place, date, "
    "host_unit_id, letterhead, quorum_numerator, quorum_denominator, quorum_strict, "
    "quorum_base, voting_rule, current_head_unit_id, current_deputy_unit_id"
)


def load_meeting(db: MeetingFile) -> Meeting:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM meeting WHERE id = 1").fetchone()
    if row is None:
        return Meeting()
    (commission, cluster, members, title, year, next_year, venue, place, day, host, letterhead,
     q_num, q_den, q_strict, q_base, voting_rule, head, deputy) = row  # fmt: skip
    return Meeting(
        commission=commission,
        cluster=cluster,
        members_description=members,
        title=title,
        year=year,
        next_year=next_year,
        venue=venue,
        place=place,
        date=stored_date(day, "bảng meeting, cột date (ngày hội nghị)"),
        host_unit_id=host,
        letterhead=tuple(line for line in letterhead.split("\n") if line),
        quorum=QuorumRule(q_num, q_den, bool(q_strict), QuorumBase(q_base)),
        voting_rule=VotingRule(voting_rule),
        current_head_unit_id=head,
        current_deputy_unit_id=deputy,
    )


def validate_meeting(meeting: Meeting) -> list[str]:
    """Vietnamese messages naming each field that is wrong; empty when all is well."""
    errors: list[str] = []
    if not clean(meeting.cluster):
        errors.append(Said('Trường "Tên cụm thi đua" không được để trống.'))
    if not 1900 <= meeting.year <= 2200:
        errors.append(Said('Trường "Năm tổng kết" không hợp lệ: {0}.', meeting.year))
    if meeting.next_year != meeting.year + 1:
        errors.append(Said('Trường "Năm giao ước" phải là năm sau năm tổng kết ({0}).', meeting.year + 1))
    q = meeting.quorum
    if q.denominator <= 0 or not 0 < q.numerator <= q.denominator:
        errors.append(
            Said('Trường "Tỷ lệ tối thiểu có mặt" không hợp lệ: {0}/{1}.', q.numerator, q.denominator)
        )
    if (
        meeting.current_head_unit_id is not None
        and meeting.current_head_unit_id == meeting.current_deputy_unit_id
    ):
        errors.append(Said('Trường "Cụm phó": cụm trưởng và cụm phó phải là hai đơn vị khác nhau.'))
    return errors


def save_meeting(db: MeetingFile, meeting: Meeting) -> None:
    errors = validate_meeting(meeting)
    if errors:
        raise ValidationError(errors)
    m = meeting
    values = (
        clean(m.commission), clean(m.cluster), clean(m.members_description), clean(m.title),
        m.year, m.next_year, clean(m.venue), clean(m.place), m.date.isoformat(), m.host_unit_id,
        "\n".join(clean(line) for line in m.letterhead if clean(line)),
        m.quorum.numerator, m.quorum.denominator, int(m.quorum.strict), m.quorum.base.value,
        m.voting_rule.value, m.current_head_unit_id, m.current_deputy_unit_id,
    )  # fmt: skip
    placeholders = ", ".join("?" * len(values))
    details = {k: v for k, v in asdict(m).items() if k != "quorum"} | {"quorum": m.quorum.describe()}
    with db.transaction("meeting.save", details) as conn:
        conn.execute(f"INSERT OR REPLACE INTO meeting (id, {_COLUMNS}) VALUES (1, {placeholders})", values)


def load_key_tasks(db: MeetingFile) -> list[KeyTask]:
    rows = db.conn.execute("SELECT id, position, content FROM key_task ORDER BY position")
    return [KeyTask(id=i, position=p, content=c) for i, p, c in rows]


def replace_key_tasks(db: MeetingFile, contents: list[str]) -> None:
    tasks = [clean(c) for c in contents if clean(c)]
    with db.transaction("key_tasks.replace", {"tasks": tasks}) as conn:
        conn.execute("DELETE FROM key_task")
        conn.executemany(
            "INSERT INTO key_task (position, content) VALUES (?, ?)",
            [(i, c) for i, c in enumerate(tasks, start=1)],
        )
