"""Run statistics: one typed record, one encoder/decoder of the counters, one file format."""
from __future__ import annotations

import json

import pytest

from newsbeam.schemas import runstats
from newsbeam.schemas.runstats import RunStats

# Counters as the steps emit them (summed per name by the pipeline), one of every kind.
EMITTED = [
    ("inputs", 3), ("entries", 40), ("articles_new", 30), ("articles_changed", 2), ("articles_unchanged", 5),
    ("articles_stale", 1), ("articles_duplicate", 2), ("bullets_written", 12), ("quotes_written", 70),
    ("rejects_new", 4), ("files_written", 9), ("bytes_written", 9000), ("bytes_rejects", 500),
    ("files_removed", 1), ("index_shards_written", 16), ("index_rows", 300),
    (runstats.rejected("empty-body"), 3), (runstats.rejected("duplicate"), 2), (runstats.rejected("not-a-feed"), 1),
    (runstats.feed_outcome("ok"), 2), (runstats.feed_outcome("not-modified"), 1),
    (runstats.suspended("Flaky Feed"), 1), (runstats.skipped("warc_request"), 7),
    (runstats.article_page("fetched"), 4), (runstats.article_page("failed"), 1),
    ("a_counter_of_a_later_version", 5),
]


def test_the_emitted_counters_land_in_their_typed_fields():
    stats = RunStats.of(EMITTED)
    assert (stats.inputs, stats.articles_new, stats.index_rows) == (3, 30, 300)
    assert stats.rejects == {"duplicate": 2, "empty-body": 3, "not-a-feed": 1}
    assert stats.feeds == {"not-modified": 1, "ok": 2}
    assert stats.suspended == ("Flaky Feed",)
    assert stats.skipped == {"warc_request": 7}
    assert stats.article_pages == {"failed": 1, "fetched": 4}
    assert stats.other == {"a_counter_of_a_later_version": 5}  # kept, never dropped


def test_counts_and_json_round_trip():
    stats = RunStats.of(EMITTED)
    assert RunStats.of(stats.counts().items()) == stats
    assert stats.counts() == dict(sorted(EMITTED))
    assert RunStats.from_json(stats.to_json()) == stats
    assert RunStats.from_json(RunStats().to_json()) == RunStats()
    assert json.loads(stats.to_json())["version"] == runstats.VERSION
    # A counter counted 0 times is still a count (the manifest lists it); one never counted is not.
    zero = RunStats.of([("files_removed", 0), ("commit_deletes", 0)])
    assert zero.counts() == {"commit_deletes": 0, "files_removed": 0} and zero.inputs is None
    assert RunStats.from_json(zero.to_json()) == zero and RunStats().counts() == {}


def test_a_file_of_another_version_is_refused_by_name():
    with pytest.raises(ValueError, match="version 99"):
        RunStats.from_json(json.dumps({"version": 99, "inputs": 1}).encode())
    with pytest.raises(ValueError, match="version"):
        RunStats.from_json(b'{"inputs": 1}')  # the string-keyed file of earlier versions


def test_bounded_runs_add_up_and_keep_the_last_dataset_size():
    first = RunStats.of([("inputs", 2), ("index_rows", 100), (runstats.rejected("empty-body"), 1)])
    second = RunStats.of([("inputs", 3), ("index_rows", 250), (runstats.rejected("empty-body"), 2),
                          (runstats.suspended("B"), 1)])
    total = first + second + RunStats(commit_moves=4)
    assert (total.inputs, total.index_rows, total.commit_moves) == (5, 250, 4)
    assert total.rejects == {"empty-body": 3} and total.suspended == ("B",)
    assert (RunStats() + RunStats()).index_rows is None


def test_summary_is_the_manifest_summary():
    assert RunStats.of(EMITTED).summary() == {
        "inputs": 3, "entries": 40, "articles": 32, "articles_new": 30, "articles_changed": 2,
        "articles_unchanged": 6, "duplicates_merged": 2, "bullets": 12, "quotes": 70, "rejects": 6,
        "rejects_by_reason": {"duplicate": 2, "empty-body": 3, "not-a-feed": 1}, "rejects_new": 4,
        "files_written": 9, "bytes_written": 9500, "files_removed": 1, "index_rows": 300,
        "article_pages": {"failed": 1, "fetched": 4}, "skipped": {"warc_request": 7},
        "feeds": {"not-modified": 1, "ok": 2}, "feeds_suspended": ["Flaky Feed"],
    }
    assert RunStats().summary()["index_rows"] == 0
