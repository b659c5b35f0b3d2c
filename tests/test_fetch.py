"""The fetching client against a real HTTP server on 127.0.0.1 (tests/httpserver.py)."""
from __future__ import annotations

import gzip
import json
import pickle
import shutil
import socket
import ssl
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from newsbeam.schemas import reasons
from tests.httpserver import Reply, TestServer, deflate_bomb, gzip_bomb, redirect, zeros
from newsbeam.transforms.io.fetch import transport as fetch_transport
from newsbeam.transforms.io.fetch import (
    FetchConfig,
    Fetcher,
    address_block_reason,
    cache_ttl,
    check_url,
    parse_allow_host,
    parse_retry_after,
)

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(timezone.utc), usegmt=True)


class SleepLog:
    """A sleep that records what it was asked and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def config_for(server: TestServer, **overrides) -> FetchConfig:
    base = dict(
        allow_hosts=frozenset({server.host_port}),
        connect_timeout=2.0,
        read_timeout=2.0,
        deadline=5.0,
        backoff=0.01,
        politeness_delay=0.0,
    )
    base.update(overrides)
    return FetchConfig(**base)


@pytest.fixture
def fetcher(http_server):
    sleeps = SleepLog()
    with Fetcher(config_for(http_server), sleep=sleeps) as f:
        f.sleeps = sleeps
        yield f


# --- pure functions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        (http_date(NOW + timedelta(seconds=90)), 90.0),
        (http_date(NOW - timedelta(hours=1)), 0.0),  # already passed: go now
        ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),
        ("Sunday, 01-Mar-26 12:00:30 GMT", 30.0),  # obsolete RFC 850 form
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    "headers, expected",
    [
        ([("Cache-Control", "max-age=300")], 300.0),
        ([("Cache-Control", "public, max-age=60, must-revalidate")], 60.0),
        ([("cache-control", 'max-age="45"')], 45.0),
        ([("Cache-Control", "max-age=300"), ("Age", "100")], 200.0),
        ([("Cache-Control", "max-age=10"), ("Age", "100")], 0.0),
        ([("Cache-Control", "no-cache")], 0.0),
        ([("Cache-Control", "no-store, max-age=600")], 0.0),
        ([("Cache-Control", "max-age=120"), ("Expires", http_date(NOW + timedelta(hours=5)))], 120.0),
        ([("Expires", http_date(NOW + timedelta(minutes=10)))], 600.0),
        # Expires is read against the server's Date, not our clock.
        ([("Date", http_date(NOW - timedelta(hours=2))), ("Expires", http_date(NOW - timedelta(hours=1)))], 3600.0),
        ([("Expires", "0")], 0.0),
        ([("Expires", http_date(NOW - timedelta(days=1)))], 0.0),
        ([("Cache-Control", "private")], None),
        ([("Content-Type", "application/rss+xml")], None),
        ([], None),
    ],
)
def test_cache_ttl(headers, expected):
    assert cache_ttl(headers, NOW) == expected


@pytest.mark.parametrize(
    "address, blocked",
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata endpoints
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not globally routable"),  # carrier-grade NAT
        ("192.0.2.1", "private"),  # documentation
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fc00::1", "private"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
        ("93.184.216.34", None),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:8.8.8.8", None),
        ("64:ff9b::808:808", None),
        ("not-an-ip", "not an IP address"),
    ],
)
def test_address_block_reason(address, blocked):
    why = address_block_reason(address)
    if blocked is None:
        assert why is None
    else:
        assert why is not None and blocked in why


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("127.0.0.1:8080", ("127.0.0.1", 8080)),
        ("127.0.0.1", ("127.0.0.1", None)),
        ("Feeds.Internal.", ("feeds.internal", None)),
        ("feeds.internal:443", ("feeds.internal", 443)),
        ("::1", ("::1", None)),
        ("[::1]", ("::1", None)),
        ("[::1]:8080", ("::1", 8080)),
        ("Bücher.example:8080", ("xn--bcher-kva.example", 8080)),
    ],
)
def test_parse_allow_host(entry, expected):
    assert parse_allow_host(entry) == expected


@pytest.mark.parametrize("entry", ["", "host:0", "host:99999", "host:http", "[::1", "a/b", "http://x"])
def test_parse_allow_host_rejects(entry):
    with pytest.raises(ValueError, match="allow-host"):
        parse_allow_host(entry)


@pytest.mark.parametrize(
    "url, problem",
    [
        ("https://example.com/feed.xml", None),
        ("HTTP://Example.com:8080/feed", None),
        ("ftp://example.com/feed", "scheme 'ftp'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("javascript:alert(1)", "scheme 'javascript'"),
        ("example.com/feed", "no scheme"),
        ("http:///feed", "no host"),
        ("http://example.com:99999/", "not a valid URL"),
        ("http://exa mple.com/", "whitespace"),
    ],
)
def test_check_url(url, problem):
    found = check_url(url)
    assert (found is None) if problem is None else (problem in found)


@pytest.mark.parametrize(
    "overrides",
    [
        {"deadline": 0},
        {"connect_timeout": -1},
        {"max_bytes": 0},
        {"retries": -1},
        {"per_host_concurrency": 0},
        {"user_agent": ""},
        {"user_agent": "a\r\nX-Injected: 1"},
        {"allow_hosts": "127.0.0.1"},
        {"allow_hosts": frozenset({"bad host"})},
    ],
)
def test_fetch_config_rejects(overrides):
    with pytest.raises(ValueError):
        FetchConfig(**overrides)


def test_fetch_config_default_user_agent_names_the_project():
    assert FetchConfig().user_agent.startswith("newsbeam/")
    assert "github.com/newsbeam/newsbeam" in FetchConfig().user_agent


# --- fetching ----------------------------------------------------------------------------


def test_fetch_ok_sends_user_agent_and_returns_lowercase_headers(http_server, fetcher):
    url = http_server.route("/feed", Reply(200, b"<rss/>", headers=[("Content-Type", "application/rss+xml")]))
    result = fetcher.fetch(url)
    assert (result.reason, result.status, result.body) == (None, 200, b"<rss/>")
    assert ("content-type", "application/rss+xml") in result.headers
    assert result.final_url == url and result.attempts == 1 and not result.not_modified
    sent = http_server.requests[0].headers
    assert sent["user-agent"].startswith("newsbeam/")
    assert sent["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent


def test_second_request_gets_304_with_etag(http_server, fetcher):
    url = http_server.route("/feed", Reply(200, b"<rss/>", etag='"v1"', headers=[("Cache-Control", "max-age=900")]))
    first = fetcher.fetch(url)
    assert first.etag == '"v1"' and first.body == b"<rss/>" and first.cache_ttl == 900.0
    second = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.reason is None
    assert second.body is None and second.etag == '"v1"'
    assert http_server.requests[1].headers["if-none-match"] == '"v1"'
    assert http_server.count("/feed") == 2


def test_304_from_last_modified_keeps_validators(http_server, fetcher):
    stamp = "Sun, 01 Mar 2026 10:00:00 GMT"
    url = http_server.route("/feed", Reply(200, b"<rss/>", last_modified=stamp))
    first = fetcher.fetch(url)
    assert first.last_modified == stamp and first.etag is None
    second = fetcher.fetch(url, last_modified=stamp)
    assert second.not_modified and second.last_modified == stamp
    assert http_server.requests[1].headers["if-modified-since"] == stamp


@pytest.mark.parametrize("retry_after", ["1", "http-date"])
def test_429_with_retry_after_is_retried_then_succeeds(http_server, fetcher, retry_after):
    if retry_after == "http-date":
        retry_after = http_date(datetime.now(timezone.utc) + timedelta(seconds=3))
    url = http_server.route(
        "/feed", Reply(429, b"slow down", headers=[("Retry-After", retry_after)]), Reply(200, b"<rss/>")
    )
    result = fetcher.fetch(url)
    assert (result.reason, result.status, result.body, result.attempts) == (None, 200, b"<rss/>", 2)
    assert len(fetcher.sleeps.calls) == 1 and 0 < fetcher.sleeps.calls[0] <= 3.0
    assert http_server.count("/feed") == 2


def test_retry_after_beyond_the_cap_is_not_waited_for(http_server):
    sleeps = SleepLog()
    url = http_server.route("/feed", Reply(503, headers=[("Retry-After", "3600")]), Reply(200, b"ok"))
    with Fetcher(config_for(http_server, max_retry_after=60), sleep=sleeps) as f:
        result = f.fetch(url)
    assert result.reason == "http-503" and result.retry_after == 3600.0
    assert sleeps.calls == [] and http_server.count("/feed") == 1


def test_5xx_retried_with_exponential_backoff(http_server):
    sleeps = SleepLog()
    url = http_server.route("/feed", Reply(500), Reply(502), Reply(503), Reply(200, b"ok"))
    with Fetcher(config_for(http_server, backoff=0.5, retries=3), sleep=sleeps) as f:
        result = f.fetch(url)
    assert result.reason is None and result.body == b"ok" and result.attempts == 4
    assert sleeps.calls == [0.5, 1.0, 2.0]


def test_5xx_gives_up_after_the_retries(http_server, fetcher):
    url = http_server.route("/feed", Reply(500, b"oops"))
    result = fetcher.fetch(url)
    assert result.reason == "http-500" and result.status == 500 and result.body is None
    assert result.attempts == 4 and http_server.count("/feed") == 4


@pytest.mark.parametrize("status", [400, 403, 404, 410, 501])
def test_client_errors_are_not_retried(http_server, fetcher, status):
    url = http_server.route("/feed", Reply(status, b"nope"))
    result = fetcher.fetch(url)
    assert result.reason == reasons.http_status(status) and http_server.count("/feed") == 1
    assert f"HTTP {status}" in result.detail


def test_connection_error_is_retried_then_reported(http_server):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = SleepLog()
    cfg = FetchConfig(allow_hosts=frozenset({f"127.0.0.1:{port}"}), retries=2, backoff=0.01, politeness_delay=0)
    with Fetcher(cfg, sleep=sleeps) as f:
        result = f.fetch(f"http://127.0.0.1:{port}/feed")
    assert result.reason == reasons.CONNECTION and result.attempts == 3 and result.status is None
    assert len(sleeps.calls) == 2


def test_unresolvable_host_is_a_connection_error():
    with Fetcher(FetchConfig(retries=0)) as f:
        result = f.fetch("http://does-not-exist.invalid/feed")
    assert result.reason == reasons.CONNECTION and "resolve" in result.detail


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, zeros(10_000), content_length=10_000, stall_after=100, stall_for=30),  # stall mid-body
        Reply(200, zeros(10_000), trickle=0.1),  # a byte every 0.1 s: never a read timeout
        Reply(200, b"late", delay=30),  # stall before the headers
    ],
    ids=["stall-mid-body", "trickle", "stall-before-headers"],
)
def test_slow_server_is_cut_off_at_the_deadline(http_server, reply):
    url = http_server.route("/slow", reply)
    with Fetcher(config_for(http_server, read_timeout=20, deadline=1.0)) as f:
        started = time.monotonic()
        result = f.fetch(url)
        took = time.monotonic() - started
    assert result.reason == reasons.TIMEOUT and "deadline" in result.detail
    assert 0.95 <= took < 1.5, took
    assert 0.95 <= result.elapsed < 1.5


def test_read_timeout_is_reported_before_the_deadline(http_server):
    url = http_server.route("/slow", Reply(200, zeros(1000), content_length=1000, stall_after=10, stall_for=30))
    with Fetcher(config_for(http_server, read_timeout=0.3, deadline=5)) as f:
        result = f.fetch(url)
    assert result.reason == reasons.TIMEOUT and "read timeout" in result.detail and result.elapsed < 1


@pytest.mark.parametrize(
    "reply, where",
    [
        (Reply(200, zeros(2000), chunked=True), "on the wire"),
        (Reply(200, b"x" * 2000), "Content-Length"),
        (Reply(200, gzip.compress(b"a" * 5000), headers=[("Content-Encoding", "gzip")]), "after decompression"),
        (Reply(200, zlib.compress(b"a" * 5000), headers=[("Content-Encoding", "deflate")]), "after decompression"),
    ],
)
def test_body_cap(http_server, reply, where):
    url = http_server.route("/big", reply)
    with Fetcher(config_for(http_server, max_bytes=1000)) as f:
        result = f.fetch(url)
    assert result.reason == reasons.TOO_LARGE and where in result.detail and result.body is None


@pytest.mark.parametrize(
    "encoding, body",
    [
        ("gzip", gzip.compress(b"<rss>one</rss>")),
        ("x-gzip", gzip.compress(b"<rss>one</rss>")),
        ("gzip", gzip.compress(b"<rss>") + gzip.compress(b"one</rss>")),  # two members
        ("deflate", zlib.compress(b"<rss>one</rss>")),
        ("deflate", zlib.compress(b"<rss>one</rss>")[2:-4]),  # raw deflate, as IIS sends it
        ("gzip, deflate", zlib.compress(gzip.compress(b"<rss>one</rss>"))),
        ("identity", b"<rss>one</rss>"),
    ],
)
def test_content_encodings_are_decoded(http_server, fetcher, encoding, body):
    url = http_server.route("/feed", Reply(200, body, headers=[("Content-Encoding", encoding)]))
    result = fetcher.fetch(url)
    assert result.reason is None and result.body == b"<rss>one</rss>"


def test_decoding_large_compressed_body_within_cap(http_server, fetcher):
    payload = bytes(range(256)) * 40_000  # 10 MB, compresses well, spans many decoder steps
    url = http_server.route("/feed", Reply(200, gzip.compress(payload, 1), headers=[("Content-Encoding", "gzip")]))
    assert fetcher.fetch(url).body == payload


@pytest.mark.parametrize(
    "encoding, body",
    [
        ("gzip", gzip.compress(b"<rss>" * 1000)[:-20]),  # truncated
        ("gzip", b"this is not gzip at all"),
        ("br", b"\x0b\x02\x80<rss/>\x03"),  # not asked for
    ],
)
def test_bad_compression_is_rejected(http_server, fetcher, encoding, body):
    url = http_server.route("/feed", Reply(200, body, headers=[("Content-Encoding", encoding)]))
    result = fetcher.fetch(url)
    assert result.reason == reasons.CORRUPT_COMPRESSION and result.body is None


_RSS_PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from newsbeam.transforms.io.fetch import FetchConfig, Fetcher
    from tests.memory import peak_rss_mb
    url, allow = sys.argv[1], sys.argv[2]
    def current_rss_mb():
        try:  # Linux: the resident size now, not the peak of the imports
            with open("/proc/self/statm") as fh:
                return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
        except OSError:
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    baseline = current_rss_mb()
    with Fetcher(FetchConfig(allow_hosts=frozenset({allow}), retries=0, deadline=30)) as f:
        result = f.fetch(url)
    print(json.dumps({
        "reason": result.reason, "detail": result.detail, "elapsed": result.elapsed,
        "size": len(result.body or b""), "baseline_rss_mb": baseline,
        "peak_rss_mb": peak_rss_mb(),
    }))
    """
)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, zeros(200 * 2**20), chunked=True),  # 200 MB, no Content-Length to trust
        Reply(200, zeros(200 * 2**20), content_length=200 * 2**20),
        Reply(200, gzip_bomb(2**30), headers=[("Content-Encoding", "gzip")]),  # 1 GiB of zeros
        Reply(200, deflate_bomb(256 * 2**20), headers=[("Content-Encoding", "deflate")]),
    ],
    ids=["200MB-chunked", "200MB-content-length", "gzip-bomb-1GiB", "deflate-bomb-256MiB"],
)
def test_huge_bodies_are_too_large_with_bounded_memory(http_server, reply):
    """With the default 50 MiB cap, peak RSS of a fresh interpreter stays far below the body,
    and grows by no more than about the cap itself."""
    outcome = _fetch_in_a_fresh_interpreter(http_server, reply)
    assert outcome["reason"] == reasons.TOO_LARGE, outcome
    assert outcome["peak_rss_mb"] < 300, outcome
    assert outcome["peak_rss_mb"] - outcome["baseline_rss_mb"] < 80, outcome


