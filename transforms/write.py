"""WriteDataset: commit a run's articles (with bullets and quotes) and rejects to the dataset.

The pipeline hands articles over without their quotes, and ``finish`` extracts them only for
the articles that are written (new or changed), once each has been decided.

    index shards → per shard: sizes by partition, ids of this run's guid keys (small)
    articles ──┬─ (guid_key, id) ──── CoGroupByKey(guid_key) with the known ids → renames
               ├─ (partition, size) ─ summed with the index sizes → layouts (side inputs)
               └─ (index shard, article) → GroupByKey → decide, finish ─┬─→ ops, fresh index rows
                          ids a rename touches: regroup by shard ─────────┴─→ decide, finish
    ops keyed (partition, bucket, n) → GroupByKey → rewrite bucket files (staged)
         → list stale files per partition → update the index shards with the fresh rows (staged)

Nothing here changes the live dataset: every file is written to the run's staging folder
under the phase of the commit that will move it into place, and the files to delete are
listed there (``transforms.commit``). The caller commits once the pipeline has finished:
``commit.commit(location, run_id)``, as ``pipeline.run.run_batch`` does.

Whole articles cross two shuffles, the grouping by index shard and the grouping by bucket
file; everything else that is shuffled is small. The index never travels through the pipeline:
each decision reads the rows of its own ids from its shard, and the shard is rewritten from
its file and this run's changes, so a run's cost follows its input, not the dataset's size. The
layouts (how many bucket files a partition gets) are planned before the decisions, from the
index and this run's articles, so the decisions can key their writes at once; an article seen
again counts twice in that estimate, which the slack of ``merge.plan_layout`` absorbs.

``WriteToParquet`` cannot partition and ``fileio.WriteToFiles`` loses files with folder-style
destinations, so buckets are written with pyarrow under deterministic names: a retried bundle
overwrites its own file instead of adding a second one.
"""
from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Callable, Iterable, Sequence

import apache_beam as beam
from apache_beam import pvalue

from newsbeam.schemas import runstats
from newsbeam.schemas.records import Article
from newsbeam.schemas.runstats import RunStats
from newsbeam.transforms import commit, dataset, layout, merge
from newsbeam.transforms.dataset import Location

WRITE_MODES = ("append", "overwrite")
Finish = Callable[[Article], Article]
PARTITION_SCHEMES = {"date": ("date",), "source,date": ("source", "date")}


@dataclasses.dataclass(frozen=True)
class Chunking:
    """This write is bounded run ``index`` of a run cut into chunks (``pipeline.run``);
    ``later_inputs`` are the inputs of the chunks after it (``merge.settle_across_chunks``)."""

    index: int
    later_inputs: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class WriteConfig:
    location: Location
    run_id: str
    partition_by: tuple[str, ...] = ("date",)
    mode: str = "append"
    target_file_rows: int = 1_000_000
    target_file_bytes: int = 128 * 2**20
    extractor: str | None = None  # the version of the quote rules ``finish`` applies
    chunking: Chunking | None = None

    def __post_init__(self):
        if self.mode not in WRITE_MODES:
            raise ValueError(f"mode must be one of {WRITE_MODES}, not {self.mode!r}")
        if self.partition_by not in PARTITION_SCHEMES.values():
            raise ValueError(f"partition_by must be one of {list(PARTITION_SCHEMES)}")


# Articles travel from the parse to the bucket files pickled, as bytes: the local runner copies
# every element of a Flatten through a buffer, and bytes are copied where records would be
# unpickled and pickled again; and an article written as it came is not pickled a second time.
# Measured on 10,000 feed entries with one worker: the Flatten before the bucket shuffle 1.42 s →
# 0.23 s, the rewrite stage 2.0 s → 1.4 s.
# A write to a bucket file is a (kind, value) pair: ("upsert", pickled article),
# ("delete", article_id) or ("touch", "").
UPSERT, DELETE, TOUCH = "upsert", "delete", "touch"


def _seal(article: Article) -> bytes:
    return pickle.dumps(article, pickle.HIGHEST_PROTOCOL)


_unseal = pickle.loads


def _stat(name: str, value: int = 1) -> tuple[str, int]:
    return (name, value)


