"""The Dask runner's task graph: each stage as one plain task per partition, then every linear
chain fused into one task (``pipeline/dask_runner.py`` walks the pipeline into it).

Before, each stage was a ``dask.bag`` or ``dask.delayed`` operation: every ``map_partitions``,
``from_delayed`` and ``nout`` split added plumbing tasks (``reify``, ``bag-from-delayed``,
``getitem``, the alias of a fused key) that the scheduler ran one by one (250 tasks for a
two-worker run on feeds 4k, 64 on one), and the graph could be fused only when no task asked
for a worker: Dask's optimization drops every annotation, so a two-worker run went unfused, one
task per ParDo per partition. Here a stage appends ``Task``s to one dict, and ``fuse`` inlines
each task into its one consumer when that consumer is the only one and no worker preference
conflicts: a partition's chain of ParDos (read, parse, normalize, ...) is one task, on the
worker its first task asked for, and the annotations survive (bench/README.md, "Stop 37, dask").
"""
from __future__ import annotations

import itertools
import operator
import typing as t
import uuid

from newsbeam.pipeline.dask_deal import _Partition, _plan, _split, _weights

ALL = ("<every element: the partition is not tagged>",)  # a tag no ParDo output has
Parts = t.List[str]  # a PCollection: the keys of its partitions' tasks, in order
FUSED_NAMES = 4  # stage labels a fused task's key spells out (first ones, then the last)
DRAIN = "Drain"


