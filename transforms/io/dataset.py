"""The dataset on disk: bucket files, Arrow conversion and atomic writes.

Plain functions over a pyarrow filesystem, so the same code writes to a local directory, to
``gs://`` or to ``s3://`` (with the matching pyarrow/Beam extras), from any worker.

Layout, per table: ``TABLE/[source=S/]date=D/part-BBBBB-of-NNNNN.parquet`` (named by
``transforms.partitions``; the index is ``transforms.io.index``). An article lives in
bucket ``hash(article_id) % N`` of its partition, and its bullets and quotes in the file of the
same name in their tables, so replacing an article rewrites exactly three files. Files are
written under a hidden temporary name and renamed into place: a reader sees the old file or the
new one, never half of one.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import os
import uuid
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsbeam.schemas import tables
from newsbeam.schemas.records import Article, Reject, reject_identity, times_as_micros, times_restored
from newsbeam.transforms.io import commit, layout
from newsbeam.transforms.partitions import bucket_file, bucket_of, parse_bucket_file, partition_path

DATA_TABLES = ("bullets", "quotes", "articles")  # write order: an article's rows land last
ROW_GROUP_ROWS = {"articles": 65_536, "bullets": 262_144, "quotes": 262_144, "rejects": 65_536}


# --------------------------------------------------------------------------- filesystem


@dataclasses.dataclass(frozen=True)
class Location:
    """A dataset root: a local path or a URI that pyarrow's filesystems understand."""

    uri: str

    @classmethod
    def of(cls, path_or_uri: str) -> "Location":
        if "://" in path_or_uri:
            return cls(path_or_uri.rstrip("/"))
        return cls(os.path.abspath(path_or_uri))

    @functools.cached_property
    def fs_and_root(self) -> tuple[pafs.FileSystem, str]:
        """The filesystem and root path, made once per process (an object-store client is
        costly to build); not pickled, so workers build their own."""
        if "://" in self.uri:
            return pafs.FileSystem.from_uri(self.uri)
        return pafs.LocalFileSystem(), self.uri

    def __getstate__(self) -> dict:
        return {"uri": self.uri}

    def __setstate__(self, state: dict) -> None:
        object.__setattr__(self, "uri", state["uri"])

    @property
    def is_local(self) -> bool:
        return "://" not in self.uri

    def path(self, *parts: str) -> str:
        return "/".join([self.fs_and_root[1], *[p.strip("/") for p in parts if p]])


def list_files(fs: pafs.FileSystem, directory: str) -> list[pafs.FileInfo]:
    infos = fs.get_file_info(pafs.FileSelector(directory, allow_not_found=True, recursive=False))
    return sorted((i for i in infos if i.type == pafs.FileType.File), key=lambda i: i.path)


def write_atomic(fs: pafs.FileSystem, path: str, table: pa.Table, *, row_group_size: int) -> int:
    """Write a Parquet file under a hidden temporary name, then rename it into place.

    Readers skip names starting with "." and not ending in ".parquet", so a run killed in the
    middle leaves nothing they can see. On object stores a PUT is already atomic.
    """
    directory, name = path.rsplit("/", 1)
    fs.create_dir(directory, recursive=True)
    tmp = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
    with fs.open_output_stream(tmp) as sink:
        pq.write_table(table, sink, compression="zstd", row_group_size=row_group_size,
                       write_statistics=True)
    fs.move(tmp, path)
    return fs.get_file_info(path).size


def read_parquet(fs: pafs.FileSystem, path: str, schema: pa.Schema, *, table: str | None = None) -> pa.Table:
    """A data file's rows in ``schema``; with ``table``, a file of an older schema version (or
    one that still holds a partition column) is upgraded to it (``tables.upgrade``)."""
    with fs.open_input_file(path) as source:
        if table is None:
            return pq.read_table(source, schema=schema)
        return tables.upgrade(table, pq.read_table(source), schema)


def file_rows(table: str, partition: str, rows: pa.Table) -> pa.Table:
    """``rows`` of a table's full schema as its files in ``partition`` hold them: without the
    columns the partition path already gives (pandas and Spark refuse a column that is both)."""
    schema = tables.file_schema(table, tables.partition_columns(partition))
    return rows if rows.schema.names == schema.names else rows.select(schema.names).cast(schema)


