"""One TestPipeline test per composite, with inline inputs."""
from __future__ import annotations

import dataclasses
import shutil
from datetime import datetime, timezone

import apache_beam as beam
import pyarrow.dataset as pads
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.schemas.records import Document, Entry
from tests.records import article
from newsbeam.transforms.io import commit, dataset, index
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.formats.read import Limits
from newsbeam.transforms.composites.sources import ReadFiles, deal_files
from newsbeam.transforms.document import with_quotes
from newsbeam.transforms.composites.parse import NormalizeArticles, ParseDocuments
from newsbeam.transforms.composites.extract import ExtractQuotes
from newsbeam.transforms.quotes import EXTRACTOR_VERSION
from newsbeam.transforms.composites.write import WriteConfig, WriteDataset

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://x.example/1</link><description>First story.</description></item>
<item><title>Two</title><link>https://x.example/2</link><description>Second story.</description></item>
</channel></rss>"""


def _pipeline():
    return BeamTestPipeline(runner="FnApiRunner")


def test_read_files(tmp_path):
    (tmp_path / "a.xml").write_bytes(RSS)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Headline\nBody.")
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    with _pipeline() as p:
        docs, rejects, stats = p | ReadFiles([str(tmp_path / "**"), str(tmp_path / "a.xml")],
                                             fetched_at=NOW, max_bytes=1000)
        assert_that(stats, equal_to([("inputs", 1)] * 3), label="CheckStats")
        assert_that(docs | beam.Map(lambda d: (d.source, len(d.data))),
                    equal_to([("a", len(RSS)), ("b", 14)]), label="CheckDocuments")
        assert_that(rejects | beam.Map(lambda r: (r.source, r.reason)),
                    equal_to([("big", "too-large")]), label="CheckRejects")


@pytest.mark.parametrize("hands, dealt", [
    (2, [[100, 70, 60], [90, 80, 30, 20, 10]]),
    (3, [[100, 30, 20, 10], [90, 60], [80, 70]]),
    (1, [[100, 90, 80, 70, 60, 30, 20, 10]]),
])
def test_deal_files_deals_the_files_heaviest_first_to_the_lightest_hand(hands, dealt):
    sizes = [90, 10, 70, 100, 30, 80, 20, 60]  # names that are no files: weighed by size alone
    deal = deal_files([(f"f{s}", s) for s in sizes], hands)
    assert [[size for hand, (_, size) in deal if hand == k] for k in range(hands)] == dealt


def test_deal_files_reads_a_file_matched_twice_once_and_breaks_ties_by_path():
    files = [("b", 5), ("a", 5), ("c", None), ("b", 5)]
    assert deal_files(files, 2) == [(0, ("a", 5)), (1, ("b", 5)), (0, ("c", None))]
    assert deal_files([], 2) == []


def test_deal_files_weighs_a_feed_by_its_items_as_well_as_its_bytes(tmp_path):
    # Short items parse slower per byte than long ones: a feed of many short items weighs more
    # than a larger feed of a few long ones, and goes first, to its own hand.
    dense = tmp_path / "dense.xml"
    dense.write_bytes(b"<rss>" + b"<item><title>t</title></item>" * 400 + b"</rss>")
    long = tmp_path / "long.xml"
    long.write_bytes(b"<rss>" + (b"<item><title>t</title>" + b"x" * 4000 + b"</item>") * 4 + b"</rss>")
    small = [(str(tmp_path / f"s{i}.txt"), 1000) for i in range(3)]
    files = [(str(long), long.stat().st_size), (str(dense), dense.stat().st_size)] + small
    assert long.stat().st_size > dense.stat().st_size
    deal = deal_files(files, 2)
    assert deal[0] == (0, (str(dense), dense.stat().st_size))
    assert [hand for hand, (path, _) in deal if path == str(long)] == [1]
    assert {hand for hand, _ in deal_files(files, 1)} == {0}


class _BundleOf(beam.DoFn):
    """(bundle id, source) per document: which worker's bundle read which file."""

    def start_bundle(self):
        import uuid

        self._bundle = uuid.uuid4().hex

    def process(self, doc):
        yield self._bundle, doc.source


