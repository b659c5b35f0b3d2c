"""A worker process gets no bundle of a stage when its part of the stage's input is empty; a
stage with no input at all still runs once (pipeline/beam_empty_bundles.py, bench/README.md
"Stop 38, stages")."""
from __future__ import annotations

import collections

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.pipeline import beam_speedups
from newsbeam.pipeline.beam_empty_bundles import parts_to_run


def test_only_the_parts_with_input_get_a_bundle():
    assert parts_to_run([{"in": [b"x"]}, {"in": []}], False) == [0]
    assert parts_to_run([{"in": []}, {"in": [b"", b"y"]}], False) == [1]
    assert parts_to_run([{"in": [b"x"]}, {"in": [b"y"]}, {"in": [b""]}], False) == [0, 1]
    assert parts_to_run([{"a": [], "b": [b"z"]}, {"a": [b"x"], "b": []}], False) == [0, 1]


def test_a_stage_with_no_input_still_runs_once_and_timers_go_with_the_first_part():
    assert parts_to_run([{"in": []}, {"in": [b""]}], False) == [0]
    assert parts_to_run([{}, {}], False) == [0]
    assert parts_to_run([{"in": []}, {"in": [b"y"]}], True) == [0, 1]


class _CountBundles(beam.DoFn):
    """Emits, when its bundle ends, one element whatever the bundle read: how many bundles ran."""

    def finish_bundle(self):
        yield beam.utils.windowed_value.WindowedValue(
            "bundle", 0, (beam.transforms.window.GlobalWindow(),))


@pytest.fixture
def bundles(monkeypatch):
    """The inputs of every worker bundle run, by whether they held any bytes."""
    beam_speedups.install()
    seen: collections.Counter = collections.Counter()
    run = fn_runner.BundleManager.process_bundle

    def process_bundle(self, inputs, *args, **kwargs):
        seen["with input" if any(c for chunks in inputs.values() for c in chunks) else "empty"] += 1
        return run(self, inputs, *args, **kwargs)

    monkeypatch.setattr(fn_runner.BundleManager, "process_bundle", process_bundle)
    return seen


def _two_workers() -> PipelineOptions:
    return PipelineOptions(direct_num_workers=2, direct_running_mode="multi_threading")


def test_two_workers_run_no_empty_bundle_and_the_output_is_whole(bundles):
    with beam.Pipeline(runner="FnApiRunner", options=_two_workers()) as p:
        one_key = (p | beam.Create([("k", 1), ("k", 2)], reshuffle=False)
                   | beam.GroupByKey() | beam.MapTuple(lambda k, vs: (k, sorted(vs))))
        assert_that(one_key, equal_to([("k", [1, 2])]))
    assert bundles["empty"] == 0 and bundles["with input"] > 0


def test_an_empty_stage_runs_one_bundle_not_one_per_worker(bundles):
    with beam.Pipeline(runner="FnApiRunner", options=_two_workers()) as p:
        nothing = (p | beam.Create([1, 2, 3], reshuffle=False) | beam.Filter(lambda x: x > 9)
                   | beam.Map(lambda x: (x, x)) | beam.GroupByKey())
        counted = nothing | beam.ParDo(_CountBundles())  # the grouping's stage reads nothing
        assert_that(counted, equal_to(["bundle"]))  # one bundle, where Beam ran one per worker
    assert bundles["empty"] == 1
