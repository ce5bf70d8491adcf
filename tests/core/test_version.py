"""The version's numbers for the Windows file properties (build.spec's version resource)."""

import pytest

from core.version import UNKNOWN, version, windows_file_version


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("0.2.0rc1", (0, 2, 0, 0)),  # a pre-release
        ("0.2.0a2", (0, 2, 0, 0)),
        ("0.2.0b3", (0, 2, 0, 0)),
        ("0.2.0.rc1", (0, 2, 0, 0)),
        ("0.2.0-rc.1", (0, 2, 0, 0)),
        ("0.2.0.dev3", (0, 2, 0, 0)),
        ("1.0.post2", (1, 0, 0, 0)),
        ("1.0+hall.7", (1, 0, 0, 0)),  # a local version
        ("2!1.5", (1, 5, 0, 0)),  # an epoch
        ("v1.4", (1, 4, 0, 0)),
        ("2025.12.70000", (2025, 12, 65535, 0)),  # Windows keeps 16 bits per number
        (UNKNOWN, (0, 0, 0, 0)),
        ("", (0, 0, 0, 0)),
        ("unknown", (0, 0, 0, 0)),
    ],
)
def test_windows_file_version(text, numbers):
    assert windows_file_version(text) == numbers


def test_the_programs_own_version_gives_four_numbers():
    numbers = windows_file_version(version())
    assert len(numbers) == 4 and all(0 <= n <= 0xFFFF for n in numbers)
