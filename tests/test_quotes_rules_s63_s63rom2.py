"""Speakers, stop 63 (issue 16, branch s63rom2): shapes of Spanish, Portuguese and French news left
by the first probe of this domain (s63rom), each case in our own words, traps beside it.

1. A person's name whose first letters spell an article, with a particle inside ("Ana da Silva",
   "Oscar de la Hoya", "Laura de la Vega", "Alexandre de Moraes", "Sonia de Souza") was read by
   body_described as an article, a role and the body it belongs to ("A" + "lexandre" + "de
   Moraes"): no one. The article must be a word of its own (or an elided "l'").
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


# 1. A name that opens on an article's letters is a name (these fail on main: no one)
@pytest.mark.parametrize("lang, body, speaker", [
    ("pt", "Ana da Silva disse que “o time está pronto”.", "Ana da Silva"),
    ("pt", "O ministro Alexandre de Moraes afirmou que “a decisão vale para todos”.", "Alexandre de Moraes"),
    ("es", "Oscar de la Hoya dijo que «el combate será en mayo».", "Oscar de la Hoya"),
    ("es", "Laura de la Vega aseguró que «el proyecto sigue adelante».", "Laura de la Vega"),
    ("es", "«El proyecto sigue adelante», afirmó Elena de Castro.", "Elena de Castro"),
    ("pt", "Sonia de Souza contou que “a escola reabre em março”.", "Sonia de Souza"),
    ("fr", "Anne de Vries a estimé que « le calendrier est tenable ».", "Anne de Vries"),
])
def test_a_name_that_opens_on_an_articles_letters(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


# 1. Traps: a role and the body it belongs to stays no one's; a name with no particle stays
@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La investigadora de la Universidad de Sevilla dijo que «hay riesgo».", None),
    ("fr", "L'économiste de la Banque de France a dit que « la dette pèse ».", None),
    ("pt", "O reitor da Universidade de Brasília afirmou que “faltam verbas”.", None),
    ("es", "El portavoz de Juan Pérez Gil dijo que «no hay acuerdo».", None),
    ("pt", "Flávio Dino afirmou que “a lei é clara”.", "Flávio Dino"),
    ("es", "Luis de la Fuente dijo que «el equipo está listo».", "Luis de la Fuente"),
])
def test_a_role_of_a_body_stays_no_ones(lang: str, body: str, speaker: str | None) -> None:
    assert _speakers(body, lang) == [speaker]
