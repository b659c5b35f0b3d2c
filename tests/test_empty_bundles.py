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


def test_a_connection_closed_before_its_worker_connects_ends_that_worker_at_once():
    """beam_early_workers.end_late_workers: Beam queued the end marker only for a connected
    worker, so a worker connecting after the close waited for a first request forever."""
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    beam_speedups.install()
    servicer = worker_handlers.BeamFnControlServicer(worker_manager=None)
    conn = servicer.get_conn_by_worker_id("late")
    conn.close()  # the run ends; this worker has not connected
    assert conn._push_queue.qsize() == 1  # the end marker waits for it (Beam's close queued none)
    requests = servicer.Control(iter(()), _Context(worker_id="late"))  # now it connects
    assert list(requests) == []  # its stream ends at once: no request, no wait


class _Context:
    def __init__(self, **metadata):
        self._metadata = metadata

    def invocation_metadata(self):
        return list(self._metadata.items())


_HANG = 180  # seconds: the run takes a few (two workers importing Beam); past this it is hung
_LATE_WORKER_RUN = """
import sys, threading
import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import fn_runner, worker_handlers
from newsbeam.pipeline import beam_speedups

beam_speedups.install()
conn_class = worker_handlers.ControlConnection
let_in, closed = {}, set()  # a connection is let in once a request was queued for it or it was closed
push, close, set_input = conn_class.push, conn_class.close, conn_class.set_input
def event(conn):
    return let_in.setdefault(id(conn), threading.Event())
def pushed(self, req):
    future = push(self, req)
    event(self).set()
    return future
def closing(self):
    close(self)
    closed.add(id(self))
    event(self).set()
def connecting(self, stream):
    event(self).wait()
    print("connected after its close" if id(self) in closed else "connected with work", flush=True)
    return set_input(self, stream)
conn_class.push, conn_class.close, conn_class.set_input = pushed, closing, connecting
with beam.Pipeline(runner=fn_runner.FnApiRunner(), options=PipelineOptions(
        ["--direct_running_mode=multi_processing", "--direct_num_workers=2"])) as p:
    _ = p | beam.Create(["a", "b", "c"], reshuffle=False) | beam.Map(str.upper)  # one stage, one bundle
print("run ended", flush=True)
"""


def test_a_worker_that_gets_no_bundle_and_connects_after_the_close_does_not_hang_the_run():
    """The stop 38 hang (bench/README.md, "Stop 39, scale3"): with empty bundles skipped, a
    one-bundle run leaves one of two workers without work; held back until its connection is
    closed, it connects late, and ``close_all`` waited for it forever. The run must end."""
    import os
    import signal
    import subprocess
    import sys

    # its own session, so that a hung run's worker processes (which hold its pipes) go with it
    run = subprocess.Popen([sys.executable, "-c", _LATE_WORKER_RUN], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = run.communicate(timeout=_HANG)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the run hung in close_all: a worker that connected after its close was never ended")
    assert run.returncode == 0, err[-2000:]
    lines = out.splitlines()
    assert sorted(lines[:2]) == ["connected after its close", "connected with work"]
    assert lines[2:] == ["run ended"]


_EMPTY_BUNDLES_ALONE = """
from apache_beam.runners.portability.fn_api_runner import worker_handlers
from newsbeam.pipeline import beam_empty_bundles
beams = worker_handlers.ControlConnection.close
beam_empty_bundles.install()
beam_empty_bundles.install()  # idempotent: wrapped once
print(getattr(worker_handlers.ControlConnection.close, "__wrapped__", None) is beams)
"""


def test_empty_bundles_installs_the_close_patch_itself():
    """Skipping empty bundles may leave a worker with none to connect for: ``install`` alone
    (without ``beam_early_workers.install``) must patch ``ControlConnection.close`` once."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _EMPTY_BUNDLES_ALONE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["True"]
