"""The last reader of stop 48: no wrong name from a headline's role, a person's thing, an
appositive's inner clause or a German phrase on a preposition."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _first(title: str, body: str, lang: str) -> str | None:
    return [q.speaker for q in extract_quotes(title, [], body, lang)][0]


_MAYOR = "Mayor Warns of ‘Dark Days’ Ahead"


# A headline's role is the person the body writes it beside (as a title, or set off by commas),
# never a name merely near the word.
@pytest.mark.parametrize("title, body, speaker", [
    (_MAYOR, "Tom Hale, a councillor, said he had spoken to the mayor on Monday.", None),
    (_MAYOR, "Tom Hale, the former mayor, criticized the plan.", None),
    (_MAYOR, "Deputy mayor Ann Lee spoke on Monday.", None),
    (_MAYOR, "Tom Hale wants to be mayor. The incumbent spoke on Monday.", None),
    (_MAYOR, "The mayor of Leeds spoke on Monday. Critics including Tom Hale were unmoved.", None),
    ("Coach Says Team Is ‘Ready’", "Tom Hale, who coached the team until 2019, watched. The new coach spoke.", None),
    (_MAYOR, "Mayor Ann Lee spoke on Monday.", "Ann Lee"),
    ("Iran Makes ‘Good Progress’, Foreign Minister Says",
     "The Iranian minister, Abbas Araghchi, said both sides had agreed.", "Abbas Araghchi"),
])
def test_headline_role_beside_the_name(title: str, body: str, speaker: str | None) -> None:
    assert _first(title, body, "en") == speaker


@pytest.mark.parametrize("title, body, lang", [
    ("Bürgermeisterin warnt vor „dunklen Tagen“", "Anna Keller traf sich mit der Bürgermeisterin am Montag.", "de"),
    ("La alcaldesa advierte de «días oscuros»", "Ana Ruiz criticó a la alcaldesa el lunes.", "es"),
])
def test_headline_role_near_no_holder(title: str, body: str, lang: str) -> None:
    assert _first(title, body, lang) is None


# A person's people are no thing of theirs: "he" after them is not the owner.
@pytest.mark.parametrize("noun", ["pilot", "guard", "chauffeur", "cook", "cop", "men", "gunman", "deputies",
                                  "clerk", "jury"])
def test_thing_owner_not_after_a_persons_people(noun: str) -> None:
    assert _first("", f"Tom Hale’s {noun} arrived on Monday. “It was hard,” he said.", "en") is None


def test_thing_owner_still_reads_a_thing() -> None:
    assert _first("", "Tom Hale’s company went bankrupt last year. “It was hard,” he said.", "en") == "Tom Hale"


# The subject of a clause inside an appositive description is no one the name stands for.
@pytest.mark.parametrize("body, speaker", [
    ("Tom Hale, the officer prosecutors say “lied”, was fired.", None),
    ("Tom Hale, the officer police say “lied”, was fired.", None),
    ("Tom Hale, a nurse colleagues described as “tireless”, died.", None),
    ("Tom Hale, the head of operations, said “it works”.", "Tom Hale"),
])
def test_apposed_name_inner_subject(body: str, speaker: str | None) -> None:
    assert _first("", body, "en") == speaker


# German: a name after an article after a preposition is inside the phrase, no subject.
@pytest.mark.parametrize("body", [
    "„Wir geben nicht auf“, sagte mit Blick auf die Ministerin Eva Roth ein Sprecher.",
    "„Wir geben nicht auf“, sagte im Streit um die Bürgermeisterin Anna Keller ein Anwohner.",
])
def test_german_phrase_object_is_no_subject(body: str) -> None:
    assert _first("", body, "de") is None
