"""The emulation agreement (bản giao ước thi đua): its text, its signatories, the signing.

The text lives in the meeting file once it has been edited; until then ``load_agreement``
returns a default built from the meeting and next year's key tasks, so a new meeting
always has something sensible to print.

Signatories follow registration: each member unit's head of delegation when checked in;
otherwise a checked-in deputy ("Phó Trưởng ban") signs "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN";
a unit with neither is flagged, and the organizers leave its block blank for a later
signature or leave it out. The cluster head's block comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from core.attendance import checked_in, substitutes
from core.document_settings import SignatureForm, signature_form, unit_type
from core.errors import ValidationError
from core.meetings import load_key_tasks, load_meeting
from core.model import Meeting, Person, Role, Unit, row_id
from core.people import delegation_order, list_people
from core.said import Said
from core.storage import MeetingFile
from core.text import clean, fold
from core.units import get_unit, list_units
from core.values import stored_date, stored_datetime

MAX_EXTRA_COPIES = 50
_DEPUTY = "pho truong ban"  # folded "Phó Trưởng ban"


class Section(StrEnum):
    """The two tables of the agreement. Values are stored in the meeting file."""

    MOVEMENT = "movement"  # phong trào thi đua
    TARGET = "target"  # chỉ tiêu thi đua

    @property
    def label(self) -> str:
        return "Phong trào" if self is Section.MOVEMENT else "Chỉ tiêu"


class HeadOrder(StrEnum):
    """Whose block comes first: next year's head once elected (else this year's), or this year's."""

    NEXT = "next"
    CURRENT = "current"


class AbsentChoice(StrEnum):
    """What to do with a unit that has nobody present who may sign."""

    BLANK = "blank"  # print the unit and the title, no name: it signs later
    OMIT = "omit"  # leave its block out


@dataclass
class AgreementItem:
    """One row of the movements or targets table. A movement (phong trào) has its goal and the
    times it is launched and reviewed; a target (chỉ tiêu) its unit of measure and figure."""

    content: str = ""
    unit_of_measure: str = ""  # đơn vị tính
    target: str = ""  # chỉ tiêu
    note: str = ""  # ghi chú
    goal: str = ""  # mục tiêu (a movement)
    launch: str = ""  # thời gian phát động (a movement)
    review: str = ""  # thời gian sơ kết, tổng kết (a movement)

    def values(self) -> tuple[str, ...]:
        return (
            self.content,
            self.unit_of_measure,
            self.target,
            self.note,
            self.goal,
            self.launch,
            self.review,
        )

    def is_empty(self) -> bool:
        return not any(clean(v) for v in self.values())


MOVEMENTS_HEADING = "CÁC PHONG TRÀO THI ĐUA"


@dataclass
class Agreement:
    title: str
    bases: list[str]  # căn cứ, one line each
    intro: str  # the sentence before the tables
    movements: list[AgreementItem]
    targets: list[AgreementItem]
    implementation: str  # tổ chức thực hiện, one paragraph per line
    place: str  # as printed; it follows the meeting's unless set on purpose (place_set)
    date: date  # likewise (date_set)
    extra_copies: int = 1  # originals beyond one per member unit
    number_copies: bool = False  # print "Bản số k/N" top right of each original
    head_order: HeadOrder = HeadOrder.NEXT
    blocks_per_row: int = 0  # 0: automatic (3 for more than 8 units, else 2)
    on_behalf: bool = True  # "T/M" before the unit's name in its block
    place_set: bool = False  # True: a place of its own, not the meeting's (stored; else it follows)
    date_set: bool = False

    def items(self, section: Section) -> list[AgreementItem]:
        return self.movements if section is Section.MOVEMENT else self.targets

    def tables(self) -> list[tuple[str, list[AgreementItem]]]:
        """(heading, rows) of each table that has a row to print, in the document's order."""
        headings = {Section.MOVEMENT: MOVEMENTS_HEADING, Section.TARGET: "CÁC CHỈ TIÊU THI ĐUA"}
        return [
            (headings[section], [i for i in self.items(section) if not i.is_empty()])
            for section in Section
            if any(not i.is_empty() for i in self.items(section))
        ]

    def date_line(self) -> str:
        d = self.date
        place = self.place or "……………"  # not known yet (next year's host): a blank to write in
        return f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"

    def copies(self, unit_count: int) -> int:
        """N originals: one per member unit plus the extra copies."""
        return unit_count + self.extra_copies

    def per_row(self, block_count: int) -> int:
        if self.blocks_per_row in (2, 3):
            return self.blocks_per_row
        return 3 if block_count > 8 else 2


