"""Rule ``joined_clause`` (transforms/quotes/joined_clauses.py), on made-up sentences: a quote
opening in lower case after an abbreviation's stop or after a dash inside the writer's sentence
is a clause of that sentence, ``partial``; a quote after a verb of saying and a dash (the second
half of a split quotation) and a capitalised sentence after an abbreviation stay ``direct``."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.joined_clauses import is_abbreviation, joins_writer_sentence
from tests.quote_probes import first_quote


@pytest.mark.parametrize("text,words", [
    ("Mayor Dana Kerr said the U.S. “must pay for the bridge.”", "must pay for the bridge."),
    ("Vell falsely claimed that the U.K. “built” the harbor in a year.", "built"),
    ("The ferry was a “floating ruin” – “rusty from bow to stern”, a pilot wrote.", "rusty from bow to stern"),
    ("The toll will rise in June – “until the bridge is paid for,” Kerr said.", "until the bridge is paid for,"),
    ("The fee will rise in June—“until the council agrees,” Kerr said.", "until the council agrees,"),
])
def test_clauses_joined_to_the_writers_sentence_are_partial(text, words):
    assert first_quote(text, words).kind == "partial"


@pytest.mark.parametrize("text,words", [
    ("“We will,” Kerr said — “and we must.”", "and we must."),
    ("Kerr moved to the U.S. “It was hard for all of us,” she said.", "It was hard for all of us,"),
    # a whole lower-case sentence after a dash, then its attribution
    ("The vote was close. Then – “we will see what happens next,” Kerr said.", "we will see what happens next,"),
    ("Dana Kerr paused – “well, we will see what happens next,” she said.", "well, we will see what happens next,"),
    ("Vell looked at the river — “they never fixed the bridge,” he said.", "they never fixed the bridge,"),
])
def test_split_halves_and_new_sentences_stay_direct(text, words):
    assert first_quote(text, words).kind == "direct"


@pytest.mark.parametrize("word,expected", [
    ("U.S.", True), ("D.C.", True), ("Dr.", True), ("(U.K.", True), ("harbor.", False), ("end.", False),
])
def test_is_abbreviation(word, expected):
    assert is_abbreviation(word) is expected


def test_joins_writer_sentence_needs_a_lower_case_opening():
    text = "said the U.S. “Must pay”"
    assert not joins_writer_sentence(text, text.index("“") - 2, "Must pay")
    assert joins_writer_sentence(text, text.index("“") - 2, "must pay")
