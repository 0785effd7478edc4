"""The house rule on layers, read from the sources with ``ast`` (nothing is imported):

``ui`` → ``services`` → ``domain`` and ``db``; ``printing`` and ``export`` take plain data; no import cycles.

Every ``import`` counts, at module level and inside functions (a lazy import is still a dependency), in all
its forms (``import a.b``, ``from a import b``, ``from . import b``, ``from ..db import models``,
``importlib.import_module("a.b")`` with a literal name). Imports under ``if TYPE_CHECKING:`` are left out:
they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = "garage_desktop"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE
# The one module of the window that makes the Database object (and so may import garage_desktop.db).
UI_DATABASE_MODULE = "garage_desktop.ui.database"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _sources() -> dict[str, Path]:
    """Module name → source file, for every module of the package (the compiled caches left out)."""
    return {_module_name(path): path for path in sorted(ROOT.rglob("*.py")) if "__pycache__" not in path.parts}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports_a_literal(node: ast.AST) -> bool:
    """``import_module("a.b")`` / ``importlib.import_module("a.b")`` with the name written out."""
    return (isinstance(node, ast.Call) and bool(node.args) and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and ((isinstance(node.func, ast.Name) and node.func.id == "import_module")
                 or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")))


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom | ast.Call]:
    """Every import statement (and ``import_module("literal")`` call) in the tree, at any depth, except in the
    body of an ``if TYPE_CHECKING:`` block."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)) or _imports_a_literal(node):
            yield node  # type: ignore[misc]
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)  # the else branch runs
            continue
        stack.extend(ast.iter_child_nodes(node))


def _package_of(module: str) -> str:
    """The package a relative import in ``module`` starts from."""
    path = _sources()[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _resolve(module: str, name: str | None, level: int) -> str:
    """The absolute module named by ``from <level dots><name> import ...`` written in ``module``."""
    if level == 0:
        return name or ""
    base = _package_of(module).split(".")
    if level > 1:
        base = base[:-(level - 1)]
    return ".".join([*base, name] if name else base)


def _names_imported(module: str, tree: ast.AST) -> set[str]:
    """What the imports in ``tree`` (the source of ``module``) name, as dotted names: ``from a.b import c``
    gives ``a.b.c`` whether ``c`` is a module or a name defined in ``a.b`` (``_ours`` tells them apart for our
    modules; the layer rules match by prefix, so ``from PySide6 import QtWidgets`` is ``PySide6.QtWidgets``)."""
    found: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Call):
            found.add(str(node.args[0].value))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        else:
            source = _resolve(module, node.module, node.level)
            found.update(source if alias.name == "*" else f"{source}.{alias.name}" for alias in node.names)
    return found


