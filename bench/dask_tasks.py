"""Where a ``newsbeam run`` on Dask spends its wall and its workers' time: per phase, per worker
and per kind of task.

    python -m bench.dask_tasks --input 'DIR/*' --output OUT --workers 2 [--repeat 2]

Starts a ``distributed.LocalCluster`` of N one-thread worker processes (as ``bench.scaling``
does), warms it with one run on a small file (as ``bench.scaling``: a long-lived cluster's
workers have imported Beam and newsbeam already; ``--cold`` skips it), runs ``newsbeam run
--runner DaskRunner`` against it in a fresh process with ``--dask_npartitions=N`` (one per
worker, as ``bench.scaling``), records the scheduler's task stream over the run and prints:

- the run's timeline: the client's start to the first task's start (its imports, the graph,
  the translation and the submit: serial), the task phase (first task's start to last task's
  end), and the last task's end to the client's exit (the commit);
- the cluster's start (its wall and its processes' CPU: the workers fork from one forkserver
  that imported newsbeam, ``dask_preload.fork_workers``; ``--spawn``: each spawned, as before);
- the CPU seconds (user + system, from ``/proc`` and ``getrusage``) of the client, of its
  ``DaskRunner.run_pipeline`` (the translation, the fusion, the submit: timed inside the client,
  which runs as ``python -m bench.dask_tasks --as-client REPORT run ...``), of this process
  (which hosts the scheduler) and of each worker, and of each worker the part outside its
  tasks (``outside``: its process CPU less its tasks' metered thread CPU: the event loop, the
  transfers, the offload thread) and by thread;
- the modules each worker imported during the run (a warmed worker should import none);
- per worker: the seconds its tasks computed, the seconds it spent receiving their inputs
  from other workers (``transfer``), the bytes it received, and its task count;
- per task prefix (Dask names a task after the functions fused into it), the compute seconds
  on each worker: whether the partitions give each worker an equal share.

CPU, counts and bytes stay meaningful on a loaded machine; compute, transfer and the timeline
are wall seconds. It prints; it never asserts. Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.dask_path import span_union
from bench.measure import tree_pids
from bench.stages import _cpu
from newsbeam.pipeline import dask_preload


# What a worker and the scheduler do on their own, every few milliseconds, whether or not a task
# runs, slowed as newsbeam's clusters have it (``dask_preload.QUIET``; ``--default-config``: as
# distributed has it, the profiler sampling each 10 ms, the event-loop check each 20 ms...).
QUIET = dask_preload.QUIET


def _prefix(key) -> str:
    """A key's name: its stage's label, or a fused chain's first labels and last."""
    name = key[0] if isinstance(key, tuple) else key
    name = str(name).rsplit("-", 1)[0]
    return name if len(name) <= PREFIX_WIDTH else name[:PREFIX_WIDTH - 21] + "~" + name[-20:]


PREFIX_WIDTH = 64


def _transitions(dask_scheduler=None) -> int:
    """The scheduler's task state transitions so far (runs on the scheduler): a count of its
    work per task (released, waiting, processing, memory, forgotten...), load or no load."""
    return int(getattr(dask_scheduler, "transition_counter", 0))


