"""Speakers, stop 47 (rom47, issue 16, shape 1): someone described, not named, as the subject of a
verb of saying in Spanish and Portuguese (``described_subject_rom``), and groups named after a
person in the shared name lookup (``body_described``).

- Before the verb: "La madre de la víctima dijo: «…»", "La empresa señaló en un comunicado que
  «…»", "Un vecino dijo:", "A mãe da vítima disse:": the subject speaks, unnamed (null, the phrase
  kept as the mention); the quote is not the previous speaker's, and a short quote is no scare.
- After the verb: "«…», dijo la madre de la víctima.", "«…», disse a família." (a definite
  description of a relative, a person without office, a group, a body or a document; Portuguese
  "a" read as its article before one singular such noun, as a preposition before others).
- A group named after a person ("la familia de Fernando Báez Sosa", "le camp de Marine Le Pen",
  "la defensa de X") is not that person.
- Not changed: a time before the verb ("La semana pasada dijo:") leaves the dropped subject to
  the person before; a title or trade ("agregó el funcionario", "el técnico") is resolved to the
  person the article gave it; "la empresa Pemex" names its body.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_MAYOR_ES = "«Es un día muy triste para el pueblo», dijo el alcalde Jorge Muñoz Paredes. "
_MAYOR_PT = "\"É um dia muito triste para a cidade\", disse o prefeito João Batista Lima. "


def _quotes(body: str, lang: str) -> list[tuple[str | None, str, str | None]]:
    return [(q.speaker, q.kind, q.speaker_mention) for q in extract_quotes("Un titular", [], body, lang)]


@pytest.mark.parametrize("lang, body, mention", [
    ("es", _MAYOR_ES + "La madre de la víctima dijo: «Queremos justicia».", "La madre de la víctima"),
    ("es", _MAYOR_ES + "Por su parte, la madre de la joven dijo: «Queremos justicia».", "la madre de la joven"),
    ("es", _MAYOR_ES + "Y la familia afirmó: «Queremos justicia».", "la familia"),
    ("es", _MAYOR_ES + "Un vecino dijo: «Nadie nos avisó».", "Un vecino"),
    ("es", _MAYOR_ES + "Su hermana contó: «Nadie nos avisó».", "Su hermana"),
    ("es", _MAYOR_ES + "La empresa estatal señaló en un comunicado: «Lamentamos lo ocurrido».",
     "La empresa estatal"),
    ("es", _MAYOR_ES + "Los manifestantes gritaban: «Fuera, fuera».", "Los manifestantes"),
    ("pt", _MAYOR_PT + "A mãe da vítima disse: \"Queremos justiça\".", "A mãe da vítima"),
    ("pt", _MAYOR_PT + "A empresa afirmou em nota: \"Lamentamos o ocorrido\".", "A empresa"),
    ("pt", _MAYOR_PT + "Um morador disse: \"Ninguém avisou\".", "Um morador"),
])
def test_described_subject_before_the_verb_speaks_unnamed(lang: str, body: str, mention: str) -> None:
    quotes = _quotes(body, lang)
    assert quotes[0][0] is not None  # the mayor, named
    assert quotes[1] == (None, "direct", mention)  # short, attributed: no scare; not the mayor's


@pytest.mark.parametrize("lang, body", [
    ("es", _MAYOR_ES + "«Queremos justicia», dijo la madre de la víctima."),
    ("es", _MAYOR_ES + "«Nadie nos avisó», dijo el vecino."),
    ("es", _MAYOR_ES + "«Queremos justicia», afirmó la familia."),
    ("es", _MAYOR_ES + "«Queremos justicia», dijo la familia de Fernando Báez Sosa."),
    ("pt", _MAYOR_PT + "\"Queremos justiça\", disse a família."),
    ("pt", _MAYOR_PT + "\"Queremos justiça\", disse a mãe da vítima."),
    ("pt", _MAYOR_PT + "\"Queremos justiça\", disse a família de Marielle Souza."),
])
def test_described_subject_after_the_verb_speaks_unnamed(lang: str, body: str) -> None:
    quotes = _quotes(body, lang)
    assert quotes[1][0] is None and quotes[1][1] == "direct" and quotes[1][2]


def test_portuguese_a_before_a_plural_is_a_preposition() -> None:
    # "disse a jornalistas": to journalists, the subject comes after
    quotes = _quotes("\"Queremos justiça para todos\", disse a jornalistas o ministro Paulo Reis.", "pt")
    assert quotes[0][0] == "Paulo Reis"


@pytest.mark.parametrize("lang, body", [
    ("es", "La familia de Fernando Báez Sosa dijo: «Queremos justicia»."),
    ("es", "«No hay pruebas», afirmó la defensa de Cristina Fernández de Kirchner."),
    ("es", "Según el entorno de Javier Milei Ramos, «no habrá cambios»."),
    ("fr", "« C'est une cabale », a déclaré le camp de Marine Le Pen."),
    ("fr", "« Rien n'est décidé », a assuré l'entourage de Jean-Luc Mélenchon."),
])
def test_a_group_named_after_a_person_is_not_that_person(lang: str, body: str) -> None:
    assert [q[0] for q in _quotes(body, lang)] == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    # a time opens the sentence: the verb's subject is dropped, the mayor's
    ("es", _MAYOR_ES + "La semana pasada dijo: «Vamos a reconstruir todo».", "Jorge Muñoz Paredes"),
    ("es", _MAYOR_ES + "El lunes dijo: «Vamos a reconstruir todo».", "Jorge Muñoz Paredes"),
    ("es", _MAYOR_ES + "Unos minutos después dijo: «Vamos a reconstruir todo».", "Jorge Muñoz Paredes"),
    # a title or a trade refers back to whom the article gave it
    ("es", _MAYOR_ES + "«Vamos a reconstruir todo», agregó el funcionario.", "Jorge Muñoz Paredes"),
    # a body named after its kind
    ("es", "La empresa Pemex dijo: «Vamos a crecer»." , "Pemex"),
])
def test_not_a_described_subject(lang: str, body: str, speaker: str) -> None:
    assert _quotes(body, lang)[-1][0] == speaker
