"""The critical path of a Dask run, and where its workers sat idle, from ``bench.dask_tasks --dump``.

    python -m bench.dask_tasks --input 'DIR/*' --output OUT --workers 2 --dump /tmp/run
    python -m bench.dask_path /tmp/run-0.jsonl [/tmp/one-worker-0.jsonl ...]

A dump holds each task's worker, start, end, compute and transfer walls, its thread's CPU and the
keys it read (the fused graph, recorded in the client). Read here:

- **the observed critical path**: from the task that ended last, back through whatever it waited
  for last: its latest input (on this worker or another: a transfer) or the task before it on its
  worker; each step's gap (the input ready, the task not yet started: the scheduler's round trip
  and the worker's queue) and the client's serial start before the first task;
- **each worker's idle seconds** in the task phase, by cause: waiting for an input another worker
  was still computing (a barrier), an input ready but the task not started (a round trip through
  the scheduler), nothing left for it (its last task done before the run's);
- **a replay in CPU seconds**: the same tasks on the same workers in the same order, each taking
  its thread's CPU and starting as soon as its worker and its inputs are free (``--latency`` per
  step besides). A loaded machine stretches walls 2-10x; this is what the graph and the deal
  allow with the load removed: its idle is the barriers' and the deal's, not the machine's.

With two dumps (1 worker, then N), it prints the ratio the replay gives, and without each serial
part: the client's start (its CPU as the quiet estimate) and the tail after the last task.
It prints; it never asserts.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys

EPS = 0.002  # seconds: a step closer than this to its cause waited for nothing else
PARSE = "ParDo(_Parse)"  # in a task's key: the feeds' parse (``ParseDocuments``), whose deal decides the tail


def span_union(spans: list) -> float:
    """The seconds covered by the union of (start, stop) spans (a task's fetch may overlap the
    task before: observed spans are not disjoint)."""
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop > end:
            total += stop - max(start, end)
            end = stop
    return total


def load(path: str) -> tuple[dict, list[dict]]:
    """A dump's run line (``{}`` if absent) and its tasks that ran (start and end known)."""
    run: dict = {}
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if "run" in row:
                run = row["run"]
            elif row.get("start") is not None and row.get("end") is not None:
                rows.append(row)
    return run, rows


def critical_path(rows: list[dict]) -> list[tuple[dict, str, float]]:
    """From the last task back: (task, what it waited for, gap before it started)."""
    by_key = {r["key"]: r for r in rows}
    on_worker = collections.defaultdict(list)
    order = {}
    for i, r in enumerate(sorted(rows, key=lambda r: (r["start"], r["end"]))):
        on_worker[r["worker"]].append(r)
        order[r["key"]] = i
    path = []
    task: dict | None = max(rows, key=lambda r: r["end"])
    while task is not None:
        deps = [by_key[d] for d in task.get("deps", ()) if d in by_key]
        dep = max(deps, key=lambda r: r["end"], default=None)
        before = [r for r in on_worker[task["worker"]] if order[r["key"]] < order[task["key"]]]
        prior = max(before, key=lambda r: r["end"], default=None)
        if dep is not None and (prior is None or dep["end"] >= prior["end"] - EPS):
            cause = "input, other worker" if dep["worker"] != task["worker"] else "input, same worker"
            path.append((task, cause, task["start"] - dep["end"]))
            task = dep
        elif prior is not None:
            path.append((task, "its worker busy", task["start"] - prior["end"]))
            task = prior
        else:
            path.append((task, "the client's start", task["start"]))
            task = None
    return path[::-1]


def idle(rows: list[dict]) -> dict[str, collections.Counter]:
    """Each worker's idle seconds in the task phase by cause (see the module's docstring)."""
    by_key = {r["key"]: r for r in rows}
    first, last = min(r["start"] for r in rows), max(r["end"] for r in rows)
    out: dict[str, collections.Counter] = {}
    for worker in sorted({r["worker"] for r in rows}):
        mine = sorted((r for r in rows if r["worker"] == worker), key=lambda r: r["start"])
        causes: collections.Counter = collections.Counter()
        free = first
        for r in mine:
            if r["start"] > free + EPS:
                ready = max((by_key[d]["end"] for d in r.get("deps", ()) if d in by_key), default=first)
                waited = max(0.0, min(ready, r["start"]) - free)
                other = any(by_key[d]["worker"] != worker and by_key[d]["end"] > free
                            for d in r.get("deps", ()) if d in by_key)
                causes["input on another worker" if other else "input on this worker"] += waited
                causes["ready, not started (round trip)"] += r["start"] - free - waited
            free = max(free, r["end"])
        causes["nothing left"] += last - free
        out[worker] = causes
    return out


def replay(rows: list[dict], latency: float = 0.0, idle: dict | None = None,
           ends: dict | None = None) -> tuple[float, dict[str, float]]:
    """The task phase with each task taking its CPU: (makespan, each worker's busy CPU); with
    ``idle``, each worker's replayed idle before a task, by the task's stage (``idle[stage]``);
    with ``ends``, each task's replayed end (``ends[key]``)."""
    by_key = {r["key"]: r for r in rows}
    end: dict[str, float] = {}
    free: dict[str, float] = collections.defaultdict(float)
    busy: dict[str, float] = collections.defaultdict(float)
    # in the observed order of their computes (a task's recorded start is its first fetch's, which
    # can precede a small task its worker computed before it); a task whose input is not replayed
    # yet waits a pass
    pending = sorted(rows, key=lambda r: (r["end"] - r["compute"], r["end"]))
    while pending:
        left = []
        for r in pending:
            deps = [d for d in r.get("deps", ()) if d in by_key]
            if any(d not in end for d in deps):
                left.append(r)
                continue
            start = max([free[r["worker"]]] + [end[d] + latency for d in deps])
            if idle is not None and start - free[r["worker"]] > EPS and r["worker"] in free:
                idle[r["key"].rsplit("-", 1)[0][:60]] += start - free[r["worker"]]
            end[r["key"]] = free[r["worker"]] = start + r["cpu"]
            busy[r["worker"]] += r["cpu"]
        if len(left) == len(pending):
            raise ValueError("the dump's graph has a cycle or a missing task")
        pending = left
    if ends is not None:
        ends.update(end)
    return max(end.values(), default=0.0), dict(busy)


