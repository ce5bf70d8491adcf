"""The command line of the scoring, the titles and the dossier (docs/scoring.md):
``scoring``, ``titles`` and ``nomination``. Same exit codes as core/cli.py: 0 done, 1 refused
(nothing changed), 2 bad usage. Heavy modules are imported when a command runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TextIO

from core.errors import ThiDuaError


def _open(path: str, writes: bool):
    from core.storage import MeetingFile

    return MeetingFile.open(path) if writes else MeetingFile.open_read_only(path)


def ranking_lines(db) -> list[str]:
    from core import scoring

    s = scoring.standing(db)
    if not s.table.criteria:
        return ["Chưa có bảng điểm."]
    lines = [
        f"Bảng điểm: {len(s.table.criteria)} tiêu chí, tối đa {scoring.decimal_text(s.table.maximum())} điểm."
    ]
    lines.append(f"Khi bằng điểm: {s.rule.label}.")
    for line in s.ranking:
        tie = " (đồng hạng)" if line.tied else ""
        changed = sum(1 for (code, unit), e in s.entries.items() if unit == line.unit_id and e.changed)
        own = scoring.points_text(s.self_scores.totals[line.unit_id])
        note = f"\ttự chấm {own}" + (f", {changed} điều chỉnh" if changed else "")
        missing = len(s.scores.missing.get(line.unit_id, ()))
        if missing:
            note += f", thiếu {missing} tiêu chí"
        lines.append(f"{line.rank}{tie}\t{s.names[line.unit_id]}\t{scoring.points_text(line.total)}{note}")
    return lines


def _cmd_scoring(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import scoring, scoring_excel

    writes = bool(args.table_in or args.imports or args.tie_rule or args.secretary is not None)
    for target in (args.table_out,):
        if target and Path(target).exists():
            raise ThiDuaError(f"Tệp {target} đã có: ThiDua không ghi đè, hãy chọn tên khác.")
    status = 0
    with closing(_open(args.file, writes)) as db:
        if args.table_in:
            table = scoring_excel.import_table(db, args.table_in)
            print(f"Đã nhập bảng điểm từ {args.table_in}: {len(table.items)} mục.", file=out)
        if args.tie_rule:
            scoring.set_tie_rule(db, scoring.TieRule(args.tie_rule))
        if args.secretary is not None:
            from core.dossier import set_secretary

            set_secretary(db, args.secretary)
            print(f"Thư ký hội nghị (in trên biên bản hội nghị): {args.secretary or '(để trống)'}", file=out)
        if args.table_out:
            count = scoring_excel.export_table(db, args.table_out)
            print(f"Đã ghi bảng điểm ({count} mục) vào {args.table_out}", file=out)
        if args.workbooks:
            paths = scoring_excel.write_unit_workbooks(db, args.workbooks)
            print(f"Đã ghi {len(paths)} phiếu tự chấm vào {args.workbooks}", file=out)
        if args.imports:
            outcomes = scoring_excel.import_workbooks(db, args.imports)
            for o in outcomes:
                stream = out if o.imported else err
                for line in scoring_excel.outcome_lines([o]):
                    print(line if o.imported else f"Lỗi: {line}", file=stream)
            if not all(o.imported for o in outcomes):
                status = 1
        print("\n".join(ranking_lines(db)), file=out)
    return status


def title_lines(db) -> list[str]:
    from core import titles

    names = dict(db.conn.execute("SELECT id, short_name FROM unit"))
    lines = []
    for number, r in enumerate(titles.results(db), start=1):
        line = f"{number}\t{r.title.name}\t{r.places} danh hiệu\t{r.state.label}"
        if r.title.vote_id is not None:
            line += f"\tcuộc bầu {r.title.vote_id}"
        label = "danh sách" if r.title.vote_id is not None else "đề xuất"
        line += f"\t{label}: {', '.join(names[u] for u in r.candidates) or '(chưa có)'}"
        if r.acclaimed:
            line += f"\tđược suy tôn: {', '.join(names[u] for u in r.acclaimed)}"
        lines.append(line)
    return lines or ["Chưa có danh hiệu nào."]


def _threshold(text: str):
    """ "1/2" (more than half), "2/3=" (at least two thirds): of the valid ballots."""
    from core.tally import Base, Threshold

    strict = not text.endswith("=")
    numerator, _, denominator = text.rstrip("=").partition("/")
    try:
        return Threshold(int(numerator), int(denominator), strict, Base.VALID)
    except ValueError:
        raise ThiDuaError(
            f'Tỷ lệ đạt "{text}" không đúng dạng: ghi 1/2 (trên một nửa) hoặc 2/3= (từ 2/3 trở lên).'
        ) from None


def _add_title(db, args: argparse.Namespace, out: TextIO) -> None:
    from fractions import Fraction

    from core import scoring, titles
    from core.votes import default_threshold

    percent = scoring.parse_number(args.percent) if args.percent else None
    if args.percent and percent is None:
        raise ThiDuaError(f'Tỷ lệ "{args.percent}" không phải một số.')
    title = titles.Title(
        name=args.add,
        places=args.places if args.places is not None else 1,
        places_percent=Fraction(percent) if percent is not None else None,
        candidates=args.candidates or 0,
        threshold=_threshold(args.threshold) if args.threshold else default_threshold(),
    )
    saved = titles.save_title(db, title)
    print(f"Đã thêm danh hiệu {saved.name}: {titles.resolve_places(db, saved)} danh hiệu.", file=out)


def _cmd_titles(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core import titles

    with closing(_open(args.file, args.open is not None or args.add is not None)) as db:
        if args.add is not None:
            _add_title(db, args, out)
        if args.open is not None:
            listed = titles.list_titles(db)
            if not 1 <= args.open <= len(listed):
                raise ThiDuaError(f"Không có danh hiệu số {args.open} (có {len(listed)} danh hiệu).")
            vote = titles.open_vote(db, int(listed[args.open - 1].id or 0))
            print(f"Đã mở cuộc suy tôn {vote.id}: {vote.title}", file=out)
        print("\n".join(title_lines(db)), file=out)
    return 0


def _cmd_nomination(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.dossier_docx import export_nomination_docx

    if Path(args.docx).exists():
        raise ThiDuaError(f"Tệp {args.docx} đã có: ThiDua không ghi đè, hãy chọn tên khác.")
    with closing(_open(args.file, False)) as db:
        print(f"Đã ghi {export_nomination_docx(db, args.docx)}", file=out)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "scoring": _cmd_scoring,
    "titles": _cmd_titles,
    "nomination": _cmd_nomination,
}


def add_parsers(commands) -> None:
    scoring = commands.add_parser(
        "scoring",
        help="chấm điểm: bảng điểm Excel, phiếu tự chấm của từng đơn vị, nhập phiếu, xếp hạng (docs/scoring.md)",
        description="Không có tùy chọn: in bảng xếp hạng. Phiếu có lỗi thì không nhập gì từ phiếu đó (lỗi ghi "
        "ô và dòng); các phiếu khác vẫn được nhập.",
    )
    scoring.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    scoring.add_argument("--table-out", metavar="BANG.xlsx", help="xuất bảng điểm ra Excel")
    scoring.add_argument(
        "--table-in", metavar="BANG.xlsx", help="nhập bảng điểm từ Excel (thay bảng hiện có)"
    )
    scoring.add_argument(
        "--workbooks", metavar="THƯ MỤC", help="ghi phiếu tự chấm của từng đơn vị vào thư mục"
    )
    scoring.add_argument(
        "--import",
        dest="imports",
        nargs="+",
        metavar="PHIẾU.xlsx",
        help="nhập các phiếu tự chấm đơn vị gửi lại",
    )
    scoring.add_argument(
        "--tie-rule",
        choices=("meeting", "women70"),
        help="khi bằng điểm: hội nghị quyết định, hoặc ưu tiên tập thể có từ 70 %% nữ (NĐ 152/2025/NĐ-CP, Điều 4)",
    )
    scoring.add_argument(
        "--secretary",
        metavar="HỌ TÊN",
        help='thư ký hội nghị, in trên biên bản hội nghị ("" để trống, ký tay)',
    )
    titles = commands.add_parser(
        "titles", help="danh hiệu theo thứ tự: số danh hiệu, đề xuất theo xếp hạng, kết quả suy tôn"
    )
    titles.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    titles.add_argument(
        "--open",
        type=int,
        metavar="SỐ",
        help="mở cuộc suy tôn của danh hiệu số này, với các đơn vị được đề xuất (khi danh hiệu trước đã có kết quả)",
    )
    titles.add_argument("--add", metavar="TÊN", help="thêm một danh hiệu sau các danh hiệu đã có")
    titles.add_argument("--places", type=int, metavar="SỐ", help="số danh hiệu (mặc định 1)")
    titles.add_argument(
        "--percent", metavar="%", help="số danh hiệu theo tỷ lệ %% số đơn vị thành viên (làm tròn xuống)"
    )
    titles.add_argument(
        "--candidates", type=int, metavar="SỐ", help="số đơn vị đầu bảng xếp hạng được đề xuất (0: tất cả)"
    )
    titles.add_argument(
        "--threshold",
        metavar="TỶ LỆ",
        help="tỷ lệ đạt trên số phiếu hợp lệ: 1/2 (trên một nửa), 2/3= (từ 2/3 trở lên)",
    )
    nomination = commands.add_parser("nomination", help="xuất tờ trình đề nghị khen thưởng ra tệp Word")
    nomination.add_argument("file", metavar="FILE.thidua", help="tệp hội nghị")
    nomination.add_argument("--docx", required=True, metavar="OUT.docx", help="tệp Word sẽ ghi")
