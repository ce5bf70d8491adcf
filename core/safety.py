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

The PIN is stored as PBKDF2-SHA256 with a random salt, never in clear, and never in an
event. It is a guard against a slip or an unauthorized hand at the laptop, not encryption:
whoever holds the file can edit it with other tools, which ``verify`` then reports.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from core.errors import ValidationError
from core.storage import MeetingFile
from core.text import clean

PIN_KEY = "pin"
PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 32
_ITERATIONS = 120_000
_SCHEME = "pbkdf2_sha256"


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
        raise ValidationError(f'Trường "Mã PIN": phải có từ {PIN_MIN_LENGTH} đến {PIN_MAX_LENGTH} ký tự.')
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
    """Raise :class:`PinRequired` unless no PIN is set or ``pin`` is right."""
    if check_pin(db, pin):
        return
    if pin is None:
        raise PinRequired(f"Cần mã PIN của Ban tổ chức để {action}.", wrong=False)
    raise PinRequired(f"Mã PIN không đúng: không thể {action}.", wrong=True)


def set_pin(db: MeetingFile, new_pin: str, current_pin: str | None = None) -> None:
    """Set or change the PIN; changing it needs the current one."""
    require_pin(db, current_pin, "đổi mã PIN")
    pin = _validated(new_pin)
    salt = secrets.token_bytes(16)
    value = f"{_SCHEME}${_ITERATIONS}${salt.hex()}${_hash(pin, salt, _ITERATIONS)}"
    action = "safety.pin_change" if has_pin(db) else "safety.pin_set"
    set_settings(db, {PIN_KEY: value}, action, {})  # the event never holds the PIN


def clear_pin(db: MeetingFile, current_pin: str | None) -> None:
    """Remove the PIN (needs it): results can then be reopened without one."""
    if not has_pin(db):
        return
    require_pin(db, current_pin, "bỏ mã PIN")
    set_settings(db, {PIN_KEY: None}, "safety.pin_clear", {})
