"""FetchFeeds: a feed list -> Documents, fetched politely by the project's own HTTP client.

Feeds are fetched in batches on a thread pool per worker: fetching is I/O, and one slow
server must not hold up the others. ``transforms.io.fetch.Fetcher`` enforces the per-host
concurrency limit and politeness delay across those threads.

The new per-feed state (validators, failures, schedule) is not saved here: ``SaveFeedStates``
runs after the dataset is committed, so a run that dies after a 200 does not remember an ETag
for articles it never wrote (the next run would get a 304 and lose them). Before it,
``JoinParseOutcomes`` joins each feed's new state with the rejects its document got when parsed
(keyed by feed, a CoGroupByKey), so the state says whether the document read cleanly.
"""
from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import apache_beam as beam
from apache_beam import pvalue

from newsbeam.schemas import runstats
from newsbeam.schemas.records import Document, Reject
from newsbeam.transforms.feedlist import FeedSpec
from newsbeam.transforms.io.feedstate import (
    DOCUMENT_REASONS, DOCUMENT_STAGES, FeedState, FeedStateStore, is_due, is_suspended, update_state, validators,
    with_parse_outcome,
)
from newsbeam.transforms.io.fetch import FetchConfig
from newsbeam.transforms.document import document_of

if TYPE_CHECKING:
    from newsbeam.transforms.io.fetch import Fetcher

STATES, REJECTS, STATS = "states", "rejects", "stats"


@dataclasses.dataclass(frozen=True)
class FeedOutcome:
    """What happened to one feed in this run, for the rejects, the state and the summary."""

    spec: FeedSpec
    status: str  # fetched | not-modified | failed | suspended | not-due | disabled
    document: Document | None = None
    reject: Reject | None = None
    state: FeedState | None = None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def fetch_feed(spec: FeedSpec, fetcher: Fetcher, base: FetchConfig, state: FeedState | None,
               now: datetime, *, on_schedule: bool) -> FeedOutcome:
    """Fetch one feed given its stored state; the outcome carries the state to save."""
    if not spec.enabled:
        return FeedOutcome(spec, "disabled")
    if is_suspended(state, now):
        return FeedOutcome(spec, "suspended", state=None)
    if on_schedule:
        last = _parse_iso(state.last_fetch) if state else None
        if not is_due(state, now) or (spec.interval and last and now < last + timedelta(seconds=spec.interval)):
            return FeedOutcome(spec, "not-due")
    etag, last_modified = validators(state, spec.url)
    result = fetcher.fetch(spec.url, etag=etag, last_modified=last_modified, config=spec.fetch_config(base))
    new_state = update_state(state, result, now)
    outcome = document_of(spec, result, now)
    if outcome is None:
        return FeedOutcome(spec, "not-modified", state=new_state)
    if isinstance(outcome, Reject):
        return FeedOutcome(spec, "failed", reject=outcome, state=new_state)
    return FeedOutcome(spec, "fetched", document=outcome, state=new_state)


class _FetchBatch(beam.DoFn):
    def __init__(self, config: FetchConfig, state_root: str | None, concurrency: int, on_schedule: bool):
        self._config = config
        self._state_root = state_root
        self._concurrency = concurrency
        self._on_schedule = on_schedule

    def setup(self):
        from newsbeam.transforms.io.fetch import Fetcher  # httpx: only where a stage fetches

        self._fetcher = Fetcher(self._config)
        self._store = FeedStateStore(self._state_root) if self._state_root else None
        self._pool = ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="fetch")

    def teardown(self):
        self._pool.shutdown(wait=True)
        self._fetcher.close()

    def _one(self, spec: FeedSpec) -> FeedOutcome:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        state = self._store.load(spec.name) if self._store else None
        return fetch_feed(spec, self._fetcher, self._config, state, now, on_schedule=self._on_schedule)

    def process(self, batch):
        for outcome in self._pool.map(self._one, batch):
            yield pvalue.TaggedOutput(STATS, (runstats.feed_outcome(outcome.status), 1))
            if outcome.status == "suspended":
                yield pvalue.TaggedOutput(STATS, (runstats.suspended(outcome.spec.name), 1))
            if outcome.state is not None:
                yield pvalue.TaggedOutput(STATES, (outcome.spec.name, outcome.state))
            if outcome.reject is not None:
                yield pvalue.TaggedOutput(REJECTS, outcome.reject)
            if outcome.document is not None:
                yield outcome.document


class FetchFeeds(beam.PTransform):
    """FeedSpecs -> (documents, rejects, states, stats)."""

    def __init__(self, feeds, config: FetchConfig, *, state_root: str | None, concurrency: int = 16,
                 on_schedule: bool = False, label=None):
        super().__init__(label)
        self._feeds = list(feeds)
        self._config = config
        self._state_root = state_root
        self._concurrency = concurrency
        self._on_schedule = on_schedule

    def expand(self, pbegin):
        out = (
            pbegin
            | "Feeds" >> beam.Create(self._feeds)
            | "SpreadFeeds" >> beam.Reshuffle()
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=4 * self._concurrency)
            | "Fetch" >> beam.ParDo(_FetchBatch(self._config, self._state_root, self._concurrency,
                                               self._on_schedule)).with_outputs(
                STATES, REJECTS, STATS, main="documents")
        )
        return out.documents, out[REJECTS], out[STATES], out[STATS]


def feed_keys(feeds) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(source, url)`` -> the names of the feeds whose documents carry them: how a reject
    of a fetched document (``Reject.source``/``input``) is traced back to its feed."""
    keys: dict[tuple[str, str], tuple[str, ...]] = {}
    for spec in feeds:
        keys[(spec.source, spec.url)] = (*keys.get((spec.source, spec.url), ()), spec.name)
    return keys


def keyed_by_feed(reject: Reject, keys: dict[tuple[str, str], tuple[str, ...]]):
    """``(feed name, reject)`` for a reject about a whole fetched feed document, else nothing."""
    if reject.stage not in DOCUMENT_STAGES or reject.reason not in DOCUMENT_REASONS:
        return
    for name in keys.get((reject.source, reject.input), ()):
        yield name, reject


def _joined(element):
    name, grouped = element
    for state in grouped["state"]:
        yield name, with_parse_outcome(state, grouped["rejects"])


class JoinParseOutcomes(beam.PTransform):
    """(name, FeedState) of this run's fetches + every reject -> (name, FeedState) that also
    says what the feed's document came to when parsed (``feedstate.with_parse_outcome``)."""

    def __init__(self, feeds, rejects, label=None):
        super().__init__(label)
        self._keys = feed_keys(feeds)
        self._rejects = rejects

    def expand(self, states):
        keys = self._keys
        by_feed = self._rejects | "ByFeed" >> beam.FlatMap(keyed_by_feed, keys)
        return ({"state": states, "rejects": by_feed}
                | "Join" >> beam.CoGroupByKey()
                | "Apply" >> beam.FlatMap(_joined))


class _SaveState(beam.DoFn):
    def __init__(self, state_root: str):
        self._state_root = state_root

    def setup(self):
        self._store = FeedStateStore(self._state_root)

    def process(self, element, committed):
        name, state = element
        self._store.save(name, state)
        yield ("feed_states_saved", 1)


class SaveFeedStates(beam.PTransform):
    """Persist feed states once ``committed`` (a PCollection that ends with the dataset) is done."""

    def __init__(self, state_root: str, committed, label=None):
        super().__init__(label)
        self._state_root = state_root
        self._committed = committed

    def expand(self, states):
        return states | "Save" >> beam.ParDo(_SaveState(self._state_root),
                                             committed=beam.pvalue.AsList(self._committed))
