"""Speakers, stop 57 (issue 16), Spanish and Portuguese: traps for the regressions an adversarial
reader found in the stop's edits (test_quotes_rules_s57_es.py), each in our own words.

- "Fuentes de/del/da …" is a body's unnamed sources only with a plural verb, or with no verb to
  tell and no person of that name in the article: "Fuentes de Haro afirmó" is a person.
- A quotation over several paragraphs opens its mark again in each ("«…¶«…»"): the names after it
  are not quoted words, and still count as other people named since a role's holder.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last(body: str, lang: str, title: str = "") -> str | None:
    return [q.speaker for q in extract_quotes(title, [], body, lang)][-1]


# --- "Fuentes de Haro afirmó": a person whose surname opens on "Fuentes de" -----------------------

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La fiscal general, Beatriz Fuentes de Lara, respondió a los senadores.\n\n"
           "Fuentes de Lara sostuvo que la causa “sigue abierta”.", "Beatriz Fuentes de Lara"),
    ("es", "«No habrá amnistía», afirmó Fuentes de Lara, fiscal general.", "Fuentes de Lara"),
    ("pt", "O engenheiro Tomás Fontes da Mata coordenou a vistoria.\n\n"
           "Fontes da Mata disse que a barragem \"não tem fissuras\".", "Tomás Fontes da Mata"),
    ("pt", "A juíza Marta Leal e o perito Henrique Fontes dos Anjos depuseram na audiência.\n\n"
           "“O laudo é inconclusivo”, afirmou Fontes dos Anjos.", "Henrique Fontes dos Anjos"),
])
def test_a_surname_fuentes_de_with_a_singular_verb_is_a_person(lang: str, body: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


@pytest.mark.parametrize("lang, body", [
    ("es", "Fuentes de la Presidencia indicaron que la visita “sigue en pie”."),
    ("es", "Según fuentes del Ayuntamiento, el contrato “no se renovará”."),
    ("es", "Fuentes del sindicato han advertido que la huelga “será indefinida”."),
    ("pt", "Fontes do Ministério da Saúde afirmam que a vacina \"chega em maio\"."),
])
def test_sources_with_a_plural_verb_or_none_are_no_one(lang: str, body: str) -> None:
    assert _last(body, lang) is None


# --- A quotation over several paragraphs leaves no later name quoted --------------------------------

@pytest.mark.parametrize("lang, body", [
    ("pt", "O presidente da Câmara de Setúbal, Rui Ferreira Lopes, visitou o cais.\n\n"
           "O capitão do porto declarou: “O cais aguenta.\n\n“Vamos reforçar a vigilância.”\n\n"
           "Marta Soares Rebelo, dirigente da associação de pescadores, contestou.\n\n"
           "“Temos medo de sair para o mar”, disse o presidente."),
    ("es", "El alcalde de Mendoza, Ulpiano Suárez Ortiz, recorrió el canal.\n\n"
           "El jefe de bomberos dijo: «El agua ya bajó.\n\n«Pero el dique está dañado.»\n\n"
           "El intendente de Maipú, Matías Stevanato Díaz, exigió fondos.\n\n"
           "«No podemos esperar», dijo el alcalde."),
])
def test_names_after_a_quotation_over_paragraphs_are_people_named_since(lang: str, body: str) -> None:
    assert _last(body, lang) is None
