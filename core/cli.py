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
from pathlib import Path
from typing import NoReturn, TextIO

from core import cli_scoring
from core.errors import ThiDuaError, ValidationError

DESCRIPTION = """\
ThiDua: điều hành hội nghị tổng kết cụm thi đua.

Mở chương trình:
  python main.py                  mở hội nghị dùng lần trước (lần đầu: hội nghị mẫu)
  python main.py --demo           mở một bản sao mới của hội nghị mẫu
  python main.py FILE.thidua      mở tệp hội nghị
  python main.py --version        in phiên bản"""


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

    suffix = Path(args.output).suffix.lower().lstrip(".")
    output_format = suffix if args.kind == "news" and suffix in ("docx", "txt") else "pdf"
    with closing(MeetingFile.open_read_only(args.file)) as db:
        people = _people_by_code(db, args.people) if args.people else ()
        options = PrintOptions(
            vote_id=args.vote,
            badge_size=args.badge_size,
            people=people,
            paper="A3" if args.a3 else "A4",
            output_format=output_format,
        )
        pdf = render(db, args.kind, options)
    try:
        Path(args.output).write_bytes(pdf)
    except OSError as error:
        raise ThiDuaError(f"Không ghi được {args.output}: {error.strerror}") from error
    print(f"Đã ghi {args.output}", file=out)
    return 0


