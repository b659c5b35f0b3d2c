"""``body_by_kind`` (transforms/quotes/named_bodies.py): "the ministry said" is the one ministry
the article named before the quote; none, or two of them: null (the annotation guide: a
description that refers to an organisation the article names is that organisation)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.named_bodies import body_by_kind
from newsbeam.transforms.quotes.names import NameIndex
from tests.quote_probes import speakers_of


@pytest.mark.parametrize("body, speaker", [
    ("Marlovia’s foreign ministry rejected the plan on Monday. “We reject it in any form,” the "
     "ministry said.", "Marlovia’s foreign ministry"),
    ("The Ministry of Coastal Affairs met on Monday. “We reject it in any form,” the ministry said.",
     "Ministry of Coastal Affairs"),
    ("The Dorvan Harbour Committee met on Monday and praised what the committee called “a fair deal "
     "for the port.”", "Dorvan Harbour Committee"),
    ("Dorvan’s Mission to the United Nations wrote to the council. “We will answer,” the mission said.",
     "Dorvan’s Mission to the United Nations"),
    # two ministries: no telling which
    ("The Ministry of Health and the Ministry of Defence met. “We reject it in any form,” the "
     "ministry said.", None),
    # none named: null
    ("Officials met on Monday. “We reject it in any form,” the ministry said.", None),
    # a body of a like kind came nearer ("the agency" may be the commission)
    ("The Dorvan Press Agency said the moon was seen. The Space Research Commission disagreed. "
     "“It was not seen,” the agency said.", None),
    # a body of another kind in between does not stand in the way
    ("Marlovia’s foreign ministry spoke on Monday. The Harbour Authority agreed. “We reject it in "
     "any form,” the ministry said.", "Marlovia’s foreign ministry"),
])
def test_body_by_kind_in_articles(body: str, speaker: str | None) -> None:
    assert speakers_of(body)[-1] == speaker


@pytest.mark.parametrize("words", [
    ["the", "company"],    # not a kind whose name carries its word
    ["a", "ministry"],     # someone else's, not one already met
    ["the", "Ministry"],   # capitalized: read as a name elsewhere
    ["the", "foreign", "ministry"],
])
def test_body_by_kind_reads_only_the_and_a_kind(words: list[str]) -> None:
    text = "The Ministry of Coastal Affairs and the Dorvan Company met. “No,” "
    assert body_by_kind(words, ArticleContext(NameIndex([text])), text, len(text)) is None


# The second reading of issue 16 (made-up sentences): a nearer or wrong body of the kind's word.
@pytest.mark.parametrize("body", [
    # a party held at Christmas, a trade union after a union of states, a school in a biography
    "Guests at the Winter Party in the hall ate soup. “We won fairly,” the party said.",
    "Pacific Union envoys met on Friday. Bus drivers struck. “We will stay out,” the union said.",
    # a mission named without "to"/"of": a programme, not a body
    "Gemini Mission veterans met in Dorvan. “The truce is holding,” the mission said.",
    # a person whose surname is the kind's word
    "Swimming champion Laura Court opened the pool on Monday. “The appeal is dismissed,” the court said.",
    # a lowercase board of another owner came nearer
    "Ann Vale sits on the Dorvan Museum Board. Later the bus company's board met. “Fares will fall,” the board said.",
])
def test_body_by_kind_wrong_bodies_give_null(body: str) -> None:
    assert speakers_of(body)[-1] is None


@pytest.mark.parametrize("body", [
    # a name stops before a day, and never runs over a full stop
    "A study by the Ministry of Fisheries Monday found fewer fish. “Stocks are low,” the ministry said.",
    "The notice came from the Ministry of Fisheries. Staff stayed calm. “Nothing is wrong,” the ministry said.",
])
def test_body_by_kind_name_stops_at_its_end(body: str) -> None:
    assert speakers_of(body)[-1] == "Ministry of Fisheries"


def test_body_by_kind_shows_its_name_in_explain() -> None:
    body = "The Ministry of Coastal Affairs met on Monday. “We reject it,” the ministry said."
    assert [q.rule for q in extract_quotes("", [], body, "en")][-1] == "body_by_kind"
