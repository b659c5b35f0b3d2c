"""DecideArticles: the decide phase of a write. What each article of the run becomes against the
dataset's index (new, changed, unchanged, stale, or a duplicate of another version), and how
many bucket files each partition gets.

    index shards → per shard: sizes by partition, ids of this run's guid keys (small)
    articles ──┬─ (guid_key, id) per bundle ─ side input of decide, met there with the known ids → renames
               ├─ (partition, sizes) summed per bundle, then with the index sizes → layouts
               └─ (index shard, sealed batch) → GroupByKey → decide ─┬─→ written, deletes, index rows (per shard),
                   ids a rename touches: regroup by shard ────────────┴─→ decide  duplicates, stats

The index never travels through the pipeline: each decision reads the rows of its own ids from
its shard, so a run's cost follows its input, not the dataset's size. The layouts are planned
before the decisions, from the index and this run's articles; an article seen again counts
twice in that estimate, which the slack of ``merge.plan_layout`` absorbs. Whole articles cross
one shuffle here, the grouping by index shard; everything else shuffled is small. The written
articles are returned as they leave each decide stage, unflattened, so that the extract phase
and the keying for the bucket shuffle run in the same fused stage as the decisions.

The decisions compare the extractor version an article's rows were written with to the one this
run extracts with (``extractor``, given by the extract phase, ``transforms.composites.extract``): an article
seen again unchanged is written again when the quote rules changed.
"""
from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from newsbeam.schemas.records import Article, IndexRow
from newsbeam.transforms.io import index
from newsbeam.transforms import partitions
from newsbeam.transforms import merge
from newsbeam.transforms.io import commit, dataset, layout
from newsbeam.transforms.composites.bundle_stats import CountsPerBundle
from newsbeam.transforms.composites.write_config import SealBatches, WriteConfig, pack_many, seal, seal_many, unseal_many

WRITTEN, DELETES, INDEX, DUPLICATES, STATS = "written", "deletes", "index", "duplicates", "stats"
_REROUTE, _SEEN = "reroute", "seen"


class Decisions(NamedTuple):
    """The outputs of the decide phase, each a PCollection."""

    written: tuple  # ((partition, article_id), sealed article): new or changed, not yet extracted;
    #                 one PCollection per decide stage, not flattened (``write_config.each``)
    deletes: tuple  # (partition, article_id, n): a row that leaves the bucket file it was in;
    #                 one PCollection per decide stage, keyed there (a Map then Flatten: no stage)
    index: Any  # (index shard, index row): the index rows this run changes
    duplicates: Any  # Reject: each version that lost to another
    stats: Any  # (name, count): articles new, changed, unchanged, stale, duplicate
    layouts: Any  # (partition, merge.Layout): how many bucket files each partition gets
    index_shards: Any  # every index shard's number, for the commit phase to rewrite


