"""Votes: settings, rounds, ballot entries, double entry, confirm/reopen, secrecy, show of hands."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.attendance import check_in
from core.audit import verify_connection
from core.ballots import (
    INVALID_REASONS,
    add_entry,
    choices_from_text,
    compare_passes,
    correct_entry,
    current_entries,
    delete_entry,
    describe,
    differences,
    direct_totals_problems,
    history,
    parse_numbers,
    set_direct_totals,
    text_for_choices,
)
from core.demo import write_demo
from core.errors import ValidationError
from core.model import Role
from core.people import delete_person, list_people
from core.storage import MeetingFile
from core.tally import Base, InvalidBallot, Poll, Threshold, tally
from core.units import list_units
from core.votes import (
    BallotStyle,
    EntryMode,
    RoundState,
    Vote,
    VoteMethod,
    add_vote,
    delete_vote,
    get_vote,
    last_round,
    list_rounds,
    list_votes,
    record_issued,
    set_committee,
    update_vote,
)
from core.votes_count import RunningCount
from core.votes_result import (
    confirm_round,
    create_second_round,
    delete_round,
    publish_round,
    reopen_round,
    round_result,
    summary,
)

DEMO_TITLE = "Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2019"


@pytest.fixture
def db(tmp_path):
    db = write_demo(tmp_path / "m.thidua")
    yield db
    db.close()


def heads_present(db: MeetingFile, count: int = 12) -> None:
    heads = [p for p in list_people(db) if p.role == Role.HEAD]
    for person in heads[:count]:
        check_in(db, person.id)


def small_vote(db: MeetingFile, **changes) -> Vote:
    units = list_units(db)
    fields = {"title": "Cờ thi đua", "candidate_ids": [u.id for u in units[:5]], "places": 2} | changes
    return add_vote(db, Vote(**fields))


def enter(db, vote, rnd, *typed, pass_no=1):
    return [add_entry(db, rnd.id, choices_from_text(vote, rnd, t), pass_no=pass_no) for t in typed]


# -- settings ----------------------------------------------------------------------------


def test_demo_has_a_ready_vote_in_setup(db):
    [vote] = list_votes(db)
    assert vote.title == DEMO_TITLE
    assert vote.places == 4 and len(vote.candidate_ids) == 12
    assert vote.threshold == Threshold(1, 2, True, Base.VALID)
    rnd = last_round(db, vote.id)
    assert rnd.state == RoundState.SETUP and rnd.max_choices == 4
    assert [c.stt for c in rnd.candidates] == list(range(1, 13))
    assert current_entries(db, rnd.id) == []
    assert vote.chief_id in vote.committee_ids and len(vote.committee_ids) == 3


def test_candidates_are_put_in_official_order(db):
    units = list_units(db)
    vote = small_vote(db, candidate_ids=[units[4].id, units[0].id, units[2].id])
    rnd = last_round(db, vote.id)
    assert [c.short_name for c in rnd.candidates] == [
        units[0].short_name,
        units[2].short_name,
        units[4].short_name,
    ]


def test_places_from_a_percentage_of_member_units_round_down(db):
    vote = small_vote(db, candidate_ids=[u.id for u in list_units(db)], places_percent=Fraction(20))
    assert vote.places == 2  # 20 % of 12 units = 2.4
    assert last_round(db, vote.id).places == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "Tên cuộc bầu"),
        ({"candidate_ids": []}, "Danh sách"),
        ({"places": 6}, "Số danh hiệu"),
        ({"places": 0}, "Số danh hiệu"),
        ({"max_choices": 9}, "Số được chọn tối đa"),
        ({"threshold": Threshold(3, 2, True, Base.VALID)}, "Tỷ lệ đạt"),
        ({"ballot_style": BallotStyle.TICK, "entry_mode": EntryMode.STRUCK}, "đồng ý"),
        ({"committee_ids": [1, 2], "chief_id": None}, "Trưởng ban"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(db, changes, field):
    before = len(list_votes(db))
    with pytest.raises(ValidationError) as error:
        small_vote(db, **changes)
    assert field in str(error.value)
    assert len(list_votes(db)) == before


def test_a_guest_cannot_sit_on_the_counting_committee(db):
    guest = next(p for p in list_people(db) if p.role == Role.GUEST)
    with pytest.raises(ValidationError, match="khách mời"):
        small_vote(db, committee_ids=[guest.id], chief_id=guest.id)


def test_settings_change_only_in_setup(db):
    vote = small_vote(db)
    vote.title = "Bằng khen"
    vote.places = 3
    update_vote(db, vote)
    assert get_vote(db, vote.id).title == "Bằng khen"
    assert last_round(db, vote.id).places == 3
    rnd = last_round(db, vote.id)
    enter(db, vote, rnd, "")
    assert last_round(db, vote.id).state == RoundState.ENTERING
    with pytest.raises(ValidationError, match="đã bắt đầu kiểm phiếu"):
        update_vote(db, vote)
    with pytest.raises(ValidationError, match="Lý do xóa"):
        delete_vote(db, vote.id)  # counted: only with a reason


def test_a_vote_counted_by_mistake_is_deleted_with_a_reason_and_the_pin(db):
    """A new organizer's vote set up wrongly and counted stayed in the record for good."""
    from core.safety import PinRequired, set_pin

    vote = small_vote(db)
    enter(db, vote, last_round(db, vote.id), "")
    set_pin(db, "2468")
    with pytest.raises(PinRequired):
        delete_vote(db, vote.id, reason="Tạo nhầm cách nhập phiếu")
    delete_vote(db, vote.id, reason="Tạo nhầm cách nhập phiếu", pin="2468")
    assert [v.title for v in list_votes(db)] == [DEMO_TITLE]
    [event] = db.conn.execute("SELECT details FROM event WHERE action = 'vote.delete'").fetchall()
    assert '"ballots": 1' in event[0] and "Tạo nhầm" in event[0]
    assert verify_connection(db.conn, "").ok