class _Decide(beam.DoFn):
    """Decide the articles of one index shard: group them by article_id, look up the index rows
    of those ids in the shard, and let ``merge.decide`` say what each becomes. Tagged outputs
    carry the keyed writes and deletes, the changed index rows, merged duplicates and stats.

    An article whose id a guid rename touches (renamed, or the id others are renamed to) is sent
    on under the id it ends with, to be decided by the second instance (``rerouted=True``) with
    every other version of that id.
    """

    OPS, INDEX, DUPLICATES, REROUTE, SEEN = "ops", "index", "duplicates", "reroute", "seen"

    def __init__(self, cfg: WriteConfig, finish: Finish | None, *, rerouted: bool = False):
        self._cfg = cfg
        self._finish = finish
        self._rerouted = rerouted

    def setup(self):
        commit.guard_worker()

    def process(self, element, layouts, renames):
        shard, sealed = element
        versions: dict[str, list[Article]] = {}
        blobs: dict[int, bytes] = {}  # id(article) -> its pickle, written again as it came
        for blob in sealed:
            article = _unseal(blob)
            final = None if self._rerouted else renames.get(article.article_id)
            if final is None:
                versions.setdefault(article.article_id, []).append(article)
                blobs[id(article)] = blob
            elif final == article.article_id:
                yield pvalue.TaggedOutput(self.REROUTE, (dataset.index_shard(final), blob))
            else:
                renamed = _seal(dataclasses.replace(article, article_id=final))
                yield pvalue.TaggedOutput(self.REROUTE, (dataset.index_shard(final), renamed))
        old = dataset.index_rows_of(self._cfg.location, shard, versions) if versions else {}
        chunking = self._cfg.chunking
        seen = _read_seen(self._cfg, shard) if chunking and versions else {}
        for article_id in sorted(versions):
            decision = merge.decide(
                versions[article_id], [old[article_id]] if article_id in old else [],
                partition_by=self._cfg.partition_by, mode=self._cfg.mode, extractor=self._cfg.extractor)
            if chunking is not None:
                decision = yield from self._settled(decision, seen.get(article_id), old.get(article_id), shard)
                if decision is None:
                    continue
            yield from self._decided(decision, layouts, blobs)

    def _settled(self, decision: merge.Decision, seen, old_row, shard):
        """A run cut into chunks: the chunk's winner meets the other chunks' (see merge)."""
        stored = merge.contender_of_row(old_row) if old_row else None
        if decision.status == merge.STALE:  # the stored version is newer: it stays the winner
            yield pvalue.TaggedOutput(self.SEEN, (shard, (stored or merge.contender_of(decision.kept)).to_json()))
            return decision
        settled = merge.settle_across_chunks(decision.kept, seen, stored, self._cfg.chunking.later_inputs)  # type: ignore[union-attr]  # _Decide runs it only when chunked
        yield pvalue.TaggedOutput(self.SEEN, (shard, settled.winner.to_json()))
        if settled.beaten is not None and settled.beaten.source:  # a version of this run's input
            yield pvalue.TaggedOutput("stats", _stat("articles_duplicate"))
            yield pvalue.TaggedOutput(self.DUPLICATES, merge.duplicate_reject_of(settled.beaten, settled.winner))
        if settled.lost_to is None:
            return decision
        for loser in (decision.kept, *decision.duplicates):
            yield pvalue.TaggedOutput("stats", _stat("articles_duplicate"))
            yield pvalue.TaggedOutput(self.DUPLICATES, merge.duplicate_reject_of(merge.contender_of(loser),
                                                                                 settled.lost_to))
        return None

    def _decided(self, decision: merge.Decision, layouts, blobs: dict[int, bytes]):
        yield pvalue.TaggedOutput("stats", _stat(f"articles_{decision.status}"))
        for loser in decision.duplicates:
            yield pvalue.TaggedOutput("stats", _stat("articles_duplicate"))
            yield pvalue.TaggedOutput(self.DUPLICATES, merge.duplicate_reject(loser, decision.kept))
        article = decision.article
        if article is None:
            return  # unchanged or stale: its index row stays as it is
        if self._finish is not None:
            article = self._finish(article)
            blob = _seal(article)
        else:
            blob = blobs.get(id(article)) or _seal(article)
        key = _bucket_key(layouts, decision.index_row.partition, article.article_id, 1)
        yield pvalue.TaggedOutput(self.OPS, (key, (UPSERT, blob)))
        yield pvalue.TaggedOutput("stats", _stat("bullets_written", len(article.bullets)))
        yield pvalue.TaggedOutput("stats", _stat("quotes_written", len(article.quotes)))
        if decision.delete_from is not None:
            partition, n_old = decision.delete_from
            key = _bucket_key(layouts, partition, article.article_id, n_old)
            yield pvalue.TaggedOutput(self.OPS, (key, (DELETE, article.article_id)))
        row = decision.index_row
        yield pvalue.TaggedOutput(self.INDEX, (dataset.index_shard(row.article_id), row))


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
        name = f"shard-{shard:03d}-chunk-{self._cfg.chunking.index:05d}.json"
        tmp = f"{directory}/.{name}.tmp"
        with fs.open_output_stream(tmp) as out:
            out.write(json.dumps(sorted(records, key=lambda r: r["article_id"])).encode())
        fs.move(tmp, f"{directory}/{name}")
        return ()


