"""Test set-up shared by all tests: Qt runs offscreen, user folders point into a temp dir."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from core.demo import write_demo  # noqa: E402
from core.paths import USER_DIR_ENV  # noqa: E402
from core.storage import MeetingFile  # noqa: E402


@pytest.fixture(autouse=True)
def user_dir(tmp_path_factory, monkeypatch):
    """The demo's working copy, printed PDFs and preferences go to a fresh folder per test.

    Through core/paths' own override, which works on every platform and is inherited by the
    program when a test starts it (XDG_* would be ignored on Windows). Returns the folder.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(USER_DIR_ENV, str(home))
    return home


@pytest.fixture
def demo_path(tmp_path):
    """A demo meeting file on disk, closed."""
    path = tmp_path / "m.thidua"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_db(demo_path):
    """The demo meeting file, open; closed after the test (in UI tests, after pytest-qt closed the widgets)."""
    db = MeetingFile.open(demo_path)
    yield db
    db.close()
