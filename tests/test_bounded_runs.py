"""A run cut into bounded runs (``--chunk-mb``) ends as one run over the same inputs would, and
a re-run changes nothing: the same URL in inputs of different chunks keeps one version, the
one ``preferred`` picks, and the other is a ``duplicate`` reject."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.dataset as pads

from newsbeam.pipeline.cli import main
from newsbeam.transforms import merge
from tests.records import article, wire_jsonl


def _inputs(tmp_path: Path) -> Path:
    inputs = wire_jsonl(tmp_path / "in", files=4, per_file=30, filler_words=1500)
    with open(inputs / "wire-3.jsonl", "a", encoding="utf-8") as fh:
        # Story 0 again, longer: this later version wins. Story 1 again, shorter: it loses.
        for i, body in ((0, "“Line 0,” said Ann Lee. " + "longer " * 2000), (1, "Short again.")):
            fh.write(json.dumps({"title": f"Story {i} again", "url": f"https://wire.example/{i}",
                                 "published": "2026-11-20T10:00:00Z", "body": body}) + "\n")
    return inputs


def _run(inputs: Path, out: Path, chunk_mb: str) -> dict:
    assert main(["run", "--input", f"{inputs}/*.jsonl", "--output", str(out), "--chunk-mb", chunk_mb]) == 0
    # the newest manifest by when it was written: two runs within one second have run ids that
    # sort by their random suffix (the first run's manifest was read 1 time in 12 before)
    runs = sorted((p for p in (out / "_runs").glob("*.json") if not p.name.endswith(".stats.json")),
                  key=lambda p: (p.stat().st_mtime_ns, p.name))
    return json.loads(runs[-1].read_text())


def _state(out: Path):
    articles = sorted((r["article_id"], r["title"], r["content_hash"]) for r in
                      pads.dataset(out / "articles", partitioning="hive").to_table().to_pylist())
    rejects = sorted((r["input"].rsplit("/", 1)[-1], r["reason"], r["raw_excerpt"]) for r in
                     pads.dataset(out / "rejects", partitioning="hive").to_table().to_pylist())
    return articles, rejects


def test_a_url_in_two_chunks_keeps_one_version_and_reruns_change_nothing(tmp_path):
    inputs = _inputs(tmp_path)
    chunked, whole = tmp_path / "chunked", tmp_path / "whole"
    first = _run(inputs, chunked, "1")
    assert first["bounded_runs"] > 1
    _run(inputs, whole, "0")
    assert _state(chunked) == _state(whole)
    articles, rejects = _state(chunked)
    titles = {title for _, title, _ in articles}
    assert "Story 0 again" in titles and "Story 1" in titles and "Story 1 again" not in titles
    assert sorted(r for r in rejects if r[1] == "duplicate") == [
        ("wire-0.jsonl", "duplicate", "Story 0"), ("wire-3.jsonl", "duplicate", "Story 1 again")]
    again = _run(inputs, chunked, "1")  # before the fix, each re-run swapped the two bodies
    assert again["summary"]["articles_changed"] == 0 and again["summary"]["articles_new"] == 0, again["summary"]
    assert _state(chunked) == _state(whole)


# --------------------------------------------------------------------------- the pure rules


def _version(input_name: str, body: str, content_hash: str):
    return article("x", input=input_name, body=body, content_hash=content_hash)


def test_settle_across_chunks_follows_preferred_whatever_the_chunk():
    short, long = _version("a.jsonl", "short", "h1"), _version("b.jsonl", "much longer body", "h2")
    # The later chunk's longer version beats the earlier winner, which becomes the duplicate.
    settled = merge.settle_across_chunks(long, merge.contender_of(short), None, frozenset())
    assert settled.lost_to is None and settled.beaten == merge.contender_of(short)
    # The earlier winner beats a later, shorter version.
    settled = merge.settle_across_chunks(short, merge.contender_of(long), None, frozenset())
    assert settled.lost_to == merge.contender_of(long) and settled.winner == merge.contender_of(long)
    # The same version seen again is no duplicate of itself.
    assert merge.settle_across_chunks(short, merge.contender_of(short), None, frozenset()) == \
        merge.Settled(merge.contender_of(short))


def test_a_stored_version_from_a_later_chunk_input_that_ranks_higher_stays():
    short, long = _version("a.jsonl", "short", "h1"), _version("b.jsonl", "much longer body", "h2")
    row = merge.index_row(long, "date=2026-11-20", 1)
    stored = merge.contender_of_row(row)
    assert merge.settle_across_chunks(short, None, stored, frozenset({"b.jsonl"})).lost_to == stored
    # Its input is not in a later chunk (another run brought it): the usual decision applies.
    assert merge.settle_across_chunks(short, None, stored, frozenset()).lost_to is None
    # An index row written before ranks were kept says nothing.
    assert merge.contender_of_row(dataclasses.replace(row, input=None)) is None
    # The reject of a loser known only by its record reads as duplicate_reject would.
    assert merge.duplicate_reject_of(merge.contender_of(short), merge.contender_of(long)) == \
        merge.duplicate_reject(short, long)
