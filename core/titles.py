"""The titles a meeting acclaims, in order, each with its places and its own vote.

For example "Cờ thi đua của Ban Tổ chức Trung ương" for the leading unit, then "Bằng khen của
Trưởng Ban Tổ chức Trung ương" for a share of the members. A title has places (a count, or a
percentage of the member units rounded down), how many units of the ranking it proposes, and
the threshold of its vote.

The scores propose, the vote decides: a title's vote (a suy tôn vote of core/votes.py, with
everything it does: ballots, entry, ties, rounds, minutes, projector) is opened with the
units the ranking puts first (core/scoring.py ``proposal``), leaving out every unit an
earlier title honoured. The votes run in title order: a title's vote opens only when the vote
of every title before it is confirmed with no tie left, and it is built on that result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from core import scoring
from core.errors import ValidationError
from core.said import Said
from core.storage import MeetingFile, inserted_id
from core.tally import Base, Threshold, places_from_percentage
from core.text import clean, text_problem
from core.votes import Vote, default_threshold, get_vote, insert_vote
from core.votes_result import summary

MAX_NAME = 200


@dataclass
class Title:
    name: str
    places: int = 1
    places_percent: Fraction | None = None  # when set: this % of member units, rounded down
    candidates: int = 0  # how many of the ranking are proposed; 0: every unit not yet honoured
    threshold: Threshold = field(default_factory=default_threshold)
    vote_id: int | None = None
    id: int | None = None
    position: int = 0


class TitleState(StrEnum):
    WAITING = "waiting"  # an earlier title's vote is not decided yet
    READY = "ready"  # its vote can be opened
    VOTING = "voting"  # its vote is open (not confirmed, or a tie is left)
    DONE = "done"  # its vote is confirmed with no tie left

    @property
    def label(self) -> str:
        return {
            TitleState.WAITING: Said("Chờ danh hiệu trước"),
            TitleState.READY: Said("Sẵn sàng suy tôn"),
            TitleState.VOTING: Said("Đang suy tôn"),
            TitleState.DONE: Said("Đã có kết quả"),
        }[self]


_COLUMNS = (
    "id, position, name, places, places_percent, candidates, threshold_numerator, threshold_denominator, "
    "threshold_strict, threshold_base, vote_id"
)


def list_titles(db: MeetingFile) -> list[Title]:
    rows = db.conn.execute(f"SELECT {_COLUMNS} FROM award_title ORDER BY position, id").fetchall()
    return [
        Title(
            id=tid,
            position=position,
            name=name,
            places=places,
            places_percent=Fraction(percent) if percent else None,
            candidates=candidates,
            threshold=Threshold(num, den, bool(strict), Base(base)),
            vote_id=vote_id,
        )
        for tid, position, name, places, percent, candidates, num, den, strict, base, vote_id in rows
    ]


def get_title(db: MeetingFile, title_id: int) -> Title:
    title = next((t for t in list_titles(db) if t.id == title_id), None)
    if title is None:
        raise ValidationError(Said("Danh hiệu không còn trong hội nghị."))
    return title


def member_count(db: MeetingFile) -> int:
    return int(db.conn.execute("SELECT COUNT(*) FROM unit").fetchone()[0])


def resolve_places(db: MeetingFile, title: Title) -> int:
    if title.places_percent is None:
        return title.places
    return places_from_percentage(title.places_percent, member_count(db))


def title_problems(db: MeetingFile, title: Title) -> list[str]:
    name = clean(title.name)
    problems: list[str] = []
    if not name:
        problems.append(Said('Trường "Tên danh hiệu" không được để trống.'))
    problem = text_problem(name, MAX_NAME)
    if problem:
        problems.append(Said('Trường "Tên danh hiệu": {0}.', problem))
    if title.places_percent is not None and not 0 < title.places_percent <= 100:
        problems.append(Said('Trường "Tỷ lệ" của danh hiệu "{0}" phải lớn hơn 0 và không quá 100 %.', name))
    elif resolve_places(db, title) < 1:
        problems.append(Said('Danh hiệu "{0}": số danh hiệu phải ít nhất là 1.', name))
    if title.candidates < 0:
        problems.append(Said('Danh hiệu "{0}": số đơn vị đề xuất không được âm.', name))
    t = title.threshold
    if not 0 <= t.numerator <= t.denominator or t.denominator <= 0:
        problems.append(
            Said('Danh hiệu "{0}": tỷ lệ đạt {1}/{2} không hợp lệ.', name, t.numerator, t.denominator)
        )
    for other in list_titles(db):
        if other.id != title.id and clean(other.name).casefold() == name.casefold():
            problems.append(Said('Đã có danh hiệu "{0}".', other.name))
    return problems


def _values(title: Title) -> tuple:
    t = title.threshold
    return (
        clean(title.name),
        title.places,
        str(title.places_percent) if title.places_percent is not None else None,
        title.candidates,
        t.numerator,
        t.denominator,
        int(t.strict),
        t.base.value,
    )


def save_title(db: MeetingFile, title: Title) -> Title:
    """Add a title after the others, or change one whose vote is not opened yet."""
    details: dict = {"name": clean(title.name), "places": title.places, "candidates": title.candidates}
    with db.transaction("title.save", details) as conn:
        problems = title_problems(db, title)
        if title.id is not None:
            stored = get_title(db, title.id)
            if stored.vote_id is not None:
                problems.append(Said('Danh hiệu "{0}" đã có cuộc suy tôn: không sửa được nữa.', stored.name))
        if problems:
            raise ValidationError(problems)
        details["places"] = resolve_places(db, title)
        if title.id is None:
            position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM award_title").fetchone()[0]
            title_id = inserted_id(
                conn.execute(
                    "INSERT INTO award_title (position, name, places, places_percent, candidates, "
                    "threshold_numerator, threshold_denominator, threshold_strict, threshold_base) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (position, *_values(title)),
                )
            )
        else:
            title_id = title.id
            conn.execute(
                "UPDATE award_title SET name = ?, places = ?, places_percent = ?, candidates = ?, "
                "threshold_numerator = ?, threshold_denominator = ?, threshold_strict = ?, threshold_base = ? "
                "WHERE id = ?",
                (*_values(title), title_id),
            )
    return get_title(db, title_id)


def delete_title(db: MeetingFile, title_id: int) -> None:
    with db.transaction("title.delete", {"id": title_id}) as conn:
        title = get_title(db, title_id)
        if title.vote_id is not None:
            raise ValidationError(
                Said(
                    'Danh hiệu "{0}" đã có cuộc suy tôn: hãy xóa cuộc suy tôn trước (khi chưa nhập phiếu).',
                    title.name,
                )
            )
        conn.execute("DELETE FROM award_title WHERE id = ?", (title_id,))
        conn.execute("UPDATE award_title SET position = position - 1 WHERE position > ?", (title.position,))


def move_title(db: MeetingFile, title_id: int, step: int) -> None:
    """Move a title up (-1) or down (+1) in the order; only among titles without a vote. The
    checks run inside the move's transaction, on the titles as the file holds them then."""
    details: dict = {"id": title_id, "step": step}
    with db.transaction("title.move", details) as conn:
        titles = list_titles(db)
        index = next((i for i, t in enumerate(titles) if t.id == title_id), None)
        if index is None:
            raise ValidationError(Said("Danh hiệu không còn trong hội nghị."))
        other = index + step
        if not 0 <= other < len(titles):
            raise ValidationError(Said('Danh hiệu "{0}" đã ở đầu hoặc cuối danh sách.', titles[index].name))
        if titles[index].vote_id is not None or titles[other].vote_id is not None:
            raise ValidationError(Said("Không đổi thứ tự được: danh hiệu đã có cuộc suy tôn."))
        a, b = titles[index], titles[other]
        details["name"] = a.name
        conn.execute("UPDATE award_title SET position = ? WHERE id = ?", (b.position, a.id))
        conn.execute("UPDATE award_title SET position = ? WHERE id = ?", (a.position, b.id))