def _bucket_key(layouts, partition: str, article_id: str, n_otherwise: int) -> tuple[str, int, int]:
    """(partition, bucket, n): the bucket file an article's row goes to under the partition's
    planned layout (``n_otherwise`` buckets for a partition the plan does not know)."""
    layout = layouts.get(partition)
    n = layout.n if layout else n_otherwise
    return partition, dataset.bucket_of(article_id, n), n


class _SummarizeIndex(beam.DoFn):
    """Per index shard: per-partition sizes (for the layouts) and the ids of this run's guid
    keys (for the renames). The index rows themselves stay in their files.

    The run's guid keys come as a side input, one short string per article of the run, which
    every worker holds: a few MB for a bounded run of the local runner. Shuffling every known
    (guid_key, article_id) pair instead would make each run's cost grow with the dataset."""

    SIZES, GUIDS = "sizes", "guids"

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, shard, guid_keys):
        summary = dataset.summarize_index_shard(self._cfg.location, shard, guid_keys)
        for partition, rows, est_bytes, n in summary.sizes:
            yield pvalue.TaggedOutput(self.SIZES, (partition, (rows, est_bytes, n, 0, 0)))
        for pair in summary.guids:
            yield pvalue.TaggedOutput(self.GUIDS, pair)


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
                if kind == UPSERT:
                    yield _unseal(value)
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
        yield _stat("files_removed", commit.record_deletes(self._cfg.location, self._cfg.run_id,
                                                           "data:" + partition, deletes))


class _WriteIndexShard(_Staged):
    """Commit the index shard by shard once every data file is in place (``barrier``). A shard
    nothing changed is not rewritten: a run where every feed answered 304 or every article was
    unchanged rewrites no file at all."""

    def process(self, element, layouts, overwrite, barrier):
        shard, grouped = element
        rows, written = dataset.update_index_shard(
            self._cfg.location, shard, list(grouped["fresh"]),
            {partition: layout.n for partition, layout in layouts.items()}, replaced=overwrite, stage=self._stage)
        if written:
            yield _stat("index_shards_written")
        yield _stat("index_rows", rows)


class _WriteRejects(_Staged):
    def process(self, element):
        partition, rejects = element
        rejects = [r if r.run_id else dataclasses.replace(r, run_id=self._cfg.run_id) for r in rejects]
        added, size, others = dataset.merge_rejects(self._cfg.location, partition, rejects, stage=self._stage)
        commit.record_deletes(self._cfg.location, self._cfg.run_id, "rejects:" + partition,
                              [(commit.STATE, rel) for rel in others])
        yield _stat("rejects_new", added)
        yield _stat("bytes_rejects", size)


def _write_stats(items: Sequence[tuple[str, int]], location: Location, run_id: str) -> None:
    """Hand the run's statistics to the main process (``pipeline.run``), as one RunStats."""
    fs, _ = location.fs_and_root
    path = location.path(layout.run_stats(run_id))
    fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path) as out:
        out.write(RunStats.of(items).to_json())


def renames_of(guids, known):
    """(article_id, the id it ends with) for every id a rename touches, its target included: an
    article whose link changed keeps the id its guid already has in the dataset. Only the small
    (guid_key, article_id) pairs are shuffled, and the few renames are resolved in one place, so
    chained or conflicting ones end the same way whatever order they come in."""
    return (
        {"new": guids, "old": known}
        | "MeetGuids" >> beam.CoGroupByKey()
        | "Renames" >> beam.FlatMap(lambda kv: merge.guid_renames(list(kv[1]["new"]), list(kv[1]["old"])))
        | "AllRenames" >> beam.combiners.ToList()
        | "ResolveRenames" >> beam.FlatMap(lambda renames: sorted(merge.resolve_renames(renames).items()))
    )