# -- the default text -------------------------------------------------------------------


def default_title(next_year: int) -> str:
    return f"BẢN GIAO ƯỚC THI ĐUA NĂM {next_year}"


def default_bases(meeting: Meeting) -> list[str]:
    cluster = meeting.cluster or "Cụm thi đua"
    of_commission = f", {meeting.commission}" if meeting.commission else ""
    title = meeting.title[:1].lower() + meeting.title[1:] if meeting.title else "hội nghị tổng kết"
    return [
        "Căn cứ Luật Thi đua, khen thưởng năm 2003; Luật sửa đổi, bổ sung một số điều của "
        "Luật Thi đua, khen thưởng năm 2005 và năm 2013;",
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Thi đua, khen thưởng;",
        f"Căn cứ Quy chế hoạt động của {cluster}{of_commission};",
        f"Căn cứ kết quả {title} của {cluster},",
    ]


def default_intro(meeting: Meeting) -> str:
    cluster = meeting.cluster or "Cụm thi đua"
    members = f" ({meeting.members_description})" if meeting.members_description else ""
    return (
        f"Các đơn vị thành viên {cluster}{members} thống nhất ký kết giao ước thi đua "
        f"năm {meeting.next_year} với các nội dung sau:"
    )


def default_movements(key_tasks: list[str], next_year: int) -> list[AgreementItem]:
    if not key_tasks:
        key_tasks = [f"Thi đua thực hiện thắng lợi nhiệm vụ công tác tổ chức xây dựng Đảng năm {next_year}."]
    goal = "Hoàn thành tốt các chỉ tiêu, nhiệm vụ đề ra"
    launch = f"Quý I/{next_year}"
    review = f"Sơ kết 6 tháng, tổng kết tháng 12/{next_year}"
    return [AgreementItem(task, goal=goal, launch=launch, review=review) for task in key_tasks]


def default_targets() -> list[AgreementItem]:
    return [
        AgreementItem(
            "Hoàn thành các đề án, văn bản tham mưu theo chương trình công tác năm, đúng tiến độ",
            "%",
            "100",
        ),
        AgreementItem("Báo cáo định kỳ về Cụm trưởng đầy đủ, đúng thời hạn", "%", "100"),
        AgreementItem(
            "Cán bộ, công chức trong cơ quan hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "≥ 90",
            "Theo đánh giá cuối năm",
        ),
        AgreementItem("Tập thể cơ quan đạt danh hiệu thi đua", "Danh hiệu", "Tập thể lao động xuất sắc"),
    ]


def default_implementation(meeting: Meeting) -> str:
    return "\n".join(
        [
            "1. Trên cơ sở nội dung giao ước, các đơn vị thành viên cụ thể hóa thành kế hoạch, "
            f"chương trình công tác năm {meeting.next_year}; phát động phong trào thi đua sâu rộng trong "
            "cán bộ, công chức, người lao động của cơ quan.",
            "2. Cụm trưởng, Cụm phó theo dõi, đôn đốc việc thực hiện giao ước; tổ chức sơ kết 6 tháng, "
            "tổng kết năm, đánh giá, bình xét thi đua theo Quy chế hoạt động của Cụm.",
            "3. Các đơn vị thành viên báo cáo kết quả thực hiện giao ước 6 tháng, cả năm về đơn vị "
            "Cụm trưởng để tổng hợp, báo cáo cấp trên theo quy định.",
        ]
    )


def default_agreement(meeting: Meeting, key_tasks: list[str]) -> Agreement:
    return Agreement(
        title=default_title(meeting.next_year),
        bases=default_bases(meeting),
        intro=default_intro(meeting),
        movements=default_movements(key_tasks, meeting.next_year),
        targets=default_targets(),
        implementation=default_implementation(meeting),
        place=meeting.place,
        date=meeting.date,
    )


_BOUND = ("TỈNH ỦY", "THÀNH ỦY", "TỔ CHỨC", "T/M BAN", "K/T TRƯỞNG")


def bind_words(line: str) -> str:
    """Non-breaking spaces inside "TỈNH ỦY", "THÀNH ỦY" …, which must not break across lines."""
    for phrase in _BOUND:
        line = line.replace(phrase, phrase.replace(" ", "\u00a0"))
    return line


