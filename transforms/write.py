"""WriteDataset: commit a run's articles (with bullets and quotes) and rejects to the dataset.

    articles ──┬─ (guid_key, id) ─┐
               │       index ─────┴─ CoGroupByKey(guid_key) → renames (side input)
               ├─ (partition, size) ─┐
               │       index ────────┴─ sum per partition → layouts (side input)
               └─ (id, article) ─┐
                       index ────┴─ CoGroupByKey(id) ─┬───────────────────────→ decide
                                                      └─ renamed ids: regroup ─→ decide
    decide → ops keyed (partition, bucket, n) → GroupByKey → rewrite bucket files (temp + rename)
           → remove stale files per partition → rewrite the index shards

Whole articles cross two shuffles, the meeting with the index and the grouping by bucket file;
everything else that is shuffled is small. The layouts (how many bucket files a partition gets)
are planned before the decisions, from the index and this run's articles, so the decisions can
key their writes at once; an article seen again counts twice in that estimate, which the slack
of ``merge.plan_layout`` absorbs.

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
    """One decision per article_id; tagged outputs carry keyed writes and deletes, index rows,
    merged duplicates and stats."""

    OPS, INDEX, DUPLICATES = "ops", "index", "duplicates"

    def __init__(self, cfg: WriteConfig):
        self._cfg = cfg

    def process(self, element, layouts):
        _, grouped = element
        decision = merge.decide(list(grouped["new"]), list(grouped["old"]),
                                partition_by=self._cfg.partition_by, mode=self._cfg.mode)
        yield pvalue.TaggedOutput("stats", _stat(f"articles_{decision.status}"))
        for loser in decision.duplicates:
            yield pvalue.TaggedOutput("stats", _stat("articles_duplicate"))
            yield pvalue.TaggedOutput(self.DUPLICATES, merge.duplicate_reject(loser, decision.kept))
        article = decision.article
        if article is not None:
            key = _bucket_key(layouts, decision.index_row["partition"], article.article_id, 1)
            yield pvalue.TaggedOutput(self.OPS, (key, Op("upsert", article=article)))
            yield pvalue.TaggedOutput("stats", _stat("bullets_written", len(article.bullets)))
            yield pvalue.TaggedOutput("stats", _stat("quotes_written", len(article.quotes)))
        if decision.delete_from is not None:
            partition, n_old = decision.delete_from
            article_id = decision.index_row["article_id"]
            key = _bucket_key(layouts, partition, article_id, n_old)
            yield pvalue.TaggedOutput(self.OPS, (key, Op("delete", article_id=article_id)))
        yield pvalue.TaggedOutput(self.INDEX, {**decision.index_row, "_fresh": article is not None})


def _bucket_key(layouts, partition: str, article_id: str, n_otherwise: int) -> tuple[str, int, int]:
    """(partition, bucket, n): the bucket file an article's row goes to under the partition's
    planned layout (``n_otherwise`` buckets for a partition the plan does not know)."""
    layout = layouts.get(partition)
    n = layout.n if layout else n_otherwise
    return partition, dataset.bucket_of(article_id, n), n


class _RouteRenamed(beam.DoFn):
    """Split the groups met with the index: most go straight to the decision; the few whose
    article_id is renamed (or is the id others are renamed to) are sent to regroup under the
    id they end with. Old index rows stay under their own id."""

    RENAMED = "renamed"

    def process(self, element, renames):
        article_id, grouped = element
        final = renames.get(article_id)
        if final is None:
            yield element
            return
        for article in grouped["new"]:
            renamed = article if final == article_id else dataclasses.replace(article, article_id=final)
            yield pvalue.TaggedOutput(self.RENAMED, (final, ("new", renamed)))
        for row in grouped["old"]:
            yield pvalue.TaggedOutput(self.RENAMED, (article_id, ("old", row)))


def _regrouped(element):
    article_id, tagged = element
    grouped = {"new": [], "old": []}
    for tag, value in tagged:
        grouped[tag].append(value)
    return article_id, grouped


def _layout_acc(sizes: Iterable[tuple[int, int, int, int, int]]) -> tuple[int, int, int, int, int]:
    """Sum (old rows, old bytes, old n, new rows, new bytes) over one partition; n is the max."""
    old_rows = old_bytes = n_old = new_rows = new_bytes = 0
    for a, b, n, c, d in sizes:
        old_rows, old_bytes, n_old = old_rows + a, old_bytes + b, max(n_old, n)
        new_rows, new_bytes = new_rows + c, new_bytes + d
    return old_rows, old_bytes, n_old, new_rows, new_bytes


def _plan(acc: tuple[int, int, int, int, int], overwrite: bool, target: dict) -> merge.Layout:
    old_rows, old_bytes, n_old, new_rows, new_bytes = acc
    if overwrite and new_rows:  # the partition is replaced by this run's rows
        return merge.plan_layout(new_rows, new_bytes, 0, **target)
    return merge.plan_layout(old_rows + new_rows, old_bytes + new_bytes, n_old, **target)


def _touch_rebucketed(planned: tuple[str, merge.Layout], overwrite):
    """Every bucket of a partition whose layout changes must be rewritten, or its rows are lost
    (whether or not this run writes to the partition)."""
    partition, layout = planned
    if layout.n_old and layout.n != layout.n_old and partition not in overwrite:
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


def renames_of(articles, index):
    """(article_id, the id it ends with) for every id a rename touches, its target included: an
    article whose link changed keeps the id its guid already has in the dataset. Only the small
    (guid_key, article_id) pairs are shuffled."""
    fresh = articles | "NewGuids" >> beam.FlatMap(
        lambda a: [(key, a.article_id)] if (key := merge.guid_key(a)) else [])
    known = index | "KnownGuids" >> beam.FlatMap(
        lambda r: [(r["guid_key"], r["article_id"])] if r.get("guid_key") else [])
    return (
        {"new": fresh, "old": known}
        | "MeetGuids" >> beam.CoGroupByKey()
        | "Renames" >> beam.FlatMap(lambda kv: _with_targets(
            merge.guid_renames(list(kv[1]["new"]), list(kv[1]["old"]))))
    )


def _with_targets(renames: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return renames + sorted({(target, target) for _, target in renames})


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
        renames = beam.pvalue.AsDict(renames_of(articles, index))
        target = dict(target_rows=cfg.target_file_rows, target_bytes=cfg.target_file_bytes)
        overwrite_mode = cfg.mode == "overwrite"
        planned = (
            (
                index | "OldSizes" >> beam.Map(lambda r: (r["partition"], (1, r["est_bytes"], r["n"], 0, 0))),
                articles | "NewSizes" >> beam.Map(lambda a: (
                    dataset.article_partition(a, cfg.partition_by), (0, 0, 0, 1, dataset.estimated_bytes(a)))),
            )
            | "AllSizes" >> beam.Flatten()
            | "SumPartitions" >> beam.CombinePerKey(_layout_acc)
            | "PlanLayout" >> beam.MapTuple(lambda part, acc: (part, _plan(acc, overwrite_mode, target)))
        )
        layouts = beam.pvalue.AsDict(planned)

        met = (
            {"new": articles | "KeyArticles" >> beam.Map(lambda a: (a.article_id, a)),
             "old": index | "KeyIndex" >> beam.Map(lambda row: (row["article_id"], row))}
            | "MeetIndex" >> beam.CoGroupByKey()
            | "RouteRenamed" >> beam.ParDo(_RouteRenamed(), renames=renames).with_outputs(
                _RouteRenamed.RENAMED, main="direct")
        )
        regrouped = (
            met[_RouteRenamed.RENAMED]
            | "MeetRenamed" >> beam.GroupByKey()
            | "Regroup" >> beam.Map(_regrouped)
        )
        outputs = (_Decide.OPS, _Decide.INDEX, _Decide.DUPLICATES, "stats")
        decided = [
            group | label >> beam.ParDo(_Decide(cfg), layouts=layouts).with_outputs(*outputs)
            for label, group in (("Decide", met.direct), ("DecideRenamed", regrouped))
        ]

        def every(tag: str, label: str):
            return tuple(d[tag] for d in decided) | label >> beam.Flatten()

        ops = [d[_Decide.OPS] for d in decided]
        overwrite = beam.pvalue.AsList(
            [o | f"UpsertPartitions{k}" >> beam.FlatMap(lambda kv: [kv[0][0]] if kv[1].kind == "upsert" else [])
             for k, o in enumerate(ops)]
            | "AllUpserted" >> beam.Flatten()
            | "DistinctUpserted" >> beam.Distinct()
        ) if overwrite_mode else beam.pvalue.AsList(p | "NoOverwrite" >> beam.Create([]))

        def route(row, overwritten):
            # Rows of untouched articles in a replaced partition are gone with it; their shard
            # must still be rewritten without them.
            if row["_fresh"] or row["partition"] not in set(overwritten):
                yield row
            else:
                yield {"_dropped": row["article_id"]}

        routed_index = every(_Decide.INDEX, "AllIndexRows") | "DropOverwritten" >> beam.FlatMap(
            route, overwritten=overwrite)
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
            routed_index
            | "ShardIndex" >> beam.Map(lambda r: (dataset.index_shard(r.get("article_id") or r["_dropped"]), r))
            | "GroupShards" >> beam.GroupByKey()
            | "WriteIndex" >> beam.ParDo(_WriteIndexShard(cfg), layouts=layouts,
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
        reject_counts = rejects | "CountRejects" >> beam.Map(lambda r: _stat(f"rejects.{r.reason}"))
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
