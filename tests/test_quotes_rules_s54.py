"""Speakers, stop 54 (issue 16): each case in our own words.

- "the 43-year-old lawyer" stands for the one person the article gave that age ("Jorge Morell,
  43,"), as "the 43-year-old" does, unless the article described that person with another noun
  ("Ann Lee, 43, a nurse," is not "the 43-year-old lawyer") (resolve, described.described_otherwise).
- A title-case quote that opens its sentence and is followed only by its attribution ("“Never
  Again,” she said.", „Keine Worte“, schrieb sie.) is speech, not the name of a work; a sentence
  that goes on after the attribution ("“Star Wars,” he said, is his favourite.") keeps it a name
  (said_alone.py).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, lang: str = "en") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


def _last(body: str, lang: str = "en") -> str | None:
    return _quotes(body, lang)[-1][1]


# --- An age and a noun -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Nadia Osei, 52, has run the bakery since 1998. “We never close on Sundays,” the 52-year-old baker said.",
     "Nadia Osei"),
    ("Omar Brandt, 29, was fined on Monday. “I accept it,” the 29-year-old driver told the court.", "Omar Brandt"),
    ("Nadia Osei, 52, a baker, opened at dawn. “We never close,” the 52-year-old baker said.", "Nadia Osei"),
])
def test_an_age_and_a_noun_stand_for_the_one_of_that_age(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Nadia Osei, 52, a nurse, opened at dawn. “We never close,” the 52-year-old baker said.",
    "Nadia Osei, 52, and Li Wen, 52, run the bakery. “We never close,” the 52-year-old baker said.",
    "Omar Brandt, 31, was fined on Monday. “I accept it,” the 29-year-old driver told the court.",
])
def test_but_not_one_described_otherwise_nor_one_of_two(body: str) -> None:
    assert _last(body) is None


# --- A title-case quote that is speech ----------------------------------------------------------------

@pytest.mark.parametrize("body, lang, speaker", [
    ("Ann Vogt lost the final in three sets. “Never Again,” she said.", "en", "Ann Vogt"),
    ("Ann Vogt lost the final. “Pure Relief,” wrote Vogt on Instagram.", "en", "Ann Vogt"),
    ("Lena Maier verlor das Finale. „Keine Worte“, schrieb sie.", "de", "Lena Maier"),
    ("Lena Maier verlor das Finale. „Große Leere“, sagte Maier nach dem Spiel.", "de", "Lena Maier"),
])
def test_a_title_case_quote_with_only_its_attribution_is_speech(body: str, lang: str, speaker: str) -> None:
    text, who, kind = _quotes(body, lang)[-1]
    assert (who, kind) == (speaker, "direct")


@pytest.mark.parametrize("body, lang", [
    ("Ann Vogt likes old films. “Star Wars,” she said, is still her favourite.", "en"),
    ("Tom Weber liest viel. „Krieg und Frieden“, sagte er, sei sein Lieblingsbuch.", "de"),
    ("Ann Vogt likes old films. “Star Wars” is her favourite, she said.", "en"),
])
def test_but_a_name_the_sentence_goes_on_about_stays_scare(body: str, lang: str) -> None:
    assert _quotes(body, lang)[0][1:] == (None, "scare")
