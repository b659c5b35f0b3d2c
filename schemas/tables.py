"""Arrow schemas of the four tables, declared once; the writer is handed these, never infers.

Partition columns (``date``, and ``source`` with ``--partition-by source,date``) are not stored
in the files: they live in the Hive directory names, as readers expect (``file_schema``).

Version 2 renamed the quotes' ``start``/``end`` to ``start_char``/``end_char``; files written
under version 1 are read through ``upgrade`` and rewritten under version 2 by the next run that
writes their partition.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "2"
METADATA = {b"newsbeam.schema_version": SCHEMA_VERSION.encode()}

_TS = pa.timestamp("us", tz="UTC")

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("input", pa.string(), nullable=False),
        pa.field("feed_url", pa.string()),
        pa.field("url", pa.string()),
        pa.field("guid", pa.string()),
        pa.field("title", pa.string(), nullable=False),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("published_at", _TS),
        pa.field("updated_at", _TS),
        pa.field("fetched_at", _TS, nullable=False),
        pa.field("language", pa.string()),
        pa.field("summary", pa.string()),
        pa.field("body", pa.string(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("tags", pa.list_(pa.string())),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
    ],
    metadata=METADATA,
)

BULLETS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("position", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ],
    metadata=METADATA,
)

QUOTES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("position", pa.int32(), nullable=False),
        pa.field("zone", pa.string(), nullable=False),
        pa.field("zone_index", pa.int32(), nullable=False),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("speaker", pa.string()),
        pa.field("speaker_mention", pa.string()),
        pa.field("cue", pa.string()),
        pa.field("attribution", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("rule", pa.string()),
    ],
    metadata=METADATA,
)

REJECTS = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("input", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        pa.field("raw_excerpt", pa.string()),
        pa.field("fetched_at", _TS, nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
    ],
    metadata=METADATA,
)

TABLES = {"articles": ARTICLES, "bullets": BULLETS, "quotes": QUOTES, "rejects": REJECTS}

# The index (``_state/index/``): one row per article, a ``records.IndexRow``. Not a table of
# the dataset: the writer's own record of where each article is and what it was.
INDEX = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("partition", pa.string(), nullable=False),
        pa.field("n", pa.int32(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("updated_at", _TS),
        pa.field("est_bytes", pa.int64(), nullable=False),
        pa.field("guid_key", pa.string()),
        # The version of the quote rules the article's rows were written with (null before it
        # was recorded): an article seen again unchanged is re-extracted when the rules changed.
        pa.field("extractor", pa.string()),
        # The stored version's rank (its input, body length, bullets), which ``merge.preferred``
        # compares: null in rows written before it was kept.
        pa.field("input", pa.string()),
        pa.field("body_chars", pa.int64()),
        pa.field("bullet_count", pa.int32()),
    ],
    metadata=METADATA,
)

# Columns each version renamed, by table: {old name: new name}.
RENAMED = {"quotes": {"start": "start_char", "end": "end_char"}}


def partition_columns(partition: str) -> tuple[str, ...]:
    """The columns a Hive partition path names: ``source=a/date=2026-01-02`` -> (source, date)."""
    return tuple(segment.split("=", 1)[0] for segment in partition.split("/") if "=" in segment)


def file_schema(table: str, partition_by: tuple[str, ...] | list[str] = ("date",)) -> pa.Schema:
    """The schema of the table's files: its columns less those the partition path holds."""
    schema = TABLES[table]
    for column in partition_by:
        if column in schema.names:
            schema = schema.remove(schema.get_field_index(column))
    return schema


def schema_version_of(schema: pa.Schema) -> str:
    """The ``newsbeam.schema_version`` a file was written under ("1" when it says nothing)."""
    meta = schema.metadata or {}
    return meta.get(b"newsbeam.schema_version", b"1").decode()


def upgrade(table: str, data: pa.Table, target: pa.Schema) -> pa.Table:
    """A file's rows in ``target``: old column names renamed, partition columns dropped, columns
    an older version lacked added as nulls. Already-current tables are only cast."""
    renames = RENAMED.get(table, {})
    if any(name in renames for name in data.column_names):
        data = data.rename_columns([renames.get(name, name) for name in data.column_names])
    columns = []
    for field in target:
        if field.name in data.column_names:
            columns.append(data.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(data.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=target)
