"""The shape of the code: newsbeam's modules import each other without a cycle, and none is
longer than a reader can hold (about 500 lines), data tables apart.

The import graph is built from the source (``ast``), not by importing: every ``import`` and
``from ... import`` of a ``newsbeam`` module, at any depth (a function-level import is still a
dependency), except under ``if TYPE_CHECKING:``. ``from newsbeam.x import y`` where ``y`` is a
submodule counts as an import of ``newsbeam.x.y``.
"""
from __future__ import annotations

import ast
import functools
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 500

# Modules that are data (word lists, tables), not logic: their length is their content.
DATA_TABLES: frozenset[str] = frozenset({"newsbeam.transforms.quotes.first_names_data"})
# Modules over the limit today, with who is splitting them: the test lists them and fails once
# one is back under the limit and still listed, so the list only shrinks.
OVER_LIMIT_FOR_NOW: dict[str, str] = {}


@functools.cache
def _module_files() -> dict[str, Path]:
    """{module name: file} from the package-dir table of pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    modules = {}
    for package in config["packages"]:
        directory = ROOT / config["package-dir"][package]
        for path in directory.glob("*.py"):
            name = package if path.name == "__init__.py" else f"{package}.{path.stem}"
            modules[name] = path
    return modules


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of the import nodes under ``if TYPE_CHECKING:``."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(sub) for stmt in node.body for sub in ast.walk(stmt)}
    return skipped


def imports_of(name: str, path: Path, modules: set[str]) -> set[str]:
    tree = _tree(path)
    skipped = _type_checking_only(tree)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:  # a name inside a module: the module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


@functools.cache  # the source is parsed once for all the tests here (none changes the result)
def import_graph() -> dict[str, frozenset[str]]:
    files = _module_files()
    return {name: frozenset(imports_of(name, path, set(files))) for name, path in files.items()}


def find_cycle(graph: Mapping[str, Collection[str]]) -> list[str] | None:
    """One cycle of the graph as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_builder_sees_cycles_and_submodule_imports():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
    graph = import_graph()
    assert "newsbeam.transforms.composites.decide" in graph["newsbeam.pipeline.build"]
    assert "newsbeam.transforms.io.fetch.client" in graph["newsbeam.transforms.io.fetch"]
    assert "newsbeam.schemas.reasons" in graph["newsbeam.transforms.io.fetch.config"]


def test_newsbeam_modules_import_each_other_without_a_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_module_is_over_500_lines_except_data_tables():
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _module_files().items()}
    over = {name: n for name, n in lengths.items() if n > MAX_LINES and name not in DATA_TABLES}
    for name, n in sorted(over.items()):
        if name in OVER_LIMIT_FOR_NOW:
            print(f"over {MAX_LINES} lines for now: {name} ({n}): {OVER_LIMIT_FOR_NOW[name]}")
    unexpected = {name: n for name, n in over.items() if name not in OVER_LIMIT_FOR_NOW}
    assert not unexpected, f"modules over {MAX_LINES} lines (split them by concern): {unexpected}"
    settled = sorted(name for name in OVER_LIMIT_FOR_NOW if lengths.get(name, 0) <= MAX_LINES)
    assert not settled, f"back under {MAX_LINES} lines: remove from OVER_LIMIT_FOR_NOW: {settled}"


def _imports_beam(path: Path) -> bool:
    tree = _tree(path)
    skipped = _type_checking_only(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "apache_beam" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").split(".")[0] == "apache_beam":
            return True
    return False


COMPOSITES = "newsbeam.transforms.composites"


def test_transforms_are_grouped_by_role():
    """``transforms.composites`` holds the Beam composites, and only it: the pure modules (the top
    level, ``formats``, ``quotes``) and the I/O (``io``) import no Beam, and no module of
    ``transforms`` outside the composites imports one, so pure code stays callable without Beam."""
    files = _module_files()
    graph = import_graph()
    transforms = {name: path for name, path in files.items() if name.startswith("newsbeam.transforms.")}
    composite = {name for name in transforms if name.startswith(COMPOSITES + ".") or name == COMPOSITES}
    assert {f"{COMPOSITES}.decide", f"{COMPOSITES}.parse", "newsbeam.transforms.io.dataset"} <= set(transforms)
    beam_outside = sorted(name for name, path in transforms.items() if name not in composite and _imports_beam(path))
    assert not beam_outside, f"Beam imported outside transforms.composites: {beam_outside}"
    upward = sorted(f"{name} -> {target}" for name in transforms if name not in composite
                    for target in graph[name] if target in composite)
    assert not upward, f"pure or I/O modules importing a composite: {upward}"
