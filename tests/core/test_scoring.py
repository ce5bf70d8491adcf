"""The scoring table: each kind of criterion, groups, the ranking and its tie rules, the file."""

import sqlite3
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import scoring
from core.audit import verify_file
from core.errors import ValidationError
from core.model import Unit
from core.scoring import Item, Kind, RankLine, Table, TieRule
from core.storage import MeetingFile
from core.units import add_unit

TARGET = Item("1", "Thẩm định hồ sơ", Kind.TARGET, F(10), target=F(20), measure="hồ sơ")


# -- each kind --------------------------------------------------------------------------------


def test_against_a_target_below_at_and_over():
    points = scoring.criterion_points
    assert points(TARGET, F(0)) == 0
    assert points(TARGET, F(10)) == F(5, 2)  # half the target: half of half the points
    assert points(TARGET, F(20)) == 5  # at the target: half
    assert points(TARGET, F(30), best=F(30)) == 10  # the best over the target: full
    assert points(TARGET, F(25), best=F(30)) == F(15, 2)  # halfway between target and best
    assert points(TARGET, F(21), best=F(40)) == 5 + F(5, 20)


def test_a_target_is_scored_against_the_best_unit():
    table = Table((TARGET,))
    values = {("1", 1): F(40), ("1", 2): F(30), ("1", 3): F(20), ("1", 4): F(5), ("1", 5): F(40)}
    scores = scoring.compute(table, values, [1, 2, 3, 4, 5, 6])
    assert [scores.of("1", u) for u in range(1, 7)] == [10, F(15, 2), 5, F(5, 4), 10, 0]
    assert scores.missing[6] == ("1",)


def test_pass_fail():
    item = Item("2", "Không có cán bộ bị kỷ luật", Kind.PASS_FAIL, F(5))
    assert scoring.criterion_points(item, F(1)) == 5
    assert scoring.criterion_points(item, F(0)) == 0
    assert scoring.parse_value(item, "Đạt") == (F(1), None)
    assert scoring.parse_value(item, "không đạt") == (F(0), None)
    assert scoring.parse_value(item, "tốt")[1]


def test_per_occurrence_with_a_cap():
    item = Item("3", "Bài viết đăng Tạp chí", Kind.COUNT, F(6), per=F(2), measure="bài")
    assert [scoring.criterion_points(item, F(n)) for n in range(5)] == [0, 2, 4, 6, 6]
    assert scoring.parse_value(item, "2,5")[1] == "số lần phải là số nguyên"


def test_bonus_and_penalty_within_limits():
    bonus = Item("4", "Sáng kiến", Kind.BONUS, F(5))
    penalty = Item("5", "Báo cáo chậm", Kind.PENALTY, F(3))
    assert scoring.criterion_points(bonus, F(3)) == 3
    assert scoring.criterion_points(penalty, F(2)) == -2
    assert scoring.parse_value(bonus, "6")[1] == "vượt giới hạn 5 điểm"
    assert scoring.parse_value(penalty, "3,5")[1] == "vượt giới hạn 3 điểm"
    assert scoring.parse_value(penalty, "-1")[1] == "không được là số âm"


def tree() -> Table:
    return Table(
        scoring.ordered(
            [
                Item("I", "Công tác tổ chức", Kind.GROUP),
                Item("1", "Thẩm định", Kind.TARGET, F(10), parent="I", target=F(20)),
                Item("2", "Kỷ luật", Kind.PASS_FAIL, F(5), parent="I"),
                Item("II", "Điểm thưởng, điểm trừ", Kind.GROUP),
                Item("3", "Sáng kiến", Kind.BONUS, F(5), parent="II"),
                Item("4", "Chậm báo cáo", Kind.PENALTY, F(3), parent="II"),
            ]
        )
    )


def test_a_group_is_the_sum_of_its_criteria_and_penalties_have_no_maximum():
    table = tree()
    assert table.maximum(table.item("I")) == 15
    assert table.maximum(table.item("II")) == 5
    assert table.maximum() == 20
    values = {("1", 1): F(20), ("2", 1): F(1), ("3", 1): F(2), ("4", 1): F(1)}
    scores = scoring.compute(table, values, [1])
    assert scores.of("I", 1) == 10 and scores.of("II", 1) == 1 and scores.totals[1] == 11


def test_table_problems_name_the_item():
    problems = scoring.table_problems(
        [
            Item("1", "A", Kind.TARGET, F(10)),
            Item("1", "B", Kind.PASS_FAIL, F(0)),
            Item("2", "C", Kind.COUNT, F(3), parent="9"),
            Item("G", "Nhóm trống", Kind.GROUP),
        ]
    )
    text = "\n".join(problems)
    assert 'Tiêu chí "1" (theo chỉ tiêu): chỉ tiêu phải là một số lớn hơn 0.' in text
    assert 'Mã "1" trùng' in text
    assert "điểm tối đa phải lớn hơn 0" in text
    assert 'Mục "2" thuộc nhóm "9", nhưng không có nhóm đó' in text
    assert "điểm mỗi lần" in text
    assert 'Nhóm "G" chưa có tiêu chí nào.' in text


