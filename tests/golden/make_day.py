"""Make a golden meeting file: the demo conference and a day of it, by the code of the tree it runs in.

    python tests/golden/make_day.py OUT.thidua

The day (tests/golden/README.md): 20 check-ins and a walk-in, the demo's suy tôn vote (ten
ballots, one declared invalid, confirmed), and the head and deputy election over three paper
rounds that freeze the election's notes: round 1 refuses the proposed head while the deputy
reaches the threshold (a deputy deferred), round 2 is open and elects no head (deferred again),
round 3 elects the head in a runoff and leaves out five deputy votes for the head-elect.

It uses only functions every version since the election (schema 7) has, so that the file of a
version is made by that version's own code (run it in a checkout of that version).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.attendance import add_walk_in, check_in  # noqa: E402
from core.ballots import add_entry  # noqa: E402
from core.demo import write_demo  # noqa: E402
from core.head_election import (  # noqa: E402
    add_ballot,
    choices_from_text,
    confirm_election_round,
    create_next_round,
    paper_round,
)
from core.model import Person, Role, row_id  # noqa: E402
from core.people import list_people  # noqa: E402
from core.votes import last_round, list_votes  # noqa: E402
from core.votes_result import confirm_round  # noqa: E402


def election_round(db, typed: list[str]) -> None:
    pr = paper_round(db)
    for text in typed:
        add_ballot(db, pr.number, *choices_from_text(pr, text))
    confirm_election_round(db, pr.number)


def main(out: Path) -> None:
    db = write_demo(out)
    try:
        for person in list_people(db)[:20]:
            check_in(db, row_id(person))
        add_walk_in(db, Person("Khách Đến Muộn", Role.GUEST, organization="Báo Khánh Hòa"))
        vote = list_votes(db)[0]
        rnd = last_round(db, row_id(vote))
        ids = [c.unit_id for c in rnd.candidates]
        for chosen in (ids[:1], ids[:2], ids[:3]) * 3:
            add_entry(db, rnd.id, chosen)
        add_entry(db, rnd.id, invalid_reason="Phiếu rách")
        confirm_round(db, rnd.id)
        election_round(db, ["1"] * 7 + [""] * 5)  # the head refused; Kon Tum deferred
        create_next_round(db)
        election_round(db, ["7 8"] * 5 + ["4 8"] * 4 + ["6 2"] * 3)  # no head: runoff, Kon Tum deferred
        create_next_round(db)
        election_round(db, ["1 8"] * 7 + ["2 4"] * 5)  # Bình Định head; its 5 deputy votes left out
    finally:
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