def delete_quietly(fs: pafs.FileSystem, path: str) -> bool:
    try:
        fs.delete_file(path)
        return True
    except FileNotFoundError:
        return False


# --------------------------------------------------------------------------- Arrow conversion


class ArticleRows(NamedTuple):
    """An article as the rows it becomes: its ``articles`` row (the values of
    ``tables.ARTICLES``' columns, in order), its bullets, and its quotes as tuples (the values
    of ``tables.QUOTES``' columns after ``article_id``). The extract phase seals an article in
    this form: plain tuples unpickle without building a Quote per quote, and the writer turns
    them into columns with ``zip`` instead of a ``getattr`` per value."""

    article_id: str
    article: tuple
    bullets: tuple[str, ...]
    quotes: tuple[tuple, ...]

    def __reduce__(self):
        # Its times as ints (``records.utc_micros``: a UTC datetime pickles its tzinfo, 3-4 us).
        return _rows_unpickled, (self.article_id, times_as_micros(self.article, _ROW_TIMES), self.bullets,
                                 self.quotes)


_ROW_TIMES = slice(tables.ARTICLES.names.index("published_at"), tables.ARTICLES.names.index("fetched_at") + 1)


def _rows_unpickled(article_id: str, article: tuple, bullets: tuple, quotes: tuple) -> ArticleRows:
    return ArticleRows(article_id, times_restored(article, _ROW_TIMES), bullets, quotes)


_article_values = operator.attrgetter(*tables.ARTICLES.names)
_quote_values = operator.attrgetter(*tables.QUOTES.names[1:])


def rows_of(article: Article | ArticleRows) -> ArticleRows:
    if isinstance(article, ArticleRows):
        return article
    return ArticleRows(article.article_id, _article_values(article), article.bullets,
                       tuple(map(_quote_values, article.quotes)))


def _columns(rows: Iterable[tuple], names: Sequence[str]) -> dict[str, Sequence]:
    """Rows of values (in ``names``' order) as one sequence per name."""
    columns = list(zip(*rows))
    return dict(zip(names, columns)) if columns else {name: () for name in names}


def articles_table(articles: Sequence[Article | ArticleRows]) -> pa.Table:
    columns = _columns((rows_of(a).article for a in articles), tables.ARTICLES.names)
    for name in ("authors", "tags"):
        columns[name] = [list(v) for v in columns[name]]
    return pa.table(columns, schema=tables.ARTICLES)


def bullets_table(articles: Sequence[Article | ArticleRows]) -> pa.Table:
    ids: list[str] = []
    positions: list[int] = []
    texts: list[str] = []
    for a in map(rows_of, articles):
        n = len(a.bullets)
        ids += [a.article_id] * n
        positions += range(n)
        texts += a.bullets
    return pa.table({"article_id": ids, "position": positions, "text": texts}, schema=tables.BULLETS)


def quotes_table(articles: Sequence[Article | ArticleRows]) -> pa.Table:
    rows = [rows_of(a) for a in articles]
    columns = _columns((q for a in rows for q in a.quotes), tables.QUOTES.names[1:])
    ids = [a.article_id for a in rows for _ in a.quotes]
    return pa.table({"article_id": ids, **columns}, schema=tables.QUOTES)


TABLE_BUILDERS = {"articles": articles_table, "bullets": bullets_table, "quotes": quotes_table}
CONVERT_ARTICLES = 2048  # articles turned into Arrow at a time


def fresh_tables(upserts: Iterable[Article | ArticleRows]) -> tuple[dict[str, pa.Table], set[str]]:
    """The articles (or their ``ArticleRows``) as one Arrow table per data table, and their ids.

    Articles are converted CONVERT_ARTICLES at a time and may come from a one-pass iterable
    (a runner's grouped values), so only their compact Arrow form need outlive a chunk.
    """
    ids: set[str] = set()
    parts: dict[str, list[pa.Table]] = {table: [] for table in DATA_TABLES}
    chunk: list[ArticleRows] = []
    for article in itertools.chain(upserts, [None]):
        if article is not None:
            chunk.append(rows_of(article))
            if len(chunk) < CONVERT_ARTICLES:
                continue
        if chunk or not parts["articles"]:
            ids.update(a.article_id for a in chunk)
            for table in DATA_TABLES:
                parts[table].append(TABLE_BUILDERS[table](chunk))
            chunk = []
    return {table: pa.concat_tables(tables) if len(tables) > 1 else tables[0]
            for table, tables in parts.items()}, ids


