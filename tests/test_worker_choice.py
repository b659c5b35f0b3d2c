"""How many worker processes a run chooses from its command line, before its parser is built."""
from __future__ import annotations

import os

import pytest

from newsbeam.pipeline import worker_choice
from newsbeam.pipeline.worker_choice import PARALLEL_MIN_BYTES, default_worker_count

CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _file(path, size: int) -> str:
    with open(path, "wb") as fh:
        fh.truncate(size)
    return str(path)


def test_a_large_local_input_gets_one_worker_per_core(tmp_path):
    _file(tmp_path / "a.jsonl", PARALLEL_MIN_BYTES // 2)
    _file(tmp_path / "b.jsonl", PARALLEL_MIN_BYTES // 2)
    expected = min(CORES, worker_choice.MAX_LOCAL_WORKERS) if CORES >= 2 else 0
    assert default_worker_count(["--input", str(tmp_path / "*.jsonl"), "--output", "o"]) == expected
    assert default_worker_count([f"--input={tmp_path}/**", "--output", "o"]) == expected


@pytest.mark.parametrize("flags", [
    ["--direct_num_workers=1"], ["--direct_running_mode", "in_memory"], ["--runner=DaskRunner"],
])
def test_a_flag_that_chooses_the_runner_or_its_workers_is_left_to_decide(tmp_path, flags):
    big = _file(tmp_path / "big.jsonl", PARALLEL_MIN_BYTES)
    assert default_worker_count(["--input", big, *flags]) == 0


def test_a_small_input_hidden_files_and_remote_inputs_get_none(tmp_path):
    small = _file(tmp_path / "small.jsonl", 1000)
    _file(tmp_path / ".hidden.jsonl", PARALLEL_MIN_BYTES)
    assert default_worker_count(["--input", small]) == 0
    assert default_worker_count(["--input", str(tmp_path / "*")]) == 0
    assert default_worker_count(["--input", "s3://bucket/big/*", "--feeds", "feeds.yaml"]) == 0
    assert default_worker_count([]) == 0


def test_the_count_stops_once_the_input_is_large_enough(tmp_path):
    for i in range(5):
        _file(tmp_path / f"f{i}.jsonl", PARALLEL_MIN_BYTES)
    assert worker_choice._input_bytes(["--input", str(tmp_path / "*.jsonl")], PARALLEL_MIN_BYTES) == PARALLEL_MIN_BYTES


@pytest.mark.parametrize("flags, hands", [
    ([], 1),
    (["--direct_num_workers=3", "--direct_running_mode=multi_processing"], 3),
    (["--direct_num_workers", "2"], 2),
    (["--direct_num_workers=0"], os.cpu_count() or 1),  # Beam's count: multiprocessing.cpu_count()
    (["--runner=DirectRunner", "--direct_num_workers=2"], 2),
    (["--runner=DaskRunner", "--dask_npartitions=2"], 0),  # Dask deals the files itself
    (["--runner", "DataflowRunner", "--direct_num_workers=2"], 0),
])
def test_the_files_are_dealt_to_as_many_hands_as_the_local_runner_has_workers(flags, hands):
    from newsbeam.pipeline.options import beam_args, local_hands

    assert local_hands(beam_args(flags)) == hands  # as run_batch gets them: the runner named
