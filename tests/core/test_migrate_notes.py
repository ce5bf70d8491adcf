"""Migration 9 reads the notes version 8 froze as sentences, once; a note it cannot read is kept as text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from core.migrate_notes import migrate_result, note_of
from core.notes import Note, NoteKind, deputy_deferred, excluded_votes

WARNING = "Số phiếu thu vào (12) nhiều hơn số người có mặt (7)."


def stored(warnings: list[str]) -> str:
    return json.dumps({"cast": 12, "warnings": warnings}, ensure_ascii=False)


def migrated(warnings: list[str], office: str = "deputy") -> dict:
    return json.loads(migrate_result(stored(warnings), office))


def test_each_known_sentence_becomes_its_note_and_the_warnings_stay():
    data = migrated([WARNING, v8_deferred("Kon Tum"), v8_excluded(4, "Ninh Thuận")])
    assert data["warnings"] == [WARNING]
    assert [Note.from_data(n) for n in data["notes"]] == [
        deputy_deferred("Kon Tum"),
        excluded_votes(4, "Ninh Thuận"),
    ]
    assert data["cast"] == 12


def test_a_note_of_no_known_form_is_kept_as_text_never_lost():
    odd = "3 phiếu ghi Gia Lai làm cụm phó không được tính vì Kon Tum đã trúng cử cụm trưởng."  # two units
    data = migrated([odd])
    assert data["warnings"] == [] and [Note.from_data(n) for n in data["notes"]] == [
        Note(NoteKind.TEXT, {"text": odd})
    ]
    assert Note.from_data(data["notes"][0]).text() == odd


def test_only_the_deputys_results_held_notes_and_others_are_left_as_they_are():
    sentence = v8_deferred("Kon Tum")
    for office in ("title", "head"):
        assert migrated([WARNING, sentence], office) == {
            "cast": 12,
            "warnings": [WARNING, sentence],
            "notes": [],
        }
    for damaged in ("{", "[1, 2]", json.dumps({"warnings": "x"}), json.dumps({"warnings": [], "notes": []})):
        assert migrate_result(damaged, "deputy") == damaged  # the reader names the damage, not the migration


def v8_excluded(count: int, unit: str) -> str:
    """The sentence ThiDua of schema 8 froze (core/head_election.py, _notes), word for word."""
    return (
        f"{count} phiếu ghi {unit} làm cụm phó không được tính cho cụm phó vì {unit} đã trúng cử cụm trưởng."
    )


def v8_deferred(unit: str) -> str:
    return (
        f"{unit} đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: "
        "cụm phó được bầu lại ở vòng sau, cùng với cụm trưởng."
    )


@given(
    unit=st.text(min_size=1, max_size=30).filter(lambda t: t.strip() == t and "\n" not in t),
    count=st.integers(1, 500),
)
def test_every_note_version_8_froze_is_read_back_to_its_data(unit, count):
    """Whatever the unit's name, the sentence of schema 8 gives its data back."""
    assert note_of(v8_excluded(count, unit)) == excluded_votes(count, unit)
    assert note_of(v8_deferred(unit)) == deputy_deferred(unit)
    assert note_of(WARNING) is None
