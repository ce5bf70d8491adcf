"""Bầu cụm trưởng – cụm phó > one round: the suy tôn entry screen with two offices.

Everything about typing ballots is the suy tôn screen's (ui/ballot_entry_view.py): Enter,
"-" / F2 and a reason digit, ↑ to review, F4 / Delete, double entry, confirm, reopen with
the PIN, publish, printing. This view swaps in the election's controller (which also names
the election's documents) and shows one result table per office.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from core.head_election_rules import Office, outcome_label
from core.storage import MeetingFile
from ui.ballot_entry_view import BallotEntryView, tally_table
from ui.ballot_models import BallotColumn, CandidateColumn, CandidateTallyModel
from ui.head_election_controller import ElectionEntryController
from ui.i18n import core_text, note_text, threshold_words


class OfficeTallyModel(CandidateTallyModel):
    """The running count of one office, with the election's words for the result."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.approval = False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            index.isValid()
            and role == Qt.ItemDataRole.DisplayRole
            and index.column() == CandidateColumn.OUTCOME
        ):
            if not self.counted:
                return ""
            return core_text(outcome_label(self.line_at(index.row()).outcome, self.approval))
        return super().data(index, role)


def _table(model: OfficeTallyModel) -> QTableView:
    table = tally_table(model, 24)
    table.horizontalHeader().setSectionHidden(CandidateColumn.RANK, True)
    return table


class ElectionEntryView(BallotEntryView):
    def __init__(self, db: MeetingFile, number: int, parent=None):
        super().__init__(db, number, parent)
        self.candidate_table.hide()  # one table per office instead
        self.head_model = OfficeTallyModel(self)
        self.deputy_model = OfficeTallyModel(self)
        self.head_table = _table(self.head_model)
        self.deputy_table = _table(self.deputy_model)
        # The list of ballots: the content gets the width, the validity its tooltip.
        header = self.ballot_table.horizontalHeader()
        header.setSectionResizeMode(BallotColumn.VALIDITY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BallotColumn.VALIDITY, 110)
        self.head_label = QLabel(self.tr("<b>Cụm trưởng</b>"))
        self.deputy_label = QLabel(self.tr("<b>Cụm phó</b>"))
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #7a4f00;")
        left = self.candidate_table.parentWidget().layout()
        left.insertWidget(0, self.head_label)
        left.insertWidget(1, self.head_table, 1)
        left.insertWidget(2, self.deputy_label)
        left.insertWidget(3, self.deputy_table, 1)
        left.insertWidget(4, self.notes_label)
        self.filler = QWidget()  # takes the spare height when both lists are short
        left.insertWidget(5, self.filler, 1)
        self.print_ballots_title = self.tr("In phiếu bầu cụm trưởng, cụm phó")
        self.second_round_button.setText(self.tr("Bầu &vòng tiếp theo"))
        # The conference's summary is printed from the button above the tabs (ui/head_election_view.py).
        self.results_button.hide()
        self.refresh()

    def create_controller(self, db: MeetingFile, round_id: int) -> ElectionEntryController:
        return ElectionEntryController(db, round_id, self)

    # -- showing -----------------------------------------------------------------------

    def update_figures(self) -> None:
        if not hasattr(self, "deputy_model"):
            return  # the base class refreshes before the second table exists
        c = self.controller
        result = c.result()
        c_round = c.round
        short = True
        for model, table, label, office in (
            (self.head_model, self.head_table, self.head_label, Office.HEAD),
            (self.deputy_model, self.deputy_table, self.deputy_label, Office.DEPUTY),
        ):
            model.approval = c_round.approval
            model.set_lines(c.office_lines(office), c.counted)
            # A short list (an approval, a runoff) takes only the room it needs.
            rows = max(model.rowCount(), 1)
            table.setMaximumHeight(
                16777215 if rows > 6 else table.horizontalHeader().height() + 26 * rows + 6
            )
            shown = bool(c_round.head_candidates) if office is Office.HEAD else True
            table.setVisible(shown)
            label.setVisible(shown)
            short = short and (rows <= 6 or not shown)
        self.filler.setVisible(short)
        base = self.show_counts()
        t = c.vote.threshold
        self.rule_label.setText(
            self.tr(
                "Trúng cử khi số phiếu {0}. Cụm trưởng xác định trước; phiếu bầu đơn vị trúng cử cụm trưởng "
                "làm cụm phó không được tính. Tỷ lệ tính trên {1} ({2})."
            ).format(
                threshold_words(t.numerator, t.denominator, t.strict, t.base.label),
                core_text(t.base.label),
                base,
            )
        )
        lines = []
        for office, elected, following in (
            (Office.HEAD, result.head_elected, result.next_head),
            (Office.DEPUTY, result.deputy_elected, result.next_deputy),
        ):
            if office is Office.HEAD and not c_round.head_candidates:
                continue
            if elected:
                lines.append(self.tr("{0}: <b>{1}</b>").format(core_text(office.label), elected))
            elif following is not None:
                listed = (
                    ", ".join(following)
                    if len(following) <= 4
                    else self.tr("{0} đơn vị").format(len(following))
                )
                lines.append(
                    self.tr("{0}: chưa xác định – vòng tiếp theo: {1}").format(
                        core_text(office.label), listed
                    )
                )
        self.outcome_label.setText("<br>".join(lines))
        self.notes_label.setText("<br>".join(note_text(note) for note in result.notes))
        self.warnings_label.setText("<br>".join(c.warnings()))
