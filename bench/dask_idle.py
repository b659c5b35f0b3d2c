"""When each worker of a Dask run sits idle, and what runs or is awaited then, from a dump.

    python -m bench.dask_tasks --input 'DIR/*' --output OUT --workers 2 --dump /tmp/run
    python -m bench.dask_idle /tmp/run-0.jsonl [--min 0.05] [--observed]

``bench.dask_path`` sums each worker's idle by cause; this lists the intervals themselves, in
time order: each worker's serial start (the client's start to its first task), every gap between
two of its tasks longer than ``--min`` seconds, and its end (its last task to the run's last).
For each gap it names the task the worker ran next and why that one could not start sooner:
the input it waited for longest (its stage, its worker, when it ended), or none (its inputs were
ready: a round trip through the scheduler or a placement that left the worker nothing), and
what the other workers computed meanwhile.

By default the timeline is the CPU replay of ``bench.dask_path`` (each task taking its thread's
CPU, on its observed worker, in its observed order, no latency): on a loaded machine the walls
stretch 2-10x, the replay is what the graph and the placement allow. ``--observed`` lists the
walls as recorded instead (the round trips and transfers are only there). It prints; it never
asserts.
"""
from __future__ import annotations

import argparse
import collections
import sys

from bench.dask_path import load, replay, span_union


def _stage(key: str, width: int = 58) -> str:
    """A task's key without its token, cut to ``width``: the stage (or fused chain) it ran."""
    name = key.rsplit("-", 1)[0]
    return name if len(name) <= width else name[:width - 21] + "~" + name[-20:]



def timeline(rows: list[dict], observed: bool) -> list[dict]:
    """The tasks with the start and end they take here: as recorded, or replayed in CPU."""
    if observed:
        return [dict(r) for r in rows]
    ends: dict[str, float] = {}
    replay(rows, 0.0, None, ends)
    return [{**r, "start": ends[r["key"]] - r["cpu"], "end": ends[r["key"]]} for r in rows]


def gaps(tasks: list[dict], least: float) -> list[dict]:
    """Each worker's idle intervals of at least ``least`` seconds, in time order: its start (the
    phase's first task to its own first), the gaps between its tasks, and its end (its last task
    to the phase's last); each with the task that ran next, the input it waited for longest and
    what the other workers computed in the interval."""
    by_key = {t["key"]: t for t in tasks}
    first, last = min(t["start"] for t in tasks), max(t["end"] for t in tasks)
    workers = sorted({t["worker"] for t in tasks})
    found = []
    for worker in workers:
        mine = sorted((t for t in tasks if t["worker"] == worker), key=lambda t: t["start"])
        free = first
        for t in [*mine, None]:
            start = last if t is None else t["start"]
            if start - free >= least:
                deps = [by_key[d] for d in (t or {}).get("deps", ()) if d in by_key]
                awaited = max(deps, key=lambda d: d["end"], default=None)
                if awaited is not None and awaited["end"] <= free + 1e-3:
                    awaited = None  # its inputs were ready when the worker fell idle
                others = collections.Counter()
                for o in tasks:
                    if o["worker"] != worker and o["end"] > free and o["start"] < start:
                        others[_stage(o["key"], 40)] += min(o["end"], start) - max(o["start"], free)
                found.append({"worker": worker, "from": free, "to": start, "next": t, "awaited": awaited,
                              "others": others, "where": "start" if free == first and t is mine[0] else
                              "end" if t is None else "gap"})
            if t is not None:
                free = max(free, t["end"])
    return sorted(found, key=lambda g: g["from"])


def behind(tasks: list[dict], found: list[dict]) -> list[tuple[float, dict, dict | None]]:
    """Of each gap whose awaited input was on another worker, the seconds that input was ready
    (its own inputs done) but not begun because its worker ran something else, with that
    something (the longest task it ran in the interval), longest first: the idle an order that
    runs first what another worker waits for would remove (bench/README.md, "Stop 44, dask8")."""
    by_key = {t["key"]: t for t in tasks}
    first = min(t["start"] for t in tasks)
    out = []
    for g in found:
        a = g["awaited"]
        if a is None or a["worker"] == g["worker"]:
            continue
        begun = a["end"] - a.get("compute", a["end"] - a["start"])
        ready = max([by_key[d]["end"] for d in a.get("deps", ()) if d in by_key] + [first, g["from"]])
        if begun - ready <= 1e-3:
            continue
        ran = [o for o in tasks if o["worker"] == a["worker"] and o["end"] > ready and o["start"] < begun and o is not a]
        out.append((min(begun, g["to"]) - ready, a, max(ran, key=lambda o: min(o["end"], begun) - max(o["start"], ready),
                                                          default=None)))
    return sorted(out, key=lambda f: -f[0])


def report(path: str, least: float, observed: bool) -> dict[str, float]:
    run, rows = load(path)
    tasks = timeline(rows, observed)
    first, last = min(t["start"] for t in tasks), max(t["end"] for t in tasks)
    workers = sorted({t["worker"] for t in tasks})
    lens = "observed walls" if observed else "CPU replay, no latency"
    print(f"{path}: {len(workers)} worker(s), {len(tasks)} tasks, task phase {last - first:.2f} s ({lens}); "
          f"client start -> first task {run.get('first', 0.0):.2f} s wall, client CPU {run.get('client_cpu', 0.0):.2f} s")
    found = gaps(tasks, least)
    for g in found:
        nxt = g["next"]
        what = "nothing left (its last task ended)" if nxt is None else f"next {_stage(nxt['key'])}"
        if g["awaited"] is not None:
            a = g["awaited"]
            why = f"awaited {_stage(a['key'], 48)} on {a['worker']} (ends {a['end'] - first:.2f})"
        elif nxt is not None:
            why = "its inputs ready (placement or round trip)"
        else:
            why = ""
        others = "; ".join(f"{k} {v:.2f}" for k, v in g["others"].most_common(2)) or "nothing"
        print(f"  {g['worker']} {g['where']:5s} {g['from'] - first:6.2f}-{g['to'] - first:6.2f} "
              f"({g['to'] - g['from']:5.2f} s) {what}\n        {why}; others ran: {others}")
    total: dict[str, float] = collections.defaultdict(float)
    small: dict[str, float] = collections.defaultdict(float)
    for w in workers:
        busy = span_union([(t["start"], t["end"]) for t in tasks if t["worker"] == w])
        total[w] = (last - first) - busy
        small[w] = total[w] - sum(g["to"] - g["from"] for g in found if g["worker"] == w)
    waits = behind(tasks, found)
    print(f"  idle waiting for an input ready on another worker that ran something else first: "
          f"{sum(w for w, _, _ in waits):.2f} s in {len(waits)} gaps; longest: " + "; ".join(
              f"{_stage(t['key'], 40)} {w:.2f} (behind {_stage(o['key'], 40) if o else '-'})" for w, t, o in waits[:3]))
    print("  idle per worker: " + ", ".join(
        f"{w} {total[w]:.2f} s ({small[w]:.2f} in gaps under {least:.2f} s)" for w in workers))
    return dict(total)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_idle", description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", help="bench.dask_tasks --dump files (DUMP-ROUND.jsonl)")
    parser.add_argument("--min", type=float, default=0.05, help="shortest idle interval listed, seconds (0.05)")
    parser.add_argument("--observed", action="store_true", help="the recorded walls, not the CPU replay")
    ns = parser.parse_args(argv)
    for path in ns.dumps:
        report(path, ns.min, ns.observed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
