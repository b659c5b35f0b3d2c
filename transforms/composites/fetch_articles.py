"""--fetch-articles: the full text of feed items that carry only a short summary.

The rule (``needs_article``): an item read from a feed (RSS, Atom, RDF, JSON Feed) whose
richest text, content or else summary, has fewer than ``SHORT_WORDS`` (150) words, and whose
link is an http(s) URL. Such an item's link is fetched by the project's guarded client
(``transforms.io.fetch.Fetcher``: SSRF guard and ``--allow-host``, size and time caps, per-host
politeness, conditional GET) and read as an HTML page (trafilatura's main text, newsbeam's
highlights). The page's text becomes the item's body; the item keeps its own title, link, guid,
summary and dates, and takes the page's authors, date and highlights only where it has none.

Fetched pages are cached in the output's ``_state/articles/`` (one small JSON file per URL:
the validators, the extracted text, and a fingerprint of the item it was fetched for). An item
whose fingerprint is unchanged is served from the cache without any request; a changed item
is fetched again with ``If-None-Match``/``If-Modified-Since``, and a 304 reuses the cached text.
A fetch that fails keeps the item as it was (its summary) and adds a reject with the fetch's
reason (``http-404``, ``blocked-host``, ``timeout``, ``too-large``, ...), stage ``fetch``.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import apache_beam as beam
import pyarrow.fs as pafs
from apache_beam import pvalue

from newsbeam.schemas import reasons, runstats
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.io.fetch import FetchConfig
from newsbeam.transforms.html import html_to_text
from newsbeam.transforms.formats.read import Limits, read_document
from newsbeam.transforms.text import word_count

if TYPE_CHECKING:
    from newsbeam.transforms.io.fetch import Fetcher

log = logging.getLogger(__name__)

__all__ = ["SHORT_WORDS", "ArticleCache", "CachedPage", "FetchArticles", "complete_entry", "needs_article"]

SHORT_WORDS = 150
FEED_FORMATS = frozenset(("rss", "atom", "rdf", "jsonfeed"))
STAGE_FETCH = "fetch"
CACHE_VERSION = 1
REJECTS, STATS = "rejects", "stats"


def needs_article(entry: Entry) -> bool:
    """Whether a feed item is short enough that its linked page should be fetched."""
    if entry.format not in FEED_FORMATS or not entry.url:
        return False
    if urlsplit(entry.url).scheme not in ("http", "https"):
        return False
    return _words(entry) < SHORT_WORDS


def _words(entry: Entry) -> int:
    for html in (entry.content_html, entry.summary_html):
        if html and html.strip():
            return word_count(" ".join(html_to_text(html).paragraphs))
    return word_count(entry.body_text or "")


def fingerprint(entry: Entry) -> str:
    """What identifies the version of an item: a changed item is fetched again."""
    parts = (entry.url, entry.guid, entry.title, str(entry.updated or ""), entry.summary_html,
             entry.content_html)
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8", "replace")).hexdigest()[:32]


@dataclasses.dataclass(frozen=True)
class CachedPage:
    """What one fetched page gave, kept between runs."""

    url: str
    item: str  # the fingerprint of the item it was fetched for
    etag: str | None
    last_modified: str | None
    fetched_at: str
    body_text: str | None
    bullets: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    published: str | None = None

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "CachedPage":
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        for name in ("bullets", "authors"):
            values[name] = tuple(values.get(name) or ())
        return cls(**values)


class ArticleCache:
    """Cached pages as files under ``root`` (the output's ``_state/articles``), one per URL,
    written under a temporary name and renamed, like the feed states."""

    def __init__(self, root: str) -> None:
        self._location = Location.of(root)

    @classmethod
    def for_output(cls, output_uri: str) -> "ArticleCache":
        return cls(layout.uri(Location.of(output_uri), layout.ARTICLES_CACHE))

    def _path(self, url: str) -> str:
        name = hashlib.sha256(url.encode("utf-8", "replace")).hexdigest()[:40]
        return f"{self._location.fs_and_root[1]}/{name[:2]}/{name}.json"

    def load(self, url: str) -> CachedPage | None:
        fs, _ = self._location.fs_and_root
        try:
            with fs.open_input_stream(self._path(url)) as fh:
                data = json.loads(fh.read())
            if data.get("version") != CACHE_VERSION or data.get("page", {}).get("url") != url:
                return None
            return CachedPage.from_json(data["page"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("ignoring cached page for %s: %s", url, exc)
            return None

    def save(self, page: CachedPage) -> None:
        fs, _ = self._location.fs_and_root
        path = self._path(page.url)
        directory = path.rsplit("/", 1)[0]
        fs.create_dir(directory, recursive=True)
        tmp = f"{directory}/.tmp-{uuid.uuid4().hex}.json"
        payload = json.dumps({"version": CACHE_VERSION, "page": page.to_json()}, ensure_ascii=False).encode()
        with fs.open_output_stream(tmp) as out:
            out.write(payload)
        fs.move(tmp, path)

    def count(self) -> int:
        fs, base = self._location.fs_and_root
        infos = fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
        return sum(1 for i in infos if i.type == pafs.FileType.File and not i.base_name.startswith("."))


def complete_entry(entry: Entry, page: CachedPage) -> Entry:
    """The item with the page's text as its body; its own fields win where it has them."""
    if not page.body_text:
        return entry
    return dataclasses.replace(
        entry,
        content_html=None,
        body_text=page.body_text,
        bullets=entry.bullets or page.bullets,
        authors=entry.authors or page.authors,
        published=entry.published or page.published,
    )


@dataclasses.dataclass(frozen=True)
class Outcome:
    entry: Entry
    status: str  # cached | not-modified | fetched | failed
    reject: Reject | None = None


def fetch_article(entry: Entry, fetcher: Fetcher, cache: ArticleCache | None, limits: Limits,
                  now: datetime) -> Outcome:
    """Complete one short item from its page (the cache first); never raises for the network."""
    url = entry.url or ""
    item = fingerprint(entry)
    cached = cache.load(url) if cache is not None else None
    if cached is not None and cached.item == item:
        return Outcome(complete_entry(entry, cached), "cached")
    result = fetcher.fetch(url, etag=cached.etag if cached else None,
                           last_modified=cached.last_modified if cached else None)
    if result.not_modified and cached is not None:
        page = dataclasses.replace(cached, item=item, fetched_at=now.isoformat())
        if cache is not None:
            cache.save(page)
        return Outcome(complete_entry(entry, page), "not-modified")
    if not result.ok:
        return Outcome(entry, "failed", _reject(entry, result.reason or reasons.CONNECTION,
                                                result.detail or "", now))
    doc = Document(source=entry.source, input=url, data=result.body or b"", fetched_at=now,
                   headers=result.headers, url=result.final_url or url)
    items = list(read_document(doc, limits))
    pages = [i for i in items if isinstance(i, Entry)]
    if not pages or not pages[0].body_text:
        problem = next((i for i in items if isinstance(i, Reject)), None)
        reason = problem.reason if problem else reasons.NO_ENTRIES
        detail = problem.detail if problem else "the linked page has no article text"
        return Outcome(entry, "failed", _reject(entry, reason, detail, now))
    found = pages[0]
    page = CachedPage(
        url=url, item=item, etag=result.etag, last_modified=result.last_modified,
        fetched_at=now.isoformat(), body_text=found.body_text, bullets=found.bullets,
        authors=found.authors,
        published=found.published.isoformat() if isinstance(found.published, datetime) else found.published)
    if cache is not None:
        cache.save(page)
    return Outcome(complete_entry(entry, page), "fetched")


def _reject(entry: Entry, reason: str, detail: str, now: datetime) -> Reject:
    return Reject(entry.source, entry.url or entry.input, STAGE_FETCH, reason,
                  f"article page of a short feed item: {detail}"[:2000], (entry.title or "")[:200] or None, now)


class _FetchArticles(beam.DoFn):
    def __init__(self, config: FetchConfig, cache_root: str | None, limits: Limits, concurrency: int):
        self._config = config
        self._cache_root = cache_root
        self._limits = limits
        self._concurrency = concurrency

    def setup(self):
        from newsbeam.transforms.io.fetch import Fetcher  # httpx: only where a stage fetches

        self._fetcher = Fetcher(self._config)
        self._cache = ArticleCache(self._cache_root) if self._cache_root else None
        self._pool = ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="article")

    def teardown(self):
        self._pool.shutdown(wait=True)
        self._fetcher.close()

    def _one(self, entry: Entry) -> Outcome:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        return fetch_article(entry, self._fetcher, self._cache, self._limits, now)

    def process(self, batch) -> Iterator:
        short = [e for e in batch if needs_article(e)]
        for entry in batch:
            if not needs_article(entry):
                yield entry
        for outcome in self._pool.map(self._one, short):
            yield pvalue.TaggedOutput(STATS, (runstats.article_page(outcome.status), 1))
            if outcome.reject is not None:
                yield pvalue.TaggedOutput(REJECTS, outcome.reject)
            yield outcome.entry


class FetchArticles(beam.PTransform):
    """Entries -> (entries, rejects, stats): short feed items completed from their pages."""

    def __init__(self, config: FetchConfig, *, cache_root: str | None, limits: Limits,
                 concurrency: int = 16, label=None):
        super().__init__(label)
        self._config = config
        self._cache_root = cache_root
        self._limits = limits
        self._concurrency = concurrency

    def expand(self, entries):
        done = (
            entries
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=4 * self._concurrency)
            | "Fetch" >> beam.ParDo(_FetchArticles(self._config, self._cache_root, self._limits,
                                                   self._concurrency)).with_outputs(REJECTS, STATS, main="entries")
        )
        return done.entries, done[REJECTS], done[STATS]
