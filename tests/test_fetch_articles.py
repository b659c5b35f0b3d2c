"""--fetch-articles: short feed items completed from their pages, through the guarded client."""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from xml.sax.saxutils import escape

import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline.cli import main
from newsbeam.schemas.records import Entry
from newsbeam.transforms.composites.fetch_articles import SHORT_WORDS, needs_article
from tests.httpserver import Reply

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
LONG = " ".join(["The council met on Tuesday and voted on the harbour plan."] * 30)


def article_page(title: str, extra: str = "") -> bytes:
    paras = "".join(
        f"<p>{title}: paragraph {i}. The harbour master said the quay would reopen on Friday, "
        f"after divers inspected the wall, and that ferries would run to the usual timetable.</p>"
        for i in range(5))
    return (f"<!doctype html><html><head><title>{title}</title>"
            f"<meta name='author' content='Ana Ruiz'></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article>{extra}<footer>Copyright</footer></body></html>").encode()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                   f"<guid>{escape(link)}</guid><description>{escape(d)}</description></item>"
                   for t, link, d in items)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
            f"<link>https://wire.example/</link>{body}</channel></rss>").encode()


@pytest.mark.parametrize("entry, expected", [
    (Entry("s", "f", "rss", NOW, url="https://x.example/a", summary_html="<p>Short teaser.</p>"), True),
    (Entry("s", "f", "atom", NOW, url="https://x.example/a", content_html="<p>" + LONG + "</p>"), False),
    (Entry("s", "f", "rss", NOW, url="https://x.example/a", summary_html="<p>" + LONG + "</p>",
           content_html="<p>Only a line.</p>"), True),  # the content is what the reader keeps
    (Entry("s", "f", "jsonfeed", NOW, url="https://x.example/a", body_text="two words"), True),
    (Entry("s", "f", "rss", NOW, url=None, summary_html="Short."), False),  # nothing to fetch
    (Entry("s", "f", "rss", NOW, url="mailto:a@x.example", summary_html="Short."), False),
    (Entry("s", "f", "html", NOW, url="https://x.example/a", body_text="Short."), False),  # a page already
    (Entry("s", "f", "jsonl", NOW, url="https://x.example/a", body_text="Short."), False),  # not a feed
])
def test_which_items_are_short(entry, expected):
    assert needs_article(entry) is expected


def test_the_rule_is_150_words():
    assert SHORT_WORDS == 150
    words = lambda n: Entry("s", "f", "rss", NOW, url="https://x.example/a",
                            summary_html=" ".join(["word"] * n))
    assert needs_article(words(149)) and not needs_article(words(150))


def _run(tmp_path, server, feed: bytes, *extra: str) -> dict:
    (tmp_path / "wire.rss").write_bytes(feed)
    out = tmp_path / "out"
    code = main(["-q", "run", "--input", str(tmp_path / "wire.rss"), "--output", str(out), "--fetch-articles",
                 "--allow-host", server.host_port, "--fetch-deadline", "10", *extra])
    assert code == 0
    manifests = sorted((out / "_runs").glob("*.json"), key=lambda p: p.stat().st_mtime)
    return json.loads(manifests[-1].read_text())["summary"]


def _articles(tmp_path) -> dict[str, dict]:
    rows = pads.dataset(tmp_path / "out" / "articles", partitioning="hive").to_table().to_pylist()
    return {r["title"]: r for r in rows}


def _rejects(tmp_path) -> dict[str, str]:
    rows = pads.dataset(tmp_path / "out" / "rejects", partitioning="hive").to_table().to_pylist()
    return {r["input"]: r["reason"] for r in rows if r["stage"] == "fetch"}