# -- the order of the votes --------------------------------------------------------------------


def _unit_ids_by_name(db: MeetingFile) -> dict[str, int]:
    return {name: uid for uid, name in db.conn.execute("SELECT id, short_name FROM unit")}


def acclaimed(db: MeetingFile, title: Title) -> list[int]:
    """The units a title's vote acclaimed, over its confirmed rounds."""
    if title.vote_id is None:
        return []
    ids = _unit_ids_by_name(db)
    return [ids[name] for name in summary(db, title.vote_id).acclaimed if name in ids]


def state(db: MeetingFile, title: Title) -> TitleState:
    if title.vote_id is not None:
        return TitleState.DONE if summary(db, title.vote_id).complete else TitleState.VOTING
    for earlier in list_titles(db):
        if earlier.position >= title.position:
            break
        if earlier.vote_id is None or not summary(db, earlier.vote_id).complete:
            return TitleState.WAITING
    return TitleState.READY


def honoured_before(db: MeetingFile, title: Title) -> list[int]:
    """Units honoured by the titles before ``title``: not candidates for it."""
    out: list[int] = []
    for earlier in list_titles(db):
        if earlier.position >= title.position:
            break
        out.extend(acclaimed(db, earlier))
    return out


def proposed(db: MeetingFile, title: Title, standing: scoring.Standing | None = None) -> list[int]:
    """The units the ranking proposes for ``title``: those not honoured before it, best first."""
    standing = standing or scoring.standing(db)
    return scoring.proposal(standing.ranking, title.candidates, honoured_before(db, title))


