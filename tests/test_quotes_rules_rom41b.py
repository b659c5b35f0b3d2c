"""French pronouns after a person named once (issue 16, stop 41, rom41b), on made-up sentences
grouped by shape. Real French news names most people once, first name and surname, often after
their verb ("…, a déclaré dimanche le ministre de la Coopération, Paul Mercadier.") or with no
title, then quotes them by "a-t-il déclaré" / "selon elle". The shapes were counted in real
French news (docs/quality.md, "Stop 41, rom41b"); the sentences here are our own."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str, words: str) -> str | None:
    quotes = [q for q in extract_quotes("", [], body, "fr") if q.text == words]
    assert len(quotes) == 1
    return quotes[0].speaker


_QUOTE = "\n« Les réserves de blé suffiront jusqu’au printemps », a-t-{p} ajouté devant la presse.\n"
_WORDS = "Les réserves de blé suffiront jusqu’au printemps"


# given_fr.given_named_fr (through implied.sole_person_in): the one person a sentence or the
# paragraph before names by first name and surname is the pronoun's, named once.
@pytest.mark.parametrize("lead, pronoun, speaker", [
    ("Les silos de la région sont pleins, a assuré mardi le ministre de l’Agriculture, Paul Mercadier.",
     "il", "Paul Mercadier"),
    ("Paul Mercadier a assuré mardi que les silos de la région étaient pleins.", "il", "Paul Mercadier"),
    ("Les silos sont pleins, a assuré mardi la présidente de la coopérative Claire Vasseur.",
     "elle", "Claire Vasseur"),
])
def test_pronoun_after_person_named_once(lead, pronoun, speaker):
    assert _speaker(lead + _QUOTE.format(p=pronoun), _WORDS) == speaker


# the pronoun's gender still decides ("a-t-il" is not Claire Vasseur); a place or a body that
# opens on no first name is no one.
@pytest.mark.parametrize("lead, pronoun", [
    ("Claire Vasseur a assuré mardi que les silos de la région étaient pleins.", "il"),
    ("Paul Mercadier a assuré mardi que les silos de la région étaient pleins.", "elle"),
    ("La mairie de Saint-Quentin a assuré mardi que les silos étaient pleins.", "il"),
    ("Le Conseil régional a assuré mardi que les silos de la région étaient pleins.", "il"),
])
def test_pronoun_not_a_name_of_the_other_gender_or_a_place(lead, pronoun):
    assert _speaker(lead + _QUOTE.format(p=pronoun), _WORDS) is None


# "selon elle" after a sentence that names the one woman: her view.
def test_view_pronoun_after_person_named_once():
    body = ("Dans sa chronique, Claire Vasseur juge la réforme agricole trop timide.\n"
            "Selon elle, le plan est « un coup d’épée dans l’eau ».\n")
    assert _speaker(body, "un coup d’épée dans l’eau") == "Claire Vasseur"
