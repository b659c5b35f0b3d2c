"""A one-process run hands its articles from stage to stage as tickets (``write_config``:
``kept_in_process``): the dataset is the one a run that pickles them writes, the guid rename's
reroute included (an article a guid rename sends to another shard is sealed again, alone)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.dataset as pads

from newsbeam.pipeline import api
from newsbeam.pipeline import run as runs
from newsbeam.transforms.composites import decide
from newsbeam.transforms.composites import write_config as wc

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
BODY = ("The harbour board met on Tuesday. \"We will open the north quay in May,\" said Mara "
        "Lindqvist, the board's chair. The vote was unanimous. ") * 3


def _inputs(tmp_path: Path) -> list[str]:
    """Made-up stories; two of them carry one guid under two links (a guid rename in one run)."""
    records = [
        {"title": "Quay opens in May", "url": "https://harbour.example/a/quay-may", "guid": "story-7",
         "published": "2026-11-20T08:00:00Z", "body": BODY},
        {"title": "Quay opens in May, updated", "url": "https://harbour.example/b/quay-may-2", "guid": "story-7",
         "published": "2026-11-20T09:00:00Z", "updated": "2026-11-20T10:00:00Z", "body": BODY + " Updated."},
        {"title": "Ferry fares", "url": "https://harbour.example/a/ferry-fares", "guid": "story-8",
         "published": "2026-11-21T08:00:00Z", "body": BODY.replace("north quay", "ferry line")},
    ]
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [str(path)]


def _table(output: Path, name: str) -> list[dict]:
    rows = pads.dataset(str(output / name), format="parquet", partitioning="hive").to_table().to_pylist()
    volatile = {"run_id", "fetched_at"}
    return sorted(({k: v for k, v in r.items() if k not in volatile} for r in rows), key=lambda r: repr(sorted(r.items())))


def test_tickets_write_the_dataset_pickles_write_and_the_reroute_reseals(tmp_path, monkeypatch):
    inputs = _inputs(tmp_path)
    resealed: list[bool] = []
    seal = wc.seal

    def probe(article):
        resealed.append(wc._kept is not None)
        return seal(article)

    monkeypatch.setattr(decide, "seal", probe)
    kept = tmp_path / "kept"
    runs.run_batch(api.run_config(inputs, kept, now=NOW), api.beam_flags(None, None))
    assert resealed == [True, True]  # both versions of the renamed guid: sealed alone, as tickets
    assert wc._kept is None  # the run's table is gone with it

    monkeypatch.setattr(runs, "kept_in_process", __import__("contextlib").nullcontext)
    pickled = tmp_path / "pickled"
    runs.run_batch(api.run_config(inputs, pickled, now=NOW), api.beam_flags(None, None))
    assert resealed == [True, True, False, False]
    for name in ("articles", "quotes"):
        assert _table(kept, name) == _table(pickled, name)
    assert len(_table(kept, "articles")) == 2


def test_the_dataset_does_not_depend_on_how_the_articles_are_batched(tmp_path, monkeypatch):
    """Articles sealed one a batch, every batch sealed at two held, batches of three pickled and
    compressed, or the defaults: one dataset."""
    import contextlib

    inputs = _inputs(tmp_path)
    written = {}
    for name, per_batch, held, kept in (("default", wc.SEAL_BATCH_ARTICLES, wc.SEAL_HELD_ARTICLES, True),
                                        ("one", 1, 512, True), ("held", 32, 2, True), ("pickled", 3, 512, False)):
        monkeypatch.setattr(wc, "SEAL_BATCH_ARTICLES", per_batch)
        monkeypatch.setattr(wc, "SEAL_HELD_ARTICLES", held)
        if not kept:
            monkeypatch.setattr(runs, "kept_in_process", contextlib.nullcontext)
        runs.run_batch(api.run_config(inputs, tmp_path / name, now=NOW), api.beam_flags(None, None))
        written[name] = {table: _table(tmp_path / name, table) for table in ("articles", "quotes")}
    assert written["one"] == written["default"] == written["held"] == written["pickled"]
    assert len(written["default"]["articles"]) == 2
