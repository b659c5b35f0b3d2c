"""pipeline.beam_early_workers: a run's worker processes are asked for before Beam translates
its graph, and the run's stages use those workers (no second set, nothing left running)."""
from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from newsbeam.pipeline import beam_early_workers, beam_speedups

MP = "--direct_running_mode=multi_processing"


@pytest.mark.parametrize("flags,expected", [
    ([MP, "--direct_num_workers=2"], True),
    ([MP, "--direct_num_workers=1"], False),
    (["--direct_num_workers=2"], False),  # threads in this process: no worker processes
    (["--direct_running_mode=in_memory"], False),
])
def test_only_a_run_of_worker_processes_starts_them_early(flags, expected):
    env = beam_early_workers.early_environment(PipelineOptions(flags))
    assert (env is not None) == expected
    if expected:
        assert env.urn == "beam:env:process:v1" or "subprocess" in env.urn


def test_the_early_workers_are_the_ones_the_stages_use(tmp_path, monkeypatch):
    from apache_beam.runners.portability.fn_api_runner import fn_runner, worker_handlers

    beam_speedups.install()
    made: list = []
    asked: list = []
    make = worker_handlers.WorkerHandlerManager.__init__
    get = worker_handlers.WorkerHandlerManager.get_worker_handlers

    def record_made(self, *args, **kwargs):
        made.append(self)
        make(self, *args, **kwargs)

    def record_asked(self, environment_id, num_workers):
        handlers = get(self, environment_id, num_workers)
        asked.append((self, environment_id, tuple(handlers)))
        return handlers

    monkeypatch.setattr(worker_handlers.WorkerHandlerManager, "__init__", record_made)
    monkeypatch.setattr(worker_handlers.WorkerHandlerManager, "get_worker_handlers", record_asked)
    out = tmp_path / "out.txt"
    with beam.Pipeline(runner=fn_runner.FnApiRunner(),
                       options=PipelineOptions([MP, "--direct_num_workers=2"])) as p:
        _ = (p | beam.Create(["a", "b", "c"], reshuffle=False) | beam.Map(str.upper)
             | beam.Map(lambda s, path=str(out): open(path, "a").write(s)))
    assert sorted(out.read_text()) == ["A", "B", "C"]
    assert len(made) == 1  # the one made early was adopted by the stages
    first = asked[0]
    assert first[1] == beam_early_workers._EARLY_ID and len(first[2]) == 2
    later = {handler for _, _, handlers in asked[1:] for handler in handlers}
    assert later == set(first[2])  # the stages ran on the two workers started early
    assert not beam_early_workers._early


def test_a_graph_without_the_early_environment_gets_a_manager_of_its_own():
    from apache_beam.portability.api import beam_runner_api_pb2
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    early = beam_early_workers.early_environment(PipelineOptions([MP, "--direct_num_workers=2"]))
    manager = worker_handlers.WorkerHandlerManager({beam_early_workers._EARLY_ID: early}, None)
    other = beam_runner_api_pb2.Environment(urn="beam:env:embedded_python:v1")
    assert not beam_early_workers.adopt(manager, {"env": other})
    assert beam_early_workers.adopt(manager, {"env": other, "env_1": early})
    assert set(manager._environments) == {"env", "env_1"}


def test_a_graph_that_fails_to_build_closes_the_workers_started_for_it():
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    beam_speedups.install()
    runner = fn_runner.FnApiRunner()
    options = PipelineOptions([MP, "--direct_num_workers=2"])
    with pytest.raises(ValueError), beam_early_workers.connecting(runner, options):
        assert id(runner._provision_info) in beam_early_workers._early
        raise ValueError("a graph that does not build")
    assert not beam_early_workers._early


def test_a_run_in_this_process_starts_no_worker_early():
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    beam_speedups.install()
    runner = fn_runner.FnApiRunner()
    assert not beam_early_workers.start(runner, PipelineOptions(["--direct_num_workers=1"]))
    assert not beam_early_workers._early
