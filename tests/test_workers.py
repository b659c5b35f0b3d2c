"""The local runner's worker processes (pipeline/workers.py, issue 20): started once per run and
reused by its bounded runs, without pandas, and the dataset the same as one process writes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from newsbeam.pipeline import workers
from newsbeam.pipeline.cli import main

from tests.test_runners import ROOT, assert_same_dataset, snapshot

MP = "--direct_running_mode=multi_processing"


@pytest.mark.parametrize("argv, n", [
    (["--runner=FnApiRunner", "--direct_num_workers=2", MP], 2),
    (["--runner=DirectRunner", "--direct_num_workers", "3", "--direct_running_mode", "multi_processing"], 3),
    (["--runner=FnApiRunner", "--direct_num_workers=2"], 0),  # Beam's threads: no processes
    (["--runner=FnApiRunner", "--direct_num_workers=1"], 0),
    (["--runner=FnApiRunner"], 0),
    (["--runner=DaskRunner", "--direct_num_workers=2", MP], 0),  # not a local runner
])
def test_worker_count_is_the_local_runners_processes(argv, n):
    assert workers.worker_count(argv) == n


def test_no_pool_when_every_bounded_run_stays_in_this_process():
    with workers.for_run([["--runner=FnApiRunner"], ["--runner=FnApiRunner", "--direct_num_workers=1"]]) as pool:
        assert pool is None and workers.current_pool() is None


def test_pandas_refused_inside_the_block_only():
    if "pandas" in sys.modules:  # then the block changes nothing, by design
        with workers.pandas_refused():
            import pandas  # noqa: F401
        return
    with workers.pandas_refused(), pytest.raises(ModuleNotFoundError):
        import pandas  # noqa: F401
    assert not any(isinstance(f, workers._RefusePandas) for f in sys.meta_path)


def test_a_worker_runs_newsbeams_arrow_code_without_loading_pandas(tmp_path):
    """What a pool worker does before its first pipeline, then the Arrow calls that load pandas
    otherwise (pa.array on a list, empty_table, from_pylist, pyarrow.dataset, a Parquet round
    trip, an index shard read) all work, and pandas is never loaded."""
    code = f"""
