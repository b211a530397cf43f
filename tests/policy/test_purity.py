"""The policy package stays pure: no Django, no I/O, no clock. Checked, not hoped."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import carecomms.policy

PACKAGE = Path(carecomms.policy.__file__).parent
ALLOWED_IMPORTS = {
    "__future__",
    "collections",
    "dataclasses",
    "datetime",
    "enum",
    "functools",
    "re",
    "typing",
    "zoneinfo",
    "holidays",
    "carecomms",
}
# The time, os and io modules cannot be imported at all (above); this catches the clock reached through
# datetime (datetime.now(), date.today()…) and the built-in I/O functions.
CLOCK_METHODS = {"now", "today", "utcnow"}
IO_FUNCTIONS = {"open", "print", "input"}


def test_importing_the_package_does_not_import_django() -> None:
    probe = (
        "import sys, carecomms.policy; print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_only_the_standard_library_and_holidays_are_imported() -> None:
    for source in PACKAGE.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in ALLOWED_IMPORTS, f"{source.name} imports {name}"


def test_no_clock_or_io_calls() -> None:
    for source in PACKAGE.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in CLOCK_METHODS, f"{source.name}:{node.lineno} .{node.func.attr}()"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in IO_FUNCTIONS, f"{source.name}:{node.lineno} calls {node.func.id}()"
