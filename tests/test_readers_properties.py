"""Properties: read_document and html_to_text never raise and are deterministic.

Arbitrary bytes mostly stop at format recognition, so the strategies also build inputs that
start like each format (a feed, a JSON Feed, JSON lines, an HTML page, a gzip stream) and
continue with arbitrary data, to reach the readers behind the sniffing.
"""
from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.html import HtmlText, html_to_text, text_to_paragraphs
from newsbeam.transforms.formats.read import Limits, read_document

FETCHED = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
LIMITS = Limits(max_input_bytes=1 << 20, max_entries=50, max_field_chars=5_000)

PREFIXES = [
    b"",
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>',
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">',
    b'<!DOCTYPE rss [<!ENTITY a "',
    b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": ',
    b'{"title": "t", "body": "',
    b"<!DOCTYPE html><html><head><title>",
    b"Headline\n- bullet\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe<\x00r\x00s\x00s\x00>\x00",
    b"\x1f\x8b",
    b"BZh91AY&SY",
]

def _mixed(tokens: list[str], max_pieces: int) -> st.SearchStrategy[str]:
    """Strings made of arbitrary text and markup-significant tokens, in any order."""
    piece = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
                      st.sampled_from(tokens))
    return st.lists(piece, max_size=max_pieces).map("".join)


texty = _mixed(list("<>&;\"'/=![]-\n") + [
    "<p>", "</p>", "<li>", "<ul>", "&amp;", "&#", "<![CDATA[", "]]>", "<item>", "</item>",
    "<!ENTITY", "@highlight", "\ufeff", '"}', "{", "]"], 60)
documents = st.one_of(
    st.binary(max_size=2_000),
    st.tuples(st.sampled_from(PREFIXES), texty.map(lambda t: t.encode("utf-8", "surrogatepass")))
    .map(lambda pair: pair[0] + pair[1]),
    st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=500)).map(lambda p: p[0] + p[1]),
    texty.map(lambda t: gzip.compress(t.encode("utf-8", "surrogatepass"))),
    st.lists(texty, max_size=5).map(lambda lines: "\n".join(lines).encode("utf-16")),
)


def _read(data: bytes) -> list[Entry | Reject]:
    return list(read_document(Document("p", "p", data, FETCHED), LIMITS))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_read_document_never_raises_and_is_deterministic(data):
    first = _read(data)
    assert first, "every input yields at least one entry or reject"
    assert all(isinstance(item, (Entry, Reject)) for item in first)
    assert _read(data) == first
    for item in first:
        if isinstance(item, Reject):
            assert item.reason and item.detail
            assert item.raw_excerpt is None or len(item.raw_excerpt) <= 200


html_like = _mixed([
    "<p>", "</p>", "<br>", "<ul>", "<li>", "</ul>", "<script>", "</script>", "<b>", "&amp;",
    "&lt;", "&gt;", "&nbsp;", "&#8217;", "&rsquo;", "&amp;lt;p&amp;gt;", "<!--", "-->",
    "<div class='mol-bullets'>", "</div>", "javascript:", "<a href='javascript:x'>", "</a>",
    "<pre>", "\x00", "\r", "<h2>Story highlights</h2>", "<figcaption>", "<table><tr><td>",
], 80)


@settings(max_examples=500, deadline=None)
@given(html_like)
def test_html_to_text_never_raises_and_is_deterministic(html):
    out = html_to_text(html)
    assert isinstance(out, HtmlText)
    assert html_to_text(html) == out
    for text in out.paragraphs + out.bullets + tuple(x for lst in out.body_lists for x in lst):
        assert text and text == text.strip()
        assert "<script" not in text.lower() and "javascript:" not in text.lower()
        assert "\x00" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_text_to_paragraphs_never_raises(text):
    paragraphs = text_to_paragraphs(text)
    assert all(p and "\n" not in p for p in paragraphs)


@pytest.mark.slow
@settings(max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents)
def test_read_document_never_raises_long_run(data):
    test_read_document_never_raises_and_is_deterministic.hypothesis.inner_test(data)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(html_like)
def test_html_to_text_never_raises_long_run(html):
    test_html_to_text_never_raises_and_is_deterministic.hypothesis.inner_test(html)
