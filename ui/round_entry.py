"""What the entry screen needs from a round of any kind of vote: the protocol its controllers keep.

ui/ballot_entry_view.py is the one entry screen of the counting committee. It knows nothing of
suy tôn or of the head and deputy election: it asks a controller that keeps :class:`RoundEntry`
(ui/ballot_entry_controller.py for a title's round, ui/head_election_controller.py for a paper
round of the election) what to show and what a key or a button does, and shows one table per
:class:`Tally` (one for a title, one per office for the election). What a kind of vote adds is
data here, not a subclass of the screen: the tallies and their words, the notes, a show of
hands (:class:`HandsEntry`), the label of the next round's button, the documents.

Words the controllers return are in the UI's language; what is stored or printed stays core's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from core.documents.catalog import Render
from core.rounds import Candidate, Difference, RoundState
from core.storage import MeetingFile
from core.votes_result import CandidateLine


class BallotRow(Protocol):
    """A ballot entered, as the list of ballots shows it (the controller describes its content)."""

    @property
    def seq(self) -> int: ...

    @property
    def kind(self) -> str: ...  # "ballot" or "correction"

    @property
    def invalid_reason(self) -> str | None: ...


@dataclass(frozen=True)
class Tally:
    """One table of the running count: a title's units, or one office of the election."""

    heading: str  # above the table, in the UI's language; "" for a title's only table
    lines: tuple[CandidateLine, ...]
    outcome_words: Mapping[str, str]  # core.tally.Outcome value -> core's label (shown through core_text)
    ranked: bool = True  # the rank column (a single place has no use for it)


@dataclass(frozen=True)
class Counts:
    """The figures above the tables: frozen with the result once it is confirmed."""

    cast: int
    valid: int
    invalid: int
    base: int  # what the percentages are of
    present: int
    entitled: int


class HandsEntry(Protocol):
    """A show of hands: totals per unit instead of ballots (suy tôn only, so far)."""

    @property
    def candidates(self) -> Sequence[Candidate]: ...

    def recorded_totals(self) -> tuple[int, int, dict[int, int]]:
        """(voters, invalid, votes per unit id) as recorded; before any, everyone present voting."""
        ...

    def totals_problems(self, cast: int, invalid: int, votes: dict[int, int]) -> tuple[list[str], list[str]]:
        """(errors, warnings) of the totals, with the voters present now."""
        ...

    def set_direct_totals(self, cast: int, invalid: int, votes: dict[int, int]) -> None: ...


@runtime_checkable
class RoundEntry(Protocol):
    """One round of a vote as its entry screen drives it; a QObject, owned by the screen."""

    db: MeetingFile
    pass_no: int  # the pass being entered: 1, or 2 for double entry
    next_seq: int  # the number the next ballot of that pass will have

    @property
    def entries(self) -> Sequence[Any]:
        """The ballots of that pass as they stand (each a BallotRow), oldest first."""
        ...

    def setParent(self, parent: Any) -> None:  # noqa: N802 - a QObject's: the screen owns its controller
        ...

    def reload(self) -> None:
        """Read everything again (people checked in meanwhile, another pass, a state change)."""
        ...

    def set_pass(self, pass_no: int) -> None: ...

    # -- what the round is

    @property
    def title(self) -> str: ...

    @property
    def number(self) -> int: ...

    @property
    def state(self) -> RoundState: ...

    @property
    def confirmed(self) -> bool: ...

    @property
    def confirmed_at(self) -> str | None: ...

    @property
    def ballots_issued(self) -> int | None: ...

    @property
    def double_entry(self) -> bool: ...

    def hands(self) -> HandsEntry | None:
        """The show of hands this round is, or None: paper ballots."""
        ...

    # -- typing a ballot

    def typing_help(self) -> str:
        """What the numbers typed mean (the entry box adds its own keys)."""
        ...

    def check_text(self, text: str) -> None:
        """Raises ValidationError when ``text`` cannot be typed for this round."""
        ...

    def preview(self, text: str) -> tuple[str, bool]:
        """What Enter would record, and whether it counts as valid; ValidationError on a typo."""
        ...

    def submit(self, text: str) -> Any: ...

    def submit_invalid(self, reason: str) -> Any: ...

    # -- the ballots entered

    def describe(self, entry: Any) -> str: ...

    def engine_reason(self, entry: Any) -> str | None:
        """Why the counters or the rules count ``entry`` invalid; None when it is valid."""
        ...

    def correct(self, entry: Any, text: str | None, invalid_reason: str | None, reason: str) -> None: ...

    def delete(self, entry: Any, reason: str) -> None: ...

    def pass_sizes(self) -> tuple[int, int]: ...

    def differences(self) -> Sequence[Difference[Any]]: ...

    # -- the figures shown

    @property
    def counted(self) -> bool:
        """The count has begun (a ballot in this pass, totals, or confirmed): verdicts are shown."""
        ...

    def tallies(self) -> tuple[Tally, ...]: ...

    def counts(self) -> Counts: ...

    def rule(self) -> str:
        """The rule the round is decided by, in a sentence."""
        ...

    def outcome(self) -> str:
        """Who is elected or acclaimed so far, and what is left (rich text)."""
        ...

    def notes(self) -> list[str]:
        """What the count notes beside its figures."""
        ...

    def warnings(self) -> list[str]: ...

    def clock_warning(self) -> str | None:
        """The laptop's date is not the meeting's (core.dates.clock_date_warning), or None."""
        ...

    # -- the round's life

    @property
    def issued_missing(self) -> bool:
        """Ballots counted while the number issued is not recorded (the minutes would say so)."""
        ...

    def record_issued(self, issued: int) -> None: ...

    def confirm_problems(self) -> list[str]:
        """Why confirming is refused now ([] when it is not), to say before asking."""
        ...

    def confirm(self) -> object: ...

    def reopen_problem(self) -> str | None:
        """Why this round cannot be reopened (a later round exists); None when it can."""
        ...

    def reopen(self, reason: str, pin: str | None = None) -> None: ...

    def publish(self) -> object:
        """Publish the confirmed result; returns what the projector shows."""
        ...

    def needs_next_round(self) -> bool:
        """This confirmed round leaves something undecided and no later round exists yet."""
        ...

    def next_round(self) -> object: ...

    def next_round_label(self) -> str:
        """The next round's button, with its mnemonic."""
        ...

    # -- documents: (render function, file name) for ui.printing

    def print_defaults(self) -> tuple[int, int]:
        """(copies, ballots per A4 page) offered when printing the ballots."""
        ...

    def ballots_dialog_title(self) -> str | None:
        """The title of the dialog that prints the ballots (None: the dialog's own)."""
        ...

    def ballots_job(self, copies: int, per_page: int) -> tuple[Render, str]: ...

    def minutes_job(self) -> tuple[Render, str]: ...

    def results_job(self) -> tuple[Render, str] | None:
        """The results document, or None when the round's stage prints it elsewhere."""
        ...
