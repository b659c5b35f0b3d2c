"""The commit phase of a write: stage what the run decided for the dataset, in the run's staging
folder, under the phase of the commit that will move each file into place (``transforms.io.commit``).

    written (keyed by bucket under the planned layout), deletes, re-bucketed partitions
        → GroupByKey(partition, bucket, n) → rewrite bucket files (staged)
        → list stale files per partition → update the index shards with the fresh rows (staged)
    rejects → GroupByKey(partition) → merged into the partition's rejects file (staged)
    stat pairs → summed per bundle where counted → one part each, summed by ``pipeline.run``

Nothing here changes the live dataset; the caller commits once the pipeline has finished:
``commit.commit(location, run_id)``, as ``pipeline.run.run_batch`` does. Whole articles cross one
shuffle here, the grouping by bucket file. The index shards are rewritten only once every data
file is staged (a barrier), from their files and this run's changes.

``WriteToParquet`` cannot partition and ``fileio.WriteToFiles`` loses files with folder-style
destinations, so buckets are written with pyarrow under deterministic names: a retried bundle
overwrites its own file instead of adding a second one.
"""
from __future__ import annotations

import collections
import dataclasses

import apache_beam as beam
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from newsbeam.schemas import runstats, tables
from newsbeam.transforms.io import index
from newsbeam.transforms import partitions
from newsbeam.transforms import merge
from newsbeam.transforms.io import commit, dataset, stats_parts
from newsbeam.transforms.io.dataset import Location, rows_of
from newsbeam.transforms.composites.write_config import (DELETE, TOUCH, UPSERT, UPSERTS, SealBatches, WriteConfig,
                                                          each, seal_many, stat, unpack_many, unseal_many, unseal_written)


def _bucket_key(layouts, partition: str, article_id: str, n_otherwise: int) -> tuple[str, int, int]:
    """(partition, bucket, n): the bucket file an article's row goes to under the partition's
    planned layout (``n_otherwise`` buckets for a partition the plan does not know)."""
    layout = layouts.get(partition)
    n = layout.n if layout else n_otherwise
    return partition, partitions.bucket_of(article_id, n), n


_BODY = tables.ARTICLES.names.index("body")


class _KeyUpserts(beam.DoFn):
    """Each written article keyed by its bucket file: its rows, as the extract phase hands them
    in this stage, gathered by bucket and sealed a batch at a time (``(UPSERTS, sealed batch)``,
    ``write_config.SealBatches``), the batches a bundle leaves open handed on when it ends.
    ``ExtractQuotes`` hands on rows even with no extraction (``ExtractQuotes(None)``), so
    ``(UPSERT, blob)`` serves only a caller that hands this stage its own sealed bytes."""

    def start_bundle(self):
        self._batches = SealBatches()

    def process(self, written, layouts):
        (partition, article_id), value = written
        key = _bucket_key(layouts, partition, article_id, 1)
        if isinstance(value, bytes):
            yield key, (UPSERT, value)
            return
        for full, batch in self._batches.add(key, value, len(rows_of(value).article[_BODY] or "")):
            yield full, (UPSERTS, seal_many(batch))

    def finish_bundle(self):
        for key, batch in self._batches.drain():
            yield WindowedValue((key, (UPSERTS, seal_many(batch))), MIN_TIMESTAMP, (GlobalWindow(),))


def _delete(moved, layouts):
    partition, article_id, n_old = moved
    return _bucket_key(layouts, partition, article_id, n_old), (DELETE, article_id)


def _touch_rebucketed(planned: tuple[str, merge.Layout], overwrite):
    """Every bucket of a partition whose layout changes (or that must be rebuilt) is rewritten,
    or its rows are lost (whether or not this run writes to the partition)."""
    partition, layout = planned
    if (layout.rebuild or layout.n_old and layout.n != layout.n_old) and partition not in overwrite:
        for bucket in range(layout.n):
            yield (partition, bucket, layout.n), (TOUCH, "")


class _Staged(beam.DoFn):
    """A DoFn that writes to the run's staging folder, in a process that stops with its run."""

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    @property
    def _stage(self) -> str:
        return commit.txn_dir(self._cfg.location, self._cfg.run_id)

    def setup(self):
        commit.guard_worker()