class _Decide(CountsPerBundle, beam.DoFn):
    """Decide the articles of one index shard: group them by article_id, look up the index rows
    of those ids in the shard, and let ``merge.decide`` say what each becomes.

    An article whose id a guid rename touches (renamed, or the id others are renamed to) is sent
    on under the id it ends with, to be decided by the second instance (``rerouted=True``) with
    every other version of that id.
    """

    def __init__(self, cfg: WriteConfig, extractor: str | None, *, rerouted: bool = False):
        self._cfg = cfg
        self._extractor = extractor
        self._rerouted = rerouted

    def setup(self):
        commit.guard_worker()

    def start_bundle(self):
        super().start_bundle()
        self._renames: dict[str, str] | None = None  # resolved once per bundle, from the side inputs

    def _renames_of(self, new_guids, known_guids) -> dict[str, str]:
        renames = self._renames
        if renames is None:
            renames = self._renames = merge.renames_of_guids(guid_pairs(new_guids), known_guids)
        return renames

    def process(self, element, new_guids=(), known_guids=()):
        shard, sealed = element
        renames = {} if self._rerouted else self._renames_of(new_guids, known_guids)
        versions: dict[str, list[Article]] = {}
        for blob in sealed:
            for article in unseal_many(blob):
                final = None if self._rerouted else renames.get(article.article_id)
                if final is None:
                    versions.setdefault(article.article_id, []).append(article)
                else:  # sealed alone: its batch holds other articles
                    moved = article if final == article.article_id else dataclasses.replace(article, article_id=final)
                    yield pvalue.TaggedOutput(_REROUTE, (index.index_shard(final), seal(moved)))
        old = index.index_rows_of(self._cfg.location, shard, versions) if versions else {}
        chunking = self._cfg.chunking
        seen = _read_seen(self._cfg, shard) if chunking and versions else {}
        rows: list[IndexRow] = []
        for article_id in sorted(versions):
            decision = merge.decide(
                versions[article_id], [old[article_id]] if article_id in old else [],
                partition_by=self._cfg.partition_by, mode=self._cfg.mode, extractor=self._extractor)
            if chunking is not None:
                decision = yield from self._settled(decision, seen.get(article_id), old.get(article_id), shard)
                if decision is None:
                    continue
            yield from self._decided(decision, rows)
        if rows:  # every id here is of this shard: its rows cross to the index commit as one element
            yield pvalue.TaggedOutput(INDEX, (shard, pack_many(rows)))

    def _settled(self, decision: merge.Decision, seen, old_row, shard):
        """A run cut into chunks: the chunk's winner meets the other chunks' (see merge)."""
        stored = merge.contender_of_row(old_row) if old_row else None
        kept, chunking = decision.kept, self._cfg.chunking
        assert kept is not None and chunking is not None  # a run's own version; only when chunked
        if decision.status == merge.STALE:  # the stored version is newer: it stays the winner
            yield pvalue.TaggedOutput(_SEEN, (shard, (stored or merge.contender_of(kept)).to_json()))
            return decision
        settled = merge.settle_across_chunks(kept, seen, stored, chunking.later_inputs)
        yield pvalue.TaggedOutput(_SEEN, (shard, settled.winner.to_json()))
        if settled.beaten is not None and settled.beaten.source:  # a version of this run's input
            self.count("articles_duplicate")
            yield pvalue.TaggedOutput(DUPLICATES, merge.duplicate_reject_of(settled.beaten, settled.winner))
        if settled.lost_to is None:
            return decision
        for loser in (kept, *decision.duplicates):
            self.count("articles_duplicate")
            yield pvalue.TaggedOutput(DUPLICATES, merge.duplicate_reject_of(merge.contender_of(loser),
                                                                            settled.lost_to))
        return None

    def _decided(self, decision: merge.Decision, rows: list[IndexRow]):
        self.count(f"articles_{decision.status}")
        for loser in decision.duplicates:
            assert decision.kept is not None  # a decision with duplicates has a winner
            self.count("articles_duplicate")
            yield pvalue.TaggedOutput(DUPLICATES, merge.duplicate_reject(loser, decision.kept))
        article = decision.article
        if article is None:
            return  # unchanged or stale: its index row stays as it is
        row = decision.index_row
        # The article itself, unsealed: the extract phase runs fused after this step (in the same
        # process, no coder between them) and would otherwise unseal the same bytes a second time.
        yield pvalue.TaggedOutput(WRITTEN, ((row.partition, article.article_id), article))
        if decision.delete_from is not None:
            partition, n_old = decision.delete_from
            yield pvalue.TaggedOutput(DELETES, (partition, article.article_id, n_old))
        rows.append(row)  # handed on by ``process``, all the shard's rows in one element


def _seen_dir(cfg: WriteConfig) -> str:
    return cfg.location.path(layout.txn_seen(cfg.run_id))


def _read_seen(cfg: WriteConfig, shard: int) -> dict[str, merge.Contender]:
    """The winners of the earlier chunks of this run, for one index shard (a later chunk's
    record of an id supersedes an earlier one's: it was settled against it)."""
    fs, _ = cfg.location.fs_and_root
    seen: dict[str, merge.Contender] = {}
    for info in dataset.list_files(fs, _seen_dir(cfg)):  # sorted by name, so by chunk
        if info.base_name.startswith(f"shard-{shard:03d}-") and info.base_name.endswith(".json"):
            with fs.open_input_stream(info.path) as fh:
                for record in json.loads(fh.read()):
                    seen[record["article_id"]] = merge.Contender.from_json(record)
    return seen


class _WriteSeen(beam.DoFn):
    """Record one index shard's winners of this chunk for the later chunks of the run."""

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element):
        shard, records = element
        fs, _ = self._cfg.location.fs_and_root
        directory = _seen_dir(self._cfg)
        fs.create_dir(directory, recursive=True)
        name = f"shard-{shard:03d}-chunk-{self._cfg.chunking.index:05d}.json"  # type: ignore[union-attr]  # written only when chunked
        tmp = f"{directory}/.{name}.tmp"
        with fs.open_output_stream(tmp) as out:
            out.write(json.dumps(sorted(records, key=lambda r: r["article_id"])).encode())
        fs.move(tmp, f"{directory}/{name}")
        return ()