ROMAN = ["I", "II", "III", "IV", "V", "VI"]  # the document's section numbers


def subtitle(meeting: Meeting) -> str:
    """The line under the title: the cluster and its commission ("" without a cluster)."""
    if not meeting.cluster:
        return ""
    return meeting.cluster + (f" – {meeting.commission}" if meeting.commission else "")


def copies_sentence(agreement: Agreement, unit_count: int, commission: str = "") -> str:
    """The closing sentence of the implementation section, from the number of originals."""
    n = agreement.copies(unit_count)
    text = (
        f"Bản giao ước này được lập thành {n:02d} bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản"
    )
    if agreement.extra_copies:
        where = commission or "cơ quan cấp trên"
        text += f", {agreement.extra_copies:02d} bản gửi {where}"
    return text + "."


# -- storage ----------------------------------------------------------------------------

_COLUMNS = (
    "title, bases, intro, implementation, place, date, extra_copies, number_copies, head_order, "
    "blocks_per_row, on_behalf"
)


# The columns of agreement_item in AgreementItem's order (goal, launch, review: migration 10).
_ITEM_COLUMNS = "content, unit_of_measure, target, note, goal, launch, review"


def is_saved(db: MeetingFile) -> bool:
    return db.conn.execute("SELECT 1 FROM agreement WHERE id = 1").fetchone() is not None


def load_agreement(db: MeetingFile) -> Agreement:
    """The stored agreement, or the default one for this meeting if it was never edited."""
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM agreement WHERE id = 1").fetchone()
    if row is None:
        return default_agreement(load_meeting(db), [t.content for t in load_key_tasks(db)])
    title, bases, intro, implementation, place, day, extra, numbered, order, per_row, on_behalf = row
    meeting = load_meeting(db)  # an empty place or date in the file: the meeting's, whatever it is now
    items: dict[Section, list[AgreementItem]] = {Section.MOVEMENT: [], Section.TARGET: []}
    for section, *values in db.conn.execute(
        f"SELECT section, {_ITEM_COLUMNS} FROM agreement_item ORDER BY section, position"
    ):
        items[Section(section)].append(AgreementItem(*values))
    return Agreement(
        title=title,
        bases=[line for line in bases.split("\n") if line],
        intro=intro,
        movements=items[Section.MOVEMENT],
        targets=items[Section.TARGET],
        implementation=implementation,
        place=place or meeting.place,
        date=stored_date(day, "bảng agreement, cột date (ngày ký giao ước)") if day else meeting.date,
        extra_copies=extra,
        number_copies=bool(numbered),
        head_order=HeadOrder(order),
        blocks_per_row=per_row,
        on_behalf=bool(on_behalf),
        place_set=bool(place),
        date_set=bool(day),
    )


def normalized(agreement: Agreement) -> Agreement:
    """NFC and trimmed; blank base lines dropped; implementation keeps its line breaks."""

    def item(i: AgreementItem) -> AgreementItem:
        return AgreementItem(*(clean(v) for v in i.values()))

    lines = [clean(line) for line in agreement.implementation.split("\n")]
    return replace(
        agreement,
        title=clean(agreement.title),
        bases=[clean(b) for b in agreement.bases if clean(b)],
        intro=clean(agreement.intro),
        movements=[item(i) for i in agreement.movements],
        targets=[item(i) for i in agreement.targets],
        implementation="\n".join(line for line in lines if line),
        place=clean(agreement.place),
    )


def validate_agreement(agreement: Agreement) -> list[str]:
    """Vietnamese messages naming each field or row that is wrong; empty when all is well."""
    a = normalized(agreement)
    errors: list[str] = []
    if not a.title:
        errors.append(Said('Trường "Tiêu đề" không được để trống.'))
    if not a.place and a.place_set:
        errors.append(Said('Trường "Địa danh" (nơi ký) không được để trống.'))
    if not 0 <= a.extra_copies <= MAX_EXTRA_COPIES:
        errors.append(Said('Trường "Số bản thêm" phải từ 0 đến {0}.', MAX_EXTRA_COPIES))
    if a.blocks_per_row not in (0, 2, 3):
        errors.append(Said('Trường "Số khối chữ ký mỗi hàng" phải là 2, 3 hoặc tự động.'))
    for section in Section:
        for number, i in enumerate(a.items(section), start=1):
            if not i.content and not i.is_empty():
                errors.append(
                    Said('{0}, dòng {1}: cột "Nội dung" không được để trống.', section.label, number)
                )
    return errors