def test_a_confirmed_vote_is_not_deleted_before_it_is_reopened(db):
    vote = small_vote(db)
    rnd = last_round(db, vote.id)
    for _ in range(3):
        enter(db, vote, rnd, "")
    confirm_round(db, rnd.id)
    with pytest.raises(ValidationError, match="mở lại kết quả trước"):
        delete_vote(db, vote.id, reason="nhầm")


def test_delete_a_vote_in_setup(db):
    vote = small_vote(db)
    delete_vote(db, vote.id)
    assert [v.title for v in list_votes(db)] == [DEMO_TITLE]


def test_committee_can_change_until_confirmed(db):
    vote = list_votes(db)[0]
    people = [p.id for p in list_people(db) if p.role != Role.GUEST][:2]
    set_committee(db, vote.id, people, people[1])
    assert get_vote(db, vote.id).chief_id == people[1]
    # Deleting a member takes them off the committee.
    delete_person(db, people[0])
    assert get_vote(db, vote.id).committee_ids == [people[1]]


# -- typing ------------------------------------------------------------------------------


def test_parse_numbers():
    assert parse_numbers("", 12) is None
    assert parse_numbers("   ", 12) is None
    assert parse_numbers("0", 12) == []
    assert parse_numbers("3 5 12", 12) == [3, 5, 12]
    assert parse_numbers("3+5.12", 12) == [3, 5, 12]  # the numeric keypad
    assert parse_numbers("357", 9) == [3, 5, 7]  # under 10 names, each digit is a number
    for text, message in [("13", "không có trong danh sách"), ("3 3", "hai lần"), ("0 1", "Số 0")]:
        with pytest.raises(ValidationError, match=message):
            parse_numbers(text, 12)


