"""Delegates and guests."""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Iterator

from core.errors import ValidationError
from core.model import Person, Role, Unit
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.text import clean, fold, name_sort_key, text_problem

_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: what a badge scanner types
_PHONE = re.compile(r"^\+?[0-9 .\-]{6,20}$")
FIRST_CODE = 1001
# A badge code has at most 9 digits: the QR code stays small and a code never outgrows the
# numbering (an imported 999999999 used to push every later code past the bound).
MAX_CODE_DIGITS = 9
MAX_CODE = 10**MAX_CODE_DIGITS - 1
# The longest text each field may hold: what the printed list and the badges are laid out for.
MAX_NAME = 100
MAX_POSITION = 200
MAX_ORGANIZATION = 200

_SELECT = "SELECT id, full_name, role, position, unit_id, organization, phone, code, substitute_for, walk_in FROM person"


def _person(row: tuple) -> Person:
    pid, name, role, position, unit_id, organization, phone, code, substitute_for, walk_in = row
    return Person(
        name, Role(role), position, unit_id, organization, phone, code, pid, substitute_for, bool(walk_in)
    )


def list_people(db: MeetingFile) -> list[Person]:
    return [_person(row) for row in db.conn.execute(f"{_SELECT} ORDER BY id")]


def get_person(db: MeetingFile, person_id: int) -> Person | None:
    row = db.conn.execute(f"{_SELECT} WHERE id = ?", (person_id,)).fetchone()
    return _person(row) if row else None


def normalized(person: Person) -> Person:
    """The person as stored: NFC, trimmed, a guest without a unit, a member without an organization."""
    is_guest = person.role == Role.GUEST
    return Person(
        full_name=clean(person.full_name),
        role=person.role,
        position=clean(person.position),
        unit_id=None if is_guest else person.unit_id,
        organization=clean(person.organization) if is_guest else "",
        phone=clean(person.phone),
        code=clean(person.code),
        id=person.id,
        substitute_for=person.substitute_for,
        walk_in=person.walk_in,
    )


def field_errors(person: Person, unit_ids: set[int]) -> list[tuple[str, str]]:
    """(field label, message) for each field of one person that is wrong."""
    p = normalized(person)
    errors: list[tuple[str, str]] = []
    if not p.full_name:
        errors.append((Said("Họ và tên"), Said("không được để trống")))
    texts = (
        (Said("Họ và tên"), p.full_name, MAX_NAME),
        (Said("Chức vụ"), p.position, MAX_POSITION),
        (Said("Cơ quan"), p.organization, MAX_ORGANIZATION),
    )
    for label, value, max_len in texts:
        problem = text_problem(value, max_len)
        if problem:
            errors.append((label, problem))
    if p.role != Role.GUEST and p.unit_id not in unit_ids:
        errors.append(
            (
                Said("Đơn vị"),
                Said("phải là một đơn vị thành viên của cụm (khách mời thì chọn vai trò Khách mời)"),
            )
        )
    if p.phone and not _PHONE.match(p.phone):
        errors.append((Said("Số điện thoại"), Said('"{0}" không phải số điện thoại', shorten(p.phone))))
    if p.code and not _DIGITS.fullmatch(p.code):
        errors.append(
            (Said("Mã"), Said('"{0}" chỉ được gồm chữ số (để máy quét mã QR đọc đúng)', shorten(p.code)))
        )
    elif len(p.code) > MAX_CODE_DIGITS:
        errors.append((Said("Mã"), Said("mã {0} dài quá {1} chữ số", shorten(p.code), MAX_CODE_DIGITS)))
    return errors


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters for a message: a refused value may be huge."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _validate(db: MeetingFile, person: Person) -> Person:
    p = normalized(person)
    unit_ids = {row[0] for row in db.conn.execute("SELECT id FROM unit")}
    errors = [Said('Trường "{0}": {1}.', label, message) for label, message in field_errors(p, unit_ids)]
    if p.code:
        owner = db.conn.execute("SELECT id, full_name FROM person WHERE code = ?", (p.code,)).fetchone()
        if owner and owner[0] != p.id:
            errors.append(Said('Trường "Mã": mã {0} đã cấp cho {1}.', p.code, owner[1]))
    if errors:
        raise ValidationError(errors)
    return p