class Graph:
    """Tasks in the order they are added (every task after the tasks it reads), the worker each
    one prefers, and the keys that must stay tasks of their own."""

    def __init__(self, workers: t.Sequence[str] = ()):
        self.workers = list(workers)
        self.tasks: dict[str, t.Any] = {}  # key -> dask._task_spec.Task (or DataNode)
        self.where: dict[str, dict] = {}  # key -> annotations (a worker preference)
        self.labels: dict[str, list[str]] = {}  # key -> the stage labels its task runs
        self.kept: set[str] = set()  # never inlined: one piece of a split, read on another worker
        self.users: dict[str, list[str]] = {}  # key -> the tasks reading it, once per reference
        # Keys are unique per run: two runs on one cluster never share a key (the scheduler
        # would hand one run the other's results).
        self._run = uuid.uuid4().hex[:10]
        self._count = itertools.count()
        self._sides: dict[tuple, str] = {}

    def add(self, label: str, func: t.Callable, *args, where: dict | None = None, keep: bool = False) -> str:
        """A task ``func(*args)``; an argument ``Ref(key)`` is that task's output. Its key."""
        from dask._task_spec import Task

        key = f"{_task_name(label)}-{self._run}{next(self._count)}"
        self.tasks[key] = Task(key, func, *(_spec(a) for a in args))
        self.labels[key] = [label]
        self.users[key] = []
        refs = [ref for arg in args for ref in (arg if isinstance(arg, list) else [arg]) if isinstance(ref, Ref)]
        for ref in refs:
            self.users[ref.key].append(key)
        where = where or self._inherited(refs)
        if where:
            self.where[key] = where
        if keep:
            self.kept.add(key)
        return key

    def _inherited(self, refs: list) -> dict | None:
        """The worker a task's inputs ask for, when those that ask (side inputs aside) agree: a
        partition's every task then stays on its hand's worker. Left to the scheduler, the
        tasks between the placed hands and gathers (a stage read by several, a flatten, a
        rejects' or stats' part) ran wherever a worker was free, and pulled their input there:
        a two-worker feeds run had 64 to 77 edges between workers where 20 were meant (the
        pieces, side inputs and weights), whole parsed partitions among them (bench/README.md,
        "Stop 38, dask2"). A preference, as ``place``'s: a worker that left is not waited for."""
        sides = set(self._sides.values())
        asked = {repr(self.where[r.key]): self.where[r.key] for r in refs if r.key in self.where and r.key not in sides}
        return next(iter(asked.values())) if len(asked) == 1 else None

    def data(self, label: str, values: list) -> str:
        from dask._task_spec import DataNode

        key = f"{_task_name(label)}-{self._run}{next(self._count)}"
        self.tasks[key] = DataNode(key, _Partition(values))
        self.labels[key] = [label]
        self.users[key] = []
        return key

    def place(self, j: int) -> dict | None:
        """Partition j on worker ``j % len(workers)``: a preference, not a pin (a partition whose
        worker has left runs elsewhere); none with fewer than two workers."""
        if len(self.workers) < 2:
            return None
        return {"workers": [self.workers[j % len(self.workers)]], "allow_other_workers": True}

    # ------------------------------------------------------------------ the stages

    def side(self, parts: Parts, tag) -> str:
        """A side input as one value, computed once (however many ParDos read it), before the
        tasks that read it."""
        found = self._sides.get((tuple(parts), tag))
        if found is None:
            found = self._sides[tuple(parts), tag] = self.add("Side", _concat, [Ref(p) for p in parts],
                                                             [tag] * len(parts))
        return found

    def group_by_key(self, label: str, parts: Parts, tag) -> Parts:
        """One hash split per input partition and one gather per output partition, gather j on
        worker j (bench/README.md, "Stop 35, Dask"): the values of a key in input order."""
        n = len(parts)
        if n == 1:
            return [self.add(f"{label}/Gather", _group, [Ref(parts[0])], None, tag)]
        splits = [self.add(f"{label}/Split", _hash_split, Ref(p), n, tag) for p in parts]
        return [self.add(f"{label}/Gather", _group, *self._pieces(label, splits, j), where=self.place(j))
                for j in range(n)]

    def flatten(self, label: str, inputs: list[tuple[Parts, t.Any]]) -> Parts:
        """Output partition i joins partition i of every input that has one: as many partitions
        as the widest input, one task each (``db.concat`` kept them all, and an alias task each)."""
        widest = max((len(parts) for parts, _ in inputs), default=0)
        if not widest:
            return [self.data(label, [])]
        return [self.add(label, _concat, [Ref(parts[i]) for parts, _ in inputs if i < len(parts)],
                         [tag for parts, tag in inputs if i < len(parts)]) for i in range(widest)]

    def spread(self, label: str, parts: Parts, wanted: int, tag=ALL) -> Parts:
        """``Reshuffle`` as ``_plan`` deals it: ``wanted`` hands of equal work, hand j on worker j;
        only the weights (ints) meet in one task, the elements move only when split. The weighing
        and the split select ``tag`` themselves: a ``Select`` task per partition, read by both,
        was one more task and one more step before the plan (bench/README.md, "Stop 38, dask2")."""
        weights = [self.add(f"{label}/Weigh", _weights_of, Ref(p), tag) for p in parts]
        plan = self.add(f"{label}/Plan", _plan, [Ref(w) for w in weights], wanted)
        splits = [self.add(f"{label}/Split", _split_by_plan, Ref(p), Ref(plan), k, wanted, tag)
                  for k, p in enumerate(parts)]
        return [self.add(label, _concat_pieces, *self._pieces(label, splits, j), where=self.place(j))
                for j in range(wanted)]

    def _pieces(self, label: str, splits: Parts, j: int) -> tuple[list[Ref], list[int | None]]:
        """What hand (or gather) j reads of each split, and which piece of it to take there: a
        split on j's own worker whole (no transfer; the gather takes piece j itself), piece j of
        any other as a small task of its own where that split is, so that only the piece moves
        between workers, not the whole split. A piece task for a split on the gather's own
        worker was a task that moved nothing: 20 of a two-worker run's 163 (bench/README.md,
        "Stop 38, dask2")."""
        reads: list[Ref] = []
        picks: list[int | None] = []
        for k, split in enumerate(splits):
            if self._same_worker(k, j):
                reads.append(Ref(split))
                picks.append(j)
            else:
                reads.append(Ref(self.add(f"{label}/Piece", operator.getitem, Ref(split), j, keep=True)))
                picks.append(None)
        return reads, picks

    def _same_worker(self, k: int, j: int) -> bool:
        """Whether partition k's tasks and hand j ask for one worker (``place``); with fewer than
        two workers every task runs on the one there is."""
        return len(self.workers) < 2 or k % len(self.workers) == j % len(self.workers)

    def drain(self, parts: Parts) -> Parts:
        """A sink's partitions consumed where they are: nothing comes back to the client."""
        return [self.add(DRAIN, _drain, Ref(p)) for p in parts]

    # ------------------------------------------------------------------ fusion and submission

    def fuse(self, outputs: t.Collection[str]) -> tuple[dict[str, t.Any], dict[str, dict], list[str]]:
        """The graph with each task inlined into its consumer when it is that consumer's one
        input besides side inputs and the consumer is its only one, it is not an output, not
        ``kept``, and no worker preference conflicts (the fused task keeps the preference either
        had): a partition's chain of stages, never the inputs of a join, whose partitions would
        then run one after the other in one task, and move to it. Returns (tasks, preferences, outputs' keys); a
        fused task's key names its first stages and its last."""
        nodes, where, labels = dict(self.tasks), dict(self.where), {k: list(v) for k, v in self.labels.items()}
        outs, sides = set(outputs), set(self._sides.values())
        for key in self.tasks:  # producers first: each inlined node already holds its own producers
            users = self.users[key]  # a task read twice by one consumer stays a task: run once
            if len(users) != 1 or key in outs or key in self.kept:
                continue
            (user,) = users
            if self.tasks[user].dependencies - sides != {key}:
                continue  # a join (a plan, a side input, a flatten) runs its inputs' work apart
            if where.get(key) and where.get(user) and where[key] != where[user]:
                continue
            nodes[user] = nodes[user].substitute({key: nodes.pop(key)})
            if where.get(key):
                where[user] = where.pop(key)
            labels[user] = labels.pop(key) + labels[user]
        self._merge_siblings(nodes, where, labels, outs, sides)
        renamed = {key: _fused_name(key, labels[key]) for key in nodes if len(labels[key]) > 1}
        fused = {renamed.get(key, key): node.substitute(renamed, key=renamed.get(key, key))
                 for key, node in nodes.items()}
        return fused, {renamed.get(k, k): w for k, w in where.items() if k in nodes}, [renamed.get(k, k) for k in outputs]

    def _merge_siblings(self, nodes: dict, where: dict, labels: dict, outs: set, sides: set) -> None:
        """Fused tasks that read one task and nothing else (side inputs aside, unless one of
        them computes a side input another reads: the merged task would wait for itself), ask
        for one worker alike, and whose readers all ask for it too, merged into one task that
        returns their outputs as a tuple; each reader takes its item inline. The readers
        of a ParDo's tagged outputs (its rejects, its stats, a second key) were a task each per
        partition, each a round trip through the scheduler (~2 ms of shared CPU): merged, a
        two-worker feeds run has 122 tasks, not 142, and 600 scheduler transitions, not 700
        (bench/README.md, "Stop 40, dask4", "Stop 41, dask5").
        A reader on another worker, or on none (a side input, a plan), would fetch the whole
        tuple, and so would a gather (it reads the other worker's piece too: the scheduler may
        run it there, and then fetched a whole extraction with the split it wanted, 2 s of
        transfer at load 8): its sibling stays a task of its own. The read task, when the merged task is now
        its one reader, runs inside it too, once (a subgraph, as Dask fuses). In place."""
        from dask._task_spec import GraphNode, Task, TaskRef

        readers: dict[str, set[str]] = {key: set() for key in nodes}
        for key, node in nodes.items():
            for dep in node.dependencies:
                readers[dep].add(key)
        groups: dict[tuple[str, str], list[str]] = {}
        for key, node in nodes.items():
            if len(node.dependencies - sides) != 1 or key in outs or key in self.kept or key in sides:
                continue
            here = repr(where.get(key))
            if all(repr(where.get(reader)) == here and reader not in sides
                   and all(repr(where.get(dep)) == here for dep in nodes[reader].dependencies - sides)
                   for reader in readers[key]):
                groups.setdefault((next(iter(node.dependencies - sides)), here), []).append(key)
        for group in groups.values():
            group = [key for key in group if key in nodes]  # a task inlined or merged before is gone
            inputs = {frozenset(nodes[key].dependencies - sides) for key in group}
            if len(group) < 2 or len(inputs) != 1 or _reaches(readers, group, {
                    side for key in group for side in nodes[key].dependencies & sides}):
                continue
            (read,) = inputs.pop()
            merged = f"Siblings-{self._run}{next(self._count)}"
            parts = [nodes.pop(key) for key in group]
            labels[merged] = [label for key in group for label in labels.pop(key)]
            place = [where.pop(key, None) for key in group][0]
            subs = {key: Task(key, operator.getitem, TaskRef(merged), i) for i, key in enumerate(group)}
            picked, pick = self._pick_for_joins(nodes, where, labels, readers, merged, group, place, sides)
            for reader in {reader for key in group for reader in readers[key]}:
                nodes[reader] = nodes[reader].substitute({**subs, **picked})
            if (readers[read] <= set(group) and read not in outs and read not in self.kept and read not in sides
                    and repr(where.get(read)) == repr(place)):
                parts.insert(0, nodes.pop(read))
                labels[merged] = labels.pop(read) + labels[merged]
                where.pop(read, None)
            if place:
                where[merged] = place
            nodes[merged] = GraphNode.fuse(*parts, Task(merged, _together, *(TaskRef(key) for key in group)), key=merged)
            readers[merged] = {reader for key in group if key not in picked for reader in readers[key]} | set(pick)
            for dep in nodes[merged].dependencies:
                readers[dep] = (readers[dep] - set(group) - {read}) | {merged}

    def _pick_for_joins(self, nodes: dict, where: dict, labels: dict, readers: dict, merged: str, group: list,
                        place: dict | None, sides: set) -> tuple[dict, list[str]]:
        """The items of a merged task that only joins read (tasks that read other tasks too: the
        Flatten of every stage's rejects, of the stats, the commit's ops), when some other item
        is read by a task that is no join (the stage's main output, the large one), as one
        ``Picked`` task beside it that returns just those items: (the joins' substitutions of
        those items, [the pick's key], or ({}, []) for none). Work stealing may run a small join
        on the other worker, which then fetched the whole merged tuple for its item: the
        rejects' Flatten of a two-worker feeds run pulled a whole extraction, 21-42 MB, in two of
        five runs (bench/README.md, "Stop 43, dask7", "Stop 43, dask7b"); now it pulls the
        picked items (kilobytes). The pick itself is ready the moment the merged task ends, on
        its worker, and takes microseconds: once the scheduler has timed one, its large input
        against that time keeps stealing off it. No pick with one worker, or when joins read
        every item (nothing to leave behind). An item no task reads counts as "other" here, so a
        pick may be made where no task but the joins reads the tuple: one task more, harmless."""
        from dask._task_spec import Task, TaskRef

        members = set(group)
        joins = {reader for key in group for reader in readers[key]
                 if len({merged if dep in members else dep for dep in nodes[reader].dependencies - sides}) > 1}
        wanted = [i for i, key in enumerate(group) if readers[key] and readers[key] <= joins]
        if not place or not wanted or len(wanted) == len(group):
            return {}, []
        pick = f"Picked-{self._run}{next(self._count)}"
        nodes[pick] = Task(pick, _items, TaskRef(merged), wanted)
        where[pick], labels[pick] = place, ["Picked"]
        readers[pick] = {reader for i in wanted for reader in readers[group[i]]}
        return {group[i]: Task(group[i], operator.getitem, TaskRef(pick), j) for j, i in enumerate(wanted)}, [pick]

    def submit(self, client, outputs: t.Sequence[str]) -> list:
        """Futures of ``outputs``, the graph submitted fused, each task with its preference."""
        from dask.highlevelgraph import HighLevelGraph, MaterializedLayer

        tasks, where, keys = self.fuse(outputs)
        layers: dict[str, dict] = {}
        for key, node in tasks.items():
            layers.setdefault(repr(where.get(key)), {})[key] = node
        hlg = HighLevelGraph(
            {f"newsbeam-{self._run}-{i}": MaterializedLayer(layer, annotations=where.get(next(iter(layer))))
             for i, layer in enumerate(layers.values())},
            {f"newsbeam-{self._run}-{i}": set() for i in range(len(layers))})
        futures = client.get(hlg, keys, sync=False)
        return list(futures)


