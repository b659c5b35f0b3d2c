"""Shared pytest fixtures."""
from __future__ import annotations

import ast
import functools
import pathlib
import re
import tempfile

import pytest

from tests.httpserver import TestServer


@pytest.fixture(scope="session", autouse=True)
def _session_temp_dir(tmp_path_factory):
    """Temporary files of this session go under pytest's own folder, which pytest prunes.

    Beam makes a folder (``beam-pipeline-temp*``) for every Pipeline object and removes it only
    when the pipeline runs: each test that builds a graph to inspect it, without running it,
    would otherwise leave one in /tmp for good (1,229 of them after a day of runs).
    """
    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tempfile"))
    try:
        yield
    finally:
        tempfile.tempdir = previous


@pytest.fixture
def http_server():
    """A programmable HTTP server on 127.0.0.1 (see tests/httpserver.py), stopped afterwards."""
    server = TestServer().start()
    try:
        yield server
    finally:
        server.stop()


# --- `fast`: the pure tests, found from the test code itself ------------------------------------
# A test is fast unless its body, a helper of its module it calls (transitively), or a fixture of
# its module it requests names something that runs a Beam pipeline or another process. New tests
# fall in the right group by what they do, with no list to keep: `make test-fast` is
# `pytest -m "fast and not slow"`. A test that runs a pipeline through a name not listed here
# would be misfiled as fast; add the name.
_RUNS_PIPELINE = frozenset({
    "subprocess", "Popen", "multiprocessing", "ProcessPoolExecutor", "sys.executable",
    "Pipeline", "TestPipeline", "build_pipeline", "build_streaming", "run_batch", "run_streaming",
    "ingest", "main", "watch", "stream", "open_dataset",
})


def _referenced(node: ast.AST) -> set[str]:
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            names.add(sub.attr)
            if isinstance(sub.value, ast.Name):
                names.add(f"{sub.value.id}.{sub.attr}")
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.update(a.arg for a in sub.args.args + sub.args.kwonlyargs)  # fixtures requested
    return names


@functools.lru_cache(maxsize=None)
def _heavy_functions(path: str) -> frozenset[str]:
    """The functions (and fixtures) of a test module that reach a pipeline run or a subprocess."""
    tree = ast.parse(pathlib.Path(path).read_text(encoding="utf-8"))
    refs: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            refs.setdefault(node.name, set()).update(_referenced(node))
    # Module-level statements (constants built by a run, pytestmark...) count for every test.
    top = set()
    for stmt in tree.body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)):
            top |= _referenced(stmt)
    triggers = set(_RUNS_PIPELINE)
    for node in ast.walk(tree):  # `from ... import TestPipeline as BeamTestPipeline`
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            triggers.update(a.asname for a in node.names if a.asname and a.name.split(".")[-1] in _RUNS_PIPELINE)
    heavy = {name for name, names in refs.items() if names & triggers}
    changed = True
    while changed:  # callers of heavy helpers are heavy
        changed = False
        for name, names in refs.items():
            if name not in heavy and names & heavy:
                heavy.add(name)
                changed = True
    if top & (triggers | heavy) or {"pytestmark", "slow"} <= top:
        heavy.add("<module>")  # (a module marked slow as a whole has no fast test either)
    return frozenset(heavy)


def _has_fast_tests(path: str) -> bool:
    heavy = _heavy_functions(path)
    if "<module>" in heavy:
        return False
    tree = ast.parse(pathlib.Path(path).read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test")
               and node.name not in heavy for node in ast.walk(tree))


def pytest_ignore_collect(collection_path, config):
    """Under `-m fast...`, a test module with no fast test is not even imported (Beam takes
    seconds to import, and the fast suite's time is mostly collection otherwise)."""
    expr = config.getoption("markexpr", "") or ""
    if not re.search(r"(?<!not )\bfast\b", expr):
        return None
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return True if not _has_fast_tests(str(collection_path)) else None
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        function = getattr(item, "function", None)
        if function is None:
            continue
        heavy = _heavy_functions(str(item.path))
        fixtures = set(getattr(item, "fixturenames", ()))
        if "<module>" in heavy or function.__name__ in heavy or fixtures & heavy:
            continue
        item.add_marker(pytest.mark.fast)
