"""The dataset's index (``_state/index/``): one row per article (``records.IndexRow``: partition,
bucket layout, content hash, update time) in ``INDEX_SHARDS`` Parquet shards by article id.
A run reads only the rows of its own ids (``index_rows_of``) and small summaries
(``summarize_index_shard``), so the index never travels through the pipeline; each shard is
rewritten (staged) once the data files are (``update_index_shard``).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsbeam.schemas import tables
from newsbeam.schemas.records import IndexRow
from newsbeam.transforms.io import commit, layout
from newsbeam.transforms.io.dataset import Location, write_atomic
from newsbeam.transforms.partitions import bucket_of

INDEX_SHARDS = 16


def index_shard(article_id: str) -> int:
    return bucket_of("index:" + article_id, INDEX_SHARDS)


def index_shard_path(location: Location, shard: int) -> str:
    return location.path(layout.index_shard(shard, INDEX_SHARDS))


def read_index_table(location: Location, shard: int) -> pa.Table:
    """One index shard as an Arrow table of ``tables.INDEX`` (empty when the shard is absent)."""
    fs, _ = location.fs_and_root
    path = index_shard_path(location, shard)
    if fs.get_file_info(path).type != pafs.FileType.File:
        return tables.INDEX.empty_table()
    with fs.open_input_file(path) as source:
        table = pq.read_table(source)
    for field in tables.INDEX:  # an index written before a column existed: the column is null
        if field.name not in table.column_names:
            table = table.append_column(field, pa.nulls(table.num_rows, field.type))
    return table.select(tables.INDEX.names).cast(tables.INDEX)


@dataclasses.dataclass(frozen=True)
class IndexSummary:
    """What a run needs to know about one index shard before it decides anything."""

    sizes: tuple[tuple[str, int, int, int], ...]  # (partition, rows, est_bytes, largest n)
    guids: tuple[tuple[str, str], ...]  # (guid_key, article_id) for the guid keys asked about


def summarize_index_shard(location: Location, shard: int, guid_keys: Iterable[str]) -> IndexSummary:
    """Per-partition sizes of a shard, and the ids it holds for ``guid_keys``: small answers, so
    the index itself never travels through the pipeline."""
    table = read_index_table(location, shard)
    grouped = table.group_by("partition").aggregate(
        [("article_id", "count"), ("est_bytes", "sum"), ("n", "max")]).to_pydict()
    sizes = tuple(sorted(zip(grouped["partition"], grouped["article_id_count"],
                             grouped["est_bytes_sum"], grouped["n_max"])))
    keys = pa.array(sorted(set(guid_keys)), pa.string())
    known = table.filter(pc.is_in(table.column("guid_key"), value_set=keys))
    guids = tuple(sorted(zip(known.column("guid_key").to_pylist(), known.column("article_id").to_pylist())))
    return IndexSummary(sizes, guids)


def index_rows_of(location: Location, shard: int, article_ids: Iterable[str]) -> dict[str, IndexRow]:
    """The index rows of ``article_ids`` in one shard, by article_id (ids it lacks are absent)."""
    table = read_index_table(location, shard)
    ids = pa.array(sorted(set(article_ids)), pa.string())
    return {row["article_id"]: IndexRow.from_arrow(row) for row in
            table.filter(pc.is_in(table.column("article_id"), value_set=ids)).to_pylist()}


def update_index_shard(location: Location, shard: int, fresh: Sequence[IndexRow], layouts: Mapping[str, int],
                       replaced: Iterable[str] = (), *, stage: str | None = None) -> tuple[int, bool]:
    """Commit a run's changes to one index shard and return (rows now in it, whether it was
    rewritten).

    ``fresh`` rows (one per article written) replace the rows of their ids; rows of ``replaced``
    partitions (mode overwrite) that were not written again are dropped; every row takes the
    bucket count ``layouts`` gives its partition. A shard nothing changes is not rewritten.
    With ``stage`` (a run's staging folder) the shard is staged for the last commit phase.
    """
    old = read_index_table(location, shard)
    keep = pc.invert(pc.is_in(old.column("article_id"),
                              value_set=pa.array(sorted(r.article_id for r in fresh), pa.string())))
    replaced = sorted(set(replaced))
    if replaced:
        keep = pc.and_(keep, pc.invert(pc.is_in(old.column("partition"), value_set=pa.array(replaced, pa.string()))))
    kept = old.filter(keep)
    dirty = kept.num_rows != old.num_rows or bool(fresh)
    names = sorted(layouts)
    if names and kept.num_rows:
        at = pc.index_in(kept.column("partition"), value_set=pa.array(names, pa.string()))
        planned = pc.take(pa.array([layouts[name] for name in names], pa.int32()), at)
        n = pc.coalesce(planned, kept.column("n"))
        if not pc.all(pc.equal(n, kept.column("n"))).as_py():
            dirty = True
            kept = kept.set_column(kept.schema.get_field_index("n"), tables.INDEX.field("n"), n)
    if not dirty:
        return old.num_rows, False
    rows = [{**row.to_arrow(), "n": layouts.get(row.partition, row.n)} for row in fresh]
    table = pa.concat_tables([kept, pa.Table.from_pylist(rows, schema=tables.INDEX)])
    table = table.sort_by("article_id")
    path = index_shard_path(location, shard)
    if stage is not None:
        path = layout.in_stage(stage, commit.STATE, layout.index_shard(shard, INDEX_SHARDS))
    write_atomic(location.fs_and_root[0], path, table, row_group_size=1_048_576)
    return table.num_rows, True
