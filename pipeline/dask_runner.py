"""Beam's DaskRunner, with the three gaps that make it lose data on a real pipeline closed.

Beam 2.77's ``apache_beam.runners.dask.dask_runner.DaskRunner`` translates a pipeline into
``dask.bag`` operations, but (read ``apache_beam/runners/dask/``):

1. **Tagged outputs are not routed.** ``transform_evaluator.ParDo`` collects every output of a
   DoFn into one bag and drops the tags, and the visitor hands that whole bag to every consumer:
   ``parsed[REJECTS]`` receives the entries too, and ``parsed.entries`` the rejects. Any
   ``.with_outputs(...)`` (and ``beam.Partition``, built on it) silently mixes its outputs.
2. **Only one sink runs.** ``run_pipeline`` computes ``dask.optimize(bags[-1])``, the ancestors
   of the *last* transform visited; every other branch of the graph is never computed, and the
   run reports success. A pipeline with two sinks (the dataset and the feed states) writes one.
3. **Side inputs are recomputed inside tasks.** A side input is a ``DaskBagWindowedIterator``
   that calls ``list(bag)`` when the DoFn first reads it, so each task that reads it computes
   the side input's whole upstream graph again, out of the task graph, side effects included.

This runner keeps Beam's translation (the same overrides, ``Create`` op and options:
``--dask_client_address`` and friends) and changes the visitor and the ParDo op: a ParDo's
bag holds ``(tag, value)`` pairs and each consumer selects its tag; side inputs are task-graph
dependencies (``dask.delayed``), computed once and broadcast; and every sink is computed. For
speed on a cluster (bench/README.md, "Dask: where a run's wall goes") it also gives
``Reshuffle`` a meaning (``_Spread``), joins a Flatten's inputs partition by partition
(``_ZipFlatten``) and names the GroupByKey's task shuffle (``_TaskGroupByKey``). The pipeline
code itself stays plain Beam.

    newsbeam run ... --runner DaskRunner --dask_client_address tcp://HOST:8786
    (or --runner pipeline.dask_runner.DaskRunner from any Beam entry point)
"""
from __future__ import annotations

import dataclasses
import typing as t

from apache_beam import DoFn, pvalue
from apache_beam.pipeline import AppliedPTransform, PipelineVisitor
from apache_beam.runners.common import DoFnContext, DoFnInvoker, DoFnSignature, Receiver, _OutputHandler
from apache_beam.runners.dask import dask_runner as beam_dask
from apache_beam.runners.dask.overrides import _Reshuffle, dask_overrides
from apache_beam.runners.runner import PipelineState
from apache_beam.runners.dask.transform_evaluator import (
    TRANSLATIONS, DaskBagOp, Flatten, GroupByKey, NoOp, ParDo, defenestrate, get_windowed_value)
from apache_beam.transforms.sideinputs import SideInputMap

from newsbeam.pipeline.dask_deal import RECORD_COST, _Partition, _plan, _split, _weight, _weights  # noqa: F401  # tests

_MAIN = None  # the tag of a ParDo's main output, as ``PCollection.tag`` gives it
_ALL = ("<every element: the bag is not tagged>",)  # a tag no ParDo output has


@dataclasses.dataclass
class _Collect(Receiver):
    tag: str | None
    out: list

    def receive(self, windowed_value):
        # As Beam's Dask ParDo does: main outputs leave as plain values, tagged ones windowed.
        self.out.append((self.tag, windowed_value.value if self.tag is _MAIN else windowed_value))


class _Receivers(dict):
    def __init__(self, out: list):
        super().__init__()
        self.out = out

    def __missing__(self, tag):
        self[tag] = receiver = _Collect(tag, self.out)
        return receiver


