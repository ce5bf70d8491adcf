"""The organizers' safety settings kept in the meeting file, and the optional PIN.

Settings live in the ``setting`` table (migration 6), so they travel with the file and
every change is an audit event like any other. The PIN guards what must not change
quietly after a result is announced: reopening a confirmed result, or changing anything
it depends on. Code that does such a thing calls :func:`require_pin` first::

    from core.safety import require_pin

    def reopen_round(db, round_id, reason, pin=None):
        require_pin(db, pin, "mở lại kết quả")   # raises PinRequired; nothing changed
        with db.transaction("vote.reopen", {...}) as conn:
            ...

and the UI catches :class:`PinRequired`, asks for the PIN (ui/pin_dialog.py
``run_with_pin``) and calls again with it. Without a PIN set, ``require_pin`` does nothing.

The PIN is stored as PBKDF2-SHA256 (600,000 iterations, OWASP's figure for 2023 on) with a
random salt, never in clear, and never in an event. Wrong PINs slow the next try down (a few
free tries, then waits that double up to a minute). It is a guard against a slip or an
unauthorized hand at the laptop, not encryption: whoever holds the file can edit it with other
tools (``verify`` then reports it), or try PINs against the stored hash at their own pace.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import weakref

from core.errors import ValidationError
from core.said import Said
from core.storage import MeetingFile
from core.text import clean

PIN_KEY = "pin"
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 32
ITERATIONS = 600_000  # PBKDF2-HMAC-SHA256: OWASP Password Storage Cheat Sheet, 2023 on
_SCHEME = "pbkdf2_sha256"
FREE_TRIES = 3  # wrong PINs before the next try has to wait
MAX_WAIT_S = 60.0


class _Tries:
    """Wrong PINs in a row for one open file, and when the next try is allowed."""

    def __init__(self) -> None:
        self.wrong = 0
        self.next_allowed = 0.0

    def fail(self, now: float) -> None:
        self.wrong += 1
        if self.wrong >= FREE_TRIES:
            self.next_allowed = now + min(2.0 ** (self.wrong - FREE_TRIES), MAX_WAIT_S)


_tries: weakref.WeakKeyDictionary[MeetingFile, _Tries] = weakref.WeakKeyDictionary()
_clock = time.monotonic  # tests replace it


class PinRequired(ValidationError):
    """The action needs the organizers' PIN: none was given, or it was wrong. Nothing changed."""

    def __init__(self, message: str, wrong: bool):
        super().__init__(message)
        self.wrong = wrong


def get_setting(db: MeetingFile, key: str, default: str | None = None) -> str | None:
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_settings(db: MeetingFile, values: dict[str, str | None], action: str, details: dict) -> None:
    """Write (or, with ``None``, remove) settings, all of them as one user action."""
    with db.transaction(action, details) as conn:
        for key, value in values.items():
            if value is None:
                conn.execute("DELETE FROM setting WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )


def has_pin(db: MeetingFile) -> bool:
    return get_setting(db, PIN_KEY) is not None


def _hash(pin: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations).hex()


def _validated(pin: str) -> str:
    pin = clean(pin)
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise ValidationError(
            Said('Trường "Mã PIN": phải có từ {0} đến {1} ký tự.', PIN_MIN_LENGTH, PIN_MAX_LENGTH)
        )
    return pin


def check_pin(db: MeetingFile, pin: str | None) -> bool:
    """True when ``pin`` is the organizers' PIN, or when no PIN is set."""
    stored = get_setting(db, PIN_KEY)
    if stored is None:
        return True
    if pin is None:
        return False
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        actual = _hash(clean(pin), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False  # a damaged setting opens nothing; verify reports the edit
    return hmac.compare_digest(actual, digest)


def require_pin(db: MeetingFile, pin: str | None, action: str = "thực hiện thao tác này") -> None:
    """Raise :class:`PinRequired` unless no PIN is set or ``pin`` is right. After a few wrong
    PINs, a try made before the wait is over is refused without being checked."""
    if not has_pin(db):
        return
    if pin is None:
        raise PinRequired(Said("Cần mã PIN của Ban tổ chức để {0}.", action), wrong=False)
    tries = _tries.setdefault(db, _Tries())
    now = _clock()
    if now < tries.next_allowed:
        wait = int(tries.next_allowed - now + 0.999)
        raise PinRequired(
            Said("Đã nhập sai mã PIN {0} lần: chờ {1} giây rồi thử lại.", tries.wrong, wait), wrong=True
        )
    if check_pin(db, pin):
        tries.wrong, tries.next_allowed = 0, 0.0
        return
    tries.fail(now)
    raise PinRequired(Said("Mã PIN không đúng: không thể {0}.", action), wrong=True)


def set_pin(db: MeetingFile, new_pin: str, current_pin: str | None = None) -> None:
    """Set or change the PIN; changing it needs the current one."""
    require_pin(db, current_pin, "đổi mã PIN")
    pin = _validated(new_pin)
    salt = secrets.token_bytes(16)
    value = f"{_SCHEME}${ITERATIONS}${salt.hex()}${_hash(pin, salt, ITERATIONS)}"
    action = "safety.pin_change" if has_pin(db) else "safety.pin_set"
    set_settings(db, {PIN_KEY: value}, action, {})  # the event never holds the PIN


def clear_pin(db: MeetingFile, current_pin: str | None) -> None:
    """Remove the PIN (needs it): results can then be reopened without one."""
    if not has_pin(db):
        return
    require_pin(db, current_pin, "bỏ mã PIN")
    set_settings(db, {PIN_KEY: None}, "safety.pin_clear", {})
