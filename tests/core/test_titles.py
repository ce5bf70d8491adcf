"""Titles in order: the ranking proposes, the vote decides, an honoured unit is not proposed again."""

from fractions import Fraction as F

import pytest

from core import scoring, titles
from core.attendance import check_in
from core.audit import verify_file
from core.ballots import add_entry
from core.demo import write_demo
from core.errors import ValidationError
from core.people import list_people
from core.rounds import list_rounds
from core.scoring import Item, Kind
from core.tally import Base, Threshold
from core.titles import Title, TitleState
from core.votes import get_vote
from core.votes_result import confirm_round

ORDER = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên", "Gia Lai"]


@pytest.fixture
def db(tmp_path):
    with write_demo(tmp_path / "demo.thidua") as db:
        for person in list_people(db)[:20]:
            check_in(db, person.id)
        for title in titles.list_titles(db):  # the demo's own titles: these tests make theirs
            titles.delete_title(db, title.id)
        scoring.save_table(db, [Item("1", "Kết quả", Kind.TARGET, F(100), target=F(10))])
        names = {n: u for u, n in db.conn.execute("SELECT id, short_name FROM unit")}
        for unit in names.values():
            scoring.set_self_values(db, unit, {"1": F(1)})
        for rank, name in enumerate(ORDER):
            scoring.set_self_values(db, names[name], {"1": F(20 - rank)})
        yield db


def names(db, unit_ids):
    by_id = dict(db.conn.execute("SELECT id, short_name FROM unit"))
    return [by_id[u] for u in unit_ids]


def vote_for(db, vote_id, chosen: list[str], ballots: int = 12):
    """Enter ``ballots`` identical ballots for ``chosen`` and confirm the round."""
    rnd = list_rounds(db, vote_id)[-1]
    by_name = {n: u for u, n in db.conn.execute("SELECT id, short_name FROM unit")}
    for _ in range(ballots):
        add_entry(db, rnd.id, [by_name[n] for n in chosen])
    confirm_round(db, rnd.id)


def test_titles_are_voted_in_order_and_an_honoured_unit_is_not_proposed_again(db):
    flag = titles.save_title(db, Title("Cờ thi đua của Ban Tổ chức Trung ương", places=1, candidates=2))
    merit = titles.save_title(
        db, Title("Bằng khen của Trưởng Ban Tổ chức Trung ương", places_percent=F(25), candidates=4)
    )
    assert titles.resolve_places(db, merit) == 3  # 25 % of 12 units
    assert titles.state(db, flag) is TitleState.READY
    assert titles.state(db, merit) is TitleState.WAITING
    with pytest.raises(ValidationError, match="danh hiệu trước chưa có kết quả"):
        titles.open_vote(db, merit.id)
    vote = titles.open_vote(db, flag.id)
    assert names(db, vote.candidate_ids) == ["Quảng Nam", "Khánh Hòa"]  # the official order on the ballot
    assert vote.places == 1 and vote.title.startswith("Suy tôn đơn vị đề nghị tặng Cờ thi đua")
    assert titles.state(db, titles.get_title(db, flag.id)) is TitleState.VOTING
    with pytest.raises(ValidationError, match="danh hiệu trước chưa có kết quả"):
        titles.open_vote(db, merit.id)
    vote_for(db, vote.id, ["Khánh Hòa"])
    assert titles.state(db, titles.get_title(db, flag.id)) is TitleState.DONE
    second = titles.open_vote(db, merit.id)
    assert sorted(names(db, second.candidate_ids)) == ["Gia Lai", "Kon Tum", "Phú Yên", "Quảng Nam"]
    assert second.places == 3
    assert second.committee_ids == get_vote(db, vote.id).committee_ids
    vote_for(db, second.id, ["Quảng Nam", "Kon Tum", "Phú Yên"])
    honours = titles.honours(db)
    by_title = {name: honours[unit] for unit, name in zip(honours, names(db, honours), strict=True)}
    assert by_title == {
        "Khánh Hòa": flag.name,
        "Quảng Nam": merit.name,
        "Kon Tum": merit.name,
        "Phú Yên": merit.name,
    }
    assert verify_file(db.path).ok


def test_a_tie_keeps_the_next_title_waiting(db):
    flag = titles.save_title(
        db, Title("Cờ thi đua", places=1, candidates=2, threshold=Threshold(1, 4, False, Base.VALID))
    )
    merit = titles.save_title(db, Title("Bằng khen", places=2))
    vote = titles.open_vote(db, flag.id)
    rnd = list_rounds(db, vote.id)[0]
    for choice in ([rnd.candidates[0].unit_id], [rnd.candidates[1].unit_id]) * 6:
        add_entry(db, rnd.id, choice)
    confirm_round(db, rnd.id)
    assert titles.state(db, titles.get_title(db, flag.id)) is TitleState.VOTING
    assert titles.state(db, merit) is TitleState.WAITING


def test_a_tie_at_the_cut_of_the_ranking_is_proposed_whole(db):
    by_name = {n: u for u, n in db.conn.execute("SELECT id, short_name FROM unit")}
    scoring.set_self_values(db, by_name["Quảng Nam"], {"1": F(20)})  # equal to Khánh Hòa
    flag = titles.save_title(db, Title("Cờ thi đua", places=1, candidates=1))
    assert sorted(names(db, titles.proposed(db, flag))) == ["Khánh Hòa", "Quảng Nam"]


def test_title_settings_are_checked_and_frozen_once_voted(db):
    with pytest.raises(ValidationError) as caught:
        titles.save_title(db, Title(" ", places=0, threshold=Threshold(3, 2, True, Base.VALID)))
    text = str(caught.value)
    assert "Tên danh hiệu" in text and "ít nhất là 1" in text and "3/2" in text
    flag = titles.save_title(db, Title("Cờ thi đua", places=1, candidates=2))
    titles.open_vote(db, flag.id)
    flag = titles.get_title(db, flag.id)
    with pytest.raises(ValidationError, match="đã có cuộc suy tôn"):
        titles.save_title(db, Title("Cờ", places=1, id=flag.id))
    with pytest.raises(ValidationError, match="đã có cuộc suy tôn"):
        titles.delete_title(db, flag.id)
