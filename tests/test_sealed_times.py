"""The pickled form of an article's times (``records.utc_micros``): a UTC time travels as an int
and comes back equal, with the same tzinfo; any other time, or None, travels as itself. Pins the
fast path (no ``timezone`` in the pickle) and that older pickles still load."""
from __future__ import annotations

import dataclasses
import pickle
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from newsbeam.schemas.records import Article, IndexRow, Quote, utc_micros, utc_time
from newsbeam.transforms.composites import write_config as wc
from newsbeam.transforms.io.dataset import ArticleRows, rows_of

_ZONES = st.sampled_from([timezone.utc, timezone(timedelta(hours=5, minutes=30)), None])
_TIMES = st.datetimes(timezones=_ZONES)
_TEXT = st.text(max_size=40)


def _article(published, updated, fetched, *, text: str = "A made-up body.", quotes=()) -> Article:
    return Article(article_id="a1", source="example", input="in.jsonl", feed_url=None, url="https://example.org/a",
                   guid="g", title=text, authors=("Ann Example",), published_at=published, updated_at=updated,
                   fetched_at=fetched, language="en", summary=text, body=text * 3, word_count=3, tags=("t",),
                   content_hash="h", bullets=(text,), quotes=quotes)


def _quote(text: str) -> Quote:
    return Quote(position=0, zone="body", zone_index=0, start_char=0, end_char=len(text), text=text,
                 speaker="Ann Example", speaker_mention="Ann", cue="said", attribution="explicit", kind="direct")


def _same_time(a, b) -> bool:
    return a == b and type(a) is type(b) and (not isinstance(a, datetime) or (a.tzinfo == b.tzinfo and (a.tzinfo is timezone.utc) == (b.tzinfo is timezone.utc)
                                                                   and a.fold == b.fold))


def _same_times(a: Article, b: Article) -> bool:
    return all(_same_time(getattr(a, n), getattr(b, n)) for n in ("published_at", "updated_at", "fetched_at"))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), _TIMES), st.one_of(st.none(), _TIMES), _TIMES, _TEXT)
def test_an_article_and_its_rows_come_back_equal_through_pickle_and_seal(published, updated, fetched, text):
    article = _article(published, updated, fetched, text=text, quotes=(_quote(text),))
    for opened in (pickle.loads(pickle.dumps(article, pickle.HIGHEST_PROTOCOL)), wc.unseal(wc.seal(article))):
        assert opened == article and _same_times(opened, article)
        assert type(opened.quotes[0]) is Quote
    rows = rows_of(article)
    for opened_rows in (pickle.loads(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL)), wc.unseal_written(wc.seal(rows))):
        assert type(opened_rows) is ArticleRows and opened_rows == rows
        assert all(_same_time(a, b) for a, b in zip(opened_rows.article, rows.article))


def test_a_utc_time_travels_as_microseconds_and_any_other_value_as_itself():
    when = datetime(2026, 3, 4, 5, 6, 7, 891_011, tzinfo=timezone.utc)
    assert utc_micros(when) == int(when.timestamp()) * 1_000_000 + 891_011
    assert utc_time(utc_micros(when)) == when and utc_time(utc_micros(when)).tzinfo is timezone.utc
    before_epoch = datetime(1901, 1, 1, tzinfo=timezone.utc)
    assert utc_time(utc_micros(before_epoch)) == before_epoch
    for other in (None, when.replace(tzinfo=None), when.astimezone(timezone(timedelta(hours=-3))), when.replace(fold=1)):
        assert utc_micros(other) is other


def test_the_pickle_of_an_article_or_its_rows_names_no_timezone():
    when = datetime(2026, 1, 2, tzinfo=timezone.utc)
    article = _article(when, when, when)
    for record in (article, rows_of(article)):
        blob = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
        assert b"timezone" not in blob and b"datetime" not in blob


class _OldForm:
    """Pickles as an Article did before its times were ints: its class and field values."""

    def __init__(self, article: Article):
        self.article = article

    def __reduce__(self):
        return Article, tuple(getattr(self.article, f.name) for f in dataclasses.fields(Article))


def test_an_article_pickled_in_the_older_form_still_opens():
    when = datetime(2026, 1, 2, tzinfo=timezone.utc)
    article = _article(when, None, when)
    old = pickle.dumps(_OldForm(article), pickle.HIGHEST_PROTOCOL)
    assert b"timezone" in old
    assert wc.unseal(old) == article and _same_times(wc.unseal(old), article)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), _TIMES), _TEXT)
def test_an_index_row_comes_back_equal_through_pack(updated, text):
    row = IndexRow(article_id=text, partition="date=2026-01-02", n=4, content_hash="h", updated_at=updated,
                   est_bytes=123, guid_key=None, extractor="x", input=text, body_chars=5, bullet_count=0)
    opened = wc.unseal(wc.pack(row))
    assert type(opened) is IndexRow and opened == row and _same_time(opened.updated_at, row.updated_at)
    if updated is not None and updated.tzinfo is timezone.utc and not updated.fold:
        assert b"timezone" not in wc.pack(row)