def test_a_body_just_under_the_cap_costs_its_size_once(http_server):
    outcome = _fetch_in_a_fresh_interpreter(http_server, Reply(200, zeros(48 * 2**20), chunked=True))
    assert outcome["reason"] is None and outcome["size"] == 48 * 2**20
    assert outcome["peak_rss_mb"] - outcome["baseline_rss_mb"] < 80, outcome  # not 2 x 48 MB


def _fetch_in_a_fresh_interpreter(server: TestServer, reply: Reply) -> dict:
    url = server.route("/huge", reply)
    probe = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, url, server.host_port],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert probe.returncode == 0, probe.stderr
    outcome = json.loads(probe.stdout)
    print(outcome)
    return outcome


def test_redirects_are_followed(http_server, fetcher):
    http_server.route("/old", redirect("/older", 301))
    http_server.route("/older", redirect(http_server.url("/feed"), 308))
    http_server.route("/feed", Reply(200, b"<rss/>"))
    result = fetcher.fetch(http_server.url("/old"))
    assert result.reason is None and result.body == b"<rss/>"
    assert result.final_url == http_server.url("/feed") and result.attempts == 3


def test_redirect_loop_is_rejected(http_server, fetcher):
    http_server.route("/a", redirect("/b"))
    http_server.route("/b", redirect("/a#again"))
    result = fetcher.fetch(http_server.url("/a"))
    assert result.reason == reasons.REDIRECT_LOOP and http_server.count("/a") == 1