def vote_title(db: MeetingFile, title: Title) -> str:
    from core.meetings import load_meeting

    return f"Suy tôn đơn vị đề nghị tặng {clean(title.name)} năm {load_meeting(db).year}"


def open_vote(db: MeetingFile, title_id: int) -> Vote:
    """Open the vote of a title on the units the ranking proposes (one action). Refused until
    every earlier title's vote is confirmed with no tie left. The counting committee is the
    one of the last vote opened, as a new vote in the Suy tôn stage starts with."""
    details: dict = {}
    with db.transaction("title.vote", details) as conn:
        title = get_title(db, title_id)
        current = state(db, title)
        if current is TitleState.WAITING:
            raise ValidationError(
                Said(
                    'Chưa mở được cuộc suy tôn "{0}": danh hiệu trước chưa có kết quả đã xác nhận (hoặc còn '
                    "bằng phiếu). Các danh hiệu được suy tôn lần lượt theo thứ tự.",
                    title.name,
                )
            )
        if current is not TitleState.READY:
            raise ValidationError(Said('Danh hiệu "{0}" đã có cuộc suy tôn.', title.name))
        candidates = proposed(db, title)
        if not candidates:
            raise ValidationError(
                Said('Danh hiệu "{0}": không còn đơn vị nào để đề xuất (chưa có bảng điểm?).', title.name)
            )
        places = min(resolve_places(db, title), len(candidates))
        last = conn.execute(
            "SELECT id FROM vote WHERE kind = 'title' ORDER BY position DESC, id DESC"
        ).fetchone()
        committee, chief = ([], None)
        if last is not None:
            previous = get_vote(db, int(last[0]))
            committee, chief = previous.committee_ids, previous.chief_id
        vote = Vote(
            title=vote_title(db, title),
            candidate_ids=candidates,
            places=places,
            threshold=title.threshold,
            committee_ids=committee,
            chief_id=chief,
        )
        vote_id = insert_vote(db, vote, details)
        conn.execute("UPDATE award_title SET vote_id = ? WHERE id = ?", (vote_id, title_id))
        details["award_title"] = title.name
        details["excluded"] = honoured_before(db, title)
    return get_vote(db, vote_id)


@dataclass(frozen=True)
class TitleResult:
    title: Title
    places: int
    state: TitleState
    candidates: tuple[int, ...]  # of its vote when opened, else as proposed now
    acclaimed: tuple[int, ...]


def results(db: MeetingFile) -> list[TitleResult]:
    """Every title with its state, its candidates and whom its vote acclaimed."""
    standing = scoring.standing(db)
    out = []
    for title in list_titles(db):
        if title.vote_id is not None:
            candidates = tuple(get_vote(db, title.vote_id).candidate_ids)
        else:
            candidates = tuple(
                scoring.proposal(standing.ranking, title.candidates, honoured_before(db, title))
            )
        out.append(
            TitleResult(
                title, resolve_places(db, title), state(db, title), candidates, tuple(acclaimed(db, title))
            )
        )
    return out


def honours(db: MeetingFile) -> dict[int, str]:
    """Each honoured unit and the title it was acclaimed for."""
    out: dict[int, str] = {}
    for title in list_titles(db):
        for unit in acclaimed(db, title):
            out.setdefault(unit, title.name)
    return out


def demo_titles(db: MeetingFile, entries: list[dict]) -> None:
    """The titles of the demo conference (resources/demo/demo_conference.json)."""
    for data in entries:
        t = data.get("threshold", {})
        save_title(
            db,
            Title(
                name=data["name"],
                places=data.get("places", 1),
                places_percent=Fraction(data["places_percent"]) if "places_percent" in data else None,
                candidates=data.get("candidates", 0),
                threshold=Threshold(
                    t.get("numerator", 1),
                    t.get("denominator", 2),
                    t.get("strict", True),
                    Base(t.get("base", "valid")),
                ),
            ),
        )