def _run_bundle(items, tag, fn, window_fn, label, args, kwargs, side_specs, *side_values):
    """One Dask partition through one DoFn: every output as a (tag, value) pair. ``tag``: the
    output of the producer's (tag, value) pairs to take (``_ALL``: every item), selected here,
    not in a ``_only`` task per partition (79 of a two-worker run's 393 tasks)."""
    out: list = _Partition()
    receivers = _Receivers(out)
    handler = _OutputHandler(
        window_fn=window_fn, main_receivers=receivers[_MAIN], tagged_receivers=receivers,
        per_element_output_counter=None, output_batch_converter=None,
        process_yields_batches=False, process_batch_yields_elements=False)
    side_inputs = [
        SideInputMap(view, options, [get_windowed_value(v, mapping) for v in values])
        for (view, options, mapping), values in zip(side_specs, side_values)
    ]
    invoker = DoFnInvoker.create_invoker(
        DoFnSignature(fn), handler, context=DoFnContext(label, state=None),
        side_inputs=side_inputs, input_args=args, input_kwargs=kwargs,
        user_state_context=None, bundle_finalizer_param=DoFn.BundleFinalizerParam())
    invoker.invoke_setup()
    invoker.invoke_start_bundle()
    for item in items if tag == _ALL else _selected(items, tag):
        # windowed here, not in a map task of its own whose list crosses workers
        invoker.invoke_process(get_windowed_value(item, window_fn))
    invoker.invoke_finish_bundle()
    invoker.invoke_teardown()
    return out


class _TaggedParDo(ParDo):
    """Beam's Dask ParDo, keeping output tags and taking side inputs as computed values."""

    def apply(self, input_bag, side_inputs=None):
        bag, tag = _selection(input_bag)
        transform = self.transform
        # The side inputs' placeholders, as a portable worker gets them: raw_side_inputs would
        # drag each AsDict's PCollection, hence the whole pipeline, into every task.
        args, kwargs = transform.args, transform.kwargs
        main_input = next(iter(self.applied.main_inputs.values()))
        window_fn = main_input.windowing.windowfn if hasattr(main_input, "windowing") else None
        specs, values = [], []
        for si, (side_bag, side_tag) in side_inputs or ():
            specs.append((type(si), si._view_options(), si._window_mapping_fn))
            values.append(_materialized(side_bag, side_tag))
        # Tasks named after the transform (its full label): Dask's task stream and
        # ``bench.dask_tasks`` then tell the stages apart, not 60 ``_run_bundle`` tasks.
        return bag.map_partitions(
            _run_bundle, tag, transform.fn, window_fn, transform.label, list(args), kwargs,
            specs, *values, token=_task_name(self.applied.full_label))


def _task_name(label: str) -> str:
    """A transform's full label as a Dask task-name prefix: Dask splits a key's name at its
    last ``-`` and treats ``(``, ``)`` and spaces as any other character."""
    return label.replace("-", "_") or "ParDo"


class _ZipFlatten(Flatten):
    """Beam's Dask Flatten is ``db.concat``: its output has as many partitions as all its inputs
    together (each GroupByKey downstream then shuffles all of them) and each is an alias task,
    one trip through the scheduler for nothing (74 of a 2-worker run's 402 tasks). Here output
    partition i joins partition i of every input that has one: as many partitions as the widest
    input, one task each, where most of its input already is. Inputs come as (bag, tag) pairs
    (``_Visitor._selection_of``): the task picks a tagged output's elements itself, which a
    ``_only`` task per input partition did before (77 of the 372 tasks left)."""

    def apply(self, input_bag, side_inputs=None):
        import dask
        import dask.bag as db

        selections = [pair if isinstance(pair, tuple) else (pair, _ALL) for pair in input_bag]
        parts = [bag.to_delayed(optimize_graph=False) for bag, _ in selections]
        tags = [tag for _, tag in selections]
        widest = max((len(p) for p in parts), default=0)
        if not widest:
            return db.from_sequence([], npartitions=1)
        return db.from_delayed([
            dask.delayed(_concat, pure=True)(
                [p[i] for p in parts if i < len(p)], [tag for p, tag in zip(parts, tags) if i < len(p)])
            for i in range(widest)])


class _Placing:
    """An op that may ask for its output partitions on workers: partition j on worker
    ``j % len(workers)``, a preference, not a pin (``allow_other_workers``: a partition whose
    worker has left runs elsewhere)."""

    workers: t.Sequence[str] = ()  # the cluster's worker addresses, set by the visitor
    placed = False  # whether apply() asked for partitions on workers: the graph must not be optimized

    def _where(self, j: int) -> dict | None:
        if len(self.workers) < 2:
            return None
        self.placed = True
        return {"workers": [self.workers[j % len(self.workers)]], "allow_other_workers": True}