def test_typed_numbers_per_style_and_mode(db):
    units = list_units(db)[:5]
    ids = [u.id for u in units]
    struck = small_vote(db, title="A", entry_mode=EntryMode.STRUCK, max_choices=5)
    kept = small_vote(db, title="B", entry_mode=EntryMode.KEPT, max_choices=5)
    tick = small_vote(db, title="C", ballot_style=BallotStyle.TICK, entry_mode=EntryMode.KEPT, max_choices=5)
    r = {v.id: last_round(db, v.id) for v in (struck, kept, tick)}
    assert choices_from_text(struck, r[struck.id], "") == frozenset(ids)  # left as printed
    assert choices_from_text(struck, r[struck.id], "1 2") == frozenset(ids[2:])
    assert choices_from_text(struck, r[struck.id], "0") == frozenset()
    assert choices_from_text(kept, r[kept.id], "") == frozenset(ids)
    assert choices_from_text(kept, r[kept.id], "1 2") == frozenset(ids[:2])
    assert choices_from_text(tick, r[tick.id], "") == frozenset()  # nothing ticked
    assert choices_from_text(tick, r[tick.id], "4") == frozenset([ids[3]])


@given(chosen=st.sets(st.integers(0, 4)), style_mode=st.sampled_from(["struck", "kept", "tick"]))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_text_for_choices_is_the_inverse_of_typing(db, chosen, style_mode):
    if not hasattr(db, "_votes_by_mode"):
        db._votes_by_mode = {
            "struck": small_vote(db, title="S", max_choices=5),
            "kept": small_vote(db, title="K", entry_mode=EntryMode.KEPT, max_choices=5),
            "tick": small_vote(
                db, title="T", ballot_style=BallotStyle.TICK, entry_mode=EntryMode.KEPT, max_choices=5
            ),
        }
    vote = db._votes_by_mode[style_mode]
    rnd = last_round(db, vote.id)
    choices = frozenset(rnd.candidates[i].unit_id for i in chosen)
    assert choices_from_text(vote, rnd, text_for_choices(vote, rnd, choices)) == choices


# -- entries -----------------------------------------------------------------------------


def test_entries_corrections_and_deletions_are_appended(db):
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    first, second, third = enter(db, vote, rnd, "1 2 3 4", "5 6 7 8", "")
    fixed = correct_entry(db, second.id, choices_from_text(vote, rnd, "5 6 7 9"), reason="gõ nhầm")
    delete_entry(db, third.id, reason="nhập trùng")
    current = current_entries(db, rnd.id)
    assert [e.seq for e in current] == [1, 2]
    assert current[1].id == fixed.id and fixed.seq == 2 and fixed.kind == "correction"
    assert [h.kind for h in history(db, rnd.id)] == ["ballot", "ballot", "ballot", "correction", "deletion"]
    with pytest.raises(ValidationError, match="đã được sửa hoặc xóa"):
        correct_entry(db, second.id, [], reason="lại")
    with pytest.raises(ValidationError, match="Lý do"):
        delete_entry(db, first.id, reason=" ")
    actions = [row[0] for row in db.conn.execute("SELECT action FROM event WHERE action LIKE 'ballot.%'")]
    assert actions == ["ballot.add"] * 3 + ["ballot.correct", "ballot.delete"]


def test_an_invalid_ballot_needs_a_reason_and_is_counted_invalid(db):
    heads_present(db)
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    with pytest.raises(ValidationError, match="lý do"):
        add_entry(db, rnd.id, invalid_reason="  ")
    add_entry(db, rnd.id, invalid_reason=INVALID_REASONS[0])
    enter(db, vote, rnd, "", "2 5 6 8")  # left as printed: 12 kept > 4: the engine rejects it
    result = round_result(db, rnd.id)
    assert (result.cast, result.valid, result.invalid) == (3, 1, 2)
    reasons = dict(result.invalid_reasons)
    assert reasons[INVALID_REASONS[0]] == 1
    assert any("quá số lượng" in r for r in reasons)