class _SummarizeIndex(beam.DoFn):
    """Per index shard: per-partition sizes (for the layouts) and the ids of this run's guid
    keys (for the renames). The index rows themselves stay in their files.

    The run's (guid_key, article_id) pairs come as a side input, one short pair per article of
    the run (pickled per bundle: ``guid_pairs``), which every worker holds: a few MB for a bounded run of the local runner (the
    decide stage reads the same side input, to meet them with the known ids: the renames).
    Shuffling every known (guid_key, article_id) pair instead would make each run's cost grow
    with the dataset.

    The run's own sizes (``_SizesPerBundle``: one element per partition and bundle) come as a
    side input too, and shard 0 hands them on with its own: the layouts' sum then reads one
    output, where a Flatten of two made a stage of its own."""

    SIZES, GUIDS = "sizes", "guids"

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, shard, new_guids, new_sizes=()):
        if shard == 0:
            for sizes in new_sizes:
                yield pvalue.TaggedOutput(self.SIZES, sizes)
        summary = index.summarize_index_shard(self._cfg.location, shard, (key for key, _ in guid_pairs(new_guids)))
        for partition, rows, est_bytes, n in summary.sizes:
            yield pvalue.TaggedOutput(self.SIZES, (partition, (rows, est_bytes, n, 0, 0)))
        for pair in summary.guids:
            yield pvalue.TaggedOutput(self.GUIDS, pair)


class _SizesPerBundle(beam.DoFn):
    """(partition, (0, 0, 0, new rows, new bytes)) summed over a bundle's articles, handed on
    when the bundle ends: one element per partition and bundle instead of one per article (each
    one an encode, a buffer and a decode before ``SumPartitions``, which sums them the same)."""

    def __init__(self, partition_by: tuple[str, ...]):
        self._partition_by = partition_by

    def start_bundle(self):
        self._sizes: dict[str, tuple[int, int]] = {}

    def process(self, article):
        partition = partitions.article_partition(article, self._partition_by)
        rows, est_bytes = self._sizes.get(partition, (0, 0))
        self._sizes[partition] = (rows + 1, est_bytes + partitions.estimated_bytes(article))
        return ()

    def finish_bundle(self):
        sizes, self._sizes = self._sizes, {}
        for partition in sorted(sizes):
            rows, est_bytes = sizes[partition]
            yield WindowedValue((partition, (0, 0, 0, rows, est_bytes)), MIN_TIMESTAMP, (GlobalWindow(),))


class _GuidsPerBundle(beam.DoFn):
    """The (guid_key, article_id) pairs of a bundle's articles, pickled as one element when the
    bundle ends: where each article's pair crossed into the side input as an element of its own
    (an encode, a buffer, a decode, and the state cache's weighing of three objects). Bytes, so
    that the cache weighs each bundle's pairs as one object. A pickle, not ``pack``: the side
    input is read by every decide bundle and by ``_SummarizeIndex``, where ``pack``'s ticket
    (``kept_in_process``) opens once. ``guid_pairs`` reads them back."""

    def start_bundle(self):
        self._pairs: list[tuple[str, str]] = []

    def process(self, article):
        key = merge.guid_key(article)
        if key:
            self._pairs.append((key, article.article_id))
        return ()

    def finish_bundle(self):
        pairs, self._pairs = self._pairs, []
        if pairs:
            yield WindowedValue(pickle.dumps(tuple(pairs), pickle.HIGHEST_PROTOCOL), MIN_TIMESTAMP, (GlobalWindow(),))


def guid_pairs(packed: Iterable[bytes]) -> Iterator[tuple[str, str]]:
    """The run's (guid_key, article_id) pairs from the side input of ``_GuidsPerBundle``."""
    for blob in packed:
        yield from pickle.loads(blob)


class _SealByShard(beam.DoFn):
    """(index shard, sealed batch of articles): the articles of a bundle gathered by index shard
    and sealed a batch at a time (``write_config.SealBatches``), where each article was an
    element of its own; the batches a bundle leaves open are handed on when it ends."""

    def start_bundle(self):
        self._batches = SealBatches()

    def process(self, article):
        for shard, batch in self._batches.add(index.index_shard(article.article_id), article, len(article.body)):
            yield shard, seal_many(batch)

    def finish_bundle(self):
        for shard, batch in self._batches.drain():
            yield WindowedValue((shard, seal_many(batch)), MIN_TIMESTAMP, (GlobalWindow(),))


def _layout_acc(sizes: Iterable[tuple[int, int, int, int, int]]) -> tuple[int, int, int, int, int]:
    """Sum (old rows, old bytes, old n, new rows, new bytes) over one partition; n is the max."""
    old_rows = old_bytes = n_old = new_rows = new_bytes = 0
    for a, b, n, c, d in sizes:
        old_rows, old_bytes, n_old = old_rows + a, old_bytes + b, max(n_old, n)
        new_rows, new_bytes = new_rows + c, new_bytes + d
    return old_rows, old_bytes, n_old, new_rows, new_bytes


