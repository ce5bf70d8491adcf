"""The ``tally`` command: a poll in a JSON file in, the result as JSON out.

``python main.py tally POLL.json`` calls :func:`run_tally_command`. The format is
documented in docs/tally.md. Every input problem is reported in Vietnamese,
naming the field (e.g. ``trường "threshold.base"``), with exit status 2: the
people running the hall laptop must never see a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TextIO

from core.tally import (
    Ballot,
    Base,
    InvalidBallot,
    Poll,
    PollError,
    TallyResult,
    Threshold,
    check_result,
    tally,
)

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_TOP_FIELDS = {
    "title",
    "candidates",
    "max_choices",
    "places",
    "threshold",
    "entitled",
    "present",
    "issued",
    "blank_valid",
    "ballots",
}
_THRESHOLD_FIELDS = {"numerator", "denominator", "strict", "base"}


class InputError(Exception):
    """The poll file cannot be used; the message is Vietnamese and names the problem."""


@dataclass(frozen=True)
class PollInput:
    """A parsed poll file: the poll, its ballots, and the figures only echoed or checked."""

    poll: Poll
    ballots: list[Ballot]
    issued: int | None = None  # ballots issued (phát ra), for the consistency checks
    title: str | None = None


def run_tally_command(path: str, stdout: TextIO, stderr: TextIO) -> int:
    """Tally the poll in ``path``; print the result JSON. Returns the exit status."""
    try:
        parsed = parse_poll(load_json(path))
        result = tally(parsed.poll, parsed.ballots)
    except (InputError, PollError) as error:
        _write(stderr, f"Lỗi: {error}\n")
        return EXIT_BAD_INPUT
    output = result_to_dict(result, issued=parsed.issued, title=parsed.title)
    _write(stdout, json.dumps(output, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def load_json(path: str) -> Any:
    """Read a UTF-8 JSON file (a BOM from Windows Notepad is accepted)."""
    try:
        with open(path, encoding="utf-8-sig") as file:
            return json.load(file, object_pairs_hook=_no_repeated_keys)
    except FileNotFoundError:
        raise InputError(f'không tìm thấy tệp "{path}"') from None
    except UnicodeDecodeError:
        raise InputError(f'tệp "{path}" không phải văn bản UTF-8') from None
    except json.JSONDecodeError as error:
        raise InputError(
            f'tệp "{path}" không phải JSON hợp lệ (dòng {error.lineno}, cột {error.colno})'
        ) from None
    except RecursionError:
        raise InputError(f'tệp "{path}" lồng quá nhiều tầng ngoặc, không phải một cuộc bầu') from None
    except OSError as error:
        raise InputError(f'không đọc được tệp "{path}": {error.strerror}') from None


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json would silently keep the last of two equal keys; a poll must not be ambiguous.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError(f'trường "{key}" xuất hiện hai lần')
        result[key] = value
    return result


def parse_poll(data: Any) -> PollInput:
    """Check the types of a decoded poll file and build the poll and its ballots."""
    if not isinstance(data, dict):
        raise InputError("tệp phải chứa một đối tượng JSON { ... }")
    _reject_unknown(data, _TOP_FIELDS, prefix="")
    candidates = _list(data, "candidates")
    names = [_string(name, f"candidates[{i}]") for i, name in enumerate(candidates)]
    places = _integer(_required(data, "places"), "places")
    threshold = _parse_threshold(_required(data, "threshold"))
    poll = Poll(
        candidates=tuple(names),
        places=places,
        threshold=threshold,
        max_choices=_optional_integer(data, "max_choices"),
        entitled=_optional_integer(data, "entitled"),
        present=_optional_integer(data, "present"),
        blank_valid=_boolean(data.get("blank_valid", True), "blank_valid"),
    )
    issued = _optional_integer(data, "issued")
    if issued is not None and issued < 0:
        raise InputError('trường "issued" không được âm')
    title = data.get("title")
    if title is not None:
        title = _string(title, "title")
    ballots = [_parse_ballot(b, f"ballots[{i}]") for i, b in enumerate(_list(data, "ballots"))]
    return PollInput(poll=poll, ballots=ballots, issued=issued, title=title)


def _parse_threshold(value: Any) -> Threshold:
    if not isinstance(value, dict):
        raise InputError('trường "threshold" phải là một đối tượng { ... }')
    _reject_unknown(value, _THRESHOLD_FIELDS, prefix="threshold.")
    base = _required(value, "base", "threshold.")
    if not isinstance(base, str) or base not in {b.value for b in Base}:  # [] is unhashable
        choices = ", ".join(b.value for b in Base)
        raise InputError(f'trường "threshold.base" phải là một trong {choices}')
    return Threshold(
        numerator=_integer(_required(value, "numerator", "threshold."), "threshold.numerator"),
        denominator=_integer(_required(value, "denominator", "threshold."), "threshold.denominator"),
        strict=_boolean(_required(value, "strict", "threshold."), "threshold.strict"),
        base=Base(base),
    )


def _parse_ballot(value: Any, where: str) -> Ballot:
    if isinstance(value, list):
        return [_string(name, f"{where}[{i}]") for i, name in enumerate(value)]
    if isinstance(value, dict) and set(value) == {"invalid"}:
        return InvalidBallot(_string(value["invalid"], f"{where}.invalid"))
    raise InputError(f'trường "{where}" phải là danh sách tên [ ... ] hoặc {{"invalid": "lý do"}}')


def _reject_unknown(data: dict[str, Any], known: set[str], prefix: str) -> None:
    # A misspelt field ("blank_vaild") must not silently fall back to a default.
    for key in data:
        if key not in known:
            raise InputError(f'trường "{prefix}{key}" không được hỗ trợ')


def _required(data: dict[str, Any], key: str, prefix: str = "") -> Any:
    if key not in data:
        raise InputError(f'thiếu trường "{prefix}{key}"')
    return data[key]


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = _required(data, key)
    if not isinstance(value, list):
        raise InputError(f'trường "{key}" phải là một danh sách [ ... ]')
    return value


def _integer(value: Any, where: str) -> int:
    # bool is an int in Python, but true is not a number of places.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f'trường "{where}" phải là một số nguyên')
    return value


def _optional_integer(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return None if value is None else _integer(value, key)


def _boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(f'trường "{where}" phải là true hoặc false')
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise InputError(f'trường "{where}" phải là một chuỗi "..."')
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800") is no character at all
        raise InputError(f'trường "{where}" chứa một mã ký tự không hợp lệ') from None
    return value


def result_to_dict(
    result: TallyResult, *, issued: int | None = None, title: str | None = None
) -> dict[str, Any]:
    """The JSON form of a result (see docs/tally.md); the keys are the contract."""
    poll = result.poll
    threshold = poll.threshold
    return {
        "title": title,
        "cast": result.cast,
        "valid": result.valid,
        "invalid": result.invalid,
        "blank": result.blank,
        "base": result.base,
        "base_name": result.base_name.value,
        "base_label": result.base_name.label,
        "threshold": {
            "numerator": threshold.numerator,
            "denominator": threshold.denominator,
            "strict": threshold.strict,
            "base": threshold.base.value,
            "text": threshold.describe(),
        },
        "entitled": poll.entitled,
        "present": poll.present,
        "issued": issued,
        "places": poll.places,
        "max_choices": poll.max_choices,
        "blank_valid": poll.blank_valid,
        "candidates": [
            {
                "name": c.name,
                "votes": c.votes,
                "percent": c.percent,
                "reached": c.reached,
                "rank": c.rank,
                "outcome": c.outcome.value,
            }
            for c in result.candidates
        ],
        "elected": list(result.elected),
        "tied": list(result.tied),
        "places_left": result.places_left,
        "invalid_reasons": [{"reason": r.reason, "count": r.count} for r in result.invalid_reasons],
        "warnings": check_result(result, issued=issued),
    }


def _write(stream: TextIO, text: str) -> None:
    # A Windows console or pipe may use a legacy code page that has no Vietnamese
    # letters; the text is then written as UTF-8 bytes rather than failing.
    try:
        stream.write(text)
    except UnicodeEncodeError:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            raise
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
