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
  (no nanosecond timestamps, no pandas objects in its rows);
* **imported once**: on Linux the pool is one process, ``python -m newsbeam.pipeline.workers``,
  that imports Beam's harness and newsbeam's stage modules once and then forks the ``n``
  workers, which share those imports (copy on write) instead of each importing them again
  (about 1.9 s of CPU per worker; with two workers and the main process importing at the same
  time, three processes competed for two cores before the first stage). Nothing in the pool
  process has started a thread when it forks (``tests/test_workers.py``); a forked worker dies
  with its pool process (``PR_SET_PDEATHSIG``), and the pool process waits for its workers.
  Elsewhere each worker is a process of its own.

A pool worker is handed a pipeline by Beam's own ``SubprocessSdkWorker.run`` (patched in
``beam_speedups.use_warm_workers``): the environment Beam would give a new process (its control
and logging addresses, pipeline options, worker id) travels as one JSON line on the worker's
command pipe; the worker runs Beam's ``sdk_worker_main.main`` with it and answers one line on
its answer pipe, its exit status, when the runner closes the pipeline's control channel. A
worker that dies or fails is not reused; when the pool has no idle worker, Beam starts its own
process as before.
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

from newsbeam.pipeline import trace
from newsbeam.pipeline.worker_preload import PRELOAD

log = logging.getLogger("newsbeam")


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
    """One pool worker, as the main process sees it: the pipes to it (its commands, its answers)
    and the pool process that holds it (the worker itself, or the process it was forked from)."""

    def __init__(self, process: subprocess.Popen, commands: int, answers: int):
        self.process = process
        self.commands = os.fdopen(commands, "w", buffering=1)
        self.answers = os.fdopen(answers, "r")

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

    def release(self) -> None:
        """Close the worker's pipes: it exits when it reads the end of its commands."""
        for pipe in (self.commands, self.answers):
            with contextlib.suppress(OSError, ValueError):
                pipe.close()


def fork_from_one_process() -> bool:
    """Whether a pool's workers are forked from one process that imported once (Linux), or each
    started as a process of its own that imports for itself (elsewhere: a fork after imports is
    not safe on macOS)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


# What would start a thread in the pool process before it forks, turned off (measured: the
# pool process then has one thread when it forks): OpenBLAS's thread pool, loaded with numpy
# (no stage of newsbeam does linear algebra), and the background thread of pyarrow's jemalloc
# (the workers use the system allocator anyway: ``beam_speedups.LEAN_WORKER_ENVIRONMENT``).
SINGLE_THREADED_IMPORTS = {"OPENBLAS_NUM_THREADS": "1", "JE_ARROW_MALLOC_CONF": "background_thread:false"}


def _start(n: int, env: dict[str, str]) -> tuple[list[subprocess.Popen], list[_Worker]]:
    """``n`` pool workers and the processes that hold them: one ``python -m
    newsbeam.pipeline.workers`` process that imports, then forks the ``n`` workers (see the
    module's docstring), or one such process per worker where forking is not used. Each worker
    gets two pipes, passed as file descriptors: its commands and its answers."""
    groups = [n] if fork_from_one_process() else [1] * n
    if len(groups) == 1 and n > 1:
        env = {**SINGLE_THREADED_IMPORTS, **env}
    processes: list[subprocess.Popen] = []
    workers: list[_Worker] = []
    for size in groups:
        ends = []  # per worker: (the worker's ends), (this process's ends)
        for _ in range(size):
            commands_r, commands_w = os.pipe()
            answers_r, answers_w = os.pipe()
            ends.append(((commands_r, answers_w), (commands_w, answers_r)))
        theirs = [fd for worker_ends, _ in ends for fd in worker_ends]
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "newsbeam.pipeline.workers",
                 *(f"{r},{w}" for (r, w), _ in ends)],
                env=env, stdin=subprocess.DEVNULL, pass_fds=theirs)
        finally:
            for fd in theirs:
                os.close(fd)
        processes.append(process)
        workers.extend(_Worker(process, commands_w, answers_r) for _, (commands_w, answers_r) in ends)
    return processes, workers


class WarmPool:
    """``n`` worker processes, started now, handed out one pipeline at a time."""

    def __init__(self, n: int, env: dict[str, str]):
        self._lock = threading.Lock()
        self.processes, self._all = _start(n, env)
        self._idle = list(self._all)
        self.served = 0
        self.failed: str | None = None  # a worker ended before its pipeline did (``dead_pool``)

    def take(self) -> _Worker | None:
        with self._lock:
            return self._idle.pop() if self._idle else None

    def give_back(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self.served += 1
            if healthy:
                self._idle.append(worker)
                return
            self.failed = self.failed or "a worker process of the pool ended before its pipeline did"
        worker.release()  # not reused: it exits on the end of its commands, if it is alive

    def dismiss(self) -> None:
        """Tell every idle worker that no pipeline follows (it exits on the end of its commands),
        without waiting: the run's process commits meanwhile, and ``close`` then finds them
        gone or going. A run calls it after its last pipeline."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            with contextlib.suppress(OSError, ValueError):
                worker.commands.close()

    def close(self, timeout: float = 10.0) -> None:
        """End every worker (each reads the end of its commands and exits), then wait for the
        pool's processes, killed after ``timeout`` seconds (a forked worker dies with its
        pool process)."""
        with self._lock:
            workers, self._idle = self._all, []
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):
                worker.commands.close()
        for process in self.processes:
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for worker in workers:
            worker.release()


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
    from newsbeam.transforms.io.layout import RUN_PID_ENV  # not commit: it imports pyarrow

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
    from newsbeam.pipeline import beam_speedups, dead_pool

    beam_speedups.use_warm_workers(current_pool)
    dead_pool.install(current_pool)  # a worker that dies fails the run, not hangs it
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


