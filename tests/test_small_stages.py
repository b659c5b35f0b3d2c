"""The small stages of a run (bench/README.md, "Stop 35, scaling"): with worker processes each
fused stage costs every process a bundle (20-25 ms of CPU each), so the run's bookkeeping is
folded where it adds no shuffle: the guid renames are met in the decide stage from its side
inputs, an append run's empty "overwrite" set is a constant, the statistics are one global
combine, and the new articles' sizes leave the read stage summed per bundle, as a side input
of the index summary (no Flatten of their own)."""
from __future__ import annotations

import json

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.pipeline.run import _read_stats
from newsbeam.schemas.runstats import RunStats
from newsbeam.transforms import partitions
from newsbeam.transforms.composites.decide import _SizesPerBundle
from newsbeam.transforms.composites.stage import StageStats
from newsbeam.transforms.composites.write_config import WriteConfig
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location
from tests.records import article
from tests.test_scaling import _fused_stages

_GONE = ("MeetGuids", "AllRenames", "ResolveRenames", "NoOverwrite", "CollectStats", "GuidKeys", "AllSizes")


@pytest.mark.parametrize("mode, most", [("append", 25), ("overwrite", 28)])
def test_the_runs_bookkeeping_makes_no_stage_of_its_own(mode, most):
    stages = _fused_stages(mode)
    names = [n for stage in stages for n in stage]
    assert not [n for n in names if any(gone in n for gone in _GONE)]
    assert len(stages) <= most, len(stages)  # 33 and 35 on main 16acd78
    stats_stages = [s for s in stages if any(n.startswith("Stats/SumStats/") for n in s)]
    assert len(stats_stages) == 2, stats_stages  # the bundle sums, then the one global merge
    (decide,) = [s for s in stages if any(n.startswith("Decide/Decide/") for n in s)]
    assert "Decide/NewSizes" not in decide


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


def _staged_stats(tmp_path, pairs):
    cfg = WriteConfig(location=Location.of(str(tmp_path)), run_id="r1")
    with BeamTestPipeline(runner="FnApiRunner") as p:
        sums = (p | beam.Create(pairs, reshuffle=False), p | "More" >> beam.Create([])) | StageStats(cfg)
        assert_that(sums, equal_to(_summed(pairs)))
    return cfg


def _summed(pairs):
    out: dict[str, int] = {}
    for name, n in pairs:
        out[name] = out.get(name, 0) + n
    return sorted(out.items())


def test_the_statistics_are_summed_once_and_written_for_the_main_process(tmp_path):
    pairs = [("entries", 3), ("articles_new", 2), ("entries", 4), ("articles_duplicate", 0)]
    cfg = _staged_stats(tmp_path, pairs)
    path = tmp_path / layout.run_stats("r1")
    assert json.loads(path.read_text()) == json.loads(RunStats.of(pairs).to_json())
    assert _read_stats(cfg.location, "r1") == RunStats.of(pairs)


def test_a_run_that_counted_nothing_writes_no_statistics_and_reads_as_empty(tmp_path):
    cfg = _staged_stats(tmp_path, [])
    assert not (tmp_path / layout.run_stats("r1")).exists()
    assert _read_stats(cfg.location, "r1") == RunStats() == RunStats.of([])
