"""The command line: the same code paths as the GUI, for scripts and checks.

``python main.py --help`` lists the commands. Errors go to stderr in Vietnamese and
the exit code says what happened: 0 done, 1 refused (nothing changed), 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from contextlib import closing
from typing import TextIO

from core.documents.catalog import KINDS
from core.errors import ThiDuaError

DESCRIPTION = """\
ThiDua: điều hành hội nghị tổng kết cụm thi đua.

Mở chương trình:
  python main.py                  mở hội nghị dùng lần trước (lần đầu: hội nghị mẫu)
  python main.py --demo           mở một bản sao mới của hội nghị mẫu
  python main.py FILE.thidua      mở tệp hội nghị"""


def _cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.demo import write_demo

    write_demo(args.out).close()
    print(f"Đã ghi hội nghị mẫu vào {args.out}", file=out)
    return 0


def _cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.importer import apply_import_result, preview_import
    from core.storage import MeetingFile

    with closing(MeetingFile.open(args.file)) as db:
        preview = preview_import(db, args.delegates)
        if preview.errors:
            print(f"Không nhập được {args.delegates}: {len(preview.errors)} lỗi, không thêm ai.", file=err)
            for message in preview.errors:
                print(f"  {message}", file=err)
            return 1
        result = apply_import_result(db, preview)
    updated = f", cập nhật {len(result.after)} người đã có (theo mã)" if result.after else ""
    print(f"Đã thêm {len(result.added)} người{updated} từ {args.delegates}.", file=out)
    for row in preview.duplicates:
        print(f"  Lưu ý dòng {row.row_number}: {row.person.full_name} {row.duplicate_of}.", file=out)
    return 0


def _cmd_tally(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.tally_json import run_tally_command

    return run_tally_command(args.poll, out, err)


def _cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from core.documents.catalog import PrintOptions, render
    from core.storage import MeetingFile

    with closing(MeetingFile.open_read_only(args.file)) as db:
        pdf = render(db, args.kind, PrintOptions(vote_id=args.vote))
    try:
        Path(args.output).write_bytes(pdf)
    except OSError as error:
        raise ThiDuaError(f"Không ghi được {args.output}: {error.strerror}") from error
    print(f"Đã ghi {args.output}", file=out)
    return 0


def _cmd_verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.audit import verify_file

    report = verify_file(args.file, code=args.code)
    print(report.text(), file=out)
    if not report.ok:
        print(f"Lỗi: tệp {report.name} không nguyên vẹn ({len(report.problems)} vấn đề).", file=err)
        return 1
    return 0


def _cmd_agreement(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.agreement import import_agreement_text, signatories
    from core.agreement_docx import export_docx
    from core.storage import MeetingFile

    opener = MeetingFile.open if args.import_from else MeetingFile.open_read_only
    with closing(opener(args.file)) as db:
        if args.import_from:
            import_agreement_text(db, args.import_from)
            print(f"Đã lấy nội dung giao ước từ {args.import_from}", file=out)
        plan = signatories(db)
        if plan.before_registration:
            print("Chưa ai điểm danh: khối chữ ký theo trưởng đoàn được triệu tập.", file=out)
        for number, block in enumerate(plan.blocks, start=1):
            title = " / ".join(block.title_lines())
            if block.flagged:
                state = "BỎ RA" if not block.printed else "ĐỂ TRỐNG, ký sau"
                print(f"{number:2d}. {block.unit.short_name}: không có ai ký được có mặt ({state})", file=out)
            else:
                signed = f" – đã ký {block.signed_at:%H:%M}" if block.signed else ""
                print(f"{number:2d}. {block.unit.short_name}: {block.name} ({title}){signed}", file=out)
        if args.docx:
            print(f"Đã ghi {export_docx(db, args.docx)}", file=out)
    return 0


def _cmd_votes(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.storage import MeetingFile
    from core.votes_result import vote_lines

    with closing(MeetingFile.open_read_only(args.file)) as db:
        lines = vote_lines(db)
    print("\n".join(lines) if lines else "Chưa có cuộc bầu nào.", file=out)
    return 0


def _cmd_election(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.head_election import election_lines
    from core.storage import MeetingFile

    with closing(MeetingFile.open_read_only(args.file)) as db:
        lines = election_lines(db)
    print("\n".join(lines), file=out)
    return 0


def _cmd_next_year(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.next_year import start_next_year
    from core.storage import MeetingFile

    with closing(MeetingFile.open_read_only(args.file)) as db:
        path = start_next_year(db, args.out)
    print(f"Đã tạo hội nghị năm sau: {path}", file=out)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "agreement": _cmd_agreement,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "tally": _cmd_tally,
    "votes": _cmd_votes,
    "print": _cmd_print,
    "verify": _cmd_verify,
    "election": _cmd_election,
    "next-year": _cmd_next_year,
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a short message, in the usual way
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python main.py", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", title="các lệnh", metavar="LỆNH", parser_class=_Parser)
    demo = commands.add_parser("demo", help="ghi hội nghị mẫu vào một tệp mới")
    demo.add_argument("out", metavar="OUT.thidua", help="tệp sẽ tạo (không ghi đè tệp có sẵn)")
    imp = commands.add_parser("import", help="nhập danh sách người tham dự từ Excel hoặc CSV")
    imp.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    imp.add_argument("--delegates", required=True, metavar="PATH", help="tệp .xlsx hoặc .csv")
    tally = commands.add_parser("tally", help="kiểm phiếu một cuộc bầu mô tả bằng JSON (docs/tally.md)")
    tally.add_argument("poll", metavar="POLL.json")
    kinds = "; ".join(f"{name}: {kind.description}" for name, kind in KINDS.items())
    printing = commands.add_parser("print", help="in một văn bản ra tệp PDF", description=kinds)
    printing.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    printing.add_argument("kind", metavar="LOẠI", choices=list(KINDS), help=" | ".join(KINDS))
    printing.add_argument(
        "--vote", type=int, metavar="ID", help="cuộc bầu (cho phiếu bầu, biên bản, kết quả)"
    )
    printing.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="tệp PDF sẽ ghi")
    votes = commands.add_parser("votes", help="liệt kê các cuộc bầu: ID, tên, số vòng, trạng thái")
    votes.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    verify = commands.add_parser(
        "verify", help="kiểm tra tệp hội nghị: cơ sở dữ liệu, chuỗi nhật ký và dữ liệu (docs/safety.md)"
    )
    verify.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị (không bị thay đổi)")
    verify.add_argument(
        "--code",
        metavar="MÃ",
        help='mã xác nhận in trên biên bản (20 ký tự, ví dụ "8A93 33BF 1C2D 4E5F 6A7B"): kiểm tra chuỗi '
        "nhật ký của tệp vẫn đi qua mã đó",
    )
    agreement = commands.add_parser(
        "agreement", help="giao ước thi đua: người ký của từng đơn vị, xuất .docx (docs/agreement.md)"
    )
    agreement.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    agreement.add_argument("--docx", metavar="OUT.docx", help="xuất bản giao ước ra tệp Word")
    agreement.add_argument(
        "--import-from", metavar="OLD.thidua", help="lấy nội dung giao ước từ tệp hội nghị năm trước"
    )
    election = commands.add_parser(
        "election", help="bầu cụm trưởng, cụm phó: cách bầu, các vòng, kết quả (docs/head-election.md)"
    )
    election.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    next_year = commands.add_parser(
        "next-year",
        help="tạo tệp hội nghị năm sau từ hội nghị này: đơn vị, thứ tự luân phiên, cụm trưởng và "
        "cụm phó mới, nội dung giao ước",
    )
    next_year.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị năm nay (không bị thay đổi)")
    next_year.add_argument("out", metavar="OUT.thidua", help="tệp hội nghị năm sau (không ghi đè tệp có sẵn)")
    return parser


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help(out)
        return 0
    try:
        return COMMANDS[args.command](args, out, err)
    except ThiDuaError as error:
        print(f"Lỗi: {error}", file=err)
        return 1
    except Exception as error:  # never a traceback for the organizers: the log keeps it
        from core.diagnostics import log_path

        logging.getLogger("thidua.cli").exception("command %s", args.command)
        print(
            f"Lỗi ngoài dự kiến ({type(error).__name__}: {error}). Không có gì bị thay đổi một nửa: mỗi "
            f"thao tác được ghi trọn vẹn hoặc không ghi. Chi tiết trong nhật ký lỗi: {log_path()}",
            file=err,
        )
        return 1
