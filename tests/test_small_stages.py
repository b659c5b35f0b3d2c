"""The small stages of a run (bench/README.md, "Stop 35, scaling"): with worker processes each
fused stage costs every process a bundle (20-25 ms of CPU each), so the run's bookkeeping is
folded where it adds no shuffle: the guid renames are met in the decide stage from its side
inputs, an append run's empty "overwrite" set is a constant, the new articles' sizes leave the
read stage summed per bundle, as a side input of the index summary (no Flatten of their own),
the statistics leave each stage that counts them as parts that the run's end sums (no stage of
their own), and one start element matches the files, deals them and makes the index shards
(one stage, where three were)."""
from __future__ import annotations

import json

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.pipeline.run import _read_stats
from newsbeam.schemas import runstats
from newsbeam.schemas.runstats import RunStats
from newsbeam.transforms import partitions
from newsbeam.transforms.composites.decide import _SizesPerBundle
from newsbeam.transforms.composites.stage import StageStats
from newsbeam.transforms.composites.write_config import WriteConfig
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location
from tests.records import article
from tests.test_scaling import _fused_stages

_GONE = ("MeetGuids", "AllRenames", "ResolveRenames", "NoOverwrite", "CollectStats", "GuidKeys", "AllSizes",
         "SumStats", "OncePerFile", "DealFiles")


@pytest.mark.parametrize("mode, most", [("append", 12), ("overwrite", 15)])
def test_the_runs_bookkeeping_makes_no_stage_of_its_own(mode, most):
    stages = _fused_stages(mode)
    names = [n for stage in stages for n in stage]
    assert not [n for n in names if any(gone in n for gone in _GONE)]
    assert len(stages) <= most, len(stages)  # 33 and 35 on main 16acd78, 16 and 19 on df44c23
    # no stage of its own for the statistics: each part is written where its pairs are counted
    assert not [s for s in stages if all(n.startswith("Stats/") for n in s)]
    assert not [s for s in stages if any(n.endswith("Stats/Read") for n in s)]
    (decide,) = [s for s in stages if any(n.startswith("Decide/Decide/") for n in s)]
    assert "Decide/NewSizes" not in decide
    assert any(n.startswith("Stats/StatsPart") for n in decide)
    (start,) = [s for s in stages if any(n.startswith("Start/") for n in s)]
    assert "Decide/IndexShards" in start and any(n.startswith("ReadInputs/Match/") for n in start)


def test_the_sizes_of_a_bundle_leave_summed_by_partition():
    articles = [article(f"a{k}", body="word " * k) for k in range(5)]
    articles.append(article("b1", published_at=None))  # another partition: the fetch date
    sizes = _SizesPerBundle(("date",))
    sizes.start_bundle()
    for a in articles:
        assert list(sizes.process(a)) == []
    out = [wv.value for wv in sizes.finish_bundle()]
    expected: dict[str, tuple[int, int]] = {}
    for a in articles:
        rows, est = expected.get(partitions.article_partition(a, ("date",)), (0, 0))
        expected[partitions.article_partition(a, ("date",))] = (rows + 1, est + partitions.estimated_bytes(a))
    assert out == [(p, (0, 0, 0, rows, est)) for p, (rows, est) in sorted(expected.items())]
    assert len(out) == 2
    sizes.start_bundle()
    assert list(sizes.finish_bundle()) == []  # an empty bundle says nothing


def _staged_stats(tmp_path, *bundles):
    """Stage each of ``bundles`` (lists of stat pairs) as a bundle of its own; returns the config
    and the paths of the parts written."""
    cfg = WriteConfig(location=Location.of(str(tmp_path)), run_id="r1")
    with BeamTestPipeline(runner="FnApiRunner") as p:
        pcolls = [p | f"Bundle{k}" >> beam.Create(pairs, reshuffle=False) for k, pairs in enumerate(bundles)]
        nested = (pcolls[0], tuple(pcolls[1:]) | "Inner" >> beam.Flatten()) | "Outer" >> beam.Flatten()
        parts = nested | StageStats(cfg)
        assert_that(parts | beam.Map(lambda path: path.rsplit("/", 1)[-1].endswith(".json")),
                    equal_to([True] * sum(1 for pairs in bundles if pairs)))
    return cfg


