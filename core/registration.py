"""The registration desk: search as you type, badge scans, walk-ins, undo, live counts.

A desk keeps the meeting's people in memory with each person's search text folded
once (lower case, no diacritics), so that a keystroke filters a list of strings and
never touches the file. Every check-in still goes to the file at once, through
core.attendance; the desk only mirrors what it wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from core.attendance import (
    AttendanceCounts,
    CheckIn,
    Figures,
    add_walk_in,
    check_in,
    checked_in,
    counts_of,
    figures_of,
    substitutes,
    undo_check_in,
)
from core.errors import ValidationError
from core.meetings import load_meeting
from core.model import Meeting, Person, Role, Unit, row_id
from core.people import delegation_order, list_people
from core.said import Said
from core.storage import MeetingFile
from core.text import search_key, search_terms
from core.units import list_units


def is_code(text: str) -> bool:
    """What a badge scanner types: ASCII digits only (str.isdigit would accept "²" or "٣")."""
    text = text.strip()
    return bool(text) and text.isascii() and text.isdigit()


def query_words(query: str) -> list[str]:
    """The folded words of a search, e.g. "Nguyễn  TẤN" (any Unicode form) -> ["nguyen", "tan"],
    "K'Ré" -> ["kre"] (core.text.search_terms)."""
    return search_terms(query)


@dataclass
class DeskEntry:
    """One person as the desk shows and searches them."""

    person: Person
    unit_text: str  # member unit's short name, or a guest's organization
    key: str  # core.text.search_key of name, position, unit and code: what a query is matched against
    substitute_name: str = ""  # whom this person attends in place of
    replaced_by: str = ""  # who attends in place of this (absent) delegate


class OutcomeKind(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"  # the person had been checked in before; nothing changed
    UNKNOWN_CODE = "unknown_code"
    NO_MATCH = "no_match"
    AMBIGUOUS = "ambiguous"  # several people match and none is selected
    EMPTY = "empty"


@dataclass(frozen=True)
class Outcome:
    """What Enter in the search box did. The UI words it; core only says what happened."""

    kind: OutcomeKind
    person: Person | None = None
    at: datetime | None = None
    unit_text: str = ""
    text: str = ""  # the code or query typed
    matches: int = 0


@dataclass(frozen=True)
class UnitAttendance:
    """One member unit at this moment, for the attendance report."""

    unit: Unit
    figures: Figures  # core.attendance's one definition, for this unit's delegation
    absent: list[Person]  # convened, not here, nobody in their place


@dataclass
class RegistrationDesk:
    db: MeetingFile
    meeting: Meeting = field(init=False)
    units: list[Unit] = field(init=False)
    entries: list[DeskEntry] = field(init=False)
    present: dict[int, datetime] = field(init=False)
    subs: dict[int, int] = field(init=False)
    undo_stack: list[int] = field(default_factory=list)  # person ids checked in at this desk

    def __post_init__(self) -> None:
        self.reload()

    # -- reading ---------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again (after the people or the meeting changed elsewhere)."""
        self.meeting = load_meeting(self.db)
        self.units = list_units(self.db)
        self.present = checked_in(self.db)
        self.subs = substitutes(self.db)
        people = delegation_order(list_people(self.db), self.units)
        unit_names = {u.id: u.short_name for u in self.units}
        names = {p.id: p.full_name for p in people}
        replaced_by = {original: names.get(sub, "") for sub, original in self.subs.items()}
        self.entries = []
        for p in people:
            unit_text = p.organization if p.role == Role.GUEST else unit_names.get(p.unit_id, "")
            # Each run of parts after a space: a search tests "starts a run" as a plain substring test.
            key = search_key(p.full_name, p.position, unit_text, p.code)
            self.entries.append(
                DeskEntry(
                    p, unit_text, key, names.get(self.subs.get(row_id(p)), ""), replaced_by.get(row_id(p), "")
                )
            )
        self._by_id = {e.person.id: e for e in self.entries}
        self._by_code = {e.person.code: e for e in self.entries}
        self._people = [e.person for e in self.entries]

    def entry(self, person_id: int) -> DeskEntry | None:
        return self._by_id.get(person_id)

    def by_code(self, code: str) -> DeskEntry | None:
        return self._by_code.get(code.strip())

    def search(self, query: str, within: list[int] | None = None) -> list[int]:
        """Indices into ``entries`` in which every word of ``query`` (folded) starts a word.

        "kh hoa" finds Khánh Hòa but not "Khoa"; "tuan" finds Tuấn and Tuân; "10" finds codes
        1001-1099; "kre", "k re" and "K'R" find K'Ré; "romah" finds Rơ Mah (core.text.search_key).
        ``within``: indices of an earlier result to narrow, when the query only grew.
        """
        words = [" " + word for word in query_words(query)]
        candidates = range(len(self.entries)) if within is None else within
        if not words:
            return list(candidates)
        entries = self.entries
        if len(words) == 1:  # the usual case, kept tight: it runs on every keystroke
            word = words[0]
            return [i for i in candidates if word in entries[i].key]
        return [i for i in candidates if all(w in entries[i].key for w in words)]

    def counts(self) -> AttendanceCounts:
        return counts_of(self.meeting, self._people, set(self.present), self.subs, len(self.units))

    def absent_delegates(self) -> list[Person]:
        """Convened delegates who are not here and have nobody in their place: who may be substituted."""
        replaced = set(self.subs.values())
        return [
            e.person
            for e in self.entries
            if e.person.role != Role.GUEST
            and e.person.id not in self.subs
            and not e.person.walk_in
            and e.person.id not in self.present
            and e.person.id not in replaced
        ]

    def by_unit(self) -> list[UnitAttendance]:
        replaced = {original for sub, original in self.subs.items() if sub in self.present}
        rows = []
        for unit in self.units:
            members = [e.person for e in self.entries if e.person.unit_id == unit.id]
            absent = [
                p
                for p in members
                if p.role != Role.GUEST
                and p.id not in self.subs
                and not p.walk_in
                and p.id not in self.present
                and p.id not in replaced
            ]
            rows.append(UnitAttendance(unit, figures_of(members, set(self.present), self.subs), absent))
        return rows

    # -- actions (each one transaction in the file, through core.attendance) ---

    def _outcome(self, result: CheckIn) -> Outcome:
        entry = self._by_id.get(result.person.id)
        unit_text = entry.unit_text if entry else ""
        if result.already:
            return Outcome(OutcomeKind.ALREADY, result.person, result.at, unit_text)
        self.present[row_id(result.person)] = result.at
        self.undo_stack.append(row_id(result.person))
        return Outcome(OutcomeKind.CHECKED_IN, result.person, result.at, unit_text)

    def check_in(self, person_id: int) -> Outcome:
        return self._outcome(check_in(self.db, person_id))

    def scan(self, code: str) -> Outcome:
        """A badge scan (or a code typed): check in with no other step; unknown codes change nothing."""
        code = code.strip()
        entry = self._by_code.get(code)
        if entry is None:
            return Outcome(OutcomeKind.UNKNOWN_CODE, text=code)
        return self.check_in(row_id(entry.person))

    def submit(self, text: str, selected: int | None = None) -> Outcome:
        """What Enter in the search box does.

        - digits only: a code (a scanner types digits then Enter), whatever row is selected;
        - otherwise the selected person, or the only match of the query.
        """
        if is_code(text):
            return self.scan(text)
        if selected is not None:
            return self.check_in(selected)
        if not text.strip():
            return Outcome(OutcomeKind.EMPTY)
        found = self.search(text)
        if len(found) == 1:
            return self.check_in(row_id(self.entries[found[0]].person))
        kind = OutcomeKind.NO_MATCH if not found else OutcomeKind.AMBIGUOUS
        return Outcome(kind, text=text.strip(), matches=len(found))

    def last_undoable(self) -> Person | None:
        """The person whose check-in "Hoàn tác" would undo."""
        while self.undo_stack and self.undo_stack[-1] not in self.present:
            self.undo_stack.pop()  # undone elsewhere meanwhile
        return self._by_id[self.undo_stack[-1]].person if self.undo_stack else None

    def undo_last(self) -> Person | None:
        """Undo this desk's latest check-in still standing; None when there is none."""
        person = self.last_undoable()
        if person is None:
            return None
        undo_check_in(self.db, row_id(person))
        self.undo_stack.pop()
        self.present.pop(row_id(person), None)
        return person

    def cancel(self, person_id: int) -> Person:
        """Undo the check-in of one person (a mistake found later)."""
        entry = self._by_id.get(person_id)
        if entry is None or person_id not in self.present:
            raise ValidationError(Said("Người này chưa điểm danh."))
        undo_check_in(self.db, person_id)
        self.present.pop(person_id, None)
        return entry.person

    def walk_in(self, person: Person, substitute_for: int | None = None) -> Outcome:
        """Add someone on the spot and check them in (optionally in place of an absent delegate)."""
        result = add_walk_in(self.db, person, substitute_for=substitute_for)
        stack = self.undo_stack
        self.reload()  # a new person: the order, the index and the substitutes all change
        self.undo_stack = stack
        return self._outcome(result)