class _RewriteBucket(_Staged):

    def process(self, element, overwrite):
        (partition, bucket, n), ops = element
        deletes: list[str] = []

        def upserts():
            # One pass over the grouped ops: rewrite_bucket turns articles into Arrow a chunk at
            # a time and reads ``deletes`` only after the last one, so no list of Articles.
            for kind, value in ops:
                if kind == UPSERTS:
                    yield from unseal_many(value)
                elif kind == UPSERT:
                    yield unseal_written(value)
                elif kind == DELETE:
                    deletes.append(value)

        result = dataset.rewrite_bucket(self._cfg.location, partition, bucket, n, upserts(), deletes,
                                        replace_partition=partition in overwrite, stage=self._stage)
        yield result


class _RemoveStale(_Staged):
    """List the files a partition loses (old layouts, emptied buckets, files a replaced
    partition no longer has) for the commit to delete."""

    def process(self, element, layouts, overwrite):
        partition, writes = element
        writes = list(writes)
        n = layouts[partition].n if partition in layouts else writes[0].n
        keep = {f for w in writes for f in w.files} if partition in overwrite else None
        stale = dataset.stale_files(self._cfg.location, partition, n, keep=keep)
        deletes = [(commit.delete_phase(table), rel) for table, rel in stale]
        deletes += [d for w in writes for d in w.deletes]
        yield stat("files_removed", commit.record_deletes(self._cfg.location, self._cfg.run_id,
                                                          "data:" + partition, deletes))


class _WriteIndexShard(_Staged):
    """Commit the index shard by shard once every data file is in place (``barrier``). A shard
    nothing changed is not rewritten: a run where every feed answered 304 or every article was
    unchanged rewrites no file at all."""

    def process(self, element, layouts, overwrite, barrier):
        shard, grouped = element  # the shard's own key (None) and its fresh rows (packed per decide element)
        fresh = [row for packed in grouped if packed is not None for row in unpack_many(packed)]
        rows, written = index.update_index_shard(
            self._cfg.location, shard, fresh,
            {partition: layout.n for partition, layout in layouts.items()}, replaced=overwrite, stage=self._stage)
        if written:
            yield stat("index_shards_written")
        yield stat("index_rows", rows)


def _write_stats_of(write: dataset.BucketWrite):
    yield stat("files_written", len(write.files))
    yield stat("bytes_written", write.bytes_written)