def _preload() -> None:
    """Import what a worker needs before its first pipeline (``PRELOAD``), with pandas refused
    for good, and leave no log handler of Beam's import behind."""
    from newsbeam.pipeline import beam_inspect, beam_speedups

    beam_speedups.import_beam_without_pandas()
    import importlib

    refuse_pandas()  # before the preload: pyarrow.acero would load pandas (296 modules) otherwise
    for name in PRELOAD:
        importlib.import_module(name)
    beam_inspect.install_in_worker()  # the DoFns' specs and signatures, remembered: each fork inherits it
    root = logging.getLogger()
    for handler in root.handlers[:]:
        # a stderr handler Beam's import may have set up (logging.basicConfig, by its first
        # root-level warning): a worker's log goes to the runner, which logs it once
        root.removeHandler(handler)
    import pyarrow.lib

    pyarrow.lib._pandas_api.have_pandas  # noqa: B018 (its shim looks once, and remembers: none)


def _serve(commands_fd: int, answers_fd: int) -> int:
    """A pool worker's life once preloaded: one pipeline per line of its commands, until they end."""
    from apache_beam.runners.worker import sdk_worker_main

    root = logging.getLogger()
    answers = os.fdopen(answers_fd, "w", buffering=1)
    with os.fdopen(commands_fd, "r") as commands:
        for line in commands:
            env = json.loads(line)
            os.environ.update(env)
            trace.mark("pipeline")
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
            trace.mark("pipeline done")
            try:
                answers.write(f"{status}\n")
            except OSError:  # the run's process is gone: so is this worker's purpose
                return 1
    return 0


def _die_with_parent() -> None:
    """A forked worker is killed when its pool process dies (Linux's parent-death signal), so
    that killing the pool process ends its workers."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _pool_process(pipes: list[tuple[int, int]]) -> int:
    """The pool process: preload once, then one worker per pair of pipes. With one pair it is
    the worker itself; with several, it forks them all (each shares the imports, copy on
    write, instead of importing Beam and newsbeam again: ~1.9 s of CPU per worker) and waits
    for them. Nothing in it has started a thread when it forks (``threads_at_fork``, tested)."""
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # whatever an import or a stage prints: stderr
    from newsbeam.pipeline import heap

    trace.mark("pool start")
    heap.loaded_and_frozen(_preload)  # the workers' collections never walk (nor copy) the imports
    if trace.enabled():  # a timeline of the bundles (bench.scaling_timeline); off: no patch
        trace.install_worker()
    trace.mark("preloaded")
    if len(pipes) == 1:
        return _serve(*pipes[0])
    import signal

    children, me = [], os.getpid()
    for i, (commands, answers) in enumerate(pipes):
        pid = os.fork()
        if pid == 0:  # the worker: its own pipes only
            _die_with_parent()
            trace.mark("forked", worker=i)
            if os.getppid() != me:  # the pool process died before the signal was asked for
                os._exit(1)
            for j, fds in enumerate(pipes):
                if j != i:
                    for fd in fds:
                        os.close(fd)
            status = 1
            try:
                status = _serve(commands, answers)
            except KeyboardInterrupt:
                status = 130
            except BaseException:  # noqa: BLE001 (said on stderr; the runner sees the worker gone)
                import traceback

                traceback.print_exc()
            finally:
                trace.mark("exit")
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)  # not the pool process's exit handlers
        children.append(pid)
    for fds in pipes:
        for fd in fds:
            os.close(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the workers, which exit
    status = 0
    for pid in children:
        _, code = os.waitpid(pid, 0)
        status = status or os.waitstatus_to_exitcode(code)
    return status


def threads_at_fork() -> int:
    """The threads of this process, native ones included (from /proc): 1 in the pool process
    when it forks, or a lock another thread held could stay held in the workers."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _leave(status: int) -> None:
    """End the pool process at once once its workers are done: nothing in it is left to save,
    and the interpreter's own exit (finalizing Beam's, pyarrow's and newsbeam's modules and
    their threads' state) took 0.8 to 1.1 s of wall at load 10, which the run's main process
    waits for when it closes the pool, after its last stage (``WarmPool.close``)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    try:
        _leave(_pool_process([tuple(int(fd) for fd in arg.split(",")) for arg in sys.argv[1:]]))  # type: ignore[misc]
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group; the run reports it
        _leave(130)