def test_entries_never_record_who_cast_them(db):
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(ballot_entry)")}
    assert columns == {
        "id",
        "round_id",
        "pass",
        "seq",
        "kind",
        "choices",
        "invalid_reason",
        "replaces",
        "reason",
    }
    foreign = {row[2] for row in db.conn.execute("PRAGMA foreign_key_list(ballot_entry)")}
    assert foreign == {"vote_round", "ballot_entry"}  # nothing points to a person
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    heads_present(db)
    enter(db, vote, rnd, "1 2 3 4")
    details = db.conn.execute("SELECT details FROM event WHERE action = 'ballot.add'").fetchone()[0]
    assert set(json.loads(details)) == {"vote", "round", "pass", "seq", "choices"}


def test_a_ballot_for_a_unit_not_in_the_round_is_refused(db):
    vote = small_vote(db)
    rnd = last_round(db, vote.id)
    outsider = list_units(db)[-1].id
    with pytest.raises(ValidationError, match="không có trong danh sách"):
        add_entry(db, rnd.id, [outsider])


# -- result, confirm, reopen ---------------------------------------------------------------


def test_confirm_freezes_the_result_and_the_attendance_numbers(db):
    heads_present(db, 10)
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    record_issued(db, rnd.id, 10)
    enter(db, vote, rnd, *["2 5 6 8"] * 9, "1 2 3")
    result = confirm_round(db, rnd.id)
    assert result.elected == ("Quảng Nam", "Phú Yên", "Khánh Hòa", "Kon Tum")
    assert (result.entitled, result.present, result.issued) == (12, 10, 10)
    assert result.warnings == ()
    # More people arrive afterwards: the confirmed minutes do not change.
    heads_present(db, 12)
    again = round_result(db, rnd.id)
    assert (again.present, again.confirmed_at) == (10, result.confirmed_at)
    with pytest.raises(ValidationError, match="đã xác nhận"):
        enter(db, vote, rnd, "1")
    with pytest.raises(ValidationError, match="đã xác nhận"):
        record_issued(db, rnd.id, 12)
    with pytest.raises(ValidationError, match="Lý do"):
        reopen_round(db, rnd.id, "   ")
    reopen_round(db, rnd.id, "Ban kiểm phiếu đếm lại")
    assert round_result(db, rnd.id).present == 12
    actions = [row[0] for row in db.conn.execute("SELECT action FROM event WHERE action LIKE 'vote.%'")]
    assert actions[-2:] == ["vote.confirm", "vote.reopen"]
    assert (
        "Ban kiểm phiếu đếm lại"
        in db.conn.execute("SELECT details FROM event ORDER BY seq DESC").fetchone()[0]
    )


def test_confirm_needs_ballots_and_publish_needs_confirmation(db):
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    with pytest.raises(ValidationError, match="Chưa nhập phiếu"):
        confirm_round(db, rnd.id)
    enter(db, vote, rnd, "1 2")
    with pytest.raises(ValidationError, match="đã xác nhận"):
        publish_round(db, rnd.id)
    confirm_round(db, rnd.id)
    assert publish_round(db, rnd.id).published_at


def test_tie_then_second_round_for_the_places_left(db):
    heads_present(db)
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    enter(db, vote, rnd, *["2 5 6 8"] * 5, *["2 5 6 9"] * 5, "2 5 8 9")
    with pytest.raises(ValidationError, match="xác nhận"):
        create_second_round(db, vote.id)
    first = confirm_round(db, rnd.id)
    assert first.tied == ("Kon Tum", "Gia Lai") and first.places_left == 1
    second = create_second_round(db, vote.id)
    assert (second.number, second.places, second.max_choices) == (2, 1, 1)
    assert [(c.stt, c.short_name) for c in second.candidates] == [(1, "Kon Tum"), (2, "Gia Lai")]
    with pytest.raises(ValidationError, match="vòng 2"):
        reopen_round(db, rnd.id, "thử")
    enter(db, vote, second, *["1"] * 7, *["2"] * 4)
    final = confirm_round(db, second.id)
    assert final.elected == ("Kon Tum",)
    s = summary(db, vote.id)
    assert s.acclaimed == ("Quảng Nam", "Phú Yên", "Khánh Hòa", "Kon Tum") and s.complete


