"""The installed package carries no test server: they live in tests/servers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from followthrough.demo import servers
from followthrough.errors import UserError

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "followthrough"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_package_module_imports_test_code_or_the_ca_library() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if name.split(".")[0] in {"tests", "cryptography", "http"}
        )
        for path in PACKAGE.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_demo_finds_the_servers_of_this_checkout() -> None:
    module = servers.server_module("gmail_server")
    assert module.__name__ == "tests.servers.gmail_server"
    assert hasattr(module, "GmailServer")


def test_without_the_servers_the_demo_says_where_they_are(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(servers, "CHECKOUT", tmp_path)  # an install from a wheel
    with pytest.raises(UserError, match="source checkout"):
        servers.server_module("graph_server")


def test_reading_status_imports_neither_the_classifier_nor_the_templates() -> None:
    probe = (
        "import sys\n"
        "from followthrough.service.runner import read_status\n"
        "from followthrough.service.status import status\n"
        "print(sorted(m for m in ('followthrough.classify.core', 'jinja2',"
        " 'followthrough.service.sync') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def _imported_names(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == module
        for alias in node.names
    }


def test_only_the_store_builds_queries() -> None:
    """Every question asked of the database is a named function of store/queries.py."""
    builders = {"select", "selectinload", "joinedload", "Select", "update", "delete", "insert"}
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            (_imported_names(path, "sqlalchemy") | _imported_names(path, "sqlalchemy.orm"))
            & builders
        )
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in {"store", "migrations"}
    }
    assert {path: names for path, names in offenders.items() if names} == {}
    legacy = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if ".query(" in path.read_text(encoding="utf-8")
    ]
    assert legacy == []


def test_only_the_face_prints() -> None:
    """Sign-in flows and install-service show their messages through a callback."""
    face = {"cli", "__main__.py", "demo"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] in face:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            prints = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print"
            stdout = (
                isinstance(node, ast.Attribute)
                and node.attr == "stdout"
                and getattr(node.value, "id", None) == "sys"
            )
            if prints or stdout:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