class WriteDataset(beam.PTransform):
    """Stage ``articles`` and ``rejects`` for the dataset; returns a PCollection of stat pairs.
    ``commit.commit(location, run_id)`` makes them live once the pipeline has finished.

    ``finish`` is applied to each article the run writes (new or changed), once it has won
    against its duplicates and the index, and before its rows are built. The pipeline extracts
    quotes there, so an article seen again unchanged, or a duplicate, costs no extraction: a
    scheduled run over feeds that repeat most of their items extracts only what is new."""

    def __init__(self, cfg: WriteConfig, finish: Finish | None = None, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg
        self._finish = finish

    def expand(self, pcolls):
        cfg = self._cfg
        articles, rejects, stats_in = pcolls["articles"], pcolls["rejects"], pcolls["stats"]
        p = articles.pipeline

        guids = articles | "NewGuids" >> beam.FlatMap(
            lambda a: [(key, a.article_id)] if (key := merge.guid_key(a)) else [])
        shards = p | "IndexShards" >> beam.Create(list(range(dataset.INDEX_SHARDS)))
        summary = shards | "SummarizeIndex" >> beam.ParDo(
            _SummarizeIndex(cfg), guid_keys=beam.pvalue.AsList(guids | "GuidKeys" >> beam.Keys())
        ).with_outputs(_SummarizeIndex.SIZES, _SummarizeIndex.GUIDS)
        renames = beam.pvalue.AsDict(renames_of(guids, summary[_SummarizeIndex.GUIDS]))
        overwrite_mode = cfg.mode == "overwrite"
        planned = (
            (
                summary[_SummarizeIndex.SIZES],
                articles | "NewSizes" >> beam.Map(lambda a: (
                    dataset.article_partition(a, cfg.partition_by), (0, 0, 0, 1, dataset.estimated_bytes(a)))),
            )
            | "AllSizes" >> beam.Flatten()
            | "SumPartitions" >> beam.CombinePerKey(_layout_acc)
            | "PlanLayout" >> beam.MapTuple(lambda part, acc: (part, _plan(part, acc, cfg)))
        )
        layouts = beam.pvalue.AsDict(planned)

        outputs = (_Decide.OPS, _Decide.INDEX, _Decide.DUPLICATES, _Decide.SEEN, "stats")
        direct = (
            articles
            | "ByIndexShard" >> beam.Map(lambda a: (dataset.index_shard(a.article_id), _seal(a)))
            | "GroupByShard" >> beam.GroupByKey()
            | "Decide" >> beam.ParDo(_Decide(cfg, self._finish), layouts=layouts, renames=renames)
            .with_outputs(_Decide.REROUTE, *outputs)
        )
        rerouted = (
            direct[_Decide.REROUTE]
            | "GroupRerouted" >> beam.GroupByKey()
            | "DecideRerouted" >> beam.ParDo(_Decide(cfg, self._finish, rerouted=True), layouts=layouts,
                                             renames=renames).with_outputs(*outputs)
        )
        decided = (direct, rerouted)
        if cfg.chunking is not None:
            _ = (
                tuple(d[_Decide.SEEN] for d in decided)
                | "FlattenSeen" >> beam.Flatten()
                | "GroupSeen" >> beam.GroupByKey()
                | "WriteSeen" >> beam.ParDo(_WriteSeen(cfg))
            )

        ops = [d[_Decide.OPS] for d in decided]
        overwrite = beam.pvalue.AsList(
            [o | f"UpsertPartitions{k}" >> beam.FlatMap(lambda kv: [kv[0][0]] if kv[1][0] == UPSERT else [])
             for k, o in enumerate(ops)]
            | "AllUpserted" >> beam.Flatten()
            | "DistinctUpserted" >> beam.Distinct()
        ) if overwrite_mode else beam.pvalue.AsList(p | "NoOverwrite" >> beam.Create([]))

        ops_touch = planned | "TouchRebucketed" >> beam.FlatMap(_touch_rebucketed, overwrite=overwrite)
        writes = (
            (*ops, ops_touch)  # one Flatten: on the local runner each one is a buffer to copy through
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
        index_stats = (
            {"shard": shards | "KeyShards" >> beam.Map(lambda shard: (shard, None)),
             "fresh": tuple(d[_Decide.INDEX] for d in decided) | "FreshIndexRows" >> beam.Flatten()}
            | "MeetShards" >> beam.CoGroupByKey()
            | "WriteIndex" >> beam.ParDo(_WriteIndexShard(cfg), layouts=layouts, overwrite=overwrite,
                                         barrier=beam.pvalue.AsList(cleaned))
        )
        rejects = (rejects, *(d[_Decide.DUPLICATES] for d in decided)) | "WithDuplicates" >> beam.Flatten()
        reject_stats = (
            rejects
            | "PartitionRejects" >> beam.Map(lambda r: (dataset.reject_partition(r), r))
            | "GroupRejects" >> beam.GroupByKey()
            | "WriteRejects" >> beam.ParDo(_WriteRejects(cfg))
        )
        write_stats = writes | "CountWrites" >> beam.FlatMap(_write_stats_of)
        reject_counts = rejects | "CountRejects" >> beam.Map(lambda r: _stat(runstats.rejected(r.reason)))
        stats = (
            (stats_in, *(d["stats"] for d in decided), write_stats, cleaned, index_stats, reject_stats,
             reject_counts)
            | "FlattenStats" >> beam.Flatten()
            | "SumStats" >> beam.CombinePerKey(sum)
        )
        _ = (
            stats
            | "CollectStats" >> beam.combiners.ToList()
            | "WriteStats" >> beam.Map(_write_stats, location=cfg.location, run_id=cfg.run_id)
        )
        return stats


def _write_stats_of(write: dataset.BucketWrite):
    yield _stat("files_written", len(write.files))
    yield _stat("bytes_written", write.bytes_written)
