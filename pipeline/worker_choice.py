"""How many worker processes a ``newsbeam run`` chooses itself, from its command line alone.

Read before the command builds its argument parser or imports Beam (``cli.start_workers_early``),
so that a run on a large input starts its workers as early as one that asks for them; and by
``run.local_workers``, which adds the Beam flags for them. Nothing here imports more than the
standard library.
"""
from __future__ import annotations

import contextlib
import glob
import os

# A local run with no worker flags uses this many worker processes for an input this large
# (``run.local_workers``, which reads them from here).
PARALLEL_MIN_BYTES = 8 * 2**20
MAX_LOCAL_WORKERS = 4
_WORKER_FLAGS = ("--direct_num_workers", "--direct_running_mode", "--runner")


def default_worker_count(argv: list[str]) -> int:
    """The worker processes ``newsbeam run`` will choose itself for the command line ``argv``
    (after the command; ``run.local_workers``): none when a flag chooses the runner or its
    workers, or the local ``--input`` files come to less than ``PARALLEL_MIN_BYTES``. Read
    before the argument parser is built, so that the workers start as early as when asked for."""
    if any(arg.split("=", 1)[0] in _WORKER_FLAGS for arg in argv):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or _input_bytes(argv, PARALLEL_MIN_BYTES) < PARALLEL_MIN_BYTES:
        return 0
    return min(cores, MAX_LOCAL_WORKERS)


def _input_bytes(argv: list[str], enough: int) -> int:
    """The size of the local files the ``--input`` globs of ``argv`` match, counted until it
    reaches ``enough``; other stores count nothing."""
    patterns = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--input"]
    patterns += [arg.split("=", 1)[1] for arg in argv if arg.startswith("--input=")]
    total = 0
    for pattern in patterns:
        if "://" in pattern:
            continue
        for path in glob.iglob(os.path.expanduser(pattern), recursive=True):
            if not os.path.basename(path).startswith("."):
                with contextlib.suppress(OSError):
                    total += os.path.getsize(path) if os.path.isfile(path) else 0
            if total >= enough:
                return total
    return total
