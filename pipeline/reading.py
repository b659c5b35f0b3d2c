"""Reading a dataset back: ``open_dataset(output)`` gives each table to pyarrow, DuckDB, Polars or
pandas, with the files of an older schema version read as the current one.

    >>> ds = newsbeam.open_dataset("out")
    >>> ds.to_pandas("quotes").head()
"""
from __future__ import annotations

import os
from collections.abc import Sequence

from newsbeam.transforms.io import layout

TABLES = ("articles", "bullets", "quotes", "rejects")


class Dataset:
    """A newsbeam dataset on disk, for reading: each table for pyarrow, DuckDB, Polars or pandas.

    Files written under schema version 1 (quotes with ``start``/``end``) are read as version 2
    (``start_char``/``end_char``) by every method here.
    """

    def __init__(self, output: str | os.PathLike):
        from newsbeam.transforms.io.dataset import Location

        self.location = Location.of(os.fspath(output))
        fs, root = self.location.fs_and_root
        import pyarrow.fs as pafs

        info = fs.get_file_info(self.location.path(layout.DATASET_FILE))
        if info.type != pafs.FileType.File:
            raise FileNotFoundError(f"{self.location.uri} is not a newsbeam dataset (no {layout.DATASET_FILE})")

    def __repr__(self) -> str:
        return f"Dataset({self.location.uri!r})"

    @property
    def tables(self) -> tuple[str, ...]:
        return TABLES

    def path(self, table: str) -> str:
        self._check(table)
        return self.location.path(table)

    def glob(self, table: str) -> str:
        """``DIR/TABLE/**/*.parquet``: what DuckDB's and Polars' readers take."""
        return f"{self.path(table)}/**/*.parquet"

    def _check(self, table: str) -> None:
        if table not in TABLES:
            raise KeyError(f"no table {table!r}; the tables are {', '.join(TABLES)}")

    def pyarrow(self, table: str):
        """A ``pyarrow.dataset.Dataset`` over the table's files, Hive-partitioned."""
        import pyarrow.dataset as pads

        fs, _ = self.location.fs_and_root
        return pads.dataset(self.path(table), filesystem=fs, format="parquet", partitioning="hive")

    def _is_current(self, table: str) -> bool:
        """Whether every file is of the current schema version (no upgrade needed to read it)."""
        from newsbeam.schemas import tables

        if table not in tables.RENAMED:
            return True
        return all(tables.schema_version_of(f.physical_schema) == tables.SCHEMA_VERSION
                   for f in self.pyarrow(table).get_fragments())

    def to_table(self, table: str, *, columns: Sequence[str] | None = None, filter=None):
        """The table as one ``pyarrow.Table`` (partition columns included), version-1 files
        upgraded."""
        from newsbeam.schemas import tables

        dataset = self.pyarrow(table)
        if self._is_current(table):
            return dataset.to_table(columns=columns, filter=filter)
        import pyarrow as pa
        import pyarrow.dataset as pads

        parts = []
        partition_fields = [f for f in dataset.schema if f.name in ("date", "source")
                            and f.name not in tables.TABLES[table].names]
        target = pa.schema(list(tables.TABLES[table]) + partition_fields)
        for fragment in dataset.get_fragments():
            data = fragment.to_table(schema=fragment.physical_schema)
            keys = pads.get_partition_keys(fragment.partition_expression)
            for name in (f.name for f in partition_fields):
                data = data.append_column(name, pa.array([keys.get(name)] * data.num_rows,
                                                         target.field(name).type))
            parts.append(tables.upgrade(table, data, target))
        result = pa.concat_tables(parts) if parts else target.empty_table()
        if filter is not None:
            result = result.filter(filter)
        return result.select(list(columns)) if columns else result

    def to_pandas(self, table: str, **kwargs):
        return self.to_table(table, **kwargs).to_pandas()

    def to_polars(self, table: str):
        """A Polars ``LazyFrame`` over the table (scanned lazily when no upgrade is needed)."""
        import polars as pl

        if self._is_current(table) and self.location.is_local:
            return pl.scan_parquet(self.glob(table), hive_partitioning=True)
        return pl.from_arrow(self.to_table(table)).lazy()  # type: ignore[union-attr]  # a Table gives a DataFrame

    def duckdb(self, connection=None):
        """A DuckDB connection with one view per table (``articles``, ``bullets``, ``quotes``,
        ``rejects``), so that ``con.sql("select ... from quotes join articles using (article_id)")``
        works as is."""
        import duckdb

        con = connection or duckdb.connect()
        for table in TABLES:
            source = f"read_parquet('{self.glob(table)}', hive_partitioning=true, union_by_name=true)"
            if self._is_current(table):
                con.execute(f"create or replace view {table} as select * from {source}")
            else:  # version-1 files: start/end become start_char/end_char
                have = {row[0] for row in con.execute(f"describe select * from {source}").fetchall()}
                new_cols = [f'coalesce({new}, "{old}") as {new}' if new in have else f'"{old}" as {new}'
                            for old, new in (("start", "start_char"), ("end", "end_char"))]
                con.execute(f"create or replace view {table} as select * exclude "
                            f"(\"start\", \"end\"{', start_char, end_char' if 'start_char' in have else ''}), "
                            f"{', '.join(new_cols)} from {source}")
        return con

    def runs(self) -> list[dict]:
        """The run manifests, oldest first."""
        import json

        import pyarrow.fs as pafs

        fs, root = self.location.fs_and_root
        infos = [i for i in fs.get_file_info(pafs.FileSelector(self.location.path(layout.RUNS), allow_not_found=True))
                 if layout.is_manifest_name(i.base_name)]
        out = []
        for info in sorted(infos, key=lambda i: (i.mtime_ns or 0, i.base_name)):
            with fs.open_input_stream(info.path) as fh:
                out.append(json.loads(fh.read()))
        return out


def open_dataset(output: str | os.PathLike) -> Dataset:
    """The dataset at ``output`` for reading. Raises FileNotFoundError when it is not one."""
    return Dataset(output)
