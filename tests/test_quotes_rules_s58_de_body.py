"""Speakers, stop 58 (issue 16), German: a body's name of two words or more after its article,
each case in our own words.

"„…“, teilte die Deutsche Bank mit" gave no one: the body's words kept their German article ("die
Deutsche Bank"), which no name opens on, where "die Deutsche Bahn" (read by another path) was
named. The article is now dropped from a body's name of two words or more whose words are all
capitalized (resolve); a single noun after its article ("die Bank", "die Regierung") and a part of a
body named by a genitive ("die Pressestelle der Bank") stay no one.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_OPENING = "Der Stadtrat stritt am Montag über den Haushalt.\n\n"


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "de")]


@pytest.mark.parametrize("attribution, speaker", [
    ("teilte die Nordische Bank mit", "Nordische Bank"),
    ("erklärte die Westfälische Bank", "Westfälische Bank"),
    ("sagte eine Sprecherin der Nordischen Bank", "Nordische Bank"),
])
def test_a_body_named_in_two_words_after_its_article_speaks(attribution: str, speaker: str) -> None:
    assert _speakers(_OPENING + f"„Die Zahlen sind solide“, {attribution}.") == [speaker]


@pytest.mark.parametrize("attribution", [
    "sagte die Bank",               # a noun after its article: no one named
    "teilte die Regierung mit",
    "sagte die Frau aus Münster",   # someone described, a place after a preposition
    "sagte die Mutter von Lena Brandt",
    # (adversarial read, adv58) a part of a body named by a genitive: no body's name
    "teilte die Pressestelle der Bank mit",
    "teilte der Aufsichtsrat der Bank mit",
    "teilte die Landesgruppe der Union mit",
])
def test_a_noun_or_a_description_after_its_article_names_no_one(attribution: str) -> None:
    assert _speakers(_OPENING + f"„Die Zahlen sind solide“, {attribution}.") == [None]
