"""Speakers, stop 58 (issue 16), English: "a spokeswoman for <body>" speaks for the body wherever
the mention stands, each case in our own words; narrowed after the adversarial read to names that
are plainly a body's (an organisation's word last, or first before "of"; an acronym the article
spells out as a body), so that a person's spokesman stays unnamed.

A lead-in ("A spokeswoman for the Harbor Trust said: “…”") gave the body already; the same words
after the quote gave no one, since any capitalized name after an agent's "for" was read as a
person the agent speaks for (unnamed.speaks_for_someone). The name is now read (voice_owner.
voice_for): a body is the speaker at its fullest form; a person's spokesman stays unnamed.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "en")]


_OPENING = "The council voted on the depot plan late on Monday.\n\n"


@pytest.mark.parametrize("attribution, speaker", [
    ("said a spokeswoman for Orwell Freight Group", "Orwell Freight Group"),
    ("a spokesman for the Kestrel Valley Water Board said", "Kestrel Valley Water Board"),
    ("said a spokesperson for the Ministry of Rural Transport", "Ministry of Rural Transport"),
    ("the spokesman for the U.K. Foreign Office told reporters", "U.K. Foreign Office"),
])
def test_a_spokesperson_for_a_named_body_after_the_quote_is_the_body(attribution: str, speaker: str) -> None:
    assert _speakers(_OPENING + f"“The depot will open on time,” {attribution}.") == [speaker]


def test_the_body_is_given_at_the_fullest_form_written_before() -> None:
    body = ("The Kestrel Valley Water Board bought the depot in 2019. Its rivals objected.\n\n"
            "“The depot will open on time,” said a spokeswoman for the Water Board.")
    assert _speakers(body) == ["Kestrel Valley Water Board"]


@pytest.mark.parametrize("attribution", [
    "said a spokesman for the Brennan family",          # a lower-case group: left to the kinds' rules
    "said a spokeswoman for Councillor Mae Brennan",    # a titled person: the agent is unnamed
    "said a spokesman for Gov. Ira Talbot",
    "said a spokesperson for Ms. Brennan",
    "said a spokesman for Helen",                        # a first name: a person
    "said a spokesperson for Orwell Freight’s owners",  # a possessive: someone's group
    "said a lawyer for Orwell Freight Group",            # a lawyer does not speak for the body
    # (adversarial read, adv58) a person's spokesman, a title, a bare noun: unnamed
    "said a spokesman for Macron",
    "said a spokesperson for Taylor Swift",
    "said a spokesman for Harlow Bank Chief Executive Tom Hale",
    "said a spokesman for the Secretary of State",
    "said a spokesman for the Ministry",
    "said a spokeswoman for the Smiths",
    "said a spokesperson for Quillfeather",              # one word: a body or a person, not known
])
def test_a_spokesperson_for_a_person_or_a_group_stays_unnamed(attribution: str) -> None:
    assert _speakers(_OPENING + f"“The depot will open on time,” {attribution}.") == [None]


def test_an_acronym_the_article_spells_out_as_a_body_is_the_body() -> None:
    body = ("Ministers of the Northern Shipping Union (NSU) met in Tallinn.\n\n"
            "“The depot will open on time,” said a spokesman for the NSU.")
    assert _speakers(body) == ["Northern Shipping Union"]


@pytest.mark.parametrize("owner", ["the DA", "AOC", "the NSU"])
def test_an_acronym_not_spelled_out_as_a_body_stays_unnamed(owner: str) -> None:
    # (final read, s58) "the DA" is a person's office, "AOC" a person; an acronym the article never
    # spells out may be either
    assert _speakers(_OPENING + f"“The depot will open on time,” said a spokesman for {owner}.") == [None]


def test_a_spokesperson_for_a_person_the_article_names_stays_unnamed() -> None:
    body = ("Mae Brennan chairs the planning board.\n\n"
            "“The depot will open on time,” said a spokesman for Brennan.")
    assert _speakers(body) == [None]


def test_the_spokesperson_named_after_a_comma_is_the_speaker() -> None:
    body = _OPENING + "“The depot will open on time,” a spokesman for the Water Board, Ravi Mistry, said."
    assert _speakers(body) == ["Ravi Mistry"]
