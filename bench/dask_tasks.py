"""Where a ``newsbeam run`` on Dask spends its workers' time: per worker and per kind of task.

    python -m bench.dask_tasks --input 'DIR/*' --output OUT --workers 2

Starts a ``distributed.LocalCluster`` of N one-thread worker processes (as ``bench.scaling``
does), runs ``newsbeam run --runner DaskRunner`` against it in a fresh process with
``--dask_npartitions=N`` (one per worker, as ``bench.scaling``), records the scheduler's task
stream over the run and prints, per worker: its CPU seconds (user + system, from ``/proc``), the
seconds its tasks computed and the seconds it spent receiving their inputs from other workers
(``transfer``), and the task count; then, per task prefix (Dask names a task after the functions
fused into it), the compute seconds on each worker: whether the partitions give each worker an
equal share, and what the shuffles cost. CPU is what stays meaningful on a loaded machine;
compute and transfer are wall seconds. It prints; it never asserts. Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import time

from bench.stages import _cpu


def _prefix(key) -> str:
    name = key[0] if isinstance(key, tuple) else key
    return str(name).rsplit("-", 1)[0][:44]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=12, help="task prefixes shown")
    ns = parser.parse_args(argv)

    from distributed import Client, LocalCluster, get_task_stream

    n = ns.workers
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, memory_limit="auto") as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        before = {w: _cpu(pid) for w, pid in pids.items()}
        with get_task_stream(client) as stream:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsbeam", "run", "--input", ns.input, "--output", ns.output,
                            "--runner", "DaskRunner", "--dask_client_address", cluster.scheduler_address,
                            f"--dask_npartitions={n}"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - started
        cpu = {w: _cpu(pid) - before[w] for w, pid in pids.items()}

    compute: dict = collections.defaultdict(float)
    transfer: dict = collections.defaultdict(float)
    tasks: collections.Counter = collections.Counter()
    by_prefix: dict = collections.defaultdict(lambda: collections.defaultdict(float))
    for task in stream.data:
        worker = task["worker"]
        tasks[worker] += 1
        for step in task["startstops"]:
            seconds = step["stop"] - step["start"]
            if step["action"] == "compute":
                compute[worker] += seconds
                by_prefix[_prefix(task["key"])][worker] += seconds
            elif step["action"] == "transfer":
                transfer[worker] += seconds

    workers = list(pids)
    print(f"bench.dask_tasks: {n} worker(s), wall {wall:.1f} s, {len(stream.data)} tasks, "
          f"CPU of the workers {sum(cpu.values()):.1f} s")
    print(f"{'worker':>8}  {'CPU s':>6}  {'compute s':>9}  {'transfer s':>10}  {'tasks':>5}")
    for k, w in enumerate(workers, 1):
        print(f"{'w' + str(k):>8}  {cpu[w]:6.1f}  {compute[w]:9.1f}  {transfer[w]:10.1f}  {tasks[w]:5d}")
    print("\ncompute s by task prefix   " + "  ".join(f"{'w' + str(k):>6}" for k in range(1, n + 1)))
    top = sorted(by_prefix.items(), key=lambda kv: -sum(kv[1].values()))[:ns.top]
    for prefix, per in top:
        print(f"{prefix:44s} " + "  ".join(f"{per.get(w, 0.0):6.2f}" for w in workers))


if __name__ == "__main__":
    main()