def free_codes(db: MeetingFile, taken: Collection[str] = frozenset()) -> Iterator[str]:
    """Unused codes, skipping ``taken``: after the highest code in the file while that stays
    within MAX_CODE, then the gaps from FIRST_CODE upward, so a free code is always found."""
    used = {row[0] for row in db.conn.execute("SELECT code FROM person")}
    highest = max((int(c) for c in used if _DIGITS.fullmatch(c) and len(c) <= MAX_CODE_DIGITS), default=0)
    start = min(max(FIRST_CODE, highest + 1), MAX_CODE + 1)
    used |= set(taken)
    numbers = itertools.chain(range(start, MAX_CODE + 1), range(FIRST_CODE, start))
    return (code for code in map(str, numbers) if code not in used)


def insert_person(conn: sqlite3.Connection, p: Person) -> int:
    """Insert a prepared person inside the caller's transaction; returns the id."""
    cursor = conn.execute(
        "INSERT INTO person "
        "(id, full_name, role, position, unit_id, organization, phone, code, substitute_for, walk_in) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            p.id,
            p.full_name,
            p.role.value,
            p.position,
            p.unit_id,
            p.organization,
            p.phone,
            p.code,
            p.substitute_for,
            int(p.walk_in),
        ),
    )
    return inserted_id(cursor)


def prepare_people(db: MeetingFile, people: list[Person]) -> list[Person]:
    """Validated, normalized copies with a code each; raises ValidationError on any error.

    Call it inside the transaction that writes them, so that what it checked still holds."""
    checked = [_validate(db, p) for p in people]
    given = [p.code for p in checked if p.code]
    repeated = sorted(code for code, n in Counter(given).items() if n > 1)
    if repeated:
        raise ValidationError(Said("Mã {0} bị trùng trong danh sách thêm vào.", ", ".join(repeated)))
    codes = free_codes(db, set(given))
    for p in checked:
        p.code = p.code or next(codes)
    return checked


# Every check that guards a write runs inside that write's transaction (BEGIN IMMEDIATE):
# nothing can change between the check and the write. A ValidationError raised inside rolls
# the transaction back. The event's details are read at commit, so they are filled in there.


def add_person(db: MeetingFile, person: Person) -> Person:
    """Add one person (or put back a deleted one, keeping its id); gives a code if it has none."""
    details: dict = {}
    with db.transaction("person.add", details) as conn:
        [p] = prepare_people(db, [person])
        p.id = insert_person(conn, p)
        details.update(name=p.full_name, code=p.code)
    return p


def add_people(db: MeetingFile, people: list[Person], source: str = "") -> list[Person]:
    """Add many people in one transaction: all of them or, on any error, none."""
    added, _ = change_people(db, people, [], source)
    return added


def change_people(
    db: MeetingFile, additions: list[Person], updates: list[Person], source: str = ""
) -> tuple[list[Person], list[Person]]:
    """Add ``additions`` and update ``updates`` (each by its id) in one transaction: all or none.

    Returns the people as stored: (added, updated). An import and its undo and redo use it.
    """
    details: dict = {"source": source}
    with db.transaction("people.import", details) as conn:
        added = prepare_people(db, additions)
        updated = [_prepare_update(db, p) for p in updates]
        for p in updated:
            _write_update(conn, p)
        for p in added:
            p.id = insert_person(conn, p)
        details.update(count=len(added))
        if updated:
            details.update(updated=len(updated))
    return added, updated


def _prepare_update(db: MeetingFile, person: Person) -> Person:
    p = _validate(db, person)
    if not p.code:
        raise ValidationError(Said('Trường "Mã": không được để trống.'))
    if p.id is None or get_person(db, p.id) is None:
        raise ValidationError(Said("{0} không còn trong danh sách.", p.full_name))
    return p


