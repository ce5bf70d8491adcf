"""The conference domain: plain dataclasses, no storage and no UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Protocol

from core.said import Said


class Role(StrEnum):
    """What a person is at the conference. Values are stored in the meeting file."""

    HEAD = "head"  # trưởng đoàn: head of a member unit's delegation
    DELEGATE = "delegate"
    GUEST = "guest"  # khách mời: never votes, belongs to no member unit

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.HEAD: "Trưởng đoàn", Role.DELEGATE: "Đại biểu", Role.GUEST: "Khách mời"}


class VotingRule(StrEnum):
    """Who votes: one vote per member unit (its head of delegation), or per delegate."""

    PER_UNIT = "per_unit"
    PER_DELEGATE = "per_delegate"


class QuorumBase(StrEnum):
    UNITS = "units"  # member units represented
    VOTERS = "voters"  # voters present, per the voting rule


@dataclass(frozen=True)
class QuorumRule:
    """At least (or more than) numerator/denominator of the base must be present."""

    numerator: int = 2
    denominator: int = 3
    strict: bool = False
    base: QuorumBase = QuorumBase.UNITS

    def is_met(self, present: int, total: int) -> bool:
        if total <= 0:
            return False
        ratio = Fraction(present, total)
        needed = Fraction(self.numerator, self.denominator)
        return ratio > needed if self.strict else ratio >= needed

    def describe(self) -> str:
        """E.g. "ít nhất 2/3 đơn vị thành viên có mặt" (sayable in the UI's language: core.said)."""
        n, d = self.numerator, self.denominator
        if self.base == QuorumBase.UNITS:
            if self.strict:
                return Said("trên {0}/{1} đơn vị thành viên có mặt", n, d)
            return Said("ít nhất {0}/{1} đơn vị thành viên có mặt", n, d)
        if self.strict:
            return Said("trên {0}/{1} đại biểu có quyền biểu quyết có mặt", n, d)
        return Said("ít nhất {0}/{1} đại biểu có quyền biểu quyết có mặt", n, d)


@dataclass
class Meeting:
    """The conference itself: who holds it, when and where, and its rules."""

    commission: str = ""  # "Ban Tổ chức Trung ương"
    cluster: str = ""  # "Cụm thi đua số III"
    members_description: str = ""  # "Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực ..."
    title: str = ""  # "Hội nghị tổng kết công tác thi đua năm 2019"
    year: int = date.today().year
    next_year: int = date.today().year + 1
    venue: str = ""  # where the meeting sits: "Khách sạn ..., TP. Nha Trang"
    place: str = ""  # the place in the date line of documents: "Nha Trang"
    date: date = field(default_factory=date.today)
    host_unit_id: int | None = None
    letterhead: tuple[str, ...] = ()  # issuing body lines, top left of documents
    quorum: QuorumRule = field(default_factory=QuorumRule)
    voting_rule: VotingRule = VotingRule.PER_UNIT
    current_head_unit_id: int | None = None  # this year's cụm trưởng
    current_deputy_unit_id: int | None = None  # this year's cụm phó

    def issuing_body(self) -> list[str]:
        """The issuing body, top left of documents: the letterhead, or commission and cluster in capitals."""
        return list(self.letterhead) or [self.commission.upper(), self.cluster.upper()]

    def date_line(self) -> str:
        """ "Nha Trang, ngày 19 tháng 12 năm 2019", the place and date of documents."""
        d = self.date
        return f"{self.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


@dataclass
class Unit:
    """A member unit of the cluster, e.g. Ban Tổ chức Tỉnh ủy Khánh Hòa."""

    short_name: str
    full_title: str
    position: int = 0  # official order, 1-based
    id: int | None = None


@dataclass
class Person:
    """A delegate or guest. ``code`` is digits only: it is what a badge's QR code holds."""

    full_name: str
    role: Role = Role.DELEGATE
    position: str = ""  # chức vụ
    unit_id: int | None = None  # member unit; None for guests
    organization: str = ""  # a guest's organization
    phone: str = ""
    code: str = ""
    id: int | None = None
    substitute_for: int | None = None  # the absent delegate this person attends in place of
    walk_in: bool = False  # added at the desk on the day: not on the convening list


@dataclass
class KeyTask:
    """One of next year's key tasks (nhiệm vụ trọng tâm), the seed of the agreement."""

    content: str
    position: int = 0
    id: int | None = None


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def row_id(thing: _Stored) -> int:
    """The id of a unit, person, vote … read from the meeting file; one made in memory and
    never saved has none, and asking for it is a fault of the caller."""
    if thing.id is None:
        raise ValueError(f"{type(thing).__name__} {thing!r} is not in the meeting file")
    return thing.id
