"""Property tests for the normalizers: no exception on arbitrary input, stable results."""
from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeam.schemas.records import Entry
from newsbeam.transforms.io.dataset import MAX_SEGMENT_BYTES, hive_escape
from newsbeam.transforms.dates import parse_date
from newsbeam.transforms.normalize import NormalizeError, normalize_entry
from newsbeam.transforms.text import _WORD, clean_line, split_paragraphs, word_count
from newsbeam.transforms.urls import canonicalize_url

FAST = settings(max_examples=300, deadline=None)
NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
urls = st.one_of(st.text(max_size=80), st.builds(
    lambda host, path, query: f"https://{host}/{path}?{query}",
    st.text(alphabet="abcXYZ.-ü0", min_size=1, max_size=12), st.text(max_size=20), st.text(max_size=20)))


@FAST
@given(urls)
def test_canonical_url_is_none_or_a_fixed_point(raw):
    once = canonicalize_url(raw)
    assert once is None or (once.startswith(("http://", "https://")) and canonicalize_url(once) == once)


@FAST
@given(st.text(max_size=60))
def test_parse_date_is_utc_or_none(raw):
    value = parse_date(raw)
    assert value is None or value.utcoffset().total_seconds() == 0
    assert parse_date(raw) == value


@FAST
@given(st.text(max_size=300))
def test_hive_escape_is_one_safe_segment(value):
    escaped = hive_escape(value)
    assert "/" not in escaped and "\x00" not in escaped and escaped not in (".", "..")
    assert len(escaped.encode()) <= MAX_SEGMENT_BYTES + 20


@FAST
@given(st.text(max_size=300))
def test_clean_text_is_idempotent(text):
    line = clean_line(text)
    assert clean_line(line) == line and "\n" not in line
    assert split_paragraphs("\n".join(split_paragraphs(text))) == split_paragraphs(text)


@FAST
@given(title=st.one_of(st.none(), st.text(max_size=80)), html=st.one_of(st.none(), st.text(max_size=400)),
       body=st.one_of(st.none(), st.text(max_size=400)), url=st.one_of(st.none(), urls),
       published=st.one_of(st.none(), st.text(max_size=40)))
def test_normalize_entry_never_raises_unexpectedly(title, html, body, url, published):
    entry = Entry("src", "in", "rss", NOW, url=url, title=title, title_html=True, content_html=html,
                  body_text=body, published=published)
    try:
        article = normalize_entry(entry)
    except NormalizeError as exc:
        assert exc.reason == "missing-content"
        return
    assert article == normalize_entry(entry)
    assert article.title or article.body
    assert "\n\n\n" not in article.body and article.body == article.body.strip()
    assert article.url is None or article.url.startswith(("http://", "https://"))


words = st.text(alphabet=st.sampled_from(list("ab Z_19’'\"“”‘-.,;:!?()[]«»…\u00e9\u0301\u4e00\u00a0\u2028\n\t")))


@FAST
@given(st.one_of(st.text(max_size=200), words))
def test_word_count_is_the_pattern_count(text):
    assert word_count(text) == len(_WORD.findall(text))