def _sorted(table: pa.Table) -> pa.Table:
    keys = [("article_id", "ascending")]
    if "position" in table.column_names:
        keys.append(("position", "ascending"))
    return table.sort_by(keys)


# --------------------------------------------------------------------------- bucket rewrite


@dataclasses.dataclass(frozen=True)
class BucketWrite:
    partition: str
    bucket: int
    n: int
    rows: tuple[tuple[str, int], ...]  # (table, rows now in the file)
    bytes_written: int
    files: tuple[str, ...]  # paths written (relative to the root)
    deletes: tuple[tuple[int, str], ...] = ()  # staged: (commit phase, path) of live files to delete


def rewrite_bucket(
    location: Location,
    partition: str,
    bucket: int,
    n: int,
    upserts: Iterable[Article | ArticleRows],
    deletes: Iterable[str],
    *,
    replace_partition: bool,
    stage: str | None = None,
) -> BucketWrite:
    """Rewrite one bucket file per table: its surviving rows plus the upserted articles.

    Rows come from the file of the same bucket and, when the partition is being re-bucketed,
    from every file of the old layout, filtered to this bucket; an article in both (a retried
    write, or a run after a crash) is taken from the bucket's own file. ``replace_partition`` (mode
    overwrite) ignores what was there. ``upserts`` is consumed in full before ``deletes`` is
    read, so both may be filled by one pass over a runner's grouped values.

    ``stage`` (a run's staging folder, see ``transforms.io.commit``): the files are
    written there, under the phase of the commit that will move them into place, and the live
    files are left alone; the files to delete are returned in ``deletes``. A bucket whose
    articles file loses rows gets a second, earlier articles file that still holds them, so
    that no reader sees a quote or bullet without its article while the commit goes on.
    """
    fs, root = location.fs_and_root
    fresh_by_table, gone = fresh_tables(upserts)
    fresh_ids = set(gone)
    gone |= set(deletes)
    gone_ids = pa.array(sorted(gone), pa.string())
    losing = None
    if stage is not None:
        for table in DATA_TABLES:  # never read, merge or delete through a link
            commit.refuse_links(location, f"{table}/{partition}")
        losing = _losing_rows(fs, f"{root}/articles/{partition}/{bucket_file(bucket, n)}",
                              tables.file_schema("articles", tables.partition_columns(partition)), gone,
                              fresh_ids, replace_partition)
    rows, files, written, staged_deletes = [], [], 0, []
    for table in DATA_TABLES:
        schema = tables.file_schema(table, tables.partition_columns(partition))
        directory = f"{root}/{table}/{partition}"
        kept: list[pa.Table] = []
        if not replace_partition:
            # This bucket's own file first: while a partition is re-bucketed, a retried bundle
            # (or a run after a crash) finds it already holding rows that the files of the old
            # layout hold too, and its rows win.
            own, old_layouts = [], []
            for info in list_files(fs, directory):
                parsed = parse_bucket_file(info.base_name)
                if parsed is not None and parsed[1] != n:
                    old_layouts.append(info)
                elif parsed == (bucket, n):
                    own.append(info)
            present = gone_ids
            for info, old_layout in [(i, False) for i in own] + [(i, True) for i in old_layouts]:
                old = read_parquet(fs, info.path, schema, table=table)
                mask = pc.invert(pc.is_in(old.column("article_id"), value_set=present))
                if old_layout:  # keep only this bucket's rows
                    ids = old.column("article_id").to_pylist()
                    mask = pc.and_(mask, pa.array([bucket_of(i, n) == bucket for i in ids], pa.bool_()))
                kept.append(old.filter(mask))
                if not old_layout and old_layouts:
                    present = pa.concat_arrays([gone_ids, kept[-1].column("article_id").combine_chunks()])
        fresh = file_rows(table, partition, fresh_by_table[table])
        combined = _sorted(pa.concat_tables([*kept, fresh])) if kept else _sorted(fresh)
        target = f"{directory}/{bucket_file(bucket, n)}"
        rel = f"{table}/{partition}/{bucket_file(bucket, n)}"
        if stage is not None:
            size, deleted = _stage_bucket_file(fs, stage, table, rel, combined, losing, target)
            written += size
            files.extend([rel] if combined.num_rows else [])
            staged_deletes.extend(deleted)
        elif combined.num_rows:
            written += write_atomic(fs, target, combined, row_group_size=ROW_GROUP_ROWS[table])
            files.append(rel)
        else:
            delete_quietly(fs, target)
        rows.append((table, combined.num_rows))
    return BucketWrite(partition, bucket, n, tuple(rows), written, tuple(files), tuple(staged_deletes))


