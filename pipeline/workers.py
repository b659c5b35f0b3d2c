"""Worker processes of a local run, started once, early, and without pandas.

Beam's FnApiRunner, with ``--direct_running_mode=multi_processing``, starts its SDK worker
processes (``python -m apache_beam.runners.worker.sdk_worker_main``) only once the graph is
built, and each one imports Beam and newsbeam before it can take a bundle: 1.8 to 3.3 s of CPU
per worker (bench/README.md, "Where the time goes"), on the critical path, and again for every
bounded run of a large input. Here instead:

* **early**: ``newsbeam run`` with ``--direct_num_workers=N`` starts them (``start_early``) as
  soon as its arguments are parsed, before this process imports Beam, and ``run.run_batch``
  adopts them (``warm_pool``); otherwise ``run_batch`` starts them before it builds the first
  graph. Either way their imports overlap the main process's. Started at graph time, the
  workers were still importing when the first stage came: it waited 2.5 s for them on the 4k
  feed corpus (bench/README.md, "Timeline per stage");
* **once**: a worker serves one pipeline after another (one per bounded run) until the pool is
  closed, so the imports are paid once per ``newsbeam run``, not once per 64 MB;
* **lean**: a worker refuses pandas (``refuse_pandas``). Nothing in newsbeam uses it, but
  pyarrow imports it on first use of most calls (``pa.array`` on a list, ``Schema.empty_table``,
  ``Table.from_pylist``, ``import pyarrow.dataset``: its C++ conversion and its pandas shim look
  for pandas), 0.3 s of CPU per process; pyarrow works the same without it for newsbeam's types
  (no nanosecond timestamps, no pandas objects in its rows).

A pool worker is handed a pipeline by Beam's own ``SubprocessSdkWorker.run`` (patched in
``beam_speedups.use_warm_workers``): the environment Beam would give a new process (its control
and logging addresses, pipeline options, worker id) travels as one JSON line on the worker's
stdin; the worker runs Beam's ``sdk_worker_main.main`` with it and answers one line, its exit
status, when the runner closes the pipeline's control channel. A worker that dies or fails is
not reused; when the pool has no idle worker, Beam starts its own process as before.
"""
from __future__ import annotations

import contextlib
import importlib.abc
import json
import logging
import os
import subprocess
import sys
import threading

log = logging.getLogger("newsbeam")

# The modules a worker needs to run newsbeam's stages, imported before it takes its first
# pipeline: Beam's harness, and the modules the pickled DoFns live in.
PRELOAD = (
    "apache_beam.runners.worker.sdk_worker_main",
    "apache_beam.runners.worker.bundle_processor",
    "newsbeam.pipeline.build",
    "newsbeam.transforms.composites.write",
    "newsbeam.transforms.io.dataset",
    "pyarrow.parquet",
    "pyarrow.compute",
)


# --------------------------------------------------------------------------- pandas


class _RefusePandas(importlib.abc.MetaPathFinder):
    """``import pandas`` raises ModuleNotFoundError, as if it were not installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r} (newsbeam keeps pandas out of this process)",
                                      name=name)
        return None


@contextlib.contextmanager
def pandas_refused():
    """pandas cannot be imported inside this block, unless it is loaded already (then nothing
    changes). For a run in this process: its Arrow calls then skip pandas (see above).

    After the block pandas imports as usual; pyarrow, which looked once and found none, keeps
    treating it as absent where it only would have preferred it (``as_py`` of a nanosecond
    timestamp gives a ``datetime``, not a ``pandas.Timestamp``), and loads it again where it
    needs it (``to_pandas``).
    """
    if "pandas" in sys.modules:
        yield
        return
    finder = _RefusePandas()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)


def in_process(beam_argv: list[str]):
    """The context of a pipeline the local runner runs in this process: pandas refused (see
    ``pandas_refused``). Another runner's client (Dask's, a portable job's) is left alone."""
    from newsbeam.pipeline.options import is_local_runner

    return pandas_refused() if is_local_runner(beam_argv) else contextlib.nullcontext()


def refuse_pandas() -> None:
    """For good, in a worker process (see ``pandas_refused``); a no-op once pandas is loaded."""
    if "pandas" not in sys.modules and not any(isinstance(f, _RefusePandas) for f in sys.meta_path):
        sys.meta_path.insert(0, _RefusePandas())


# --------------------------------------------------------------------------- the main process side


def worker_count(beam_argv: list[str]) -> int:
    """How many SDK worker processes the local runner starts for these flags (0 when none)."""
    from newsbeam.pipeline.options import beam_flag
    from newsbeam.pipeline.options import is_local_runner

    if not is_local_runner(beam_argv) or beam_flag(beam_argv, "--direct_running_mode") != "multi_processing":
        return 0
    try:
        n = int(beam_flag(beam_argv, "--direct_num_workers") or 1)
    except ValueError:
        return 0
    return n if n > 0 else (os.cpu_count() or 1)


class _Worker:
    """One pool process: its pipes, and whether it can take another pipeline."""

    def __init__(self, env: dict[str, str]):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsbeam.pipeline.workers"], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        assert self.process.stdin is not None and self.process.stdout is not None  # both PIPE
        self.commands, self.answers = self.process.stdin, self.process.stdout

    def serve(self, env: dict[str, str]) -> int:
        """Hand the worker one pipeline (Beam's environment for it); its exit status when the
        pipeline is over, or a negative number when the worker is gone."""
        try:
            self.commands.write(json.dumps(env) + "\n")
            self.commands.flush()
            answer = self.answers.readline()
        except (BrokenPipeError, OSError, ValueError):
            return -1
        try:
            return int(answer)
        except ValueError:  # EOF: the worker died with the pipeline
            return -1

    def close(self, timeout: float) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.commands.close()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError, ValueError):
            self.answers.close()


