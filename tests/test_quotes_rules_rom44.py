"""Speakers, stop 44 (rom44, issue 16): made-up sentences and names, grouped by shape.

described_given: a Spanish or Portuguese sentence that opens on an article and a description of
the name after it ("La bióloga Marta Quiroga", "El exdirector del museo y militante cultural,
Luis Ferreira,") makes the name a person's though the article writes it once and the noun is in
no word list; the quote after, whose verb drops its subject, is that person's. A name that is a
complement ("El abogado de Ana Ruiz") or names a thing ("la calle Marta Quiroga") stays no one's.
The shapes were found on Latin American regional news (docs/quality.md, "Stop 44, rom44"); the
sentences and names here are our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_ES_QUOTE = "“Hay que cuidar el agua y los bosques del valle”, dijo."
_PT_QUOTE = "“Não vamos ceder em nada, de maneira nenhuma”, disse."


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Un titre", [], body, lang)]


# --- described_given: a description before a name met once ---

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La bióloga Marta Quiroga recorrió el parque el lunes. " + _ES_QUOTE, "Marta Quiroga"),
    ("es", "El productor rural Luis Ferreira habló el lunes. " + _ES_QUOTE, "Luis Ferreira"),
    ("es", "El exdirector del museo y militante cultural, Luis Ferreira, habló el lunes con los "
           "vecinos.\n\n" + _ES_QUOTE, "Luis Ferreira"),
    ("pt", "O pescador João Lima voltou ao porto na segunda. " + _PT_QUOTE, "João Lima"),
    ("pt", "A moradora do bairro e líder comunitária, Ana Souza, falou com a reportagem.\n\n" + _PT_QUOTE,
     "Ana Souza"),
])
def test_a_description_before_a_name_makes_it_a_person(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    # a complement of the description, a thing named after someone
    ("es", "El abogado de Luis Ferreira habló el lunes. " + _ES_QUOTE),
    ("es", "La calle Marta Quiroga quedó cortada el lunes. " + _ES_QUOTE),
    ("es", "El premio Marta Quiroga fue entregado el lunes. " + _ES_QUOTE),
    ("pt", "A rua João Lima ficou fechada na segunda. " + _PT_QUOTE),
])
def test_a_name_that_is_no_description_s_holder_stays_no_one_s(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]
