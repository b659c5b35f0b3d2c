"""The reading layer: one Document's bytes in, raw Entries (or Rejects) out.

``read_document`` decompresses (gzip, bzip2, xz, by magic bytes, with the output capped),
recognizes the format by content (the file name is never consulted), and hands the bytes to
one reader in ``transforms.formats``:

=============  ===============================================  ======================
content        recognized by                                    reader
=============  ===============================================  ======================
RSS, Atom      root element rss / feed / rdf:RDF / channel      ``formats.feeds``
JSON Feed      a JSON object with a jsonfeed.org version        ``formats.jsonfeed``
JSON records   JSON lines, or one object / array of objects     ``formats.jsonlines``
HTML page      a doctype html or html/head/body root (also after  ``formats.htmlpage``
               junk such as PHP warnings)
WARC           a ``WARC/1.x`` record (gzip members or plain)    ``formats.warc``
plain text     printable text that is none of the above         ``formats.textfile``
=============  ===============================================  ======================

Everything that fails becomes a Reject with a stable reason from ``schemas.reasons``; one
bad record of a JSON-lines file rejects that record only. Pure functions, no Beam.
"""
from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats import encoding, mojibake, safexml
from newsbeam.transforms.formats.common import (STAGE_READ, Limits, ReadError, content_lines, count_lines, too_large,
                                                reject, too_many_entries)
from newsbeam.transforms.formats.compression import decompress
from newsbeam.transforms.formats.jsonfeed import is_jsonfeed, read_jsonfeed
from newsbeam.transforms.formats.jsonlines import read_jsonl, read_records
from newsbeam.transforms.formats.textfile import read_text
from newsbeam.transforms.formats.warc import is_warc, read_warc

__all__ = ["Limits", "read_document", "sniff"]

_SNIFF_BYTES = 1 << 16
_FEED_ROOTS = frozenset(("rss", "feed", "rdf", "channel", "rss:rss", "atom:feed"))
_HTML_ROOTS = frozenset(
    "html head body div p article section main header span table meta title a ul ol h1 h2 "
    "h3 link script style".split()
)
_PROLOG_SKIP = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.S | re.I)
_ROOT = re.compile(r"\s*<([A-Za-z_][-\w.:]*)")
_FEED_MARK = re.compile(r"<(?:\w+:)?(?:rss|feed|RDF)[\s>]|<\?xml", re.I)
_DOCTYPE_HTML = re.compile(r"<!doctype\s+html", re.I)
# Where an HTML document starts after junk (PHP warnings, a stray BOM, debug output).
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.I)
# Bytes that text never contains: C0 controls other than tab, newline, form feed, return.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_RECORD_KEYS = frozenset(("title", "url", "body", "html", "published", "bullets", "guid"))


def sniff(data: bytes) -> str:
    """The format of decompressed bytes: warc, feed, json, html, text or binary."""
    if is_warc(data[:4096]):
        return "warc"
    bom = encoding.bom_encoding(data)
    head_bytes = data[:_SNIFF_BYTES]
    if bom:
        head = encoding.strip_bom(head_bytes.decode(bom, "replace"))
    else:
        if _is_binary(head_bytes):
            return "binary"
        # Every supported ASCII-compatible encoding keeps '<', '{' and tag names as ASCII.
        head = head_bytes.decode("latin-1")
    head = head.lstrip("\ufeff \t\r\n\f")
    if not head:
        return "empty"
    first = head[0]
    if first in "{[":
        return "json"
    if first == "<":
        rest = head
        while True:
            skipped = _PROLOG_SKIP.match(rest)
            if not skipped or not skipped.group(0):
                break
            rest = rest[skipped.end():]
        root = _ROOT.match(rest)
        name = root.group(1).lower() if root else ""
        local = name.split(":")[-1]
        if name in _FEED_ROOTS or local in ("rss", "feed", "rdf"):
            return "feed"
        if name in _HTML_ROOTS or _DOCTYPE_HTML.search(head[:1024]):
            return "html"
    # Junk before the document (PHP warnings, debug output, often marked up as "<br /><b>
    # Warning</b>"): whichever starts first, an HTML document or a feed, is what it is.
    page = _HTML_START.search(head)
    feed = _FEED_MARK.search(head[:page.start()] if page else head)
    if page and not feed:
        return "html"
    if first == "<" or feed:
        # Other XML (feedparser decides, and says why if it is no feed), or junk before the
        # XML: feedparser's loose parser may still recover it.
        return "feed"
    return "text"


