"""transforms/io/layout.py owns the dataset's layout on disk: its paths, and no other module's."""
from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import pytest

from newsbeam.transforms.io import commit, layout
from newsbeam.transforms.io.dataset import Location

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("pipeline", "transforms", "schemas", "bench", "newsbeam")
# A path segment of the layout spelled in a string: "_state/...", ".../_runs", "_SUCCESS", ...
STRAY = re.compile(r"(?:^|[/\\])(?:_state|_runs)(?:[/\\]|$)|_SUCCESS|commit\.json|dataset\.json|\.stats\.json")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def stray_layout_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string in ``source``, docstrings and comments aside, that spells a
    path of the layout."""
    with warnings.catch_warnings():  # a module's own invalid escapes are not this test's business
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        tree = ast.parse(source)
    docs = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and STRAY.search(node.value)]


def test_no_module_but_layout_spells_a_path_of_the_layout():
    strays = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "transforms" / "io" / "layout.py":
                continue
            for line, text in stray_layout_strings(path.read_text(encoding="utf-8")):
                strays.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not strays, "spell these with newsbeam.transforms.io.layout:\n" + "\n".join(strays)


@pytest.mark.parametrize("source, found", [
    ('p = f"{root}/_state/feeds"', True),
    ('p = location.path("_runs", name)', True),
    ('p = root + "/_SUCCESS"', True),
    ('name.endswith(".stats.json")', True),
    ('"""The output\'s ``_state/feeds`` directory."""', False),  # a docstring
    ('x = "feed_state"', False),
    ('# _state/feeds\nx = 1', False),
])
def test_the_guard_finds_layout_paths_in_code_only(source, found):
    assert bool(stray_layout_strings(source)) is found


def test_paths_are_relative_and_join_under_the_root(tmp_path):
    location = Location.of(str(tmp_path))
    assert layout.run_manifest("R") == "_runs/R.json"
    assert layout.run_stats("R") == "_runs/.R.stats"
    assert layout.index_shard(3, 16) == "_state/index/shard-003-of-016.parquet"
    assert layout.staged("R", 2, "articles/date=2026-12-01/part-00000-of-00001.parquet") == \
        "_state/txn/R/p2/articles/date=2026-12-01/part-00000-of-00001.parquet"
    assert layout.txn_deletes("R") == "_state/txn/R/deletes"
    assert location.path(layout.FEEDS_DIR) == f"{tmp_path}/_state/feeds"
    assert layout.uri(Location.of("s3://bucket/out/"), layout.FEEDS_DIR) == "s3://bucket/out/_state/feeds"
    assert commit.txn_dir(location, "R") == location.path(layout.txn("R"))
    assert commit.staged_path(location, "R", 1, "x") == location.path(layout.staged("R", 1, "x"))


@pytest.mark.parametrize("name, manifest", [
    ("20261201T000000Z-abc123.json", True),
    ("20261201T000000Z-abc123.stats.json", False),
    (".20261201T000000Z-abc123.json.tmp", False),
    (".hidden.json", False),
])
def test_manifest_names(name, manifest):
    assert layout.is_manifest_name(name) is manifest
    if manifest:
        assert layout.run_manifest(name[:-len(".json")]).endswith(name)
