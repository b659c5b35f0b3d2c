"""Rule ``owned_name`` (transforms/quotes/owned_names.py), on made-up sentences: a quoted name in
title case right after an owner (``his``, ``its``, ``Lee’s``) is the owner's plan or product, a
scare quote with no speaker, even in a sentence that reports speech; after a verb of naming it
stays the namer's words."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.owned_names import after_owner


def _quote(text: str, words: str, lang: str = "en"):
    quotes = extract_quotes(None, None, text, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text,words", [
    ("Mayor Dana Kerr has described her proposed “River Shield” as the best plan in decades.", "River Shield"),
    ("Senator Amos Vell criticized the budget and dropped Lee from his “Harbor Council” last week.", "Harbor Council"),
    ("The two agreed on a deal amid Kerr’s early “Green Streets” housing push, Vell said.", "Green Streets"),
])
def test_owned_names_are_scare(text, words):
    q = _quote(text, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("text,words", [
    ("Dana Kerr called her rival’s proposal “Total Nonsense” on Monday.", "Total Nonsense"),
    ("Amos Vell dubbed the mayor’s budget “Hollow Promises” in a speech.", "Hollow Promises"),
])
def test_a_naming_verb_before_the_owner_keeps_the_callers_words(text, words):
    q = _quote(text, words)
    assert q.kind == "partial"


def test_a_name_someone_calls_a_person_stays_theirs():
    q = _quote("Dana Kerr called her rival “Captain Chaos” at the rally.", "Captain Chaos")
    assert q.kind == "partial"


@pytest.mark.parametrize("before,expected", [
    ("described his proposed ", True),
    ("dropped Lee from his Gaza ", True),
    ("amid Kerr’s early ", True),
    ("called his rival ", False),   # a verb of naming
    ("called her rival’s proposal ", False),  # the verb before the owners
    ("dubbed the mayor’s new ", False),
    ("described the port as vital to his proposed ", True),  # "as" well before the owner
    ("known to his friends as ", False),
    ("said the ", False),           # no owner
    ("his plan — ", False),         # punctuation between
    ("", False),
])
def test_after_owner(before, expected):
    text = before + "“Blue Line”"
    assert after_owner(text, len(before)) is expected
