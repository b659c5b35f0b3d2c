"""Speakers, stop 58 (issue 16), French: a paragraph that opens on the pronoun and its verb before
a colon, « Elle explique : « … » », after a paragraph that names one person, each case in our own
words.

The paragraph's lead was read as "only the pronoun and its verb before a colon" when the colon
was glued to the verb (German "Sie erklärt:"); French sets a space before the colon, so the colon
stood as a word of its own and the lead was not recognized: no one. The space is now read as
French writes it; who the pronoun is stays as before (one person of that gender named before).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "fr")]


@pytest.mark.parametrize("body, speaker", [
    ("Odile Ferrand tient la quincaillerie du village depuis 1998.\n\nElle raconte : « Les clients reviennent. »",
     "Odile Ferrand"),
    ("Bastien Morel répare des vélos à Nantes.\n\nIl explique : « Chaque pièce compte ».", "Bastien Morel"),
    ("Odile Ferrand tient la quincaillerie.\n\nElle poursuit\u00a0: « Les clients reviennent. »", "Odile Ferrand"),
])
def test_a_pronoun_lead_in_with_a_spaced_colon_after_one_person(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize("body", [
    # another gender, two women, someone new in between: no one
    "Bastien Morel répare des vélos.\n\nElle raconte : « Les clients reviennent. »",
    "Odile Ferrand et Claire Vidal tiennent la quincaillerie.\n\nElle raconte : « Les clients reviennent. »",
    "Odile Ferrand tient la quincaillerie. Sa fille l'aide le samedi.\n\nElle raconte : « Les clients reviennent. »",
    # (adversarial read) a verb that is no verb of saying before the colon: what she reads or cites
    "Odile Ferrand tient la quincaillerie.\n\nElle lit le panneau : « Fermé le lundi. »",
    "Odile Ferrand tient la quincaillerie.\n\nElle cite son père : « Le client a toujours raison. »",
])
def test_a_pronoun_lead_in_that_could_be_someone_else_names_no_one(body: str) -> None:
    assert _speakers(body) == [None]
