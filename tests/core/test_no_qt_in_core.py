"""core/ is pure Python: it never imports Qt, directly or through another module."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import TEXT, child_env

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "core"
QT_PACKAGES = {"PySide6", "shiboken6"}
CORE_FILES = sorted(CORE.rglob("*.py"))


def imported_packages(source: str) -> set[str]:
    """The top-level package of every import statement, wherever it sits (also inside functions)."""
    packages = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            packages.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            packages.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            packages.add(node.args[0].value.split(".")[0])
    return packages


def test_the_checker_sees_every_kind_of_import():
    source = (
        "import PySide6.QtCore\n"
        "def f():\n"
        "    from shiboken6 import isValid\n"
        "    importlib.import_module('PySide6.QtGui')\n"
        "from . import text\n"
    )
    assert imported_packages(source) == {"PySide6", "shiboken6"}


def test_core_has_modules():
    names = {path.name for path in CORE_FILES}
    assert {"__init__.py", "storage.py", "text.py", "importer.py", "cli.py"} <= names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_does_not_import_qt(path):
    packages = imported_packages(path.read_text(encoding="utf-8"))
    assert not packages & QT_PACKAGES, f"{path.relative_to(REPO)} imports {packages & QT_PACKAGES}"
    assert "ui" not in packages, f"{path.relative_to(REPO)} imports the ui package"


def test_importing_all_of_core_loads_no_qt():
    modules = [
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in CORE_FILES
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded)\n"
        "print('CORE:', len([m for m in sys.modules if m == 'core' or m.startswith('core.')]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        **TEXT,
        timeout=120,
        env=child_env(),
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout
    assert f"CORE: {len(modules)}" in result.stdout