def with_own_place_and_date(agreement: Agreement, meeting: Meeting) -> Agreement:
    """Set the flags from the values: a place or date different from the meeting's is the
    agreement's own; the same as the meeting's follows it."""
    return replace(
        agreement, place_set=agreement.place != meeting.place, date_set=agreement.date != meeting.date
    )


def save_agreement(
    db: MeetingFile, agreement: Agreement, action: str = "agreement.save", what: str = ""
) -> None:
    """Store the whole agreement in one transaction (one user action; ``what`` says which)."""
    meeting = load_meeting(db)
    a = with_own_place_and_date(normalized(agreement), meeting)
    errors = validate_agreement(a)
    if errors:
        raise ValidationError(errors)
    # Stored empty: the place and the date follow the meeting's (corrected later, or next year's).
    place = a.place if a.place_set else ""
    day = a.date.isoformat() if a.date_set else ""
    values = (
        a.title, "\n".join(a.bases), a.intro, a.implementation, place, day,
        a.extra_copies, int(a.number_copies), a.head_order.value, a.blocks_per_row, int(a.on_behalf),
    )  # fmt: skip
    placeholders = ", ".join("?" * len(values))
    details = {"what": what} if what else {"title": a.title}
    with db.transaction(action, details) as conn:
        conn.execute(f"INSERT OR REPLACE INTO agreement (id, {_COLUMNS}) VALUES (1, {placeholders})", values)
        conn.execute("DELETE FROM agreement_item")
        conn.executemany(
            f"INSERT INTO agreement_item (section, position, {_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (section.value, position, *i.values())
                for section in Section
                for position, i in enumerate(a.items(section), start=1)
            ],
        )


def read_agreement_from_file(path: str | Path) -> tuple[Agreement, Meeting]:
    """The agreement (and meeting) of another meeting file, e.g. last year's, untouched.

    The file is read as an image in memory (MeetingFile.open_read_only): an archived file is
    neither migrated nor locked, a journal beside it is judged, and a backup, a file another
    window holds or one on a read-only stick work too.
    """
    with MeetingFile.open_read_only(path, "Tệp giao ước năm trước chỉ được đọc.") as other:
        return load_agreement(other), load_meeting(other)


def shift_years(text: str, source: Meeting, meeting: Meeting) -> str:
    """ "năm 2019"/"năm 2020" of the source meeting become this meeting's years, in one pass."""
    years = {str(source.year): str(meeting.year), str(source.next_year): str(meeting.next_year)}
    pattern = re.compile(r"\b(năm|NĂM) (" + "|".join(re.escape(y) for y in years) + r")\b")
    return pattern.sub(lambda m: f"{m.group(1)} {years[m.group(2)]}", text)


def adopt_text(current: Agreement, source: Agreement, source_meeting: Meeting, meeting: Meeting) -> Agreement:
    """``current`` with the text of ``source`` (an earlier year's); settings, place and date stay.

    The years of the earlier meeting are moved on in the title, the introduction, the
    implementation and the bases that cite a conference ("hội nghị"); laws keep their years.
    Another cluster's name (and its commission, its members) becomes this meeting's.
    """
    names = _name_changes(source_meeting, meeting)

    def shift(text: str) -> str:
        for old, new in names:
            text = text.replace(old, new)
        return shift_years(text, source_meeting, meeting)

    return replace(
        current,
        title=shift(source.title),
        bases=[shift(b) if "hội nghị" in b.casefold() or _names_in(b, names) else b for b in source.bases],
        intro=shift(source.intro),
        movements=[replace(i) for i in source.movements],
        targets=[replace(i) for i in source.targets],
        implementation=shift(source.implementation),
    )


def _name_changes(source: Meeting, meeting: Meeting) -> list[tuple[str, str]]:
    """(the other meeting's name, this meeting's) for the cluster, its members and its commission,
    where they differ (upper-case forms too: headings print names in capitals)."""
    pairs = []
    for old, new in (
        (source.cluster, meeting.cluster),
        (source.members_description, meeting.members_description),
        (source.commission, meeting.commission),
    ):
        if old and new and old != new:
            pairs += [(old, new), (old.upper(), new.upper())]
    return pairs


def _names_in(text: str, names: list[tuple[str, str]]) -> bool:
    return any(old in text for old, _new in names)


