"""The streaming pipeline's output (``pipeline.streaming``): one Parquet file per table, window
and partition, under a deterministic name, written atomically through a pyarrow filesystem.

Files are named ``win-<start>-<end>.parquet`` (UTC, ``YYYYMMDDTHHMMSSZ``), so a retried window
overwrites its own file, and readers that glob ``TABLE/**/*.parquet`` see every window. (The
articles of one fetched feed are ``transforms.document.articles_of``; the dedup rule per
``article_id`` is ``transforms.merge.is_new_version``.)
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import cast

import pyarrow as pa

from newsbeam.schemas import tables
from newsbeam.schemas.records import Article, Reject
from newsbeam.transforms.io import dataset
from newsbeam.transforms.io.dataset import Location


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def window_file(start: datetime, end: datetime) -> str:
    return f"win-{_stamp(start)}-{_stamp(end)}.parquet"


def write_window(location: Location, table: str, partition: str, start: datetime, end: datetime,
                 rows: Sequence[Article] | Sequence[Reject]) -> tuple[str, int] | None:
    """Write one window's rows of one table and partition; returns (relative path, bytes).

    ``table`` is ``articles``, ``bullets`` or ``quotes`` (given the window's articles) or
    ``rejects``. Nothing is written when there is no row (an article without quotes adds no
    quotes file).
    """
    if table == "rejects":
        data = pa.Table.from_pylist([{n: getattr(r, n) for n in tables.REJECTS.names} for r in rows],
                                    schema=tables.REJECTS)
    else:
        data = dataset.file_rows(table, partition, dataset.TABLE_BUILDERS[table](cast("Sequence[Article]", rows)))
    if not data.num_rows:
        return None
    fs, root = location.fs_and_root
    relative = f"{table}/{partition}/{window_file(start, end)}"
    size = dataset.write_atomic(fs, f"{root}/{relative}", _sorted(data),
                                row_group_size=dataset.ROW_GROUP_ROWS[table])
    return relative, size


def _sorted(data: pa.Table) -> pa.Table:
    keys = [(name, "ascending") for name in ("article_id", "position", "input", "reason")
            if name in data.column_names]
    return data.sort_by(keys) if keys else data


__all__ = ["window_file", "write_window"]
