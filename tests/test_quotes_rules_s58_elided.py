"""Speakers, stop 58 (issue 16), French: a listener with an elided article between the reporting
verb and its subject, each case in our own words.

"« … », a déclaré à l’AFP Marie Okafor" is the agency wire's own shape; the words after the verb
were read up to the apostrophe of "l’AFP", taken for punctuation that ends the phrase, so the
subject was never reached (no one; "au Monde Marie Okafor" was read). In French an elided article
now stays with its noun (adjunct_subject._WORD_FR), and the outlet is passed over as a listener;
not in Spanish, where "a L’Équipe Kylian Mbappé" would glue the outlet to the name.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_OPENING = "Le conseil municipal a voté le budget mardi soir.\n\n"


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "fr")]


@pytest.mark.parametrize("attribution, speaker", [
    ("a déclaré à l’AFP Léonie Marchetti", "Léonie Marchetti"),
    ("a expliqué à l'AFP Bastien Roux-Maillard", "Bastien Roux-Maillard"),
    ("confie à l’AFP Léonie Marchetti, infirmière à Rodez", "Léonie Marchetti"),
    ("a indiqué à l’AFP l’adjointe aux finances Léonie Marchetti", "Léonie Marchetti"),
    # the subject after a body the words are said before, not an outlet: French never drops it
    ("a lancé à l’Assemblée nationale Léonie Marchetti", "Léonie Marchetti"),
])
def test_a_subject_after_an_elided_listener_is_the_speaker(attribution: str, speaker: str) -> None:
    assert _speakers(_OPENING + f"« Nous tiendrons nos engagements », {attribution}.") == [speaker]


@pytest.mark.parametrize("attribution", [
    "a déclaré à l’AFP un conseiller municipal",    # someone unnamed
    "a déclaré à l’AFP une source proche du dossier",
])
def test_an_unnamed_subject_after_an_elided_listener_names_no_one(attribution: str) -> None:
    assert _speakers(_OPENING + f"« Nous tiendrons nos engagements », {attribution}.") == [None]


def test_spanish_keeps_a_foreign_elided_outlet_apart_from_the_name() -> None:
    # (adversarial read, adv58) read as one word, "L’Équipe" was glued to the speaker's name
    body = "El Real Madrid ganó el domingo.\n\n«Estoy feliz», declaró a L’Équipe Kylian Mbappé."
    assert extract_quotes("", [], body, "es")[0].speaker != "L’Équipe Kylian Mbappé"