def _is_binary(head: bytes) -> bool:
    if not head:
        return False
    controls = len(_BINARY.findall(head[:4096]))
    return b"\x00" in head[:4096] or controls > max(2, len(head[:4096]) // 100)


# What one parsed JSON value costs in CPython, in bytes, beyond its text: a dict or list
# (64 bytes empty, more as it grows), a str object, a number and the pointer to each value.
_JSON_CONTAINER, _JSON_STRING, _JSON_VALUE = 88, 56, 40
_JSON_STRING_LITERAL = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_JSON_STRING_LITERAL_TEXT = re.compile(_JSON_STRING_LITERAL.pattern.decode(), re.S)


def json_memory(data: bytes | str) -> int:
    """About how many bytes ``json.loads`` takes to hold ``data`` as Python objects, found
    without parsing: strings are measured and blanked out, then the objects, arrays and
    commas left are counted. An over-estimate for text-heavy records (the usual case), close
    for the structures that blow up: ``{}`` is 2 bytes of text and some 90 in memory."""
    if isinstance(data, str):
        blanked, strings = _JSON_STRING_LITERAL_TEXT.subn('""', data)
        containers = blanked.count("{") + blanked.count("[")
        values = blanked.count(",") + blanked.count(":") + 1
        del blanked
    else:
        blanked_bytes, strings = _JSON_STRING_LITERAL.subn(b'""', data)
        containers = blanked_bytes.count(b"{") + blanked_bytes.count(b"[")
        values = blanked_bytes.count(b",") + blanked_bytes.count(b":") + 1
        del blanked_bytes
    return (len(data) + _JSON_CONTAINER * containers + _JSON_STRING * strings
            + _JSON_VALUE * values)


def json_memory_over(data: bytes | str, limit: int) -> int | None:
    """``json_memory(data)`` when it is over ``limit``, else None: decided first from upper
    bounds, which a file within the limit (nearly every file) never goes past. ``json_memory``'s
    blanking of every string literal is a regex pass that cost more than parsing a JSON-lines
    file's lines (~70 instructions a byte); the bounds are C scans of a few a byte.

    Blanking only shortens string literals to ``""``: each ``{``, ``[``, ``,`` and ``:`` it
    leaves was in ``data``, and each literal it counts takes two double quotes of ``data`` at
    least. So each of those characters adds at most a container's cost, and no other character
    adds anything: a text short enough for that at every character (3 MiB at the default
    limit) is not even scanned, and a longer one is scanned once for the five characters."""
    if len(data) * (1 + _JSON_CONTAINER) + _JSON_VALUE <= limit:
        return None
    if isinstance(data, str):
        specials = sum(map(data.count, '"{[,:'))
    else:
        specials = len(data) - len(data.translate(None, b'"{[,:'))
    if len(data) + _JSON_CONTAINER * specials + _JSON_VALUE <= limit:
        return None
    needed = json_memory(data)
    return needed if needed > limit else None


def _is_jsonl(text: str, limits: Limits) -> bool:
    """JSON lines: several lines, and one of the first ten is a whole object by itself (a
    pretty-printed document that is broken has no such line and is one malformed input,
    not one reject per line). A line whose objects would not fit in ``max_json_memory`` is
    not parsed to find out."""
    first = []
    for _, line in content_lines(text):
        first.append(line)
        if len(first) == 10:
            break
    return len(first) > 1 and any(
        json_memory(line) <= limits.max_json_memory and _is_object(line)
        for line in first)


def _read_json(doc: Document, data: bytes, limits: Limits) -> Iterator[Entry | Reject]:
    text, _ = encoding.decode_text(data, doc.headers)
    lines = _is_jsonl(text, limits)
    counted = None
    if lines:
        # Counted before anything is parsed or any list of lines is built (and only once:
        # read_jsonl takes the count).
        counted = count_lines(text, limits.max_entries + 1)
        if (over := too_many_entries(doc, counted, "records", limits, raw=data, at_least=True)) is not None:
            yield over
            return
    needed = json_memory_over(data, limits.max_json_memory)
    if needed is not None:
        yield reject(doc, reasons.TOO_LARGE,
                     f"JSON whose objects would take about {needed >> 20} MiB once parsed; "
                     f"the limit is {limits.max_json_memory >> 20} MiB", raw=data)
        return
    try:
        whole = json.loads(text)
    except RecursionError:
        yield reject(doc, reasons.MALFORMED, "JSON nested too deeply", raw=data)
        return
    except ValueError as exc:
        if lines:
            yield from read_jsonl(doc, text, limits, counted=counted)
        else:
            yield reject(doc, reasons.MALFORMED, f"not valid JSON: {exc}", raw=data)
        return
    if is_jsonfeed(whole):
        yield from read_jsonfeed(doc, whole, limits)
    elif isinstance(whole, dict) and _RECORD_KEYS & whole.keys():
        yield from read_records(doc, [(1, whole)], limits)
    elif isinstance(whole, list) and whole and all(isinstance(r, dict) for r in whole[:100]):
        if (over := too_many_entries(doc, len(whole), "records", limits, raw=data)) is not None:
            yield over
            return
        yield from read_records(doc, enumerate(whole, 1), limits)
    elif isinstance(whole, list) and not whole:
        yield reject(doc, reasons.NO_ENTRIES, "an empty JSON array", raw=data)
    else:
        yield reject(doc, reasons.NOT_A_FEED,
                     f"JSON {type(whole).__name__} that is neither a JSON Feed nor article records",
                     raw=data)


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _read_feed(doc: Document, data: bytes, limits: Limits) -> Iterator[Entry | Reject]:
    # The feed and page readers load feedparser and lxml.html on first use: a run of JSON lines
    # needs neither (bench/README.md, "Stop 34"); the worker preloads hold them (worker_preload.STAGE_MODULES).
    from newsbeam.transforms.formats.feeds import read_feed

    return read_feed(doc, data, limits)


def _read_html(doc: Document, data: bytes, limits: Limits) -> Iterator[Entry | Reject]:
    from newsbeam.transforms.formats.feeds import markup_tags
    from newsbeam.transforms.formats.htmlpage import read_html

    # Tags are counted outside comments and CDATA sections only when the page has more '<'
    # than the limit in all (a count in C, a third of the walk over the sections: 0.35 ms a page).
    if data.count(b"<") > limits.max_markup_tags and \
            (tags := markup_tags(data, limits.max_markup_tags)) > limits.max_markup_tags:
        yield reject(doc, reasons.TOO_LARGE, f"more than {limits.max_markup_tags} tags of markup "
                     f"({tags} counted); no article page has that many", raw=data)
        return
    text, _ = encoding.decode_text(data, doc.headers, markup=True)
    try:
        clean = safexml.defuse(text.encode("utf-8", "replace")).decode("utf-8", "replace")
    except ReadError as exc:
        yield reject(doc, exc.reason, exc.detail, stage=exc.stage, raw=data)
        return
    yield from read_html(doc, clean, limits)


def _read_text(doc: Document, data: bytes, limits: Limits) -> Iterator[Entry | Reject]:
    text, _ = encoding.decode_text(data, doc.headers)
    bad = len(_BAD_CHARS.findall(text[:_SNIFF_BYTES]))
    if bad > max(2, len(text[:_SNIFF_BYTES]) // 50) or not re.search(r"\w\w", text[:_SNIFF_BYTES]):
        yield reject(doc, reasons.NOT_A_FEED, "binary data or unreadable text", raw=data)
        return
    yield from read_text(doc, text, limits)


_READERS = {"feed": _read_feed, "json": _read_json, "html": _read_html, "text": _read_text}


def _with_doc_tags(entry: Entry, doc: Document) -> Entry:
    if not doc.tags:
        return entry
    return dataclasses.replace(entry, tags=tuple(dict.fromkeys(doc.tags + entry.tags)))


def _read_warc(doc: Document, limits: Limits) -> Iterator[Entry | Reject]:
    """The articles of a WARC held in memory (``newsbeam extract``). Skipped records are not
    reported here; the pipeline streams WARC files itself and counts them (``sources``)."""
    for item in read_warc(io.BytesIO(doc.data), source=doc.source, input=doc.input,
                          fetched_at=doc.fetched_at, limits=limits, tags=doc.tags):
        if isinstance(item, Document):
            yield from read_document(item, limits)
        elif isinstance(item, Reject):
            yield item
def _paragraph_cut(text: str, limit: int) -> int | None:
    """Where ``text`` ends after its first ``limit`` non-blank lines, or None if it has no
    more than that; found without splitting the text."""
    seen = 0
    for _, line_end in _line_ends(text):
        seen += 1
        if seen == limit:
            return line_end
    return None


_TEXT_LINE = re.compile(r"\S[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*")


def _line_ends(text: str):
    for match in _TEXT_LINE.finditer(text):
        yield match.start(), match.end()


def within_caps(entry: Entry, doc: Document, limits: Limits) -> tuple[Entry, list[Reject]]:
    """``entry`` with at most ``max_tags`` tags, ``max_authors`` authors, ``max_paragraphs``
    highlights and plain-text body lines, and a Reject for each cut (the entry is kept:
    one runaway list must not cost the article, nor pass unnoticed)."""
    changes: dict = {}
    found: list[Reject] = []
    label = (entry.title or entry.url or entry.guid or "")[:200]
    for name, limit, reason in (("tags", limits.max_tags, reasons.TOO_MANY_TAGS),
                                ("authors", limits.max_authors, reasons.TOO_MANY_AUTHORS),
                                ("bullets", limits.max_paragraphs, reasons.TOO_MANY_PARAGRAPHS)):
        values = getattr(entry, name)
        if len(values) <= limit:
            continue
        values = tuple(dict.fromkeys(values))  # exact repeats are no loss
        if len(values) > limit:
            found.append(reject(doc, reason, f"{len(values)} {'highlights' if name == 'bullets' else name}"
                                f" in one entry; the first {limit} are kept", raw=label))
            values = values[:limit]
        changes[name] = values
    if entry.body_text and len(entry.body_text) > limits.max_paragraphs:
        cut = _paragraph_cut(entry.body_text, limits.max_paragraphs)
        if cut is not None and entry.body_text[cut:].strip():
            found.append(reject(doc, reasons.TOO_MANY_PARAGRAPHS,
                                f"more than {limits.max_paragraphs} paragraphs in one entry; the "
                                f"first {limits.max_paragraphs} are kept", raw=label))
            changes["body_text"] = entry.body_text[:cut]
    return (dataclasses.replace(entry, **changes) if changes else entry), found


def read_document(doc: Document, limits: Limits = Limits()) -> Iterator[Entry | Reject]:
    """Entries of one input, or Rejects saying why (some entries may come with rejects)."""
    if is_warc(doc.data[:4096]):
        # Before decompressing: a per-record-gzip WARC is many gzip members, read one by one.
        yield from _read_warc(doc, limits)
        return
    oversize = too_large(len(doc.data), limits.max_input_bytes)
    if oversize is not None:
        yield reject(doc, reasons.TOO_LARGE, oversize, stage=STAGE_READ)
        return
    try:
        data, _ = decompress(doc.data, limits.max_input_bytes)
    except ReadError as exc:
        yield reject(doc, exc.reason, exc.detail, stage=exc.stage)
        return
    kind = sniff(data)
    if kind == "warc":  # a WARC compressed as a whole with bzip2 or xz
        yield from _read_warc(dataclasses.replace(doc, data=data), limits)
        return
    if kind == "empty":
        yield reject(doc, reasons.EMPTY, "no content" if not data else "only whitespace",
                     raw=data)
        return
    if kind == "binary":
        yield reject(doc, reasons.NOT_A_FEED, "binary data, not text in any known format",
                     raw=data)
        return
    for item in _READERS[kind](doc, data, limits):
        if isinstance(item, Entry):
            item, cut = within_caps(_with_doc_tags(item, doc), doc, limits)
            yield from cut
            item = mojibake.repair_entry(item)
        yield item
