"""What a round's result notes beside its figures, as data: a kind and its values.

The head and deputy election notes, for instance, that ballots naming the head-elect as deputy
were not counted for the deputy, or that a deputy reached the threshold while the head is
undecided. A confirmed round freezes its notes with its result (core/votes_result.py,
``RoundResult.notes``); the sentence is made from the data when a note is shown or printed, so
rewording a sentence never loses the notes an older file holds. Files before schema version 9
stored the sentences themselves: migration 9 recognises them, once (core/migrate_notes.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class NoteKind(StrEnum):
    EXCLUDED_VOTES = "excluded_votes"  # deputy votes for the head-elect, not counted for the deputy
    DEPUTY_DEFERRED = "deputy_deferred"  # a deputy reached the threshold while the head is undecided
    TEXT = "text"  # a sentence kept as it was written: an old file's note that no known form matched


# What is printed (Vietnamese); the UI shows each in its language (ui.i18n.note_text).
NOTE_TEMPLATES = {
    NoteKind.EXCLUDED_VOTES: (
        "{count} phiếu ghi {unit} làm cụm phó không được tính cho cụm phó vì {unit} đã trúng cử cụm trưởng."
    ),
    NoteKind.DEPUTY_DEFERRED: (
        "{unit} đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: cụm phó được bầu lại "
        "ở vòng sau, cùng với cụm trưởng."
    ),
    NoteKind.TEXT: "{text}",
}

# The values each kind holds, and their types.
NOTE_VALUES: dict[NoteKind, dict[str, type]] = {
    NoteKind.EXCLUDED_VOTES: {"count": int, "unit": str},
    NoteKind.DEPUTY_DEFERRED: {"unit": str},
    NoteKind.TEXT: {"text": str},
}


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    values: Mapping[str, int | str] = field(default_factory=dict, hash=False)

    def text(self, template: str | None = None) -> str:
        """The sentence: ``template`` (by default the printed Vietnamese one) filled with the values."""
        return (template or NOTE_TEMPLATES[self.kind]).format(**self.values)

    def to_data(self) -> dict:
        return {"kind": self.kind.value, "values": dict(self.values)}

    @classmethod
    def from_data(cls, data: object) -> Note:
        """A note as stored; ValueError when it is not one (a damaged file)."""
        if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
            raise ValueError(f"not a note: {data!r}")
        kind = NoteKind(str(data.get("kind")))
        values = data["values"]
        wanted = NOTE_VALUES[kind]
        if set(values) != set(wanted) or any(type(values[k]) is not t for k, t in wanted.items()):
            raise ValueError(f"a {kind.value} note holds {sorted(wanted)}: {values!r}")
        return cls(kind, dict(values))


def excluded_votes(count: int, unit: str) -> Note:
    return Note(NoteKind.EXCLUDED_VOTES, {"count": count, "unit": unit})


def deputy_deferred(unit: str) -> Note:
    return Note(NoteKind.DEPUTY_DEFERRED, {"unit": unit})
