"""Tests of the tally engine: examples from the conference, then properties."""

from __future__ import annotations

import random
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.tally import (
    REASON_BLANK,
    Base,
    InvalidBallot,
    Outcome,
    Poll,
    PollError,
    Threshold,
    check_ballot,
    check_result,
    competition_ranks,
    consistency_messages,
    percent_text,
    places_from_percentage,
    second_round_candidates,
    second_round_poll,
    tally,
)

KH, QN, KT, PY = "Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"
HALF_STRICT = Threshold(1, 2, True, Base.VALID)


def poll(candidates=(KH, QN, KT), places=2, threshold=HALF_STRICT, **kwargs) -> Poll:
    return Poll(candidates=tuple(candidates), places=places, threshold=threshold, **kwargs)


def outcome_of(result, name: str) -> Outcome:
    return next(c.outcome for c in result.candidates if c.name == name)


# --- the sample poll of docs/tally.md ---------------------------------------------


def test_sample_poll():
    p = poll(max_choices=2, entitled=11, present=10)
    ballots = [[KH, KT], [], InvalidBallot("không phải phiếu do Ban kiểm phiếu phát ra")]
    r = tally(p, ballots)
    assert (r.cast, r.valid, r.invalid, r.blank, r.base) == (3, 2, 1, 1, 2)
    by_name = {c.name: c for c in r.candidates}
    assert [c.name for c in r.candidates] == [KH, QN, KT]  # input order
    for name in (KH, KT):
        assert by_name[name].votes == 1
        assert by_name[name].percent == "50.00"
        assert by_name[name].reached is False  # 1/2 is not more than 1/2
        assert by_name[name].rank == 1
        assert by_name[name].outcome == Outcome.NOT_ELECTED
    assert (by_name[QN].votes, by_name[QN].percent, by_name[QN].rank) == (0, "0.00", 3)
    assert r.elected == () and r.tied == () and r.places_left == 2
    assert [(x.reason, x.count) for x in r.invalid_reasons] == [
        ("không phải phiếu do Ban kiểm phiếu phát ra", 1)
    ]
    assert r.base_name == Base.VALID


def test_not_strict_reaches_exactly_half():
    r = tally(poll(threshold=Threshold(1, 2, False, Base.VALID)), [[KH, KT], []])
    assert [c.reached for c in r.candidates] == [True, False, True]
    assert r.elected == (KH, KT)


def test_year_2019_four_titles_acclaimed():
    # 11 member units, 4 places, more than half of the entitled units.
    units = [KH, QN, KT, PY, "Đà Nẵng", "Bình Định", "Gia Lai"]
    p = poll(units, places=4, threshold=Threshold(1, 2, True, Base.ENTITLED), entitled=11)
    ballots = [[KH, QN, KT, PY]] * 9 + [[KH, QN, "Gia Lai"], [KT, "Đà Nẵng"]]
    r = tally(p, ballots)
    assert r.elected == (KH, QN, KT, PY)
    assert r.base == 11
    assert outcome_of(r, "Gia Lai") == Outcome.NOT_ELECTED


# --- invalid ballots ---------------------------------------------------------------


def test_engine_finds_invalid_ballots():
    p = poll(max_choices=2, blank_valid=False)
    ballots = [[KH, QN, KT], [KH, "Đắk Lắk"], [KT, KT], [], [KH]]
    r = tally(p, ballots)
    assert (r.cast, r.valid, r.invalid, r.blank) == (5, 1, 4, 0)
    assert sorted((x.reason, x.count) for x in r.invalid_reasons) == sorted(
        [
            ("Chọn quá số lượng tối đa (3 > 2)", 1),
            ("Có tên không có trong danh sách: Đắk Lắk", 1),
            ("Một tên được chọn hai lần: Kon Tum", 1),
            ("Phiếu trống (không chọn ai)", 1),
        ]
    )
    assert r.votes() == {KH: 1, QN: 0, KT: 0}


def test_check_ballot_reports_first_problem():
    p = poll(max_choices=1, blank_valid=False)
    assert check_ballot(p, [KH]) is None
    assert check_ballot(p, ["X", "Y", "X"]) == "Có tên không có trong danh sách: X, Y"
    assert check_ballot(p, [KH, KH]) == "Một tên được chọn hai lần: Khánh Hòa"
    assert check_ballot(p, [KH, QN]) == "Chọn quá số lượng tối đa (2 > 1)"
    assert check_ballot(p, []) == REASON_BLANK
    assert check_ballot(poll(), []) is None  # blank ballots are valid by default


def test_invalid_reasons_most_frequent_first():
    ballots = [InvalidBallot("b")] + [InvalidBallot("a")] * 2 + [InvalidBallot(" ")]
    r = tally(poll(), ballots)
    assert [(x.reason, x.count) for x in r.invalid_reasons] == [
        ("a", 2),
        ("Phiếu không hợp lệ (không ghi lý do)", 1),
        ("b", 1),
    ]


