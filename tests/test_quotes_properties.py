"""Properties that hold for any text: no exception, exact offsets, the same answer twice."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeam.schemas.records import ATTRIBUTIONS, KINDS
from newsbeam.transforms.quotes import extract_quotes

MARKS = ["\"", "'", "''", "``", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "‚"]
WORDS = ["said", "says", "told", "according to", "he", "she", "Trump", "Mr.", "Jane Doe", "the",
         "president", "migrants", "don", "t", "s", "90s", ",", ".", ":", "—", "(", ")", "who",
         "saying", "Ms. Alvarez", "U.S.", "HOST:", "a", "The Union"]
SEPARATORS = [" ", "", "\n", "\n\n", " \n "]

# Text made of the pieces quote extraction is sensitive to, in any order.
quoteish = st.lists(st.sampled_from(MARKS + WORDS + SEPARATORS), max_size=60).map("".join)
any_text = st.text(max_size=300)
zone_text = st.one_of(any_text, quoteish)


def _check(title, bullets, body):
    quotes = extract_quotes(title, bullets, body)
    zones = {"title": title, "body": body}
    for n, q in enumerate(quotes):
        assert q.position == n
        text = bullets[q.zone_index] if q.zone == "bullet" else zones[q.zone]
        assert q.zone == "bullet" or q.zone_index == 0
        assert 0 <= q.start_char < q.end_char <= len(text)
        assert text[q.start_char:q.end_char] == q.text
        assert q.attribution in ATTRIBUTIONS and q.kind in KINDS
        assert (q.kind == "scare") <= (q.speaker is None and q.attribution == "none")
    assert extract_quotes(title, bullets, body) == quotes
    return quotes


@settings(max_examples=120, deadline=None)
@given(any_text, st.lists(any_text, max_size=3), any_text)
def test_arbitrary_unicode(title, bullets, body):
    _check(title, bullets, body)


@settings(max_examples=200, deadline=None)
@given(quoteish, st.lists(quoteish, max_size=3), quoteish)
def test_marks_apostrophes_and_words(title, bullets, body):
    _check(title, bullets, body)


@settings(max_examples=80, deadline=None)
@given(st.lists(zone_text, min_size=1, max_size=8))
def test_long_bodies_of_many_paragraphs(paragraphs):
    _check("", [], "\n\n".join(paragraphs))
