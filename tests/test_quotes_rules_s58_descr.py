"""Speakers, stop 58: an office described without its holder's name, in our own words.

- "the President", "the US president", "the premier", "the chancellor" (an office one person holds
  at a time) is the headline's person when that person is the only one the body names before the
  quote, by a first name or a title, even where the body named them before the description
  ("Boris Kellan hinted … “…,” the President told reporters."); before, only a description met
  before the body named the headline's person took it (headline_antecedent).
- A headline's one-word subject is that person where the body gives the word a fuller name:
  "Kellan Signals Tariff Pause", "‘Huge win’: Kellan hails vote" (after a quoted kicker); it is
  read for a description of an office only, never for a pronoun or another description.
- A body credited before (a council, an alliance) does not stop the office: its words are no
  person's; a person credited before does, and so does a sentence of the office that speaks of
  someone beside its holder ("told him", "greeted her", "told the visitor", "told Boris Kellan").
Traps: a role many hold ("the judge", "the minister", "the lawyer"), an office with a word that is
no country's ("the former president", "the company president"), another person named before the
quote, a headline that names no one ("Why Tariffs Matter"), a listener named before, and a
headline whose subject is a place all stay None (rather null than wrong).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(title: str, body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(title, [], body, "en")]


def _last(title: str, body: str) -> str | None:
    return _quotes(title, body)[-1][1]


@pytest.mark.parametrize("title, body, speaker", [
    ("Kellan Signals Tariff Pause",
     "Boris Kellan hinted at a pause on Friday.\nThe U.S. President has long opposed the levies.\n"
     "“We never needed them,” the President told reporters.", "Boris Kellan"),
    ("Varga Unveils Budget Plan",
     "Ilse Varga presented the draft in Parliament on Tuesday.\n"
     "“Every school will get its share,” the premier said after the vote.", "Ilse Varga"),
    ("‘Huge win’: Kellan hails vote",
     "In a short speech, the US president calls it a “decisive mandate” for change. "
     "Afterwards, Boris Kellan says: “We did it.”", "Boris Kellan"),
    ("Marlow Defends Coalition Deal",
     "Petra Marlow spent the morning in Bonn.\nThe Kovian chancellor later called the pact a “solid compromise”.",
     "Petra Marlow"),
])
def test_office_is_the_headline_person(title: str, body: str, speaker: str) -> None:
    quotes = _quotes(title, body)
    office = next(s for t, s in quotes if t not in ("We did it.",))
    assert office == speaker


def test_a_body_credited_before_does_not_stop_the_office() -> None:
    body = ("Boris Kellan hinted at a pause on Friday.\nThe Trade Council says the pause is “not binding” yet.\n"
            "“We never needed them,” the President told reporters.")
    assert _last("Kellan Signals Tariff Pause", body) == "Boris Kellan"


def test_the_quote_after_goes_with_it() -> None:
    body = ("Boris Kellan hinted at a pause on Friday.\n"
            "“We never needed them,” the President told reporters. “Not once in ten years.”")
    assert [s for _, s in _quotes("Kellan Signals Tariff Pause", body)] == ["Boris Kellan", "Boris Kellan"]


@pytest.mark.parametrize("title, body", [
    # a role many hold: the other party of the story, often
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the judge told reporters."),
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the minister told reporters."),
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the 52-year-old lawyer told reporters."),
    # an office with a word that is no country's: another holder
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the former president told reporters."),
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the company president told reporters."),
    # another person named before the quote: two candidates
    ("Kellan Signals Tariff Pause", "Boris Kellan hinted at a pause on Friday. Judge Amy Roth disagreed.\n"
     "“We never needed them,” the President told reporters."),
    ("Kellan Signals Tariff Pause", "Boris Kellan met Omar Haddad, who leads the neighbouring state, on Friday.\n"
     "“We never needed them,” the president told reporters."),
    # a headline that names no one
    ("Why Tariffs Matter", "Boris Kellan hinted at a pause on Friday.\n"
     "“We never needed them,” the President told reporters."),
    # a headline whose subject is a place
    ("Kovia Signals Tariff Pause", "Officials in Kovia hinted at a pause on Friday.\n"
     "“We never needed them,” the President told reporters."),
])
def test_traps_stay_none(title: str, body: str) -> None:
    assert _last(title, body) is None


def test_a_one_word_headline_subject_is_not_a_pronoun_antecedent() -> None:
    # (the one-word subject is read for an office only: "she" after an unnamed woman stays hers)
    body = ("A nurse from the night shift spoke first.\n“We were exhausted,” she said.\n"
            "Boris Kellan listened.")
    assert _quotes("Kellan Signals Tariff Pause", body)[0][1] is None


def test_a_person_credited_before_stops_the_office() -> None:
    body = ("Boris Kellan hinted at a pause on Friday.\n“It is a retreat,” said Amy Roth, a trade analyst.\n"
            "“We never needed them,” the President told reporters.")
    assert _last("Kellan Signals Tariff Pause", body) is None


@pytest.mark.parametrize("title, body", [
    ("Kellan Welcomed in Capital", "Sen. Lara Quist hosted the visit on Friday.\n"
     "“You are welcome here,” the President told Boris Kellan."),
    ("Kellan Welcomed in Capital", "“You are welcome here,” the President told Boris Kellan on Friday."),
    ("Kellan Visits Capital", "Boris Kellan arrived on Friday.\n“You are welcome here,” the President told him."),
    ("Kellan Visits Capital", "Boris Kellan arrived on Friday.\n"
     "“You are welcome here,” the President told the visitor at the airport."),
    ("Kellan Visits Capital", "Boris Kellan arrived on Friday. The premier greeted her at the airport.\n"
     "“You are welcome here,” the premier said."),
])
def test_the_listener_is_not_the_speaker(title: str, body: str) -> None:
    # the headline's person is the one the office holder speaks to or meets
    assert _last(title, body) is None
