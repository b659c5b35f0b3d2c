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
