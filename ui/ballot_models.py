"""Table models of the entry screen, with named columns; tested without a window."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.tally import Outcome
from core.votes_result import OUTCOME_LABELS, CandidateLine
from ui import styles
from ui.column_model import ColumnTableModel, Index
from ui.i18n import core_text
from ui.round_entry import BallotRow

ELECTED_BACKGROUND = QColor(styles.ELECTED_BACKGROUND)
TIE_BACKGROUND = QColor(styles.TIE_BACKGROUND)
INVALID_FOREGROUND = QColor(styles.ERROR)


class CandidateColumn(IntEnum):
    STT = 0
    NAME = 1
    VOTES = 2
    PERCENT = 3
    REACHED = 4
    RANK = 5
    OUTCOME = 6


class CandidateTallyModel(ColumnTableModel):
    """The ballot's list with the running tally: votes, percent of the base, rank, outcome."""

    columns = CandidateColumn
    # The columns that judge the count: blank until a ballot (or a show of hands) is counted,
    # so that no unit reads "not acclaimed" before the count has begun.
    VERDICT = (CandidateColumn.REACHED, CandidateColumn.RANK, CandidateColumn.OUTCOME)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counted = False
        self.hands = False  # a show of hands: the column counts hands for, not ballots
        # Outcome value -> core's label: a title's words by default ("Được suy tôn"), the election's
        # ("Trúng cử", "Được tán thành") for an office.
        self.outcome_words: Mapping[str, str] = {o.value: label for o, label in OUTCOME_LABELS.items()}

    def set_hands(self, hands: bool) -> None:
        if hands != self.hands:
            self.hands = hands
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, CandidateColumn.VOTES, CandidateColumn.VOTES
            )

    def set_lines(
        self,
        lines: tuple[CandidateLine, ...],
        counted: bool = True,
        outcome_words: Mapping[str, str] | None = None,
    ) -> None:
        self.counted = counted
        if outcome_words is not None:
            self.outcome_words = outcome_words
        self.update_rows(lines)

    def line_at(self, row: int) -> CandidateLine:
        return self._rows[row]

    def headers(self) -> dict[CandidateColumn, str]:
        return {
            CandidateColumn.STT: self.tr("STT"),
            CandidateColumn.NAME: self.tr("Đơn vị"),
            CandidateColumn.VOTES: self.tr("Tán thành") if self.hands else self.tr("Số phiếu"),
            CandidateColumn.PERCENT: self.tr("Tỷ lệ %"),
            CandidateColumn.REACHED: self.tr("Đạt tỷ lệ"),
            CandidateColumn.RANK: self.tr("Hạng"),
            CandidateColumn.OUTCOME: self.tr("Kết quả"),
        }

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = CandidateColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self.VERDICT and not self.counted:
                return ""
            return {
                CandidateColumn.STT: line.stt,
                CandidateColumn.NAME: line.name,
                CandidateColumn.VOTES: line.votes,
                CandidateColumn.PERCENT: line.percent.replace(".", ","),
                CandidateColumn.REACHED: self.tr("Đạt") if line.reached else "",
                CandidateColumn.RANK: line.rank,
                CandidateColumn.OUTCOME: core_text(self.outcome_words[line.outcome]),
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and self.counted:
            if line.outcome == Outcome.ELECTED.value:
                return QBrush(ELECTED_BACKGROUND)
            if line.outcome == Outcome.TIE.value:
                return QBrush(TIE_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CandidateColumn.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class BallotColumn(IntEnum):
    SEQ = 0
    CONTENT = 1
    VALIDITY = 2


class BallotListModel(ColumnTableModel):
    """The ballots entered in the current pass, oldest first; the view scrolls to the newest. Each is
    described by the round's controller (a title's numbers, the election's head and deputy)."""

    columns = BallotColumn

    def __init__(
        self,
        describe: Callable[[BallotRow], str],
        why_invalid: Callable[[BallotRow], str | None],
        parent=None,
    ):
        super().__init__(parent)
        self._describe = describe
        self._why_invalid = why_invalid

    def set_entries(self, entries: Sequence[BallotRow]) -> None:
        self.set_rows(entries)

    def append(self, entry: BallotRow) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(entry)
        self.endInsertRows()

    def entry_at(self, row: int) -> BallotRow:
        return self._rows[row]

    def row_of_seq(self, seq: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.seq == seq), -1)

    def headers(self) -> dict[BallotColumn, str]:
        return {
            BallotColumn.SEQ: self.tr("Phiếu số"),
            BallotColumn.CONTENT: self.tr("Nội dung"),
            BallotColumn.VALIDITY: self.tr("Hợp lệ"),
        }

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = BallotColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BallotColumn.SEQ:
                return entry.seq if entry.kind == "ballot" else self.tr("{0} (đã sửa)").format(entry.seq)
            if column == BallotColumn.CONTENT:
                if entry.invalid_reason is not None:
                    return self.tr("(phiếu không hợp lệ)")
                return self._describe(entry)
            reason = self._why_invalid(entry)
            return self.tr("Hợp lệ") if reason is None else self.tr("Không hợp lệ: {0}").format(reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.data(index.siblingAtColumn(BallotColumn.VALIDITY))
        if role == Qt.ItemDataRole.ForegroundRole and self._why_invalid(entry) is not None:
            return QBrush(INVALID_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BallotColumn.SEQ:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