def test_a_bare_string_is_not_a_ballot():
    with pytest.raises(TypeError):
        tally(poll(), [KH])


# --- names ---------------------------------------------------------------------------


def test_decomposed_names_match_composed():
    nfd = unicodedata.normalize("NFD", KH)
    assert nfd != KH
    r = tally(poll(), [[nfd], [KH], [f"  {unicodedata.normalize('NFD', KT)} "]])
    assert r.invalid == 0
    assert r.votes() == {KH: 2, QN: 0, KT: 1}


def test_decomposed_candidate_list_is_normalized():
    p = poll([unicodedata.normalize("NFD", KH), QN])
    assert p.candidates == (KH, QN)
    assert tally(p, [[KH]]).votes()[KH] == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"candidates": ()}, "candidates"),
        ({"candidates": (KH, unicodedata.normalize("NFD", KH))}, "candidates"),
        ({"candidates": (KH, "  ")}, "candidates"),
        ({"places": -1}, "places"),
        ({"max_choices": -1}, "max_choices"),
        ({"present": -1}, "present"),
        ({"threshold": Threshold(1, 2, True, Base.ENTITLED)}, "entitled"),
        ({"threshold": Threshold(1, 2, True, Base.PRESENT)}, "present"),
    ],
)
def test_poll_rejects_bad_settings(kwargs, field):
    with pytest.raises(PollError) as info:
        poll(**kwargs)
    assert info.value.field == field
    assert f'"{field}"' in str(info.value)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((1, 0, True, "valid"), "threshold.denominator"),
        ((-1, 2, True, "valid"), "threshold.numerator"),
        ((1, 2, True, "half"), "threshold.base"),
    ],
)
def test_threshold_rejects_bad_settings(args, field):
    with pytest.raises(PollError) as info:
        Threshold(*args)
    assert info.value.field == field


def test_threshold_accepts_base_as_string_and_describes_itself():
    assert Threshold(1, 2, True, "valid").base is Base.VALID
    assert Threshold(1, 2, True, Base.VALID).describe() == "trên 1/2 số phiếu hợp lệ"
    assert Threshold(2, 3, False, Base.ENTITLED).describe() == "từ 2/3 tổng số người được triệu tập trở lên"


# --- bases ---------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "expected"), [("entitled", 11), ("present", 10), ("cast", 4), ("valid", 3)])
def test_each_base(base, expected):
    p = poll(threshold=Threshold(1, 2, True, base), entitled=11, present=10)
    r = tally(p, [[KH], [KH], [], InvalidBallot("rách")])
    assert r.base == expected
    assert r.candidates[0].percent == percent_text(2, expected)


def test_base_zero_reaches_nothing():
    p = poll(threshold=Threshold(0, 1, False, Base.VALID))
    r = tally(p, [InvalidBallot("x")])
    assert r.base == 0
    assert all(not c.reached and c.percent == "0.00" for c in r.candidates)
    assert r.elected == ()


def test_zero_threshold_not_strict_reaches_with_no_votes():
    p = poll(threshold=Threshold(0, 1, False, Base.VALID), places=3)
    r = tally(p, [[KH]])
    assert r.elected == (KH, QN, KT)


# --- percentages -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "text"),
    [
        (1, 8, "12.50"),
        (2, 3, "66.67"),
        (1, 6, "16.67"),
        (1, 3, "33.33"),
        (1, 32, "3.13"),  # 3.125: half-up, where banker's rounding gives 3.12
        (3, 32, "9.38"),  # 9.375
        (1, 800, "0.13"),  # 0.125
        (1, 1600, "0.06"),  # 0.0625
        (0, 7, "0.00"),
        (7, 7, "100.00"),
        (3, 0, "0.00"),
        (12, 10, "120.00"),
    ],
)
def test_percent_text(part, whole, text):
    assert percent_text(part, whole) == text


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_percent_text_is_half_up_of_exact_fraction(part, whole):
    with localcontext() as ctx:
        ctx.prec = 60  # enough that the division is exact wherever a tie at .005 is possible
        expected = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert percent_text(part, whole) == f"{expected:.2f}"


# --- places, ties and rounds -------------------------------------------------------------


def ballots_for(votes: dict[str, int], valid: int) -> list[list[str]]:
    """``valid`` ballots giving each name its votes (every name on the first ballots)."""
    ballots: list[list[str]] = [[] for _ in range(valid)]
    for name, count in votes.items():
        for ballot in ballots[:count]:
            ballot.append(name)
    return ballots


