"""Speakers, stop 58 (issue 16), English: a country's possessive before an office ("Denmark’s
foreign minister") is the one person the article titles with that country's office, each case in
our own words.

"the Danish foreign minister" was matched to "Danish Foreign Minister X" by the title's modifiers;
the possessive form was read as no description at all, and the adjective and the country's name
were two different words. A country's possessive now stands in the article's place, and its
adjective and name are one key (country_adjectives.py). Someone's possessive ("Apple’s chief
executive", "Ruiz’s spokesman") is no place: left as before.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "en")]


@pytest.mark.parametrize("body, speaker", [
    ("Norwegian Foreign Minister Ingrid Vatne met her Swedish counterpart in Oslo.\n\n"
     "“We will keep talking,” Norway’s foreign minister said.", "Ingrid Vatne"),
    ("Polish Prime Minister Adam Wrona flew to Kyiv on Monday.\n\n"
     "Poland’s prime minister said the aid was “only the beginning.”", "Adam Wrona"),
    ("South Korean President Park Min-ho met the delegation on Monday.\n\n"
     "“We are allies,” South Korea’s president said.", "Park Min-ho"),
    ("Finland’s Defence Minister Sanna Aho toured the border.\n\n"
     "“The fence works,” Finland’s defence minister said.", "Sanna Aho"),
])
def test_a_countrys_possessive_office_is_its_titled_holder(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize("body", [
    # two foreign ministers of other countries: Norway's is no one named
    "Swedish Foreign Minister Ola Berg met Danish Foreign Minister Eva Holm.\n\n"
    "“We will keep talking,” Norway’s foreign minister said.",
    # a company's possessive is no place
    "Chief Executive Dana Reyes of Orwell Freight spoke first.\n\n"
    "“We will keep talking,” Harlow Bank’s chief executive said.",
])
def test_an_office_of_another_country_or_a_company_names_no_one(body: str) -> None:
    assert _speakers(body) == [None]