class Ref(t.NamedTuple):
    """An argument of ``Graph.add``: the output of the task ``key``."""

    key: str


def _spec(arg):
    """``Ref``s (alone or in a list) as task references; anything else as it is."""
    from dask._task_spec import List, TaskRef

    if isinstance(arg, Ref):
        return TaskRef(arg.key)
    if isinstance(arg, list) and any(isinstance(a, Ref) for a in arg):
        return List(*(_spec(a) for a in arg))
    return arg


def _task_name(label: str) -> str:
    """A stage label as a Dask key name: Dask splits a key's name at its last ``-``."""
    return label.replace("-", "_") or "Task"


def _fused_name(key: str, labels: list[str]) -> str:
    """``A+B+C+...+Z-token``: the first stages of a fused chain and its last, so that the task
    stream (and ``bench.dask_tasks``) still tells the stages apart."""
    names = list(dict.fromkeys(_task_name(label) for label in labels if label != DRAIN)) or [DRAIN]
    if len(names) > FUSED_NAMES + 1:
        names = names[:FUSED_NAMES] + ["..."] + names[-1:]
    return f"{'+'.join(names)}-{key.rsplit('-', 1)[1]}"


# ---------------------------------------------------------------------- task functions


def _hash_split(partition, n: int, tag=ALL) -> tuple[list, ...]:
    from dask.base import tokenize

    out: list[list] = [_Partition() for _ in range(n)]
    for item in partition if tag == ALL else _selected(partition, tag):
        key = item[0]
        # An int key is its own hash (as Python's and Java's are): a few dense keys (the 16 index
        # shards of Decide, numbered 0-15) are then dealt evenly, 8 / 8 on two partitions. Their
        # tokens dealt 7 / 9 (46% / 54% of the articles, and of the extraction after it).
        out[key % n if type(key) is int else int(tokenize(key), 16) % n].append(item)
    return tuple(out)