class WarmPool:
    """``n`` worker processes, started now, handed out one pipeline at a time."""

    def __init__(self, n: int, env: dict[str, str]):
        self._lock = threading.Lock()
        self._idle = [_Worker(env) for _ in range(n)]
        self._all = list(self._idle)
        self.served = 0

    def take(self) -> _Worker | None:
        with self._lock:
            return self._idle.pop() if self._idle else None

    def give_back(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self.served += 1
            if healthy:
                self._idle.append(worker)
                return
        worker.close(timeout=0)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            workers, self._idle = self._all, []
        for worker in workers:
            worker.close(timeout)


_pool: WarmPool | None = None
_early: WarmPool | None = None


def start_early(n: int) -> None:
    """Start the ``n`` pool workers of a run now (see the module's docstring): with the lean
    workers' environment and this process as the run's, as ``run.run_batch`` would. A pool
    nobody adopts is closed at exit."""
    global _early
    if n <= 1 or _early is not None:
        return
    import atexit

    from newsbeam.pipeline import beam_speedups
    from newsbeam.transforms.io.commit import RUN_PID_ENV

    with beam_speedups.lean_workers():
        env = dict(os.environ)
    env[RUN_PID_ENV] = str(os.getpid())
    _early = WarmPool(n, env)
    atexit.register(_close_early)


def _close_early() -> None:
    global _early
    pool, _early = _early, None
    if pool is not None:
        pool.close()


def early_worker_count(beam_argv: list[str]) -> int:
    """The worker processes the local runner will use for flags given on the command line
    (``--direct_num_workers=N``, with no other runner or running mode), before anything
    that imports Beam parses them; 0 when they do not say."""
    n, runner, mode = 0, "", "multi_processing"
    for i, arg in enumerate(beam_argv):
        name, eq, value = arg.partition("=")
        if not eq and i + 1 < len(beam_argv) and not beam_argv[i + 1].startswith("-"):
            value = beam_argv[i + 1]
        if name == "--direct_num_workers":
            n = int(value) if value.isdigit() else 0
        elif name == "--runner":
            runner = value
        elif name == "--direct_running_mode":
            mode = value
    if runner.rsplit(".", 1)[-1] not in ("", "DirectRunner", "FnApiRunner", "SwitchingDirectRunner"):
        return 0
    return n if mode == "multi_processing" else 0


def current_pool() -> WarmPool | None:
    return _pool


@contextlib.contextmanager
def warm_pool(n: int, env: dict[str, str] | None = None):
    """Start ``n`` worker processes now, for the local runner's pipelines run inside this block
    (see the module's docstring); closed, and their processes ended, after it."""
    global _pool, _early
    if n <= 0 or _pool is not None:
        yield None
        return
    from newsbeam.pipeline import beam_speedups

    beam_speedups.use_warm_workers(current_pool)
    if _early is not None and len(_early._all) == n and env is None:
        pool, _early = _early, None  # started by start_early, as this would start them
    else:
        _close_early()
        pool = WarmPool(n, dict(os.environ if env is None else env))
    _pool = pool
    try:
        yield pool
    finally:
        _pool = None
        pool.close()


@contextlib.contextmanager
def for_run(beam_argvs: list[list[str]]):
    """The pool for a run whose bounded runs use these Beam flags: as many workers as the
    largest asks for, started now with the lean workers' environment (``beam_speedups``), or
    none when every bounded run stays in this process."""
    n = max((worker_count(argv) for argv in beam_argvs), default=0)
    if n <= 0:
        yield None
        return
    from newsbeam.pipeline import beam_speedups

    with beam_speedups.lean_workers(), warm_pool(n) as pool:
        yield pool


# --------------------------------------------------------------------------- the worker side


def _serve() -> int:
    """A pool worker's life: preload, then one pipeline per line of stdin, until it closes."""
    from newsbeam.pipeline import beam_speedups

    beam_speedups.import_beam_without_pandas()
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    refuse_pandas()
    root = logging.getLogger()
    for handler in root.handlers[:]:
        # a stderr handler Beam's import may have set up (logging.basicConfig, by its first
        # root-level warning): a worker's log goes to the runner, which logs it once
        root.removeHandler(handler)
    import pyarrow.lib

    pyarrow.lib._pandas_api.have_pandas  # noqa: B018 (its shim looks once, and remembers: none)
    from apache_beam.runners.worker import sdk_worker_main

    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # whatever a stage prints goes to stderr
    for line in sys.stdin:
        env = json.loads(line)
        os.environ.update(env)
        handlers = list(root.handlers)
        status = 0
        try:
            sdk_worker_main.main([])
        except Exception:  # noqa: BLE001 (Beam logged it; the runner sees the status)
            status = 1
        finally:
            for handler in root.handlers[:]:  # the harness's handler to the runner's log server
                if handler not in handlers:
                    root.removeHandler(handler)
        try:
            answers.write(f"{status}\n")
        except OSError:  # the run's process is gone: so is this worker's purpose
            return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(_serve())
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group; the run reports it
        sys.exit(130)
