"""In ấn: every document of the catalog prints from one screen."""

from pathlib import Path

import pytest

from core.documents.catalog import KINDS
from tests.ui.conftest import click
from ui import printing
from ui.print_view import PrintView

# The protocol's documents print from the Lễ tân stage (tests/ui/test_protocol_view.py).
PRINT_STAGE_KINDS = {kind: document for kind, document in KINDS.items() if not document.protocol}


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """Files the program would show in its preview, and a documents folder of our own."""
    shown: list[Path] = []
    monkeypatch.setattr(printing, "show_preview", lambda _parent, path, _pdf: shown.append(path))
    monkeypatch.setattr(printing, "output_dir", lambda: tmp_path)
    return shown


def test_every_document_kind_has_a_button_and_prints_a_pdf(qtbot, demo_db, opened):
    view = PrintView(demo_db)
    qtbot.addWidget(view)
    assert set(view.buttons) == set(PRINT_STAGE_KINDS)
    for kind, button in view.buttons.items():
        assert button.isEnabled(), f"{kind} is disabled on the demo, which has a vote"
        click(qtbot, button)
        job = view.jobs[-1]
        # The file appears once the background render is done (a failure shows a warning instead).
        qtbot.waitUntil(lambda job=job: job.path.exists(), timeout=60_000)
        assert job.path.read_bytes().startswith(b"%PDF"), kind
    assert len(opened) == len(PRINT_STAGE_KINDS)


def test_vote_documents_are_disabled_when_the_meeting_has_no_vote(qtbot, tmp_path):
    from core.storage import MeetingFile

    db = MeetingFile.create(tmp_path / "empty.thidua")
    try:
        view = PrintView(db)
        qtbot.addWidget(view)
        for kind, document in PRINT_STAGE_KINDS.items():
            assert view.buttons[kind].isEnabled() == (not document.needs_vote), kind
    finally:
        db.close()