def test_tie_at_last_place_elects_none_of_the_tied():
    names = [KH, QN, KT, PY]
    p = poll(names, places=2, max_choices=4, threshold=Threshold(1, 2, False, Base.VALID))
    r = tally(p, ballots_for({KH: 9, QN: 7, KT: 7, PY: 2}, 10))
    assert r.elected == (KH,)
    assert r.tied == (QN, KT)
    assert r.places_left == 1
    assert [c.outcome for c in r.candidates] == [
        Outcome.ELECTED,
        Outcome.TIE,
        Outcome.TIE,
        Outcome.NOT_ELECTED,
    ]
    assert [c.rank for c in r.candidates] == [1, 2, 2, 4]
    assert second_round_candidates(r) == ((QN, KT), 1)

    runoff = second_round_poll(r)
    assert runoff is not None
    assert runoff.candidates == (QN, KT)
    assert (runoff.places, runoff.max_choices) == (1, 1)  # the places left, never 2
    second = tally(runoff, [[QN]] * 6 + [[KT]] * 4)
    assert second.elected == (QN,)


def test_tie_that_fits_elects_all():
    p = poll([KH, QN, KT], places=2, threshold=Threshold(1, 2, False, Base.VALID))
    r = tally(p, ballots_for({KH: 6, QN: 6, KT: 1}, 10))
    assert r.elected == (KH, QN) and r.tied == () and r.places_left == 0
    assert second_round_candidates(r) == ((), 0)
    assert second_round_poll(r) is None


def test_tie_below_threshold_is_not_a_tie():
    p = poll([KH, QN, KT], places=2)
    r = tally(p, ballots_for({KH: 8, QN: 3, KT: 3}, 10))
    assert r.elected == (KH,) and r.tied == () and r.places_left == 1
    assert outcome_of(r, QN) == Outcome.NOT_ELECTED


def test_group_after_places_filled_is_not_elected_nor_tied():
    p = poll([KH, QN, KT], places=1, max_choices=3, threshold=Threshold(1, 2, False, "valid"))
    r = tally(p, ballots_for({KH: 9, QN: 7, KT: 7}, 10))
    assert r.elected == (KH,) and r.tied == ()
    assert outcome_of(r, QN) == Outcome.NOT_ELECTED


def test_zero_places_elects_nobody():
    r = tally(poll(places=0, max_choices=1), [[KH]] * 5)
    assert r.elected == () and r.tied == () and r.places_left == 0
    assert r.candidates[0].reached


def test_competition_ranks():
    assert competition_ranks({"a": 5, "b": 9, "c": 5, "d": 1}) == [2, 1, 2, 4]


# --- quota ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "units", "places"),
    [(20, 11, 2), (20, 10, 2), (20, 4, 0), (Fraction(25, 2), 16, 2), (100, 11, 11), (0, 11, 0)],
)
def test_places_from_percentage_rounds_down(percent, units, places):
    assert places_from_percentage(percent, units) == places


def test_places_from_percentage_refuses_floats_and_negatives():
    with pytest.raises(TypeError):
        places_from_percentage(20.0, 11)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        places_from_percentage(-1, 11)
    with pytest.raises(ValueError):
        places_from_percentage(20, -1)


# --- consistency checks ----------------------------------------------------------------


def test_consistency_messages():
    assert consistency_messages(returned=10, valid=9, invalid=1, votes={KH: 9}, issued=10) == []
    messages = consistency_messages(
        returned=12, valid=9, invalid=2, votes={KH: 10, QN: 9}, issued=11, present=11, entitled=10
    )
    assert messages == [
        "Số người có mặt (11) nhiều hơn số người được triệu tập (10).",
        "Số phiếu thu vào (12) nhiều hơn số phiếu phát ra (11).",
        "Số phiếu thu vào (12) nhiều hơn số người có mặt (11).",
        "Số phiếu hợp lệ (9) cộng số phiếu không hợp lệ (2) không bằng số phiếu thu vào (12).",
        "Số phiếu bầu cho Khánh Hòa (10) nhiều hơn số phiếu hợp lệ (9).",
    ]


def test_check_result():
    r = tally(poll(present=10, entitled=11), [[KH]] * 3)
    assert check_result(r) == []
    assert check_result(r, issued=2) == ["Số phiếu thu vào (3) nhiều hơn số phiếu phát ra (2)."]


# --- properties ----------------------------------------------------------------------

NAMES = [KH, QN, KT, PY, "Đà Nẵng", "Bình Định", "Gia Lai", "Đắk Lắk"]