def test_an_empty_second_round_can_be_cancelled(db):
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    enter(db, vote, rnd, *["2 5 6 8"] * 2, *["2 5 6 9"] * 2, "2 5 8 9")
    confirm_round(db, rnd.id)
    second = create_second_round(db, vote.id)
    delete_round(db, second.id)
    assert len(list_rounds(db, vote.id)) == 1


# -- double entry ----------------------------------------------------------------------------


def test_double_entry_differences_block_confirmation_until_resolved(db):
    vote = small_vote(db, double_entry=True)
    rnd = last_round(db, vote.id)
    enter(db, vote, rnd, "1", "2", "3", pass_no=1)
    wrong = enter(db, vote, rnd, "1", "4", "3", pass_no=2)
    [diff] = differences(db, rnd.id)
    assert diff.first.seq == 2 and diff.second.seq == 2
    with pytest.raises(ValidationError, match="khác nhau"):
        confirm_round(db, rnd.id)
    correct_entry(db, wrong[1].id, choices_from_text(vote, rnd, "2"), reason="đối chiếu phiếu giấy")
    assert differences(db, rnd.id) == []
    confirm_round(db, rnd.id)


def test_pass_two_only_with_double_entry(db):
    vote = small_vote(db)
    with pytest.raises(ValidationError, match="một lần"):
        add_entry(db, last_round(db, vote.id).id, [], pass_no=2)


def test_compare_passes_aligns_a_skipped_ballot(db):
    vote = small_vote(db, double_entry=True, max_choices=5)
    rnd = last_round(db, vote.id)
    a = enter(db, vote, rnd, "1", "2", "3", "4", pass_no=1)
    b = enter(db, vote, rnd, "1", "3", "4", pass_no=2)  # ballot 2 skipped in pass 2
    [d] = compare_passes(a, b)
    assert d.first.seq == 2 and d.second is None
    # Typed at the end instead: the same ballots, no difference.
    c = b + enter(db, vote, rnd, "2", pass_no=2)
    assert compare_passes(a, c) == []


# -- show of hands ---------------------------------------------------------------------------


def test_direct_totals_of_a_show_of_hands(db):
    heads_present(db)
    vote = small_vote(db, method=VoteMethod.HANDS)
    rnd = last_round(db, vote.id)
    ids = [c.unit_id for c in rnd.candidates]
    with pytest.raises(ValidationError, match="không nhập từng phiếu"):
        add_entry(db, rnd.id, [])
    with pytest.raises(ValidationError, match="nhiều hơn số phiếu hợp lệ"):
        set_direct_totals(db, rnd.id, 12, 0, dict.fromkeys(ids, 13))
    with pytest.raises(ValidationError, match="Chưa nhập"):
        set_direct_totals(db, rnd.id, 12, 0, {ids[0]: 3})
    with pytest.raises(ValidationError, match="không hợp lệ"):
        set_direct_totals(db, rnd.id, 12, 13, dict.fromkeys(ids, 0))
    with pytest.raises(ValidationError, match="nhân số được chọn"):
        set_direct_totals(db, rnd.id, 12, 0, dict.fromkeys(ids, 12))
    set_direct_totals(db, rnd.id, 12, 0, {ids[0]: 12, ids[1]: 7, ids[2]: 3, ids[3]: 1, ids[4]: 0})
    result = confirm_round(db, rnd.id)
    assert result.elected == (rnd.candidates[0].short_name, rnd.candidates[1].short_name)
    assert (result.cast, result.valid) == (12, 12)


# -- the running count agrees with the engine ---------------------------------------------------

NAMES = ("A", "B", "C", "D", "E")
ballot_strategy = st.one_of(
    st.lists(st.sampled_from(NAMES), max_size=4, unique=True),
    st.builds(InvalidBallot, st.sampled_from(["x", "y"])),
)