def test_self_redirect_is_a_loop(http_server, fetcher):
    http_server.route("/a", redirect("/a"))
    assert fetcher.fetch(http_server.url("/a")).reason == reasons.REDIRECT_LOOP


def test_too_many_redirects(http_server):
    for i in range(10):
        http_server.route(f"/r{i}", redirect(f"/r{i + 1}"))
    with Fetcher(config_for(http_server, max_redirects=3)) as f:
        result = f.fetch(http_server.url("/r0"))
    assert result.reason == reasons.TOO_MANY_REDIRECTS and "/r4" in result.detail
    assert http_server.count("/r3") == 1 and http_server.count("/r4") == 0


@pytest.mark.parametrize("location", ["ftp://example.com/feed", "file:///etc/passwd", "gopher://x/"])
def test_redirect_to_another_scheme_is_bad_url(http_server, fetcher, location):
    http_server.route("/a", redirect(location))
    result = fetcher.fetch(http_server.url("/a"))
    assert result.reason == reasons.BAD_URL and "redirect" in result.detail


def test_redirect_without_location_is_an_http_error(http_server, fetcher):
    http_server.route("/a", Reply(302))
    assert fetcher.fetch(http_server.url("/a")).reason == "http-302"


@pytest.mark.parametrize("url", ["ftp://example.com/feed", "file:///etc/passwd", "not a url", "http://", None, b"http://a/"])
def test_bad_url(fetcher, url):
    result = fetcher.fetch(url)
    assert result.reason == reasons.BAD_URL and result.attempts == 0