def parse_tail(rows: list[dict], ends: dict[str, float]) -> str:
    """The parse's tasks per worker: their count, CPU and the replayed end of the last one; the
    tail is the time between the workers' last parse ends (what the next stage's deal waits),
    replayed in CPU and as observed (wall, which the load stretches)."""
    by_worker: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        if PARSE in r["key"]:
            by_worker[r["worker"]].append(r)
    if not by_worker:
        return "no parse tasks"
    last = {w: max(ends[r["key"]] for r in rs) for w, rs in by_worker.items()}
    cpu = {w: sum(r["cpu"] for r in rs) for w, rs in by_worker.items()}
    seen = {w: max(r["end"] for r in rs) for w, rs in by_worker.items()}
    return (f"parse tasks {' / '.join(str(len(by_worker[w])) for w in sorted(by_worker))}, CPU "
            f"{' / '.join(f'{cpu[w]:.2f}' for w in sorted(cpu))} s, "
            f"replayed last ends {' / '.join(f'{last[w]:.2f}' for w in sorted(last))} s: "
            f"tail {max(last.values()) - min(last.values()):.2f} s; observed (wall) {max(seen.values()) - min(seen.values()):.2f} s")


def report(path: str, latency: float) -> dict:
    run, rows = load(path)
    n = run.get("workers") or len({r["worker"] for r in rows})
    first, last = min(r["start"] for r in rows), max(r["end"] for r in rows)
    print(f"{path}: {n} worker(s), {len(rows)} tasks; client start -> first task {first:.2f} s, tasks "
          f"{last - first:.2f} s, tail {run.get('ended', last) - last:.2f} s; client CPU {run.get('client_cpu', 0):.2f} s")
    steps = critical_path(rows)
    kinds = collections.Counter(cause for _, cause, _ in steps)
    gaps = collections.Counter()
    for _, cause, gap in steps[1:]:
        gaps[cause] += max(gap, 0.0)
    compute = sum(t["compute"] for t, _, _ in steps)
    transfer = sum(t["transfer"] for t, _, _ in steps)
    cpu = sum(t["cpu"] for t, _, _ in steps)
    print(f"  critical path: {len(steps)} tasks ({', '.join(f'{k} {v}' for k, v in kinds.items())}); "
          f"compute {compute:.2f} s (CPU {cpu:.2f}), transfer {transfer:.2f} s, gaps "
          + ", ".join(f"{k} {v:.2f}" for k, v in gaps.items()))
    for task, cause, gap in steps:
        if task["compute"] >= 0.05 or gap >= 0.05 or task["transfer"] >= 0.05:
            print(f"    {task['start']:6.2f} {task['worker']} +{gap:5.2f} ({cause:19s}) compute {task['compute']:5.2f} "
                  f"cpu {task['cpu']:5.2f} transfer {task['transfer']:4.2f}  {task['key'].rsplit('-', 1)[0][:70]}")
    for worker, causes in idle(rows).items():
        print(f"  {worker} idle in the task phase: {sum(causes.values()):.2f} s of {last - first:.2f} ("
              + ", ".join(f"{k} {v:.2f}" for k, v in causes.most_common()) + ")")
    span, busy = replay(rows, latency)
    waits: collections.Counter = collections.Counter()
    ends: dict[str, float] = {}
    span0, _ = replay(rows, 0.0, waits, ends)
    total = sum(busy.values())
    print(f"  replay in CPU s: task phase {span:.2f} s (latency {latency * 1000:.0f} ms a step; {span0:.2f} with none); "
          f"busy {' / '.join(f'{busy[w]:.2f}' for w in sorted(busy))}; a perfect split {total / n:.2f} s; "
          f"tasks under 10 ms CPU {sum(1 for r in rows if r['cpu'] < 0.01)}")
    if n > 1:
        print("  replayed idle (no latency), by the task waited for: "
              + ", ".join(f"{k} {v:.2f}" for k, v in waits.most_common(6)))
        print(f"  the parse (no latency): {parse_tail(rows, ends)}")
    # the client's CPU (its start, the submit, the commit after the last task) stands for its
    # serial part: its walls stretch with the load as the tasks' do
    return {"n": n, "span": span, "total": total, "serial": run.get("client_cpu", first)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_path", description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", help="bench.dask_tasks --dump files (DUMP-ROUND.jsonl)")
    parser.add_argument("--latency", type=float, default=0.005, help="seconds a step adds in the replay (default 0.005)")
    ns = parser.parse_args(argv)
    found = [report(p, ns.latency) for p in ns.dumps]
    ones = [f for f in found if f["n"] == 1]
    for f in (f for f in found if f["n"] > 1):
        for one in ones:
            s1, s2 = one["serial"], f["serial"]
            print(f"ratio by the replay, {f['n']} / 1 workers: {(s1 + one['span']) / (s2 + f['span']):.2f}x with the "
                  f"client's CPU ({s1:.2f} / {s2:.2f} s); {one['span'] / f['span']:.2f}x without; "
                  f"{(s1 + one['span']) / (s2 + f['total'] / f['n']):.2f}x with the task phase split perfectly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
