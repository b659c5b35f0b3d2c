"""Record types and Arrow schemas of newsbeam's dataset.

The Arrow schemas (``schemas.tables``) load on first use: they import pyarrow (and numpy), 0.13 s
of CPU that ``newsbeam extract`` and the modules importing only ``schemas.reasons`` or the
records do not need (bench/README.md, "Stop 34")."""
from newsbeam.schemas.records import (ATTRIBUTIONS, KINDS, ZONES, Article, Document, Entry, IndexRow, Quote,
                                      Reject)

_TABLES = ("ARTICLES", "BULLETS", "INDEX", "QUOTES", "REJECTS", "SCHEMA_VERSION", "TABLES")

__all__ = [
    "ARTICLES", "ATTRIBUTIONS", "Article", "BULLETS", "Document", "Entry", "INDEX", "IndexRow", "KINDS",
    "QUOTES", "Quote", "REJECTS", "Reject", "SCHEMA_VERSION", "TABLES", "ZONES",
]


def __getattr__(name):  # PEP 562
    if name in _TABLES:
        from newsbeam.schemas import tables

        value = getattr(tables, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsbeam.schemas' has no attribute {name!r}")