def test_numbers_as_typed_and_shown():
    assert scoring.parse_number("12,5") == F(25, 2)
    assert scoring.parse_number(" 7 ") == 7
    assert scoring.parse_number("1.2.3") is None
    assert scoring.points_text(F(175, 2)) == "87,50"
    assert scoring.points_text(F(1, 200)) == "0,01"  # half up
    assert scoring.decimal_text(F(25, 2)) == "12,5"


# -- the ranking ------------------------------------------------------------------------------


def test_equal_totals_share_a_rank_and_the_meeting_decides():
    lines = scoring.rank({1: F(90), 2: F(95), 3: F(90), 4: F(80)}, {1: 1, 2: 2, 3: 3, 4: 4})
    assert [(line.unit_id, line.rank, line.tied) for line in lines] == [
        (2, 1, ()),
        (1, 2, (3,)),
        (3, 2, (1,)),
        (4, 4, ()),
    ]


def test_the_women_rule_puts_a_collective_of_70_percent_women_first_among_equals():
    totals = {1: F(90), 2: F(90), 3: F(90), 4: F(95)}
    lines = scoring.rank(totals, {1: 1, 2: 2, 3: 3, 4: 4}, TieRule.WOMEN, women={3})
    assert [(line.unit_id, line.rank, line.tied, line.by_rule) for line in lines] == [
        (4, 1, (), False),
        (3, 2, (), True),
        (1, 3, (2,), True),
        (2, 3, (1,), True),
    ]
    meeting = scoring.rank(totals, {1: 1, 2: 2, 3: 3, 4: 4}, TieRule.MEETING, women={3})
    assert [line.rank for line in meeting] == [1, 2, 2, 2]


def test_women_share_is_exact():
    assert scoring.women_share_met(7, 10)
    assert not scoring.women_share_met(69, 100)
    assert not scoring.women_share_met(None, None)


def test_the_proposal_leaves_out_earlier_titles_and_keeps_ties_at_the_cut():
    lines = scoring.rank({1: F(99), 2: F(95), 3: F(90), 4: F(90), 5: F(80)}, {u: u for u in range(1, 6)})
    assert scoring.proposal(lines, 1) == [1]
    assert scoring.proposal(lines, 2, excluded={1}) == [2, 3, 4]
    assert scoring.proposal(lines, 0, excluded={1, 2}) == [3, 4, 5]


# -- properties ---------------------------------------------------------------------------------

amounts = st.fractions(min_value=0, max_value=200, max_denominator=100)


@st.composite
def tables_and_values(draw):
    items = [Item("G", "Nhóm", Kind.GROUP)]
    kinds = draw(st.lists(st.sampled_from(list(Kind)[1:]), min_size=1, max_size=8))
    for n, kind in enumerate(kinds):
        top = draw(st.fractions(min_value=F(1, 2), max_value=50, max_denominator=4))
        items.append(
            Item(
                str(n),
                f"Tiêu chí {n}",
                kind,
                top,
                parent=draw(st.sampled_from([None, "G"])),
                target=draw(st.fractions(min_value=1, max_value=100, max_denominator=10)),
                per=draw(st.fractions(min_value=F(1, 4), max_value=10, max_denominator=4)),
            )
        )
    items.append(Item("x", "Thêm", Kind.PASS_FAIL, F(1), parent="G"))
    units = list(range(1, draw(st.integers(1, 6)) + 1))
    values = {}
    for item in items[1:]:
        for unit in units:
            value = draw(st.one_of(st.none(), amounts))
            if value is not None and item.kind is Kind.PASS_FAIL:
                value = F(int(value > 50))
            if value is not None and item.kind is Kind.COUNT:
                value = F(int(value))
            if value is not None and item.kind in (Kind.BONUS, Kind.PENALTY):
                value = min(value, item.max_points)
            values[(item.code, unit)] = value
    return Table(scoring.ordered(items)), values, units


@given(tables_and_values())
@settings(max_examples=200, deadline=None)
def test_no_score_exceeds_its_maximum(case):
    table, values, units = case
    scores = scoring.compute(table, values, units)
    for item in table.items:
        for unit in units:
            points = scores.of(item.code, unit)
            assert points <= table.maximum(item)
            if item.kind is not Kind.GROUP and item.kind is not Kind.PENALTY:
                assert points >= 0
            if item.kind is Kind.PENALTY:
                assert -item.max_points <= points <= 0
    for unit in units:
        assert scores.totals[unit] <= table.maximum()


