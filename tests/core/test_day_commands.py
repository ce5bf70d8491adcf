"""Every action of the day has a command: the same core code as the screens, the same refusals,
exit 0 (done), 1 (refused), 2 (bad usage); never a traceback."""

import contextlib
import io

import pytest

from core import cli
from core.attendance import checked_in, substitutes
from core.ballots import current_entries
from core.storage import MeetingFile
from core.votes import list_rounds, list_votes


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):  # argparse writes its usage errors to sys.stderr
        try:
            code = cli.main([str(a) for a in args], out, err)
        except SystemExit as done:  # argparse's own exit for bad usage
            code = done.code
    return code, out.getvalue(), err.getvalue()


def test_check_in_by_codes_says_what_each_did(demo_path):
    code, out, err = run("checkin", demo_path, "1001", "1002", "1001", "99999")
    assert code == 1  # one code refused, the others done, each its own action
    assert "1001\tLê Văn Hải\tđã điểm danh lúc" in out and "không ghi lại" in out
    assert "Không có ai mang mã 99999" in err
    with MeetingFile.open_read_only(demo_path) as db:
        assert len(checked_in(db)) == 2


def test_a_walk_in_with_a_substitute(demo_path):
    code, out, _err = run("walk-in", demo_path, "--name", "Ngô Văn Thay", "--substitute-for", "1003")
    assert code == 0 and "thay cho" in out
    with MeetingFile.open_read_only(demo_path) as db:
        assert len(substitutes(db)) == 1
    code, _out, err = run("walk-in", demo_path, "--name", "Ai Đó", "--substitute-for", "1003")
    assert code == 1 and "Đã có người thay" in err


def test_ballots_typed_as_at_the_entry_screen_then_confirm_publish_reopen(demo_path):
    with MeetingFile.open_read_only(demo_path) as db:
        vote = list_votes(db)[0]
    code, out, _err = run("ballot", demo_path, "--vote", vote.id, "1 2", "0", "-1", "3")
    assert code == 0 and out.count("Phiếu số") == 4 and "Không hợp lệ: Không phải phiếu" in out
    code, _out, err = run("ballot", demo_path, "--vote", vote.id, "1", "99", "2")
    assert code == 1 and "Phiếu thứ 2" in err and "Chưa ghi phiếu nào" in err
    code, _out, err = run("ballot", demo_path, "--vote", vote.id, "-9")
    assert code == 1 and "từ 1 đến" in err
    with MeetingFile.open_read_only(demo_path) as db:
        assert len(current_entries(db, list_rounds(db, vote.id)[0].id)) == 4  # nothing from the refused runs
    code, out, _err = run("confirm", demo_path, "--vote", vote.id)
    assert code == 0 and "Mã xác nhận kết quả:" in out
    code, _out, err = run("ballot", demo_path, "--vote", vote.id, "1")
    assert code == 1 and "đã xác nhận" in err  # the same refusal as the screen
    assert run("publish", demo_path, "--vote", vote.id)[0] == 0
    code, _out, err = run("reopen", demo_path, "--vote", vote.id)
    assert code == 2 and "thiếu đối số bắt buộc: --reason" in err and "Cách dùng:" in err
    assert run("reopen", demo_path, "--vote", vote.id, "--reason", "gõ nhầm một phiếu")[0] == 0


def test_signing_the_agreement(demo_path):
    code, out, _err = run("sign", demo_path, "Khánh Hòa")
    assert code == 0 and "Khánh Hòa" in out and "đã ký lúc" in out
    code, _out, err = run("sign", demo_path, "Khánh Hòa")
    assert code == 1 and "đã ký" in err
    code, _out, err = run("sign", demo_path, "Không Có Tỉnh")
    assert code == 1 and "Không có đơn vị" in err


@pytest.mark.parametrize("command", ["checkin", "ballot", "confirm", "sign"])
def test_commands_that_write_are_refused_while_the_file_is_held(demo_path, command):
    holder = MeetingFile.open(demo_path)
    try:
        args = {
            "checkin": ["1001"],
            "ballot": ["--vote", "1", "1"],
            "confirm": ["--vote", "1"],
            "sign": ["Khánh Hòa"],
        }
        code, _out, err = run(command, demo_path, *args[command])
    finally:
        holder.close()
    assert code == 1 and "đang được mở để ghi" in err


def test_a_mistyped_command_is_an_error_with_a_suggestion_not_the_program(tmp_path):
    from tests.processes import run_main

    done = run_main("verfy", "x")
    assert done.returncode == 2 and 'Có phải là "verify"' in done.stderr
    done = run_main("help")
    assert done.returncode == 2 and "--help" in done.stderr
    done = run_main("--help")
    assert done.returncode == 0 and "--version" in done.stdout and "Cách dùng:" in done.stdout


def test_verify_of_something_else_says_it_is_not_a_meeting_file(tmp_path):
    csv = tmp_path / "danh-sach.csv"
    csv.write_text("Họ và tên\n", encoding="utf-8")
    code, out, err = run("verify", csv)
    assert code == 1 and "không nguyên vẹn" not in (out + err) and "không phải là tệp hội nghị" in err


def test_the_agreement_export_never_overwrites(demo_path, tmp_path):
    existing = tmp_path / "giao-uoc.docx"
    existing.write_bytes(b"my own document")
    code, out, err = run("agreement", demo_path, "--docx", existing)
    assert code == 1 and "không ghi đè" in err and out == ""
    assert existing.read_bytes() == b"my own document"


def test_a_reader_that_stops_listening_is_no_error(demo_path):
    """`verify FILE | head -1`: the pipe closes while the report is printed."""
    import io

    from core.cli import main as cli_main

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert cli_main(["verify", str(demo_path)], Closed(), err) == 1
    assert err.getvalue() == ""  # no "Lỗi ngoài dự kiến (BrokenPipeError)"