def _as_client(report: str, argv: list[str]) -> int:
    """``newsbeam ARGV`` in this process, the CPU seconds of the DaskRunner's ``run_pipeline``
    (the translation into a graph, the connection, the submit) written to ``report`` as JSON:
    the client's own serial part, apart from its imports and Beam's pipeline construction."""
    from newsbeam.pipeline import dask_runner
    from newsbeam.pipeline.cli import entry

    spent: dict = {"run_pipeline": 0.0, "translate": 0.0, "fuse": 0.0, "graph": {}}

    def timed(name, func):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return wrapper

    dask_runner.DaskRunner.run_pipeline = timed("run_pipeline", dask_runner.DaskRunner.run_pipeline)
    # the client's process CPU at three marks: the graph submitted (the serial start), the tasks
    # done (the wait's event loop), this function's end (the commit); the rest is the exit
    dask_runner.DaskRunner.run_pipeline = _marked(spent, "submitted", dask_runner.DaskRunner.run_pipeline)
    dask_runner._Result.wait_until_finish = _marked(spent, "waited", dask_runner._Result.wait_until_finish)
    dask_runner._Visitor.visit_transform = timed("translate", dask_runner._Visitor.visit_transform)
    graph = getattr(dask_runner, "Graph", None)  # pipeline/dask_graph.py (stop 37); absent before
    if graph is not None and argv[:1] == ["--unmerged"]:  # the graph as before stop 41, to compare
        argv = argv[1:]
        graph._merge_siblings = lambda self, *args: None
    if graph is not None:
        fuse = timed("fuse", graph.fuse)

        def recorded(self, outputs):
            tasks, where, keys = found = fuse(self, outputs)
            # the fused graph's edges, for bench.dask_path's critical path (not timed)
            spent["graph"] = {key: sorted(str(d) for d in node.dependencies) for key, node in tasks.items()}
            spent["asked"] = {key: (where.get(key) or {}).get("workers", [None])[0] for key in tasks}
            return found

        graph.fuse = recorded
    sys.argv = ["newsbeam", *argv]
    try:
        return entry()
    finally:
        spent["returned"] = time.process_time()
        with open(report, "w", encoding="utf-8") as fh:
            json.dump(spent, fh)


def _marked(spent: dict, mark: str, func):
    """``func``, recording this process's CPU seconds when it returns as ``spent[mark]``."""
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        finally:
            spent[mark] = time.process_time()
    return wrapper


def _received(dask_worker) -> tuple[int, int]:
    """Bytes and transfers this worker received from other workers so far (runs in a worker)."""
    log = list(getattr(dask_worker, "transfer_incoming_log", ()))
    return sum(int(e.get("total", 0)) for e in log), len(log)


def _crossed(dask_worker) -> list:
    """Each transfer this worker received from other workers so far, as the (key, bytes) it
    carried (runs in a worker): which outputs crossed, and how large each was."""
    log = list(getattr(dask_worker, "transfer_incoming_log", ()))
    return [[(str(key), int(size or 0)) for key, size in entry.get("keys", {}).items()] for entry in log]


def _meter_tasks() -> bool:
    """Wrap this worker's task runner so that it records each task's thread CPU seconds by key
    (runs in a worker; once per worker). ``distributed`` keeps a task's compute wall, which a
    loaded machine stretches; the CPU the task's own thread spent is the work it stood for."""
    import distributed.worker as dw

    if getattr(dw, "_bench_task_cpu", None) is not None:
        return False
    dw._bench_task_cpu = {}
    run = dw._run_task_simple

    def metered(task, data, time_delay):
        start = time.thread_time()
        try:
            return run(task, data, time_delay)
        finally:
            dw._bench_task_cpu[getattr(task, "key", None)] = time.thread_time() - start

    dw._run_task_simple = metered
    return True


def _task_cpu() -> dict:
    """The thread CPU seconds of each task this worker ran since the last call (runs in a worker)."""
    import distributed.worker as dw

    found, dw._bench_task_cpu = dict(getattr(dw, "_bench_task_cpu", None) or {}), {}
    return {str(k): v for k, v in found.items()}


def _modules() -> list[str]:
    """The modules this worker has imported (runs in a worker)."""
    return list(sys.modules)


def _threads() -> dict[int, str]:
    """This worker's threads: native id -> Python name (runs in a worker)."""
    import threading

    return {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}


def _thread_cpu(pid: int, names: dict[int, str]) -> dict[str, float]:
    """CPU seconds of each thread of ``pid`` so far, by kind: the event loop (the main thread),
    the task thread(s), the offload thread (which (de)serializes large messages) and the rest."""
    out: collections.Counter = collections.Counter()
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return {}
    for tid in tids:
        name = "event loop" if int(tid) == pid else names.get(int(tid), "other")
        kind = ("tasks" if "Dask-Default-Threads" in name else "offload" if "Dask-Offload" in name
                else name if name == "event loop" else "other")
        out[kind] += _cpu(f"{pid}/task/{tid}")
    return dict(out)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _idle_rates(pids: dict, seconds: float) -> dict:
    """CPU milliseconds per wall second of this process (the scheduler's) and of each worker
    while the cluster sits idle for ``seconds``: its clocks, paid for every second of a run."""
    if seconds <= 0:
        return {}
    before, me, start = {w: _cpu(pid) for w, pid in pids.items()}, _cpu(), time.time()
    time.sleep(seconds)
    wall = time.time() - start
    rates = {w: (_cpu(pid) - before[w]) * 1000 / wall for w, pid in pids.items()}
    rates["scheduler"] = (_cpu() - me) * 1000 / wall
    return rates


