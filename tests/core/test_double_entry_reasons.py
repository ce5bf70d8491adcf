"""Double entry compares everything a ballot records: two passes that differ only in the reason
an invalid ballot was refused are not the same count (a deliberate bug that ignored the reason
went unnoticed by the tests)."""

from dataclasses import replace

import pytest

from core.ballots import INVALID_REASONS, add_entry, differences
from core.errors import ValidationError
from core.votes import get_vote, list_rounds, list_votes, update_vote
from core.votes_result import confirm_round


def test_passes_that_differ_only_in_an_invalid_reason_differ(demo_db):
    vote = list_votes(demo_db)[0]
    update_vote(demo_db, replace(get_vote(demo_db, vote.id), double_entry=True))
    rnd = list_rounds(demo_db, vote.id)[0]
    first = [c.unit_id for c in rnd.candidates[:2]]
    for pass_no, reason in ((1, INVALID_REASONS[0]), (2, INVALID_REASONS[3])):
        add_entry(demo_db, rnd.id, first, pass_no=pass_no)
        add_entry(demo_db, rnd.id, invalid_reason=reason, pass_no=pass_no)
    [difference] = differences(demo_db, rnd.id)
    assert (difference.first.invalid_reason, difference.second.invalid_reason) == (
        INVALID_REASONS[0],
        INVALID_REASONS[3],
    )
    with pytest.raises(ValidationError, match="khác nhau"):
        confirm_round(demo_db, rnd.id)