def test_read_files_deals_the_files_to_the_local_workers_by_deal_files(tmp_path):
    # Before, a Reshuffle of Distinct's output dealt them in the order the workers' outputs
    # reached the runner: a thread race that moved files between workers from run to run.
    sizes = [900, 100, 700, 1000, 300, 800, 200, 600, 50]
    for i, size in enumerate(sizes):
        (tmp_path / f"f{i}.txt").write_text("T\n" + "x" * size)
    want = {frozenset(f"f{sizes.index(size - 2)}" for hand, (_, size) in
                      deal_files([(p.name, p.stat().st_size) for p in tmp_path.iterdir()], 2) if hand == k)
            for k in range(2)}
    for _ in range(2):
        with BeamTestPipeline(runner="FnApiRunner", options=PipelineOptions(
                ["--direct_num_workers=2", "--direct_running_mode=multi_threading"])) as p:
            docs, _, _ = p | ReadFiles([str(tmp_path / "*")], fetched_at=NOW, max_bytes=10_000, hands=2)
            hands = (docs | beam.ParDo(_BundleOf()) | beam.GroupByKey()
                     | beam.Map(lambda bundle: frozenset(bundle[1])))
            assert_that(hands, equal_to(list(want)))


def test_parse_documents():
    docs = [Document("feed", "feed.xml", RSS, NOW), Document("junk", "junk.bin", b"\x00\x01\x02garbage", NOW)]
    with _pipeline() as p:
        entries, rejects = p | beam.Create(docs) | ParseDocuments(Limits())
        assert_that(entries | beam.Map(lambda e: e.title), equal_to(["One", "Two"]), label="CheckEntries")
        assert_that(rejects | beam.Map(lambda r: (r.input, r.stage)),
                    equal_to([("junk.bin", "parse")]), label="CheckRejects")


def test_normalize_articles():
    good = Entry("wire", "w.jsonl", "jsonl", NOW, url="https://W.example/a?utm_source=x",
                 title="A &amp; B", body_text="Line one.\nLine two.", published="2026-11-20T06:00:00Z")
    empty = Entry("wire", "w.jsonl", "jsonl", NOW)
    with _pipeline() as p:
        articles, rejects = p | beam.Create([good, empty]) | NormalizeArticles("run-1")
        assert_that(articles | beam.Map(lambda a: (a.url, a.title, a.body, a.run_id, a.date)),
                    equal_to([("https://w.example/a", "A & B", "Line one.\n\nLine two.", "run-1",
                               "2026-11-20")]), label="CheckArticles")
        assert_that(rejects | beam.Map(lambda r: r.reason), equal_to(["missing-content"]),
                    label="CheckRejects")


class _LoggedExtraction:
    """A ``finish`` that extracts quotes and appends the article's id to a file: calls made in
    the runner's workers are seen by the test."""

    def __init__(self, log):
        self._log = str(log)

    def __call__(self, a):
        with open(self._log, "a", encoding="utf-8") as fh:
            fh.write(a.article_id + "\n")
        return with_quotes(a)


