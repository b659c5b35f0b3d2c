"""One stage less per Flatten of a Flatten, on Beam's local runner.

The FnApiRunner materializes every Flatten of several inputs: each producer writes into one
buffer, and a stage of its own reads it (``translations.sink_flattens``). A Flatten whose input
is itself a Flatten's output therefore costs two such read stages, the first of which only copies
(and transcodes) its buffer into the second. newsbeam's graph has eight of them, each composite
flattening its own stats or rejects (``Decide/AllStats``, ``Extract/AllStats``,
``Decide/AllDuplicates``, ``Decide/AllDeletes``, ...) before ``build_pipeline`` flattens those
again: 8 of a run's 33 stages, each paid by the runner and by every worker (a bundle processor
built, its DoFns set up, the data plane's round trips: about 15 to 20 ms per stage and process,
bench/README.md "Eighth pass").

``unnest_flattens`` rewrites the graph before ``sink_flattens`` runs: a Flatten takes the inputs
of a Flatten that feeds it in place of that Flatten's output, and an inner Flatten that feeds
nothing else is dropped. The elements are the same (a Flatten is a bag union), so is every
coder (``sink_flattens`` transcodes each input to the outer Flatten's coder, as it did to the
inner one's); the composites keep their own readable ``AllStats``-style outputs.
"""
from __future__ import annotations

from typing import Any, Iterable

FLATTEN_URN = "beam:transform:flatten:v1"

_installed = False


def _only_flatten(stage: Any):
    """The stage's transform when the stage is one Flatten (as it is before fusion), else None."""
    if len(stage.transforms) == 1 and stage.transforms[0].spec.urn == FLATTEN_URN:
        return stage.transforms[0]
    return None


def unnest_flattens(stages: Iterable[Any]) -> list[Any]:
    """The stages with each Flatten's Flatten-produced inputs replaced by that Flatten's inputs
    (recursively), and the Flattens nothing reads then dropped (``drop_unread_flattens``). Stages are Beam's
    ``translations.Stage`` (one transform each at this phase); only their transforms are read."""
    stages = list(stages)
    flatten_of: dict[str, Any] = {}  # a PCollection -> the Flatten that produces it
    for stage in stages:
        transform = _only_flatten(stage)
        if transform is not None:
            for pcoll in transform.outputs.values():
                flatten_of[pcoll] = transform
    if not flatten_of:
        return stages
    return drop_unread_flattens(_unnested(stages, flatten_of))


def drop_unread_flattens(stages: list[Any]) -> list[Any]:
    """The stages without the Flattens whose output no transform reads (nor, in turn, the
    Flattens only those read). A Flatten does nothing but join its inputs; unread, the runner
    would still copy every input into a buffer and read it back in a stage of its own.
    ``StageStats`` leaves the stats Flattens of the composites (``Decide/AllStats``,
    ``Commit/ArticleStats``, ...) unread: it takes their inputs instead."""
    while True:
        read = {pcoll for stage in stages for transform in stage.transforms for pcoll in transform.inputs.values()}
        kept = [stage for stage in stages
                if (transform := _only_flatten(stage)) is None or set(transform.outputs.values()) & read]
        if len(kept) == len(stages):
            return kept
        stages = kept


def _unnested(stages: list[Any], flatten_of: dict[str, Any]) -> list[Any]:
    """``unnest_flattens``' rewrite, given each Flatten-produced PCollection's Flatten."""

    def leaves(pcoll: str, seen: frozenset[str]) -> list[str]:
        inner = flatten_of.get(pcoll)
        if inner is None or not inner.inputs or pcoll in seen:
            return [pcoll]
        return [leaf for source in inner.inputs.values() for leaf in leaves(source, seen | {pcoll})]

    readers: dict[str, int] = {}  # a PCollection -> how many inputs of non-Flatten transforms read it
    unnested: set[str] = set()  # Flatten outputs now read through their inputs instead
    for stage in stages:
        for transform in stage.transforms:
            if transform.spec.urn != FLATTEN_URN:
                for pcoll in transform.inputs.values():
                    readers[pcoll] = readers.get(pcoll, 0) + 1
                continue
            if not any(pcoll in flatten_of for pcoll in transform.inputs.values()):
                continue
            sources = [leaf for pcoll in transform.inputs.values() for leaf in leaves(pcoll, frozenset())]
            unnested.update(pcoll for pcoll in transform.inputs.values() if pcoll in flatten_of)
            transform.inputs.clear()
            for k, pcoll in enumerate(sources):
                transform.inputs[f"in{k}"] = pcoll
    # the outer Flattens now read the inner ones' inputs: an inner one that no other transform
    # reads is dead (a Flatten still read elsewhere stays, for its other readers)
    dead = {pcoll for pcoll in unnested if not readers.get(pcoll)}
    return [stage for stage in stages
            if (transform := _only_flatten(stage)) is None
            or not set(transform.outputs.values()) <= dead]


