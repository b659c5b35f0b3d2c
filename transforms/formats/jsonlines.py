"""JSON lines of article records: one object per line; a bad line is its own reject.

Fields: ``title``, ``url``, ``published``, ``body`` (plain text, one paragraph per line) or
``html``, and optionally ``bullets``, ``authors``, ``tags``, ``guid``, ``language``,
``summary``, ``updated``. A single JSON array of such objects is read the same way.
"""
from __future__ import annotations

import html as _html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.common import (Limits, capped_entry, content_lines, count_lines, reject,
                                                too_many_entries)
from newsbeam.transforms.formats.jsonfeed import _date, _names, _str

_MARKUP = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);")
# Epoch seconds between 1970 and 2100: anything else is not a timestamp we believe.
_EPOCH_RANGE = (0, 4_102_444_800)


class BadRecord(ValueError):
    pass


def _when(value) -> datetime | str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        return str(value)
    return _date(value)


def _strings(value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(s for s in (_str(v) for v in value) if s)


def record_to_entry(doc: Document, record, limits: Limits) -> Entry:
    if not isinstance(record, dict):
        raise BadRecord(f"a JSON {type(record).__name__}, not an object")
    title = _str(record.get("title"))
    body = record.get("body")
    html = record.get("html")
    if body is not None and not isinstance(body, str):
        raise BadRecord(f"'body' is a JSON {type(body).__name__}, not a string")
    if html is not None and not isinstance(html, str):
        raise BadRecord(f"'html' is a JSON {type(html).__name__}, not a string")
    summary = _str(record.get("summary"))
    if summary and not _MARKUP.search(summary):
        summary = _html.escape(summary)
    authors = _names(record.get("authors")) or _names(record.get("author"))
    return capped_entry(
        doc, "jsonl", limits,
        url=_str(record.get("url")),
        guid=_str(record.get("guid")) or _str(record.get("id")),
        title=title,
        title_html=bool(title and _MARKUP.search(title)),
        authors=tuple(authors),
        published=_when(record.get("published")),
        updated=_when(record.get("updated")),
        language=_str(record.get("language")),
        summary_html=summary,
        content_html=html if html and html.strip() else None,
        body_text=body if body and body.strip() else None,
        bullets=tuple(_strings(record.get("bullets"))),
        tags=tuple(_strings(record.get("tags"))),
    )


def read_records(doc: Document, records: Iterable[tuple[int, object]],
                 limits: Limits) -> Iterator[Entry | Reject]:
    for number, record in records:
        yield _record(doc, number, record, limits)


def _record(doc: Document, number: int, record, limits: Limits) -> Entry | Reject:
    try:
        return record_to_entry(doc, record, limits)
    except BadRecord as exc:
        return reject(doc, reasons.MALFORMED, f"record {number}: {exc}",
                      raw=json.dumps(record, ensure_ascii=False)[:400])


def read_jsonl(doc: Document, text: str, limits: Limits, *,
               counted: int | None = None) -> Iterator[Entry | Reject]:
    """Entries and per-line rejects of a JSON-lines document (already decoded). Lines are
    counted (unless the caller counted them already: ``counted``, from ``count_lines(text,
    limits.max_entries + 1)``), then read one at a time: no list of every line is ever built."""
    if counted is None:
        counted = count_lines(text, limits.max_entries + 1)
    if not counted:
        yield reject(doc, reasons.EMPTY, "no JSON records")
        return
    if (over := too_many_entries(doc, counted, "records", limits, at_least=True)) is not None:
        yield over
        return
    for number, line in content_lines(text):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield reject(doc, reasons.MALFORMED, f"line {number}: not JSON ({exc})", raw=line)
            continue
        yield _record(doc, number, record, limits)