def test_write_dataset_extracts_quotes_only_for_the_articles_it_writes(tmp_path):
    log = tmp_path / "extracted.txt"
    out = tmp_path / "out"
    body = "“We will win,” said Jane Roe."

    def unextracted(article_id, **kw):
        return article(article_id, body=body, bullets=(), quotes=(), **kw)

    _write_cfg(out, [unextracted("a1"), unextracted("a2")], finish=_LoggedExtraction(log))
    quotes = pads.dataset(out / "quotes", partitioning="hive").to_table().to_pylist()
    assert sorted((q["article_id"], q["text"].rstrip(","), q["speaker"]) for q in quotes) == [
        ("a1", "We will win", "Jane Roe"), ("a2", "We will win", "Jane Roe")]
    assert sorted(log.read_text().split()) == ["a1", "a2"]

    # Again: a1 unchanged, a2 changed, a3 new and seen twice (one wins). Only a2 and a3 are
    # extracted, a3 once; a1 keeps the quote rows it has.
    log.unlink()
    changed = dataclasses.replace(unextracted("a2"), content_hash="h-new", body=body + " More.")
    twice = [unextracted("a3", input="x.xml"), unextracted("a3", input="y.xml", content_hash="h-y")]
    _write_cfg(out, [unextracted("a1"), changed, *twice], finish=_LoggedExtraction(log))
    assert sorted(log.read_text().split()) == ["a2", "a3"]
    assert _ids(out, "quotes") == ["a1", "a2", "a3"]

    # New quote rules: the articles seen again are extracted again, once; then not any more.
    log.unlink()
    again = [unextracted("a1"), changed, twice[0]]
    _write_cfg(out, again, finish=_LoggedExtraction(log), extractor="v2")
    assert sorted(log.read_text().split()) == ["a1", "a2", "a3"]
    log.unlink()
    _write_cfg(out, again, finish=_LoggedExtraction(log), extractor="v2")
    assert not log.exists()
    assert _ids(out) == ["a1", "a2", "a3"] and _ids(out, "quotes") == ["a1", "a2", "a3"]


def test_write_dataset_extracts_with_the_current_rules_unless_told_otherwise(tmp_path):
    # A library caller that gives no extract step gets the current quote rules, and the index
    # records their version: the next change of the rules re-extracts these articles.
    location = Location.of(str(tmp_path))
    body = "“We will win,” said Jane Roe."
    with _pipeline() as p:
        _ = {
            "articles": p | "Articles" >> beam.Create([article("a1", body=body, bullets=(), quotes=())]),
            "rejects": p | "Rejects" >> beam.Create([]),
            "stats": p | "Stats" >> beam.Create([]),
        } | WriteDataset(WriteConfig(location=location, run_id="r"))
    commit.commit(location, "r")
    quotes = pads.dataset(tmp_path / "quotes", partitioning="hive").to_table().to_pylist()
    assert [(q["article_id"], q["speaker"]) for q in quotes] == [("a1", "Jane Roe")]
    index = pads.dataset(tmp_path / "_state" / "index", format="parquet").to_table().to_pylist()
    assert [row["extractor"] for row in index] == [EXTRACTOR_VERSION]


def _write(tmp_path, articles, mode="append"):
    _write_cfg(tmp_path, articles, mode=mode)


def _ids(tmp_path, table="articles"):
    return sorted(pads.dataset(tmp_path / table, partitioning="hive").to_table()
                  .column("article_id").to_pylist())


def test_write_dataset_is_idempotent_and_replaces_changed_rows(tmp_path):
    first = [article("a1"), article("a2"), article("a3", published_at=datetime(2026, 11, 21, tzinfo=timezone.utc))]
    _write(tmp_path, first)
    _write(tmp_path, first)
    assert _ids(tmp_path) == ["a1", "a2", "a3"]
    assert _ids(tmp_path, "quotes") == ["a1", "a2", "a3"]
    edited = dataclasses.replace(article("a2"), title="Edited", content_hash="h-new", quotes=())
    _write(tmp_path, [edited, article("a4")])
    table = pads.dataset(tmp_path / "articles", partitioning="hive").to_table().to_pylist()
    assert sorted(r["article_id"] for r in table) == ["a1", "a2", "a3", "a4"]
    assert {r["article_id"]: r["title"] for r in table}["a2"] == "Edited"
    assert _ids(tmp_path, "quotes") == ["a1", "a3", "a4"]
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["date=2026-11-20", "date=2026-11-21"]


def test_write_dataset_overwrite_replaces_only_the_partitions_it_writes(tmp_path):
    _write(tmp_path, [article("a1"), article("a3", published_at=datetime(2026, 11, 21, tzinfo=timezone.utc))])
    _write(tmp_path, [article("a2")], mode="overwrite")
    assert _ids(tmp_path) == ["a2", "a3"]