# --- SSRF guard --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host, why",
    [
        ("127.0.0.1", "loopback"),
        ("localhost", "loopback"),
        ("LOCALHOST.", "loopback"),
        ("127.1", "loopback"),
        ("2130706433", "loopback"),  # 127.0.0.1 as one number
        ("0x7f.0.0.1", "loopback"),
        ("[::1]", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),
        ("0.0.0.0", "unspecified"),  # reaches local services on Linux
    ],
)
def test_feed_at_loopback_is_blocked(http_server, host, why):
    http_server.route("/feed", Reply(200, b"secret"))
    with Fetcher(FetchConfig(politeness_delay=0)) as f:
        result = f.fetch(f"http://{host}:{http_server.port}/feed")
    assert result.reason == reasons.BLOCKED_HOST and why in result.detail, result
    assert "--allow-host" in result.detail
    assert result.body is None and http_server.count("/feed") == 0


def test_feed_at_loopback_is_allowed_with_allow_hosts(http_server):
    url = http_server.route("/feed", Reply(200, b"<rss/>"))
    with Fetcher(FetchConfig(allow_hosts=frozenset({f"127.0.0.1:{http_server.port}"}))) as f:
        assert f.fetch(url).body == b"<rss/>"
    with Fetcher(FetchConfig(allow_hosts=frozenset({"127.0.0.1"}))) as f:  # any port
        assert f.fetch(url).body == b"<rss/>"
    with Fetcher(FetchConfig(allow_hosts=frozenset({"127.0.0.1:1"}))) as f:  # another port
        assert f.fetch(url).reason == reasons.BLOCKED_HOST


