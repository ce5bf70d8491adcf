"""Test set-up shared by all tests: Qt runs offscreen, user folders point into a temp dir."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from core.demo import write_demo  # noqa: E402
from core.storage import MeetingFile  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep the demo's working copy and QSettings out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


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
