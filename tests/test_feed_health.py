"""A feed's health says what its last document came to when parsed, not only how it was fetched
(issue 13, item 10): end to end against the local HTTP server, and the pure rules."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from newsbeam.pipeline.cli import main
from newsbeam.pipeline.report.queries import feed_health
from newsbeam.schemas import reasons
from newsbeam.schemas.records import Reject
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.io.feedstate import FeedState, FeedStateStore, parse_outcome, update_state, with_parse_outcome
from tests.test_feedstate import KNOWN, NOT_MODIFIED, NOW, OK, FAILED
from tests.test_live import LiveFeed, feed_list, ingest, item, rss


class CutFeed:
    """A feed served cut off inside an item's body until ``fixed``; ETag of the bytes sent."""

    def __init__(self, items):
        self.items = list(items)
        self.fixed = False

    def __call__(self, request):
        body = rss(self.items)
        if not self.fixed:
            body = body[: body.rindex(b"said Jo Park")]  # inside the last item's description
        return LiveFeed.reply(body)


def _inspect(capsys, out: Path) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["inspect", str(out), "--json"]) == 0
    return {f["feed"]: f for f in json.loads(capsys.readouterr().out)["feeds"]}


def test_a_broken_feed_shows_malformed_until_it_is_fixed(http_server, tmp_path, capsys):
    good = http_server.route("/good.xml", LiveFeed([item(1), item(2)]))
    cut = CutFeed([item(3), item(4)])
    broken = http_server.route("/broken.xml", cut)
    feeds, out = feed_list(tmp_path, {"good": good, "broken": broken}), tmp_path / "out"

    ingest(http_server, feeds, out)
    health = _inspect(capsys, out)
    assert health["good"]["status"] == "ok" and health["good"]["parse_reason"] is None
    assert health["broken"]["status"] == reasons.MALFORMED
    assert health["broken"]["parse_reason"] == reasons.MALFORMED
    assert "not well-formed" in health["broken"]["parse_detail"]
    # A parse problem is not a fetch failure: no backoff, validators kept for a cheap re-poll.
    assert health["broken"]["failures"] == 0 and health["broken"]["suspended_until"] is None
    assert health["broken"]["last_reason"] is None and health["broken"]["last_status"] == 200
    state = FeedStateStore.for_output(str(out)).load("broken")
    assert state is not None and state.etag
    assert main(["inspect", str(out)]) == 0
    text = capsys.readouterr().out
    assert "malformed (HTTP 200)" in text and "ok (HTTP 200)" in text
    # The report's feed-health table: the broken feed before the good one, with its reason.
    rows, total = feed_health(Location.of(str(out)), datetime.now(timezone.utc), 10)
    assert total == 2 and [(r["feed"], r["status"]) for r in rows] == [("broken", "malformed"), ("good", "ok")]
    page = tmp_path / "report.html"
    assert main(["report", str(out), "--to", str(page)]) == 0
    html = page.read_text()
    feeds_section = html[html.index('id="feeds"'):html.index('id="runs"')]
    assert "1 fetched but their document did not read cleanly" in feeds_section
    assert "malformed: " in feeds_section and "not well-formed" in feeds_section

    # Unchanged (a 304): the document last served is still the broken one.
    ingest(http_server, feeds, out)
    health = _inspect(capsys, out)
    assert health["broken"]["last_status"] == 304 and health["broken"]["status"] == reasons.MALFORMED
    assert health["good"]["last_status"] == 304 and health["good"]["status"] == "ok"

    cut.fixed = True  # the server now sends the whole document (a new ETag)
    ingest(http_server, feeds, out)
    health = _inspect(capsys, out)
    assert health["broken"]["last_status"] == 200
    assert health["broken"]["status"] == "ok" and health["broken"]["parse_reason"] is None
    assert health["broken"]["parse_detail"] is None
    assert http_server.count("/broken.xml") == 3


def test_a_feed_that_is_not_a_feed_or_empty_shows_why(http_server, tmp_path, capsys):
    html = http_server.route("/note.xml", LiveFeed.reply(b"<?xml version=\"1.0\"?><note><to>x</to></note>"))
    empty = http_server.route("/empty.xml", LiveFeed.reply(rss([])))
    feeds, out = feed_list(tmp_path, {"html": html, "empty": empty}), tmp_path / "out"
    ingest(http_server, feeds, out)
    health = _inspect(capsys, out)
    assert health["html"]["status"] == reasons.NOT_A_FEED
    assert health["empty"]["status"] == reasons.NO_ENTRIES


def _reject(reason: str, detail: str, stage: str = "parse") -> Reject:
    return Reject("broken", "https://a.example/feed", stage, reason, detail, None, NOW)


def test_parse_outcome_prefers_the_document_wide_reject_whatever_the_order():
    doc = _reject(reasons.MALFORMED, "rss20 not well-formed, 2 entries recovered: SAXParseException")
    entry = _reject(reasons.MALFORMED, "entry 2 of a document that is not well-formed has no link")
    per_entry = _reject(reasons.TOO_MANY_TAGS, "more than 100 tags")
    normalize = _reject(reasons.MISSING_CONTENT, "no title, no body", stage="normalize")
    for order in ([doc, entry, per_entry], [per_entry, entry, doc]):
        assert parse_outcome(order) == (reasons.MALFORMED, doc.detail)
    assert parse_outcome([per_entry, normalize]) is None
    assert parse_outcome([]) is None
    assert parse_outcome([_reject(reasons.TOO_LARGE, "x" * 5000, stage="read")])[1].endswith("…")


def test_parse_state_rules():
    fetched = update_state(KNOWN, OK, NOW)
    broken = with_parse_outcome(fetched, [_reject(reasons.NO_ENTRIES, "rss20 with no entries")])
    assert broken.health == reasons.NO_ENTRIES and broken.consecutive_failures == 0
    assert broken.suspended_until is None and broken.etag == fetched.etag
    assert with_parse_outcome(fetched, []) == fetched and fetched.health == "ok"
    # A 304 and a failed fetch keep what the last document came to; a new document clears it.
    assert update_state(broken, NOT_MODIFIED, NOW).parse_reason == reasons.NO_ENTRIES
    failed = update_state(broken, FAILED, NOW)
    assert failed.parse_reason == reasons.NO_ENTRIES and failed.health == "failing"
    assert update_state(broken, OK, NOW).parse_reason is None
    # Round trip through JSON, and states written before these fields read as healthy.
    assert FeedState.from_json(broken.to_json()) == broken
    old = {k: v for k, v in KNOWN.to_json().items() if not k.startswith("parse_")}
    assert FeedState.from_json(old).health == "ok"
