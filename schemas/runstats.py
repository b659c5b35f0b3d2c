"""A run's statistics as one typed record, and the one place their counter names are spelled.

The pipeline's steps count as Beam elements, ``(name, n)`` pairs summed per name (Beam's own
metrics cannot carry them: the DaskRunner's result has none). The names are made by the
functions below, never spelled by hand; ``RunStats.of`` reads the summed pairs into the record
once, and ``RunStats.counts`` gives them back (the ``stats`` of a run manifest). Between the
workers and the main process the record travels as ``_runs/RUN_ID.stats.json``: ``to_json``
and ``from_json``, versioned (``VERSION``).
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping

VERSION = 1

# Counter names that carry a value in them: a reject reason, a feed's outcome or name, ...
_REJECTS = "rejects."
_FEEDS = "feeds_"
_SUSPENDED = "suspended:"
_SKIPPED = "skipped_"
_PAGES = "articles_fetch_"


def rejected(reason: str) -> str:
    """The counter of rejects with ``reason``."""
    return _REJECTS + reason


def feed_outcome(status: str) -> str:
    """The counter of feeds whose fetch ended ``status`` (ok, not-modified, failed, ...)."""
    return _FEEDS + status


def suspended(feed: str) -> str:
    """The counter that names a feed suspended by this run."""
    return _SUSPENDED + feed


def skipped(kind: str) -> str:
    """The counter of input records skipped by design (a WARC's requests, metadata, ...)."""
    return _SKIPPED + kind


def article_page(status: str) -> str:
    """The counter of --fetch-articles pages by outcome (fetched, cached, not-modified, failed)."""
    return _PAGES + status


def _n(count: int | None) -> int:
    return count or 0


# Keyed counters, by prefix: the RunStats field that holds them.
_KEYED = ((_REJECTS, "rejects"), (_FEEDS, "feeds"), (_SKIPPED, "skipped"), (_PAGES, "article_pages"))


@dataclasses.dataclass(frozen=True)
class RunStats:
    """What a run counted. Plain counters are named as the steps emit them, None when no step
    counted them (a count of 0 is a count: the manifest lists it); ``index_rows`` is the size of
    the whole dataset after the run."""

    inputs: int | None = None
    entries: int | None = None
    articles_new: int | None = None
    articles_changed: int | None = None
    articles_unchanged: int | None = None
    articles_stale: int | None = None
    articles_duplicate: int | None = None
    bullets_written: int | None = None
    quotes_written: int | None = None
    rejects_new: int | None = None
    files_written: int | None = None
    bytes_written: int | None = None
    bytes_rejects: int | None = None
    files_removed: int | None = None
    index_shards_written: int | None = None
    commit_moves: int | None = None
    commit_deletes: int | None = None
    index_rows: int | None = None
    rejects: Mapping[str, int] = dataclasses.field(default_factory=dict)  # by reason
    feeds: Mapping[str, int] = dataclasses.field(default_factory=dict)  # by fetch outcome
    skipped: Mapping[str, int] = dataclasses.field(default_factory=dict)  # by kind of record
    article_pages: Mapping[str, int] = dataclasses.field(default_factory=dict)  # by outcome
    suspended: tuple[str, ...] = ()  # feeds suspended by this run, sorted
    other: Mapping[str, int] = dataclasses.field(default_factory=dict)  # counters this version does not know

    @classmethod
    def of(cls, counts: Iterable[tuple[str, int]]) -> "RunStats":
        """The record of ``(name, n)`` pairs (a name may come more than once: summed)."""
        plain = {f.name for f in dataclasses.fields(cls) if f.type == "int | None"}
        values: dict[str, int] = {}
        keyed: dict[str, dict[str, int]] = {field: {} for _, field in _KEYED}
        other: dict[str, int] = {}
        suspended_feeds: set[str] = set()
        for name, n in counts:
            if name in plain:
                values[name] = values.get(name, 0) + n
                continue
            if name.startswith(_SUSPENDED):
                suspended_feeds.add(name[len(_SUSPENDED):])
                continue
            for prefix, field in _KEYED:
                if name.startswith(prefix):
                    key = name[len(prefix):]
                    keyed[field][key] = keyed[field].get(key, 0) + n
                    break
            else:
                other[name] = other.get(name, 0) + n
        return cls(**values, **{field: dict(sorted(d.items())) for field, d in keyed.items()},  # type: ignore[arg-type]
                   suspended=tuple(sorted(suspended_feeds)), other=dict(sorted(other.items())))

    def counts(self) -> dict[str, int]:
        """The counters as the steps name them, sorted by name (``of`` reads them back)."""
        out: dict[str, int] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "suspended":
                out.update((suspended(feed), 1) for feed in value)
            elif f.name == "other":
                out.update(value)
            elif isinstance(value, Mapping):
                prefix = next(p for p, field in _KEYED if field == f.name)
                out.update((prefix + key, n) for key, n in value.items())
            elif value is not None:
                out[f.name] = value
        return dict(sorted(out.items()))

    def __add__(self, later: "RunStats") -> "RunStats":
        """Two bounded runs of one run together: counters add up; the dataset's size is the
        later one's."""
        merged = RunStats.of([*self.counts().items(), *later.counts().items()])
        index_rows = later.index_rows if later.index_rows is not None else self.index_rows
        return dataclasses.replace(merged, index_rows=index_rows)

    def summary(self) -> dict:
        """The ``summary`` of a run manifest (what the CLI prints)."""
        return {
            "inputs": _n(self.inputs),
            "entries": _n(self.entries),
            "articles": _n(self.articles_new) + _n(self.articles_changed),
            "articles_new": _n(self.articles_new),
            "articles_changed": _n(self.articles_changed),
            "articles_unchanged": _n(self.articles_unchanged) + _n(self.articles_stale),
            "duplicates_merged": _n(self.articles_duplicate),
            "bullets": _n(self.bullets_written),
            "quotes": _n(self.quotes_written),
            "rejects": sum(self.rejects.values()),
            "rejects_by_reason": dict(self.rejects),
            "rejects_new": _n(self.rejects_new),
            "files_written": _n(self.files_written),
            "bytes_written": _n(self.bytes_written) + _n(self.bytes_rejects),
            "files_removed": _n(self.files_removed),
            "index_rows": _n(self.index_rows),
            # --fetch-articles: short feed items by what their page gave.
            "article_pages": dict(self.article_pages),
            # Records of an input that are not articles by design (a WARC's requests, metadata,
            # images), by kind: counted, never rejects.
            "skipped": dict(self.skipped),
            "feeds": dict(self.feeds),
            "feeds_suspended": list(self.suspended),
        }

    def to_json(self) -> bytes:
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        fields["suspended"] = list(self.suspended)
        return json.dumps({"version": VERSION, **fields}, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> "RunStats":
        found = json.loads(data)
        if not isinstance(found, dict) or found.get("version") != VERSION:
            raise ValueError(f"run statistics of version {found.get('version') if isinstance(found, dict) else '?'}"
                             f"; this newsbeam reads version {VERSION}")
        names = {f.name for f in dataclasses.fields(cls)}
        fields = {k: v for k, v in found.items() if k in names}
        fields["suspended"] = tuple(fields.get("suspended", ()))
        return cls(**fields)