class _TaskGroupByKey(_Placing, GroupByKey):
    """Beam's GroupByKey as one hash split per input partition and one gather per output
    partition: 2N tasks for N partitions, gather j on worker j.

    Beam's Dask GroupByKey is ``Bag.groupby()``: without ``shuffle=`` it asks
    ``dask.utils.get_default_shuffle_method``, which imports ``dask.dataframe`` (pandas, 500
    modules) in the client to answer "p2p", which bags do not implement; and Dask's task
    shuffle (``groupby_tasks``) runs a hash map, a group, N splits and a join per partition,
    whose split pieces (plain lists of ``(hash, element)``) ``distributed`` serialized element
    by element between workers (bench/README.md, "Dask: the event loop"). Here each input
    partition is split by the key's hash (``dask.base.tokenize``: the same in every process)
    into N ``_Partition`` pieces, and output partition j joins piece j of every input and
    groups it: the values of a key in input-partition order, as the task shuffle gave them.

    Gather j asks for worker j, as ``_Spread``'s hands do: every gather takes pieces from every
    worker, so no worker holds more of its input than another, and the scheduler, left alone,
    put gathers on whichever worker was free first. The work after a GroupByKey follows its
    output (the extraction runs where ``Decide``'s groups are), so in a two-worker run on
    articles 4k both gathers of the index shards, then both ``Decide`` and both ``Extract``
    partitions, ran on one worker while the other waited (bench/README.md, "Stop 35, Dask")."""

    def apply(self, input_bag, side_inputs=None):
        import dask
        import dask.bag as db

        bag, tag = _selection(input_bag)
        parts = bag.to_delayed(optimize_graph=False)
        n = len(parts)
        if n == 1:
            return db.from_delayed([dask.delayed(_group, pure=True)([parts[0]], tag)])
        pieces = [dask.delayed(_hash_split, pure=True, nout=n)(part, n, tag) for part in parts]
        label = f"{self.applied.full_label if self.applied else 'GroupByKey'}/Gather"
        return db.from_delayed([_hand(label, [piece[j] for piece in pieces], self._where(j), _group)
                                for j in range(n)])


def _hash_split(partition, n: int, tag=_ALL) -> tuple[list, ...]:
    from dask.base import tokenize

    out: list[list] = [_Partition() for _ in range(n)]
    for item in partition if tag == _ALL else _selected(partition, tag):
        key = item[0]
        # An int key is its own hash (as Python's and Java's are): a few dense keys (the 16 index
        # shards of Decide, numbered 0-15) are then dealt evenly, 8 / 8 on two partitions. Their
        # tokens dealt 7 / 9 (46% / 54% of the articles, and of the extraction after it).
        out[key % n if type(key) is int else int(tokenize(key), 16) % n].append(item)
    return tuple(out)


def _group(pieces, tag=_ALL) -> list:
    groups: dict = {}
    for piece in pieces:
        for item in piece if tag == _ALL else _selected(piece, tag):
            groups.setdefault(item[0], []).append(defenestrate(item[1]))
    return _Partition(groups.items())


class _Spread(_Placing, DaskBagOp):
    """``Reshuffle``, a no-op in Beam's Dask translation: there, everything read from one
    ``Create`` element (one glob, hence every file) stays in one partition, on one worker, to
    the end. With ``--dask_npartitions N`` it balances its input over N partitions of equal
    work (``_plan``): by size for the files ``ReadFiles`` matches, by count for anything else,
    so the work after it spreads evenly over the workers whatever the input's partitions were
    (a split by count left one worker parsing the big files while the other waited). An
    element moves only if its partition holds more than its share: partition k's elements stay
    in partition k (N > k) as far as they fit, so the entries of files already dealt by size
    stay on the worker that parsed them (dealing every entry afresh moved (N-1)/N of them,
    raw HTML included, between worker processes). Opt-in: each partition multiplies the
    shuffle tasks of every GroupByKey downstream: one per worker is the measured best."""

    def apply(self, input_bag, side_inputs=None):
        wanted = self.bag_kwargs.get("npartitions")
        if not wanted or (wanted == 1 and input_bag.npartitions == 1):
            return input_bag
        import dask
        import dask.bag as db

        parts = input_bag.to_delayed(optimize_graph=False)
        # Only the weights (ints) meet in one task; the elements stay where they are until split.
        weights = [dask.delayed(_weights, pure=True)(part) for part in parts]
        plan = dask.delayed(_plan, pure=True, nout=len(parts))(weights, wanted)
        dealt = [dask.delayed(_split, pure=True, nout=wanted)(part, plan[k], wanted)
                 for k, part in enumerate(parts)]
        hands = []  # one bag of them: db.concat of one bag per hand added an alias task per hand
        for j in range(wanted):
            # Hand j starts on worker j: the scheduler places a task where its inputs are, and
            # they all are on the worker that read the (small) file list; work stealing moved
            # one parse there only after seconds. Dask's graph optimization drops every
            # annotation: the runner then submits unoptimized (``placed``).
            hands.append(_hand(self.applied.full_label, [hand[j] for hand in dealt], self._where(j)))
        return db.from_delayed(hands)


