"""All 26 real news feeds in ../shared/corpus/news-feeds through one run of the command line."""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone

import feedparser
import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline.cli import main
from tests.corpus import corpus_dir
from newsbeam.transforms.dates import from_struct_time
from newsbeam.transforms.urls import canonicalize_url

TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{1,31});")


@pytest.fixture(scope="module")
def feeds_run(tmp_path_factory):
    feeds = corpus_dir("news-feeds")
    out = tmp_path_factory.mktemp("feeds") / "out"
    assert main(["run", "--input", str(feeds / "*.xml"), "--input", str(feeds / "*.json"),
                 "--output", str(out)]) == 0
    articles = pads.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    rejects = pads.dataset(out / "rejects", partitioning="hive").to_table().to_pylist() \
        if (out / "rejects").exists() else []
    return feeds, articles, rejects


def _expected_entries(path) -> int:
    if path.suffix == ".json":
        return len(json.loads(path.read_bytes())["items"])
    return len(feedparser.parse(path.read_bytes()).entries)


def test_every_entry_is_an_article_or_a_reject(feeds_run):
    feeds, articles, rejects = feeds_run
    by_input = Counter(a["input"] for a in articles) + Counter(r["input"] for r in rejects)
    for path in sorted(feeds.iterdir()):
        if path.suffix not in (".xml", ".json"):
            continue
        expected = _expected_entries(path)
        got = by_input[str(path)]
        # Entries of one feed that share a link are one article (and the run counts the merge).
        assert 0 < got <= expected, path.name
        assert got >= expected - 2, path.name


def test_both_json_feeds_are_read(feeds_run):
    _, articles, _ = feeds_run
    sources = Counter(a["source"] for a in articles)
    assert sources["jsonfeed_daringfireball"] == 48
    assert sources["jsonfeed_humanwhocodes"] == 10


def test_no_markup_left_in_text_columns(feeds_run):
    _, articles, _ = feeds_run
    for a in articles:
        for column in ("title", "summary", "body"):
            text = a[column] or ""
            assert not TAG.search(text), (a["input"], column, TAG.search(text).group(0))
            assert not ENTITY.search(text), (a["input"], column, ENTITY.search(text).group(0))
        assert a["url"] is None or a["url"].startswith(("http://", "https://"))


def test_published_at_is_utc_and_matches_the_feed(feeds_run):
    feeds, articles, _ = feeds_run
    ours = {(a["input"], a["url"]): a["published_at"] for a in articles}
    checked = 0
    for path in sorted(feeds.glob("*.xml")):
        for entry in feedparser.parse(path.read_bytes()).entries:
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            url = canonicalize_url(entry.get("link"))
            if not parsed or (str(path), url) not in ours:
                continue
            expected = from_struct_time(parsed)
            if expected > datetime.now(timezone.utc):
                continue
            got = ours[(str(path), url)]
            assert got is not None and got.utcoffset().total_seconds() == 0
            assert got == expected, (path.name, url)
            checked += 1
    assert checked > 500


def test_partitions_are_publication_dates(feeds_run):
    _, articles, _ = feeds_run
    for a in articles:
        if a["published_at"] is not None:
            assert str(a["date"]) == a["published_at"].strftime("%Y-%m-%d")