def _write_cfg(tmp_path, articles, finish=None, extractor=EXTRACTOR_VERSION, **cfg):
    """WriteDataset as a run uses it: recover what a dead run left, stage, commit. Without a
    ``finish`` the articles are written with the quotes they carry."""
    location = Location.of(str(tmp_path))
    commit.recover(location)
    with _pipeline() as p:
        _ = {
            "articles": p | "Articles" >> beam.Create(articles),
            "rejects": p | "Rejects" >> beam.Create([]),
            "stats": p | "Stats" >> beam.Create([]),
        } | WriteDataset(WriteConfig(location=location, run_id="r", **cfg),
                         extract=ExtractQuotes(finish, version=extractor) if finish else None)
    commit.commit(location, "r")


def test_write_dataset_gives_a_story_one_id_through_its_guid(tmp_path):
    # Two links for one guid in the same run: one row, under the smaller id; the other
    # version is recorded as a merged duplicate.
    story = dict(guid="g-1", source="wire")
    _write(tmp_path, [article("b2", url="https://wire.example/b2", **story),
                      article("b1", url="https://wire.example/b1", **story), article("c1")])
    rows = pads.dataset(tmp_path / "articles", partitioning="hive").to_table().to_pylist()
    assert sorted(r["article_id"] for r in rows) == ["b1", "c1"]
    rejects = pads.dataset(tmp_path / "rejects", partitioning="hive").to_table().to_pylist()
    assert [r["reason"] for r in rejects] == ["duplicate"]
    # A later run where the link changed again keeps the id the dataset knows.
    _write(tmp_path, [article("a9", url="https://wire.example/moved", title="Moved", content_hash="h2", **story)])
    rows = pads.dataset(tmp_path / "articles", partitioning="hive").to_table().to_pylist()
    assert sorted(r["article_id"] for r in rows) == ["b1", "c1"]
    assert {r["article_id"]: r["title"] for r in rows}["b1"] == "Moved"
    assert _ids(tmp_path, "quotes") == ["b1", "c1"]


def test_write_dataset_layouts_hold_when_the_same_articles_come_again(tmp_path):
    # 30 articles, at most 10 rows a file: 3 bucket files. Seen again, the estimate counts them
    # twice (60 rows), which the layout's slack absorbs: no file is rewritten.
    articles = [article(f"a{i:02d}") for i in range(30)]
    _write_cfg(tmp_path, articles, target_file_rows=10)
    files = lambda: {p.name: p.stat().st_mtime_ns for p in (tmp_path / "articles").rglob("*.parquet")}
    first = files()
    assert sorted(first) == [f"part-{b:05d}-of-00003.parquet" for b in range(3)]
    _write_cfg(tmp_path, articles, target_file_rows=10)
    assert files() == first
    # Twice as many rows as the layout holds at most: the partition is split afresh, and no
    # row is lost on the way.
    _write_cfg(tmp_path, [article(f"b{i:02d}") for i in range(40)], target_file_rows=10)
    assert sorted(files()) == [f"part-{b:05d}-of-00007.parquet" for b in range(7)]
    assert len(_ids(tmp_path)) == 70 and len(_ids(tmp_path, "quotes")) == 70


def _crash_in(monkeypatch, name):
    def crash(*args, **kwargs):
        raise RuntimeError(f"simulated crash in {name}")
    monkeypatch.setattr(index if hasattr(index, name) else dataset, name, crash)


def _all_ids(tmp_path):
    return pads.dataset(tmp_path / "articles", partitioning="hive").to_table().column("article_id").to_pylist()


@pytest.fixture(scope="module")
def thirty_in_three_files(tmp_path_factory):
    """A dataset of 30 articles in one partition of 3 bucket files, written once for the tests
    that start from it (each gets its own copy)."""
    out = tmp_path_factory.mktemp("thirty") / "out"
    _write_cfg(out, [article(f"a{i:02d}") for i in range(30)], target_file_rows=10)
    return out


