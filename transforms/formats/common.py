"""What every format reader shares: the limits, and how an input becomes a Reject."""
from __future__ import annotations

import dataclasses
import re

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.encoding import bom_encoding

STAGE_READ = "read"  # bytes could not be turned into a document (size, compression)
STAGE_PARSE = "parse"  # a document or record could not be understood

EXCERPT_CHARS = 200


@dataclasses.dataclass(frozen=True)
class Limits:
    """Caps that keep one bad input from taking the worker down. Each is a pipeline option.

    ``max_input_bytes`` applies to the raw file and again to its decompressed size;
    ``max_entries`` to the entries (items, records) of one input, whose excess rejects the
    whole input rather than silently keeping the first N; ``max_field_chars`` truncates any
    longer text field of an entry. ``max_recover_bytes`` is the largest feed that is not
    well-formed XML still handed to feedparser's recovering parser, which is pure Python and
    some fifty times slower than expat (about 40 microseconds a tag): a bigger broken feed
    is rejected ``too-large`` instead of holding a worker for minutes.

    Per record, ``max_tags``, ``max_authors`` and ``max_paragraphs`` (body paragraphs, and
    highlights) keep the work of one entry bounded: the first ones are kept, the entry is
    still read, and a ``too-many-tags`` / ``too-many-authors`` / ``too-many-paragraphs``
    reject says how many were cut. ``max_json_memory`` is the most memory the objects of
    one JSON document may take once parsed, estimated from its text before it is parsed (an
    empty object is 2 bytes of text and 64 in memory): a larger one is ``too-large``.
    ``max_markup_tags`` bounds the tags (start and end, outside CDATA sections and comments)
    of one feed or HTML page: feedparser spends some 50 microseconds on each whatever its
    size, so 50 MB of ``<x/>`` would hold a worker for most of an hour, and a 45 MB page of
    ``<p>a</p>`` took lxml and the text reducer 254 s and 2.7 GB.
    """

    max_input_bytes: int = 50 * 2**20
    max_entries: int = 10_000
    max_field_chars: int = 1_000_000
    max_recover_bytes: int = 16 * 2**20
    max_tags: int = 500
    max_authors: int = 100
    max_paragraphs: int = 10_000
    max_json_memory: int = 256 * 2**20
    max_markup_tags: int = 500_000


class ReadError(Exception):
    """An input that cannot be read: carries the stable reason code for its Reject."""

    def __init__(self, reason: str, detail: str, stage: str = STAGE_PARSE):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.stage = stage


_EXCERPT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def excerpt(data: bytes | str, chars: int = EXCERPT_CHARS) -> str:
    """The start of an input as printable text, whatever its bytes are."""
    if isinstance(data, bytes):
        head = data[: chars * 4]
        # UTF-16/32 text is readable once decoded; anything else as UTF-8 with replacements.
        enc = bom_encoding(head) or "utf-8"
        try:
            text = head.decode(enc, "replace")
        except LookupError:  # pragma: no cover - every name above is a Python codec
            text = head.decode("utf-8", "replace")
    else:
        text = data
    return _EXCERPT_CONTROL.sub("\ufffd", text.lstrip("\ufeff")[:chars])


def too_large(size: int | None, limit: int, *, where: str = "", at_least: bool = False) -> str | None:
    """The one check of an input's size against ``--max-input-bytes`` (``Limits.max_input_bytes``):
    None when ``size`` fits or is not known, else the detail of its ``too-large`` reject.

    ``at_least``: ``size`` bytes were read and the rest was not, so only "over" is known.
    ``where`` names the part of the input (a WARC record)."""
    if size is None or size <= limit:
        return None
    amount = "" if at_least else f"{size} bytes, "
    return f"{where + ': ' if where else ''}{amount}over the limit of {limit} bytes (--max-input-bytes)"


def reject(doc: Document, reason: str, detail: str, *, stage: str = STAGE_PARSE,
           raw: bytes | str | None = None) -> Reject:
    return Reject(
        source=doc.source,
        input=doc.input,
        stage=stage,
        reason=reason,
        detail=detail[:2000],
        raw_excerpt=excerpt(doc.data if raw is None else raw),
        fetched_at=doc.fetched_at,
    )


def too_many_entries(doc: Document, count: int, noun: str, limits: Limits,
                     raw: bytes | str | None = None, *, at_least: bool = False) -> Reject | None:
    """The whole input's reject when it holds more entries than ``--max-entries``, else None:
    keeping the first N silently would lose the rest. ``at_least``: counting stopped at
    ``count``, there may be more."""
    if count <= limits.max_entries:
        return None
    return reject(doc, reasons.TOO_MANY_ENTRIES,
                  f"{'more than ' + str(count - 1) if at_least else count} {noun}, "
                  f"the limit is {limits.max_entries}", raw=raw)


_CONTENT_LINE = re.compile(r"\S[^\n]*")


def count_lines(text: str, stop: int) -> int:
    """Lines of ``text`` that hold more than whitespace, counted up to ``stop`` at most:
    without building a list of lines (a file of 36 MB of line breaks is 36 million)."""
    count = 0
    for _ in _CONTENT_LINE.finditer(text):
        count += 1
        if count >= stop:
            break
    return count


def content_lines(text: str):
    """``(line number, line)`` for each line of ``text`` that holds more than whitespace,
    lazily; lines end at ``\\n`` only (a JSON string may hold a raw U+2028)."""
    number, pos = 1, 0
    for match in _CONTENT_LINE.finditer(text):
        number += text.count("\n", pos, match.start())
        pos = match.start()
        yield number, match.group().rstrip()


def truncate(value: str | None, limits: Limits) -> str | None:
    if value is None or len(value) <= limits.max_field_chars:
        return value
    return value[: limits.max_field_chars]


_CAPPED = ("url", "guid", "title", "summary_html", "content_html", "body_text")
_CAPPED_TUPLES = ("authors", "bullets", "tags")


def _capped_values(values, limits: Limits) -> tuple:
    """``tuple(truncate(v, limits) for v in values)``; when no value is too long (nearly
    always), without a Python step a value: ``max`` over ``len`` runs in C (a None among them,
    which has no length, takes the long way)."""
    values = tuple(values)
    try:
        if max(map(len, values), default=0) <= limits.max_field_chars:
            return values
    except TypeError:
        pass
    return tuple(truncate(v, limits) for v in values)


def capped_entry(doc: Document, fmt: str, limits: Limits, **fields) -> Entry:
    """An Entry read out of ``doc``: its provenance filled in (``feed_url`` from the document
    unless given), and every text field cut at ``limits.max_field_chars``."""
    cap = limits.max_field_chars
    for name in _CAPPED:
        value = fields.get(name)
        if value is not None and len(value) > cap:
            fields[name] = value[:cap]
    for name in _CAPPED_TUPLES:
        if name in fields:
            fields[name] = _capped_values(fields[name], limits)
    fields.setdefault("feed_url", doc.feed_url)
    return Entry(source=doc.source, input=doc.input, format=fmt, fetched_at=doc.fetched_at, **fields)