def _cmd_document_settings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Show, or set, the số / ký hiệu of the THÔNG BÁO and the signature form of each unit type."""
    from core.document_settings import (
        DocumentType,
        SignatureForm,
        UnitType,
        document_number,
        number_line,
        set_numbering,
        set_signature_form,
        signature_form,
    )
    from core.storage import MeetingFile

    changing = args.number is not None or args.code is not None or args.form
    opener = MeetingFile.open if changing else MeetingFile.open_read_only
    with closing(opener(args.file)) as db:
        if args.number is not None or args.code is not None:
            number = args.number if args.number is not None else document_number(db, DocumentType.THONG_BAO)
            set_numbering(db, DocumentType.THONG_BAO, number, args.code)
        for pair in args.form or []:
            kind, _, form = pair.partition("=")
            try:
                set_signature_form(db, UnitType(kind), SignatureForm(form))
            except ValueError as error:
                raise ThiDuaError(
                    f'Không hiểu "--form {pair}": LOẠI=KIỂU, LOẠI là {", ".join(t.value for t in UnitType)}, '
                    f"KIỂU là {', '.join(f.value for f in SignatureForm)}."
                ) from error
        print(f"Thông báo kết quả hội nghị: {number_line(db, DocumentType.THONG_BAO)}", file=out)
        for kind in UnitType:
            print(f"Khối chữ ký, {kind.value}: {signature_form(db, kind).value}", file=out)
    return 0


def _people_by_code(db, codes: str) -> tuple[int, ...]:
    """The ids of the people whose badge codes are listed ("1001,1002"), in that order."""
    from core.attendance import find_by_code
    from core.model import row_id

    ids = []
    for code in (c.strip() for c in codes.split(",")):
        if not code:
            continue
        person = find_by_code(db, code)
        if person is None:
            raise ThiDuaError(f"Không có ai mang mã {code} (mã trên thẻ đại biểu).")
        ids.append(row_id(person))
    return tuple(ids)


def _cmd_verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.audit import verify_file

    report = verify_file(args.file, code=args.code)
    print(report.text(), file=out)
    if not report.meeting_file:
        print(f"Lỗi: {report.name} không phải là tệp hội nghị ThiDua: không có gì để kiểm tra.", file=err)
        return 1
    if not report.ok:
        print(f"Lỗi: tệp {report.name} không nguyên vẹn ({len(report.problems)} vấn đề).", file=err)
        return 1
    return 0


def _cmd_agreement(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.agreement import import_agreement_text, signatories
    from core.agreement_docx import export_docx
    from core.storage import MeetingFile

    if args.docx and Path(args.docx).exists():  # before anything: the other commands never overwrite either
        raise ThiDuaError(f"Tệp {args.docx} đã có: ThiDua không ghi đè, hãy chọn tên khác.")
    opener = MeetingFile.open if args.import_from else MeetingFile.open_read_only
    with closing(opener(args.file)) as db:
        if args.import_from:
            _agreement, notes = import_agreement_text(db, args.import_from)
            print(f"Đã lấy nội dung giao ước từ {args.import_from}", file=out)
            for note in notes:
                print(f"Lưu ý: {note}", file=out)
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
    from core.next_year import start_next_year, to_fill_in
    from core.storage import MeetingFile

    with closing(MeetingFile.open_read_only(args.file)) as db:
        path = start_next_year(db, args.out)
        notes = to_fill_in(db)
    print(f"Đã tạo hội nghị năm sau: {path}", file=out)
    for note in notes:
        print(f"Lưu ý: {note}", file=out)
    return 0


# -- the actions of the day (issue: every action has a command) --------------------------------
# Each calls the same core function as the screen that does it, with the same refusals; a
# command given several items (codes, ballots) does each as its own action, like the screen.


def _cmd_checkin(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.attendance import check_in_by_code
    from core.storage import MeetingFile

    refused = 0
    with closing(MeetingFile.open(args.file)) as db:
        for code in args.codes:
            try:
                done = check_in_by_code(db, code)
            except ThiDuaError as error:
                print(f"Lỗi: mã {code}: {error}", file=err)
                refused += 1
                continue
            when = f"{done.at:%H:%M}"
            said = f"đã điểm danh từ {when}, không ghi lại" if done.already else f"đã điểm danh lúc {when}"
            print(f"{code}\t{done.person.full_name}\t{said}", file=out)
    return 1 if refused else 0


def _cmd_walk_in(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.attendance import add_walk_in, find_by_code
    from core.model import Person, Role
    from core.storage import MeetingFile
    from core.units import find_unit, list_units

    role = {"truong-doan": Role.HEAD, "dai-bieu": Role.DELEGATE, "khach": Role.GUEST}[args.role]
    with closing(MeetingFile.open(args.file)) as db:
        unit_id = None
        if args.unit:
            unit = find_unit(list_units(db), args.unit)
            if unit is None:
                raise ValidationError(f'Trường "Đơn vị": không có đơn vị "{args.unit}" trong hội nghị.')
            unit_id = unit.id
        original = None
        if args.substitute_for:
            original = find_by_code(db, args.substitute_for)
            if original is None:
                raise ValidationError(f'Trường "Thay cho": không có ai mang mã {args.substitute_for}.')
        person = Person(args.name, role, args.position or "", unit_id, args.organization or "")
        done = add_walk_in(db, person, substitute_for=original.id if original else None)
    instead = f", thay cho {original.full_name}" if original else ""
    print(
        f"{done.person.code}\t{done.person.full_name}\tđã thêm và điểm danh lúc {done.at:%H:%M}{instead}",
        file=out,
    )
    return 0


def _vote_round(db, vote_id: int):
    """A suy tôn vote and its last round; the election's two votes are refused (they are entered,
    counted and confirmed together, on their own screen)."""
    from core.votes import get_vote, last_round, list_votes

    vote = get_vote(db, vote_id)  # "Không có cuộc bầu số N" when there is none
    if vote_id not in {v.id for v in list_votes(db)}:
        raise ValidationError(
            f"Cuộc bầu số {vote_id} là một phần của việc bầu cụm trưởng, cụm phó: phiếu của nó được nhập, "
            "kiểm và xác nhận cùng nhau ở màn hình Bầu cụm trưởng – cụm phó, không bằng các lệnh này."
        )
    return vote, last_round(db, vote_id)


def _ballot_parts(vote, rnd, text: str) -> tuple[frozenset[int] | None, str | None]:
    """One ballot typed as at the entry screen: the numbers struck (or kept), Enter alone as
    printed, "0" for nobody, "-N" invalid for reason N of the list (python main.py ballot --help)."""
    from core.ballots import INVALID_REASONS, choices_from_text

    stripped = text.strip()
    if stripped.startswith("-"):
        number = stripped[1:].strip()
        if not number.isdigit() or not 1 <= int(number) <= len(INVALID_REASONS):
            raise ValidationError(
                f'Phiếu "{text}": sau dấu trừ là số lý do không hợp lệ, từ 1 đến {len(INVALID_REASONS)}.'
            )
        return None, INVALID_REASONS[int(number) - 1]
    return choices_from_text(vote, rnd, stripped), None


def _cmd_ballot(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.ballots import add_entry, describe
    from core.storage import MeetingFile

    with closing(MeetingFile.open(args.file)) as db:
        vote, rnd = _vote_round(db, args.vote)
        typed = []
        for number, text in enumerate(args.ballots, start=1):  # every ballot read before any is written
            try:
                typed.append(_ballot_parts(vote, rnd, text))
            except ValidationError as error:
                raise ValidationError(f"Phiếu thứ {number} ({text!r}): {error} Chưa ghi phiếu nào.") from None
        for choices, invalid in typed:
            entry = add_entry(db, rnd.id, choices, invalid_reason=invalid, pass_no=args.pass_no)
            print(f"Phiếu số {entry.seq}: {describe(vote, rnd, entry)}", file=out)
    return 0


def _print_result(result, out: TextIO) -> None:
    print(
        f"{result.vote_title}, vòng {result.round_number}: {result.cast} phiếu, {result.valid} hợp lệ",
        file=out,
    )
    for line in result.candidates:
        print(f"  {line.stt}. {line.name}\t{line.votes}\t{line.percent}%\t{line.outcome_label}", file=out)


def _cmd_confirm(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.audit import confirmation_code
    from core.storage import MeetingFile
    from core.votes_result import confirm_round

    with closing(MeetingFile.open(args.file)) as db:
        _vote, rnd = _vote_round(db, args.vote)
        result = confirm_round(db, rnd.id)
        _print_result(result, out)
        print(f"Mã xác nhận kết quả: {confirmation_code(db.conn, rnd.vote_id, rnd.number)}", file=out)
    return 0


def _cmd_publish(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.storage import MeetingFile
    from core.votes_result import publish_round

    with closing(MeetingFile.open(args.file)) as db:
        _vote, rnd = _vote_round(db, args.vote)
        _print_result(publish_round(db, rnd.id), out)
    print("Đã ghi nhận công bố kết quả.", file=out)
    return 0


def _cmd_reopen(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.storage import MeetingFile
    from core.votes_result import reopen_round

    with closing(MeetingFile.open(args.file)) as db:
        _vote, rnd = _vote_round(db, args.vote)
        reopen_round(db, rnd.id, args.reason, pin=args.pin)
    print(f"Đã mở lại kết quả vòng {rnd.number}.", file=out)
    return 0


def _cmd_sign(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.agreement import mark_signed
    from core.model import row_id
    from core.storage import MeetingFile
    from core.units import find_unit, list_units

    with closing(MeetingFile.open(args.file)) as db:
        unit = find_unit(list_units(db), args.unit)
        if unit is None:
            raise ValidationError(f'Không có đơn vị "{args.unit}" trong hội nghị.')
        block = mark_signed(db, row_id(unit))
    signer = block.name or "(khối chữ ký để trống: không có ai ký được có mặt)"
    print(f"{block.unit.short_name}: {signer}, đã ký lúc {block.signed_at:%H:%M}.", file=out)
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
    "checkin": _cmd_checkin,
    "walk-in": _cmd_walk_in,
    "ballot": _cmd_ballot,
    "confirm": _cmd_confirm,
    "publish": _cmd_publish,
    "reopen": _cmd_reopen,
    "sign": _cmd_sign,
    "document-settings": _cmd_document_settings,
}
COMMANDS.update(cli_scoring.COMMANDS)  # scoring, titles, nomination (core/cli_scoring.py)


# argparse's own words, in Vietnamese: argparse looks them up through gettext at the moment it
# uses them, so pointing its lookup at this table translates usage lines, errors and help headings.
ARGPARSE_WORDS = {
    "usage: ": "Cách dùng: ",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "unrecognized arguments: %s": "không hiểu đối số: %s",
    "not allowed with argument %s": "không dùng cùng đối số %s",
    "ignored explicit argument %r": "đối số %r bị bỏ qua",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}


def _vietnamese(text: str) -> str:
    return ARGPARSE_WORDS.get(text, text)


argparse._ = _vietnamese  # type: ignore[attr-defined]
argparse.ngettext = lambda one, many, n: _vietnamese(one if n == 1 else many)  # type: ignore[attr-defined]


def vote_id(text: str) -> int:
    """A vote's ID as typed: a whole number SQLite can hold (beyond it there is surely no such vote)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ID cuộc bầu phải là một số: {text!r}") from None
    if not -(2**63) <= number < 2**63:  # SQLite's integers; within them the file says if it exists
        raise argparse.ArgumentTypeError(f"không có cuộc bầu số {text} (xem lệnh votes)")
    return number


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with a short message, in the usual way
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from core.documents.catalog import BADGE_SIZES, DEFAULT_BADGE_SIZE

    parser = _Parser(
        prog="python main.py", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="store_true", help="in phiên bản ThiDua rồi thoát")
    commands = parser.add_subparsers(dest="command", title="các lệnh", metavar="LỆNH", parser_class=_Parser)
    demo = commands.add_parser("demo", help="ghi hội nghị mẫu vào một tệp mới")
    demo.add_argument("out", metavar="OUT.thidua", help="tệp sẽ tạo (không ghi đè tệp có sẵn)")
    imp = commands.add_parser("import", help="nhập danh sách người tham dự từ Excel hoặc CSV")
    imp.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    imp.add_argument("--delegates", required=True, metavar="PATH", help="tệp .xlsx hoặc .csv")
    tally = commands.add_parser("tally", help="kiểm phiếu một cuộc bầu mô tả bằng JSON (docs/tally.md)")
    tally.add_argument("poll", metavar="POLL.json")
    from core.documents.catalog import KINDS  # here: the GUI's start checks COMMANDS, not this

    kinds = "; ".join(f"{name}: {kind.description}" for name, kind in KINDS.items())
    printing = commands.add_parser("print", help="in một văn bản ra tệp PDF", description=kinds)
    printing.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    printing.add_argument("kind", metavar="LOẠI", choices=list(KINDS), help=" | ".join(KINDS))
    printing.add_argument(
        "--vote", type=vote_id, metavar="ID", help="cuộc bầu (cho phiếu bầu, biên bản, kết quả)"
    )
    printing.add_argument(
        "--people",
        metavar="MÃ,MÃ",
        help="biển tên: chỉ in cho những người có mã thẻ này (cách nhau dấu phẩy)",
    )
    printing.add_argument("--a3", action="store_true", help="sơ đồ chỗ ngồi: in khổ A3 thay vì A4")
    printing.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help="tệp PDF sẽ ghi (tin bài: cả .docx, .txt)"
    )
    printing.add_argument(
        "--badge-size", choices=list(BADGE_SIZES), default=DEFAULT_BADGE_SIZE, help="cỡ thẻ đại biểu, mm"
    )
    documents = commands.add_parser(
        "document-settings",
        help="số / ký hiệu của thông báo kết quả hội nghị, cách ký của từng loại đơn vị",
    )
    documents.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    documents.add_argument("--number", metavar="SỐ", help='số của thông báo ("" để viết tay)')
    documents.add_argument("--code", metavar="KÝ HIỆU", help="ký hiệu cơ quan ban hành, mặc định CTĐ")
    documents.add_argument(
        "--form", action="append", metavar="LOẠI=KIỂU", help="vd. ban-to-chuc=head, ban-thuong-vu=collective"
    )
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

    checkin = commands.add_parser("checkin", help="điểm danh theo mã trên thẻ (mỗi mã một lần điểm danh)")
    checkin.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    checkin.add_argument("codes", metavar="MÃ", nargs="+", help="mã đại biểu, như máy quét đọc")
    walk_in = commands.add_parser("walk-in", help="thêm người đến không báo trước và điểm danh luôn")
    walk_in.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    walk_in.add_argument("--name", required=True, metavar="HỌ TÊN")
    walk_in.add_argument("--role", choices=("dai-bieu", "truong-doan", "khach"), default="dai-bieu")
    walk_in.add_argument("--unit", metavar="ĐƠN VỊ", help="đơn vị thành viên (tên ngắn hoặc đầy đủ)")
    walk_in.add_argument("--position", metavar="CHỨC VỤ")
    walk_in.add_argument("--organization", metavar="CƠ QUAN", help="cơ quan của khách mời")
    walk_in.add_argument("--substitute-for", metavar="MÃ", help="mã của đại biểu vắng mà người này dự thay")
    from core.ballots import INVALID_REASONS

    reasons = "; ".join(f"-{n}: {r}" for n, r in enumerate(INVALID_REASONS, start=1))
    ballot = commands.add_parser(
        "ballot",
        help="nhập phiếu suy tôn của vòng mới nhất, mỗi đối số một phiếu, gõ như ở màn hình nhập phiếu",
        description="Mỗi đối số là một phiếu: số thứ tự các tên bị gạch (hoặc được chọn, tùy cuộc bầu), "
        f'"" là phiếu để nguyên, "0" là không chọn ai, dấu trừ và số là phiếu không hợp lệ ({reasons}). '
        "Mọi phiếu được đọc trước; một phiếu sai thì không ghi phiếu nào.",
    )
    ballot.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    ballot.add_argument("--vote", type=vote_id, required=True, metavar="ID", help="cuộc bầu (xem lệnh votes)")
    ballot.add_argument(
        "--pass", dest="pass_no", type=int, choices=(1, 2), default=1, help="lần nhập (1 hoặc 2)"
    )
    ballot.add_argument("ballots", metavar="PHIẾU", nargs="+")
    for name, help_text in (
        ("confirm", "xác nhận kết quả vòng mới nhất của một cuộc bầu"),
        ("publish", "ghi nhận công bố kết quả đã xác nhận"),
        ("reopen", "mở lại kết quả đã xác nhận (cần lý do, và mã PIN nếu đã đặt)"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
        command.add_argument(
            "--vote", type=vote_id, required=True, metavar="ID", help="cuộc bầu (xem lệnh votes)"
        )
        if name == "reopen":
            command.add_argument("--reason", required=True, metavar="LÝ DO")
            command.add_argument("--pin", metavar="PIN")
    sign = commands.add_parser("sign", help="ghi nhận một đơn vị đã ký bản giao ước")
    sign.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    sign.add_argument("unit", metavar="ĐƠN VỊ", help="tên ngắn hoặc đầy đủ của đơn vị")
    cli_scoring.add_parsers(commands)
    return parser


def looks_like_a_command(word: str) -> bool:
    """A first argument that is neither an option, nor a file that exists, nor a file name (no
    dot, no folder): a command word, perhaps mistyped."""
    from pathlib import Path

    return (
        not word.startswith("-")
        and not Path(word).exists()
        and "." not in word
        and "/" not in word
        and ("\\" not in word)
    )


def unknown_command(word: str, err: TextIO) -> int:
    import difflib

    close = difflib.get_close_matches(word, [*COMMANDS, "--help", "--version"], n=1)
    hint = f' Có phải là "{close[0]}"?' if close else ""
    print(f'Lỗi: không có lệnh "{word}".{hint} Danh sách lệnh: python main.py --help', file=err)
    return 2


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
    except BrokenPipeError:  # `verify F | head -1`: the reader stopped listening, nothing is wrong
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
