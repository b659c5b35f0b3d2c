"""How the DaskRunner (``pipeline.dask_runner``) moves elements between partitions: the deal of a
``Reshuffle`` (``_plan``, ``_split``: balanced by work, moving as little as it can) and the
GroupByKey's shuffle (``_TaskGroupByKey``: the keys dealt by their work, not by their hash).

Both deal *work*, estimated per element by ``_weight``. A hash split of a few keys is a coin
toss per key: the decide stage groups the articles by their 16 index shards, and Dask's hash
sends 7 shards to one partition and 9 to the other (4, 5 and 7 of 16 for three), so the
extraction fused after the decisions ran 44% / 56% on two workers, the last worker's share the
wall (bench/README.md, "Stop 34, Dask").
"""
from __future__ import annotations

import dataclasses
import heapq
import typing as t

from apache_beam.runners.dask.transform_evaluator import GroupByKey, defenestrate


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


def _weight(element) -> int:
    """The work an element stands for: a file as ``ReadFiles`` matches it, ``(path, size)``,
    weighs its size (a proxy: across feeds, parse CPU per KB differs up to tenfold, see
    bench/README.md, "Stop 30, scaling"); a record (a dataclass instance: an ``Entry`` after
    the parse) weighs its text, the characters of its string fields, plus ``RECORD_COST``: the
    normalization of a feed entry costs about 0.07 ms plus 0.14 us a character, so by count
    one hand got 2.3 times the other's work on feeds 4k (the entries of the long-content feeds
    dealt by size stayed together); anything else weighs one."""
    if (isinstance(element, tuple) and len(element) == 2 and isinstance(element[0], (bytes, str))
            and isinstance(element[1], int) and not isinstance(element[1], bool)):
        return max(element[1], 1)
    if dataclasses.is_dataclass(element) and not isinstance(element, type):
        return RECORD_COST + sum(len(value) for value in (getattr(element, f.name) for f in dataclasses.fields(element))
                                 if isinstance(value, str))
    return 1


def _weights(partition) -> list[int]:
    return [_weight(element) for element in partition]


def _plan(weights: t.Sequence[t.Sequence[int]], hands: int) -> list[list[int]]:
    """For each input partition, the hand each of its elements goes to, so that the hands
    weigh about the same and as few elements as possible change partition.

    Partition k's home is hand ``k % hands``. Each partition keeps its elements at home,
    heaviest first, while the home hand stays within its share (the total / hands; an element
    heavier than a share stays if it comes first: moving it would not even the hands); what is
    left over goes, heaviest first, to the lightest hand so far (ties to the lowest hand).
    From one partition this is the deal of the heaviest first to the lightest hand; from
    partitions already balanced (the parse of files dealt by size), nothing moves."""
    total = sum(sum(ws) for ws in weights)
    share = total / hands
    loads = [0] * hands
    out = [[-1] * len(ws) for ws in weights]
    left: list[tuple[int, int, int]] = []  # (-weight, partition, index)
    for k, ws in enumerate(weights):
        home = k % hands
        for i in sorted(range(len(ws)), key=lambda i: -ws[i]):
            if loads[home] + ws[i] <= share or not loads[home]:  # one heavier than a share stays
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


class _TaskGroupByKey(GroupByKey):
    """Beam's GroupByKey as a deal of the keys by their work: for N partitions, N + 1 small tasks
    (the weights, the deal) besides the N splits, their N x N pieces and the N gathers.

    Beam's Dask GroupByKey is ``Bag.groupby()``: without ``shuffle=`` it asks
    ``dask.utils.get_default_shuffle_method``, which imports ``dask.dataframe`` (pandas, 500
    modules) in the client to answer "p2p", which bags do not implement; and Dask's task
    shuffle (``groupby_tasks``) runs a hash map, a group, N splits and a join per partition,
    whose split pieces (plain lists of ``(hash, element)``) ``distributed`` serialized element
    by element between workers (bench/README.md, "Dask: the event loop").

    Here each input partition sums the work of each key's values (``_key_weights``: a small
    dict), one task deals the keys to the N output partitions from those sums (``_key_plan``:
    each key where most of its work already is while that partition stays within its share,
    the rest heaviest first to the lightest), each input partition is split as dealt into N
    ``_Partition`` pieces (``_key_split``), and output partition j joins piece j of every input
    and groups it: the values of a key in input-partition order, as the task shuffle gave them.
    A hash split (Stop 33's) gave the partitions of a grouping by few keys unequal work."""

    def apply(self, input_bag, side_inputs=None):
        import dask
        import dask.bag as db

        parts = input_bag.to_delayed(optimize_graph=False)
        n = len(parts)
        if n == 1:
            return db.from_delayed([dask.delayed(_group, pure=True)([parts[0]])])
        weights = [dask.delayed(_key_weights, pure=True)(part) for part in parts]
        plan = dask.delayed(_key_plan, pure=True)(weights, n)
        pieces = [dask.delayed(_key_split, pure=True, nout=n)(part, plan, n) for part in parts]
        return db.from_delayed([
            dask.delayed(_group, pure=True)([piece[j] for piece in pieces]) for j in range(n)])


def _value_weight(value) -> int:
    """A grouped value's work: a sealed record (bytes) or a text weighs ``RECORD_COST`` plus
    its length, anything else as ``_weight`` says (a window unwrapped first)."""
    value = defenestrate(value)
    if isinstance(value, (bytes, str)):
        return RECORD_COST + len(value)
    return _weight(value)


def _key_weights(partition) -> dict:
    """Per key, the summed ``_value_weight`` of its values in this partition, keys in the order
    they first come."""
    out: dict = {}
    for key, value in partition:
        out[key] = out.get(key, 0) + _value_weight(value)
    return out


def _key_plan(weights: t.Sequence[t.Mapping], n: int) -> dict:
    """The output partition of every key, so that the partitions weigh about the same and as
    little as possible moves: ``_plan``'s deal with keys for elements. A key's home is the
    partition (mod n) holding most of its weight (the first of a tie); keys, heaviest first
    (then in the order they first come), stay home while it is within its share; the rest go
    to the lightest partition so far (ties to the lowest)."""
    totals: dict = {}
    home: dict = {}
    best: dict = {}
    for k, ws in enumerate(weights):
        for key, w in ws.items():
            totals[key] = totals.get(key, 0) + w
            if w > best.get(key, 0):
                best[key], home[key] = w, k % n
    order = sorted(totals, key=lambda key: -totals[key])  # stable: ties keep their first order
    share = sum(totals.values()) / n
    loads = [0] * n
    out: dict = {}
    left = []
    for key in order:
        j = home.get(key, 0)
        if loads[j] + totals[key] <= share or not loads[j]:
            out[key] = j
            loads[j] += totals[key]
        else:
            left.append(key)
    heap = [(load, j) for j, load in enumerate(loads)]
    heapq.heapify(heap)
    for key in left:
        load, j = heapq.heappop(heap)
        out[key] = j
        heapq.heappush(heap, (load + totals[key], j))
    return out


def _key_split(partition, plan: t.Mapping, n: int) -> tuple[list, ...]:
    """One partition's ``(key, value)`` items into ``n`` pieces as ``plan`` deals their keys."""
    out: list[list] = [_Partition() for _ in range(n)]
    for item in partition:
        out[plan[item[0]]].append(item)
    return tuple(out)


def _group(pieces) -> list:
    groups: dict = {}
    for piece in pieces:
        for item in piece:
            groups.setdefault(item[0], []).append(defenestrate(item[1]))
    return _Partition(groups.items())
