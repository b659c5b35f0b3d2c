"""The records that flow between pipeline stages.

Small frozen dataclasses: they pickle cleanly on every runner and are converted to Arrow once,
at the writer (see ``schemas.tables``).

The flow is ``Document -> Entry -> Article``; anything that fails becomes a ``Reject``.
"""
from __future__ import annotations

import dataclasses
import operator
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone

# Quote zones, attributions and kinds, as SPEC names them.
ZONES = ("title", "bullet", "body")
ATTRIBUTIONS = ("explicit", "inherited", "pronoun", "none")
KINDS = ("direct", "partial", "scare")


def _pickled_by_position(cls):
    """Pickle as (class, field values): Beam pickles every record at every stage boundary, and
    the default for slotted classes builds a state dict per object (about 1.5x slower)."""
    values = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_position
@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """One unit of input: the raw bytes of a file, or of an HTTP response body."""

    source: str
    input: str
    data: bytes
    fetched_at: datetime
    feed_url: str | None = None
    # HTTP response headers (lower-case names) when the bytes were fetched; feedparser uses
    # Content-Type's charset and Content-Location.
    headers: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ()
    # The address the bytes were served from, when it is not ``input`` itself: a WARC
    # record's WARC-Target-URI, the link of a feed item fetched by --fetch-articles.
    url: str | None = None


@_pickled_by_position
@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    """One item read out of a Document, before normalization.

    Text fields are raw: ``*_html`` may hold markup and entities; ``body_text`` is plain text
    with one paragraph per line. Dates are aware datetimes when the reader could parse them,
    else the raw string, else None.
    """

    source: str
    input: str
    format: str  # rss | atom | rdf | jsonfeed | text | jsonl | html
    fetched_at: datetime
    feed_url: str | None = None
    url: str | None = None
    guid: str | None = None
    title: str | None = None
    title_html: bool = False
    authors: tuple[str, ...] = ()
    published: datetime | str | None = None
    updated: datetime | str | None = None
    language: str | None = None
    summary_html: str | None = None
    content_html: str | None = None
    body_text: str | None = None
    bullets: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # Read out of a document that is not well-formed (feedparser's recovering parser): the
    # entry may be cut short, so it may not replace a fuller stored version (merge.decide).
    recovered: bool = False


@_pickled_by_position
@dataclasses.dataclass(frozen=True, slots=True)
class Quote:
    """A quotation found in one zone of an article. ``text == zone_text[start_char:end_char]``."""

    position: int
    zone: str
    zone_index: int
    start_char: int
    end_char: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    attribution: str
    kind: str
    rule: str | None = None  # the attribution rule that credited it (transforms.quotes.rules)


# An aware UTC datetime travels in a pickle as an int, its microseconds since the epoch: pickled
# as itself it drags its tzinfo along (``timezone`` reduced to a ``timedelta``: three globals
# looked up and two reductions per pickle), 4.6 us for the first datetime of a pickle and about
# 0.5 for each after, where the int costs under 0.1 us to pickle and about 0.5 us to convert each
# way. Articles cross two stage boundaries per run with three such times each (``Article``, then
# ``dataset.ArticleRows``). Any other value (None, another tzinfo, a naive time) goes as itself.
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)


def utc_micros(value):
    """``value`` as microseconds since the epoch if it is a datetime in ``timezone.utc`` (which
    ``utc_time`` turns back into an equal one, with the same tzinfo), else ``value`` itself."""
    if value.__class__ is datetime and value.tzinfo is timezone.utc and not value.fold:
        return (value - _EPOCH) // _MICROSECOND
    return value


def utc_time(value):
    """The inverse of ``utc_micros``: an int as a datetime in ``timezone.utc``, else ``value``."""
    return _EPOCH + _MICROSECOND * value if value.__class__ is int else value


def times_as_micros(values: tuple, times: slice) -> tuple:
    """``values`` with those in ``times`` as ``utc_micros``: the form a record pickles."""
    return (*values[:times.start], *map(utc_micros, values[times]), *values[times.stop:])


