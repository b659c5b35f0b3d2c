"""One quoted word of scope (a quantifier or a negation: "all", "never", "jamais") after a named
subject: the subject's wording, partial, not the writer's scare quote (``kinds.is_scope_word``,
used by the one-word guard of the sentence-subject fallback in extract.py). Hand-written sentences.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.kinds import is_scope_word

LEAD = "Shares of Halvora rose on Monday.\n\n"


def _only(body: str):
    quotes = extract_quotes("", [], body)
    assert len(quotes) == 1
    return quotes[0]


@pytest.mark.parametrize("quoted, expected", [
    ("all", True), ("never", True), ("none.", True), ("jamais", True), ("nur", True),
    ("All", False),        # a capital: a name or a title ("the “All” button")
    ("toolkit", False),    # a content word: a term, the writer's scare quote
    ("all of them", False),
])
def test_is_scope_word(quoted, expected):
    assert is_scope_word(quoted) is expected


def test_scope_word_stays_the_subjects():
    q = _only(LEAD + "Halvora began blocking “all” AI crawlers last year.")
    assert (q.text, q.kind, q.speaker, q.rule) == ("all", "partial", "Halvora", "sentence_subject")


def test_content_word_stays_a_scare_quote():
    q = _only(LEAD + "Halvora built a “toolkit” for shops last year.")
    assert (q.kind, q.speaker) == ("scare", None)


def test_scope_word_quoted_as_a_word_stays_a_scare_quote():
    q = _only(LEAD + "Halvora printed words such as “never” on its bags.")
    assert (q.kind, q.speaker) == ("scare", None)


def test_scope_word_without_a_named_subject_stays_a_scare_quote():
    q = _only("The crawlers came back, but “all” of them were slower.")
    assert q.speaker is None
