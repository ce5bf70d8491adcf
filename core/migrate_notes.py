"""Migration 9: the notes a confirmed round froze as sentences become data (core/notes.py).

Files of schema versions 7 and 8 kept the head and deputy election's notes as Vietnamese sentences
among the warnings of the deputy's frozen result (``vote_round.result``, JSON), and the program
found them again by the way they end: rewording a sentence would have lost every old file's
notes. Here, once, each sentence is recognised by its whole form and stored as a note, a kind and
its values; a sentence that ends as a note does but matches no known form is kept as a note of
free text, never lost. Every stored result gets its ``notes`` list (empty for most).

Nothing else reads the old sentences: after this migration they are data.
"""

from __future__ import annotations

import json
import re
import sqlite3

from core.notes import Note, NoteKind, deputy_deferred, excluded_votes

# The sentences of versions 7 and 8 (core/head_election.py then), word for word.
_EXCLUDED = re.compile(
    r"(?P<count>\d+) phiếu ghi (?P<unit>.+) làm cụm phó không được tính cho cụm phó "
    r"vì (?P=unit) đã trúng cử cụm trưởng\."
)
_DEFERRED = re.compile(
    r"(?P<unit>.+) đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: "
    r"cụm phó được bầu lại ở vòng sau, cùng với cụm trưởng\."
)
# How those versions told a note from a warning.
_V8_NOTE_ENDINGS = ("đã trúng cử cụm trưởng.", "cùng với cụm trưởng.")


def note_of(sentence: str) -> Note | None:
    """The note an old sentence says; None when it is a warning, not a note."""
    if found := _EXCLUDED.fullmatch(sentence):
        return excluded_votes(int(found["count"]), found["unit"])
    if found := _DEFERRED.fullmatch(sentence):
        return deputy_deferred(found["unit"])
    if sentence.endswith(_V8_NOTE_ENDINGS):
        return Note(NoteKind.TEXT, {"text": sentence})
    return None


def migrate_result(text: str, office: str) -> str:
    """A stored result (JSON) as version 9 holds it. ``office`` is its vote's kind: only the deputy's
    results held notes. A value that is not a result is left as it is, for the reader to name."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return text
    if not isinstance(data, dict) or not isinstance(data.get("warnings"), list) or "notes" in data:
        return text
    notes, warnings = [], []
    for warning in data["warnings"]:
        note = note_of(warning) if office == "deputy" and isinstance(warning, str) else None
        if note is None:
            warnings.append(warning)
        else:
            notes.append(note.to_data())
    data["warnings"], data["notes"] = warnings, notes
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def migrate(conn: sqlite3.Connection) -> None:
    """Rewrite every frozen result (inside the migration's transaction, core/storage.py)."""
    rows = conn.execute(
        "SELECT r.id, v.kind, r.result FROM vote_round r JOIN vote v ON v.id = r.vote_id "
        "WHERE r.result IS NOT NULL"
    ).fetchall()
    for round_id, office, text in rows:
        new = migrate_result(text, office)
        if new != text:
            conn.execute("UPDATE vote_round SET result = ? WHERE id = ?", (new, round_id))
