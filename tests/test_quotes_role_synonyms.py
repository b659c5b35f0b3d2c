"""Role synonyms for ``earlier_role`` (issue 16): "el mandatario" after "el presidente X", "o
parlamentar" after "o senador X", "der Regierungschef" after "Kanzler X"; two people the words
fit, or none, leave the speaker null."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.role_synonyms import role_words


def _speaker(body: str, lang: str) -> tuple[str | None, str | None]:
    quotes = [q for q in extract_quotes("", [], body, language=lang) if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].speaker_mention


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "El presidente Julián Ortega Vidal visitó la provincia el lunes. Hubo protestas en la plaza.\n\n"
     "“No daremos marcha atrás”, dijo el mandatario.", "Julián Ortega Vidal"),
    ("pt", "O senador Paulo Teixeira Lima criticou o governo nesta terça. A votação foi adiada.\n\n"
     "“Não há espaço para isso”, disse o parlamentar.", "Paulo Teixeira Lima"),
    ("de", "Bundeskanzler Otto Brandner sprach am Morgen lange und laut. Es wurde spät.\n\n"
     "„Wir bleiben dabei“, sagte der Regierungschef.", "Otto Brandner"),
])
def test_synonym_names_the_one_holder(lang: str, body: str, expected: str) -> None:
    assert _speaker(body, lang)[0] == expected


@pytest.mark.parametrize("lang, body", [
    # a senator and a deputy: "o parlamentar" may be either
    ("pt", "O senador Paulo Teixeira Lima e o deputado Carlos Menezes Rocha criticaram o governo. A votação "
     "foi adiada.\n\n“Não há espaço para isso”, disse o parlamentar."),
    # no president named: "el mandatario" is no one the article named
    ("es", "La ministra Rosa Benítez Soto visitó la provincia el lunes. Hubo protestas en la plaza.\n\n"
     "“No daremos marcha atrás”, dijo el mandatario."),
])
def test_synonym_stays_null_when_unsure(lang: str, body: str) -> None:
    speaker, mention = _speaker(body, lang)
    assert speaker is None
    assert mention


def test_role_words() -> None:
    assert role_words("es", "mandatario") == ("mandatario", "presidente")
    assert role_words("de", "Regierungschef")[0] == "Regierungschef" and "Kanzler" in role_words("de", "Regierungschef")
    assert role_words("fr", "ministre") == ("ministre",)
    assert role_words("en", "mandatario") == ("mandatario",)