@given(ballots=st.lists(ballot_strategy, max_size=40), removed=st.data(), places=st.integers(1, 3))
@settings(max_examples=150, deadline=None)
def test_running_count_equals_the_engine(ballots, removed, places):
    poll = Poll(candidates=NAMES, places=places, threshold=Threshold(1, 2, True, Base.VALID), max_choices=3)
    running = RunningCount(poll)
    for ballot in ballots:
        running.add(ballot)
    # A few corrections: removed ballots leave the count exactly as if never entered.
    gone = removed.draw(
        st.lists(st.integers(0, max(len(ballots) - 1, 0)), unique=True, max_size=len(ballots))
    )
    for index in gone:
        running.remove(ballots[index])
    kept = [b for i, b in enumerate(ballots) if i not in set(gone)]
    assert running.result() == tally(poll, kept)


def test_describe_entries(db):
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    a, b, c = enter(db, vote, rnd, "", "2 5", "0")
    assert describe(vote, rnd, a) == "Để nguyên (chọn tất cả)"
    assert describe(vote, rnd, b) == "Chọn 2 5"
    assert describe(vote, rnd, c) == "Không chọn ai"


def test_a_new_file_has_the_vote_tables(tmp_path):
    db = MeetingFile.create(tmp_path / "new.thidua")
    try:
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"vote", "vote_committee", "vote_round", "round_candidate", "ballot_entry"} <= tables
    finally:
        db.close()


# -- found in review ----------------------------------------------------------------------------


def test_a_tie_is_no_longer_pending_once_the_next_round_exists(db):
    from core.documents.summary import title_lines

    heads_present(db)
    vote = list_votes(db)[0]
    rnd = last_round(db, vote.id)
    enter(db, vote, rnd, *["2 5 6 8"] * 5, *["2 5 6 9"] * 5, "2 5 8 9")
    confirm_round(db, rnd.id)
    assert summary(db, vote.id).pending_tie == ("Kon Tum", "Gia Lai")
    create_second_round(db, vote.id)
    s = summary(db, vote.id)
    assert s.pending_tie == () and not s.complete
    [(_title, lines)] = title_lines(db)
    assert lines[-1] == "Chưa xong: vòng 2 chưa xác nhận kết quả."


@pytest.mark.parametrize(
    ("cast", "invalid", "votes", "field"),
    [(-1, 0, 0, "Số người biểu quyết"), (5, -1, 0, "Không hợp lệ"), (5, 0, -2, "1. ")],
)
def test_negative_show_of_hands_figures_name_the_field(db, cast, invalid, votes, field):
    vote = small_vote(db, method=VoteMethod.HANDS)
    rnd = last_round(db, vote.id)
    figures = {c.unit_id: 0 for c in rnd.candidates} | {rnd.candidates[0].unit_id: votes}
    with pytest.raises(ValidationError) as error:
        set_direct_totals(db, rnd.id, cast, invalid, figures)
    assert field in str(error.value) and "không được âm" in str(error.value)


def test_show_of_hands_with_double_entry_names_the_field(db):
    with pytest.raises(ValidationError, match="Nhập phiếu hai lần"):
        small_vote(db, method=VoteMethod.HANDS, double_entry=True)


def test_an_invalid_ballot_without_a_reason_names_the_field(db):
    rnd = last_round(db, list_votes(db)[0].id)
    with pytest.raises(ValidationError, match='Trường "Lý do không hợp lệ"'):
        add_entry(db, rnd.id, invalid_reason="  ")


def test_a_show_of_hands_cannot_count_more_voters_than_are_present(db):
    heads_present(db, 9)
    vote = small_vote(db, method=VoteMethod.HANDS)
    rnd = last_round(db, vote.id)
    figures = {c.unit_id: 0 for c in rnd.candidates} | {rnd.candidates[0].unit_id: 8}
    errors, _warnings = direct_totals_problems(vote, rnd, 15, 0, figures, present=9)
    assert any("nhiều hơn số người có mặt (9)" in e for e in errors)
    with pytest.raises(ValidationError, match=r"nhiều hơn số người có mặt \(9\)"):
        set_direct_totals(db, rnd.id, 15, 0, figures)  # checked in the write's own transaction
    set_direct_totals(db, rnd.id, 9, 0, figures)
    assert confirm_round(db, rnd.id).elected == (rnd.candidates[0].short_name,)
