"""Per-feed state: the pure update rules, and the store's files."""
from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from newsbeam.schemas import reasons
from newsbeam.transforms.io.feedstate import (
    FeedState,
    FeedStateStore,
    is_due,
    is_suspended,
    state_file_name,
    update_state,
    validators,
)
from newsbeam.transforms.io.fetch import FetchResult

URL = "https://a.example/feed"
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


def iso(delta: timedelta = timedelta()) -> str:
    return (NOW + delta).isoformat(timespec="seconds")


def result(**fields) -> FetchResult:
    base = dict(
        url=URL, final_url=URL, status=200, body=b"<rss/>", headers=(), not_modified=False, etag=None,
        last_modified=None, reason=None, detail=None, elapsed=0.1, attempts=1, cache_ttl=None,
    )
    base.update(fields)
    return FetchResult(**base)


OK = result(etag='"v2"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT")
NOT_MODIFIED = result(status=304, body=None, not_modified=True)
FAILED = result(status=503, body=None, reason="http-503", detail="HTTP 503")
KNOWN = FeedState(url=URL, etag='"v1"', last_modified="Sat, 28 Feb 2026 10:00:00 GMT", last_status=200,
                  last_fetch=iso(-timedelta(hours=1)), last_success=iso(-timedelta(hours=1)))


@pytest.mark.parametrize(
    "before, fetched, expected",
    [
        # First fetch of a feed.
        (None, OK, FeedState(URL, '"v2"', "Sun, 01 Mar 2026 10:00:00 GMT", 200, iso(), 0, None, None, None, iso())),
        # New validators replace the old ones.
        (KNOWN, OK, replace(KNOWN, etag='"v2"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT",
                            last_fetch=iso(), last_success=iso())),
        # A full response without validators drops the stale ones.
        (KNOWN, result(), replace(KNOWN, etag=None, last_modified=None, last_fetch=iso(), last_success=iso())),
        # A 304 keeps the validators unless the server sends new ones.
        (KNOWN, NOT_MODIFIED, replace(KNOWN, last_status=304, last_fetch=iso(), last_success=iso())),
        (KNOWN, replace(NOT_MODIFIED, etag='"v1b"'),
         replace(KNOWN, etag='"v1b"', last_status=304, last_fetch=iso(), last_success=iso())),
        # Cache-Control/Expires schedule the next poll; capped at a day.
        (KNOWN, replace(NOT_MODIFIED, cache_ttl=600.0),
         replace(KNOWN, last_status=304, last_fetch=iso(), last_success=iso(), next_fetch_after=iso(timedelta(minutes=10)))),
        (KNOWN, replace(OK, cache_ttl=365 * 86400.0),
         replace(KNOWN, etag='"v2"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT", last_fetch=iso(),
                 last_success=iso(), next_fetch_after=iso(timedelta(days=1)))),
        (KNOWN, replace(OK, cache_ttl=0.0),
         replace(KNOWN, etag='"v2"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT", last_fetch=iso(), last_success=iso())),
        # A failure keeps the validators and counts.
        (KNOWN, FAILED, replace(KNOWN, last_status=503, last_fetch=iso(), consecutive_failures=1, last_reason="http-503")),
        (KNOWN, replace(FAILED, status=None, reason="timeout"),
         replace(KNOWN, last_status=None, last_fetch=iso(), consecutive_failures=1, last_reason="timeout")),
        # Retry-After on a failure schedules the next poll.
        (KNOWN, replace(FAILED, status=429, reason="http-429", retry_after=3600.0),
         replace(KNOWN, last_status=429, last_fetch=iso(), consecutive_failures=1, last_reason="http-429",
                 next_fetch_after=iso(timedelta(hours=1)))),
        # The 5th consecutive failure suspends for an hour, then 2h, 4h, ... up to a week.
        (replace(KNOWN, consecutive_failures=3), FAILED,
         replace(KNOWN, last_status=503, last_fetch=iso(), consecutive_failures=4, last_reason="http-503")),
        (replace(KNOWN, consecutive_failures=4), FAILED,
         replace(KNOWN, last_status=503, last_fetch=iso(), consecutive_failures=5, last_reason="http-503",
                 suspended_until=iso(timedelta(hours=1)))),
        (replace(KNOWN, consecutive_failures=6), FAILED,
         replace(KNOWN, last_status=503, last_fetch=iso(), consecutive_failures=7, last_reason="http-503",
                 suspended_until=iso(timedelta(hours=4)))),
        (replace(KNOWN, consecutive_failures=60), FAILED,
         replace(KNOWN, last_status=503, last_fetch=iso(), consecutive_failures=61, last_reason="http-503",
                 suspended_until=iso(timedelta(days=7)))),
        # A success ends a suspension.
        (replace(KNOWN, consecutive_failures=9, suspended_until=iso(timedelta(hours=3)), last_reason="timeout"), NOT_MODIFIED,
         replace(KNOWN, last_status=304, last_fetch=iso(), last_success=iso())),
        # A feed skipped because it is suspended changes nothing.
        (replace(KNOWN, consecutive_failures=5, suspended_until=iso(timedelta(hours=1))),
         result(status=None, body=None, reason=reasons.SUSPENDED),
         replace(KNOWN, consecutive_failures=5, suspended_until=iso(timedelta(hours=1)))),
        # The feed list now points elsewhere: old validators are about another document.
        (replace(KNOWN, url="https://old.example/feed", consecutive_failures=3), result(),
         FeedState(URL, None, None, 200, iso(), 0, None, None, None, iso())),
    ],
)
def test_update_state(before, fetched, expected):
    assert update_state(before, fetched, NOW) == expected


def test_update_state_suspension_parameters():
    state = None
    for _ in range(2):
        state = update_state(state, FAILED, NOW, suspend_after=2, suspend_for=timedelta(minutes=5))
    assert state.consecutive_failures == 2 and state.suspended_until == iso(timedelta(minutes=5))


def test_update_state_needs_an_aware_now():
    with pytest.raises(ValueError):
        update_state(None, OK, datetime(2026, 3, 1))


@pytest.mark.parametrize(
    "state, suspended, due",
    [
        (None, False, True),
        (KNOWN, False, True),
        (replace(KNOWN, suspended_until=iso(timedelta(minutes=1))), True, False),
        (replace(KNOWN, suspended_until=iso(-timedelta(minutes=1))), False, True),
        (replace(KNOWN, next_fetch_after=iso(timedelta(minutes=1))), False, False),
        (replace(KNOWN, next_fetch_after=iso(-timedelta(seconds=1))), False, True),
        (replace(KNOWN, next_fetch_after="2026-03-01T12:00:30Z"), False, False),
    ],
)
def test_is_suspended_and_is_due(state, suspended, due):
    assert is_suspended(state, NOW) is suspended
    assert is_due(state, NOW) is due


def test_validators_only_for_the_same_url():
    assert validators(KNOWN, URL) == (KNOWN.etag, KNOWN.last_modified)
    assert validators(KNOWN, "https://other.example/") == (None, None)
    assert validators(None, URL) == (None, None)


@pytest.mark.parametrize(
    "name, prefix",
    [
        ("BBC World", "bbc-world-"),
        ("../../etc/passwd", "etc-passwd-"),
        ("/absolute", "absolute-"),
        ("Новости", "feed-"),
        ("Crème brûlée", "creme-brulee-"),
        ("a" * 500, "a" * 40 + "-"),
        ("..", "feed-"),
        ("con", "con-"),
    ],
)
def test_state_file_name_is_safe(name, prefix):
    file_name = state_file_name(name)
    assert file_name.startswith(prefix) and file_name.endswith(".json")
    assert "/" not in file_name and "\\" not in file_name and not file_name.startswith(".")
    assert len(file_name) <= 40 + 1 + 16 + 5


def test_state_file_names_differ_for_names_with_the_same_slug():
    assert state_file_name("BBC World") != state_file_name("bbc world")


def test_store_round_trip(tmp_path):
    store = FeedStateStore(str(tmp_path / "_state" / "feeds"))
    assert store.load("BBC World") is None and store.all() == {}
    state = update_state(None, OK, NOW)
    store.save("BBC World", state)
    store.save("../../escape", KNOWN)
    assert store.load("BBC World") == state
    assert store.all() == {"BBC World": state, "../../escape": KNOWN}
    files = sorted(os.listdir(tmp_path / "_state" / "feeds"))
    assert files == sorted([state_file_name("BBC World"), state_file_name("../../escape")])
    assert not (tmp_path / "escape").exists()
    document = json.loads((tmp_path / "_state" / "feeds" / state_file_name("BBC World")).read_text())
    assert document["name"] == "BBC World" and document["state"]["etag"] == '"v2"'


def test_store_for_output(tmp_path):
    store = FeedStateStore.for_output(str(tmp_path))
    store.save("A", KNOWN)
    assert (tmp_path / "_state" / "feeds" / state_file_name("A")).exists()


def test_store_save_replaces_atomically(tmp_path):
    store = FeedStateStore(str(tmp_path))
    store.save("A", KNOWN)
    fs, base = store._location.fs_and_root

    class FullDisk:  # the rename into place fails, as on a full or read-only disk
        def __getattr__(self, name):
            return getattr(fs, name)

        def move(self, *args):
            raise OSError("disk full")

    store._location.__dict__["fs_and_root"] = (FullDisk(), base)
    with pytest.raises(OSError):
        store.save("A", replace(KNOWN, etag='"other"'))
    store._location.__dict__["fs_and_root"] = (fs, base)
    assert store.load("A") == KNOWN
    assert os.listdir(tmp_path) == [state_file_name("A")]  # no temp file left behind


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"version": 1, "name": "A"}',
        '{"version": 99, "name": "A", "state": {"url": "x"}}',
        '{"version": 1, "name": "A", "state": {"etag": "x"}}',
        '{"version": 1, "name": "A", "state": {"url": "x", "consecutive_failures": -1}}',
        '{"version": 1, "name": "A", "state": {"url": "x", "suspended_until": "tomorrow"}}',
        '{"version": 1, "name": "B", "state": {"url": "x"}}',  # someone else's state
    ],
)
def test_store_ignores_unreadable_state(tmp_path, content, caplog):
    store = FeedStateStore(str(tmp_path))
    (tmp_path / state_file_name("A")).write_text(content)
    assert store.load("A") is None
    assert "A" not in store.all()


