"""Delegates and guests."""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator

from core.errors import ValidationError
from core.model import Person, Role, Unit
from core.storage import MeetingFile
from core.text import clean, fold, name_sort_key

_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: what a badge scanner types
_PHONE = re.compile(r"^\+?[0-9 .\-]{6,20}$")
FIRST_CODE = 1001

_SELECT = (
    "SELECT id, full_name, role, position, unit_id, organization, phone, code, substitute_for FROM person"
)


def _person(row: tuple) -> Person:
    pid, name, role, position, unit_id, organization, phone, code, substitute_for = row
    return Person(name, Role(role), position, unit_id, organization, phone, code, pid, substitute_for)


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
    )


def field_errors(person: Person, unit_ids: set[int]) -> list[tuple[str, str]]:
    """(field label, message) for each field of one person that is wrong."""
    p = normalized(person)
    errors = []
    if not p.full_name:
        errors.append(("Họ và tên", "không được để trống"))
    if p.role != Role.GUEST and p.unit_id not in unit_ids:
        errors.append(
            ("Đơn vị", "phải là một đơn vị thành viên của cụm (khách mời thì chọn vai trò Khách mời)")
        )
    if p.phone and not _PHONE.match(p.phone):
        errors.append(("Số điện thoại", f'"{p.phone}" không phải số điện thoại'))
    if p.code and not _DIGITS.fullmatch(p.code):
        errors.append(("Mã", f'"{p.code}" chỉ được gồm chữ số (để máy quét mã QR đọc đúng)'))
    return errors


def _validate(db: MeetingFile, person: Person) -> Person:
    p = normalized(person)
    unit_ids = {row[0] for row in db.conn.execute("SELECT id FROM unit")}
    errors = [f'Trường "{label}": {message}.' for label, message in field_errors(p, unit_ids)]
    if p.code:
        owner = db.conn.execute("SELECT id, full_name FROM person WHERE code = ?", (p.code,)).fetchone()
        if owner and owner[0] != p.id:
            errors.append(f'Trường "Mã": mã {p.code} đã cấp cho {owner[1]}.')
    if errors:
        raise ValidationError(errors)
    return p


def free_codes(db: MeetingFile, taken: set[str] = frozenset()) -> Iterator[str]:
    """Unused digit codes after the highest code in the file, skipping ``taken``."""
    highest = db.conn.execute(
        "SELECT MAX(CAST(code AS INTEGER)) FROM person WHERE LENGTH(code) <= 9"
    ).fetchone()[0]
    start = max(FIRST_CODE, (highest or 0) + 1)
    return (code for code in map(str, itertools.count(start)) if code not in taken)


def insert_person(conn: sqlite3.Connection, p: Person) -> int:
    """Insert a prepared person inside the caller's transaction; returns the id."""
    cursor = conn.execute(
        "INSERT INTO person (id, full_name, role, position, unit_id, organization, phone, code, substitute_for) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        ),
    )
    return cursor.lastrowid


def prepare_people(db: MeetingFile, people: list[Person]) -> list[Person]:
    """Validated, normalized copies with a code each; raises ValidationError on any error."""
    checked = [_validate(db, p) for p in people]
    given = [p.code for p in checked if p.code]
    repeated = sorted(code for code, n in Counter(given).items() if n > 1)
    if repeated:
        raise ValidationError(f"Mã {', '.join(repeated)} bị trùng trong danh sách thêm vào.")
    codes = free_codes(db, set(given))
    for p in checked:
        p.code = p.code or next(codes)
    return checked


def add_person(db: MeetingFile, person: Person) -> Person:
    """Add one person (or put back a deleted one, keeping its id); gives a code if it has none."""
    [p] = prepare_people(db, [person])
    with db.transaction("person.add", {"name": p.full_name, "code": p.code}) as conn:
        p.id = insert_person(conn, p)
    return p


def add_people(db: MeetingFile, people: list[Person], source: str = "") -> list[Person]:
    """Add many people in one transaction: all of them or, on any error, none."""
    prepared = prepare_people(db, people)
    with db.transaction("people.import", {"count": len(prepared), "source": source}) as conn:
        for p in prepared:
            p.id = insert_person(conn, p)
    return prepared


def update_person(db: MeetingFile, person: Person) -> Person:
    p = _validate(db, person)
    if not p.code:
        raise ValidationError('Trường "Mã": không được để trống.')
    with db.transaction("person.update", {"id": p.id, "name": p.full_name}) as conn:
        conn.execute(
            "UPDATE person SET full_name = ?, role = ?, position = ?, unit_id = ?, organization = ?, "
            "phone = ?, code = ? WHERE id = ?",
            (p.full_name, p.role.value, p.position, p.unit_id, p.organization, p.phone, p.code, p.id),
        )
    return p


def delete_people(db: MeetingFile, person_ids: list[int]) -> list[Person]:
    """Delete people in one action; returns their records so that the deletion can be undone."""
    people = [get_person(db, pid) for pid in person_ids]
    if any(p is None for p in people):
        raise ValidationError("Có người không còn trong danh sách.")
    here = {row[0] for row in db.conn.execute("SELECT person_id FROM attendance")}
    arrived = [p.full_name for p in people if p.id in here]
    if arrived:
        raise ValidationError(
            f"{', '.join(arrived)} đã điểm danh. Hãy hủy điểm danh trước khi xóa khỏi danh sách."
        )
    details = {"ids": person_ids, "names": [p.full_name for p in people]}
    with db.transaction("people.delete", details) as conn:
        conn.executemany("DELETE FROM person WHERE id = ?", [(pid,) for pid in person_ids])
    return people


def delete_person(db: MeetingFile, person_id: int) -> Person:
    return delete_people(db, [person_id])[0]


def likely_duplicate(person: Person, others: list[Person]) -> Person | None:
    """Someone already listed with the same name (ignoring diacritics) in the same unit or organization."""
    key = (fold(person.full_name), person.unit_id, fold(person.organization))
    for other in others:
        same_record = other is person or (other.id is not None and other.id == person.id)
        if not same_record and (fold(other.full_name), other.unit_id, fold(other.organization)) == key:
            return other
    return None


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