@st.composite
def polls_and_ballots(draw) -> tuple[Poll, list]:
    candidates = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True))
    places = draw(st.integers(0, len(candidates) + 1))
    denominator = draw(st.integers(1, 6))
    threshold = Threshold(
        numerator=draw(st.integers(0, denominator + 1)),
        denominator=denominator,
        strict=draw(st.booleans()),
        base=draw(st.sampled_from(list(Base))),
    )
    p = Poll(
        candidates=tuple(candidates),
        places=places,
        threshold=threshold,
        max_choices=draw(st.none() | st.integers(0, len(candidates) + 1)),
        entitled=draw(st.integers(0, 40)),
        present=draw(st.integers(0, 40)),
        blank_valid=draw(st.booleans()),
    )
    # Mostly clean ballots; sometimes an added name, a name twice, or a rejected ballot.
    clean = st.lists(st.sampled_from(candidates), max_size=len(candidates), unique=True)
    messy = st.lists(st.sampled_from([*candidates, "Lâm Đồng"]), min_size=1, max_size=len(candidates) + 1)
    rejected = st.builds(InvalidBallot, st.sampled_from(["rách", "không có dấu", ""]))
    ballot = st.one_of(clean, clean, clean, clean, messy, rejected)
    ballots = draw(st.lists(ballot, max_size=40))
    return p, ballots


@given(polls_and_ballots())
def test_counts_add_up(case):
    p, ballots = case
    r = tally(p, ballots)
    assert r.cast == len(ballots)
    assert r.valid + r.invalid == r.cast
    assert 0 <= r.blank <= r.valid
    assert sum(x.count for x in r.invalid_reasons) == r.invalid
    assert all(c.votes <= r.valid for c in r.candidates)
    assert sum(c.votes for c in r.candidates) <= r.valid * p.choices_allowed
    assert check_result(r) == [] or p.present < r.cast or p.present > p.entitled


@given(polls_and_ballots())
def test_reached_is_the_exact_comparison(case):
    p, ballots = case
    r = tally(p, ballots)
    needed = Fraction(p.threshold.numerator, p.threshold.denominator)
    for c in r.candidates:
        if r.base == 0:
            assert not c.reached
        elif p.threshold.strict:
            assert c.reached == (Fraction(c.votes, r.base) > needed)
        else:
            assert c.reached == (Fraction(c.votes, r.base) >= needed)


@given(st.integers(1, 60), st.data(), st.booleans())
def test_exactly_at_threshold_is_decided_by_strict(valid, data, strict):
    votes = data.draw(st.integers(0, valid))
    exact = Fraction(votes, valid)  # the threshold is exactly the share of votes
    p = poll([KH], places=1, threshold=Threshold(exact.numerator, exact.denominator, strict, "valid"))
    r = tally(p, ballots_for({KH: votes}, valid))
    assert r.candidates[0].reached is (not strict)


@given(polls_and_ballots())
def test_places_are_never_exceeded_and_ties_elect_nobody(case):
    p, ballots = case
    r = tally(p, ballots)
    votes = r.votes()
    assert len(r.elected) <= p.places
    assert r.places_left == p.places - len(r.elected) >= 0
    assert not set(r.elected) & set(r.tied)
    for c in r.candidates:
        assert (c.outcome == Outcome.ELECTED) == (c.name in r.elected)
        assert (c.outcome == Outcome.TIE) == (c.name in r.tied)
        if c.outcome != Outcome.NOT_ELECTED:
            assert c.reached
    if r.tied:
        tie_votes = {votes[n] for n in r.tied}
        assert len(tie_votes) == 1 and len(r.tied) >= 2
        assert len(r.elected) + len(r.tied) > p.places  # the group straddles the last place
        assert all(votes[n] > votes[r.tied[0]] for n in r.elected)
    # Whoever reached and was left out has no more votes than the last one elected.
    if r.elected:
        lowest = min(votes[n] for n in r.elected)
        for c in r.candidates:
            if c.reached and c.outcome == Outcome.NOT_ELECTED:
                assert c.votes <= lowest


@given(polls_and_ballots(), st.randoms(use_true_random=False))
def test_order_of_ballots_never_matters(case, rnd):
    p, ballots = case
    shuffled = list(ballots)
    rnd.shuffle(shuffled)
    assert tally(p, shuffled) == tally(p, ballots)


@settings(max_examples=50)
@given(st.integers(1, 4), st.integers(2, 5), st.integers(0, 3))
def test_tie_straddling_last_place_elects_none(places, group, above):
    # ``above`` candidates clearly ahead, then ``group`` equal ones straddling the last place.
    above = min(above, places - 1)
    names = [f"Đơn vị {i}" for i in range(above + group + 1)]
    votes = {n: 20 - i for i, n in enumerate(names[:above])}
    votes |= {n: 10 for n in names[above : above + group]}
    votes[names[-1]] = 1
    if above + group <= places:
        return  # the group fits: not the case under test
    p = poll(names, places=places, max_choices=len(names), threshold=Threshold(0, 1, True, "valid"))
    ballots = ballots_for(votes, 25)
    random.Random(places * 100 + group).shuffle(ballots)
    r = tally(p, ballots)
    assert r.elected == tuple(names[:above])
    assert r.tied == tuple(names[above : above + group])
    assert r.places_left == places - above