def adoption_notes(source: Agreement, source_meeting: Meeting, meeting: Meeting) -> list[str]:
    """What the organizers should read again after taking another meeting's agreement text."""
    if source_meeting.cluster == meeting.cluster:
        return []
    texts = [source.title, source.intro, source.implementation, *source.bases]
    found = sum(text.count(old) for old, _new in _name_changes(source_meeting, meeting) for text in texts)
    return [
        Said(
            "Nội dung giao ước lấy từ tệp của “{0}”, không phải “{1}”: đã thay tên cụm, tên các thành "
            "viên và cơ quan ở {2} chỗ. Hãy đọc lại các căn cứ, lời mở đầu và phần tổ chức thực hiện: "
            "nội dung riêng của cụm kia (nhiệm vụ, chỉ tiêu) vẫn giữ nguyên.",
            source_meeting.cluster,
            meeting.cluster,
            found,
        )
    ]


def import_agreement_text(db: MeetingFile, path: str | Path) -> tuple[Agreement, list[str]]:
    """Take the text of the agreement in another meeting file as this meeting's starting point;
    returns it and what to read again (another cluster's file)."""
    source, source_meeting = read_agreement_from_file(path)
    meeting = load_meeting(db)
    adopted = adopt_text(load_agreement(db), source, source_meeting, meeting)
    save_agreement(db, adopted, "agreement.import", f"từ {Path(path).name}")
    return adopted, adoption_notes(source, source_meeting, meeting)


# -- the head of the cluster ----------------------------------------------------------


def elected_next_head_unit(db: MeetingFile) -> int | None:
    """Next year's cluster head once elected (a confirmed round of core/head_election.py), else None."""
    from core.head_election import elected_units  # imported here: the election imports much of core

    return elected_units(db)[0]


def agreement_head_unit(db: MeetingFile) -> int | None:
    """The unit whose block comes first: per the setting, next year's head once elected
    (otherwise this year's), or this year's head."""
    row = db.conn.execute("SELECT head_order FROM agreement WHERE id = 1").fetchone()
    order = HeadOrder(row[0]) if row else HeadOrder.NEXT
    if order is HeadOrder.NEXT:
        elected = elected_next_head_unit(db)
        if elected is not None:
            return elected
    return load_meeting(db).current_head_unit_id


# -- signatories --------------------------------------------------------------------


class SignerStatus(StrEnum):
    PRESENT = "present"  # a head or deputy who has checked in
    CONVENED = "convened"  # before registration: the convened head (or deputy)
    NOBODY = "nobody"  # nobody who may sign is here: flagged


def is_deputy_position(position: str) -> bool:
    return _DEPUTY in fold(position)


@dataclass(frozen=True)
class Signatory:
    """One signature block: a member unit and who signs for it."""

    unit: Unit
    person: Person | None
    deputy: bool  # signs "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"
    status: SignerStatus
    choice: AbsentChoice = AbsentChoice.BLANK
    cluster_head: bool = False
    signed_at: datetime | None = None
    signed_by: str = ""
    form: SignatureForm = SignatureForm.HEAD  # the body's form (core/document_settings.py)

    @property
    def flagged(self) -> bool:
        return self.status is SignerStatus.NOBODY

    @property
    def printed(self) -> bool:
        return not (self.flagged and self.choice is AbsentChoice.OMIT)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def name(self) -> str:
        return self.person.full_name if self.person else ""

    def organization_line(self, on_behalf: bool = True) -> str:
        """The body: "T/M" only before a collective body (T/M BAN THƯỜNG VỤ …), and only if the
        agreement prints it (``on_behalf``); a body run by its head signs under its own name."""
        upper = self.unit.full_title.upper()
        return f"T/M {upper}" if on_behalf and self.form is SignatureForm.COLLECTIVE else upper

    def title_lines(self) -> list[str]:
        """A body run by its head: "TRƯỞNG BAN", or "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" for a deputy;
        never both T/M and K/T. A collective body: the signer's own title under T/M."""
        if self.form is SignatureForm.COLLECTIVE:
            if self.person is not None and self.person.position:
                return [self.person.position.upper()]
            return ["PHÓ TRƯỞNG BAN" if self.deputy else "TRƯỞNG BAN"]
        return ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"] if self.deputy else ["TRƯỞNG BAN"]


@dataclass
class SignatoryPlan:
    blocks: list[Signatory] = field(default_factory=list)  # every member unit, the head's first
    before_registration: bool = False  # nobody has checked in: the convened heads are shown

    @property
    def printed(self) -> list[Signatory]:
        return [b for b in self.blocks if b.printed]

    @property
    def flagged(self) -> list[Signatory]:
        return [b for b in self.blocks if b.flagged]

    @property
    def signed_count(self) -> int:
        return sum(b.signed for b in self.printed)


