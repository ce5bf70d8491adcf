"""Reading values back from the meeting file, where one may be damaged.

A value the program wrote is always well formed; one edited with another tool, or damaged on
a failing disk, may not be. Every decoder here raises :class:`DamagedValueError` naming the
table, the row and the value, so that a screen can say what is wrong while the rest of the
file opens (and ``verify`` tells who changed it).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from core.errors import DamagedValueError
from core.said import Said


def _damaged(where: str, value: object, what: str) -> DamagedValueError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "…'"
    return DamagedValueError(
        Said(
            "Dữ liệu hỏng trong tệp: {0} có giá trị {1}, không phải {2}. Tệp đã bị sửa ngoài "
            "chương trình hoặc bị hỏng: hãy chạy Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản "
            "sao lưu.",
            where,
            shown,
            what,
        )
    )


def stored_date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise _damaged(where, value, "một ngày") from None


def stored_datetime(value: object, where: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise _damaged(where, value, "một thời điểm") from None


def stored_ids(value: object, where: str) -> frozenset[int]:
    """Unit ids separated by spaces (a ballot's choices)."""
    try:
        return frozenset(int(part) for part in str(value).split())
    except (TypeError, ValueError):
        raise _damaged(where, value, "danh sách số thứ tự đơn vị") from None


def stored_json(value: object, where: str) -> Any:
    try:
        return json.loads(str(value))
    except (TypeError, ValueError, RecursionError):
        raise _damaged(where, value, "dữ liệu JSON") from None