@cache
def imports_of(module: str) -> frozenset[str]:
    """The dotted names ``module`` imports (see ``_names_imported``), itself left out."""
    path = _sources()[module]
    found = _names_imported(module, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return frozenset(name for name in found if _ours(name) != module)


def _ours(name: str) -> str | None:
    """The module of ours ``name`` stands for (``a.b.c`` may name a function ``c`` of module ``a.b``)."""
    while name:
        if name in _sources():
            return name
        name = name.rpartition(".")[0]
    return None


def graph() -> dict[str, set[str]]:
    """Module → the modules of ours it imports."""
    return {module: {m for m in map(_ours, imports_of(module)) if m is not None and m != module}
            for module in _sources()}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:  # iterative: the package is deep enough to make recursion a worry
        nonlocal counter
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def _one_cycle(edges: dict[str, set[str]], members: list[str]) -> list[str]:
    """One closed path through the first module of a component, for the failure message."""
    inside = set(members)
    start = members[0]
    previous: dict[str, str] = {}
    queue = [start]
    while queue:  # breadth first: the shortest way back to ``start``
        node = queue.pop(0)
        for child in sorted(edges[node] & inside):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    return members


def _within(module: str, *layers: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in layers)


def _layer(name: str) -> list[str]:
    return [module for module in _sources() if _within(module, f"{PACKAGE}.{name}")]


def _violations(modules: Iterable[str], *forbidden: str) -> list[str]:
    return [f"{module} imports {target}" for module in sorted(modules) for target in sorted(imports_of(module))
            if _within(target, *forbidden)]


def _ours_all(*names: str) -> tuple[str, ...]:
    return tuple(f"{PACKAGE}.{name}" for name in names)


def test_the_sources_are_found() -> None:
    assert len(_sources()) > 100
    assert {"garage_desktop.ui.app", "garage_desktop.services.orders", "garage_desktop.db.engine"} <= set(_sources())


def test_imports_are_read_in_every_form() -> None:
    """The reader itself: lazy, relative and TYPE_CHECKING imports."""
    # ui.app imports the main window inside a function, and ui.database at module level
    assert "garage_desktop.ui.main_window" in graph()["garage_desktop.ui.app"]
    assert "garage_desktop.services.garage_file" in graph()[UI_DATABASE_MODULE]
    assert _resolve("garage_desktop.ui.tabs.board_tab", None, 2) == "garage_desktop.ui"
    assert _resolve("garage_desktop.ui", "db", 2) == "garage_desktop.db"
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\nelse:\n    import b\n"
                     "def f():\n    from c import d\n    importlib.import_module('e')\n")
    names = {alias.name for node in _import_nodes(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert names == {"b"}
    assert {node.module for node in _import_nodes(tree) if isinstance(node, ast.ImportFrom)} == {"typing", "c"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    relative = ast.parse("from PySide6 import QtWidgets\nfrom .. import db\nfrom ..db.engine import Database\n"
                         "from . import garage_file\n")
    assert _names_imported("garage_desktop.services.orders", relative) == {
        "PySide6.QtWidgets", "garage_desktop.db", "garage_desktop.db.engine.Database",
        "garage_desktop.services.garage_file"}
    assert _ours("garage_desktop.db.engine.Database") == "garage_desktop.db.engine"
    assert _violations(["garage_desktop.ui.database"], *_ours_all("db"))  # the one that may


def test_no_import_cycle() -> None:
    edges = graph()
    cycles = _cycles(edges)
    assert not cycles, "import cycles among garage_desktop modules:\n" + "\n".join(
        f"- {' → '.join(_one_cycle(edges, members))}" + (f"  (all of: {', '.join(members)})"
                                                          if len(members) > 2 else "")
        for members in cycles)


def test_domain_imports_no_outer_layer_and_no_qt() -> None:
    found = _violations(_layer("domain"), *_ours_all("db", "services", "ui", "printing", "export", "demo"), *QT)
    assert not found, "domain must stay pure rules:\n" + "\n".join(found)


def test_db_imports_no_layer_above_it() -> None:
    found = _violations(_layer("db"), *_ours_all("services", "ui", "printing", "export"))
    assert not found, "db must not reach up:\n" + "\n".join(found)


def test_services_import_no_window_and_no_paperwork() -> None:
    found = _violations(_layer("services"), *_ours_all("ui", "printing", "export"), "PySide6.QtWidgets",
                        "PySide6.QtGui")
    assert not found, "services must not know the window or the paperwork:\n" + "\n".join(found)


def test_only_the_database_module_of_the_window_imports_db() -> None:
    assert UI_DATABASE_MODULE in _sources()
    found = _violations([m for m in _layer("ui") if m != UI_DATABASE_MODULE], *_ours_all("db"))
    assert not found, f"the window goes through services (only {UI_DATABASE_MODULE} makes the Database):\n" + (
        "\n".join(found))


def test_paperwork_imports_neither_the_window_nor_db() -> None:
    found = _violations([*_layer("printing"), *_layer("export")], *_ours_all("ui", "db"))
    assert not found, "printing and export take plain data:\n" + "\n".join(found)


def test_paperwork_imports_no_services() -> None:
    found = _violations([*_layer("printing"), *_layer("export")], *_ours_all("services"))
    assert not found, "printing and export take plain data (garage_desktop.documents), not services:\n" + (
        "\n".join(found))


def test_the_command_line_and_the_window_import_nothing_of_each_other() -> None:
    """The command line and the window share the garage file's life through services.garage_file."""
    commands = [m for m in _sources() if m.startswith(f"{PACKAGE}.cli_")]
    assert commands
    found = [*_violations(commands, *_ours_all("ui")),
             *_violations(_layer("ui"), *commands)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("module", ["garage_desktop.cli_backup", "garage_desktop.ui.backup_actions",
                                    "garage_desktop.ui.app"])
def test_the_garage_file_is_handled_through_its_service(module: str) -> None:
    assert "garage_desktop.services.garage_file" in graph()[module]
    assert not _violations([module], *_ours_all("db"))
