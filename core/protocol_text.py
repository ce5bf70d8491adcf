"""Texts the organizers write for the protocol documents, kept in the meeting file (table
``protocol_text``): the MC's script as edited, the year's assessment for the news report."""

from __future__ import annotations

from core.errors import ValidationError
from core.said import Said
from core.storage import MeetingFile
from core.text import nfc

MC_SCRIPT = "mc_script"  # the MC's script as the organizers edited it
MC_SCRIPT_BASE = "mc_script_base"  # the generated script that edit was made from
ASSESSMENT = "news_assessment"  # the year's assessment, for the news report
MAX_TEXT = 100_000
LABELS = {MC_SCRIPT: Said("Lời dẫn chương trình"), ASSESSMENT: Said("Đánh giá kết quả năm")}


def get_text(db: MeetingFile, key: str) -> str:
    row = db.conn.execute("SELECT value FROM protocol_text WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def set_texts(db: MeetingFile, values: dict[str, str]) -> None:
    """Store texts in one action; an empty text removes its row."""
    for key, value in values.items():
        if len(value) > MAX_TEXT:
            label = LABELS.get(key, key)
            raise ValidationError(Said('"{0}" dài quá {1} ký tự.', label, MAX_TEXT))
    with db.transaction("protocol.text", {"keys": sorted(values)}) as conn:
        for key, value in values.items():
            text = nfc(value).replace("\r\n", "\n").strip()
            if text:
                conn.execute(
                    "INSERT INTO protocol_text (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, text),
                )
            else:
                conn.execute("DELETE FROM protocol_text WHERE key = ?", (key,))
