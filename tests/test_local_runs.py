"""How a run on the local runner is planned: bounded chunks, worker processes, Beam's startup."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import apache_beam as beam
import pyarrow.dataset as pads
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.transforms import userstate

from newsbeam.pipeline import beam_speedups
from newsbeam.pipeline import run as runmod
from newsbeam.pipeline.build import RunConfig
from newsbeam.pipeline.cli import main
from tests.records import wire_jsonl
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.composites.write import WriteConfig

MB = 2**20


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(runmod.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


@pytest.mark.parametrize("argv, size, expected", [
    (["--runner=FnApiRunner"], 100 * MB, ["--direct_num_workers=2", "--direct_running_mode=multi_processing"]),
    (["--runner=DirectRunner"], 100 * MB, ["--direct_num_workers=2", "--direct_running_mode=multi_processing"]),
    (["--runner=FnApiRunner"], 1 * MB, []),  # small: starting workers costs more than it saves
    (["--runner=FnApiRunner"], 0, []),  # feeds only: the size is not known
    (["--runner=FnApiRunner", "--direct_num_workers=1"], 100 * MB, []),  # the user chose
    (["--runner=FnApiRunner", "--direct_running_mode=in_memory"], 100 * MB, []),
    (["--runner=PortableRunner", "--job_endpoint=localhost:1"], 100 * MB, []),
    (["--runner=pipeline.dask_runner.DaskRunner"], 100 * MB, []),
])
def test_local_workers_use_the_cores_for_large_inputs_only(two_cores, argv, size, expected):
    assert runmod.local_workers(argv, size) == expected


def test_local_workers_one_core(monkeypatch):
    monkeypatch.setattr(runmod.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert runmod.local_workers(["--runner=FnApiRunner"], 100 * MB) == []


def test_local_workers_are_capped(monkeypatch):
    monkeypatch.setattr(runmod.os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert runmod.local_workers(["--runner=FnApiRunner"], 100 * MB)[0] == \
        f"--direct_num_workers={runmod.MAX_LOCAL_WORKERS}"


def _config(tmp_path, inputs) -> RunConfig:
    return RunConfig(run_id="r", fetched_at=datetime(2026, 11, 25, tzinfo=timezone.utc), inputs=inputs,
                     write=WriteConfig(location=Location.of(str(tmp_path / "out")), run_id="r"))


def test_plan_chunks_gives_each_chunk_its_size(tmp_path):
    sizes = {f"f{i}.txt": (i + 1) * 1000 for i in range(5)}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    cfg = _config(tmp_path, (f"{tmp_path}/*.txt",))
    whole = runmod.plan_chunks(cfg, ["--runner=FnApiRunner"], 0)
    assert whole == [(cfg.inputs, sum(sizes.values()))]
    chunks = runmod.plan_chunks(cfg, ["--runner=FnApiRunner"], 6000)
    assert len(chunks) > 1
    assert sum(size for _, size in chunks) == sum(sizes.values())
    assert sorted(p.rsplit("/", 1)[1] for paths, _ in chunks for p in paths) == sorted(sizes)
    for paths, size in chunks:
        assert size == sum(sizes[p.rsplit("/", 1)[1]] for p in paths)
    # Elsewhere than the local runners the input is neither listed nor cut.
    assert runmod.plan_chunks(cfg, ["--runner=PortableRunner"], 6000) == [(cfg.inputs, 0)]


def test_a_large_input_runs_on_worker_processes_by_default(tmp_path, monkeypatch):
    monkeypatch.setattr(runmod, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(runmod.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    # (A distributed.LocalCluster of an earlier test sets MALLOC_TRIM_THRESHOLD_ in this process
    # through its in-process nannies: the run must leave whatever is there as it found it.)
    for name in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_ARENA_MAX"):
        monkeypatch.delenv(name, raising=False)
    before = {name: os.environ.get(name) for name in beam_speedups.LEAN_WORKER_ENVIRONMENT}
    inputs = wire_jsonl(tmp_path / "in", files=3, per_file=10)
    out = tmp_path / "out"
    assert main(["run", "--input", f"{inputs}/*.jsonl", "--output", str(out)]) == 0
    manifest = json.loads(next((out / "_runs").glob("*.json")).read_text())
    assert manifest["local_workers"] == ["--direct_num_workers=2", "--direct_running_mode=multi_processing"]
    assert manifest["summary"]["articles"] == 30
    assert pads.dataset(out / "quotes", partitioning="hive").count_rows() == 30
    # set for the workers only
    assert {name: os.environ.get(name) for name in beam_speedups.LEAN_WORKER_ENVIRONMENT} == before
    assert "MALLOC_MMAP_THRESHOLD_" not in os.environ and "MALLOC_ARENA_MAX" not in os.environ


def test_lean_workers_sets_what_the_environment_does_not_and_restores_it(monkeypatch):
    for name in beam_speedups.LEAN_WORKER_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")  # the user's choice wins
    with beam_speedups.lean_workers():
        assert os.environ["MALLOC_MMAP_THRESHOLD_"] == os.environ["MALLOC_TRIM_THRESHOLD_"] == str(32 * 2**20)
        assert os.environ["MALLOC_ARENA_MAX"] == "1"
        assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "jemalloc"
    assert not {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_ARENA_MAX"} & set(os.environ)
    assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "jemalloc"


class _Plain(beam.DoFn):
    def process(self, element):
        yield element


class _Stateful(beam.DoFn):
    COUNT = userstate.CombiningValueStateSpec("count", sum)

    def process(self, element, count=beam.DoFn.StateParam(COUNT)):
        yield element


def test_beam_speedups_remember_dofn_specs_and_option_views():
    beam_speedups.install()
    beam_speedups.install()  # idempotent
    from apache_beam.transforms import userstate as again

    for dofn in (_Plain(), _Stateful()):
        first = again.get_dofn_specs(dofn)
        assert again.get_dofn_specs(dofn) is first
    assert again.is_stateful_dofn(_Stateful()) and not again.is_stateful_dofn(_Plain())

    # DoFns with the same methods share one answer (Beam's pickled copies of a DoFn); a DoFn
    # whose instance holds a stateful bound method gets its own
    assert again.get_dofn_specs(_Plain()) is again.get_dofn_specs(_Plain())
    patched = _Plain()
    patched.process = _Stateful().process
    assert again.is_stateful_dofn(patched) and not again.is_stateful_dofn(_Plain())

    # a worker given new classes with every pipeline (pickled by value) keeps a bounded memo
    from newsbeam.pipeline import beam_inspect

    for i in range(beam_inspect.MAX_METHOD_SETS + 5):
        fresh = type(f"_Fresh{i}", (beam.DoFn,), {"process": lambda self, element: [element]})
        assert not again.is_stateful_dofn(fresh())
    memo = next(c.cell_contents for c in again.get_dofn_specs.__closure__
                if isinstance(c.cell_contents, dict))
    assert len(memo) <= beam_inspect.MAX_METHOD_SETS

    options = PipelineOptions(["--runner=FnApiRunner"])
    view = options.view_as(StandardOptions)
    assert options.view_as(StandardOptions) is view and view.runner == "FnApiRunner"
    view.runner = "PortableRunner"  # views share one dict of values
    assert PipelineOptions.view_as(options, StandardOptions).runner == "PortableRunner"
    other = PipelineOptions(["--runner=DirectRunner"])
    assert other.view_as(StandardOptions).runner == "DirectRunner"
