"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), which feedparser 6 cannot read."""
from __future__ import annotations

import html as _html
from collections.abc import Iterator
from datetime import datetime, timezone
from urllib.parse import urljoin

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.common import Limits, capped_entry, reject, too_many_entries

def is_jsonfeed(obj) -> bool:
    if not isinstance(obj, dict):
        return False
    version = obj.get("version")
    if isinstance(version, str) and "jsonfeed.org/version/" in version:
        return True
    # A feed without (or with a wrong) version string still reads fine when it has items.
    return isinstance(obj.get("items"), list) and ("title" in obj or "feed_url" in obj
                                                  or "home_page_url" in obj)


def _str(value) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _date(value) -> datetime | str | None:
    text = _str(value)
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text
    # RFC 3339 requires an offset; a naive value is left to the normalizer's date rules.
    return when.astimezone(timezone.utc) if when.tzinfo is not None else text


def _names(*authors) -> tuple[str, ...]:
    names = []
    for author in authors:
        if isinstance(author, dict):
            author = [author]
        if not isinstance(author, list):
            continue
        for one in author:
            name = _str(one.get("name")) if isinstance(one, dict) else _str(one)
            if name:
                names.append(name)
    return tuple(dict.fromkeys(names))


def read_jsonfeed(doc: Document, feed: dict, limits: Limits) -> Iterator[Entry | Reject]:
    items = feed.get("items")
    if not isinstance(items, list):
        yield reject(doc, reasons.MALFORMED, "JSON Feed without an items array")
        return
    if (over := too_many_entries(doc, len(items), "items", limits)) is not None:
        yield over
        return
    if not items:
        yield reject(doc, reasons.NO_ENTRIES, "JSON Feed with no items")
        return
    base = _str(feed.get("home_page_url")) or _str(feed.get("feed_url")) or doc.feed_url or ""
    feed_language = _str(feed.get("language"))
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            yield reject(doc, reasons.MALFORMED,
                         f"item {index} is a JSON {type(item).__name__}, not an object",
                         raw=repr(item)[:200])
            continue
        url = _str(item.get("url")) or _str(item.get("external_url"))
        if url and base:
            url = urljoin(base, url)
        summary = _str(item.get("summary"))
        text = _str(item.get("content_text"))
        raw_tags = item.get("tags")
        tags = raw_tags if isinstance(raw_tags, list) else []
        yield capped_entry(
            doc, "jsonfeed", limits,
            feed_url=doc.feed_url or _str(feed.get("feed_url")),
            url=url,
            guid=_str(item.get("id")),
            title=_str(item.get("title")),
            title_html=False,  # JSON Feed titles are plain text by definition
            # 1.1 "authors" wins; 1.0 "author" and the feed's own author(s) are fallbacks.
            authors=(_names(item.get("authors"), item.get("author"))
                     or _names(feed.get("authors"), feed.get("author"))),
            published=_date(item.get("date_published")),
            updated=_date(item.get("date_modified")),
            language=_str(item.get("language")) or feed_language,
            summary_html=_html.escape(summary) if summary else None,
            content_html=_str(item.get("content_html")),
            body_text=text,
            tags=tuple(t for t in (_str(t) for t in tags) if t),
        )
