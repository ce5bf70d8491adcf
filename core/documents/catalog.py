"""Every printable document by name, for ``python main.py print`` and the GUI's In ấn stage.

Modules are imported only when their document is printed, so start-up stays light.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from core.errors import ValidationError
from core.storage import MeetingFile


@dataclass(frozen=True)
class PrintOptions:
    vote_id: int | None = None  # which vote, for ballots, minutes and results


@dataclass(frozen=True)
class DocumentKind:
    description: str  # Vietnamese, shown in --help and in the GUI
    module: str
    function: str  # render(db: MeetingFile, options: PrintOptions) -> bytes
    needs_vote: bool = False


KINDS: dict[str, DocumentKind] = {
    # Registration desk (docs/registration.md)
    "attendance": DocumentKind("danh sách đại biểu có cột ký tên", "core.documents.delegate_list", "render"),
    "badges": DocumentKind("thẻ đại biểu và khách mời có mã QR", "core.documents.badges", "render"),
    "attendance-report": DocumentKind(
        "báo cáo số đại biểu có mặt tại thời điểm in", "core.documents.attendance_report", "render"
    ),
    # The vote, suy tôn (docs/votes.md)
    "ballots": DocumentKind(
        "phiếu suy tôn của vòng mới nhất, mỗi người có mặt một phiếu",
        "core.documents.ballots",
        "render",
        True,
    ),
    "minutes": DocumentKind("biên bản kiểm phiếu của từng vòng", "core.documents.minutes", "render", True),
    "results": DocumentKind("kết quả suy tôn của một cuộc bầu", "core.documents.results", "render", True),
    # The head and deputy election, the conference summary (docs/head-election.md)
    "election-ballots": DocumentKind(
        "phiếu bầu cụm trưởng, cụm phó của vòng mới nhất, mỗi người có mặt một phiếu",
        "core.documents.head_election",
        "render_ballots_kind",
    ),
    "election-minutes": DocumentKind(
        "biên bản kiểm phiếu bầu cụm trưởng, cụm phó, từng vòng",
        "core.documents.head_election",
        "render_minutes_kind",
    ),
    "summary": DocumentKind(
        "kết quả hội nghị: danh hiệu được suy tôn, cụm trưởng, cụm phó, giao ước đã ký",
        "core.documents.summary",
        "render",
    ),
    # The agreement (docs/agreement.md)
    "agreement": DocumentKind(
        "bản giao ước thi đua, đủ số bản chính, khối chữ ký từng đơn vị", "core.documents.agreement", "render"
    ),
}


def render(db: MeetingFile, kind: str, options: PrintOptions = PrintOptions()) -> bytes:
    if kind not in KINDS:
        raise ValidationError(f'Không có loại văn bản "{kind}". Các loại: {", ".join(KINDS)}.')
    document = KINDS[kind]
    if document.needs_vote and options.vote_id is None:
        raise ValidationError(
            f'Văn bản "{kind}" cần chọn cuộc bầu: thêm --vote ID (python main.py votes FILE liệt kê các ID).'
        )
    module = importlib.import_module(document.module)
    return getattr(module, document.function)(db, options)