def test_short_items_are_fetched_once_long_ones_never(tmp_path, http_server):
    s = http_server
    s.publish("/one", article_page("Quay to reopen"), content_type="text/html; charset=utf-8")
    s.publish("/two", article_page("Ferries resume"), content_type="text/html")
    s.publish("/long", article_page("Never fetched"), content_type="text/html")
    s.route("/big", Reply(200, b"<html><body><p>" + b"x " * 150_000 + b"</p></body></html>",
                          headers=[("Content-Type", "text/html")]))
    items = [
        ("Quay to reopen", s.url("/one"), "The quay reopens Friday."),
        ("Ferries resume", s.url("/two"), "Ferries are back."),
        ("Council votes", s.url("/long"), LONG),
        ("Gone story", s.url("/missing"), "This page was removed."),
        ("Internal link", "http://10.255.255.1/admin", "Points inside a network."),
        ("Huge page", s.url("/big"), "A page over the cap."),
    ]
    summary = _run(tmp_path, s, rss(items), "--max-input-bytes", "200000")
    assert s.count("/one") == 1 and s.count("/two") == 1
    assert s.count("/long") == 0
    assert summary["article_pages"] == {"failed": 3, "fetched": 2}
    rows = _articles(tmp_path)
    assert "Quay to reopen: paragraph 4." in rows["Quay to reopen"]["body"]
    assert rows["Quay to reopen"]["summary"] == "The quay reopens Friday."
    assert rows["Quay to reopen"]["authors"] == ["Ana Ruiz"]
    assert rows["Quay to reopen"]["url"] == s.url("/one")
    assert rows["Council votes"]["body"] == LONG
    # A failed fetch keeps the summary, and says why in rejects.
    assert rows["Gone story"]["body"] == "This page was removed."
    assert _rejects(tmp_path) == {s.url("/missing"): "http-404", "http://10.255.255.1/admin": "blocked-host",
                                  s.url("/big"): "too-large"}

    # Second run, same feed: the pages come from the cache, nothing is fetched again.
    summary = _run(tmp_path, s, rss(items), "--max-input-bytes", "200000")
    assert s.count("/one") == 1 and s.count("/two") == 1 and s.count("/long") == 0
    assert summary["article_pages"]["cached"] == 2

    # The feed edits one item: its page is asked for again, conditionally, and a 304 reuses the text.
    items[0] = ("Quay to reopen", s.url("/one"), "The quay reopens Friday, the council said.")
    summary = _run(tmp_path, s, rss(items), "--max-input-bytes", "200000")
    assert s.count("/one") == 2 and s.count("/two") == 1
    conditional = [r for r in s.requests if r.path == "/one"][-1]
    assert "if-none-match" in conditional.headers
    assert summary["article_pages"]["not-modified"] == 1
    assert "Quay to reopen: paragraph 4." in _articles(tmp_path)["Quay to reopen"]["body"]


def test_without_the_flag_nothing_is_fetched(tmp_path, http_server):
    s = http_server
    s.publish("/one", article_page("Quay to reopen"), content_type="text/html")
    (tmp_path / "wire.rss").write_bytes(rss([("Quay to reopen", s.url("/one"), "The quay reopens Friday.")]))
    assert main(["-q", "run", "--input", str(tmp_path / "wire.rss"), "--output", str(tmp_path / "out"),
                 "--allow-host", s.host_port]) == 0
    assert s.count("/one") == 0
    assert _articles(tmp_path)["Quay to reopen"]["body"] == "The quay reopens Friday."


def test_a_page_that_stalls_past_the_deadline_keeps_the_summary(tmp_path, http_server):
    """A server that stops sending mid-page, or never answers, costs at most the fetch deadline:
    the item keeps its summary, a ``timeout`` reject says why, and the other items are fetched.
    The server would stall for 60 s; the run must finish well before that."""

    s = http_server
    page = article_page("Stalled story")
    s.route("/stalls", Reply(200, page, headers=[("Content-Type", "text/html")], stall_after=200, stall_for=60))
    s.route("/silent", Reply(200, page, headers=[("Content-Type", "text/html")], delay=60))
    s.publish("/fine", article_page("Quay to reopen"), content_type="text/html")
    items = [
        ("Stalled story", s.url("/stalls"), "The stalled summary."),
        ("Silent story", s.url("/silent"), "The silent summary."),
        ("Quay to reopen", s.url("/fine"), "The quay reopens Friday."),
    ]
    (tmp_path / "wire.rss").write_bytes(rss(items))
    started = time.monotonic()
    code = main(["-q", "run", "--input", str(tmp_path / "wire.rss"), "--output", str(tmp_path / "out"),
                 "--fetch-articles", "--allow-host", s.host_port, "--fetch-deadline", "1.5"])
    elapsed = time.monotonic() - started
    assert code == 0
    assert elapsed < 30, f"the run took {elapsed:.1f}s: a stalled page held it past its deadline"
    rows = _articles(tmp_path)
    assert rows["Stalled story"]["body"] == "The stalled summary."
    assert rows["Silent story"]["body"] == "The silent summary."
    assert "Quay to reopen: paragraph 4." in rows["Quay to reopen"]["body"]
    assert _rejects(tmp_path) == {s.url("/stalls"): "timeout", s.url("/silent"): "timeout"}
    details = pads.dataset(tmp_path / "out" / "rejects", partitioning="hive").to_table().to_pylist()
    assert all("deadline" in r["detail"] or "timed out" in r["detail"].lower() for r in details), details
    manifests = sorted((tmp_path / "out" / "_runs").glob("*.json"), key=lambda p: p.stat().st_mtime)
    summary = json.loads(manifests[-1].read_text())["summary"]
    assert summary["article_pages"] == {"failed": 2, "fetched": 1}
    # A timed-out page is not cached as done: the next run asks for it again.
    assert main(["-q", "run", "--input", str(tmp_path / "wire.rss"), "--output", str(tmp_path / "out"),
                 "--fetch-articles", "--allow-host", s.host_port, "--fetch-deadline", "1.5"]) == 0
    assert s.count("/stalls") == 2 and s.count("/fine") == 1
