"""Speakers, stop 59 (issue 16), English: "he" or "she" after a person introduced by a noun of
their trade that the role lists lack, and after a sentence about them whose subject is a thing;
each case in our own words.

"The Australian singer Tom Luboku released an EP. “…,” he says." gave Tom Luboku, but with
"musician", "producer" or "artist" it gave no one: the subject was read as "The Australian" (the
lists hold "singer", not "musician"), a thing. And "The EP allowed him to reflect. “…,” he says."
after a paragraph naming him stopped the pronoun's walk back at "The EP" (a real page: a music
magazine's record of the week). A lower-case noun with an agent's ending right before a one-sex
first name and a surname now ends no subject (person_nouns.role_before_name), the name after it is
the subject's person (traded_name), and a sentence whose subject is a thing or "it" but which
holds "him"/"his" ("her") lets the walk go on to the paragraph before.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_QUOTE = "“When you look at that picture, you cannot help but think,” he says."


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "en")]


@pytest.mark.parametrize("noun", ["musician", "producer", "artist", "neurosurgeon", "speechwriter", "singer"])
def test_a_trade_noun_before_the_name_keeps_the_subject(noun: str) -> None:
    body = f"The Australian {noun} Tom Luboku released a record on Friday.\nHe reflects on the planet.\n{_QUOTE}"
    assert _speakers(body) == ["Tom Luboku"]


@pytest.mark.parametrize("middle", [
    "The record allowed him to reflect on the planet.",
    "It allowed him to reflect on the planet.",
    "The tour took him to Berlin and Oslo.",
])
def test_a_sentence_about_him_with_a_thing_as_subject_goes_on_to_the_name(middle: str) -> None:
    body = f"The Australian musician Tom Luboku released a record on Friday.\n{middle}\n{_QUOTE}"
    assert _speakers(body) == ["Tom Luboku"]


@pytest.mark.parametrize("body", [
    # traps: no one of that sex is named before, or two are
    "The record was released on Friday.\nIt allowed him to reflect on the planet.\n" + _QUOTE,
    "The Australian musician Tom Luboku and the producer Sam Ortiz released a record on Friday.\n"
    "The record allowed him to reflect on the planet.\n" + _QUOTE,
    "The tenants’ organiser Tom Luboku met the landlord Sam Ortiz on Friday.\n"
    "The meeting left him angry.\n" + _QUOTE,
])
def test_no_name_is_guessed_where_the_passage_does_not_say_who(body: str) -> None:
    assert _speakers(body) == [None]


def test_a_name_that_qualifies_a_thing_is_still_no_subject() -> None:
    # (stop 45's trap) "The EP (its first track samples Anne Sexton) allowed ..."
    body = ("Given its inspiration (the first track samples the voice of the poet Anne Sexton) the EP "
            "allowed Tom Luboku to reflect.\n“When you look at that picture, you cannot help but think,” she says.")
    assert _speakers(body) == [None]


def test_the_walk_stops_at_a_sentence_that_names_another_man() -> None:
    body = ("The Australian musician Tom Luboku released a record on Friday.\n"
            "The record reached Sam Ortiz, who played it for his students.\n" + _QUOTE)
    assert _speakers(body) == ["Sam Ortiz"]  # the nearest man, as before; never walked past him
