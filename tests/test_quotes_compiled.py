"""The quote extractor compiled with mypyc (setup.py) against its pure-Python source.

- ``compiled.check``: an intact build is used; a stale one (a source edited after the build, an
  extension module the record does not list, no record) and NEWSBEAM_PURE are pure Python;
- with NEWSBEAM_PURE set, the package's modules load from their ``.py`` files even beside a build;
- compiled and pure give identical quotes (every field) on the seed, seed-like bodies and a
  sample of PolNeAR dev in both styles (skips when this checkout is not compiled);
- what crosses processes pickles: ``extract_quotes``, the rules, the quotes;
- setup.py, the Makefile and ``compiled`` agree on the modules that stay pure.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.machinery
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from newsbeam.transforms.quotes import RULES, compiled, extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _build(folder: Path, modules=("extract", "names")) -> None:
    """A fake build in ``folder``: sources, their extension modules and the record."""
    sources = {}
    for module in modules:
        (folder / f"{module}.py").write_text(f"X = {module!r}\n")
        (folder / f"{module}{SUFFIX}").write_bytes(b"\x7fELF")
        sources[module] = hashlib.sha256((folder / f"{module}.py").read_bytes()).hexdigest()
    (folder / "native__mypyc" f"{SUFFIX}").write_bytes(b"\x7fELF")
    (folder / compiled.RECORD).write_text(json.dumps({"compiler": "mypyc 9.9", "sources": sources}))


def test_an_intact_build_is_used(tmp_path):
    _build(tmp_path)
    state = compiled.check(str(tmp_path), {})
    assert state["compiled"] and state["reason"] == "compiled (mypyc 9.9, 2 modules)"


def test_a_source_edited_after_the_build_is_pure_and_named(tmp_path):
    _build(tmp_path)
    (tmp_path / "names.py").write_text("X = 'edited'\n")
    state = compiled.check(str(tmp_path), {})
    assert not state["compiled"] and state["stale"] == ["names.py"]
    assert "stale: names.py" in state["reason"]


def test_a_removed_source_or_module_is_stale(tmp_path):
    _build(tmp_path)
    (tmp_path / f"extract{SUFFIX}").unlink()
    assert compiled.check(str(tmp_path), {})["stale"] == ["extract.py"]


def test_an_extension_module_the_record_does_not_list_is_pure(tmp_path):
    _build(tmp_path)
    (tmp_path / f"rules{SUFFIX}").write_bytes(b"\x7fELF")
    state = compiled.check(str(tmp_path), {})
    assert not state["compiled"] and state["stale"] == ["rules"]


def test_extension_modules_without_a_record_are_pure(tmp_path):
    _build(tmp_path)
    (tmp_path / compiled.RECORD).unlink()
    state = compiled.check(str(tmp_path), {})
    assert not state["compiled"] and state["stale"] == ["extract", "names"]
    (tmp_path / compiled.RECORD).write_text("{not json")
    assert not compiled.check(str(tmp_path), {})["compiled"]


def test_no_build_is_pure_without_a_warning(tmp_path):
    (tmp_path / "extract.py").write_text("X = 1\n")
    state = compiled.check(str(tmp_path), {})
    assert state == {"compiled": False, "reason": "pure Python (not compiled)", "stale": []}


@pytest.mark.parametrize("value,pure", [("1", True), ("yes", True), ("0", False), ("", False)])
def test_newsbeam_pure_forces_pure_python(tmp_path, value, pure):
    _build(tmp_path)
    assert compiled.check(str(tmp_path), {"NEWSBEAM_PURE": value})["compiled"] is not pure


def _python(code: str, **env: str) -> str:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environ, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_newsbeam_pure_loads_every_module_from_its_source():
    shown = _python("import sys; from newsbeam.transforms.quotes import extract_quotes, compiled, RULES\n"
                    "import newsbeam.transforms.quotes.explain\n"
                    "mods = [m for n, m in sys.modules.items() if n.startswith('newsbeam.transforms.quotes.')]\n"
                    "print(compiled.status()); print(len(mods), all(m.__file__.endswith('.py') for m in mods))",
                    NEWSBEAM_PURE="1")
    status, loaded = shown.splitlines()
    assert status == "pure Python (NEWSBEAM_PURE is set)"
    count, all_source = loaded.split()
    assert int(count) > 10 and all_source == "True"


def test_the_loaded_modules_are_the_ones_the_check_chose():
    import newsbeam.transforms.quotes.extract as extract

    assert str(extract.__file__).endswith(".py") is not compiled.is_compiled()
    assert compiled.status() == compiled.select()["reason"]


def test_what_crosses_processes_pickles():
    quotes = extract_quotes("Title", [], "“We will build it,” Ann Lee said. “Soon,” she added.")
    assert quotes and pickle.loads(pickle.dumps(quotes)) == quotes
    assert pickle.loads(pickle.dumps(extract_quotes)) is extract_quotes
    assert pickle.loads(pickle.dumps(RULES)) == RULES


def _sample() -> list[tuple[str, tuple[str, list[str], str]]]:
    """(key, article): the seed, its seed-like rotations and every 8th PolNeAR dev article of
    each style (what there is of ../shared)."""
    from bench import quotes as bq

    # Made up: the resolver's steps (opening_subject, colon_after_verb) record a str where the
    # rest record None; a compiled build once refused it (a type mypyc had narrowed to None).
    out = [("steps", ("Shipyard closes", [], "The mayor of Harbor City, Ann Lee, spoke on Monday.\n\n"
                      "Ann Lee held back tears as she called it a \u201cbittersweet day for all of us,\u201d she "
                      "said. Tom Hale fired back: \u201cThe yard was failing for years,\u201d he wrote."))]
    if bq.SEED.exists():
        out.append(("seed", bq.read_article(bq.SEED.read_text(encoding="utf-8"))))
        out += bq.seed_like_bodies()
    if bq.split_dir("dev").is_dir():
        for variant in bq.VARIANTS:
            out += [(f"{variant}/{doc}", article) for doc, article in bq.load_split("dev", variant)[::8]]
    return out


def _outputs() -> dict[str, list[dict]]:
    return {key: [dataclasses.asdict(q) for q in extract_quotes(*article)] for key, article in _sample()}


def _dump() -> None:  # the pure side, run in a subprocess by the test below
    print(json.dumps(_outputs()))


def test_compiled_and_pure_give_identical_quotes():
    if not compiled.is_compiled():
        pytest.skip(f"the extractor is not compiled here: {compiled.status()}")
    ours = _outputs()
    if len(ours) < 3:
        pytest.skip("no seed and no PolNeAR dev under ../shared to compare on")
    pure = json.loads(_python("from tests.test_quotes_compiled import _dump; _dump()", NEWSBEAM_PURE="1"))
    ours = json.loads(json.dumps(ours))  # the same JSON round trip as the pure side's
    assert sorted(pure) == sorted(ours)
    quotes = 0
    for key in ours:
        quotes += len(ours[key])
        if pure[key] != ours[key]:
            for q_pure, q_ours in zip(pure[key], ours[key]):
                assert q_ours == q_pure, f"{key}: compiled and pure differ"
            assert len(ours[key]) == len(pure[key]), f"{key}: compiled and pure differ in number"
    assert quotes > 50


def test_setup_makefile_and_the_check_agree_on_what_stays_pure():
    """setup.py compiles every module of the package but PURE; the Makefile rebuilds when one of
    the compiled ones changes; compiled.py names the same three."""
    import ast
    import re

    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    pure = next(ast.literal_eval(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "PURE" for t in node.targets))
    assert {name.removesuffix(".py") for name in pure} == compiled.PURE_MODULES
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    filtered = re.search(r"^COMPILED := \$\(filter-out ([^,]+),", makefile, re.MULTILINE).group(1).split()
    assert {f.removeprefix("%/").removesuffix(".py") for f in filtered} == compiled.PURE_MODULES
