"""German speakers, stop 40 second round (issue 16): made-up sentences, grouped by mechanism.

german_das: Portuguese's name particle "das" ("Maria das Dores") is German's neuter article. In
German text the name index no longer joins a capitalized noun, "das" and a noun into a name
("bis zu einem gewissen Grad das Modell"): the noun ("Modell") was taken for someone's surname,
so a sentence naming a person and that noun ("entwickelte Foucault ein neues Modell:") named
two people and credited no one.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names import NameIndex

# --- german_das: "das" joins no name in German -----------------------------------------------------

_NOUN_AFTER_DAS = ("Der Soziologe Michel Foucault lehrte in Paris. Bis zu einem gewissen Grad "
                   "prägte das Modell der Klinik sein Denken, bis zu einem gewissen Grad das Modell "
                   "des Gefängnisses. ")


@pytest.mark.parametrize("lead", [
    "Um den Wandel zu zeigen, entwickelte Foucault ein neues Modell:",
    "Danach erweiterte Foucault sein Modell:",
])
def test_a_noun_after_das_is_no_second_person_in_the_lead_in(lead: str) -> None:
    body = _NOUN_AFTER_DAS + lead + " „Die Macht wird nicht besessen, sie wird in jedem Moment ausgeübt.“"
    assert extract_quotes("", [], body, "de")[-1].speaker == "Michel Foucault"


@pytest.mark.parametrize("noun", ["Modell", "Konzept", "Bild"])
def test_a_noun_after_das_is_no_surname_in_german(noun: str) -> None:
    text = f"Karl Obermaier kam. Bis zu einem gewissen Grad das {noun} prägte ihn. Das {noun} blieb."
    with use("de"):
        names = NameIndex([text])
        assert not names.is_person(noun)
        assert names.fullest(noun) == noun


def test_das_still_joins_a_portuguese_name_outside_german() -> None:
    text = "A professora Maria das Dores chegou. Dores falou depois com os alunos."
    with use("pt"):
        assert NameIndex([text]).fullest("Dores") == "Maria das Dores"


def test_other_particles_still_join_a_name_in_german() -> None:
    text = "Die Ministerin Ursula von der Leyen kam. Danach sprach von der Leyen mit Gästen."
    with use("de"):
        assert NameIndex([text]).fullest("Leyen") == "Ursula von der Leyen"


# --- so_counted: "so" + a description with a count in figures ----------------------------------------

_RACE = ("Die Läuferin Anna Keller gewann das Rennen am Sonntag. „Es war ein harter Tag für mich und "
         "das ganze Team“, sagte Keller. „Ich habe lange auf diesen Tag gewartet und bin sehr froh“, ")


@pytest.mark.parametrize("tail", [
    "so die 2-fache Siegerin.",
    "so die 3-malige Olympiasiegerin rückblickend.",
    "so die zweifache Siegerin.",
])
def test_a_counted_description_after_so_is_the_one_woman_quoted_before(tail: str) -> None:
    quote = extract_quotes("", [], _RACE + tail, "de")[-1]
    assert (quote.speaker, quote.rule) == ("Anna Keller", "after_quote")


def test_a_counted_description_is_no_one_when_two_people_fit() -> None:
    body = ("Karl Obermaier und Jonas Brandt gewannen am Sonntag in Berlin vor vielen Gästen. "
            "„Wir sind sehr froh über diesen Sieg“, so der 2-fache Sieger.")
    assert extract_quotes("", [], body, "de")[-1].speaker is None


def test_a_counted_description_of_the_other_sex_is_no_one() -> None:
    assert extract_quotes("", [], _RACE + "so der 2-fache Sieger.", "de")[-1].speaker is None


def test_a_count_before_a_thing_is_no_attribution() -> None:
    body = ("Anna Keller stellte den Plan am Montag vor. „Wir bauen zwei neue Hallen und eine "
            "Brücke“, so der 3-fache Plan der Stadt.")
    quote = extract_quotes("", [], body, "de")[-1]
    assert quote.rule != "after_quote"
