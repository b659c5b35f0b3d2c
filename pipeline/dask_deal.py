"""The Dask runner's partitions and ``Reshuffle``'s deal of elements over hands of equal work
(``pipeline/dask_graph.py``'s ``Graph.spread`` wires them into the graph; bench/README.md, "Stop 33, Dask")."""
from __future__ import annotations

import dataclasses
import heapq
import typing as t

from newsbeam.transforms.composites.file_weight import file_weight, head_bytes_for


class _Partition(list):
    """A task's output: a list that a worker sends to another as one pickle.

    ``distributed`` serializes a value of exact type ``list`` element by element (a sub-frame
    and a ``pickle.dumps`` call each) when its first element leads with ``bytes`` (its
    ``check_dask_serializable`` looks at the first element, depth first): newsbeam's keyed
    records (``(bytes key, value)``) crossed between workers as 30,000 to 40,000 pickle calls per
    worker in a two-worker run of feeds 4,000, most of each worker's event-loop CPU (bench/README.md,
    "Dask: the event loop"). A subclass is pickled whole, and is still a list to every reader."""

    __slots__ = ()


RECORD_COST = 512  # a record's own work, in characters of its text (bench/README.md, "Stop 33, Dask")


def _is_file(element) -> bool:
    """A file as ``ReadFiles`` matches it: ``(path, size)``."""
    return (isinstance(element, tuple) and len(element) == 2 and isinstance(element[0], (bytes, str))
            and isinstance(element[1], int) and not isinstance(element[1], bool))


def _weight(element, head_bytes: int = 0) -> int:
    """The work an element stands for: a file as ``ReadFiles`` matches it, ``(path, size)``,
    weighs its size plus ``ITEM_COST`` per item its first ``head_bytes`` let expect
    (``file_weight.file_items``; none read with 0, nor for a remote file); a record (a dataclass instance: an ``Entry`` after
    the parse) weighs its text, the characters of its string fields, plus ``RECORD_COST``: the
    normalization of a feed entry costs about 0.07 ms plus 0.14 us a character, so by count
    one hand got 2.3 times the other's work on feeds 4k (the entries of the long-content feeds
    dealt by size stayed together); anything else weighs one."""
    if _is_file(element):
        return file_weight(element[0], element[1], head_bytes)
    if dataclasses.is_dataclass(element) and not isinstance(element, type):
        return RECORD_COST + sum(len(value) for value in (getattr(element, f.name) for f in dataclasses.fields(element))
                                 if isinstance(value, str))
    return 1


def _weights(partition) -> list[int]:
    """Each element's ``_weight``; the files' heads within ``HEADS_BUDGET`` for the partition
    (64 KB each up to 1,024 files, less beyond, none under 4 KB each)."""
    head = head_bytes_for(sum(1 for element in partition if _is_file(element)))
    return [_weight(element, head) for element in partition]


def _plan(weights: t.Sequence[t.Sequence[int]], hands: int) -> list[list[int]]:
    """For each input partition, the hand each of its elements goes to, so that the hands
    weigh about the same and as few elements as possible change partition.

    Partition k's home is hand ``k % hands``. Each partition keeps its elements at home,
    heaviest first, while the home hand stays within its share (the total / hands; an element
    heavier than a share stays if it comes first: moving it would not even the hands); what is
    left over goes, heaviest first, to the lightest hand so far (ties to the lowest hand).
    From partitions already balanced (the parse of files dealt by size), nothing moves.

    From one partition nothing is home: every element is dealt, heaviest first, to the lightest
    hand. Kept home, hand 0 took the heaviest files up to its share and hand 1 every small one,
    so a weight that errs by a file's size (a JSON Feed's bytes, a long body's) erred on one side:
    the feeds' parse hands ended 0.55-0.92 s of CPU apart in every two-worker run of feeds
    10,000, the last hand always the small files'; dealt alternately, the errors mix (with each
    file's measured parse CPU, 0.48 s apart before, 0.04 s after; bench/README.md, "Stop 43, dask7")."""
    total = sum(sum(ws) for ws in weights)
    share = total / hands
    loads = [0] * hands
    out = [[-1] * len(ws) for ws in weights]
    left: list[tuple[int, int, int]] = []  # (-weight, partition, index)
    for k, ws in enumerate(weights):
        home = k % hands
        for i in sorted(range(len(ws)), key=lambda i: -ws[i]):
            # Several partitions: each keeps up to a share at home (one heavier than a share stays,
            # alone); one partition keeps nothing, every element is dealt below.
            if len(weights) > 1 and (loads[home] + ws[i] <= share or not loads[home]):
                out[k][i] = home
                loads[home] += ws[i]
            else:
                left.append((-ws[i], k, i))
    heap = [(load, j) for j, load in enumerate(loads)]
    heapq.heapify(heap)
    for negative, k, i in sorted(left):
        load, j = heapq.heappop(heap)
        out[k][i] = j
        heapq.heappush(heap, (load - negative, j))
    return out


def _split(partition, plan: t.Sequence[int], hands: int) -> tuple[list, ...]:
    """One partition's elements into ``hands`` lists as ``plan`` (from ``_plan``) says, in order."""
    out: list[list] = [_Partition() for _ in range(hands)]
    for element, j in zip(partition, plan):
        out[j].append(element)
    return tuple(out)
