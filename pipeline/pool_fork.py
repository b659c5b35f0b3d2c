"""The run's pool process forked from the command itself, not started as a new interpreter.

Why: in a two-worker run the pool's chain (start, preload, fork, the workers' connection) is
the front's longest: ``bench.scaling_timeline`` showed the command ready for its first stage
0.1-0.37 s before the pool had preloaded, with a core idle meanwhile, and the pool process
spending its first 0.05 s of CPU (0.1-0.2 s of wall) on an interpreter's start and the imports
the command had already done (bench/README.md, "Stop 44, scale8"). ``workers.start_early``
runs in the command right after its arguments are read: one thread, no Beam, no gRPC, no
pyarrow (tested), so a fork there is as safe as the pool process's own fork of its workers.

The child gets what ``subprocess.Popen`` gave the pool process: its environment (the lean
workers' settings among them; glibc's ``MALLOC_*`` are read when a process starts, so they are
set again with ``mallopt``), stdin from /dev/null, and no file descriptor but 0-2 and its
workers' pipes. The parent sees a ``Forked``, which answers what ``WarmPool`` asks of a
``Popen``: ``pid``, ``poll``, ``wait``, ``kill``, ``returncode``.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable

# glibc's mallopt parameters for the environment variables of beam_speedups.LEAN_WORKER_ENVIRONMENT
_MALLOPT = {"MALLOC_TRIM_THRESHOLD_": -1, "MALLOC_MMAP_THRESHOLD_": -3, "MALLOC_ARENA_MAX": -8}


class Forked:
    """A forked child, as ``WarmPool`` uses a ``subprocess.Popen``."""

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            with contextlib.suppress(ChildProcessError):
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.001
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired([str(self.pid)], timeout or 0.0)
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        return self.returncode  # type: ignore[return-value]

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


def can_fork() -> bool:
    """Whether this process may fork the pool: Linux, one thread, and neither gRPC nor Beam
    loaded (their threads and locks do not survive a fork)."""
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return False
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and threads == 1
            and not any(m in sys.modules for m in ("grpc", "apache_beam")))


def _set_malloc(env: dict[str, str]) -> None:
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    for name, param in _MALLOPT.items():
        if env.get(name, "").isdigit():
            mallopt(param, int(env[name]))


def start(pipes: list[tuple[int, int]], env: dict[str, str], body: Callable[[], object]) -> Forked:
    """Fork the pool process with these pipes (its ends: commands read, answers written) and
    this environment; the child runs ``body`` (``workers``: the pool process's life, which
    ends with ``os._exit``) and never returns."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    pid = os.fork()
    if pid:
        return Forked(pid)
    status = 1
    try:  # the child: never returns
        keep = {fd for pair in pipes for fd in pair}
        low = 3
        for fd in sorted(keep) + [os.sysconf("SC_OPEN_MAX")]:
            os.closerange(low, fd)
            low = fd + 1
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        os.environ.clear()
        os.environ.update(env)
        _set_malloc(env)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        body()
    except KeyboardInterrupt:
        status = 130
    except BaseException:  # noqa: BLE001 (said on stderr; the run sees the workers gone)
        import traceback

        traceback.print_exc()
    os._exit(status)
