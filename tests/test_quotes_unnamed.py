"""Mentions that name no one though they hold capitalized words (transforms/quotes/unnamed.py),
with made-up sentences: a lowercase description tied to a place or a person, and capitalized runs
that "he" or "she" cannot stand for."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.unnamed import described_holder, pronoun_can_name


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body) if q.zone == "body"]


@pytest.mark.parametrize("body, expected", [
    # The place or the employer after "of"/"for" is not the speaker; the person is unnamed.
    ('"The nights are loud," said a resident of Dorvan, a town in the hills.', [None]),
    ('"The minister is busy," said a spokesperson for Marlow on Tuesday.', [None]),
    ('"We saw the smoke," the resident of Kelby said.', [None]),
    # A named body still speaks for itself.
    ('"Fares will rise," said the Harbor Transit Authority.', ["Harbor Transit Authority"]),
], ids=["a-resident-of", "a-spokesperson-for", "the-resident-of", "a-named-body"])
def test_a_described_person_tied_to_a_place_is_unnamed(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("words, expected", [
    (["resident", "of", "Dorvan"], True),
    (["senior", "spokesperson", "for", "Marlow"], True),
    (["Labour", "spokesperson", "for", "Health"], False),  # a capitalized word before the link
    (["University", "of", "Kelby"], False),
    (["report", "by", "Lee"], False),
])
def test_described_holder(words, expected):
    assert described_holder(words) is expected


@pytest.mark.parametrize("name, expected", [
    ("U.S. AI", False), ("H200 AI", False), ("July Thailand", False), ("Finance Minister", False),
    ("CAIR", False), ("Nora Pell", True), ("May Olsen", True), ("Pell", True),
])
def test_pronoun_can_name(name, expected):
    assert pronoun_can_name(name) is expected


@pytest.mark.parametrize("later", ["Buyers want the H200 AI chips most.", "Exports of U.S. AI chips grew."])
def test_he_skips_capitalized_words_that_are_no_person(later):
    """"AI" right before the quote widens to a longer run the article uses later ("U.S. AI"):
    no person; "he" is the researcher named before it."""
    body = ('Firms are racing to build models, says policy researcher Tom Reyes: to deploy AI in '
            'offices and to sell AI.\n\n"I think we are ahead," he says.\n\n' + later)
    assert speakers(body) == ["Tom Reyes"]