def _hand(label: str, pieces: list, where: dict | None, join: t.Callable[[list], list] | None = None):
    """A Delayed that joins ``pieces`` (Delayeds, one list each) in one task (``join(pieces)``,
    ``_concat`` by default), annotated ``where`` (or not), the annotation on that task alone.

    Not ``dask.annotate`` around ``dask.delayed(_concat)(pieces)``: the call materializes each
    Delayed argument's whole upstream graph into a layer of its own, and a layer built with no
    annotations of its own takes the ones in force, so every task up to the matched files
    (the file list, its Distinct, the deal) was pinned to the last hand's worker, the reads and
    parses after them following (bench/README.md, "Stop 33, Dask")."""
    from dask._task_spec import List, Task, TaskRef
    from dask.base import tokenize
    from dask.delayed import Delayed
    from dask.highlevelgraph import HighLevelGraph, MaterializedLayer

    join = join or _concat
    name = f"{_task_name(label)}-{tokenize([p.key for p in pieces], where, join.__name__)}"
    layer = MaterializedLayer({name: Task(name, join, List(*(TaskRef(p.key) for p in pieces)))},
                              annotations=where)
    return Delayed(name, HighLevelGraph.from_collections(name, layer, dependencies=pieces))


def _materialized(bag, tag=_ALL):
    """A side input as one task-graph value: computed once, before the tasks that read it.

    ``to_delayed(optimize_graph=False)`` keeps the bag's own task keys, so the side input shares
    its upstream tasks with the rest of the graph; ``delayed(list)(bag)`` would optimize a
    private copy of that upstream, and run it (writes included) once more. ``tag``: the output
    of a tagged bag to take (None is a ParDo's main output), or ``_ALL``: the whole bag.
    """
    import dask

    parts = bag.to_delayed(optimize_graph=False)
    return dask.delayed(_concat, pure=True)(parts, [tag] * len(parts))


def _concat(parts, tags=None):
    """The parts' elements in order; with ``tags``, of each part (a ParDo's (tag, value) pairs)
    only the values of its tag, unless that tag is ``_ALL``."""
    if tags is None:
        return _Partition(item for part in parts for item in part)
    out = _Partition()
    for part, tag in zip(parts, tags):
        out.extend(part if tag == _ALL else _only(part, tag))
    return out


def _drain(partition):
    for _ in partition:
        pass
    return []


def _only(partition, tag):
    return _Partition(_selected(partition, tag))


def _selected(partition, tag):
    """The values of ``tag`` in a partition of a ParDo's (tag, value) pairs."""
    return (value for got, value in partition if got == tag)


def _selection(input_bag) -> tuple[t.Any, t.Any]:
    """An op's input as (bag, tag): as the visitor gives it (``_Visitor._selection_of``), or
    a plain bag, every element of it."""
    return input_bag if isinstance(input_bag, tuple) else (input_bag, _ALL)


_REPLACED: dict[t.Any, t.Callable[..., DaskBagOp]] = {
    ParDo: _TaggedParDo, Flatten: _ZipFlatten, GroupByKey: _TaskGroupByKey}