def flattens_into_groupings(stages: Iterable[Any], pipeline_context: Any) -> list[Any]:
    """The stages with each materialized Flatten that only feeds a GroupByKey written straight
    into that GroupByKey's buffer, after ``sink_flattens`` and ``expand_gbk``.

    ``sink_flattens`` turns such a Flatten into one write per input (into a buffer of the
    runner's) and a stage of its own that reads the buffer and writes every element again, into
    the GroupByKey's buffer: a worker decodes and encodes every element, and the runner holds it
    twice. newsbeam has three: ``Commit/FlattenOps`` (every written article, on its way to the
    bucket shuffle: 4.3 MB on 4,000 feed entries), ``Commit/AllShardRows`` (the index rows) and
    ``Rejects/KeyedRejects``. Here each input's write goes to the grouping buffer itself and the
    copying stages go. The
    elements and their encoding are the same: ``sink_flattens`` transcodes each input to the
    Flatten's output coder, which is the GroupByKey's input coder, and the runner builds a
    grouping buffer from that coder (``data_channel_coders`` of the Flatten's output, added here
    since no stage reads that PCollection any more). Stages are Beam's ``translations.Stage``,
    one transform each at this phase."""
    from apache_beam.runners.worker import bundle_processor

    stages = list(stages)
    reads: dict[str, Any] = {}  # a Flatten's output -> the stage that reads its buffer
    writes: dict[bytes, list[Any]] = {}  # a Flatten's buffer -> the stages that write into it
    groupings: dict[str, Any] = {}  # a PCollection -> the GroupByKey write that reads it
    readers: dict[str, int] = {}  # a PCollection -> how many transforms read it
    for stage in stages:
        for transform in stage.transforms:
            for pcoll in transform.inputs.values():
                readers[pcoll] = readers.get(pcoll, 0) + 1
        if len(stage.transforms) != 1:
            continue
        transform = stage.transforms[0]
        payload = transform.spec.payload
        if transform.spec.urn == bundle_processor.DATA_INPUT_URN and payload.startswith(b"materialize:"):
            for pcoll in transform.outputs.values():
                reads[pcoll] = stage
        elif transform.spec.urn == bundle_processor.DATA_OUTPUT_URN:
            if payload.startswith(b"group:"):
                for pcoll in transform.inputs.values():
                    groupings[pcoll] = stage
            elif payload.startswith(b"materialize:"):
                writes.setdefault(payload, []).append(stage)
    replaced: dict[Any, frozenset] = {}  # a stage gone -> the stages to follow in its place
    for pcoll, read in reads.items():
        grouping = groupings.get(pcoll)
        payload = read.transforms[0].spec.payload
        if grouping is None or readers.get(pcoll) != 1 or not writes.get(payload):
            continue
        for write in writes[payload]:
            write.transforms[0].spec.payload = grouping.transforms[0].spec.payload
        pipeline_context.add_data_channel_coder(pcoll)
        replaced[read] = replaced[grouping] = frozenset(writes[payload])
    if not replaced:
        return stages
    kept = [stage for stage in stages if stage not in replaced]
    for stage in kept:
        if stage.must_follow & replaced.keys():
            stage.must_follow = frozenset().union(
                *(replaced.get(before, frozenset((before,))) for before in stage.must_follow))
    return kept


def install() -> None:
    """Run ``unnest_flattens`` ahead of the FnApiRunner's ``sink_flattens`` phase, and
    ``flattens_into_groupings`` after it; idempotent. The runner looks the phase up on the
    module each time it translates a pipeline."""
    global _installed
    if _installed:
        return
    from apache_beam.runners.portability.fn_api_runner import translations

    sink_flattens = translations.sink_flattens

    def sink_unnested_flattens(stages, pipeline_context):
        return flattens_into_groupings(sink_flattens(unnest_flattens(stages), pipeline_context), pipeline_context)

    sink_unnested_flattens.__doc__ = sink_flattens.__doc__
    sink_unnested_flattens.__wrapped__ = sink_flattens  # type: ignore[attr-defined]
    translations.sink_flattens = sink_unnested_flattens
    _installed = True
