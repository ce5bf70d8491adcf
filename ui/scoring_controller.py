"""Chấm điểm: the stage's logic, on core/scoring.py, core/scoring_excel.py and core/titles.py.

Every method that writes returns what to tell the user (Vietnamese from core, said in the UI's
language by ``error_text``/``core_text``) and emits ``changed`` when the file changed, so that
the stage's tables and the other stages read it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import scoring, scoring_excel, titles
from core.errors import ThiDuaError
from core.scoring import Kind, Standing, TieRule
from core.storage import MeetingFile
from ui.i18n import core_text, error_text


@dataclass(frozen=True)
class Done:
    ok: bool
    lines: list[str]


class ScoringController(QObject):
    changed = Signal()

    def __init__(self, db: MeetingFile, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.standing: Standing = scoring.standing(db)
        self.titles: list[titles.TitleResult] = titles.results(db)

    def reload(self) -> None:
        self.standing = scoring.standing(self.db)
        self.titles = titles.results(self.db)

    def _wrote(self) -> None:
        self.reload()
        self.changed.emit()

    def _refused(self, error: ThiDuaError) -> Done:
        return Done(False, error_text(error).split("\n"))

    # -- the table ---------------------------------------------------------------------------

    def edit_item(self, row: int, field: str, text: str) -> Done:
        """Change one field of one item of the table, typed as ``text``: "title", "max", "figure"
        (a target's target, a count's points per occurrence) or "measure"."""
        items = list(self.standing.table.items)
        item = items[row]
        changes: dict[str, object] = {}
        if field == "title":
            changes["title"] = text
        elif field == "measure":
            changes["measure"] = text
        else:
            value = scoring.parse_number(text)
            if value is None:
                return Done(False, [self.tr('"{0}" không phải một số.').format(text)])
            if field == "max":
                if item.kind is Kind.GROUP:
                    return Done(False, [self.tr("Điểm tối đa của nhóm là tổng điểm các tiêu chí của nhóm.")])
                changes["max_points"] = value
            elif item.kind is Kind.TARGET:
                changes["target"] = value
            elif item.kind is Kind.COUNT:
                changes["per"] = value
            else:
                return Done(False, [self.tr("Loại tiêu chí này không có chỉ tiêu hay điểm mỗi lần.")])
        items[row] = replace(item, **changes)  # type: ignore[arg-type]
        try:
            scoring.save_table(self.db, items, source="chỉnh sửa")
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def add_item(
        self, code: str, parent: str | None, kind: Kind, title: str, maximum: str, figure: str, measure: str
    ) -> Done:
        """A group or criterion at the end of its group (or of the table)."""
        numbers = {}
        for name, text in (("maximum", maximum), ("figure", figure)):
            if text.strip():
                value = scoring.parse_number(text)
                if value is None:
                    return Done(False, [self.tr('"{0}" không phải một số.').format(text)])
                numbers[name] = value
        item = scoring.Item(
            code=code,
            title=title,
            kind=kind,
            max_points=numbers.get("maximum", scoring.Fraction(0)),
            parent=parent,
            target=numbers.get("figure") if kind is Kind.TARGET else None,
            per=numbers.get("figure") if kind is Kind.COUNT else None,
            measure=measure,
        )
        try:
            scoring.save_table(self.db, [*self.standing.table.items, item], source="thêm mục")
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def item_problem(self, row: int) -> str | None:
        """Why the item of ``row`` cannot be deleted (a group that still has members)."""
        item = self.standing.table.items[row]
        if item.kind is Kind.GROUP and self.standing.table.children(item.code):
            return self.tr(
                'Nhóm "{0}" còn tiêu chí: hãy xóa hoặc chuyển các tiêu chí của nhóm trước.'
            ).format(item.code)
        return None

    def scored_units(self, row: int) -> int:
        code = self.standing.table.items[row].code
        return sum(
            1 for (c, _u), e in self.standing.entries.items() if c == code and e.self_value is not None
        )

    def delete_item(self, row: int) -> Done:
        problem = self.item_problem(row)
        if problem:
            return Done(False, [problem])
        items = [item for index, item in enumerate(self.standing.table.items) if index != row]
        try:
            scoring.save_table(self.db, items, source="xóa mục")
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def export_table(self, path: str) -> Done:
        try:
            count = scoring_excel.export_table(self.db, path)
        except ThiDuaError as error:
            return self._refused(error)
        return Done(True, [self.tr("Đã ghi bảng điểm ({0} mục) vào {1}.").format(count, path)])

    def import_table(self, path: str) -> Done:
        try:
            table = scoring_excel.import_table(self.db, path)
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [self.tr("Đã nhập bảng điểm: {0} mục.").format(len(table.items))])

    # -- the units' workbooks ---------------------------------------------------------------------

    def write_workbooks(self, folder: str) -> Done:
        try:
            paths = scoring_excel.write_unit_workbooks(self.db, folder)
        except ThiDuaError as error:
            return self._refused(error)
        return Done(True, [self.tr("Đã ghi {0} phiếu tự chấm vào {1}.").format(len(paths), folder)])

    def import_workbooks(self, paths: list[str]) -> Done:
        try:
            outcomes = scoring_excel.import_workbooks(self.db, [Path(p) for p in paths])
        except ThiDuaError as error:
            return self._refused(error)
        if any(o.imported for o in outcomes):
            self._wrote()
        lines = [core_text(line) for line in scoring_excel.outcome_lines(outcomes)]
        return Done(all(o.imported for o in outcomes), lines)

    # -- reviews, tie rule -------------------------------------------------------------------------

    def entry(self, code: str, unit_id: int) -> scoring.Entry:
        return self.standing.entries.get((code, unit_id), scoring.Entry())

    def review(self, code: str, unit_id: int, text: str, note: str) -> Done:
        item = self.standing.table.item(code)
        value, problem = scoring.parse_value(item, text)
        if problem:
            return Done(False, [core_text(problem)])
        try:
            scoring.set_reviewed(self.db, code, unit_id, value, note)
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def set_tie_rule(self, rule: TieRule) -> Done:
        if rule is self.standing.rule:
            return Done(True, [])
        try:
            scoring.set_tie_rule(self.db, rule)
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def export_nomination(self, path: str) -> Done:
        from core.dossier_docx import export_nomination_docx

        try:
            written = export_nomination_docx(self.db, path)
        except ThiDuaError as error:
            return self._refused(error)
        return Done(True, [self.tr("Đã ghi tờ trình vào {0}.").format(written)])

    # -- titles ---------------------------------------------------------------------------------------

    def add_title(
        self, name: str, places: int, percent_text: str, candidates: int, threshold: tuple[int, int, bool]
    ) -> Done:
        from fractions import Fraction

        from core.tally import Base, Threshold

        percent = None
        if percent_text.strip():
            value = scoring.parse_number(percent_text)
            if value is None:
                return Done(False, [self.tr('Tỷ lệ "{0}" không phải một số.').format(percent_text)])
            percent = Fraction(value)
        numerator, denominator, strict = threshold
        title = titles.Title(
            name=name,
            places=places,
            places_percent=percent,
            candidates=candidates,
            threshold=Threshold(numerator, denominator, strict, Base.VALID),
        )
        try:
            titles.save_title(self.db, title)
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def delete_title(self, row: int) -> Done:
        title = self.titles[row].title
        try:
            titles.delete_title(self.db, int(title.id or 0))
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [self.tr('Đã xóa danh hiệu "{0}".').format(title.name)])

    def move_title(self, row: int, step: int) -> Done:
        try:
            titles.move_title(self.db, int(self.titles[row].title.id or 0), step)
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(True, [])

    def open_title_vote(self, row: int) -> Done:
        title = self.titles[row].title
        try:
            vote = titles.open_vote(self.db, int(title.id or 0))
        except ThiDuaError as error:
            return self._refused(error)
        self._wrote()
        return Done(
            True, [self.tr('Đã mở cuộc suy tôn "{0}": nhập phiếu ở giai đoạn Suy tôn.').format(vote.title)]
        )
