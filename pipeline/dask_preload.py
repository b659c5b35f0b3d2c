"""A Dask worker preload: newsbeam's stage modules imported when a worker starts, not in its first task.

    dask worker tcp://HOST:8786 --preload newsbeam.pipeline.dask_preload
    distributed.LocalCluster(..., preload=["newsbeam.pipeline.dask_preload"])

Without it, a fresh worker imports Apache Beam, newsbeam's transforms and pyarrow while it
unpickles the first task of its first ``newsbeam run`` (several CPU seconds per worker, paid
inside that run's wall, at the same moment on every worker). With it, the worker pays them
once, when it starts, before any run. Beam is imported the way the local runner's worker pool
imports it (``beam_speedups.import_beam_without_pandas``: Beam's optional pandas support is
skipped); pandas itself stays importable for other work on the same cluster.
"""
from __future__ import annotations

import contextlib
import importlib

from newsbeam.pipeline.worker_preload import AFTER_FORK_MODULES, STAGE_MODULES

# The modules a newsbeam task unpickles or runs: the Dask runner's task functions, every
# composite's DoFns (``build``), the dataset writers and what they read and write with; and
# what a warmed worker still imported inside its first feeds run, as the local runner's workers
# did (``worker_preload.AFTER_FORK_MODULES``: ftfy, with wcwidth 36 modules, 0.05 s, which
# ``formats.mojibake`` loads on the first text that may hold mojibake), less the gRPC modules
# that Beam's harness needs and a Dask worker does not.
PRELOAD = ("newsbeam.pipeline.dask_runner", "newsbeam.pipeline.dask_graph", *STAGE_MODULES,
           *(name for name in AFTER_FORK_MODULES if not name.startswith("grpc")))


# Made-up text in a legacy code page, with enough non-ASCII bytes for ``encoding.detect`` to ask
# its detector (``MIN_DETECTION_EVIDENCE``).
_LEGACY_SAMPLE = ("Größere Häuser für Künstler – „wir öffnen“, sagte sie à côté. " * 4).encode("cp1252")


def preload() -> list[str]:
    """Import ``PRELOAD``, and the detector of undeclared legacy encodings (``_warm_detection``);
    the names imported."""
    from newsbeam.pipeline import beam_speedups

    beam_speedups.import_beam_without_pandas()
    for name in PRELOAD:
        importlib.import_module(name)
    _warm_detection()
    return list(PRELOAD)


def _warm_detection() -> None:
    """``formats.encoding.detect`` imports charset_normalizer on the first undeclared, non-UTF-8
    input, and each detection imports the codec modules it tries (which, by the bytes): 84
    modules and ~0.03 s of CPU inside one worker's parse in a fresh cluster's first feeds run, on
    one hand of the deal (bench/README.md, "Stop 44, dask8b"). Here, once, before the fork: every
    codec charset_normalizer may try (99, 0.02 s) and one detection for its own lazy imports."""
    from charset_normalizer.constant import IANA_SUPPORTED

    from newsbeam.transforms.formats import encoding

    for name in IANA_SUPPORTED:
        with contextlib.suppress(ImportError):  # a codec this Python lacks is never tried either
            importlib.import_module(f"encodings.{name}")
    encoding.detect(_LEGACY_SAMPLE)


def dask_setup(worker=None) -> None:
    """Dask's preload hook: runs in each worker process as it starts."""
    preload()


# What the forkserver imports before it forks any worker: distributed's worker, then newsbeam's
# preload (``dask_forked`` runs ``preload`` when imported: the forkserver only imports).
FORKSERVER_PRELOAD = ("distributed", "newsbeam.pipeline.dask_forked")