@given(
    st.dictionaries(st.integers(1, 30), st.fractions(0, 100, max_denominator=4), min_size=1, max_size=12),
    st.sets(st.integers(1, 30)),
    st.sampled_from(list(TieRule)),
    st.randoms(use_true_random=False),
)
@settings(max_examples=200, deadline=None)
def test_the_ranking_never_depends_on_the_input_order(totals, women, rule, rnd):
    order = {u: 31 - u for u in totals}
    shuffled = list(totals.items())
    rnd.shuffle(shuffled)
    first = scoring.rank(totals, order, rule, women)
    second = scoring.rank(dict(shuffled), order, rule, women)
    assert first == second
    by_unit = {line.unit_id: line for line in first}
    for a in first:  # a higher total never ranks below a lower one
        for b in first:
            if a.total > b.total:
                assert a.rank < b.rank
            if a.total == b.total and rule is TieRule.MEETING:
                assert a.rank == b.rank
    assert all(isinstance(line, RankLine) for line in by_unit.values())


# -- the file ---------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    with MeetingFile.create(tmp_path / "m.thidua") as db:
        for name in ("Khánh Hòa", "Quảng Nam", "Kon Tum"):
            add_unit(db, Unit(name, f"Ban Tổ chức Tỉnh ủy {name}"))
        yield db


def unit_ids(db):
    return [u for (u,) in db.conn.execute("SELECT id FROM unit ORDER BY position")]


def test_self_and_reviewed_scores_are_both_kept_and_the_reviewed_decides(db):
    scoring.save_table(db, tree().items)
    kh, qn, _kt = unit_ids(db)
    scoring.set_self_values(db, kh, {"1": F(20), "2": F(1), "3": F(5), "4": F(0)}, source="kh.xlsx")
    scoring.set_self_values(db, qn, {"1": F(20), "2": F(1), "3": F(2), "4": F(0)})
    with pytest.raises(ValidationError, match="khác điểm tự chấm: phải ghi lý do"):
        scoring.set_reviewed(db, "3", kh, F(2), "")
    scoring.set_reviewed(db, "3", kh, F(2), "Sáng kiến chưa được công nhận")
    s = scoring.standing(db)
    entry = s.entries[("3", kh)]
    assert (entry.self_value, entry.reviewed, entry.changed) == (5, 2, True)
    assert s.self_scores.totals[kh] == 15 and s.scores.totals[kh] == 12
    assert [line.rank for line in s.ranking[:2]] == [1, 1]  # Khánh Hòa and Quảng Nam now equal
    scoring.set_women(db, qn, 8, 10)
    scoring.set_tie_rule(db, TieRule.WOMEN)
    s = scoring.standing(db)
    assert [(line.unit_id, line.rank) for line in s.ranking[:2]] == [(qn, 1), (kh, 2)]
    assert verify_file(db.path).ok


def test_a_refused_self_score_writes_nothing(db):
    scoring.save_table(db, tree().items)
    kh = unit_ids(db)[0]
    events = db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    with pytest.raises(ValidationError, match='Tiêu chí "3": vượt giới hạn 5 điểm'):
        scoring.set_self_values(db, kh, {"1": F(20), "3": F(6)})
    assert not scoring.has_values(db)
    assert db.conn.execute("SELECT COUNT(*) FROM event").fetchone()[0] == events


def test_saving_the_table_keeps_the_values_of_criteria_that_stay(db):
    scoring.save_table(db, tree().items)
    kh = unit_ids(db)[0]
    scoring.set_self_values(db, kh, {"1": F(20), "2": F(1)})
    items = [i for i in tree().items if i.code != "2"] + [Item("9", "Mới", Kind.PASS_FAIL, F(1), parent="I")]
    table = scoring.save_table(db, items)
    assert [i.code for i in table.items] == ["I", "1", "9", "II", "3", "4"]
    assert set(scoring.load_entries(db)) == {("1", kh)}
    with pytest.raises(ValidationError, match="chưa có nội dung"):
        scoring.save_table(db, [Item("1", " ", Kind.PASS_FAIL, F(1))])
    assert len(scoring.load_table(db).items) == 6


def test_women_figures_are_checked(db):
    kh = unit_ids(db)[0]
    with pytest.raises(ValidationError, match="số cán bộ nữ phải từ 0"):
        scoring.set_women(db, kh, 11, 10)


def test_verify_finds_a_score_changed_behind_the_programs_back(db):
    scoring.save_table(db, tree().items)
    kh = unit_ids(db)[0]
    scoring.set_self_values(db, kh, {"1": F(20)})
    path = db.path
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE score_value SET self_value = '40'")
    conn.commit()
    conn.close()
    report = verify_file(path)
    assert not report.ok and "score_value" in report.text()