@pytest.mark.parametrize("crash_in", ["stale_files", "update_index_shard"])
def test_a_run_that_crashes_while_rebucketing_changes_nothing(tmp_path, monkeypatch, crash_in, thirty_in_three_files):
    # The second run splits the partition from 3 files to 7 and crashes before it has listed
    # the old files, or before its index shards are staged: nothing of it is committed, and the
    # next, small run (other input) finds the dataset as the first run left it.
    tmp_path = tmp_path / "out"
    shutil.copytree(thirty_in_three_files, tmp_path)
    assert len(list(tmp_path.glob("articles/*/part-*.parquet"))) == 3
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.parquet"))
    with monkeypatch.context() as patched:
        _crash_in(patched, crash_in)
        with pytest.raises(Exception, match="simulated crash"):
            _write_cfg(tmp_path, [article(f"b{i:02d}") for i in range(40)], target_file_rows=10)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.parquet")
                  if "txn" not in p.parts) == before
    _write_cfg(tmp_path, [article("c00")], target_file_rows=10)
    ids = _all_ids(tmp_path)
    assert len(ids) == len(set(ids))
    assert set(ids) == {f"a{i:02d}" for i in range(30)} | {"c00"}
    assert not list((tmp_path / "_state" / "txn").iterdir())


def test_fetch_feeds_and_save_states(http_server, tmp_path):
    from tests.httpserver import Reply
    from newsbeam.transforms.feedlist import FeedSpec
    from newsbeam.transforms.composites.feeds import FetchFeeds, SaveFeedStates
    from newsbeam.transforms.io.feedstate import FeedStateStore
    from newsbeam.transforms.io.fetch import FetchConfig

    ok = http_server.route("/ok.xml", Reply(200, body=RSS, etag='"v1"'))
    missing = http_server.route("/missing.xml", Reply(404))
    feeds = [FeedSpec("ok", ok), FeedSpec("missing", missing), FeedSpec("off", ok, overrides={"enabled": False})]
    config = FetchConfig(allow_hosts=frozenset({http_server.host_port}), retries=0, politeness_delay=0)
    state_root = str(tmp_path / "feeds")
    with _pipeline() as p:
        docs, rejects, states, stats = p | FetchFeeds(feeds, config, state_root=state_root)
        assert_that(docs | beam.Map(lambda d: (d.source, d.input, d.data == RSS)),
                    equal_to([("ok", ok, True)]), label="CheckDocuments")
        assert_that(rejects | beam.Map(lambda r: (r.source, r.stage, r.reason)),
                    equal_to([("missing", "fetch", "http-404")]), label="CheckRejects")
        assert_that(stats | beam.combiners.Count.PerElement(),
                    equal_to([(("feeds_fetched", 1), 1), (("feeds_failed", 1), 1), (("feeds_disabled", 1), 1)]),
                    label="CheckStats")
        _ = states | SaveFeedStates(state_root, committed=docs)
    saved = FeedStateStore(state_root).all()
    assert saved["ok"].etag == '"v1"' and saved["missing"].consecutive_failures == 1


def test_the_local_deal_reads_at_most_its_heads_budget():
    # The match is one bundle on one worker: many files read less of each head, then none.
    from newsbeam.transforms.composites.file_weight import HEAD_BYTES, LOCAL_HEADS_BUDGET, MIN_HEAD, head_bytes_for

    assert head_bytes_for(10, LOCAL_HEADS_BUDGET) == HEAD_BYTES
    assert MIN_HEAD <= head_bytes_for(1000, LOCAL_HEADS_BUDGET) < HEAD_BYTES
    assert head_bytes_for(1000, LOCAL_HEADS_BUDGET) * 1000 <= LOCAL_HEADS_BUDGET
    assert head_bytes_for(LOCAL_HEADS_BUDGET // MIN_HEAD + 1, LOCAL_HEADS_BUDGET) == 0
    assert head_bytes_for(1000) == HEAD_BYTES  # the Dask partitions' own budget is larger
