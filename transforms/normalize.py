"""Entry -> Article: ids, canonical URLs, UTC dates, clean text. Pure functions, no Beam."""
from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Iterable

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Article, Entry, Reject
from newsbeam.transforms.dates import parse_date, plausible
from newsbeam.transforms.html import html_to_text
from newsbeam.transforms.text import clean_line, clean_paragraphs, split_paragraphs, word_count
from newsbeam.transforms.urls import canonicalize_url

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{1,31});")
_EMAIL_NAME = re.compile(r"^\S+@\S+\s+\((?P<name>[^)]+)\)$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


class NormalizeError(ValueError):
    """An entry that cannot become an article; ``reason`` is a stable reject code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


# Formats that hold one article per input: without a URL or guid, the input is the identity.
ONE_ARTICLE_FORMATS = frozenset({"text", "html"})


def article_id(url: str | None, guid: str | None, source: str, title: str, body: str,
               *, input: str | None = None) -> str:
    """Stable id: from the canonical URL, else the guid, else the source and the input's path
    (``input``, given for one-article files, so that an edited file replaces its row), else a
    hash of source, title and body (a record of a lines file or feed with neither URL nor guid).

    The prefix keeps the spaces apart, so a guid can never collide with a URL.
    """
    if url:
        return _digest("url", url)
    if guid:
        return _digest("guid", canonicalize_url(guid) or guid.strip())
    if input:
        return _digest("input", source, input_identity(input))
    return _digest("content", source, title, body)


def input_identity(path: str) -> str:
    """A local path made absolute (``in/a.txt`` and ``/srv/in/a.txt`` are one file, whichever way
    the glob was written); a URI as it is."""
    if "://" in path:
        return path
    return os.path.abspath(path)


def content_hash(title: str, summary: str | None, body: str, bullets: Iterable[str]) -> str:
    return _digest(title, summary or "", body, *bullets)


def inline_text(value: str | None, *, markup: bool) -> str:
    """A one-line field (title, author, tag) as clean text.

    Markup is parsed only when the source says the field is HTML; plain text keeps its angle
    brackets ("Bridge reopens <for now>") and only has stray entities decoded.
    """
    if not value:
        return ""
    if markup:
        value = " ".join(html_to_text(value).paragraphs)
    elif "&" in value and _ENTITY.search(value):
        value = html.unescape(value)
    return clean_line(value)


def _language(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().replace("_", "-")
    if not _LANG.match(value):
        return None
    primary, _, rest = value.partition("-")
    return primary.lower() + ("-" + rest if rest else "")


def _author(value: str) -> str:
    value = inline_text(value, markup=False)
    match = _EMAIL_NAME.match(value)
    return match.group("name").strip() if match else value


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """Non-empty values in order, the first spelling of each kept when several differ only
    in case. Linear: one set of casefolded keys, not one rebuilt per value."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if not value:
            continue
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


def _body(entry: Entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Paragraphs and highlight bullets from the richest content the entry has: the full
    content as HTML, else as text (an HTML page's paragraphs, a JSON record's ``body``, a JSON
    Feed's ``content_text``), else the summary (a feed's description, a page's meta
    description), which is all a teaser-only feed gives."""
    if entry.content_html and entry.content_html.strip():
        text = html_to_text(entry.content_html)
        if text.paragraphs:
            return clean_paragraphs(text.paragraphs), clean_paragraphs(text.bullets)
    if entry.body_text:
        paragraphs = split_paragraphs(entry.body_text)
        if paragraphs:
            return paragraphs, ()
    if entry.summary_html and entry.summary_html.strip():
        text = html_to_text(entry.summary_html)
        return clean_paragraphs(text.paragraphs), clean_paragraphs(text.bullets)
    return (), ()


def normalize_entry(entry: Entry, run_id: str = "") -> Article:
    """The normalized article for one entry. Raises NormalizeError for an unusable entry."""
    paragraphs, html_bullets = _body(entry)
    body = "\n\n".join(paragraphs)
    title = inline_text(entry.title, markup=entry.title_html)
    if not title and not body:
        raise NormalizeError(reasons.MISSING_CONTENT, "entry has neither a title nor any content")
    summary = None
    if entry.summary_html and entry.summary_html.strip():
        summary = "\n\n".join(clean_paragraphs(html_to_text(entry.summary_html).paragraphs)) or None
    bullets = clean_paragraphs(entry.bullets) or html_bullets
    url = canonicalize_url(entry.url)
    guid = clean_line(entry.guid) if entry.guid else None
    published = plausible(parse_date(entry.published), entry.fetched_at)
    updated = plausible(parse_date(entry.updated), entry.fetched_at)
    return Article(
        article_id=article_id(url, guid, entry.source, title, body,
                              input=entry.input if entry.format in ONE_ARTICLE_FORMATS else None),
        source=entry.source,
        input=entry.input,
        feed_url=entry.feed_url,
        url=url,
        guid=guid or None,
        title=title,
        authors=_unique(_author(a) for a in entry.authors),
        published_at=published or updated,
        updated_at=updated,
        fetched_at=entry.fetched_at,
        language=_language(entry.language),
        summary=summary,
        body=body,
        word_count=word_count(body),
        tags=_unique(inline_text(t, markup=False) for t in entry.tags),
        content_hash=content_hash(title, summary, body, bullets),
        run_id=run_id,
        bullets=bullets,
        recovered=entry.recovered,
    )


def to_reject(entry: Entry, error: NormalizeError, run_id: str = "") -> Reject:
    excerpt = (entry.title or entry.url or entry.guid or "")[:200] or None
    return Reject(entry.source, entry.input, "normalize", error.reason, str(error), excerpt,
                  entry.fetched_at, run_id)


def preferred(a: Article, b: Article) -> Article:
    """Of two versions of one article, the one to keep: deterministic whatever the order.

    The newer update wins, then the longer body (a full-text feed over a teaser feed), then the
    input name, so that two runs over the same inputs keep the same row.
    """
    def rank(x: Article):
        stamp = x.updated_at.timestamp() if x.updated_at else float("-inf")
        return (stamp, len(x.body), len(x.bullets))

    ra, rb = rank(a), rank(b)
    if ra != rb:
        return a if ra > rb else b
    return a if (a.input, a.content_hash) <= (b.input, b.content_hash) else b
