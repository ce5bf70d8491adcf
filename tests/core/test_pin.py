"""The organizers' optional PIN: stored hashed with a salt, required when set."""

import pytest

from core.audit import verify_db
from core.errors import ValidationError
from core.safety import PinRequired, check_pin, clear_pin, has_pin, require_pin, set_pin
from core.storage import MeetingFile


@pytest.fixture
def db(tmp_path):
    db = MeetingFile.create(tmp_path / "a.thidua")
    yield db
    db.close()


def test_without_a_pin_nothing_is_required(db):
    assert not has_pin(db)
    assert check_pin(db, None)
    require_pin(db, None, "mở lại kết quả")


def test_a_set_pin_is_required_and_checked(db):
    set_pin(db, "2019")
    assert has_pin(db)
    with pytest.raises(PinRequired, match="Cần mã PIN") as caught:
        require_pin(db, None, "mở lại kết quả")
    assert not caught.value.wrong
    with pytest.raises(PinRequired, match="không đúng") as caught:
        require_pin(db, "2018", "mở lại kết quả")
    assert caught.value.wrong
    assert isinstance(caught.value, ValidationError)  # shown like any refused input
    require_pin(db, "2019")
    require_pin(db, " 2019 ")  # trimmed as typed


def test_the_pin_is_never_stored_or_logged_in_clear(db):
    set_pin(db, "735911")
    stored = db.conn.execute("SELECT value FROM setting WHERE key = 'pin'").fetchone()[0]
    assert "735911" not in stored and stored.startswith("pbkdf2_sha256$")
    events = " ".join(r[0] + (r[1] or "") for r in db.conn.execute("SELECT details, rows FROM event"))
    assert "735911" not in events
    set_pin(db, "735911", current_pin="735911")
    again = db.conn.execute("SELECT value FROM setting WHERE key = 'pin'").fetchone()[0]
    assert again != stored  # a fresh salt each time
    assert verify_db(db).ok


def test_changing_or_clearing_needs_the_current_pin(db):
    set_pin(db, "1111")
    with pytest.raises(PinRequired):
        set_pin(db, "2222")
    with pytest.raises(PinRequired):
        clear_pin(db, "0000")
    set_pin(db, "2222", current_pin="1111")
    assert check_pin(db, "2222") and not check_pin(db, "1111")
    clear_pin(db, "2222")
    assert not has_pin(db)


def test_too_short_a_pin_is_refused(db):
    with pytest.raises(ValidationError, match="Mã PIN"):
        set_pin(db, "12")
    assert not has_pin(db)


def test_a_damaged_pin_setting_opens_nothing(db):
    set_pin(db, "1234")
    db.conn.execute("UPDATE setting SET value = 'rubbish' WHERE key = 'pin'")
    assert not check_pin(db, "1234")
    assert not check_pin(db, None)


def test_reopening_a_confirmed_result_needs_the_pin_and_confirming_backs_up(tmp_path):
    from core.backup import list_backups, set_backup_folder
    from core.ballots import add_entry
    from core.demo import write_demo
    from core.units import list_units
    from core.votes import Vote, add_vote, get_round, list_rounds
    from core.votes_result import confirm_round, reopen_round

    usb = tmp_path / "usb"
    usb.mkdir()
    db = write_demo(tmp_path / "hoi-nghi.thidua")
    try:
        set_backup_folder(db, usb)
        units = [u.id for u in list_units(db)][:4]
        vote = add_vote(db, Vote("Thử PIN", candidate_ids=units, places=2))
        round_id = list_rounds(db, vote.id)[0].id
        for choices in ([units[0]], [units[0], units[1]], [units[1]]):
            add_entry(db, round_id, choices)
        confirm_round(db, round_id)
        [copy] = list_backups(usb)
        assert copy.reason.startswith("ket-qua") and copy.code == db.audit_head()[:8].upper()

        set_pin(db, "4321")
        with pytest.raises(PinRequired):
            reopen_round(db, round_id, "nhập nhầm một phiếu")
        with pytest.raises(PinRequired):
            reopen_round(db, round_id, "nhập nhầm một phiếu", pin="0000")
        assert get_round(db, round_id).state == "confirmed"
        reopen_round(db, round_id, "nhập nhầm một phiếu", pin="4321")
        assert get_round(db, round_id).state == "entering"
        assert verify_db(db).ok
    finally:
        db.close()


def test_wrong_pins_slow_the_next_tries_down(db, monkeypatch):
    from core import safety

    now = [1000.0]
    monkeypatch.setattr(safety, "_clock", lambda: now[0])
    set_pin(db, "2468")
    for _ in range(safety.FREE_TRIES):
        with pytest.raises(PinRequired, match="không đúng"):
            require_pin(db, "1111")
    with pytest.raises(PinRequired, match="chờ 1 giây"):
        require_pin(db, "2468")  # even the right PIN waits: it is not even checked
    now[0] += 1
    with pytest.raises(PinRequired, match="không đúng"):
        require_pin(db, "1112")
    with pytest.raises(PinRequired, match="chờ 2 giây"):
        require_pin(db, "2468")
    now[0] += 2
    require_pin(db, "2468")  # right, after the wait: the count starts again
    with pytest.raises(PinRequired, match="không đúng"):
        require_pin(db, "1111")


def test_the_pin_hash_follows_current_guidance(db):
    from core.safety import ITERATIONS

    set_pin(db, "2468")
    scheme, iterations, salt, digest = (
        db.conn.execute("SELECT value FROM setting WHERE key = 'pin'").fetchone()[0].split("$")
    )
    assert (scheme, int(iterations)) == ("pbkdf2_sha256", ITERATIONS) and ITERATIONS >= 600_000
    assert len(bytes.fromhex(salt)) == 16 and len(digest) == 64