# What each worker, and the scheduler, of a cluster started here does on its own every few
# milliseconds whether or not a task runs: the statistical profiler samples the task thread from
# the event loop every 10 ms, the event-loop health check ticks every 20 ms, the memory monitor
# reads the process's memory every 100 ms, the system monitor (psutil) every 500 ms. An idle
# worker's CPU: 27-28 ms per second, 2.7-3.0 slowed as here (the scheduler's process: 35 and 7);
# on a two-worker feeds 10k run at load 12-17, each worker's event loop 2.3-2.6 s of CPU and the
# scheduler 3.3-3.8 s, against 0.6-0.8 s and 0.8-0.9 s (bench/README.md, "Stop 43, dask7b"):
# they scale with the wall, not the work. The profiler is off (the dashboard's profile page
# stays empty: DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=True brings it back: the environment
# and Dask's config files win), the rest checks each second or two.
# Work stealing is off too: newsbeam's graph places every task itself (each partition's chain on
# the worker its deal named, ``dask_graph``), so what the scheduler's stealing moved were only
# small joins of 1-3 ms, 2-4 a two-worker feeds run, each then pulling its input from the other
# worker (a normalized hand, 1.3-3.0 MB, in two of three runs; 0.1-0.8 s of transfer at load
# 5-8), while a CPU replay of the placement leaves each worker 0.03-0.3 s idle in all
# (bench/README.md, "Stop 44, dask8"). A task still moves when its worker leaves (its
# preference stays loose: ``allow_other_workers``); the config's rules above apply to it too.
# Stealing is a scheduler's, not a process's: it is off only in the schedulers newsbeam's own
# clusters start (``scheduler_kwargs``), never in Dask's config, where a user's other clusters
# of the same process would lose it too (read44, finding 9).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
STEALING = "distributed.scheduler.work-stealing"


def _at_default(keys) -> list[str]:
    """The keys that still hold distributed's own default and that neither the environment
    (``DASK_...``) nor a Dask config file sets."""
    import dask

    # distributed's own defaults (importing the module adds them to Dask's config; the package
    # re-exports its ``config`` dict under the module's name, hence import_module).
    own = importlib.import_module("distributed.config").defaults
    user = dask.config.merge(*dask.config.collect_yaml(dask.config.paths), dask.config.collect_env())
    return [key for key in keys if dask.config.get(key, None, config=user) is None
            and dask.config.get(key, None) == dask.config.get(key, None, config=own)]


def scheduler_kwargs() -> dict:
    """``LocalCluster(..., scheduler_kwargs=...)`` for a cluster newsbeam starts: its scheduler
    without work stealing (see ``QUIET``'s note), unless stealing is set in code, the
    environment or a config file (then Dask's config decides, as for any cluster)."""
    if not _at_default([STEALING]):
        return {}
    from distributed.scheduler import DEFAULT_EXTENSIONS

    return {"extensions": {name: ext for name, ext in DEFAULT_EXTENSIONS.items() if name != "stealing"}}


def quiet_cluster() -> None:
    """Dask's config for the clusters this process starts: each key of ``QUIET`` that still holds
    distributed's own default, and that neither the environment (``DASK_...``) nor a Dask config
    file sets. A value set in code (``dask.config.set``) before the call stays; one set to
    distributed's own default cannot be told from it (``fork_workers(quiet=False)`` keeps it).
    The setting is process-wide (the nannies pass this process's config to the workers they
    start; a ``LocalCluster``'s scheduler runs in this process). Call it before the cluster
    starts."""
    import dask

    dask.config.set({key: QUIET[key] for key in _at_default(QUIET)})


def fork_workers(quiet: bool = True) -> bool:
    """Have the worker processes that this process's ``distributed.LocalCluster`` starts fork
    from one forkserver that has imported Beam and newsbeam once, instead of each spawning a
    fresh interpreter that imports them again (``distributed``'s default, "spawn"): the start of
    N workers then imports once, not N times (bench/README.md, "Stop 37, dask"), and a worker
    its nanny restarts is back as fast. Call it before the cluster starts; a process-wide
    setting (Dask's config and the forkserver's preload). False where there is no forkserver
    (Windows): the workers spawn as before. Workers started by ``dask worker`` elsewhere are
    not concerned; their ``--preload newsbeam.pipeline.dask_preload`` does the same once each.
    ``quiet``: the cluster is quiet too (``quiet_cluster``), on every platform."""
    import multiprocessing

    if quiet:
        quiet_cluster()

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    import dask
    from distributed.utils import get_mp_context

    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    # distributed sets its own preload on its first call; ours, which imports it too, replaces it.
    get_mp_context().set_forkserver_preload(list(FORKSERVER_PRELOAD))
    return True