def test_redirect_to_a_loopback_address_that_is_not_allowed_is_blocked(http_server):
    with TestServer().start() as internal:
        internal.route("/admin", Reply(200, b"secret"))
        http_server.route("/feed", redirect(internal.url("/admin")))
        with Fetcher(config_for(http_server)) as f:  # only the first server is allowed
            result = f.fetch(http_server.url("/feed"))
        assert result.reason == reasons.BLOCKED_HOST and str(internal.port) in result.detail
        assert internal.count("/admin") == 0 and http_server.count("/feed") == 1
        with Fetcher(config_for(http_server, allow_hosts=frozenset({http_server.host_port, internal.host_port}))) as f:
            assert f.fetch(http_server.url("/feed")).body == b"secret"


@pytest.fixture
def fake_dns(monkeypatch):
    """Names under .example.test resolve to whatever the test says; the rest as usual."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo
    calls: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            calls.append(host)
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port, 0, 0) if ":" in a else (a, port))
                for a in answers[host]
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetch_transport.socket, "getaddrinfo", getaddrinfo)
    answers["calls"] = calls  # type: ignore[assignment]
    return answers


def test_connects_to_the_vetted_address_with_the_original_host_header(http_server, fake_dns):
    fake_dns["feeds.example.test"] = ["127.0.0.1"]
    http_server.route("/feed", Reply(200, b"<rss/>"))
    with Fetcher(config_for(http_server)) as f:  # allowed by IP, reached by name
        result = f.fetch(f"http://feeds.example.test:{http_server.port}/feed")
    assert result.body == b"<rss/>"
    assert http_server.requests[0].headers["host"] == f"feeds.example.test:{http_server.port}"
    assert fake_dns["calls"] == ["feeds.example.test"]  # resolved once: checked and used


@pytest.mark.parametrize(
    "addresses",
    [["10.0.0.7"], ["93.184.216.34", "127.0.0.1"], ["169.254.169.254"], ["fd00::1"], ["::ffff:192.168.0.1"]],
)
def test_name_resolving_to_a_non_public_address_is_blocked(http_server, fake_dns, addresses):
    fake_dns["evil.example.test"] = addresses
    with Fetcher(FetchConfig(politeness_delay=0, retries=0)) as f:
        result = f.fetch("http://evil.example.test/feed")
    assert result.reason == reasons.BLOCKED_HOST and "evil.example.test" in result.detail


def test_allowing_a_name_allows_its_addresses(http_server, fake_dns):
    fake_dns["intranet.example.test"] = ["127.0.0.1"]
    http_server.route("/feed", Reply(200, b"<rss/>"))
    with Fetcher(FetchConfig(allow_hosts=frozenset({"intranet.example.test"}))) as f:
        assert f.fetch(f"http://intranet.example.test:{http_server.port}/feed").body == b"<rss/>"


def test_env_proxies_are_ignored(http_server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # would bypass the guard if honoured
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    url = http_server.route("/feed", Reply(200, b"<rss/>"))
    with Fetcher(config_for(http_server)) as f:
        assert f.fetch(url).body == b"<rss/>"


def test_the_transport_really_uses_the_vetting_backend(http_server):
    """Pins the one httpx internal we rely on: the transport's pool is ours."""
    with Fetcher(config_for(http_server)) as f:
        pool = f._http()._transport._pool
        assert isinstance(pool._network_backend, fetch_transport._VettingBackend)


