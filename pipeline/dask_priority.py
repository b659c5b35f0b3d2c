"""Which tasks of the Dask runner's graph a worker runs first: those another worker waits for.

A one-thread worker runs its ready tasks in Dask's order of the graph. When a small task whose
output another worker reads (a GroupByKey's piece for the other worker's gather, a stage's
weights for the plan, a side input's part) becomes ready beside a longer task of the worker's
own (the upserts' keying, the buckets' rewrite), Dask's order often ran the long one first, and
the other worker sat idle that long: in a two-worker feeds run, 0.07-0.12 s of CPU at each of
the commit's and the rejects' gathers in a replay of the observed order, 0.35-0.9 s of wall at
load 5-9 (``python -m bench.dask_idle``: "awaited ...Piece on w2; others ran
Commit/KeyUpserts"; bench/README.md, "Stop 44, dask8"). With work stealing off
(``dask_preload.QUIET``) no other worker takes such a task over, so the order is the lever: a
task another worker will wait for (read by a task placed elsewhere, or a side input that both
workers read) gets a higher Dask priority, which orders it before the worker's other ready tasks, and changes nothing else (the
same tasks, the same places, the same outputs).
"""
from __future__ import annotations

import collections
import typing as t

# Dask's user priority of a task another worker waits for (the default is 0; higher runs first).
FEEDS_ANOTHER_WORKER = 1


def feeding_others(tasks: t.Mapping[str, t.Any], where: t.Mapping[str, dict | None]) -> set[str]:
    """The tasks of ``tasks`` (key -> node with ``dependencies``) that some worker other than
    their own will wait for (``where``: key -> Dask's worker annotations or None): a placed task
    read by a task placed elsewhere or not placed; a task left to the scheduler (a side input)
    read by tasks of two placements or more (one of them is elsewhere wherever it runs)."""
    readers: dict[str, list[str]] = collections.defaultdict(list)
    for key, node in tasks.items():
        for dep in node.dependencies:
            readers[dep].append(key)
    found = set()
    for key in tasks:
        places = {repr(where.get(reader)) for reader in readers[key]}
        if (places - {repr(where[key])}) if where.get(key) else len(places) > 1:
            found.add(key)
    return found


def prioritized(tasks: t.Mapping[str, t.Any], where: t.Mapping[str, dict | None]) -> dict[str, t.Any]:
    """``where`` with ``FEEDS_ANOTHER_WORKER`` as the priority of each task another worker waits for."""
    first = feeding_others(tasks, where)
    return {**where, **{key: {**(where.get(key) or {}), "priority": FEEDS_ANOTHER_WORKER} for key in first}}