def times_restored(values: tuple, times: slice) -> tuple:
    """``values`` as they were before ``times_as_micros``."""
    return (*values[:times.start], *map(utc_time, values[times]), *values[times.stop:])


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """A normalized article: one row of ``articles`` plus its bullets and quotes."""

    article_id: str
    source: str
    input: str
    feed_url: str | None
    url: str | None
    guid: str | None
    title: str
    authors: tuple[str, ...]
    published_at: datetime | None
    updated_at: datetime | None
    fetched_at: datetime
    language: str | None
    summary: str | None
    body: str
    word_count: int
    tags: tuple[str, ...]
    content_hash: str
    run_id: str = ""
    bullets: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    recovered: bool = False  # from Entry.recovered; not a column

    @property
    def date(self) -> str:
        """The partition date: UTC publication date, else the fetch date."""
        when = self.published_at or self.fetched_at
        return when.strftime("%Y-%m-%d")

    def __reduce__(self):
        # By position (as ``_pickled_by_position``), its times as ``utc_micros``.
        return _article_of, (times_as_micros(_article_values(self), _ARTICLE_TIMES),)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_article_values = operator.attrgetter(*_ARTICLE_FIELDS)
_ARTICLE_TIMES = slice(_ARTICLE_FIELDS.index("published_at"), _ARTICLE_FIELDS.index("fetched_at") + 1)


def _article_of(values: tuple) -> Article:
    """An Article unpickled (``Article.__reduce__``)."""
    return Article(*times_restored(values, _ARTICLE_TIMES))


@_pickled_by_position
@dataclasses.dataclass(frozen=True, slots=True)
class Reject:
    """An input, or part of one, that could not become an article, with a stable reason code."""

    source: str
    input: str
    stage: str  # read | fetch | parse | normalize | extract
    reason: str
    detail: str
    raw_excerpt: str | None
    fetched_at: datetime
    run_id: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class IndexRow:
    """One article in the index (``_state/index/``, schema ``tables.INDEX``): where its rows
    are, and what the next run compares a version of it with."""

    article_id: str
    partition: str
    n: int  # the bucket count of the layout its rows are in (0: not placed yet)
    content_hash: str
    updated_at: datetime | None
    est_bytes: int
    guid_key: str | None = None
    extractor: str | None = None  # the quote rules' version its rows were written with
    # The stored version's rank (``merge.preferred``); None in rows written before it was kept.
    input: str | None = None
    body_chars: int | None = None
    bullet_count: int | None = None

    def __reduce__(self):
        # By position, ``updated_at`` as ``utc_micros``: the decide stage packs one per article.
        return _index_row_of, (times_as_micros(_index_row_values(self), _INDEX_ROW_TIMES),)

    def to_arrow(self) -> dict:
        """The row as ``pa.Table.from_pylist(..., schema=tables.INDEX)`` takes it."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    @classmethod
    def from_arrow(cls, row: dict) -> "IndexRow":
        """A row of ``tables.INDEX`` as ``pa.Table.to_pylist`` gives it (columns an older index
        lacked may be absent)."""
        return cls(row["article_id"], row["partition"], row["n"], row["content_hash"], row.get("updated_at"),
                   row["est_bytes"], row.get("guid_key"), row.get("extractor"), row.get("input"),
                   row.get("body_chars"), row.get("bullet_count"))


_INDEX_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(IndexRow))
_index_row_values = operator.attrgetter(*_INDEX_ROW_FIELDS)
_INDEX_ROW_TIMES = slice(_INDEX_ROW_FIELDS.index("updated_at"), _INDEX_ROW_FIELDS.index("updated_at") + 1)


def _index_row_of(values: tuple) -> IndexRow:
    """An IndexRow unpickled (``IndexRow.__reduce__``)."""
    return IndexRow(*times_restored(values, _INDEX_ROW_TIMES))


# What makes two rejects the same failure: the rejects table keeps one row per distinct failure
# and day, in a batch run (``dataset.merge_rejects``) and in ``stream`` alike.
REJECT_IDENTITY = ("input", "stage", "reason", "detail", "raw_excerpt")


def reject_identity(reject: Reject | Mapping) -> tuple[str, ...]:
    """The identity of a Reject, or of a row of the rejects table (a missing detail or excerpt
    is the empty one)."""
    if isinstance(reject, Mapping):
        return tuple(reject.get(name) or "" for name in REJECT_IDENTITY)
    return tuple(getattr(reject, name) or "" for name in REJECT_IDENTITY)