def _losing_rows(fs: pafs.FileSystem, articles_file: str, schema: pa.Schema, gone: set[str],
                 fresh_ids: set[str], replace_partition: bool) -> pa.Table | None:
    """The rows of a bucket's live articles file that its rewrite drops (deleted, or not
    written again in a replaced partition), or None when it drops none."""
    if fs.get_file_info(articles_file).type != pafs.FileType.File:
        return None
    old = read_parquet(fs, articles_file, schema, table="articles")  # as the rewrite holds them
    ids = old.column("article_id")
    if replace_partition:
        mask = pc.invert(pc.is_in(ids, value_set=pa.array(sorted(fresh_ids), pa.string())))
    else:
        dropped = sorted(gone - fresh_ids)
        mask = pc.is_in(ids, value_set=pa.array(dropped, pa.string()))
    losing = old.filter(mask)
    return losing if losing.num_rows else None


def _stage_bucket_file(fs: pafs.FileSystem, txn: str, table: str, rel: str, combined: pa.Table,
                       losing: pa.Table | None, live: str) -> tuple[int, list[tuple[int, str]]]:
    """Stage one rewritten bucket file under its commit phase; returns (bytes, deletes)."""
    loses = losing is not None
    written = 0
    if not combined.num_rows:
        exists = fs.get_file_info(live).type == pafs.FileType.File
        return 0, [(commit.delete_phase(table), rel)] if exists else []
    if table == "articles" and loses:
        # First the file with both the new rows and the rows that go; the final one later.
        early = _sorted(pa.concat_tables([combined, losing]))
        written += write_atomic(fs, layout.in_stage(txn, commit.ADD_ARTICLES, rel), early,
                                row_group_size=ROW_GROUP_ROWS[table])
    phase = commit.data_phase(table, loses)
    written += write_atomic(fs, layout.in_stage(txn, phase, rel), combined, row_group_size=ROW_GROUP_ROWS[table])
    return written, []


def layouts_on_disk(location: Location, partition: str) -> set[int]:
    """The bucket counts of the files a partition holds, over every data table."""
    fs, root = location.fs_and_root
    found = set()
    for table in DATA_TABLES:
        for info in list_files(fs, f"{root}/{table}/{partition}"):
            parsed = parse_bucket_file(info.base_name)
            if parsed is not None:
                found.add(parsed[1])
    return found


def stale_files(location: Location, partition: str, n: int, *, keep: set[str] | None) -> list[tuple[str, str]]:
    """(table, path relative to the root) of what a run leaves behind in a partition: files of
    an old bucket layout (or, with ``keep``, every file the run did not write) and temporary
    files of dead runs."""
    fs, root = location.fs_and_root
    stale = []
    for table in DATA_TABLES:
        for info in list_files(fs, f"{root}/{table}/{partition}"):
            rel = f"{table}/{partition}/{info.base_name}"
            parsed = parse_bucket_file(info.base_name)
            stale_tmp = info.base_name.startswith(".") and info.base_name.endswith(".tmp")
            stale_layout = parsed is not None and (parsed[1] != n if keep is None else rel not in keep)
            if stale_tmp or stale_layout:
                stale.append((table, rel))
    return stale


def remove_stale(location: Location, partition: str, n: int, *, keep: set[str] | None) -> list[str]:
    """Delete ``stale_files`` at once (outside a staged commit)."""
    fs, root = location.fs_and_root
    removed = []
    for _, rel in stale_files(location, partition, n, keep=keep):
        delete_quietly(fs, f"{root}/{rel}")
        removed.append(rel)
    return removed


# --------------------------------------------------------------------------- rejects