def _choose_signer(members: list[Person], here: set[int]) -> tuple[Person | None, bool]:
    """The head of delegation if here, else a deputy who is here; (person, signs as deputy)."""
    for p in members:
        if p.role == Role.HEAD and p.id in here:
            return p, is_deputy_position(p.position)
    for p in members:
        if p.id in here and is_deputy_position(p.position):
            return p, True
    return None, False


def signatories(db: MeetingFile) -> SignatoryPlan:
    """One block per member unit in official order, the cluster head's first."""
    units = list_units(db)
    people = list_people(db)
    present = set(checked_in(db))
    subs = substitutes(db)
    before = not any(p.role != Role.GUEST and p.id in present for p in people)
    # Before registration the convened delegation stands in for those present.
    here = {row_id(p) for p in people if p.role != Role.GUEST and p.id not in subs} if before else present
    ordered = delegation_order(people, units)
    state = {
        uid: (
            AbsentChoice(choice),
            stored_datetime(at, f"bảng agreement_unit, dòng unit_id={uid}, cột signed_at") if at else None,
            by,
        )
        for uid, choice, at, by in db.conn.execute(
            "SELECT unit_id, absent_choice, signed_at, signed_by FROM agreement_unit"
        )
    }
    head_unit = agreement_head_unit(db)
    blocks = []
    for unit in units:
        members = [p for p in ordered if p.unit_id == unit.id and p.role != Role.GUEST]
        person, deputy = _choose_signer(members, here)
        if person is None:
            status = SignerStatus.NOBODY
        else:
            status = SignerStatus.CONVENED if before else SignerStatus.PRESENT
        choice, signed_at, signed_by = state.get(unit.id, (AbsentChoice.BLANK, None, ""))
        form = signature_form(db, unit_type(unit.full_title))
        blocks.append(
            Signatory(unit, person, deputy, status, choice, unit.id == head_unit, signed_at, signed_by, form)
        )
    blocks.sort(key=lambda b: not b.cluster_head)  # stable: official order otherwise
    return SignatoryPlan(blocks, before)


def set_absent_choice(db: MeetingFile, unit_id: int, choice: AbsentChoice) -> None:
    unit = get_unit(db, unit_id)
    with db.transaction("agreement.absent_choice", {"unit": unit.short_name, "choice": choice.value}) as conn:
        conn.execute(
            "INSERT INTO agreement_unit (unit_id, absent_choice) VALUES (?, ?) "
            "ON CONFLICT(unit_id) DO UPDATE SET absent_choice = excluded.absent_choice",
            (unit_id, choice.value),
        )


def mark_signed(db: MeetingFile, unit_id: int, at: datetime | None = None) -> Signatory:
    """Record that a unit has signed (at the ceremony). Logged in the audit trail."""
    block = next((b for b in signatories(db).blocks if b.unit.id == unit_id), None)
    if block is None:
        raise ValidationError(Said("Đơn vị không còn trong hội nghị."))
    if not block.printed:
        raise ValidationError(
            Said("Khối chữ ký của {0} đã được bỏ ra khỏi bản giao ước.", block.unit.short_name)
        )
    if block.signed:
        raise ValidationError(Said("{0} đã ký lúc {1:%H:%M}.", block.unit.short_name, block.signed_at))
    at = (at or datetime.now()).replace(microsecond=0)
    details = {"unit": block.unit.short_name, "signer": block.name, "deputy": block.deputy}
    with db.transaction("agreement.sign", details) as conn:
        conn.execute(
            "INSERT INTO agreement_unit (unit_id, signed_at, signed_by) VALUES (?, ?, ?) "
            "ON CONFLICT(unit_id) DO UPDATE SET signed_at = excluded.signed_at, signed_by = excluded.signed_by",
            (unit_id, at.isoformat(), block.name),
        )
    return replace(block, signed_at=at, signed_by=block.name)


def unmark_signed(db: MeetingFile, unit_id: int) -> None:
    unit = get_unit(db, unit_id)
    with db.transaction("agreement.unsign", {"unit": unit.short_name}) as conn:
        conn.execute(
            "UPDATE agreement_unit SET signed_at = NULL, signed_by = '' WHERE unit_id = ?", (unit_id,)
        )
