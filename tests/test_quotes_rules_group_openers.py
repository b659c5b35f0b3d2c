"""A quote whose own sentence opens on an unnamed group ("Rights groups estimate ...") does not go
on with the speaker quoted before: partial, null (issue 16: a new speaker enters unnamed)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.group_openers import opening_group


def _quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("", [], body, "en")]


@pytest.mark.parametrize("body, last", [
    ('When Tom Hale told the crowd that “help is coming,” he did not expect the reaction. Rights '
     'groups are estimating the number of people hurt as ranging from “more than 200 people” to '
     'hundreds more.', (None, "partial")),
    ('“We will win,” said Tom Hale. Some analysts think the plan is “a pleasant fantasy.”',
     (None, "partial")),
    # the same speaker goes on where no one new opens the sentence
    ('“We will win,” said Tom Hale. He added that the plan is “a pleasant fantasy.”',
     ("Tom Hale", "partial")),
])
def test_group_opening_the_quote_sentence(body: str, last: tuple[str | None, str]) -> None:
    assert _quotes(body)[-1] == last


@pytest.mark.parametrize("sentence, group", [
    ("Rights groups are estimating the toll", "Rights groups"),
    ("Some analysts said that", "Some analysts"),
    ("Critics argue the plan", "Critics"),
    ("The researchers said", None),   # a team named before: left to its lead
    ("Democrats argue", None),        # a party is named
    ("Tom Hale said", None),
    ("Voters, however, said", None),  # not a plain noun phrase before its verb
])
def test_opening_group(sentence: str, group: str | None) -> None:
    found = opening_group(sentence, 0, len(sentence))
    assert (sentence[found[0]:found[1]] if found else None) == group


def test_opening_group_of_three_words_after_space() -> None:
    text = "x.  Human rights groups are estimating"
    found = opening_group(text, 2, len(text))
    assert found is not None and text[found[0]:found[1]] == "Human rights groups"


@pytest.mark.parametrize("text", [
    "to encourage Hillside voters to turn away",
    "and that the mayor's aides were dragging",
])
def test_no_group_in_a_clause(text: str) -> None:
    assert opening_group(text, 0, len(text)) is None