def _picked(reads, picks) -> list:
    """The pieces a gather reads: each read as it is, or (a whole split) its piece ``picks[i]``."""
    return [read if pick is None else read[pick] for read, pick in zip(reads, picks)]


def _group(pieces, picks=None, tag=ALL) -> list:
    from apache_beam.runners.dask.transform_evaluator import defenestrate

    groups: dict = {}
    for piece in pieces if picks is None else _picked(pieces, picks):
        for item in piece if tag == ALL else _selected(piece, tag):
            groups.setdefault(item[0], []).append(defenestrate(item[1]))
    return _Partition(groups.items())


def _weights_of(partition, tag=ALL) -> list[int]:
    return _weights(partition if tag == ALL else list(_selected(partition, tag)))


def _split_by_plan(partition, plan: t.Sequence[t.Sequence[int]], k: int, hands: int, tag=ALL) -> tuple[list, ...]:
    return _split(partition if tag == ALL else _selected(partition, tag), plan[k], hands)


def _concat(parts, tags=None):
    """The parts' elements in order; with ``tags``, of each part (a ParDo's (tag, value) pairs)
    only the values of its tag, unless that tag is ``ALL``."""
    if tags is None:
        return _Partition(item for part in parts for item in part)
    out = _Partition()
    for part, tag in zip(parts, tags):
        out.extend(part if tag == ALL else _selected(part, tag))
    return out


def _concat_pieces(reads, picks):
    """A hand of a ``Reshuffle``: its piece of every split, in order."""
    return _concat(_picked(reads, picks))


def _reaches(readers: dict[str, set[str]], starts: t.Iterable[str], targets: set[str]) -> bool:
    """Whether any of ``targets`` is computed from any of ``starts`` (through ``readers``)."""
    if not targets:
        return False
    seen, todo = set(), list(starts)
    while todo:
        key = todo.pop()
        for reader in readers.get(key, ()):
            if reader in targets:
                return True
            if reader not in seen:
                seen.add(reader)
                todo.append(reader)
    return False


def _together(*outputs) -> tuple:
    """The outputs of merged sibling tasks, each reader taking its own (``Graph._merge_siblings``)."""
    return outputs


def _items(outputs: tuple, wanted: list[int]) -> tuple:
    """The items ``wanted`` of a merged task's outputs: what its joins read (``Graph._pick_for_joins``)."""
    return tuple(outputs[i] for i in wanted)


def _drain(partition):
    for _ in partition:
        pass
    return []


def _selected(partition, tag):
    """The values of ``tag`` in a partition of a ParDo's (tag, value) pairs."""
    return (value for got, value in partition if got == tag)
