"""Every real fixture in ../shared/corpus through one run of the command line (make test-corpus).

feedparser's 2,107-file suite, the 26 news feeds and the hostile XML: the run exits 0, every
file is accounted for in ``articles`` or ``rejects``, nothing hostile gets into any column.
"""
from __future__ import annotations

import re
from collections import Counter

import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline.cli import main
from tests.corpus import CORPUS, corpus_dir

pytestmark = pytest.mark.slow

SCRIPT = re.compile(r"<\s*script|\bon(load|error|click|mouseover)\s*=", re.IGNORECASE)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    corpus_dir("feedparser-tests")
    out = tmp_path_factory.mktemp("corpus") / "out"
    globs = [f"{CORPUS}/feedparser-tests/**/*.xml", f"{CORPUS}/feedparser-tests/**/*.json",
             f"{CORPUS}/news-feeds/*.xml", f"{CORPUS}/news-feeds/*.json", f"{CORPUS}/hostile/**/*.xml",
             f"{CORPUS}/hostile/**/*.json"]
    assert main(["run", *sum((["--input", g] for g in globs), []), "--output", str(out)]) == 0
    articles = pads.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    rejects = pads.dataset(out / "rejects", partitioning="hive").to_table().to_pylist()
    files = sorted(p for d in ("feedparser-tests", "news-feeds", "hostile") for p in (CORPUS / d).rglob("*")
                   if p.is_file() and p.suffix in (".xml", ".json") and not p.name.startswith("."))
    return files, articles, rejects


def test_every_file_is_accounted_for(corpus_run):
    files, articles, rejects = corpus_run
    seen = {a["input"] for a in articles} | {r["input"] for r in rejects}
    missing = [str(f) for f in files if str(f) not in seen]
    assert missing == []
    by_reason = Counter(r["reason"] for r in rejects)
    print(f"\n{len(files)} files -> {len(articles)} articles, {len(rejects)} rejects")
    for reason, count in by_reason.most_common():
        print(f"  {reason:<22} {count:>6}")
    assert set(by_reason) <= {"not-a-feed", "empty", "no-entries", "too-large", "too-many-entries",
                              "entity-expansion", "external-entity", "encoding", "corrupt-compression",
                              "malformed", "missing-content", "duplicate"}


def test_nothing_hostile_reaches_any_column(corpus_run):
    _, articles, rejects = corpus_run
    for row in articles + rejects:
        for column, value in row.items():
            text = " ".join(value) if isinstance(value, list) else str(value or "")
            assert "root:x:0:0" not in text, (row.get("input"), column)
            if column in ("title", "summary", "body", "authors", "tags"):
                assert not SCRIPT.search(text), (row["input"], column, text[:200])
        for column in ("url", "feed_url"):
            if row.get(column):
                assert row[column].startswith(("http://", "https://")), (row["input"], row[column])


def test_hostile_xml_is_rejected_with_its_reason(corpus_run):
    _, _, rejects = corpus_run
    reasons = {r["input"].rsplit("/", 1)[-1]: r["reason"] for r in rejects if "/hostile/" in r["input"]}
    for bomb in ("billion_laughs_9level.xml", "quadratic.xml", "cyclic.xml", "xmlbomb.xml",
                 "Deny Of Service - Billion Laugh Attack.xml"):
        assert reasons.get(bomb) == "entity-expansion", bomb
