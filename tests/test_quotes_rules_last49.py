"""Speakers, last read of stop 49: names written with a quoted nickname (nicknames.py), mended as
mechanisms, each in our own words.

- More given names before the nickname stay in the fullest form: a second given name of the same
  sex ("Mary Ann “Sunny” Lee", "Anna Maria „Die Neue“ Keller") or a middle initial ("Tom R.
  “Tig” Tiegan"); a title or a noun of a person before the given name does not ("Former Senator
  Ann …", "Veteran Marine John …": "Marine" is a first name of the other sex).
- The nickname alone names the one person written with it ("said Tig" -> "Tom Tiegan"), unless
  the article writes the word before another capitalized word ("Sunny Kemp", "the Orlando Magic")
  or gives two people that nickname.
- Two people sharing a surname: the one the article introduces first, also when it introduces
  them with a nickname between their names (``NameIndex.fullest_near``).

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last(body: str, lang: str = "en") -> str | None:
    return extract_quotes("", [], body, lang)[-1].speaker


@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "Mary Ann “Sunny” Lee spoke on Monday. “I am ready,” said Lee.", "Mary Ann Lee"),
    ("en", "Tom R. “Tig” Tiegan spoke on Monday. “I am ready,” Tiegan said.", "Tom R. Tiegan"),
    ("de", "Anna Maria „Die Neue“ Keller trat an. „Ich bin bereit“, sagte Keller.", "Anna Maria Keller"),
    ("en", "Former Senator Ann “Sunny” Lee spoke on Monday. “I am ready,” said Lee.", "Ann Lee"),
    ("en", "Veteran Marine John “Tig” Tiegan spoke on Monday. “I am ready,” Tiegan said.", "John Tiegan"),
])
def test_given_names_before_a_nickname(lang: str, body: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "Tom “Tig” Tiegan spoke on Monday. “I am ready,” said Tig.", "Tom Tiegan"),
    ("en", "Tom “Tig” Tiegan spoke on Monday. “I am ready,” Tig said.", "Tom Tiegan"),
    ("de", "Daniela „Dani“ Brückner trennt sich. „Ich bin traurig“, sagte Dani.", "Daniela Brückner"),
    ("en", "Tom “Sunny” Lee sang. Sunny Kemp, his agent, watched. “It went well,” said Sunny.", "Sunny"),
    ("en", "Tom “Tig” Tiegan sang. Ann “Tig” Roe danced. “It went well,” said Tig.", "Tig"),
    ("en", "Earvin “Magic” Hanson spoke. The Orlando Magic lost. “We will be back,” the Magic said.",
     "Orlando Magic"),
])
def test_nickname_alone(lang: str, body: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Ann “The Voice” Lee sang on Monday. Her cousin Tom Lee watched. “I am proud,” said Lee.", "Ann Lee"),
    ("Tom Lee watched. Ann “Sunny” Lee sang on Monday. “I was nervous,” Lee said.", "Tom Lee"),
    ("Tom Lee watched. Ann “Sunny” Lee sang on Monday. “I was nervous,” Ann Lee said.", "Ann Lee"),
])
def test_namesakes_one_written_with_a_nickname(body: str, speaker: str) -> None:
    assert _last(body) == speaker
