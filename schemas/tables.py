"""Arrow schemas of the four tables, declared once; the writer is handed these, never infers.

Partition columns (``date``, ``source``) are not stored in the files: they live in the Hive
directory names, as readers expect.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"
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
