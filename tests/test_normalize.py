from datetime import datetime, timezone

import pytest

from newsbeam.schemas.records import Entry
from newsbeam.transforms.normalize import NormalizeError, article_id, inline_text, normalize_entry, preferred
from tests.records import article

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "value, markup, expected",
    [
        ("Bridge reopens <for now>", False, "Bridge reopens <for now>"),
        ("AT&T &amp; T-Mobile", False, "AT&T & T-Mobile"),
        ("Observatory spots <em>second</em> comet", True, "Observatory spots second comet"),
        ("Caf&eacute; &#8220;quoted&#8221;", True, "Café “quoted”"),
        ("  lots \t of\u00a0 space  ", False, "lots of space"),
        ("Cafe\u0301", False, "Café"),  # NFC
        ("Alban\u00adese and Trump\u200b", False, "Albanese and Trump"),  # soft hyphen, zero width
        (None, False, ""),
    ],
)
def test_inline_text(value, markup, expected):
    assert inline_text(value, markup=markup) == expected


def entry(**fields) -> Entry:
    return Entry("feed", "feed.xml", "rss", NOW, **fields)


@pytest.mark.parametrize(
    "fields, check",
    [
        (dict(title="T", url="https://A.example/x?utm_source=y#f"), lambda a: a.url == "https://a.example/x"),
        (dict(title="T", guid=" g-1 "), lambda a: a.guid == "g-1" and a.url is None),
        (dict(title="T", content_html="<p>One</p><p>Two &amp; three</p>"), lambda a: a.body == "One\n\nTwo & three"),
        (dict(title="T", summary_html="<p>Only a teaser.</p>"), lambda a: a.body == "Only a teaser." == a.summary),
        (dict(title="T", body_text="a\n\n\nb\n"), lambda a: a.body == "a\n\nb" and a.word_count == 2),
        # The full text outranks the teaser: an HTML page's meta description, a JSON record's
        # or a JSON Feed item's summary is kept as the summary, not taken for the body.
        (dict(title="T", summary_html="A teaser.", body_text="First of all.\nSecond."),
         lambda a: a.body == "First of all.\n\nSecond." and a.summary == "A teaser."),
        (dict(title="T", summary_html="A teaser.", content_html="<p>Full.</p>", body_text="Plain."),
         lambda a: a.body == "Full." and a.summary == "A teaser."),
        (dict(title="T", summary_html="A teaser.", body_text="  \n "), lambda a: a.body == "A teaser."),
        (dict(title="T", published="Sat, 21 Nov 2026 08:30:00 +0100"),
         lambda a: a.published_at == datetime(2026, 11, 21, 7, 30, tzinfo=timezone.utc) and a.date == "2026-11-21"),
        (dict(title="T", updated="2026-11-20T00:00:00Z"), lambda a: a.published_at == a.updated_at),
        (dict(title="T", published="2099-01-01T00:00:00Z"), lambda a: a.published_at is None and a.date == "2026-11-25"),
        (dict(title="T", language="EN_us"), lambda a: a.language == "en-us"),
        (dict(title="T", language="not a language"), lambda a: a.language is None),
        (dict(title="T", authors=("jo@example.com (Jo Park)", "Jo Park", "Ann Lee")),
         lambda a: a.authors == ("Jo Park", "Ann Lee")),
        (dict(title="T", tags=("World", "world", "Europe")), lambda a: a.tags == ("World", "Europe")),
        (dict(title="T", bullets=(" first ", "", "second")), lambda a: a.bullets == ("first", "second")),
    ],
)
def test_normalize_entry(fields, check):
    assert check(normalize_entry(entry(**fields)))


def test_entry_without_title_or_content_is_rejected():
    with pytest.raises(NormalizeError) as exc:
        normalize_entry(entry(summary_html="   "))
    assert exc.value.reason == "missing-content"


def test_article_id_prefers_url_then_guid_then_content():
    by_url = article_id("https://a.example/x", "g", "s", "t", "b")
    assert by_url == article_id("https://a.example/x", "other", "s2", "t2", "b2")
    assert article_id(None, "g", "s", "t", "b") == article_id(None, "g", "s2", "t2", "b2") != by_url
    assert article_id(None, None, "s", "t", "b") != article_id(None, None, "s", "t", "b2")


def test_content_hash_follows_the_content():
    a = normalize_entry(entry(title="T", body_text="one"))
    assert a.content_hash == normalize_entry(entry(title="T", body_text="one")).content_hash
    assert a.content_hash != normalize_entry(entry(title="T", body_text="two")).content_hash


def test_preferred_is_order_independent():
    short, full = article("a", body="teaser"), article("a", body="the full text of the story")
    assert preferred(short, full) is full and preferred(full, short) is full
    newer = article("a", updated_at=NOW, body="x")
    assert preferred(full, newer) is newer
