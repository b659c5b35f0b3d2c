"""A Dask run's task CPU and transfers per kind of task, one worker against N, from ``bench.dask_tasks --dump``.

    python -m bench.dask_tasks --input 'DIR/*' --output OUT1 --workers 1 --repeat 2 --dump /tmp/one
    python -m bench.dask_tasks --input 'DIR/*' --output OUT2 --workers 2 --repeat 2 --dump /tmp/two
    python -m bench.dask_kinds /tmp/one-*.jsonl /tmp/two-*.jsonl

The two-worker run spends more worker CPU than the one-worker run for the same work (bench/README.md,
"Stop 42, the merged tree": +0.6-1.6 s of 13-14 s). This says where, from each task's own thread CPU
(metered in the worker): a task is counted under the first kind in ``KINDS`` its fused key names
(a fused task holds several stages; the heaviest stage a key names comes first in ``KINDS``, so a
one-worker task that fuses the extraction with the commit's keying counts as extraction). Per kind:
the mean CPU of the 1-worker dumps and of the N-worker dumps, their difference, the tasks, and the
megabytes of its tasks' outputs that crossed to another worker (``crossed``, recorded by
``bench.dask_tasks`` since stop 43, by Dask's own size estimate). And the tasks that ran on another
worker than the one their preference asked for (``asked``): work stealing, or a worker busy when
the scheduler placed a loose task; each pulls its inputs after it. It prints; it never asserts.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys

# (kind, what a task key holds to be of it): the heavy stages first, then the graph's own tasks
KINDS = (
    ("parse", "ParDo(_Parse)"),
    ("extract", "ParDo(_Extract)"),
    ("normalize", "ParDo(_Normalize)"),
    ("rewrite buckets", "RewriteBuckets"),
    ("decide", "ParDo(_Decide)"),
    ("read files", "ParDo(_ReadFile)"),
    ("summarize index", "SummarizeIndex"),
    ("group by key (split, piece, gather)", "GroupByKey"),  # before the deals: Commit/SpreadBuckets is a GroupByKey
    ("deal (weigh, plan, split, piece)", "/Weigh"),
    ("deal (weigh, plan, split, piece)", "/Plan"),
    ("deal (weigh, plan, split, piece)", "Spread"),
    ("commit (keying, index)", "Commit/"),
    ("decide (keying, sizes, guids)", "Decide/"),
    ("side inputs", "Side"),
    ("rejects and stats", "Rejects"),
    ("rejects and stats", "Stats"),
)
OTHER = "other"


def kind(key: str) -> str:
    """The kind of task a fused key names (``KINDS``' first match), ``OTHER`` if none."""
    return next((name for name, mark in KINDS if mark in key), OTHER)


def load(path: str) -> tuple[int, list[dict]]:
    """A dump's worker count and its tasks."""
    workers, rows = 0, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if "run" in row:
                workers = int(row["run"].get("workers") or 0)
            else:
                rows.append(row)
    return workers or len({r.get("worker") for r in rows}), rows


def count(rows: list[dict]) -> dict[str, list[float]]:
    """Per kind: [CPU s, tasks, MB crossed to another worker, tasks run away from their asked worker]."""
    out: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0, 0.0, 0])
    for row in rows:
        got = out[kind(row["key"])]
        got[0] += row.get("cpu", 0.0)
        got[1] += 1
        got[2] += row.get("crossed", 0) / 1e6
        got[3] += bool(row.get("asked") and row["asked"] != row.get("worker"))
    return out


def mean(counts: list[dict[str, list[float]]]) -> dict[str, list[float]]:
    """The mean of each kind's numbers over runs (a kind absent from a run counts zero there)."""
    kinds = {k for c in counts for k in c}
    return {k: [sum(c.get(k, [0.0] * 4)[i] for c in counts) / len(counts) for i in range(4)] for k in kinds}


def table(by_workers: dict[int, list[dict[str, list[float]]]]) -> list[str]:
    """The lines: per kind, each worker count's mean CPU (tasks), then N - 1's CPU difference and
    the N-worker runs' crossed MB and tasks run away, heaviest kind first; then the totals."""
    means = {n: mean(counts) for n, counts in sorted(by_workers.items())}
    ns = list(means)
    kinds = sorted({k for m in means.values() for k in m}, key=lambda k: -max(m.get(k, [0.0])[0] for m in means.values()))
    head = f"{'task CPU s by kind (mean of runs)':38}" + "".join(f"{f'{n} worker(s), runs ' + str(len(by_workers[n])):>24}" for n in ns)
    lines = [head + (f"{'+CPU ' + str(ns[-1]) + ' vs 1':>12}{'crossed MB':>12}{'ran away':>10}" if len(ns) > 1 else "")]
    totals = {n: [0.0, 0.0] for n in ns}
    for k in kinds:
        cells = ""
        for n in ns:
            cpu, tasks = means[n].get(k, [0.0, 0])[:2]
            totals[n][0] += cpu
            totals[n][1] += tasks
            cells += f"{cpu:16.3f} ({tasks:4.1f})"
        if len(ns) > 1 and ns[0] == 1:
            last = means[ns[-1]].get(k, [0.0] * 4)
            cells += f"{last[0] - means[1].get(k, [0.0])[0]:+12.3f}{last[2]:12.2f}{last[3]:10.1f}"
        lines.append(f"{k:38}{cells}")
    cells = "".join(f"{totals[n][0]:16.3f} ({totals[n][1]:4.0f})" for n in ns)
    if len(ns) > 1 and ns[0] == 1:
        last = means[ns[-1]]
        cells += (f"{totals[ns[-1]][0] - totals[1][0]:+12.3f}{sum(v[2] for v in last.values()):12.2f}"
                  f"{sum(v[3] for v in last.values()):10.1f}")
    lines.append(f"{'all tasks':38}{cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_kinds", description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", help="bench.dask_tasks --dump files (DUMP-ROUND.jsonl), 1 worker and N")
    ns = parser.parse_args(argv)
    by_workers: dict[int, list[dict[str, list[float]]]] = collections.defaultdict(list)
    for path in ns.dumps:
        workers, rows = load(path)
        by_workers[workers].append(count(rows))
    print("\n".join(table(by_workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