import sys
from newsbeam.pipeline import workers
workers.refuse_pandas()
import pyarrow as pa, pyarrow.dataset, pyarrow.parquet as pq
from newsbeam.schemas.tables import INDEX as INDEX_SCHEMA
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.io.index import read_index_table
s = pa.schema([("a", pa.int64()), ("t", pa.timestamp("us", tz="UTC"))])
t = pa.Table.from_pylist([{{"a": 1, "t": None}}], schema=s)
pq.write_table(pa.concat_tables([s.empty_table(), t]), {str(tmp_path / "x.parquet")!r})
assert pq.read_table({str(tmp_path / "x.parquet")!r}).to_pylist() == [{{"a": 1, "t": None}}]
assert pa.array([1, 2]).to_pylist() == [1, 2]
assert read_index_table(Location.of({str(tmp_path)!r}), 0).schema == INDEX_SCHEMA
print("pandas" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "False"


def _padded_inputs(directory: Path, n_files: int, per_file: int, pad: int) -> Path:
    """JSONL files of ``pad`` bytes or more each (JSON whitespace inside each object), so that
    ``--chunk-mb 1`` cuts them into several bounded runs; later files update earlier articles."""
    directory.mkdir()
    for f in range(n_files):
        lines = []
        for i in range(per_file):
            k = i if f and i % 4 == 0 else f * per_file + i  # every fourth comes again, changed
            row = {"title": f"Quay report {k}" + (f" (update {f})" if f and i % 4 == 0 else ""),
                   "url": f"https://workers.example/{k}", "published": f"2026-11-{1 + k % 7:02d}T08:00:00Z",
                   "body": f"The board approved plan {k}.\n\n“Plan {k} is overdue,” said Ana Ruiz."}
            text = json.dumps(row, ensure_ascii=False)
            lines.append(text[:-1] + " " * (pad // per_file) + "}")
        (directory / f"part-{f}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


@pytest.mark.slow  # three runs, two of them with two worker processes: ~1 min
def test_bounded_runs_share_the_pools_workers_and_write_what_one_process_writes(tmp_path, monkeypatch):
    inputs = _padded_inputs(tmp_path / "in", n_files=3, per_file=30, pad=700_000)
    served: list[tuple[int, int]] = []
    close = workers.WarmPool.close

    def record(pool, timeout=10.0):
        served.append((len(pool._all), pool.served))
        close(pool, timeout)

    monkeypatch.setattr(workers.WarmPool, "close", record)
    chunked, whole = tmp_path / "chunked", tmp_path / "whole"
    argv = ["run", "--input", f"{inputs}/*.jsonl", "--runner", "FnApiRunner", "-q"]
    assert main([*argv, "--output", str(chunked), "--chunk-mb", "1", "--direct_num_workers=2"]) == 0
    manifest = json.loads(next((chunked / "_runs").glob("*.json")).read_text())
    assert manifest["bounded_runs"] == 3 and MP in manifest["beam_args"]
    assert served == [(2, 2 * 3)]  # two processes, each serving all three bounded runs
    assert main([*argv, "--output", str(whole), "--chunk-mb", "0", "--direct_num_workers=1"]) == 0
    assert served == [(2, 6)]  # one process: no pool
    assert_same_dataset(snapshot(chunked), snapshot(whole))


def test_only_the_local_runner_in_this_process_refuses_pandas():
    """Another runner's client (Dask's) may need pandas: it is left alone."""
    import contextlib

    assert isinstance(workers.in_process(["--runner=DaskRunner"]), contextlib.nullcontext)
    assert not isinstance(workers.in_process(["--runner=FnApiRunner"]), contextlib.nullcontext)


@pytest.mark.parametrize("flags, expected", [
    (["--direct_num_workers=2"], 2),
    (["--direct_num_workers", "3"], 3),
    (["--direct_num_workers=2", "--direct_running_mode=multi_processing"], 2),
    (["--direct_num_workers=2", "--direct_running_mode=multi_threading"], 0),
    (["--direct_num_workers=2", "--runner", "DaskRunner"], 0),
    (["--direct_num_workers=x"], 0),
    ([], 0),
])
def test_the_workers_started_before_beam_is_imported_are_those_the_flags_ask_for(flags, expected):
    from newsbeam.pipeline.workers import early_worker_count

    assert early_worker_count(flags) == expected


@pytest.mark.parametrize("argv, expected", [
    (["run", "--input", "x", "--output", "y", "--direct_num_workers=2"], [2]),
    (["-q", "run", "--direct_num_workers", "2", "--input", "x"], [2]),
    (["run", "--input", "x", "--output", "y"], [0]),
    (["extract", "--direct_num_workers=2", "x"], []),
    (["inspect", "run", "--direct_num_workers=2"], []),
    (["run", "--help", "--direct_num_workers=2"], []),
    ([], []),
])
def test_the_command_line_starts_a_runs_workers_before_it_builds_its_parser(monkeypatch, argv, expected):
    from newsbeam.pipeline import cli, workers

    asked = []
    monkeypatch.setattr(workers, "start_early", asked.append)
    cli.start_workers_early(argv)
    assert asked == expected


def test_starting_the_workers_early_imports_neither_beam_nor_pyarrow():
    code = ("import sys; from newsbeam.pipeline import cli, workers; workers.WarmPool = type('Pool', (), {'__init__': lambda s, n, env, **kw: None, 'close': lambda s: None}); "
            "cli.start_workers_early(['run', '--direct_num_workers=2']); "
            "print(sorted(m for m in ('apache_beam', 'pyarrow', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_run_adopts_the_workers_started_early_and_closes_them_after(monkeypatch):
    from newsbeam.pipeline import workers
    from newsbeam.transforms.io.commit import RUN_PID_ENV

    started = []

    class Recorded(workers.WarmPool):
        def __init__(self, n, env, **kwargs):
            started.append((n, env.get(RUN_PID_ENV)))
            super().__init__(n, env, **kwargs)

    monkeypatch.setattr(workers, "WarmPool", Recorded)
    workers.start_early(2)
    early = workers._early
    assert early is not None and started == [(2, str(os.getpid()))]
    with workers.warm_pool(2) as pool:
        assert pool is early and workers._early is None
    assert len(started) == 1  # adopted, not started again
    assert all(w.process.poll() is not None for w in early._all)


def _children_of(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _wait_for(condition, seconds: float = 120.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


linux_only = pytest.mark.skipif(not workers.fork_from_one_process(), reason="workers are forked on Linux only")


@linux_only
def test_the_pool_process_imports_without_starting_a_thread_so_it_can_fork():
    """What the pool process does before it forks its workers leaves it with one thread (a
    fork copies only the forking thread: another one's held lock would stay held for good)."""
    code = "from newsbeam.pipeline import workers\nworkers._preload()\nprint(workers.threads_at_fork())"
    env = {**os.environ, **workers.SINGLE_THREADED_IMPORTS}  # as the pool process gets them
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "1"


def test_what_the_stages_load_on_first_use_is_loaded_before_the_workers_are_forked():
    """The quote extractor, pyarrow's group-by and the IDNA codec, which the stages import only
    when they first run (so that the graph's process never loads them), are in the pool
    process's preload: a forked worker shares them instead of importing them again. pandas
    stays out of it (``pyarrow.acero`` loads it when it may)."""
    code = "\n".join([
        "import sys",
        "from newsbeam.pipeline import workers",
        "workers._preload()",
        "before = set(sys.modules)",
        "from newsbeam.transforms.quotes.extract import extract_quotes",
        "extract_quotes('Bridge plans', (), 'The plan is late, \"but it will open in May,\" said Ada Moss, the mayor.')",
        "from newsbeam.transforms.urls import canonicalize_url",
        "canonicalize_url('https://b\u00fccher.example/a?b=1')",
        "import pyarrow as pa",
        "pa.table({'p': [1, 1, 2], 'n': [1, 2, 3]}).group_by('p').aggregate([('n', 'max')])",
        "print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in ('newsbeam', 'pyarrow', 'encodings')))",
        "print('pandas' in sys.modules)",
    ])
    env = {**os.environ, **workers.SINGLE_THREADED_IMPORTS}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["[]", "False"]  # and pyarrow's group-by did not bring pandas


def test_what_each_worker_imported_after_the_fork_is_loaded_before_it():
    """ftfy (with wcwidth and its sloppy code pages), which ``mojibake.repair`` imports on the
    first text that may hold mojibake, and the gRPC channel modules the harness imports when it
    connects: after the preload, a worker's first use of them imports nothing more."""
    code = "\n".join([
        "import sys",
        "from newsbeam.pipeline import workers",
        "workers._preload()",
        "from newsbeam.pipeline.worker_preload import AFTER_FORK_MODULES",
        "print(sorted(m for m in AFTER_FORK_MODULES if m not in sys.modules))",
        "before = set(sys.modules)",
        "from newsbeam.transforms.formats.mojibake import repair",
        "print(repair('The caf\u00c3\u00a9 opens at ten'))",
        "import grpc",
        "channel = grpc.insecure_channel('localhost:9')",
        "grpc.intercept_channel(channel)",
        "channel.close()",
        "print(sorted(m for m in set(sys.modules) - before",
        "             if m.split('.')[0] in ('ftfy', 'wcwidth', 'grpc', 'encodings', 'secrets')))",
    ])
    env = {**os.environ, **workers.SINGLE_THREADED_IMPORTS}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines() == ["[]", "The caf\u00e9 opens at ten", "[]"]


@linux_only
def test_the_pools_workers_are_forked_from_one_process_and_end_with_it():
    pool = workers.WarmPool(2, dict(os.environ))
    try:
        assert len(pool.processes) == 1 and {w.process for w in pool._all} == set(pool.processes)
        pid = pool.processes[0].pid
        assert _wait_for(lambda: len(_children_of(pid)) == 2)  # forked once the imports are done
        forked = _children_of(pid)
        pool.close(timeout=30)
        assert pool.processes[0].returncode == 0
        assert not any(Path(f"/proc/{c}").exists() for c in forked)
    finally:
        pool.close(timeout=0)


def test_the_pool_process_leaves_without_the_interpreters_exit_but_with_its_output_and_status():
    """Once its workers are done the pool process ends at once (its interpreter's own exit took
    0.8-1.1 s of wall at load, waited for by the run after its last stage): what it printed is
    flushed and its status kept; no exit handler runs."""
    code = ("import atexit, sys\n"
            "atexit.register(print, 'finalized')\n"
            "print('printed', end='')\n"
            "sys.stderr.write('said')\n"
            "from newsbeam.pipeline.workers import _leave\n"
            "_leave(3)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert (done.returncode, done.stdout, done.stderr[-4:]) == (3, "printed", "said")


@linux_only
def test_killing_the_pool_process_ends_its_forked_workers():
    import signal

    pool = workers.WarmPool(2, dict(os.environ))
    try:
        pid = pool.processes[0].pid
        assert _wait_for(lambda: len(_children_of(pid)) == 2)
        forked = _children_of(pid)
        os.kill(pid, signal.SIGKILL)
        pool.processes[0].wait(30)
        assert _wait_for(lambda: not any(_alive(c) for c in forked), 30)
    finally:
        pool.close(timeout=0)


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


@linux_only
def test_each_pool_worker_runs_with_the_lean_memory_settings(monkeypatch):
    """The glibc and Arrow settings of ``beam_speedups.LEAN_WORKER_ENVIRONMENT`` reach every
    forked worker of a run's pool, and stay out of this process."""
    from newsbeam.pipeline import beam_speedups

    for name in beam_speedups.LEAN_WORKER_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    flags = ["--runner=FnApiRunner", "--direct_num_workers=2", "--direct_running_mode=multi_processing"]
    with workers.for_run([flags]) as pool:
        pid = pool.processes[0].pid
        assert _wait_for(lambda: len(_children_of(pid)) == 2)
        for worker in _children_of(pid):
            environ = dict(line.split("=", 1) for line in
                           Path(f"/proc/{worker}/environ").read_text().split("\0") if "=" in line)
            assert {name: environ.get(name) for name in beam_speedups.LEAN_WORKER_ENVIRONMENT} == \
                beam_speedups.LEAN_WORKER_ENVIRONMENT
    assert not set(beam_speedups.LEAN_WORKER_ENVIRONMENT) & set(os.environ)


def test_the_runner_sets_its_malloc_thresholds_without_starting_a_process():
    """``return_freed_memory`` finds glibc's ``mallopt`` among this process's own symbols; it
    used to ask ``ldconfig -p`` (``ctypes.util.find_library``: a fork of the runner) each
    bounded run. Run in a child: the thresholds it sets stay out of the test process."""
    code = "\n".join([
        "import subprocess",
        "def refused(self, args, *rest, **kwargs):",
        "    raise AssertionError(f'a process was started: {args!r}')",
        "subprocess.Popen.__init__ = refused",
        "from newsbeam.pipeline import beam_speedups",
        "beam_speedups.return_freed_memory()",
        "print('set')",
    ])
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["set"]
