"""Regex tables compiled on first use (transforms/quotes/pattern_tables.py, issue 20): the same
pattern and the same matches as compiling at import, and nothing compiled by the import itself."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from newsbeam.transforms.quotes.pattern_tables import PatternTable

SOURCES = {"colour": r"(?<!\w)colou?r(?!\w)", "line": r"^said (\w+)$"}
TEXTS = ["The colour and the color.", "no colours here", "said Ana\nsaid Bo\nsaid", ""]


def test_nothing_is_compiled_before_a_read():
    table = PatternTable(SOURCES)
    assert table.compiled_keys() == []
    assert "colour" in table and "size" not in table
    assert table.keys() == ["colour", "line"]


def test_a_read_compiles_that_key_once():
    table = PatternTable(SOURCES)
    first = table["colour"]
    assert table.compiled_keys() == ["colour"]
    assert table["colour"] is first
    assert table.get("colour") is first


def test_an_unknown_key():
    table = PatternTable(SOURCES)
    assert table.get("size") is None
    assert table.compiled_keys() == []
    try:
        table["size"]
    except KeyError:
        pass
    else:
        raise AssertionError("a key with no source is a KeyError, as in a dict")


def test_same_pattern_and_matches_as_compiling_at_once():
    for flags in (0, re.MULTILINE, re.IGNORECASE):
        table = PatternTable(SOURCES, flags)
        for key, source in SOURCES.items():
            eager = re.compile(source, flags)
            lazy = table[key]
            assert (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags)
            for text in TEXTS:
                assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
                assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in eager.finditer(text)]


def test_every_compiles_all():
    table = PatternTable(SOURCES, re.MULTILINE)
    patterns = table.every()
    assert [p.pattern for p in patterns] == list(SOURCES.values())
    assert all(p.flags & re.MULTILINE for p in patterns)
    assert sorted(table.compiled_keys()) == sorted(SOURCES)


# The extractor's tables a worker's preload imports: none compiled until an article reads it.
TABLES = {"named_bodies": ("_NAMED_BY_KIND", "_OWNED_BY_KIND", "_RIVAL_BY_KIND"),
          "introduced_bodies": ("_BEFORE", "_APPOSITIVE", "_UNNAMED"),
          "outlet_source": ("_AFTER", "_CLOSING", "_BEFORE")}


def test_importing_the_extractor_compiles_no_table():
    code = ("import newsbeam.transforms.quotes.extract, importlib\n"
            f"for module, names in {TABLES!r}.items():\n"
            "    m = importlib.import_module('newsbeam.transforms.quotes.' + module)\n"
            "    for name in names:\n"
            "        print(module, name, len(getattr(m, name).compiled_keys()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=os.environ).stdout.split("\n")
    assert [line for line in out if line] == [f"{m} {n} 0" for m, names in TABLES.items() for n in names]


def test_an_english_article_reads_only_the_kinds_it_names():
    code = ("from newsbeam.transforms.quotes import extract_quotes\n"
            "from newsbeam.transforms.quotes import named_bodies, outlet_source\n"
            "body = ('The Ruritanian Foreign Ministry met on Monday. “We will not move,” the ministry said.')\n"
            "extract_quotes('', [], body)\n"
            "print(sorted(named_bodies._NAMED_BY_KIND.compiled_keys()), outlet_source._AFTER.compiled_keys())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=os.environ).stdout.strip()
    assert out == "['ministry'] []"
