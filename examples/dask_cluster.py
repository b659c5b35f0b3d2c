"""Start a local Dask ``distributed`` cluster for trying newsbeam's DaskRunner; Ctrl-C stops it.

    pip install 'newsbeam[dask]'
    python examples/dask_cluster.py --workers 2          # prints tcp://127.0.0.1:PORT
    newsbeam run --input 'examples/inputs/*' --output out \\
        --runner DaskRunner --dask_client_address tcp://127.0.0.1:PORT

Workers are separate processes (each with its own Nanny), so every DoFn, record and side input
really is pickled on its way to them, as on a real cluster. Each worker gets one thread by
default: Beam's DaskRunner runs a DoFn's whole bundle inside one Dask task, so parallelism comes
from workers, not threads. Each worker imports newsbeam as it starts (``--preload
newsbeam.pipeline.dask_preload``, which a cluster started with ``dask worker`` can take too);
here they fork from one process that imported it once (``dask_preload.fork_workers``), and the
cluster is quiet: no statistical profiler (the dashboard's profile page stays empty; set
``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=True`` to get it back) and distributed's own checks
each second or two (docs/scaling-out.md).
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading


def _preload() -> list[str]:
    """Each worker imports newsbeam's stage modules as it starts, not in its first run's first
    task (``newsbeam.pipeline.dask_preload``), when newsbeam is importable here."""
    import importlib.util

    try:
        found = importlib.util.find_spec("newsbeam.pipeline.dask_preload") is not None
    except ImportError:
        found = False
    return ["newsbeam.pipeline.dask_preload"] if found else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (default: 1)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="interface the scheduler listens on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0,
                        help="scheduler port (default: 0, any free port)")
    parser.add_argument("--dashboard", default=":0",
                        help="dashboard address, or 'none' (default: :0, any free port)")
    parser.add_argument("--memory-limit", dest="memory_limit", default="auto",
                        help="per worker, e.g. 2GiB (default: auto, a share of the RAM)")
    args = parser.parse_args(argv)

    try:
        from distributed import LocalCluster
    except ImportError:
        print("dask_cluster: distributed is not installed; pip install 'newsbeam[dask]'",
              file=sys.stderr)
        return 2

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    dashboard = None if args.dashboard.lower() == "none" else args.dashboard
    preload = _preload()
    scheduler: dict = {}
    if preload:  # the workers fork from one process that imported newsbeam once
        from newsbeam.pipeline.dask_preload import fork_workers, scheduler_kwargs

        fork_workers()
        scheduler = scheduler_kwargs()  # its scheduler without work stealing
    with LocalCluster(n_workers=args.workers, threads_per_worker=args.threads,
                      processes=True, host=args.host, scheduler_port=args.port,
                      dashboard_address=dashboard, memory_limit=args.memory_limit,
                      preload=preload, scheduler_kwargs=scheduler) as cluster:
        print(cluster.scheduler_address, flush=True)
        print(f"{args.workers} workers x {args.threads} threads; dashboard "
              f"{cluster.dashboard_link if dashboard else 'off'}; Ctrl-C stops the cluster.\n"
              f"  newsbeam run ... --runner DaskRunner "
              f"--dask_client_address {cluster.scheduler_address}",
              file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
    print("dask_cluster: stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
