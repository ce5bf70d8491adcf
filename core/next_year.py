"""Start next year's meeting from this one: a NEW meeting file for the next conference.

It carries what stays from one year to the next: the commission, the cluster, the
letterhead and the rules; the scoring table and the titles (places and rules, not the scores or
votes); the member units in official order and the rotation order;
the head and deputy elected this year, now "current"; the agreement's text (years moved
on by one, as when importing last year's agreement). It carries no people, attendance,
votes or election: those belong to this year's file, which is not changed.

The new meeting is held by the new cluster head (host unit), one year later to the day. The
venue and the place of the date line are left empty (the new host decides them: an old city on
next year's documents is worse than a blank), and the agreement's place and date follow the
meeting's as they are filled in. The organizers' safety settings come along: the PIN (its hash)
and the backup folder.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from core.agreement import adopt_text, load_agreement, save_agreement, shift_years
from core.errors import MeetingFileError, ValidationError
from core.head_election import elected_units, rotation, save_rotation
from core.meetings import load_meeting, save_meeting
from core.model import Meeting, Unit, row_id
from core.safety import get_setting, set_settings
from core.said import Said
from core.scoring import TIE_RULE_KEY, load_table, save_table
from core.storage import MeetingFile, remove_meeting_file
from core.titles import list_titles, save_title
from core.units import add_unit, list_units


def one_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def next_year_meeting(meeting: Meeting, head_id: int, deputy_id: int) -> Meeting:
    """Next year's meeting record (unit ids of the new file)."""
    later = replace(meeting, year=meeting.year + 1, next_year=meeting.next_year + 1)
    return replace(
        later,
        title=shift_years(meeting.title, meeting, later),
        date=one_year_later(meeting.date),
        venue="",  # the new host's hall, and its city on the documents: not known yet
        place="",
        host_unit_id=head_id,
        current_head_unit_id=head_id,
        current_deputy_unit_id=deputy_id,
    )


CARRIED_SETTINGS = ("pin", "backup_folder", "backup_keep", "backup_volume", TIE_RULE_KEY)


def carry_scoring(db: MeetingFile, new: MeetingFile) -> None:
    """The scoring table and the titles (their places and rules, no votes) go on to next year;
    the scores stay with this year's file."""
    table = load_table(db)
    if table.items:
        save_table(new, [replace(item, id=None) for item in table.items], source=db.path.name)
    for title in list_titles(db):
        save_title(new, replace(title, id=None, vote_id=None, position=0))


def to_fill_in(db: MeetingFile) -> list[str]:
    """What next year's organizers must fill in first in the file :func:`start_next_year` makes
    from ``db`` (shown when it is made)."""
    head, _deputy = elected_units(db)
    names = {u.id: u.short_name for u in list_units(db)}
    year = load_meeting(db).year + 1
    return [
        Said(
            "Đơn vị đăng cai năm {0}: {1}. Hãy điền địa điểm và địa danh ghi trên văn bản ở Chuẩn "
            "bị › Hội nghị; ngày họp đang tạm để cách năm nay đúng một năm. Mã PIN và thư mục sao "
            "lưu được giữ như năm nay.",
            year,
            names.get(head, "(chưa bầu)"),
        )
    ]


def start_next_year(db: MeetingFile, out_path: str | Path) -> Path:
    """Write next year's meeting file at ``out_path`` (never over an existing file).

    The file is built under a temporary name and renamed when complete, so a crash midway
    never leaves a half-made meeting at ``out_path``.
    """
    head, deputy = elected_units(db)
    if head is None or deputy is None:
        raise ValidationError(
            Said(
                "Chưa có kết quả bầu cụm trưởng, cụm phó năm sau (đã xác nhận): chưa thể tạo hội nghị "
                "năm sau."
            )
        )
    out = Path(out_path)
    if out.exists():
        raise MeetingFileError(Said("Tệp đã tồn tại, không ghi đè: {0}", out))
    meeting = load_meeting(db)
    units = list_units(db)
    order = rotation(db)
    agreement = load_agreement(db)
    partial = out.with_name(out.name + ".partial")
    remove_meeting_file(partial)  # left by a crash during an earlier attempt
    new = MeetingFile.create(partial)
    try:
        ids = {row_id(u): row_id(add_unit(new, Unit(u.short_name, u.full_title))) for u in units}
        following = next_year_meeting(meeting, ids[head], ids[deputy])
        save_meeting(new, following)
        save_rotation(new, [ids[uid] for uid in order])
        adopted = adopt_text(load_agreement(new), agreement, meeting, following)
        adopted = replace(
            adopted,
            extra_copies=agreement.extra_copies,
            number_copies=agreement.number_copies,
            head_order=agreement.head_order,
            blocks_per_row=agreement.blocks_per_row,
            on_behalf=agreement.on_behalf,
        )
        save_agreement(new, adopted, "agreement.import", f"từ {db.path.name}")
        carry_scoring(db, new)
        carried = {key: get_setting(db, key) for key in CARRIED_SETTINGS}
        set_settings(new, {k: v for k, v in carried.items() if v is not None}, "settings.carry", {
            "from": db.path.name, "keys": sorted(k for k, v in carried.items() if v is not None),
        })  # fmt: skip
    except BaseException:
        new.close()
        remove_meeting_file(partial)
        raise
    new.close()
    try:
        partial.rename(out)
    except OSError as error:
        remove_meeting_file(partial)
        raise MeetingFileError(Said("Không ghi được {0}: {1}", out, error.strerror)) from error
    return out
