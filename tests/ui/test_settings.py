"""The user's preferences: where they are kept, in the tests and in the program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui import settings


def test_the_tests_keep_preferences_in_ini_files_of_their_own(_isolated_qsettings):
    settings.set_language("en")
    stored = QSettings()
    # Never the native format: on Windows that is the registry, shared by every test and the user.
    assert stored.format() == QSettings.Format.IniFormat
    assert Path(stored.fileName()).is_relative_to(_isolated_qsettings)
    assert "language=en" in Path(stored.fileName()).read_text(encoding="utf-8")


def test_a_recent_file_is_remembered_in_this_tests_folder_only(_isolated_qsettings, tmp_path):
    assert settings.recent_files() == []  # nothing left over from another test
    settings.add_recent_file(tmp_path / "a.thidua")
    assert settings.recent_files() == [str((tmp_path / "a.thidua").resolve())]
