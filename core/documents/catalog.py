"""Every printable document by name, for ``python main.py print`` and the GUI's In ấn stage.

Modules are imported only when their document is printed, so start-up stays light.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from core.errors import ValidationError
from core.said import Said
from core.storage import MeetingFile

# A print job: reads everything it prints from the MeetingFile it is given (in the GUI, an image
# of the file opened in the worker thread; see ui/printing.py).
Render = Callable[[MeetingFile], bytes]


# The badge sleeves core/documents/badges.py lays cards out for (its SIZES), named here so that the
# command line lists them without importing reportlab.
BADGE_SIZES = ("90x55", "86x54", "95x60", "90x66")
DEFAULT_BADGE_SIZE = "90x55"


@dataclass(frozen=True)
class PrintOptions:
    vote_id: int | None = None  # which vote, for ballots, minutes and results
    badge_size: str = DEFAULT_BADGE_SIZE  # a key of BADGE_SIZES
    people: tuple[int, ...] = ()  # whom, for name plates (none given: everyone seated)
    paper: str = "A4"  # "A4" or "A3", for the seating plan
    output_format: str = "pdf"  # "pdf", "docx" or "txt", for the news report


@dataclass(frozen=True)
class DocumentKind:
    description: str  # Vietnamese, shown in --help and in the GUI
    module: str
    function: str  # render(db: MeetingFile, options: PrintOptions) -> bytes
    needs_vote: bool = False
    file_stem: str = ""  # the saved PDF's name, Vietnamese without marks (see file_stem())
    protocol: bool = False  # printed from the Lễ tân stage (with its options), not the In ấn stage


KINDS: dict[str, DocumentKind] = {
    # Registration desk (docs/registration.md)
    "attendance": DocumentKind(
        "danh sách đại biểu có cột ký tên",
        "core.documents.delegate_list",
        "render",
        file_stem="danh-sach-dai-bieu",
    ),
    "badges": DocumentKind(
        "thẻ đại biểu và khách mời có mã QR", "core.documents.badges", "render", file_stem="the-dai-bieu"
    ),
    "attendance-report": DocumentKind(
        "báo cáo số đại biểu có mặt tại thời điểm in",
        "core.documents.attendance_report",
        "render",
        file_stem="bao-cao-co-mat",
    ),
    # The vote, suy tôn (docs/votes.md)
    "ballots": DocumentKind(
        "phiếu suy tôn của vòng mới nhất, mỗi người có mặt một phiếu",
        "core.documents.ballots",
        "render",
        True,
        "phieu-suy-ton",
    ),
    "minutes": DocumentKind(
        "biên bản kiểm phiếu của từng vòng", "core.documents.minutes", "render", True, "bien-ban-kiem-phieu"
    ),
    "results": DocumentKind(
        "kết quả suy tôn của một cuộc bầu", "core.documents.results", "render", True, "ket-qua-suy-ton"
    ),
    # The head and deputy election, the conference summary (docs/head-election.md)
    "election-ballots": DocumentKind(
        "phiếu bầu cụm trưởng, cụm phó của vòng mới nhất, mỗi người có mặt một phiếu",
        "core.documents.head_election",
        "render_ballots_kind",
        file_stem="phieu-bau-cum-truong",
    ),
    "election-minutes": DocumentKind(
        "biên bản kiểm phiếu bầu cụm trưởng, cụm phó, từng vòng",
        "core.documents.head_election",
        "render_minutes_kind",
        file_stem="bien-ban-bau-cum-truong",
    ),
    "summary": DocumentKind(
        "thông báo kết quả hội nghị: danh hiệu được suy tôn, cụm trưởng, cụm phó, giao ước đã ký, khách mời dự",
        "core.documents.summary",
        "render",
        file_stem="ket-qua-hoi-nghi",
    ),
    # The agreement (docs/agreement.md)
    "agreement": DocumentKind(
        "bản giao ước thi đua, đủ số bản chính, khối chữ ký từng đơn vị",
        "core.documents.agreement",
        "render",
        file_stem="giao-uoc-thi-dua",
    ),
    # The protocol of the day (docs/protocol.md)
    "name-plates": DocumentKind(
        "biển tên để bàn (gấp đôi tờ A4), theo sơ đồ chỗ ngồi; --people chọn người",
        "core.documents.name_plates",
        "render",
        file_stem="bien-ten",
        protocol=True,
    ),
    "seating": DocumentKind(
        "sơ đồ chỗ ngồi: bàn chủ tọa, khách mời, các đoàn (A4 hoặc --a3)",
        "core.documents.seating_plan",
        "render",
        file_stem="so-do-cho-ngoi",
        protocol=True,
    ),
    "programme": DocumentKind(
        "chương trình hội nghị: giờ, nội dung, người thực hiện",
        "core.documents.protocol_texts",
        "render_programme",
        file_stem="chuong-trinh-hoi-nghi",
        protocol=True,
    ),
    "mc-script": DocumentKind(
        "lời dẫn chương trình, chữ lớn, chỉ giới thiệu người đã điểm danh",
        "core.documents.protocol_texts",
        "render_mc_script",
        file_stem="loi-dan-chuong-trinh",
        protocol=True,
    ),
    "news": DocumentKind(
        "dự thảo tin bài cho trang tin điện tử (PDF; -o .docx hoặc .txt cho Word hoặc văn bản)",
        "core.documents.protocol_texts",
        "render_news",
        file_stem="tin-bai",
        protocol=True,
    ),
    # Scoring and the dossier sent up (docs/scoring.md)
    "scores": DocumentKind(
        "bảng tổng hợp kết quả chấm điểm thi đua, xếp hạng",
        "core.documents.dossier",
        "render_scores",
        file_stem="bang-tong-hop-cham-diem",
    ),
    "scoring-sheet": DocumentKind(
        "phiếu chấm điểm của từng đơn vị: tự chấm, thẩm định, ghi chú",
        "core.documents.dossier",
        "render_scoring_sheets",
        file_stem="phieu-cham-diem",
    ),
    "meeting-minutes": DocumentKind(
        "biên bản hội nghị (họp cụm bình xét, suy tôn)",
        "core.documents.dossier",
        "render_meeting_minutes",
        file_stem="bien-ban-hoi-nghi",
    ),
    "nomination": DocumentKind(
        "tờ trình đề nghị khen thưởng gửi Hội đồng Thi đua – Khen thưởng",
        "core.documents.dossier",
        "render_nomination",
        file_stem="to-trinh-de-nghi-khen-thuong",
    ),
}


def file_stem(kind: str, vote_id: int | None = None, round_number: int | None = None) -> str:
    """The name a printed document is saved under, the same from every screen and the command
    line: e.g. "bien-ban-kiem-phieu-2-vong-1" (the date and time are added when saved)."""
    stem = KINDS[kind].file_stem
    if vote_id is not None and KINDS[kind].needs_vote:
        stem += f"-{vote_id}"
    if round_number is not None:
        stem += f"-vong-{round_number}"
    return stem


def render(db: MeetingFile, kind: str, options: PrintOptions = PrintOptions()) -> bytes:
    if kind not in KINDS:
        raise ValidationError(Said('Không có loại văn bản "{0}". Các loại: {1}.', kind, ", ".join(KINDS)))
    document = KINDS[kind]
    if document.needs_vote and options.vote_id is None:
        raise ValidationError(
            Said(
                'Văn bản "{0}" cần chọn cuộc bầu: thêm --vote ID (python main.py votes FILE liệt kê các ID).',
                kind,
            )
        )
    module = importlib.import_module(document.module)
    return getattr(module, document.function)(db, options)
