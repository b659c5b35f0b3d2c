"""Record types and Arrow schemas of newsbeam's dataset."""
from newsbeam.schemas.records import (ATTRIBUTIONS, KINDS, ZONES, Article, Document, Entry, IndexRow, Quote,
                                      Reject)
from newsbeam.schemas.tables import ARTICLES, BULLETS, INDEX, QUOTES, REJECTS, SCHEMA_VERSION, TABLES

__all__ = [
    "ARTICLES", "ATTRIBUTIONS", "Article", "BULLETS", "Document", "Entry", "INDEX", "IndexRow", "KINDS",
    "QUOTES", "Quote", "REJECTS", "Reject", "SCHEMA_VERSION", "TABLES", "ZONES",
]
