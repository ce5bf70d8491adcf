"""Where things are: the program's resources and the user's data folder, resolved once."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "ThiDua"
ORGANIZATION = "ThiDua"


def resources_dir() -> Path:
    """``resources/`` beside the source, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder for ThiDua (created on first use): the demo's working copy lives here."""
    import platformdirs

    path = Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path
