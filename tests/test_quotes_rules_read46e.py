"""Speakers, stop 46, second read of es46 (read46e, issue 16): made-up sentences of our own in
the style of Spanish, Latin American and Brazilian agency copy, court, sport and business news,
where es46's rules gave a wrong name.

- place_then_name: the title may be the complement of another person's noun ("el abogado del
  exministro de Economía X", "la hija del alcalde de Medellín X", "la portavoz de la presidenta
  de la Comunidad de Madrid X"): the lawyer, the daughter, the spokeswoman speak, not the
  holder: null. After a noun of the holder's own words ("palabras del ministro X") the holder
  still speaks.
- kind_named_bodies: a foundation is named after a person ("la fundación Messi"), and a
  capitalized adjective after a kind noun ("la asociación Nacional de bancos") is no body's
  name: null. A plain company name stays ("la petrolera YPF").

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Un titular", [], body, lang)]


@pytest.mark.parametrize("lang, body", [
    ("es", "«Mi cliente es inocente», afirmó el abogado del exministro de Economía Amado Bordón."),
    ("es", "«No hubo irregularidades», declaró el defensor del intendente de Quilmes Martín Peralta."),
    ("es", "«Queremos justicia», dijeron los vecinos del intendente de Lomas Federico Otamendi."),
    ("es", "«Cumplimos», dijo la portavoz de la presidenta de la Comunidad de Madrid Isabel Díaz Arenas."),
    ("es", "«Mi padre nunca aceptó un soborno», dijo la hija del alcalde de Medellín Federico Gutiérrez."),
    ("es", "«Vamos a apelar», dijo el vocero del gobernador de Córdoba Martín Llanos."),
    ("es", "El secretario del juez de Garantías Ramiro Soto dijo que «el expediente está completo»."),
    ("pt", "\"Meu pai é inocente\", disse o filho do prefeito de Campinas Dário Sales."),
])
def test_title_of_another_noun_names_no_speaker(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«La inflación bajará», aseguró el ministro de Economía Luis Caputo.", "Luis Caputo"),
    ("es", "«La economía crece», según palabras del ministro de Economía Luis Capurro.", "Luis Capurro"),
    ("es", "«No me voy a callar», dijo el exgobernador de Jujuy Gerardo Morales.", "Gerardo Morales"),
    ("es", "«Hay pruebas», dijo el juez de la Cámara Federal Mariano Llorente.", "Mariano Llorente"),
    ("pt", "\"A cidade cresceu\", disse o prefeito de Campinas Dário Sales.", "Dário Sales"),
])
def test_title_holder_still_read(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    ("es", "«Nuestra misión sigue», informó la fundación Messi."),
    ("es", "«Seguiremos ayudando», informó la fundación Garrido."),
    ("es", "«Rechazamos el ajuste», dijo la asociación Nacional de bancos."),
    ("es", "«Rechazamos la medida», dijo la asociación Civil."),
    ("pt", "\"Vamos ajudar\", informou a fundação Pelé."),
])
def test_kind_word_before_no_body_name(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "«La producción crecerá», informó la petrolera YPF.", "YPF"),
    ("es", "«El pago se hará», explicó la aseguradora Mapfre.", "Mapfre"),
])
def test_kind_named_body_still_read(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]
