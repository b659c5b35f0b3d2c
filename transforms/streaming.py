"""Plain functions behind the streaming pipeline (``pipeline.streaming``); no Beam here.

* ``articles_of``: one fetched feed -> its articles (quotes extracted, or not yet) and rejects;
* ``is_new_version``: the dedup rule the stateful step applies per ``article_id``;
* ``window_file``/``write_window``: one Parquet file per table, window and partition, under a
  deterministic name, written atomically through a pyarrow filesystem.

Files are named ``win-<start>-<end>.parquet`` (UTC, ``YYYYMMDDTHHMMSSZ``), so a retried window
overwrites its own file, and readers that glob ``TABLE/**/*.parquet`` see every window.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from typing import cast

import pyarrow as pa

from newsbeam.schemas import tables
from newsbeam.schemas.records import Article, Reject
from newsbeam.transforms import dataset
from newsbeam.transforms.dataset import Location
from newsbeam.transforms.feedlist import FeedSpec
from newsbeam.transforms.fetch import FetchResult
from newsbeam.transforms.process import articles_of_document, document_of
from newsbeam.transforms.readers import Limits

def articles_of(spec: FeedSpec, result: FetchResult, now: datetime, *, limits: Limits = Limits(),
                run_id: str = "", quotes: bool = True) -> Iterator[Article | Reject]:
    """Every article of one fetched feed, with its quotes unless ``quotes`` is false, and a
    Reject for whatever failed."""
    document = document_of(spec, result, now)
    if isinstance(document, Reject):
        yield document
    elif document is not None:
        yield from articles_of_document(document, limits, run_id=run_id, quotes=quotes)


MAX_FINGERPRINTS = 16


def is_new_version(seen: Sequence[str], fingerprint: str) -> bool:
    """The dedup rule, per identity (an article_id): pass a value on the first time its identity
    is seen, and again when its fingerprint (an article's ``content_hash``) is one not seen
    before. Remembering more than the last fingerprint keeps a poll answered out of order (an
    older version arriving after a newer one) from writing the older version again."""
    return fingerprint not in seen


def remember(seen: Sequence[str], fingerprint: str) -> tuple[str, ...]:
    """``seen`` with ``fingerprint`` added, the oldest dropped past ``MAX_FINGERPRINTS``."""
    return (*seen, fingerprint)[-MAX_FINGERPRINTS:]


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


__all__ = ["articles_of", "document_of", "is_new_version", "remember", "window_file",
           "write_window"]
