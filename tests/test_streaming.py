"""The streaming variant, locally: a finite PeriodicImpulse over feeds served on 127.0.0.1.

Beam's local runner writes windows when the input ends, so the impulse stops after a few
seconds. The feed gains an item after the first poll and changes one after the second; every
article version must be written exactly once, in the window of the poll that first saw it.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline.streaming import run_streaming
from newsbeam.schemas.records import Article, Reject
from tests.httpserver import Reply
from tests.test_runners import job_service  # noqa: F401  (the local job service fixture)
from newsbeam.transforms.feedlist import FeedSpec
from newsbeam.transforms.io.fetch import FetchResult
from newsbeam.transforms.document import articles_of
from newsbeam.transforms.io.windows import window_file
from newsbeam.transforms.merge import MAX_FINGERPRINTS, is_new_version, remember

PUBLISHED = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)
STORIES = {
    1: ("Harbour pilots end strike", "“We have a deal we can live with,” said union leader Ana Lopes."),
    2: ("Tram line opens early", "The first trams ran at dawn, the city said."),
    3: ("Market hall reopens", "“It feels like home again,” said trader Omar Haddad."),
}


def rss(*items: tuple[int, str]) -> bytes:
    entries = "".join(
        f"<item><title>{STORIES[n][0]}</title><link>https://port.example/news/{n}</link>"
        f"<guid>https://port.example/news/{n}</guid><pubDate>{format_datetime(PUBLISHED)}</pubDate>"
        f"<description>{body}</description></item>"
        for n, body in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Port news</title><link>https://port.example/</link>{entries}"
            f"</channel></rss>").encode()


def feed_reply(*items: tuple[int, str]) -> Reply:
    return Reply(200, rss(*items), headers=[("Content-Type", "application/rss+xml; charset=utf-8")])


def rows(out, table: str) -> list[dict]:
    return pads.dataset(out / table, partitioning="hive").to_table().to_pylist()


def stream(tmp_path, feeds: dict[str, str], out, duration: float, host_port: str, *extra: str) -> int:
    """``newsbeam stream`` over a feed list of ``{name: url}``: 1.5 s polls, 1 s windows."""
    listing = tmp_path / "feeds.yaml"
    listing.write_text("feeds:\n" + "".join(f"  - name: {name}\n    url: {url}\n" for name, url in feeds.items()))
    return run_streaming([
        "--feeds", str(listing), "--output", str(out), "--interval", "1.5", "--window", "1",
        "--duration", str(duration), "--allow-host", host_port, *extra])


def test_finite_stream_writes_each_article_version_exactly_once(http_server, tmp_path):
    first, second, third = (1, STORIES[1][1]), (2, STORIES[2][1]), (3, STORIES[3][1])
    changed = (1, STORIES[1][1] + " The port reopens on Monday.")
    news = http_server.route("/news.xml", feed_reply(first, second), feed_reply(first, second, third),
                             feed_reply(changed, second, third))
    # Another host name for the same server, so the fetcher's per-host politeness delay (1 s
    # between requests to one host) does not stretch a poll past the next one.
    gone = http_server.url("/gone.xml", host="localhost")
    out = tmp_path / "out"

    status = stream(tmp_path, {"Port News": news, "Gone": gone}, out, 6, http_server.host_port,
                    "--allow-host", f"localhost:{http_server.port}")

    assert status == 0
    polls = http_server.count("/news.xml")
    assert polls >= 3  # the unchanged items were seen again, and dropped
    articles = rows(out, "articles")
    versions = Counter((a["article_id"], a["content_hash"]) for a in articles)
    assert len(versions) == 4 and set(versions.values()) == {1}  # 3 items + 1 changed version
    assert len({a["article_id"] for a in articles}) == 3
    by_url = {}
    for path in (out / "articles").rglob("*.parquet"):
        assert path.name.startswith("win-") and path.parent.name == "date=2026-11-24"
        for a in pads.dataset(path).to_table().to_pylist():
            by_url.setdefault(a["url"], []).append(path.name)
    first_window = by_url["https://port.example/news/2"][0]
    assert by_url["https://port.example/news/3"] != [first_window]  # gained after the first poll
    assert len(by_url["https://port.example/news/1"]) == 2  # the original and the changed version
    quotes = rows(out, "quotes")
    assert Counter((q["article_id"], q["position"], q["text"]) for q in quotes).most_common(1)[0][1] <= 2
    assert {q["speaker"] for q in quotes} >= {"Ana Lopes", "Omar Haddad"}
    rejects = rows(out, "rejects")
    assert [(r["input"], r["reason"]) for r in rejects] == [(gone, "http-404")]  # once, not per poll


def test_finite_stream_on_the_portable_runner(http_server, job_service, tmp_path):  # noqa: F811 (fixture)
    """The submission path of Flink and Dataflow: the job service, state and windows included."""
    news = http_server.route("/news.xml", feed_reply((1, STORIES[1][1])),
                             feed_reply((1, STORIES[1][1]), (3, STORIES[3][1])))
    out = tmp_path / "out"
    status = stream(tmp_path, {"Port News": news}, out, 4, http_server.host_port,
                    "--runner=PortableRunner", f"--job_endpoint={job_service}", "--environment_type=LOOPBACK")
    assert status == 0 and http_server.count("/news.xml") >= 2
    assert sorted(a["url"] for a in rows(out, "articles")) == [
        "https://port.example/news/1", "https://port.example/news/3"]


def test_usage_errors(tmp_path):
    assert run_streaming(["--output", str(tmp_path / "out")]) == 2  # no --feeds
    empty = tmp_path / "feeds.yaml"
    empty.write_text("feeds: []\n")
    assert run_streaming(["--feeds", str(empty), "--output", str(tmp_path / "out")]) == 2


# --------------------------------------------------------------------------- the pure parts


def _result(status=200, body=b"", reason=None) -> FetchResult:
    return FetchResult(url="https://port.example/feed", final_url="https://port.example/feed",
                       status=status, body=body, headers=(("content-type", "application/rss+xml"),),
                       not_modified=status == 304, etag=None, last_modified=None, reason=reason,
                       detail=None if reason is None else "Not Found", elapsed=0.1, attempts=1,
                       cache_ttl=None)


SPEC = FeedSpec("Port News", "https://port.example/feed")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("result, want", [
    (_result(body=rss((1, STORIES[1][1]), (3, STORIES[3][1]))), [Article, Article]),
    (_result(304), []),
    (_result(404, reason="http-404"), [Reject]),
    (_result(body=b"not a feed at all \x00\x01"), [Reject]),
])
def test_articles_of_a_fetch(result, want):
    got = list(articles_of(SPEC, result, NOW, run_id="r1"))
    assert [type(x) for x in got] == want
    for article in (x for x in got if isinstance(x, Article)):
        assert article.source == "port-news" and article.run_id == "r1" and article.fetched_at == NOW
    if got and isinstance(got[0], Article):
        assert [q.speaker for q in got[0].quotes] == ["Ana Lopes"]


@pytest.mark.parametrize("seen, fingerprint, new", [
    ((), "h1", True), (("h1",), "h1", False), (("h1",), "h2", True),
    (("h1", "h2"), "h1", False)])  # an older version polled late is not written again
def test_is_new_version(seen, fingerprint, new):
    assert is_new_version(seen, fingerprint) is new


def test_remember_keeps_the_latest_fingerprints():
    seen: tuple[str, ...] = ()
    for n in range(MAX_FINGERPRINTS + 3):
        seen = remember(seen, f"h{n}")
    assert len(seen) == MAX_FINGERPRINTS and seen[-1] == f"h{MAX_FINGERPRINTS + 2}"


def test_window_file_names_are_deterministic_utc():
    start = datetime(2026, 11, 25, 13, 0, tzinfo=timezone.utc)
    end = datetime(2026, 11, 25, 13, 5, tzinfo=timezone.utc)
    assert window_file(start, end) == "win-20261125T130000Z-20261125T130500Z.parquet"
    assert window_file(start.astimezone(timezone(timedelta(hours=2))), end) == window_file(start, end)
