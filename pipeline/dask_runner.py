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

This runner keeps Beam's overrides, ``Create`` op and options (``--dask_client_address`` and
friends) and builds the task graph itself (``pipeline/dask_graph.py``: plain tasks, one per
partition and stage, linear chains fused): a ParDo's partition holds ``(tag, value)`` pairs and
each consumer selects its tag in its own task; side inputs are tasks computed once and read by
every partition; every sink is computed. For speed on a cluster (bench/README.md, "Dask: where
a run's wall goes") ``Reshuffle`` deals its elements over ``--dask_npartitions`` hands of equal
work, a Flatten joins its inputs partition by partition and a GroupByKey is a hash split and a
gather per partition, each hand and gather on its own worker. The pipeline code stays plain Beam.

    newsbeam run ... --runner DaskRunner --dask_client_address tcp://HOST:8786
    (or --runner pipeline.dask_runner.DaskRunner from any Beam entry point)
"""
from __future__ import annotations

import dataclasses
import typing as t

from apache_beam import DoFn, pvalue
from apache_beam import ParDo as ParDoTransform
from apache_beam.pipeline import AppliedPTransform, PipelineVisitor
from apache_beam.runners.common import DoFnContext, DoFnInvoker, DoFnSignature, Receiver, _OutputHandler
from apache_beam.runners.dask import dask_runner as beam_dask
from apache_beam.runners.dask.overrides import _Reshuffle, dask_overrides
from apache_beam.runners.dask.transform_evaluator import TRANSLATIONS, Create, Flatten, GroupByKey, ParDo, get_windowed_value
from apache_beam.runners.runner import PipelineState
from apache_beam.transforms.sideinputs import SideInputMap

from newsbeam.pipeline import beam_inspect
from newsbeam.pipeline.dask_deal import RECORD_COST, _Partition, _plan, _split, _weight, _weights  # noqa: F401  # tests
from newsbeam.pipeline.dask_graph import ALL as _ALL
from newsbeam.pipeline.dask_graph import Graph, Parts, Ref, _concat, _group, _hash_split, _selected  # noqa: F401

_MAIN = None  # the tag of a ParDo's main output, as ``PCollection.tag`` gives it
_TAGGED = ("<a ParDo's outputs: each consumer takes its PCollection's tag>",)


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
    not in a ``_only`` task per partition (79 of a two-worker run's 393 tasks). The worker reads
    the DoFn's signatures as a local worker does, remembered per function (``_remember_signatures``)."""
    _remember_signatures()
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


def _remember_signatures() -> None:
    """``DoFnSignature`` (above) reads every method of the DoFn with ``inspect.signature``, each
    task again on a freshly unpickled DoFn: 0.9 of the 1.0 ms a bundle of one element took,
    about 200 bundles a two-worker feeds run (bench/README.md, "Stop 44, dask8b"). The answers
    depend only on the functions, so they are remembered per function and per DoFn's set of
    methods, as the local runner's workers and the client have them (``beam_inspect``), in
    whatever process runs the task: a worker of newsbeam's forked clusters or any other (on a
    shared cluster the three Beam functions stay replaced for its other Beam jobs too: the same
    answers, the memo bounded by ``beam_inspect.MAX_METHOD_SETS``). Idempotent, two flag checks
    after the first call."""
    beam_inspect.remember_dofn_specs()
    beam_inspect.install()


def _created(node: AppliedPTransform, bag_kwargs: dict) -> list[list]:
    """A ``Create``'s values in the partitions Beam's Dask op gives them (``db.from_sequence``)."""
    import dask

    bag = Create(node, bag_kwargs=bag_kwargs).apply(None)
    return [list(part) for part in dask.compute(*bag.to_delayed(optimize_graph=False), scheduler="sync")]


class _Visitor(PipelineVisitor):
    """The pipeline's leaf transforms, in order, as tasks of one ``Graph``: each node's output
    is its partitions and the tag to select from them (``_TAGGED``: a ParDo's, the tag of the
    PCollection read)."""

    def __init__(self, bag_kwargs: dict, workers: t.Sequence[str] = ()):
        self.bag_kwargs = bag_kwargs
        self.graph = Graph(workers)
        self.outputs: dict[AppliedPTransform, tuple[Parts, t.Any] | None] = {}
        self.consumed: set[AppliedPTransform] = set()

    def _selection_of(self, pcoll) -> tuple[Parts, t.Any]:
        producer = pcoll.producer
        self.consumed.add(producer)
        out = self.outputs[producer]
        if out is None:
            raise ValueError(f"the DaskRunner cannot read the output of {producer.full_label}")
        parts, tag = out
        return parts, (pcoll.tag if tag is _TAGGED else tag)

    def visit_transform(self, node: AppliedPTransform) -> None:
        graph, label = self.graph, node.full_label
        inputs = [self._selection_of(v) for v in node.inputs if not isinstance(v, pvalue.PBegin)]
        op = TRANSLATIONS.get(node.transform.__class__)
        if isinstance(node.transform, _Reshuffle):
            (parts, tag), wanted = inputs[0], int(self.bag_kwargs.get("npartitions") or 0)
            spread = wanted and not (wanted == 1 and len(parts) == 1)
            self.outputs[node] = (graph.spread(label, parts, wanted, tag), _ALL) if spread else (parts, tag)
        elif op is Create:
            self.outputs[node] = ([graph.data(label, part) for part in _created(node, self.bag_kwargs)], _ALL)
        elif op is ParDo:
            self.outputs[node] = (self._pardo(node, *inputs[0]), _TAGGED)
        elif op is GroupByKey:
            self.outputs[node] = (graph.group_by_key(label, *inputs[0]), _ALL)
        elif op is Flatten:
            self.outputs[node] = (graph.flatten(label, inputs), _ALL)
        else:  # as Beam's NoOp: the input as it is
            self.outputs[node] = inputs[0] if inputs else None

    def _pardo(self, node: AppliedPTransform, parts: Parts, tag) -> Parts:
        """One ``_run_bundle`` task per partition. The side inputs' placeholders go as a portable
        worker gets them: ``raw_side_inputs`` would drag each AsDict's PCollection, hence the
        whole pipeline, into every task."""
        transform, label = t.cast(ParDoTransform, node.transform), node.full_label
        main_input = next(iter(node.main_inputs.values()))
        window_fn = main_input.windowing.windowfn if hasattr(main_input, "windowing") else None
        specs, sides = [], []
        for si in node.side_inputs:
            specs.append((type(si), si._view_options(), si._window_mapping_fn))
            sides.append(Ref(self.graph.side(*self._selection_of(si.pvalue))))
        return [self.graph.add(label, _run_bundle, Ref(part), tag, transform.fn, window_fn, transform.label,
                               list(transform.args), transform.kwargs, specs, *sides) for part in parts]

    def drains(self) -> Parts:
        """A drain task per partition of every output nobody reads: every sink runs."""
        return [key for node, out in self.outputs.items() if node not in self.consumed and out is not None
                for key in self.graph.drain(out[0])]


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
        return _Result(client, visitor.graph.submit(client, visitor.drains()))


__all__ = ["DaskRunner"]
