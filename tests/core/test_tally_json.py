"""Tests of the ``tally`` command contract: JSON poll in, JSON result out, exit status."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from core.tally_json import EXIT_BAD_INPUT, EXIT_OK, run_tally_command

SAMPLE = {
    "candidates": ["Khánh Hòa", "Quảng Nam", "Kon Tum"],
    "max_choices": 2,
    "places": 2,
    "threshold": {"numerator": 1, "denominator": 2, "strict": True, "base": "valid"},
    "entitled": 11,
    "present": 10,
    "blank_valid": True,
    "ballots": [
        ["Khánh Hòa", "Kon Tum"],
        [],
        {"invalid": "không phải phiếu do Ban kiểm phiếu phát ra"},
    ],
}


def run(tmp_path: Path, poll: object, *, raw: str | None = None) -> tuple[int, str, str]:
    path = tmp_path / "poll.json"
    path.write_text(raw if raw is not None else json.dumps(poll, ensure_ascii=False), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run_tally_command(str(path), out, err)
    return status, out.getvalue(), err.getvalue()


def ok(tmp_path: Path, poll: object) -> dict:
    status, out, err = run(tmp_path, poll)
    assert (status, err) == (EXIT_OK, "")
    return json.loads(out)


def test_sample_poll(tmp_path):
    status, out, err = run(tmp_path, SAMPLE)
    assert status == 0 and err == ""
    assert "Khánh Hòa" in out  # ensure_ascii=False: readable Vietnamese
    assert out.startswith('{\n  "')  # indent=2
    result = json.loads(out)
    assert {k: result[k] for k in ("cast", "valid", "invalid", "blank", "base")} == {
        "cast": 3,
        "valid": 2,
        "invalid": 1,
        "blank": 1,
        "base": 2,
    }
    assert result["base_name"] == "valid"
    assert result["candidates"] == [
        {
            "name": "Khánh Hòa",
            "votes": 1,
            "percent": "50.00",
            "reached": False,
            "rank": 1,
            "outcome": "not_elected",
        },
        {
            "name": "Quảng Nam",
            "votes": 0,
            "percent": "0.00",
            "reached": False,
            "rank": 3,
            "outcome": "not_elected",
        },
        {
            "name": "Kon Tum",
            "votes": 1,
            "percent": "50.00",
            "reached": False,
            "rank": 1,
            "outcome": "not_elected",
        },
    ]
    assert result["elected"] == [] and result["tied"] == []
    assert result["places_left"] == 2
    assert result["invalid_reasons"] == [{"reason": "không phải phiếu do Ban kiểm phiếu phát ra", "count": 1}]
    assert result["threshold"] == {
        "numerator": 1,
        "denominator": 2,
        "strict": True,
        "base": "valid",
        "text": "trên 1/2 số phiếu hợp lệ",
    }
    assert (result["entitled"], result["present"], result["issued"]) == (11, 10, None)
    assert result["warnings"] == []


def test_defaults_max_choices_to_places_and_blank_valid_to_true(tmp_path):
    poll = {k: v for k, v in SAMPLE.items() if k not in ("max_choices", "blank_valid")}
    poll["places"] = 1
    result = ok(tmp_path, poll)
    assert result["max_choices"] == 1 and result["blank_valid"] is True
    assert result["invalid_reasons"][0]["reason"] == "Chọn quá số lượng tối đa (2 > 1)"
    assert result["blank"] == 1


def test_tie_and_places_left(tmp_path):
    poll = dict(SAMPLE, places=1, max_choices=1)
    poll["threshold"] = dict(SAMPLE["threshold"], strict=False)
    poll["ballots"] = [["Khánh Hòa"], ["Kon Tum"]]
    result = ok(tmp_path, poll)
    assert result["elected"] == []
    assert result["tied"] == ["Khánh Hòa", "Kon Tum"]
    assert result["places_left"] == 1
    assert [c["outcome"] for c in result["candidates"]] == ["tie", "not_elected", "tie"]


def test_half_up_percentages(tmp_path):
    poll = dict(SAMPLE, max_choices=3, ballots=[["Khánh Hòa"]] + [[]] * 7)
    assert ok(tmp_path, poll)["candidates"][0]["percent"] == "12.50"
    poll["ballots"] = [["Khánh Hòa"], ["Khánh Hòa"], []]
    assert ok(tmp_path, poll)["candidates"][0]["percent"] == "66.67"
    poll["ballots"] = [["Khánh Hòa"]] + [[]] * 5
    assert ok(tmp_path, poll)["candidates"][0]["percent"] == "16.67"


def test_decomposed_names_match(tmp_path):
    nfd = unicodedata.normalize("NFD", "Khánh Hòa")
    poll = dict(SAMPLE, ballots=[[nfd], ["Khánh Hòa"]])
    poll["candidates"] = [nfd, "Quảng Nam", "Kon Tum"]
    result = ok(tmp_path, poll)
    assert result["invalid"] == 0
    assert result["candidates"][0] == {
        "name": "Khánh Hòa",  # reported composed
        "votes": 2,
        "percent": "100.00",
        "reached": True,
        "rank": 1,
        "outcome": "elected",
    }


def test_issued_is_checked(tmp_path):
    result = ok(tmp_path, dict(SAMPLE, issued=2))
    assert result["issued"] == 2
    assert result["warnings"] == ["Số phiếu thu vào (3) nhiều hơn số phiếu phát ra (2)."]


def test_title_is_echoed(tmp_path):
    assert ok(tmp_path, dict(SAMPLE, title="Suy tôn cờ thi đua"))["title"] == "Suy tôn cờ thi đua"


def test_file_with_bom_is_accepted(tmp_path):
    path = tmp_path / "poll.json"
    path.write_bytes(json.dumps(SAMPLE, ensure_ascii=False).encode("utf-8-sig"))
    out, err = io.StringIO(), io.StringIO()
    assert run_tally_command(str(path), out, err) == 0
    assert json.loads(out.getvalue())["cast"] == 3


def without(key: str) -> dict:
    return {k: v for k, v in SAMPLE.items() if k != key}


def with_threshold(**changes) -> dict:
    return dict(SAMPLE, threshold=dict(SAMPLE["threshold"], **changes))


BASE_MESSAGE = 'Lỗi: trường "threshold.base" phải là một trong entitled, present, cast, valid'


@pytest.mark.parametrize(
    ("poll", "message"),
    [
        (with_threshold(base="half"), BASE_MESSAGE),
        (with_threshold(base=1), BASE_MESSAGE),
        (with_threshold(denominator=0), 'trường "threshold.denominator" phải lớn hơn 0'),
        (with_threshold(denominator=-2), 'trường "threshold.denominator" phải lớn hơn 0'),
        (with_threshold(numerator=-1), 'trường "threshold.numerator" không được âm'),
        (with_threshold(numerator="1"), 'trường "threshold.numerator" phải là một số nguyên'),
        (with_threshold(numerator=0.5), 'trường "threshold.numerator" phải là một số nguyên'),
        (with_threshold(strict="yes"), 'trường "threshold.strict" phải là true hoặc false'),
        (with_threshold(ratio=1), 'trường "threshold.ratio" không được hỗ trợ'),
        (dict(SAMPLE, threshold=[1, 2]), 'trường "threshold" phải là một đối tượng'),
        (without("threshold"), 'thiếu trường "threshold"'),
        (without("places"), 'thiếu trường "places"'),
        (without("candidates"), 'thiếu trường "candidates"'),
        (without("ballots"), 'thiếu trường "ballots"'),
        (dict(SAMPLE, places=-1), 'trường "places" không được âm'),
        (dict(SAMPLE, places=True), 'trường "places" phải là một số nguyên'),
        (dict(SAMPLE, places=2.0), 'trường "places" phải là một số nguyên'),
        (dict(SAMPLE, max_choices=-1), 'trường "max_choices" không được âm'),
        (dict(SAMPLE, entitled="11"), 'trường "entitled" phải là một số nguyên'),
        (dict(SAMPLE, present=-3), 'trường "present" không được âm'),
        (dict(SAMPLE, issued=-3), 'trường "issued" không được âm'),
        (dict(SAMPLE, blank_valid=1), 'trường "blank_valid" phải là true hoặc false'),
        (dict(SAMPLE, candidates="Khánh Hòa"), 'trường "candidates" phải là một danh sách'),
        (dict(SAMPLE, candidates=[]), 'trường "candidates" phải có ít nhất một tên'),
        (dict(SAMPLE, candidates=["A", 1]), 'trường "candidates[1]" phải là một chuỗi'),
        (dict(SAMPLE, candidates=["A", " A "]), 'trường "candidates" có tên trùng nhau: A'),
        (dict(SAMPLE, ballots={}), 'trường "ballots" phải là một danh sách'),
        (dict(SAMPLE, ballots=[["A"], "A"]), 'trường "ballots[1]" phải là danh sách tên'),
        (dict(SAMPLE, ballots=[[1]]), 'trường "ballots[0][0]" phải là một chuỗi'),
        (dict(SAMPLE, ballots=[{"invalid": 3}]), 'trường "ballots[0].invalid" phải là một chuỗi'),
        (dict(SAMPLE, ballots=[{"reason": "x"}]), 'trường "ballots[0]" phải là danh sách tên'),
        (dict(SAMPLE, blank_vaild=False), 'trường "blank_vaild" không được hỗ trợ'),
        (
            dict(SAMPLE, threshold=dict(SAMPLE["threshold"], base="entitled"), entitled=None),
            'trường "entitled" là bắt buộc khi "threshold.base" là "entitled"',
        ),
        ([1, 2], "tệp phải chứa một đối tượng JSON"),
    ],
)
def test_malformed_poll_exits_2_naming_the_field(tmp_path, poll, message):
    status, out, err = run(tmp_path, poll)
    assert status == EXIT_BAD_INPUT
    assert out == ""
    assert err.startswith("Lỗi: ")
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ('{"places": 2,', "không phải JSON hợp lệ (dòng 1, cột 14)"),
        ("", "không phải JSON hợp lệ"),
        ('{"places": 1, "places": 2}', 'trường "places" xuất hiện hai lần'),
    ],
)
def test_bad_json_exits_2(tmp_path, raw, message):
    status, out, err = run(tmp_path, None, raw=raw)
    assert (status, out) == (EXIT_BAD_INPUT, "")
    assert err.startswith("Lỗi: ") and message in err


def test_not_utf8_exits_2(tmp_path):
    path = tmp_path / "poll.json"
    # A legacy Windows code page, as an old editor would save it.
    path.write_bytes('{"candidates": ["Khánh Hòa"]}'.encode("cp1252"))
    err = io.StringIO()
    assert run_tally_command(str(path), io.StringIO(), err) == EXIT_BAD_INPUT
    assert "không phải văn bản UTF-8" in err.getvalue()


def test_missing_file_exits_2(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    missing = str(tmp_path / "khong-co.json")
    assert run_tally_command(missing, out, err) == EXIT_BAD_INPUT
    assert out.getvalue() == ""
    assert err.getvalue() == f'Lỗi: không tìm thấy tệp "{missing}"\n'


def test_directory_exits_2(tmp_path):
    err = io.StringIO()
    assert run_tally_command(str(tmp_path), io.StringIO(), err) == EXIT_BAD_INPUT
    assert err.getvalue().startswith(f'Lỗi: không đọc được tệp "{tmp_path}"')


def test_legacy_code_page_stream_gets_utf8_bytes(tmp_path):
    # A Windows pipe may encode as cp1252, which has no "ả"; the result must still come out.
    path = tmp_path / "poll.json"
    path.write_text(json.dumps(SAMPLE, ensure_ascii=False), "utf-8")
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    assert run_tally_command(str(path), stream, io.StringIO()) == EXIT_OK
    stream.flush()
    assert json.loads(raw.getvalue().decode("utf-8"))["candidates"][1]["name"] == "Quảng Nam"