class _Visitor(PipelineVisitor):
    def __init__(self, bag_kwargs: dict, workers: t.Sequence[str] = ()):
        self.bag_kwargs = bag_kwargs
        self.workers = workers
        self.bags: dict[AppliedPTransform, t.Any] = {}
        self.tagged: set[AppliedPTransform] = set()  # nodes whose bag holds (tag, value) pairs
        self.consumed: set[AppliedPTransform] = set()
        self.placed = False  # some task carries a worker annotation (_Placing.placed)

    def _bag_of(self, pcoll):
        bag, tag = self._selection_of(pcoll)
        return bag if tag == _ALL else bag.map_partitions(_only, tag)

    def _selection_of(self, pcoll) -> tuple[t.Any, t.Any]:
        """The producer's bag and the tag to take from it (``_ALL``: every element), for an
        op that selects inside its own tasks instead of in a ``_only`` task per partition."""
        producer = pcoll.producer
        self.consumed.add(producer)
        return self.bags[producer], (pcoll.tag if producer in self.tagged else _ALL)

    def visit_transform(self, node: AppliedPTransform) -> None:
        op_class: t.Callable[..., DaskBagOp]
        if isinstance(node.transform, _Reshuffle):
            op_class = _Spread
        else:
            op_class = TRANSLATIONS.get(node.transform.__class__, NoOp)
            op_class = _REPLACED.get(op_class, op_class)
        op: DaskBagOp = op_class(node, bag_kwargs=self.bag_kwargs)
        if isinstance(op, _Placing):
            op.workers = self.workers
        # These ops pick a tagged output's elements in their own tasks (no _only task).
        select = self._selection_of if isinstance(op, (Flatten, _TaggedParDo, _TaskGroupByKey)) else self._bag_of
        bags = [select(v) for v in node.inputs if not isinstance(v, pvalue.PBegin)]
        if not node.inputs or isinstance(node.inputs[0], pvalue.PBegin):
            input_bag = None
        elif len(bags) == 1 and not isinstance(op, Flatten):
            input_bag = bags[0]
        else:
            input_bag = bags
        if isinstance(op, _TaggedParDo):
            side = [(si, self._selection_of(si.pvalue)) for si in node.side_inputs]
            self.bags[node] = op.apply(input_bag, side)
            self.tagged.add(node)
        else:
            side = [(si, self._bag_of(si.pvalue)) for si in node.side_inputs]  # Beam's ops: plain bags
            self.bags[node] = op.apply(input_bag, side or None)  # type: ignore[arg-type]  # (side input, bag) pairs
            self.placed = self.placed or (isinstance(op, _Placing) and op.placed)

    def sinks(self) -> list:
        return [bag for node, bag in self.bags.items() if node not in self.consumed]


class _Result(beam_dask.DaskRunnerResult):
    def wait_until_finish(self, duration=None):
        try:
            return super().wait_until_finish(duration)
        finally:
            if PipelineState.is_terminal(self.state):
                self.client.close()


class DaskRunner(beam_dask.DaskRunner):
    """Executes a pipeline on a Dask distributed cluster; every output and every sink."""

    @staticmethod
    def is_fnapi_compatible():
        """True, so that ``Pipeline.run`` hands this runner the pipeline as built. Beam's answer
        (False) makes ``Pipeline.run`` first round-trip the whole pipeline through its runner
        API protos (every DoFn, coder and transform pickled and unpickled, in the client,
        before the first task: 0.35 s of CPU for newsbeam's graph, bench/README.md, "Stop 32,
        Dask"), a test of the protos that the Dask translation never reads. The one other
        effect, the ``beam_fn_api`` experiment in the options, is read by Dataflow and the
        portable runners only."""
        return True

    def run_pipeline(self, pipeline, options):
        try:
            import dask.distributed as ddist
        except ImportError:
            raise ImportError("the DaskRunner needs distributed: pip install 'newsbeam[dask]'") from None

        dask_options = options.view_as(beam_dask.DaskOptions).get_all_options(
            drop_default=True, current_only=True)
        bag_kwargs = beam_dask.DaskOptions._extract_bag_kwargs(dask_options)
        client = ddist.Client(**dask_options)
        pipeline.replace_all(dask_overrides())
        visitor = _Visitor(bag_kwargs, sorted(client.scheduler_info().get("workers", {})))
        pipeline.visit(visitor)
        # Results stay on the workers: a sink's elements are consumed there, not gathered.
        # Dask's bag optimization (cull, fuse linear chains) runs in the scheduler and returns one
        # plain task dict: every layer's annotation is lost, and with it _Spread's hand j on
        # worker j, so every file was read and parsed on one worker (bench/README.md, "Stop 33,
        # Dask"). With such hints the graph goes unoptimized: every ParDo its own task (393 tasks
        # against 292 for two workers on feeds 4k), each placed where its input is.
        futures = client.compute([bag.map_partitions(_drain) for bag in visitor.sinks()],
                                 optimize_graph=not visitor.placed)
        return _Result(client, futures)


__all__ = ["DaskRunner"]
