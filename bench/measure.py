"""Run a command and measure it: wall time and the peak RSS of its whole process tree.

The tree is polled through ``/proc`` (Linux), so workers a runner starts are counted with the
parent. The figure is the largest *sum* of the tree's resident sets seen at one poll: pages
shared between processes count once per process, so it errs high, never low. Where ``/proc``
is missing, ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the largest single child) stands in.
"""
from __future__ import annotations

import dataclasses
import os
import resource
import signal
import subprocess
import threading
import time

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
POLL_SECONDS = 0.05


@dataclasses.dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss: int  # bytes
    returncode: int
    stdout: str
    stderr: str
    killed_at_rss: int | None = None  # the tree was killed for passing this many bytes
    # CPU seconds (user + system) per process of the tree, as last polled: pid -> (role, s).
    # The root's own time excludes its children; a child that lives shorter than a poll
    # interval can be missed (its time then shows up nowhere).
    cpu: dict = dataclasses.field(default_factory=dict)

    def cpu_of(self, role: str) -> float:
        return sum(s for r, s in self.cpu.values() if r == role)

    @property
    def cpu_total(self) -> float:
        return sum(s for _, s in self.cpu.values())


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the fields follow the last ')'.
        fields = stat[stat.rfind(b")") + 2:].split()
        tree.setdefault(int(fields[1]), []).append(int(name))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def stat_fields(pid: int) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command's name (field 3, the state, first), or
    None for a process gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return None
    return stat[stat.rfind(b")") + 2:].split()


def _cpu_seconds(pid: int) -> float | None:
    """utime + stime of one process (its children excluded), from /proc/PID/stat."""
    fields = stat_fields(pid)
    return None if fields is None else (int(fields[11]) + int(fields[12])) / _TICKS


def role_of(pid: int, root: int) -> str:
    """'main' for the measured command itself, 'worker' for a process it starts to run work
    (Beam's SDK workers, Dask's workers and nannies), 'other' for the rest (helpers such as
    the Dask scheduler, a resource tracker)."""
    if pid == root:
        return "main"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ")
    except OSError:
        return "other"
    if b"sdk_worker" in cmd or b"newsbeam.pipeline.workers" in cmd or b"spawn_main" in cmd or b"forkserver" in cmd:
        return "worker"
    return "other"


def tree_pids(root: int) -> list[int]:
    tree, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    return found


def tree_rss(root: int) -> int:
    return sum(_rss(pid) for pid in tree_pids(root))


def run(argv: list[str], *, cwd: str | None = None, env: dict | None = None,
        max_rss: int | None = None) -> Measured:
    """Run ``argv`` to completion; its output is captured, its tree's peak RSS sampled.

    With ``max_rss`` (bytes) the whole tree is killed once its RSS passes that, so a run that
    holds everything in memory cannot take a shared machine down with it.
    """
    have_proc = os.path.isdir("/proc/self")
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    peak = 0
    killed = None
    cpu: dict[int, tuple[str, float]] = {}
    done = threading.Event()

    def poll():
        nonlocal peak, killed
        while not done.is_set():
            pids = tree_pids(proc.pid)
            peak = max(peak, sum(_rss(pid) for pid in pids))
            for pid in pids:
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    # A child reads as its parent until it execs: its role is looked at again.
                    role = cpu[pid][0] if cpu.get(pid, ("",))[0] == "worker" else role_of(pid, proc.pid)
                    cpu[pid] = (role, seconds)
            if max_rss and peak > max_rss and killed is None:
                killed = peak
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            done.wait(POLL_SECONDS)

    poller = threading.Thread(target=poll, daemon=True)
    if have_proc:
        poller.start()
    try:
        stdout, stderr = proc.communicate()
    except BaseException:  # interrupted: the child has its own session, so take it down too
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        done.set()
        raise
    seconds = time.perf_counter() - started
    done.set()
    if have_proc:
        poller.join()
    else:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return Measured(seconds, peak, proc.returncode, stdout, stderr, killed, cpu)
