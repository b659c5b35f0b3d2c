"""WriteDataset: commit a run's articles (with bullets and quotes) and rejects to the dataset.

    articles ─┐
    index ────┴─ CoGroupByKey(article_id) → decide → ops keyed (partition, bucket, n)
                 → GroupByKey → rewrite bucket files (temp + rename)
                 → remove stale files per partition → rewrite the index shards

``WriteToParquet`` cannot partition and ``fileio.WriteToFiles`` loses files with folder-style
destinations, so buckets are written with pyarrow under deterministic names: a retried bundle
overwrites its own file instead of adding a second one.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence

import apache_beam as beam
from apache_beam import pvalue

from schemas.records import Article
from transforms import dataset, merge
from transforms.dataset import Location

WRITE_MODES = ("append", "overwrite")
PARTITION_SCHEMES = {"date": ("date",), "source,date": ("source", "date")}


@dataclasses.dataclass(frozen=True)
class WriteConfig:
    location: Location
    run_id: str
    partition_by: tuple[str, ...] = ("date",)
    mode: str = "append"
    target_file_rows: int = 1_000_000
    target_file_bytes: int = 128 * 2**20

    def __post_init__(self):
        if self.mode not in WRITE_MODES:
            raise ValueError(f"mode must be one of {WRITE_MODES}, not {self.mode!r}")
        if self.partition_by not in PARTITION_SCHEMES.values():
            raise ValueError(f"partition_by must be one of {list(PARTITION_SCHEMES)}")


@dataclasses.dataclass(frozen=True)
class Op:
    kind: str  # upsert | delete | touch
    article: Article | None = None
    article_id: str | None = None


def _stat(name: str, value: int = 1) -> tuple[str, int]:
    return (name, value)


class _Decide(beam.DoFn):
    """One decision per article_id; tagged outputs carry writes, deletes and index rows."""

    UPSERT, DELETE, INDEX, DUPLICATES = "upsert", "delete", "index", "duplicates"

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element):
        _, grouped = element
        decision = merge.decide(list(grouped["new"]), list(grouped["old"]),
                                partition_by=self._cfg.partition_by, mode=self._cfg.mode)
        yield pvalue.TaggedOutput("stats", _stat(f"articles_{decision.status}"))
        for loser in decision.duplicates:
            yield pvalue.TaggedOutput("stats", _stat("articles_duplicate"))
            yield pvalue.TaggedOutput(self.DUPLICATES, merge.duplicate_reject(loser, decision.kept))
        if decision.article is not None:
            yield pvalue.TaggedOutput(self.UPSERT, (decision.index_row["partition"], decision.article))
            yield pvalue.TaggedOutput("stats", _stat("bullets_written", len(decision.article.bullets)))
            yield pvalue.TaggedOutput("stats", _stat("quotes_written", len(decision.article.quotes)))
        if decision.delete_from is not None:
            yield pvalue.TaggedOutput(self.DELETE, (decision.delete_from, decision.index_row["article_id"]))
        yield pvalue.TaggedOutput(self.INDEX, {**decision.index_row, "_fresh": decision.article is not None})


def _layout_acc(rows: Iterable[tuple[int, int, int]]) -> tuple[int, int, int]:
    count = size = n_old = 0
    for c, s, n in rows:
        count, size, n_old = count + c, size + s, max(n_old, n)
    return count, size, n_old


def _key_upsert(item, layouts):
    partition, article = item
    n = layouts[partition].n
    yield (partition, dataset.bucket_of(article.article_id, n), n), Op("upsert", article=article)


def _key_delete(item, layouts):
    (partition, n_old), article_id = item
    n = layouts[partition].n if partition in layouts else n_old
    yield (partition, dataset.bucket_of(article_id, n), n), Op("delete", article_id=article_id)


def _touch_rebucketed(partition, layouts, overwrite):
    """Every bucket of a partition whose layout changes must be rewritten, or its rows are lost."""
    layout = layouts.get(partition)
    if layout and layout.n_old and layout.n != layout.n_old and partition not in overwrite:
        for bucket in range(layout.n):
            yield (partition, bucket, layout.n), Op("touch")


class _RewriteBucket(beam.DoFn):
    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element, overwrite):
        (partition, bucket, n), ops = element
        deletes: list[str] = []

        def upserts():
            # One pass over the grouped ops: rewrite_bucket turns articles into Arrow a chunk at
            # a time and reads ``deletes`` only after the last one, so no list of Articles.
            for op in ops:
                if op.kind == "upsert":
                    yield op.article
                elif op.kind == "delete":
                    deletes.append(op.article_id)

        result = dataset.rewrite_bucket(self._cfg.location, partition, bucket, n, upserts(), deletes,
                                        replace_partition=partition in overwrite)
        yield result


class _RemoveStale(beam.DoFn):
    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element, layouts, overwrite):
        partition, writes = element
        writes = list(writes)
        n = layouts[partition].n if partition in layouts else writes[0].n
        keep = {f for w in writes for f in w.files} if partition in overwrite else None
        removed = dataset.remove_stale(self._cfg.location, partition, n, keep=keep)
        yield _stat("files_removed", len(removed))


class _WriteIndexShard(beam.DoFn):
    """Rewrite one index shard, only when something in it changed: a run where every feed
    answered 304 or every article was unchanged rewrites no file at all."""

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element, layouts, barrier):
        shard, items = element
        final, dirty = [], False
        for item in items:
            if "_dropped" in item:
                dirty = True
                continue
            layout = layouts.get(item["partition"])
            n = layout.n if layout else item["n"]
            dirty = dirty or item["_fresh"] or n != item["n"]
            final.append({k: v for k, v in item.items() if k != "_fresh"} | {"n": n})
        if dirty:
            dataset.write_index_shard(self._cfg.location, shard, final)
            yield _stat("index_shards_written")
        yield _stat("index_rows", len(final))


class _WriteRejects(beam.DoFn):
    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element):
        partition, rejects = element
        rejects = [r if r.run_id else dataclasses.replace(r, run_id=self._cfg.run_id) for r in rejects]
        added, size = dataset.merge_rejects(self._cfg.location, partition, rejects)
        yield _stat("rejects_new", added)
        yield _stat("bytes_rejects", size)


def _write_stats(items: Sequence[tuple[str, int]], location: Location, run_id: str) -> None:
    fs, _ = location.fs_and_root
    path = location.path("_runs", f"{run_id}.stats.json")
    fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path) as out:
        out.write(json.dumps(dict(sorted(items)), indent=1).encode())


def _rename(article: Article, renames: dict) -> Article:
    known = renames.get(article.article_id)
    return article if known is None else dataclasses.replace(article, article_id=known)


class KeepKnownIds(beam.PTransform):
    """Give an article whose link changed the id its guid already has in the dataset.

    Only the small (guid_key, article_id) pairs are shuffled; the renames, few in practice,
    reach the articles as a side input.
    """

    def __init__(self, index, label=None):
        super().__init__(label)
        self._index = index

    def expand(self, articles):
        fresh = articles | "NewGuids" >> beam.FlatMap(
            lambda a: [(key, a.article_id)] if (key := merge.guid_key(a)) else [])
        known = self._index | "KnownGuids" >> beam.FlatMap(
            lambda r: [(r["guid_key"], r["article_id"])] if r.get("guid_key") else [])
        renames = (
            {"new": fresh, "old": known}
            | "MeetGuids" >> beam.CoGroupByKey()
            | "Renames" >> beam.FlatMap(lambda kv: merge.guid_renames(list(kv[1]["new"]), list(kv[1]["old"])))
        )
        return articles | "Rename" >> beam.Map(_rename, renames=beam.pvalue.AsDict(renames))


class WriteDataset(beam.PTransform):
    """Write ``articles`` and ``rejects`` to the dataset; returns a PCollection of stat pairs."""

    def __init__(self, cfg: WriteConfig, label: str | None = None):
        super().__init__(label)
        self._cfg = cfg

    def expand(self, pcolls):
        cfg = self._cfg
        articles, rejects, stats_in = pcolls["articles"], pcolls["rejects"], pcolls["stats"]
        p = articles.pipeline

        index = (
            p
            | "IndexShards" >> beam.Create(list(range(dataset.INDEX_SHARDS)))
            | "ReadIndex" >> beam.FlatMap(lambda shard: dataset.read_index_shard(cfg.location, shard))
        )
        articles = articles | "KeepKnownIds" >> KeepKnownIds(index)
        old = index | "KeyIndex" >> beam.Map(lambda row: (row["article_id"], row))
        new = articles | "KeyArticles" >> beam.Map(lambda a: (a.article_id, a))
        decided = (
            {"new": new, "old": old}
            | "MeetIndex" >> beam.CoGroupByKey()
            | "Decide" >> beam.ParDo(_Decide(cfg)).with_outputs(
                _Decide.UPSERT, _Decide.DELETE, _Decide.INDEX, _Decide.DUPLICATES, "stats")
        )
        upserts = decided[_Decide.UPSERT]

        overwrite_set = (
            upserts
            | "UpsertPartitions" >> beam.Map(lambda kv: kv[0])
            | "DistinctUpserted" >> beam.Distinct()
        ) if cfg.mode == "overwrite" else (p | "NoOverwrite" >> beam.Create([]))
        overwrite = beam.pvalue.AsList(overwrite_set)

        def route(row, overwritten):
            # Rows of untouched articles in a replaced partition are gone with it; their shard
            # must still be rewritten without them.
            if row["_fresh"] or row["partition"] not in set(overwritten):
                yield row
            else:
                yield {"_dropped": row["article_id"]}

        routed_index = decided[_Decide.INDEX] | "DropOverwritten" >> beam.FlatMap(route, overwritten=overwrite)
        final_index = routed_index | "SurvivingRows" >> beam.Filter(lambda r: "_dropped" not in r)

        target = dict(target_rows=cfg.target_file_rows, target_bytes=cfg.target_file_bytes)
        layouts = beam.pvalue.AsDict(
            final_index
            | "SizePartitions" >> beam.Map(lambda r: (r["partition"], (1, r["est_bytes"], r["n"])))
            | "SumPartitions" >> beam.CombinePerKey(_layout_acc)
            | "PlanLayout" >> beam.MapTuple(
                lambda part, acc: (part, merge.plan_layout(acc[0], acc[1], acc[2], **target)))
        )

        ops_upsert = upserts | "KeyUpserts" >> beam.FlatMap(_key_upsert, layouts=layouts)
        ops_delete = decided[_Decide.DELETE] | "KeyDeletes" >> beam.FlatMap(_key_delete, layouts=layouts)
        touched = (
            (ops_upsert, ops_delete)
            | "AllOps" >> beam.Flatten()
            | "OpPartitions" >> beam.Map(lambda kv: kv[0][0])
            | "DistinctPartitions" >> beam.Distinct()
        )
        ops_touch = touched | "TouchRebucketed" >> beam.FlatMap(
            _touch_rebucketed, layouts=layouts, overwrite=overwrite)
        writes = (
            (ops_upsert, ops_delete, ops_touch)
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
            routed_index
            | "ShardIndex" >> beam.Map(lambda r: (dataset.index_shard(r.get("article_id") or r["_dropped"]), r))
            | "GroupShards" >> beam.GroupByKey()
            | "WriteIndex" >> beam.ParDo(_WriteIndexShard(cfg), layouts=layouts,
                                         barrier=beam.pvalue.AsList(cleaned))
        )
        rejects = (rejects, decided[_Decide.DUPLICATES]) | "WithDuplicates" >> beam.Flatten()
        reject_stats = (
            rejects
            | "PartitionRejects" >> beam.Map(lambda r: (dataset.reject_partition(r), r))
            | "GroupRejects" >> beam.GroupByKey()
            | "WriteRejects" >> beam.ParDo(_WriteRejects(cfg))
        )
        write_stats = writes | "CountWrites" >> beam.FlatMap(_write_stats_of)
        reject_counts = rejects | "CountRejects" >> beam.Map(lambda r: _stat(f"rejects.{r.reason}"))
        stats = (
            (stats_in, decided["stats"], write_stats, cleaned, index_stats, reject_stats, reject_counts)
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
