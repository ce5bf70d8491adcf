"""Every figure that appears on two documents printed at one moment is the same figure.

A day with everything that makes counting hard: a substitute for one absent delegate, another
delegate absent with nobody in their place, a delegate added at the desk (not on the list), a
guest who came and one who did not, a vote confirmed just before printing. Every document is
printed, its text read back, and the attendance figures each one states are compared, under both
voting rules (one vote per unit, one per delegate). The issue this guards: the counting minutes
said "có mặt 39, vắng 1" while the attendance report said "có mặt 38, vắng 2, thay thế 1".
"""

import re
from dataclasses import replace

import pytest

from core.ballots import add_entry
from core.documents.catalog import PrintOptions, render
from core.meetings import load_meeting, save_meeting
from core.model import Person, QuorumBase, QuorumRule, Role, VotingRule
from core.registration import RegistrationDesk
from core.votes import list_rounds, list_votes, record_issued
from core.votes_result import confirm_round
from tests.pdf_text import all_text


def flat(pdf: bytes) -> str:
    return " ".join(all_text(pdf).split())


def find(desk: RegistrationDesk, name: str) -> Person:
    return next(e.person for e in desk.entries if e.person.full_name == name)


def figures(pattern: str, text: str, document: str) -> tuple[int, ...]:
    match = re.search(pattern, text)
    assert match, f"{document}: no {pattern!r} in {text[:3000]}"
    return tuple(int(g) for g in match.groups())


@pytest.fixture(params=[VotingRule.PER_UNIT, VotingRule.PER_DELEGATE], ids=["per-unit", "per-delegate"])
def day(request, demo_db):
    """The demo meeting at 10:00: who came, who did not, a vote confirmed."""
    rule = request.param
    meeting = load_meeting(demo_db)
    quorum = QuorumRule(2, 3, False, QuorumBase.UNITS if rule == VotingRule.PER_UNIT else QuorumBase.VOTERS)
    save_meeting(demo_db, replace(meeting, voting_rule=rule, quorum=quorum))
    desk = RegistrationDesk(demo_db)
    away = {"Kiều Văn Lực", "Trần Thị Thu Hà"}  # the first is replaced, the second absent
    for entry in desk.entries:
        if entry.person.role != Role.GUEST and entry.person.full_name not in away:
            desk.check_in(entry.person.id)
    desk.check_in(find(desk, "Tán Văn Bảo").id)  # one guest of two
    desk.walk_in(Person("Ngô Văn Thay", position="Chuyên viên"), substitute_for=find(desk, "Kiều Văn Lực").id)
    desk.walk_in(Person("Trần Văn Mới", Role.DELEGATE, "Chuyên viên", desk.units[0].id))  # not on the list
    vote = list_votes(demo_db)[0]
    rnd = list_rounds(demo_db, vote.id)[0]
    voters = desk.counts().voters_present
    record_issued(demo_db, rnd.id, voters)
    for number in range(voters):
        add_entry(demo_db, rnd.id, [c.unit_id for c in rnd.candidates[: 1 + number % 3]])
    confirm_round(demo_db, rnd.id)
    return demo_db, rule, vote


def test_every_figure_on_two_documents_agrees(day):
    db, rule, vote = day
    texts = {
        kind: flat(render(db, kind, PrintOptions(vote_id=vote.id)))
        for kind in ("attendance", "attendance-report", "minutes")
    }
    delegate_list = figures(
        r"Có mặt \(đến [^)]*\): (\d+)/(\d+) đại biểu \(trong đó (\d+) người dự thay\), vắng (\d+)",
        texts["attendance"],
        "danh sách đại biểu",
    )
    present, convened, substitutes, absent = delegate_list
    report = figures(
        r"Đại biểu được triệu tập: (\d+); có mặt: (\d+) \(trong đó (\d+) người dự thay\); vắng: (\d+)\.",
        texts["attendance-report"],
        "báo cáo có mặt",
    )
    assert report == (convened, present, substitutes, absent)
    assert figures(r"Tổng cộng (\d+) (\d+) (\d+) (\d+)", texts["attendance-report"], "báo cáo: bảng") == (
        convened, present, absent, substitutes,
    )  # fmt: skip
    assert present + absent == convened
    assert (convened, present, substitutes, absent) == (36, 35, 1, 1)  # the walk-in is not convened

    units = figures(r"(\d+)/(\d+) đơn vị,", texts["attendance"], "danh sách: đơn vị")
    assert units == figures(
        r"Đơn vị thành viên có đại biểu dự: (\d+)/(\d+)\.", texts["attendance-report"], "báo cáo"
    )
    guests = figures(r"(\d+)/(\d+) khách mời\.", texts["attendance"], "danh sách: khách mời")
    assert guests == figures(r"Khách mời có mặt: (\d+)/(\d+)\.", texts["attendance-report"], "báo cáo")
    assert guests == (1, 2)

    voters = figures(
        r"Có quyền biểu quyết có mặt: (\d+)/(\d+)", texts["attendance-report"], "báo cáo: biểu quyết"
    )
    who = "đơn vị thành viên" if rule == VotingRule.PER_UNIT else "đại biểu"
    minutes = figures(
        rf"Tổng số {who} được triệu tập (\d+) Số {who} có mặt (\d+) Số {who} vắng mặt (\d+)",
        texts["minutes"],
        "biên bản kiểm phiếu",
    )
    assert minutes == (voters[1], voters[0], voters[1] - voters[0])
    if rule == VotingRule.PER_DELEGATE:  # the minutes count the same delegates as the lists
        assert minutes == (convened, present, absent)
    else:
        assert minutes == (units[1], units[0], units[1] - units[0])
    issued = figures(r"Số phiếu phát ra (\d+)", texts["minutes"], "biên bản: phiếu phát ra")[0]
    assert issued == voters[0]
