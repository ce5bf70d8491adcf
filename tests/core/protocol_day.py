"""The demo conference played through the day as the seed report tells it: everyone checked in,
Khánh Hòa, Quảng Nam, Kon Tum and Phú Yên acclaimed, the head and deputy elected, the agreement
signed by every unit."""

from pathlib import Path

from core.agreement import mark_signed, signatories
from core.attendance import check_in
from core.ballots import add_entry
from core.demo import write_demo
from core.head_election import add_ballot, choices_from_text, confirm_election_round, paper_round
from core.model import row_id
from core.people import list_people
from core.storage import MeetingFile
from core.votes import last_round, list_votes
from core.votes_result import confirm_round

ACCLAIMED = ["Khánh Hòa", "Quảng Nam", "Kon Tum", "Phú Yên"]


def play_day(path: Path) -> MeetingFile:
    db = write_demo(path)
    for person in list_people(db):
        check_in(db, row_id(person))
    vote = list_votes(db)[0]
    rnd = last_round(db, row_id(vote))
    by_name = {c.short_name: c.unit_id for c in rnd.candidates}
    chosen = [by_name[name] for name in ACCLAIMED]
    assert len(chosen) == 4, by_name
    for _ in range(12):
        add_entry(db, rnd.id, chosen)
    confirm_round(db, rnd.id)
    pr = paper_round(db)
    for _ in range(12):
        add_ballot(db, pr.number, *choices_from_text(pr, ""))  # approve the proposed head and deputy
    confirm_election_round(db, pr.number)
    for block in signatories(db).printed:
        mark_signed(db, row_id(block.unit))
    return db