class StageArticles(beam.PTransform):
    """Stage the bucket files and index shards of a ``decide.Decisions`` whose ``written`` are
    extracted (one PCollection, or a tuple of them: each is keyed apart and goes into the one
    Flatten before the bucket shuffle); returns a PCollection of stat pairs."""

    def __init__(self, cfg: WriteConfig, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg

    def expand(self, decided):
        cfg = self._cfg
        layouts = beam.pvalue.AsDict(decided.layouts)
        upserts = each(decided.written, "KeyUpserts", lambda: beam.ParDo(_KeyUpserts(), layouts=layouts))
        # The partitions a run in mode overwrite replaces; in mode append none, a constant (an
        # empty side input was a stage of its own, run by every worker).
        overwrite = beam.pvalue.AsList(
            each(upserts, "UpsertPartitions", lambda: beam.Map(lambda kv: kv[0][0]))
            | "AllUpsertPartitions" >> beam.Flatten()
            | "DistinctUpserted" >> beam.Distinct()
        ) if cfg.mode == "overwrite" else ()
        writes = (
            (
                *upserts,
                *each(decided.deletes, "KeyDeletes", lambda: beam.Map(_delete, layouts=layouts)),
                decided.layouts | "TouchRebucketed" >> beam.FlatMap(_touch_rebucketed, overwrite=overwrite),
            )  # one Flatten: on the local runner each one is a buffer to copy through
            | "FlattenOps" >> beam.Flatten()
            | "SpreadBuckets" >> beam.GroupByKey()
            | "RewriteBuckets" >> beam.ParDo(_RewriteBucket(cfg), overwrite=overwrite)
        )
        cleaned = (
            writes
            | "WritesByPartition" >> beam.Map(lambda w: (w.partition, w))
            | "GroupWrites" >> beam.GroupByKey()
            | "RemoveStale" >> beam.ParDo(_RemoveStale(cfg), layouts=layouts, overwrite=overwrite)
        )
        # Every shard meets its fresh rows in one GroupByKey, each shard keyed with None so that
        # a shard no row reaches is still visited. Not a CoGroupByKey: its tagging Map after the
        # decide stages' Flatten made a stage that only copied the rows, and a third buffer.
        index_stats = (
            (decided.index_shards | "KeyShards" >> beam.Map(lambda shard: (shard, None)), decided.index)
            | "AllShardRows" >> beam.Flatten()
            | "MeetShards" >> beam.GroupByKey()
            | "WriteIndex" >> beam.ParDo(_WriteIndexShard(cfg), layouts=layouts, overwrite=overwrite,
                                         barrier=beam.pvalue.AsList(cleaned))
        )
        return (
            (writes | "CountWrites" >> beam.FlatMap(_write_stats_of), cleaned, index_stats)
            | "ArticleStats" >> beam.Flatten()
        )


class _WriteRejects(_Staged):
    """Merge a partition's rejects into its file (staged); counts them by reason, here where
    they meet, not in a step of their own before the grouping."""

    def process(self, element):
        partition, rejects = element
        rejects = [r if r.run_id else dataclasses.replace(r, run_id=self._cfg.run_id) for r in rejects]
        added, size, others = dataset.merge_rejects(self._cfg.location, partition, rejects, stage=self._stage)
        commit.record_deletes(self._cfg.location, self._cfg.run_id, "rejects:" + partition,
                              [(commit.STATE, rel) for rel in others])
        yield stat("rejects_new", added)
        yield stat("bytes_rejects", size)
        for reason, n in sorted(collections.Counter(r.reason for r in rejects).items()):
            yield stat(runstats.rejected(reason), n)


def _keyed_by_partition(reject):
    return partitions.reject_partition(reject), reject


class StageRejects(beam.PTransform):
    """Stage the run's rejects, merged into their partitions' files; returns stat pairs (the
    rejects by reason among them).

    Each PCollection the rejects are a Flatten of (``flattened_inputs``) is keyed by partition
    in the stage that makes it, and only then flattened into the grouping: the local runner
    writes them straight into the grouping's buffer (``beam_flattens``), where keying the
    Flatten's output read every reject back in a stage of its own."""

    def __init__(self, cfg: WriteConfig, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg

    def expand(self, rejects):
        keyed = tuple(pcoll | f"PartitionRejects{k}" >> beam.Map(_keyed_by_partition)
                      for k, pcoll in enumerate(flattened_inputs(rejects)))
        return (
            keyed
            | "KeyedRejects" >> beam.Flatten()
            | "GroupRejects" >> beam.GroupByKey()
            | "WriteRejects" >> beam.ParDo(_WriteRejects(self._cfg))
        )


class _StatsPart(beam.DoFn):
    """Sum the stat pairs of a bundle and leave them, when the bundle ends, as one part of the
    run's statistics (``stats_parts.write_part``); outputs the part's path, for a step that must
    wait for the staging (``SaveFeedStates``)."""

    def __init__(self, location: Location, run_id: str):
        self._location = location
        self._run_id = run_id

    def start_bundle(self):
        self._sums: dict[str, int] = {}

    def process(self, pair: tuple[str, int]):
        name, n = pair
        self._sums[name] = self._sums.get(name, 0) + n
        return ()

    def finish_bundle(self):
        sums, self._sums = self._sums, {}
        if sums:
            path = stats_parts.write_part(self._location, self._run_id, sums)
            yield WindowedValue(path, MIN_TIMESTAMP, (GlobalWindow(),))


def flattened_inputs(pcolls) -> list:
    """The PCollections that ``pcolls`` (one, or several) are Flattens of, through any depth of
    Flattens: a step applied to each of them runs in the stages that make them, where applied to
    a Flatten's output it reads a buffer of the runner's in a stage of its own."""
    leaves = []
    for pcoll in pcolls if isinstance(pcolls, (tuple, list)) else (pcolls,):
        producer = pcoll.producer
        if producer is not None and isinstance(producer.transform, beam.Flatten):
            leaves += flattened_inputs(list(producer.inputs))
        else:
            leaves.append(pcoll)
    return leaves


class StageStats(beam.PTransform):
    """Leave the run's stat pairs for ``pipeline.run`` to sum (``stats_parts.read_parts``), summed
    per bundle where they are counted; returns the parts' paths, once written (what a step that
    must follow the commit's staging waits on).

    A part per bundle, written in the stage that counted, where a global combine took two stages
    of its own (its Flatten's read and its merge), each paid by every worker (bench/README.md,
    "Stop 37, scale"). The pairs are taken from the inputs of the Flattens they come out of
    (``flattened_inputs``), so that no Flatten's read is a stage either; the Flattens themselves,
    read by nothing, are dropped by the local runner (``beam_flattens``). A run that counted
    nothing leaves no part, which reads as empty statistics."""

    def __init__(self, cfg: WriteConfig, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg

    def expand(self, stats):
        parts = [pcoll | f"StatsPart{k}" >> beam.ParDo(_StatsPart(self._cfg.location, self._cfg.run_id))
                 for k, pcoll in enumerate(flattened_inputs(stats))]
        return tuple(parts) | "AllParts" >> beam.Flatten()