def _print_split(rates: dict, wall: float, scheduler_cpu: float, outside: dict, transitions: int) -> None:
    """Each process's CPU outside the tasks as its idle clocks (rate x wall) and the rest (the work:
    messages, transfers, transitions)."""
    clocks = {k: v * wall / 1000 for k, v in rates.items()}
    work = scheduler_cpu - clocks["scheduler"]
    print(f"  idle clocks (ms/s over the sample x {wall:.1f} s of wall) and the rest, s: scheduler "
          f"{rates['scheduler']:.1f} ms/s: {clocks['scheduler']:.2f} + {work:.2f} "
          f"({work * 1000 / max(transitions, 1):.2f} ms a transition); "
          + "; ".join(f"w{k} outside {rates[w]:.1f} ms/s: {clocks[w]:.2f} + {outside[w] - clocks[w]:.2f}"
                      for k, w in enumerate(outside, 1)))


def one_run(client, address: str, n: int, argv: list[str], pids: dict, top: int, dump: str | None = None,
            unmerged: bool = False, idle: float = 0.0) -> None:
    from distributed import get_task_stream

    rates = _idle_rates(pids, idle)

    client.run(_meter_tasks)
    client.run(_task_cpu)
    before = {w: _cpu(pid) for w, pid in pids.items()}
    names = client.run(_threads)
    threads_before = {w: _thread_cpu(pid, names[w]) for w, pid in pids.items()}
    received = client.run(_received)
    modules = client.run(_modules)
    me, children = _cpu(), _children_cpu()
    transitions = client.run_on_scheduler(_transitions)
    report = tempfile.NamedTemporaryFile(prefix="dask-client-", suffix=".json", delete=False).name
    with get_task_stream(client) as stream:
        started = time.time()
        subprocess.run([sys.executable, "-m", "bench.dask_tasks", "--as-client", report,
                        *(["--unmerged"] if unmerged else []), "run", *argv,
                        "--runner", "DaskRunner", "--dask_client_address", address, f"--dask_npartitions={n}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ended = time.time()
    with open(report, encoding="utf-8") as fh:
        in_client = json.load(fh)
    os.unlink(report)
    client_cpu, scheduler_cpu = _children_cpu() - children, _cpu() - me
    transitions = client.run_on_scheduler(_transitions) - transitions
    cpu = {w: _cpu(pid) - before[w] for w, pid in pids.items()}
    names = client.run(_threads)
    threads = {w: {k: v - threads_before[w].get(k, 0.0) for k, v in _thread_cpu(pid, names[w]).items()}
               for w, pid in pids.items()}
    after = client.run(_received)
    imported = {w: sorted(set(m) - set(modules[w])) for w, m in client.run(_modules).items()}
    moved = {w: (after[w][0] - received[w][0], after[w][1] - received[w][1]) for w in pids}
    task_cpu = client.run(_task_cpu)
    crossed = {w: [kv for entry in log[received[w][1]:] for kv in entry] for w, log in client.run(_crossed).items()}

    compute: dict = collections.defaultdict(float)
    transfer: dict = collections.defaultdict(float)
    tasks: collections.Counter = collections.Counter()
    by_prefix: dict = collections.defaultdict(lambda: collections.defaultdict(float))
    cpu_by_prefix: dict = collections.defaultdict(lambda: collections.defaultdict(float))
    busy: dict = collections.defaultdict(list)  # worker -> (start, stop) of its tasks' steps
    first, last = float("inf"), 0.0
    for task in stream.data:
        worker = task["worker"]
        tasks[worker] += 1
        cpu_by_prefix[_prefix(task["key"])][worker] += task_cpu.get(worker, {}).get(str(task["key"]), 0.0)
        busy[worker].extend((step["start"], step["stop"]) for step in task["startstops"])
        for step in task["startstops"]:
            seconds = step["stop"] - step["start"]
            first, last = min(first, step["start"]), max(last, step["stop"])
            if step["action"] == "compute":
                compute[worker] += seconds
                by_prefix[_prefix(task["key"])][worker] += seconds
            elif step["action"] == "transfer":
                transfer[worker] += seconds

    with open("/proc/loadavg") as fh:
        load = fh.read().split()[0]
    workers = list(pids)
    print(f"bench.dask_tasks: {n} worker(s){' (unmerged)' if unmerged else ''}, wall {ended - started:.2f} s (load {load}), "
          f"{len(stream.data)} tasks, {transitions} scheduler transitions")
    print(f"  timeline: client start -> first task {first - started:.2f} s; tasks {last - first:.2f} s; "
          f"last task -> client exit {ended - last:.2f} s")
    print(f"  CPU s: client {client_cpu:.2f} (run_pipeline {in_client['run_pipeline']:.3f}: translate "
          f"{in_client['translate']:.3f}, fuse {in_client['fuse']:.3f}), scheduler (this process) "
          f"{scheduler_cpu:.2f}, workers {' + '.join(f'{cpu[w]:.2f}' for w in workers)} = {sum(cpu.values()):.2f}")
    if "submitted" in in_client:  # the client's CPU by phase (its process CPU at the marks)
        marks = [in_client["submitted"], in_client.get("waited", in_client["submitted"]), in_client["returned"], client_cpu]
        print(f"  client CPU s by phase: start to submit {marks[0]:.2f}, while the tasks ran {marks[1] - marks[0]:.2f}, "
              f"the commit {marks[2] - marks[1]:.2f}, the exit {marks[3] - marks[2]:.2f}")
    print(f"{'worker':>8}  {'CPU s':>6}  {'outside':>7}  {'task thr':>8}  {'loop':>5}  {'offload':>7}  {'other':>5}  {'compute s':>9}  "
          f"{'transfer s':>10}  {'received MB':>11}  {'tasks':>5}")
    for k, w in enumerate(workers, 1):
        th = threads[w]
        print(f"{'w' + str(k):>8}  {cpu[w]:6.2f}  {cpu[w] - sum(task_cpu.get(w, {}).values()):7.2f}  "
              f"{th.get('tasks', 0.0):8.2f}  {th.get('event loop', 0.0):5.2f}  "
              f"{th.get('offload', 0.0):7.2f}  {th.get('other', 0.0):5.2f}  {compute[w]:9.2f}  {transfer[w]:10.2f}  "
              f"{moved[w][0] / 1e6:8.2f} /{moved[w][1]:3d}  {tasks[w]:5d}")
    if rates:
        _print_split(rates, ended - started, scheduler_cpu,
                     {w: cpu[w] - sum(task_cpu.get(w, {}).values()) for w in workers}, transitions)
    idle = {w: (last - first) - span_union(busy[w]) for w in workers}
    print(f"  task thread CPU by task (metered in the workers): "
          f"{' + '.join(f'{sum(task_cpu.get(w, {}).values()):.2f}' for w in workers)} s; idle in the task phase "
          f"(no task computing or fetching): {' / '.join(f'{idle[w]:.2f}' for w in workers)} s "
          f"of {last - first:.2f}; tasks under 10 ms CPU: "
          f"{sum(1 for w in workers for v in task_cpu.get(w, {}).values() if v < 0.01)}")
    for k, w in enumerate(workers, 1):
        if imported[w]:
            roots = collections.Counter(name.split(".")[0] for name in imported[w])
            print(f"  w{k} imported {len(imported[w])} modules in the run: "
                  + ", ".join(f"{root} {count}" for root, count in roots.most_common(8)))
    print(f"{'compute s (CPU s) by task prefix':{PREFIX_WIDTH}} "
          + "  ".join(f"{'w' + str(k):>13}" for k in range(1, n + 1)))
    ranked = sorted(by_prefix.items(), key=lambda kv: -sum(cpu_by_prefix[kv[0]].values()))[:top]
    for prefix, per in ranked:
        print(f"{prefix:{PREFIX_WIDTH}s} " + "  ".join(
            f"{per.get(w, 0.0):6.2f} ({cpu_by_prefix[prefix].get(w, 0.0):4.2f})" for w in workers))
    sizes: dict = collections.defaultdict(lambda: [0, 0])
    for w in workers:
        for key, size in crossed[w]:
            sizes[_prefix(key)][0] += size
            sizes[_prefix(key)][1] += 1
    print(f"  crossed between workers: {sum(v[0] for v in sizes.values()) / 1e6:.2f} MB in "
          f"{sum(v[1] for v in sizes.values())} outputs; largest, by task prefix (MB / outputs):")
    for prefix, (size, count) in sorted(sizes.items(), key=lambda kv: -kv[1][0])[:top // 2]:
        print(f"    {prefix:{PREFIX_WIDTH}s} {size / 1e6:7.2f} / {count}")
    if dump:
        _dump(dump, stream.data, workers, started, task_cpu, in_client.get("graph", {}),
              {"first": round(first - started, 3), "last": round(last - started, 3), "ended": round(ended - started, 3),
               "client_cpu": round(client_cpu, 3), "workers": len(workers),
               "client_marks": {k: round(in_client[k], 3) for k in ("submitted", "waited", "returned") if k in in_client},
               "scheduler_cpu": round(scheduler_cpu, 3), "transitions": transitions,
               "idle_ms_per_s": {k: round(v, 2) for k, v in rates.items()}},
              asked=in_client.get("asked"), crossed=_crossed_by_key(crossed, workers))


def _crossed_by_key(crossed: dict, workers: list) -> dict:
    """The bytes that crossed between workers per output key, every transfer summed (an output
    fetched by both workers, or twice, counts each time, as the printed table counts it)."""
    by_key: dict = collections.defaultdict(int)
    for w in workers:
        for key, size in crossed[w]:
            by_key[key] += size
    return dict(by_key)


def _worker_name(address: str | None, workers: list) -> str | None:
    """A worker's address as the dump names it (w1, w2, ...)."""
    return f"w{workers.index(address) + 1}" if address in workers else address



def _dump(path: str, stream: list, workers: list, started: float, task_cpu: dict, graph: dict | None = None,
          run: dict | None = None, asked: dict | None = None, crossed: dict | None = None) -> None:
    """The task stream as JSON lines, one task each, in start order: its key, the worker that
    ran it (w1, w2, ...), its start after the client's start and its compute and transfer
    seconds and its thread's CPU seconds: which worker ran which partition of which stage; with
    ``graph``, the keys each task read (``deps``), and ``run`` (the timeline) as a first line
    ``{"run": ...}``: what ``bench.dask_path`` reads; with ``asked``, the worker each task's
    preference named (``asked``: None for none), and with ``crossed``, the bytes of its output
    that other workers received (``crossed``: the transfers a placement caused)."""
    import json

    rows = []
    for task in stream:
        steps = task["startstops"]
        rows.append({
            "key": str(task["key"]), "worker": f"w{workers.index(task['worker']) + 1}"
            if task["worker"] in workers else str(task["worker"]),
            "start": round(min(s["start"] for s in steps) - started, 3) if steps else None,
            "compute": round(sum(s["stop"] - s["start"] for s in steps if s["action"] == "compute"), 3),
            "transfer": round(sum(s["stop"] - s["start"] for s in steps if s["action"] == "transfer"), 3),
            "cpu": round(task_cpu.get(task["worker"], {}).get(str(task["key"]), 0.0), 4),
            **({"asked": _worker_name(asked.get(str(task["key"])), workers)} if asked is not None else {}),
            **({"crossed": crossed[str(task["key"])]} if crossed and str(task["key"]) in crossed else {}),
            "end": round(max(s["stop"] for s in steps) - started, 3) if steps else None,
            **({"deps": graph.get(str(task["key"]), [])} if graph else {})})
    rows.sort(key=lambda r: (r["start"] is None, r["start"] or 0.0))
    with open(path, "w", encoding="utf-8") as fh:
        if run:
            fh.write(json.dumps({"run": run}) + "\n")
        fh.writelines(json.dumps(r) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--as-client"]:
        sys.exit(_as_client(argv[1], argv[2:]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="timed runs on the same cluster")
    parser.add_argument("--cold", action="store_true", help="no warm-up run: the workers' first imports count")
    parser.add_argument("--top", type=int, default=12, help="task prefixes shown")
    parser.add_argument("--dump", default=None,
                        help="write each run's task stream to DUMP-ROUND.jsonl: key, worker, start, end, compute, transfer, "
                             "CPU and the keys it read, after a line of the run's timeline (read by bench.dask_path)")
    parser.add_argument("--quiet-cluster", action="store_true",
                        help="the cluster without its per-second housekeeping: " + ", ".join(QUIET)
                        + " (newsbeam's clusters have it since stop 43: the default here too; the flag is kept "
                        "for older command lines and refused with --default-config)")
    parser.add_argument("--default-config", action="store_true",
                        help="the cluster with distributed's own intervals (profiler on), not newsbeam's QUIET")
    parser.add_argument("--no-stealing", action="store_true",
                        help="the scheduler without work stealing: where the graph's preferences alone put the "
                             "tasks (newsbeam's QUIET has it since stop 44; for --default-config)")
    parser.add_argument("--stealing", action="store_true",
                        help="the scheduler with distributed's work stealing, the rest QUIET (before stop 44)")
    parser.add_argument("--alternate", action="store_true",
                        help="with --unmerged: rounds alternate, unmerged first, then merged (pairs from one stretch)")
    parser.add_argument("--unmerged", action="store_true",
                        help="the client's graph without stop 41's merge of sibling tasks (Graph._merge_siblings), "
                             "to count what it saves")
    parser.add_argument("--idle", type=float, default=0.0, metavar="S",
                        help="before each run, S seconds of the idle cluster: each process's CPU per wall second "
                             "(its clocks), to split its CPU in the run into clocks and work")
    parser.add_argument("--spawn", action="store_true",
                        help="workers spawned, each importing newsbeam (distributed's default), not forked")
    ns = parser.parse_args(argv)
    if ns.quiet_cluster and ns.default_config:
        parser.error("--quiet-cluster (the default) and --default-config exclude each other")
    if ns.stealing and ns.no_stealing:
        parser.error("--stealing and --no-stealing exclude each other")

    import dask
    from distributed import Client, LocalCluster

    if not ns.default_config:
        dask_preload.quiet_cluster()  # the nannies pass this process's config to the workers they start (once, here)
    if ns.no_stealing or ns.stealing:  # the scheduler runs in this process
        dask.config.set({"distributed.scheduler.work-stealing": ns.stealing})

    from bench.scaling import warm_up

    n = ns.workers
    if not ns.spawn:
        from newsbeam.pipeline.dask_preload import fork_workers

        fork_workers(quiet=False)  # quiet or not: decided above, for spawned workers too
    started = time.time()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, memory_limit="auto",
                      scheduler_kwargs={} if ns.stealing else dask_preload.scheduler_kwargs(),
                      preload=["newsbeam.pipeline.dask_preload"]) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        me = os.getpid()
        print(f"bench.dask_tasks: cluster of {n} ready in {time.time() - started:.2f} s, its processes' CPU "
              f"{sum(_cpu(pid) or 0.0 for pid in tree_pids(me) if pid != me):.2f} s "
              f"({'spawned' if ns.spawn else 'forked from a forkserver with newsbeam imported'})")
        if not ns.cold:
            work = Path(tempfile.mkdtemp(prefix="dask-tasks-"))
            try:
                warm_up(cluster.scheduler_address, n, work)
            finally:
                shutil.rmtree(work, ignore_errors=True)
        for round_ in range(ns.repeat):
            output = f"{ns.output}-{round_}" if ns.repeat > 1 else ns.output
            dump = f"{ns.dump}-{round_}.jsonl" if ns.dump else None
            one_run(client, cluster.scheduler_address, n, ["--input", ns.input, "--output", output], pids, ns.top,
                    dump, unmerged=ns.unmerged and not round_ % 2 if ns.alternate else ns.unmerged, idle=ns.idle)


if __name__ == "__main__":
    main()