def merge_rejects(location: Location, partition: str, rejects: Sequence[Reject], *,
                  stage: str | None = None) -> tuple[int, int] | tuple[int, int, list[str]]:
    """Add a run's rejects to its day's file, once per distinct failure (input, stage, reason,
    detail, excerpt) and day: re-running over the same bad input adds no row, and the row kept is the
    first sighting. Returns (rows added, bytes written); with ``stage`` (a run's staging
    folder) the file is staged for the last phase of the commit and the live files it replaces
    are returned as a third item instead of being deleted."""
    fs, root = location.fs_and_root
    directory = f"{root}/rejects/{partition}"
    if stage is not None:
        commit.refuse_links(location, f"rejects/{partition}")
    existing = [read_parquet(fs, info.path, tables.REJECTS, table="rejects") for info in list_files(fs, directory)
                if info.base_name.endswith(".parquet")]
    rows = [row for table in existing for row in table.to_pylist()]
    seen = {reject_identity(row) for row in rows}
    before = len(rows)
    for reject in sorted(rejects, key=reject_identity):
        key = reject_identity(reject)
        if key not in seen:
            seen.add(key)
            rows.append({name: getattr(reject, name) for name in tables.REJECTS.names})
    if len(rows) == before:
        return (0, 0) if stage is None else (0, 0, [])
    target = f"{directory}/{bucket_file(0, 1)}"
    if stage is not None:
        size = write_atomic(fs, layout.in_stage(stage, commit.STATE, f"rejects/{partition}/{bucket_file(0, 1)}"),
                            pa.Table.from_pylist(rows, schema=tables.REJECTS), row_group_size=ROW_GROUP_ROWS["rejects"])
        others = [f"rejects/{partition}/{info.base_name}" for info in list_files(fs, directory)
                  if info.path != target]
        return len(rows) - before, size, others
    size = write_atomic(fs, target, pa.Table.from_pylist(rows, schema=tables.REJECTS),
                        row_group_size=ROW_GROUP_ROWS["rejects"])
    for info in list_files(fs, directory):
        if info.path != target:
            delete_quietly(fs, info.path)
    return len(rows) - before, size


# --------------------------------------------------------------------------- empty tables


EMPTY_FILE = "empty.parquet"
EMPTY_DATE = "1970-01-01"
EMPTY_SOURCE = "__empty__"


def empty_partition(table: str, partition_by: Sequence[str]) -> str:
    """Where a table with no rows keeps its one zero-row file.

    Every reader needs at least one file to learn a table's columns from, and the file must sit
    in a partition path like the others': DuckDB refuses files at two depths, Polars then drops
    the partition columns, and pyarrow cannot type a partition column that is only null. So the
    file sits in a partition with a valid date (typed as a date by DuckDB, Polars and Spark),
    holds no row, and is removed once the table has rows of its own."""
    columns = ("date",) if table == "rejects" else tuple(partition_by)
    values = {"date": EMPTY_DATE, "source": EMPTY_SOURCE}
    return partition_path([(column, values[column]) for column in columns])


def settle_empty_tables(location: Location, partition_by: Sequence[str]) -> dict[str, bool]:
    """After a run: give each table with no data file its zero-row file, and remove that file
    from a table that has rows now. Returns {table: whether it is empty}."""
    fs, root = location.fs_and_root
    empty = {}
    for table in tables.TABLES:
        placeholder = f"{root}/{table}/{empty_partition(table, partition_by)}/{EMPTY_FILE}"
        infos = fs.get_file_info(pafs.FileSelector(f"{root}/{table}", allow_not_found=True, recursive=True))
        data = [i for i in infos if i.type == pafs.FileType.File and i.base_name.endswith(".parquet")
                and not i.base_name.startswith(".") and i.base_name != EMPTY_FILE]
        empty[table] = not data
        if not data:
            if fs.get_file_info(placeholder).type != pafs.FileType.File:
                schema = tables.file_schema(table, tables.partition_columns(empty_partition(table, partition_by)))
                write_atomic(fs, placeholder, schema.empty_table(), row_group_size=1)
            continue
        for info in infos:
            if info.type == pafs.FileType.File and info.base_name == EMPTY_FILE:
                delete_quietly(fs, info.path)
                directory = info.path.rsplit("/", 1)[0]
                while directory != f"{root}/{table}" and _remove_if_empty(fs, directory):
                    directory = directory.rsplit("/", 1)[0]
    return empty


def _remove_if_empty(fs: pafs.FileSystem, directory: str) -> bool:
    if fs.get_file_info(pafs.FileSelector(directory, allow_not_found=True)):
        return False
    try:
        fs.delete_dir(directory)
    except OSError:
        return False
    return True
