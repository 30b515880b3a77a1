"""The app's areas import each other in one direction only: no import loops between app
modules (counting imports inside functions too), and no "optional area" fallbacks."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def _modules() -> dict[str, Path]:
    found = {}
    for path in APP.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The app modules one file imports, at the top or inside a function."""
    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from app.staff import auth" imports the module app.staff.auth
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules
                     else node.module for alias in node.names]
        else:
            continue
        out.update(m for m in (known(n) for n in names if n.split(".")[0] == "app") if m)
    return out


def import_loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every loop of the graph, as one path that comes back to its start (Tarjan's SCCs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return loops


def test_the_loop_finder_finds_a_loop():
    graph = {"app.a": {"app.b"}, "app.b": {"app.c"}, "app.c": {"app.a"}, "app.d": {"app.a"}}
    assert import_loops(graph) == [["app.a", "app.b", "app.c"]]
    assert import_loops({"app.a": {"app.b"}, "app.b": set()}) == []


def test_no_import_loops_between_app_modules():
    modules = _modules()
    graph = {name: _imports(path, modules) - {name} for name, path in modules.items()}
    assert "app.staff.translations" in graph["app.staff.builder"]  # the walk sees imports
    assert import_loops(graph) == []


def test_no_optional_area_fallbacks():
    """Every area is always installed; only read aloud may find its engine missing."""
    found = [str(path.relative_to(ROOT)) for path in APP.rglob("*.py")
             if "except ImportError" in path.read_text(encoding="utf-8")
             and "speech" not in path.relative_to(APP).parts]
    assert found == []
