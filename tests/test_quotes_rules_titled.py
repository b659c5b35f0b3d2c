"""A subject that opens on a definite article and a title in Spanish, Portuguese and French
(transforms/quotes/titled.py), on made-up sentences, grouped by rule: the title is split off and
the name after it, or the name set off by commas after its complement, is the speaker; the title
alone is a description, the person the article gave that title, else null."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.phrases import np_before, subject_of
from newsbeam.transforms.quotes.titled import titled_subject
from newsbeam.transforms.quotes.tokens import tokens


@pytest.mark.parametrize("lang,text,verb,subject", [
    # the name right after the title
    ("es", "La concejala Marta Ibarra Soto votó en contra.", "votó", "Marta Ibarra Soto"),
    ("pt", "O deputado Caio Menezes votou contra.", "votou", "Caio Menezes"),
    ("fr", "La sénatrice Odile Ferrand a voté contre.", "a voté", "Odile Ferrand"),
    # the name between commas after the title's complement
    ("es", "El ministro de Obras Públicas, Tomás Echeverri, visitó el puerto.", "visitó", "Tomás Echeverri"),
    ("es", "La alcaldesa de Cuenca, Irene Valdés, inauguró el puente.", "inauguró", "Irene Valdés"),
    ("pt", "A prefeita de Itajubá, Lúcia Moraes, visitou a obra.", "visitou", "Lúcia Moraes"),
    ("fr", "Le président du département, Hervé Calmet, a visité le chantier.", "a visité", "Hervé Calmet"),
    # the title alone: a description (resolved later), never a word of its complement
    ("es", "El ministro de Obras Públicas visitó el puerto.", "visitó", "El ministro"),
    ("es", "El ministro de Obras Públicas, que llegó tarde, visitó el puerto.", "visitó", "El ministro"),
    # two people between commas: no one subject named
    ("es", "El ministro de Obras Públicas, Tomás Echeverri, y la alcaldesa visitaron el puerto.", "visitaron",
     "El ministro"),
    # no article, or an indefinite one: not this rule
    ("es", "Un portavoz de Obras Públicas visitó el puerto.", "visitó", None),
])
def test_titled_subject(lang, text, verb, subject):
    with use(lang):
        found = subject_of(text, 0, text.index(verb))
    assert (text[found[0]:found[1]] if found else None) == subject


@pytest.mark.parametrize("lang,text,verb,subject", [
    # the appositive name after a description whose complement is capitalized, not "Cuenca, Irene Valdés"
    ("es", "Ayer, la alcaldesa de Cuenca, Irene Valdés, aseguró", "aseguró", "Irene Valdés"),
    ("pt", "Na terça, o secretário da Fazenda, Otávio Lins, afirmou", "afirmou", "Otávio Lins"),
    ("fr", "Lundi, la ministre de la Culture, Agathe Brunel, a déclaré", "déclaré", "Agathe Brunel"),
])
def test_titled_appositive_before_the_verb(lang, text, verb, subject):
    with use(lang):
        found = np_before(text, text.index(verb), 0)
    assert (text[found[0]:found[1]] if found else None) == subject


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", "El ministro de Obras Públicas, Tomás Echeverri, dijo que «el puerto abrirá en mayo».",
     "el puerto abrirá en mayo", "Tomás Echeverri"),
    ("es", "La alcaldesa de Cuenca, Irene Valdés, aseguró que «el puente es seguro».",
     "el puente es seguro", "Irene Valdés"),
    ("pt", "O secretário da Fazenda, Otávio Lins, disse que \"não haverá aumento\".",
     "não haverá aumento", "Otávio Lins"),
    # the title alone after the article named its holder; null where it named no one
    ("es", "El alcalde Ramiro Ochoa Luna visitó la obra el lunes.\n\nEl alcalde dijo que «la obra avanza».",
     "la obra avanza", "Ramiro Ochoa Luna"),
    ("es", "El alcalde dijo que «la obra avanza».", "la obra avanza", None),
])
def test_titled_speaker(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


def test_english_reads_its_own_rules():
    """The rule is Spanish, Portuguese and French only: an English sentence is not its to read."""
    text = "La ministra Ana Ruiz said it."
    with use("en"):
        toks = tokens(text, 0, len(text))
        assert titled_subject(toks, 0) is None