# --- politeness, threads, pickling -------------------------------------------------------


def test_per_host_concurrency_limit(http_server):
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def slow(request):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        return Reply(200, b"ok")

    http_server.route("/feed", slow)
    with Fetcher(config_for(http_server, per_host_concurrency=2)) as f:
        threads = [threading.Thread(target=f.fetch, args=(http_server.url("/feed"),)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
    assert http_server.count("/feed") == 6 and state["max"] == 2


def test_politeness_delay_spaces_requests_to_one_host(http_server):
    url = http_server.route("/feed", Reply(200, b"ok"))
    with Fetcher(config_for(http_server, politeness_delay=0.25, per_host_concurrency=4)) as f:
        started = time.monotonic()
        threads = [threading.Thread(target=f.fetch, args=(url,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        took = time.monotonic() - started
    assert http_server.count("/feed") == 4
    assert 0.75 <= took < 2.0, took


def test_politeness_uses_the_injected_sleep(http_server):
    sleeps = SleepLog()
    url = http_server.route("/feed", Reply(200, b"ok"))
    with Fetcher(config_for(http_server, politeness_delay=30), sleep=sleeps) as f:
        f.fetch(url)
        f.fetch(url)
    assert len(sleeps.calls) == 1 and 29 < sleeps.calls[0] <= 30


def test_fetcher_is_picklable_and_thread_safe(http_server):
    for i in range(8):
        http_server.route(f"/f{i}", Reply(200, f"feed {i}".encode()))
    f = Fetcher(config_for(http_server, per_host_concurrency=3))
    f.fetch(http_server.url("/f0"))  # the client exists now: pickling must still work
    clone = pickle.loads(pickle.dumps(f))
    f.close()
    results: dict[int, bytes | None] = {}
    threads = [
        threading.Thread(target=lambda i=i: results.__setitem__(i, clone.fetch(http_server.url(f"/f{i}")).body))
        for i in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    clone.close()
    assert results == {i: f"feed {i}".encode() for i in range(8)}


def test_per_call_config(http_server, fetcher):
    url = http_server.route("/feed", Reply(200, b"x" * 5000))
    small = FetchConfig(**{**fetcher.config.__dict__, "max_bytes": 100, "user_agent": "custom/1"})
    assert fetcher.fetch(url, config=small).reason == reasons.TOO_LARGE
    assert http_server.requests[0].headers["user-agent"] == "custom/1"
    with pytest.raises(ValueError, match="allow_hosts"):
        fetcher.fetch(url, config=FetchConfig())


# --- TLS: the pinned connection still checks the certificate against the URL's name ------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for feeds.example.test, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", str(key),
         "-out", str(cert), "-subj", "/CN=feeds.example.test", "-addext", "subjectAltName=DNS:feeds.example.test"],
        check=True, capture_output=True, timeout=60,
    )
    return str(cert), str(key)


@pytest.fixture
def tls_server(certificate):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    names: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    server = TestServer(tls=context).start()
    server.sni_names = names
    try:
        yield server
    finally:
        server.stop()


def test_https_to_a_pinned_address_uses_the_url_name_for_sni_and_certificate(tls_server, certificate, fake_dns):
    fake_dns["feeds.example.test"] = ["127.0.0.1"]
    tls_server.route("/feed", Reply(200, b"<rss/>"))
    cfg = FetchConfig(allow_hosts=frozenset({tls_server.host_port}), ca_file=certificate[0], politeness_delay=0)
    with Fetcher(cfg) as f:
        result = f.fetch(tls_server.url("/feed", host="feeds.example.test"))
    assert result.reason is None and result.body == b"<rss/>"
    assert tls_server.sni_names == ["feeds.example.test"]
    assert tls_server.requests[0].headers["host"] == f"feeds.example.test:{tls_server.port}"


@pytest.mark.parametrize("host, trusted", [("feeds.example.test", False), ("127.0.0.1", True)])
def test_bad_certificates_are_refused_without_retrying(tls_server, certificate, fake_dns, host, trusted):
    fake_dns["feeds.example.test"] = ["127.0.0.1"]
    tls_server.route("/feed", Reply(200, b"<rss/>"))
    cfg = FetchConfig(allow_hosts=frozenset({tls_server.host_port}), politeness_delay=0, backoff=0.01,
                      ca_file=certificate[0] if trusted else None)  # trusted, but for another name
    with Fetcher(cfg) as f:
        result = f.fetch(tls_server.url("/feed", host=host))
    assert result.reason == reasons.CONNECTION and "TLS" in result.detail and "certificate" in result.detail.lower()
    assert result.attempts == 1 and tls_server.count("/feed") == 0


def test_slow_dns_is_cut_off_at_the_deadline(monkeypatch):
    real = socket.getaddrinfo

    def slow(host, *args, **kwargs):
        if host == "slow.example.test":
            time.sleep(3)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(fetch_transport.socket, "getaddrinfo", slow)
    with Fetcher(FetchConfig(deadline=0.5, connect_timeout=5, retries=0, politeness_delay=0)) as f:
        started = time.monotonic()
        result = f.fetch("http://slow.example.test/feed")
    assert result.reason == reasons.TIMEOUT and time.monotonic() - started < 1.0


@pytest.mark.parametrize("etag", ['"ok"\r\nX-Injected: 1', "caf\u00e9", "x" * 5000])
def test_unsendable_validators_are_dropped(http_server, fetcher, etag):
    url = http_server.route("/feed", Reply(200, b"<rss/>"))
    assert fetcher.fetch(url, etag=etag).body == b"<rss/>"
    assert "if-none-match" not in http_server.requests[0].headers


def test_the_deadline_bounds_retries_and_backoff_too(http_server):
    url = http_server.route("/feed", Reply(503, b"down"))
    with Fetcher(config_for(http_server, backoff=0.3, retries=10, deadline=1.0)) as f:
        started = time.monotonic()
        result = f.fetch(url)
    assert result.reason == "http-503" and time.monotonic() - started < 1.2
    assert 2 <= result.attempts <= 3  # after 0.3 s and 0.6 s of back-off, 1.2 s would pass the deadline


def test_deadlines_are_per_fetch_across_threads(http_server):
    http_server.route("/stalls", Reply(200, zeros(1000), content_length=1000, stall_after=10, stall_for=30))
    http_server.route("/fast", Reply(200, b"ok", delay=0.1))
    results: dict[str, list] = {"stalls": [], "fast": []}
    with Fetcher(config_for(http_server, deadline=1.0, read_timeout=20, per_host_concurrency=8)) as f:

        def work(path):
            started = time.monotonic()
            outcome = f.fetch(http_server.url(f"/{path}"))
            results[path].append((outcome.reason, time.monotonic() - started))

        threads = [threading.Thread(target=work, args=(p,)) for p in ["stalls", "fast"] * 3]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
    assert [r for r, _ in results["stalls"]] == ["timeout"] * 3
    assert all(0.95 <= took < 1.5 for _, took in results["stalls"])
    assert [r for r, _ in results["fast"]] == [None] * 3
    assert all(took < 0.9 for _, took in results["fast"])


def test_published_feed_changes_validators_with_its_content(http_server, fetcher):
    url = http_server.publish("/feed", b"<rss>one</rss>")
    first = fetcher.fetch(url)
    assert first.body == b"<rss>one</rss>" and first.etag and first.last_modified
    assert ("content-type", "application/rss+xml") in first.headers
    again = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.last_modified == first.last_modified
    http_server.publish("/feed", b"<rss>one two</rss>")
    changed = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert changed.body == b"<rss>one two</rss>" and changed.etag != first.etag
    assert changed.last_modified != first.last_modified
