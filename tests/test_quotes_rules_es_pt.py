"""Spanish and Portuguese attribution shapes (issue 16), on made-up sentences, grouped by rule:
"De acuerdo con X," / "De acordo com X," opening a sentence; a subject that is a description
("el equipo legal que defiende a X", "A deputada do partido pondera que ... X") never passes
its speech to a name inside its clause or complement (rather null than wrong); the holder's
own name in apposition still does."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

# Some text in the language first, so the name index sees the people as people.
ES = "Ramón Quiroga Vidal es alcalde de Cuenca desde 2019. Quiroga Vidal visitó la obra el lunes.\n\n"
PT = "Rodrigo Almeida Prado é senador desde 2019. Almeida Prado votou contra a proposta na terça.\n\n"


def _quote(text: str, lang: str, words: str):
    quotes = extract_quotes(None, None, text, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("lang,text,words,speaker", [
    # according_opener
    ("es", ES + "De acuerdo con Ramón Quiroga Vidal, «la obra estará lista en marzo».",
     "la obra estará lista en marzo", "Ramón Quiroga Vidal"),
    ("es", ES + "De acuerdo a Ramón Quiroga Vidal, «nadie pagará más».", "nadie pagará más", "Ramón Quiroga Vidal"),
    # a document or "lo que ..." after the opener names no one
    ("es", ES + "De acuerdo a lo que supo este diario, «la obra está parada».", "la obra está parada", None),
    ("es", ES + "De acuerdo con el informe, «la obra está parada».", "la obra está parada", None),
])
def test_according_opener(lang, text, words, speaker):
    assert _quote(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a name after the personal "a" is the object of the description's verb
    ("es", ES + "Ante esto, el equipo legal que defiende a Ramón Quiroga Vidal aseguró que «no hay pruebas».",
     "no hay pruebas", None),
    # a name in the complement of a described subject, in the sentence before a dropped subject
    ("es", ES + "El abogado de Ramón Quiroga Vidal habló con la prensa el martes. «No hay pruebas», dijo.",
     "No hay pruebas", None),
    ("pt", PT + "A deputada do partido pondera que não há acordo entre Rodrigo Almeida Prado e o governo. "
     "\"É um erro grave\", afirmou.", "É um erro grave", None),
])
def test_described_subject_is_nobody_named(lang, text, words, speaker):
    assert _quote(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # the holder's name in apposition to the description still speaks through the dropped subject
    ("pt", PT + "O senador Rodrigo Almeida Prado criticou a proposta. \"É um absurdo\", disse.",
     "É um absurdo", "Rodrigo Almeida Prado"),
])
def test_described_subject_with_its_name(lang, text, words, speaker):
    assert _quote(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("pt", PT + "\"Vamos votar contra a proposta\", assegurou Rodrigo Almeida Prado.",
     "Vamos votar contra a proposta", "Rodrigo Almeida Prado"),
    ("es", ES + "«La obra sigue en marcha», reveló Ramón Quiroga Vidal.",
     "La obra sigue en marcha", "Ramón Quiroga Vidal"),
])
def test_new_reporting_verbs(lang, text, words, speaker):
    assert _quote(text, lang, words).speaker == speaker

