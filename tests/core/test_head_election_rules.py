"""The pure rules of the head and deputy election: proposal, typing, counting, deciding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ValidationError
from core.head_election_rules import (
    REASON_SAME_UNIT,
    PaperBallot,
    RoundSpec,
    count_round,
    parse_approval,
    parse_open,
    propose,
    rotation_order,
    runoff_candidates,
)
from core.tally import Base, Threshold

MAJORITY = Threshold(1, 2, True, Base.VALID)
UNITS = tuple("ABCDEFGH")


# -- rotation and proposal ----------------------------------------------------------------


def test_rotation_keeps_the_stored_order_and_appends_new_units():
    assert rotation_order([1, 2, 3, 4], []) == [1, 2, 3, 4]
    assert rotation_order([1, 2, 3, 4], [3, 1, 9, 3]) == [3, 1, 2, 4]  # 9 left, 3 once


def test_proposal_is_the_unit_after_the_current_head_then_the_next():
    assert propose([10, 20, 30, 40], 20) == (30, 40)
    assert propose([10, 20, 30, 40], 30) == (40, 10)  # wraps round
    assert propose([10, 20, 30, 40], 40) == (10, 20)
    assert propose([10, 20, 30, 40], None) == (10, 20)
    assert propose([10, 20, 30, 40], 99) == (10, 20)  # no longer a member
    assert propose([10], 10) == (10, None)
    assert propose([], None) == (None, None)


@given(st.lists(st.integers(1, 50), min_size=2, max_size=15, unique=True), st.data())
def test_proposal_is_two_different_units_following_the_head(rotation, data):
    current = data.draw(st.sampled_from([*rotation, None]))
    head, deputy = propose(rotation, current)
    assert head != deputy and {head, deputy} <= set(rotation)
    if current is not None:
        i = rotation.index(current)
        assert head == rotation[(i + 1) % len(rotation)]
    assert deputy == rotation[(rotation.index(head) + 1) % len(rotation)]


# -- typing -------------------------------------------------------------------------------


def test_approval_typing_one_keystroke_approves_both():
    assert parse_approval("") == (True, True)
    assert parse_approval("1") == (False, True)
    assert parse_approval("2") == (True, False)
    assert parse_approval("12") == parse_approval("1 2") == parse_approval("0") == (False, False)
    for bad in ("3", "1 1", "x"):
        with pytest.raises(ValidationError):
            parse_approval(bad)


def test_open_typing_head_then_deputy():
    assert parse_open("3 7", 12, 12) == (3, 7)
    assert parse_open("3", 12, 12) == (3, None)
    assert parse_open("0 7", 12, 12) == (None, 7)
    assert parse_open("", 12, 12) == (None, None)
    assert parse_open("37", 5, 8) == (3, 7)  # short lists: digits need no space
    assert parse_open("1 11", 2, 12) == (1, 11)
    assert parse_open("7", 0, 12) == (None, 7)  # a deputy-only round
    assert parse_open("3 3", 12, 12) == (3, 3)  # recorded; the count declares it invalid
    with pytest.raises(ValidationError, match="cụm trưởng"):
        parse_open("13 1", 12, 12)
    with pytest.raises(ValidationError, match="hai số"):
        parse_open("1 2 3", 12, 12)
    with pytest.raises(ValidationError, match="một số"):
        parse_open("1 2", 0, 12)


@given(st.integers(1, 20), st.integers(1, 20), st.data())
def test_open_typing_reads_back_what_was_typed(head_count, deputy_count, data):
    h = data.draw(st.integers(0, head_count))
    d = data.draw(st.integers(0, deputy_count))
    assert parse_open(f"{h} {d}", head_count, deputy_count) == (h or None, d or None)


# -- runoff ---------------------------------------------------------------------------------


def test_runoff_between_the_two_leading_units():
    order = ("A", "B", "C", "D")
    assert runoff_candidates(order, {"A": 5, "B": 3, "C": 3, "D": 1}) == ("A", "B", "C")
    assert runoff_candidates(order, {"A": 4, "B": 4, "C": 3, "D": 1}) == ("A", "B")
    assert runoff_candidates(order, {"A": 0, "B": 6, "C": 0, "D": 5}) == ("B", "D")
    assert runoff_candidates(order, {"A": 0, "B": 3, "C": 0, "D": 0}) == ("B",)
    assert runoff_candidates(order, {}) == order


@given(st.dictionaries(st.sampled_from(UNITS), st.integers(0, 9), min_size=1))
def test_runoff_keeps_every_leader_and_no_unit_without_votes(votes):
    order = tuple(n for n in UNITS if n in votes)
    chosen = runoff_candidates(order, votes)
    assert set(chosen) <= set(order)
    if any(votes.values()):
        best = max(votes.values())
        assert {n for n in order if votes[n] == best} <= set(chosen)
        assert all(votes[n] > 0 for n in chosen)
        assert len(chosen) >= 2 or sum(v > 0 for v in votes.values()) == 1


# -- one round ------------------------------------------------------------------------------


def open_spec(members=UNITS[:5], **kw) -> RoundSpec:
    return RoundSpec(head=kw.pop("head", members), deputy=kw.pop("deputy", members), members=members, **kw)


def test_approve_both():
    spec = RoundSpec(("B",), ("C",), UNITS[:4], approval=True)
    ballots = [PaperBallot("B", "C")] * 3 + [PaperBallot(None, "C"), PaperBallot("B", None)]
    count = count_round(spec, ballots, MAJORITY)
    assert (count.head_elected, count.deputy_elected) == ("B", "C")
    assert count.complete and count.head.votes() == {"B": 4}


def test_refused_head_proposal_sends_both_offices_to_an_open_election():
    spec = RoundSpec(("B",), ("C",), UNITS[:4], approval=True)
    ballots = [PaperBallot(None, "C")] * 3 + [PaperBallot("B", "C")] * 2
    count = count_round(spec, ballots, MAJORITY)
    assert count.head_elected is None
    assert count.deputy_elected is None and count.deputy_deferred == "C"  # waits for the head
    assert count.next_head == UNITS[:4] and count.next_deputy == UNITS[:4]


def test_refused_deputy_proposal_only_opens_the_deputy():
    spec = RoundSpec(("B",), ("C",), UNITS[:4], approval=True)
    count = count_round(spec, [PaperBallot("B", None)] * 3 + [PaperBallot("B", "C")], MAJORITY)
    assert count.head_elected == "B" and count.next_head is None
    assert count.next_deputy == ("A", "C", "D")  # every member but the head-elect


def test_same_unit_for_both_is_invalid_for_both_offices():
    count = count_round(open_spec(), [PaperBallot("A", "A"), PaperBallot("A", "B")], MAJORITY)
    assert count.head.invalid == count.deputy.invalid == 1
    assert count.head.invalid_reasons[0].reason == REASON_SAME_UNIT
    assert count.head_elected == "A" and count.deputy_elected == "B"


def test_head_elect_votes_do_not_count_for_deputy():
    ballots = [PaperBallot("A", "B")] * 3 + [PaperBallot("B", "A")] * 2
    count = count_round(open_spec(), ballots, MAJORITY)
    assert count.head_elected == "A" and count.excluded_votes == 2
    assert "A" not in count.deputy.poll.candidates
    assert count.deputy.valid == 5 and count.deputy.blank == 2
    assert count.deputy_elected == "B"


def test_runoff_for_the_head_and_deputy_waits():
    ballots = [PaperBallot("A", "E")] * 2 + [PaperBallot("B", "E")] * 2 + [PaperBallot("C", "E")]
    count = count_round(open_spec(), ballots, MAJORITY)
    assert count.head_elected is None and count.next_head == ("A", "B")
    assert count.deputy_deferred == "E" and count.deputy_elected is None
    assert count.next_deputy == UNITS[:5]
    # Round 2: the head runoff and the deputy again; the head-elect is left out of the deputy count.
    spec2 = open_spec(head=("A", "B"))
    count2 = count_round(spec2, [PaperBallot("B", "E")] * 3 + [PaperBallot("A", "B")] * 2, MAJORITY)
    assert count2.head_elected == "B" and count2.deputy_elected == "E" and count2.complete
    # Round 3 style: deputy only, after the head: the runoff among its two leading.
    spec3 = open_spec(head=(), deputy=("A", "C", "D", "E"), head_elect="B")
    count3 = count_round(spec3, [PaperBallot(None, "A")] * 2 + [PaperBallot(None, "C")] * 2, MAJORITY)
    assert count3.deputy_elected is None and count3.next_deputy == ("A", "C") and count3.next_head is None


THRESHOLDS = st.sampled_from(
    [
        MAJORITY,
        Threshold(1, 2, False, Base.VALID),
        Threshold(1, 3, False, Base.CAST),
        Threshold(0, 1, False, Base.VALID),
    ]
)


@st.composite
def rounds(draw):
    members = UNITS[: draw(st.integers(2, 6))]
    head_elect = draw(st.sampled_from([None, *members]))
    approval = head_elect is None and draw(st.booleans())
    if approval:
        head, deputy = draw(st.permutations(members))[:2]
        spec = RoundSpec((head,), (deputy,), members, approval=True)
    else:
        head_list = (
            () if head_elect else tuple(draw(st.lists(st.sampled_from(members), min_size=1, unique=True)))
        )
        deputy_pool = [m for m in members if m != head_elect]
        deputy_list = tuple(draw(st.lists(st.sampled_from(deputy_pool), min_size=1, unique=True)))
        spec = RoundSpec(head_list, deputy_list, members, head_elect=head_elect)
    choice = st.one_of(st.none(), st.sampled_from(members))
    ballots = draw(
        st.lists(
            st.one_of(
                st.builds(PaperBallot, choice, choice),
                st.just(PaperBallot(invalid="Phiếu rách")),
            ),
            max_size=25,
        )
    )
    # Ballots name only units on the round's lists (what the entry screen allows).
    ballots = [
        b
        if b.invalid
        else PaperBallot(
            b.head if b.head in spec.head else None, b.deputy if b.deputy in spec.deputy else None
        )
        for b in ballots
    ]
    return spec, ballots


@settings(max_examples=300, deadline=None)
@given(rounds(), THRESHOLDS)
def test_the_deputy_never_contradicts_the_head(case, threshold):
    spec, ballots = case
    count = count_round(spec, ballots, threshold)
    head = spec.head_elect or count.head_elected
    # Decided offices: two different units, the deputy only once the head is known.
    if count.deputy_elected is not None:
        assert head is not None and count.deputy_elected != head
    if spec.head_elect is not None:
        assert count.head_elected is None and count.next_head is None
    # An undecided office always has a next round with someone to vote for; never the head-elect.
    assert (count.next_head is None) == (head is not None)
    assert (count.next_deputy is None) == (count.deputy_elected is not None)
    if count.next_head is not None:
        assert count.next_head and set(count.next_head) <= set(spec.members)
    if count.next_deputy is not None:
        assert count.next_deputy and head not in count.next_deputy
    # The deputy's count never gives the head-elect a vote, and both offices see the same ballots.
    if count.deputy is not None:
        assert head not in count.deputy.poll.candidates
        if count.head is not None:
            assert (count.head.cast, count.head.valid) == (count.deputy.cast, count.deputy.valid)
    # Whoever is elected reached the threshold of their office's count.
    if count.head_elected is not None:
        line = next(c for c in count.head.candidates if c.name == count.head_elected)
        assert line.reached
    if count.deputy_elected is not None:
        line = next(c for c in count.deputy.candidates if c.name == count.deputy_elected)
        assert line.reached


@settings(max_examples=100, deadline=None)
@given(rounds())
def test_the_order_of_ballots_never_matters(case):
    spec, ballots = case
    a = count_round(spec, ballots, MAJORITY)
    b = count_round(spec, list(reversed(ballots)), MAJORITY)
    assert (a.head_elected, a.deputy_elected, a.next_head, a.next_deputy) == (
        b.head_elected,
        b.deputy_elected,
        b.next_head,
        b.next_deputy,
    )