def _write_update(conn: sqlite3.Connection, p: Person) -> None:
    conn.execute(
        "UPDATE person SET full_name = ?, role = ?, position = ?, unit_id = ?, organization = ?, "
        "phone = ?, code = ? WHERE id = ?",
        (p.full_name, p.role.value, p.position, p.unit_id, p.organization, p.phone, p.code, p.id),
    )


def update_person(db: MeetingFile, person: Person) -> Person:
    details: dict = {"id": person.id}
    with db.transaction("person.update", details) as conn:
        p = _prepare_update(db, person)
        _write_update(conn, p)
        details.update(name=p.full_name)
    return p


def delete_people(db: MeetingFile, person_ids: list[int]) -> list[Person]:
    """Delete people in one action; returns their records so that the deletion can be undone."""
    details: dict = {"ids": person_ids}
    with db.transaction("people.delete", details) as conn:
        found = [get_person(db, pid) for pid in person_ids]
        people = [p for p in found if p is not None]
        if len(people) < len(found):
            raise ValidationError(Said("Có người không còn trong danh sách."))
        here = {row[0] for row in conn.execute("SELECT person_id FROM attendance")}
        arrived = [p.full_name for p in people if p.id in here]
        if arrived:
            raise ValidationError(
                Said("{0} đã điểm danh. Hãy hủy điểm danh trước khi xóa khỏi danh sách.", ", ".join(arrived))
            )
        conn.executemany("DELETE FROM person WHERE id = ?", [(pid,) for pid in person_ids])
        details.update(names=[p.full_name for p in people])
    return people


def revert_import(db: MeetingFile, added: list[Person], before: list[Person], source: str = "") -> None:
    """Undo an import in one transaction: delete the people it added, put back the ones it updated."""
    details: dict = {"source": source}
    with db.transaction("people.import_undo", details) as conn:
        here = {row[0] for row in conn.execute("SELECT person_id FROM attendance")}
        arrived = [p.full_name for p in added if p.id in here]
        if arrived:
            raise ValidationError(
                Said("{0} đã điểm danh. Hãy hủy điểm danh trước khi hoàn tác việc nhập.", ", ".join(arrived))
            )
        restored = [_prepare_update(db, p) for p in before]
        conn.executemany("DELETE FROM person WHERE id = ?", [(p.id,) for p in added])
        for p in restored:
            _write_update(conn, p)
        details.update(removed=len(added), restored=len(restored))


def delete_person(db: MeetingFile, person_id: int) -> Person:
    return delete_people(db, [person_id])[0]


def duplicate_key(person: Person) -> tuple[str, int | None, str]:
    """What two records of the same person share: the name without diacritics, the unit or organization."""
    return fold(person.full_name), person.unit_id, fold(person.organization)


class NameIndex:
    """People by ``duplicate_key``: finding a likely duplicate costs one look-up, not a scan.

    An import of thousands of rows checks each row against the meeting and the rows before it.
    """

    def __init__(self, people: Iterable[Person] = ()):
        self._by_key: dict[tuple[str, int | None, str], list[Person]] = {}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        self._by_key.setdefault(duplicate_key(person), []).append(person)

    def find(self, person: Person) -> Person | None:
        for other in self._by_key.get(duplicate_key(person), ()):
            same_record = other is person or (other.id is not None and other.id == person.id)
            if not same_record:
                return other
        return None


def likely_duplicate(person: Person, others: list[Person]) -> Person | None:
    """Someone already listed with the same name (ignoring diacritics) in the same unit or organization."""
    return NameIndex(others).find(person)


def delegation_order(people: list[Person], units: list[Unit]) -> list[Person]:
    """Units in official order, the head of delegation first, then Vietnamese name order; guests last."""
    rank = {u.id: u.position for u in units}
    return sorted(
        people,
        key=lambda p: (
            p.role == Role.GUEST,
            rank.get(p.unit_id, 10**6),
            p.role != Role.HEAD,
            name_sort_key(p.full_name),
        ),
    )