def test_store_ignores_unknown_fields_from_newer_versions(tmp_path):
    store = FeedStateStore(str(tmp_path))
    doc = {"version": 1, "name": "A", "state": {**KNOWN.to_json(), "added_later": 1}}
    (tmp_path / state_file_name("A")).write_text(json.dumps(doc))
    assert store.load("A") == KNOWN


def test_store_concurrent_saves(tmp_path):
    store = FeedStateStore(str(tmp_path))
    names = [f"feed {i}" for i in range(20)]

    def work(name):
        for n in range(10):
            store.save(name, replace(KNOWN, consecutive_failures=n))

    threads = [threading.Thread(target=work, args=(name,)) for name in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    states = store.all()
    assert sorted(states) == sorted(names)
    assert all(s.consecutive_failures == 9 for s in states.values())
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".")]


def test_state_drives_conditional_fetches_and_suspension_against_a_server(http_server, tmp_path):
    """The loop a run goes through per feed: load, fetch with validators, update, save."""
    from tests.httpserver import Reply
    from newsbeam.transforms.io.fetch import FetchConfig, Fetcher

    url = http_server.route(
        "/feed",
        Reply(200, b"<rss/>", etag='"v1"', headers=[("Cache-Control", "max-age=300")]),
        Reply(200, b"<rss/>", etag='"v1"'),  # answered 304 to a matching If-None-Match
        *[Reply(500, b"broken")] * 3,
    )
    store = FeedStateStore.for_output(str(tmp_path))
    cfg = FetchConfig(allow_hosts=frozenset({http_server.host_port}), retries=0, politeness_delay=0)
    seen = []
    with Fetcher(cfg) as fetcher:
        for run in range(5):
            now = NOW + timedelta(minutes=30 * run)
            state = store.load("A")
            if is_suspended(state, now):
                seen.append("suspended")
                continue
            etag, last_modified = validators(state, url)
            fetched = fetcher.fetch(url, etag=etag, last_modified=last_modified)
            store.save("A", update_state(state, fetched, now, suspend_after=2))
            seen.append("not-modified" if fetched.not_modified else fetched.reason or fetched.status)
    assert seen == [200, "not-modified", "http-500", "http-500", "suspended"]
    final = store.load("A")
    assert final.etag == '"v1"' and final.consecutive_failures == 2 and final.last_status == 500
    assert final.suspended_until == iso(timedelta(minutes=90 + 60))  # 2nd failure at +90 min, for an hour
    assert http_server.count("/feed") == 4
