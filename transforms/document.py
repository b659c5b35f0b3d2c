"""One document's way through the pure steps, outside Beam: a fetch made a Document
(``document_of``), a Document read, normalized and its quotes extracted (``articles_of_document``,
``articles_of`` for a fetched feed), an input path's source name. What ``newsbeam extract``, the
streaming variant and the Beam composites share. No Beam here."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import datetime

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Article, Document, Reject
from newsbeam.transforms.feedlist import FeedSpec
from newsbeam.transforms.io.fetch import FetchResult
from newsbeam.transforms.normalize import NormalizeError, normalize_entry, to_reject
from newsbeam.transforms.formats.read import Limits, read_document

STAGE_FETCH = "fetch"
_SUFFIXES = re.compile(r"(\.(gz|bz2))?$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(xml|rss|atom|rdf|json|jsonl|ndjson|txt|text|html?|feed|story)$", re.IGNORECASE)


def source_name(path: str) -> str:
    """A file's source name: its base name without compression and format suffixes."""
    base = path.rstrip("/").rsplit("/", 1)[-1]
    stem = _SUFFIXES.sub("", base)
    while _EXTENSION.search(stem) and _EXTENSION.sub("", stem):
        stem = _EXTENSION.sub("", stem)
    return stem or base


def with_quotes(article: Article) -> Article:
    """The article with the quotes of its title, bullets and body."""
    from newsbeam.transforms.quotes.extract import extract_quotes  # loaded where a stage extracts

    return dataclasses.replace(article, quotes=tuple(extract_quotes(article.title, article.bullets, article.body)))


def articles_of_document(document: Document, limits: Limits = Limits(), *, run_id: str = "",
                         quotes: bool = True) -> Iterator[Article | Reject]:
    """Every article of one document, with its quotes unless ``quotes`` is false, and a Reject
    for whatever failed."""
    for item in read_document(document, limits):
        if isinstance(item, Reject):
            yield item
            continue
        try:
            article = normalize_entry(item, run_id)
        except NormalizeError as exc:
            yield to_reject(item, exc, run_id)
            continue
        yield with_quotes(article) if quotes else article


def document_of(spec: FeedSpec, result: FetchResult, now: datetime) -> Document | Reject | None:
    """A fetch as a Document to parse, a Reject saying why not, or None for a 304."""
    if result.not_modified:
        return None
    if not result.ok:
        return Reject(spec.source, spec.url, STAGE_FETCH, result.reason or reasons.CONNECTION,
                      result.detail or "", None, now)
    return Document(source=spec.source, input=spec.url, data=result.body or b"", fetched_at=now,
                    feed_url=result.final_url or spec.url, headers=result.headers, tags=spec.tags)


def articles_of(spec: FeedSpec, result: FetchResult, now: datetime, *, limits: Limits = Limits(),
                run_id: str = "", quotes: bool = True) -> Iterator[Article | Reject]:
    """Every article of one fetched feed, with its quotes unless ``quotes`` is false, and a
    Reject for whatever failed."""
    document = document_of(spec, result, now)
    if isinstance(document, Reject):
        yield document
    elif document is not None:
        yield from articles_of_document(document, limits, run_id=run_id, quotes=quotes)