def _plan(partition: str, acc: tuple[int, int, int, int, int], cfg: WriteConfig) -> merge.Layout:
    old_rows, old_bytes, n_old, new_rows, new_bytes = acc
    target = dict(target_rows=cfg.target_file_rows, target_bytes=cfg.target_file_bytes)
    if cfg.mode == "overwrite" and new_rows:  # the partition is replaced by this run's rows
        return merge.plan_layout(new_rows, new_bytes, 0, **target)
    layout = merge.plan_layout(old_rows + new_rows, old_bytes + new_bytes, n_old, **target)
    if new_rows and dataset.layouts_on_disk(cfg.location, partition) - {n_old}:
        # A run crashed while re-bucketing: the files and the index disagree. Rebuilding every
        # bucket from all the files there loses no row, whichever layout was complete.
        layout = dataclasses.replace(layout, rebuild=True)
    return layout


class DecideArticles(beam.PTransform):
    """Decide what each of ``articles`` becomes; returns its ``Decisions``.

    ``extractor`` is the version of the quote rules the extract phase applies to what is
    written (``ExtractQuotes.version``); None when the articles are written with the quotes they
    carry.

    ``start``: the run's start element (``ReadFiles``), from which the index shards are made in
    the stage that matches the files; without it they are a ``Create`` of their own (a stage
    more on the local runner)."""

    def __init__(self, cfg: WriteConfig, extractor: str | None, *, start=None, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg
        self._extractor = extractor
        self._start = start

    def expand(self, articles):
        cfg = self._cfg
        p = articles.pipeline
        guids = articles | "NewGuids" >> beam.ParDo(_GuidsPerBundle())
        new_guids = beam.pvalue.AsList(guids)
        if self._start is None:
            shards = p | "IndexShards" >> beam.Create(list(range(index.INDEX_SHARDS)))
        else:  # spread over the workers, as Create's own Reshuffle does
            shards = (self._start
                      | "IndexShards" >> beam.FlatMap(lambda _: range(index.INDEX_SHARDS))
                      | "SpreadShards" >> beam.Reshuffle())
        new_sizes = beam.pvalue.AsList(articles | "NewSizes" >> beam.ParDo(_SizesPerBundle(cfg.partition_by)))
        summary = shards | "SummarizeIndex" >> beam.ParDo(
            _SummarizeIndex(cfg), new_guids=new_guids, new_sizes=new_sizes
        ).with_outputs(_SummarizeIndex.SIZES, _SummarizeIndex.GUIDS)
        # The renames are met in each decide worker from these two small side inputs (see
        # ``merge.renames_of_guids``): no CoGroupByKey, no global combine, and their four stages.
        renames = dict(new_guids=new_guids, known_guids=beam.pvalue.AsList(summary[_SummarizeIndex.GUIDS]))
        layouts = (
            summary[_SummarizeIndex.SIZES]  # the index's sizes and this run's (shard 0 adds them)
            | "SumPartitions" >> beam.CombinePerKey(_layout_acc)
            | "PlanLayout" >> beam.MapTuple(lambda part, acc: (part, _plan(part, acc, cfg)))
        )

        outputs = (WRITTEN, DELETES, INDEX, DUPLICATES, _SEEN, STATS)
        direct = (
            articles
            | "ByIndexShard" >> beam.ParDo(_SealByShard())
            | "GroupByShard" >> beam.GroupByKey()
            | "Decide" >> beam.ParDo(_Decide(cfg, self._extractor), **renames)
            .with_outputs(_REROUTE, *outputs)
        )
        rerouted = (
            direct[_REROUTE]
            | "GroupRerouted" >> beam.GroupByKey()
            | "DecideRerouted" >> beam.ParDo(_Decide(cfg, self._extractor, rerouted=True))
            .with_outputs(*outputs)
        )
        decided = (direct, rerouted)
        if cfg.chunking is not None:
            _ = (
                tuple(d[_SEEN] for d in decided)
                | "FlattenSeen" >> beam.Flatten()
                | "GroupSeen" >> beam.GroupByKey()
                | "WriteSeen" >> beam.ParDo(_WriteSeen(cfg))
            )
        flat = {name: tuple(d[name] for d in decided) | f"All{name.title()}" >> beam.Flatten()
                for name in (INDEX, DUPLICATES, STATS)}
        written = tuple(d[WRITTEN] for d in decided)  # extracted in each decide stage: not flattened
        deletes = tuple(d[DELETES] for d in decided)  # keyed in each decide stage, then one Flatten
        return Decisions(written=written, deletes=deletes, **flat, layouts=layouts, index_shards=shards)
