"""The dossier sent up to the commission's emulation council (hồ sơ gửi Hội đồng Thi đua – Khen
thưởng): what the meeting's minutes and the request for awards say, as data that the PDF
(core/documents/dossier.py) and the Word file (core/dossier_docx.py) both print.

Legal bases follow the year of the meeting: the Law on Emulation and Commendation of 2003
(amended 2005 and 2013) with Nghị định 91/2017/NĐ-CP until 2023; the Law of 2022 (in force from
1 January 2024) with Nghị định 98/2023/NĐ-CP in 2024; from 2025 the Law of 2022, Nghị định
152/2025/NĐ-CP and Thông tư 15/2025/TT-BNV.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import scoring, titles
from core.meetings import load_meeting
from core.model import Meeting
from core.rounds import RoundState, list_rounds
from core.safety import get_setting
from core.storage import MeetingFile
from core.votes_result import RoundResult, round_result

SECRETARY_KEY = "dossier.secretary"  # the meeting's secretary (thư ký), as typed


def legal_bases(year: int) -> list[str]:
    """The laws on emulation and commendation in force in ``year``, as "Căn cứ …;" lines."""
    if year >= 2025:
        return [
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen "
            "thưởng;",
            "Căn cứ Thông tư số 15/2025/TT-BNV của Bộ Nội vụ hướng dẫn thi hành công tác thi đua, khen thưởng;",
        ]
    if year == 2024:
        return [
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số "
            "điều của Luật Thi đua, khen thưởng;",
        ]
    return [
        "Căn cứ Luật Thi đua, khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen "
        "thưởng năm 2005 và năm 2013;",
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều "
        "của Luật Thi đua, khen thưởng;",
    ]


def percent_text(percent: str) -> str:
    """ "66.67" as Vietnamese writes it: "66,67"."""
    return percent.replace(".", ",")


def confirmed_results(db: MeetingFile, vote_id: int) -> list[RoundResult]:
    return [round_result(db, r.id) for r in list_rounds(db, vote_id) if r.state == RoundState.CONFIRMED]


@dataclass(frozen=True)
class Honoured:
    unit_id: int
    full_title: str
    total: str  # the reviewed total, "92,50"
    rank: int
    votes: int
    percent: str  # "91,67"
    base_label: str  # "số phiếu hợp lệ"
    round_number: int


@dataclass(frozen=True)
class TitleOutcome:
    name: str
    places: int
    vote_title: str
    results: tuple[RoundResult, ...]  # its vote's confirmed rounds
    honoured: tuple[Honoured, ...]
    state: titles.TitleState


def title_outcomes(db: MeetingFile, standing: scoring.Standing | None = None) -> list[TitleOutcome]:
    """Each title with its vote's confirmed rounds and the units acclaimed, with their scores."""
    standing = standing or scoring.standing(db)
    out = []
    for result in titles.results(db):
        title = result.title
        rounds = tuple(confirmed_results(db, title.vote_id)) if title.vote_id is not None else ()
        honoured = []
        for rr in rounds:
            lines = {c.name: c for c in rr.candidates}
            for name in rr.elected:
                line = lines[name]
                rank = standing.line(line.unit_id) if line.unit_id in standing.scores.totals else None
                honoured.append(
                    Honoured(
                        line.unit_id,
                        line.full_title,
                        scoring.points_text(rank.total) if rank else "",
                        rank.rank if rank else 0,
                        line.votes,
                        percent_text(line.percent),
                        rr.base_label,
                        rr.round_number,
                    )
                )
        vote_title = rounds[0].vote_title if rounds else titles.vote_title(db, title)
        out.append(TitleOutcome(title.name, result.places, vote_title, rounds, tuple(honoured), result.state))
    return out


def secretary(db: MeetingFile) -> str:
    return get_setting(db, SECRETARY_KEY) or ""


MAX_SECRETARY = 100


def set_secretary(db: MeetingFile, name: str) -> None:
    """The meeting's secretary, printed on its minutes ("" leaves a line to write on)."""
    from core.errors import ValidationError
    from core.safety import set_settings
    from core.said import Said
    from core.text import clean, text_problem

    name = clean(name)
    problem = text_problem(name, MAX_SECRETARY)
    if problem:
        raise ValidationError(Said('Trường "Thư ký": {0}.', problem))
    set_settings(db, {SECRETARY_KEY: name or None}, "dossier.secretary", {"name": name})


def meeting_of(db: MeetingFile) -> Meeting:
    return load_meeting(db)


@dataclass(frozen=True)
class Nomination:
    """The request for awards (tờ trình đề nghị khen thưởng), in words both files print."""

    meeting: Meeting
    number: str  # "Số:       -TTr/CTĐ"
    subject: str
    addressee: str
    bases: tuple[str, ...]
    intro: str
    sections: tuple[tuple[str, tuple[Honoured, ...]], ...]  # (heading, units)
    closing: tuple[str, ...]
    recipients: tuple[str, ...]
    nobody: str  # said instead of the sections when no unit is acclaimed yet


NOMINATION_HEADERS = ("STT", "Đơn vị", "Điểm", "Xếp hạng", "Số phiếu (tỷ lệ)")


def nomination(db: MeetingFile) -> Nomination:
    meeting = load_meeting(db)
    outcomes = title_outcomes(db)
    commission = meeting.commission or "cơ quan cấp trên"
    d = meeting.date
    sections = tuple(
        (f"{number}. {o.name}: {len(o.honoured)} đơn vị", o.honoured)
        for number, o in enumerate(outcomes, start=1)
        if o.honoured
    )
    bases = sorted({h.base_label for o in outcomes for h in o.honoured})
    base_words = f"Tỷ lệ phiếu tính trên {' hoặc '.join(bases)} của từng cuộc suy tôn. " if bases else ""
    return Nomination(
        meeting=meeting,
        number="Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-TTr/CTĐ",
        subject=f"về việc đề nghị khen thưởng thành tích thi đua năm {meeting.year}",
        addressee=f"Kính gửi: Hội đồng Thi đua – Khen thưởng {commission}",
        bases=(
            *legal_bases(meeting.year),
            f"Căn cứ Quy chế hoạt động của {meeting.cluster};",
            f"Căn cứ kết quả chấm điểm, bình xét, suy tôn tại hội nghị {meeting.cluster} ngày "
            f"{d.day:02d}/{d.month:02d}/{d.year},",
        ),
        intro=(
            f"{meeting.cluster} kính đề nghị Hội đồng Thi đua – Khen thưởng {commission} xem xét, khen thưởng các "
            f"đơn vị có thành tích xuất sắc, dẫn đầu phong trào thi đua năm {meeting.year} như sau:"
        ),
        sections=sections,
        closing=(
            f"{base_words}(Kèm theo: biên bản hội nghị, bảng tổng hợp kết quả chấm điểm và phiếu chấm điểm của các "
            "đơn vị.)",
            f"{meeting.cluster} kính trình Hội đồng xem xét, quyết định.",
        ),
        recipients=("- Như trên,", "- Các đơn vị thành viên Cụm,", "- Lưu."),
        nobody="Chưa có đơn vị nào được suy tôn.",
    )


def nomination_row(index: int, h: Honoured) -> tuple[str, str, str, str, str]:
    return (str(index), h.full_title, h.total, str(h.rank or ""), f"{h.votes} ({h.percent}\u00a0%)")