def test_the_statistics_are_left_in_parts_that_the_run_sums(tmp_path):
    first = [("entries", 3), ("articles_new", 2), ("entries", 4), ("articles_duplicate", 0)]
    second = [("entries", 1), ("index_rows", 5), ("rejects_bad_xml", 2)]
    third = [("index_rows", 7)]
    cfg = _staged_stats(tmp_path, first, second, third)
    folder = tmp_path / layout.run_stats("r1")
    parts = sorted(folder.iterdir())
    assert len(parts) == 3 and not [p for p in parts if p.name.startswith(".")]
    assert sorted(tuple(pair) for part in parts for pair in json.loads(part.read_text())) == sorted(
        [("entries", 7), ("articles_new", 2), ("articles_duplicate", 0), ("entries", 1), ("index_rows", 5),
         ("rejects_bad_xml", 2), ("index_rows", 7)])
    stats = _read_stats(cfg.location, "r1")
    assert stats == RunStats.of(first + second + third)
    assert stats.index_rows == 12 and stats.articles_duplicate == 0  # summed, and a 0 is a count
    assert not folder.exists()  # taken: the main process reads them once


def test_a_run_that_counted_nothing_writes_no_statistics_and_reads_as_empty(tmp_path):
    cfg = _staged_stats(tmp_path, [], [])
    assert not (tmp_path / layout.run_stats("r1")).exists()
    assert _read_stats(cfg.location, "r1") == RunStats() == RunStats.of([])


def test_the_rejects_are_keyed_in_the_stages_that_make_them_and_no_stage_reads_their_flatten():
    stages = _fused_stages("append")
    names = [n for stage in stages for n in stage]
    assert not [n for n in names if n.startswith("AllRejects/") or n.endswith("Rejects/Read") and "Group" not in n]
    (read,) = [s for s in stages if any(n.startswith("ReadInputs/Read/") for n in s)]
    assert len([n for n in read if n.startswith("Rejects/PartitionRejects")]) >= 2  # the parse's, the normalize's
    (write,) = [s for s in stages if "Rejects/GroupRejects/Read" in s]
    assert "Rejects/WriteRejects" in write


def test_the_rejects_of_nested_flattens_are_written_once_and_counted_by_reason(tmp_path):
    from datetime import datetime, timezone

    from newsbeam.schemas.records import Reject
    from newsbeam.transforms.composites.stage import StageRejects

    when = datetime(2026, 12, 1, tzinfo=timezone.utc)
    made = [Reject(f"s{k}", f"in{k}", "parse", reason, "", None, when)
            for k, reason in enumerate(["bad-xml", "bad-xml", "too-large", "bad-xml"])]
    cfg = WriteConfig(location=Location.of(str(tmp_path)), run_id="r1")
    with BeamTestPipeline(runner="FnApiRunner") as p:
        a = p | "A" >> beam.Create(made[:1], reshuffle=False)
        b = p | "B" >> beam.Create(made[1:3], reshuffle=False)
        c = p | "C" >> beam.Create(made[3:], reshuffle=False)
        nested = ((a, b) | "Inner" >> beam.Flatten(), c) | "Outer" >> beam.Flatten()
        counts = (nested | StageRejects(cfg)
                  | beam.Filter(lambda pair: pair[0].startswith(runstats.rejected("")))
                  | beam.CombinePerKey(sum))
        assert_that(counts, equal_to([(runstats.rejected("bad-xml"), 3), (runstats.rejected("too-large"), 1)]))
    written = [f for f in tmp_path.rglob("*.parquet")]
    import pyarrow.parquet as pq

    staged = sum(pq.read_table(f).num_rows for f in written)
    assert staged == 4
