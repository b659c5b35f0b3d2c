"""Spanish, French and Portuguese shapes of stop 34 (issue 16), on made-up sentences, grouped by
rule: a person described by the body they belong to is not that body (``body_described``); a
party's acronym between a title and a name is no part of the name; "Para" and a trade before a
name (``for_person`` through ``for_profession``); "s'est félicité"; a pronoun never goes to a
person the article gave the other gender."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.body_described import described_by_body, without_acronym
from newsbeam.transforms.quotes.language import use
from tests.records import quote_with_words

ES = "El Gobierno presentó el plan de vivienda el lunes en la capital, con una inversión millonaria.\n\n"
PT = "O governo do estado apresentou nesta segunda-feira um plano de obras para as estradas.\n\n"
FR = "La métropole a inauguré samedi la nouvelle ligne du tramway dans l'Est lyonnais.\n\n"


# body_described: the capitalized words after the genitive name a body (or the one spoken for)
@pytest.mark.parametrize("lang,text,words", [
    ("es", ES + "\"Hay que ver qué pasa con el dólar\", advirtió el expresidente del Banco Nación.",
     "Hay que ver qué pasa con el dólar"),
    ("es", ES + "\"Faltan suelos\", sostuvo la investigadora de la Universidad de Sevilla.", "Faltan suelos"),
    ("es", ES + "\"Cuatro\", señaló la presidenta de la Cámara de Comercio de Lima.", "Cuatro"),
    ("es", ES + "\"Diez\", dijo el portavoz de Juan Pérez Gil.", "Diez"),
    ("fr", FR + "« Un jour important », a déclaré le président de la Banque de France.", "Un jour important"),
    ("pt", PT + "\"Três problemas graves\", afirmou o reitor da Universidade de São Paulo.",
     "Três problemas graves"),
])
def test_person_described_by_body_is_not_the_body(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker is None
    assert quote.kind == "direct"


@pytest.mark.parametrize("lang,text,words,speaker", [
    # an appositive name after a comma, a department before a name, and a description the
    # article gave a named person before are still read
    ("es", ES + "\"Seis\", dijo el presidente de Colombia, Gustavo Petro.", "Seis", "Gustavo Petro"),
    ("es", ES + "\"Uno\", dijo la ministra de Salud Carolina Darcy.", "Uno", "Carolina Darcy"),
    ("es", ES + "El economista Marcos Gil, expresidente del Banco Nación, criticó el plan.\n\n"
     "\"No alcanza\", advirtió el expresidente del Banco Nación.", "No alcanza", "Marcos Gil"),
])
def test_name_beside_a_body_is_kept(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,mention,expected", [
    ("es", "el rector de la Universidad Nacional", True),
    ("fr", "le chercheur du CNRS", True),
    ("pt", "o presidente do Banco Central", True),
    ("es", "el presidente de Colombia, Gustavo Petro", False),
    ("fr", "le ministre de l'Économie Paul Morel", False),  # a department and a name
    ("es", "el portavoz de Juan Pérez Gil", True),  # a spokesman's person, however long the name
    ("es", "Marie de Sarnez", False),
    ("es", "la economista Marta Villalobos", False),
    ("en", "the president of the Federation", False),
])
def test_described_by_body(lang, mention, expected):
    with use(lang):
        assert described_by_body(mention) is expected


# a party's acronym between a title and a name
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("fr", FR + "« Tout change », a réagi le député RN Julien Odoul.", "Tout change", "Julien Odoul"),
    ("fr", FR + "« Rien ne change », a affirmé la sénatrice LR Valérie Boyer.", "Rien ne change", "Valérie Boyer"),
])
def test_party_acronym_before_name_is_no_part_of_it(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,name,expected", [
    ("fr", "LFI Thomas Girard", "Thomas Girard"),
    ("es", "PRI Ana Gil", "Ana Gil"),
    ("fr", "Thomas Girard", "Thomas Girard"),
    ("fr", "PS de Paris Anne Hidalgo", "Anne Hidalgo"),
    ("fr", "PS de Paris", "PS de Paris"),
    ("fr", "EDF Paris", "EDF Paris"),  # one word after it: left
    ("en", "NASA Jane Roe", "NASA Jane Roe"),
])
def test_without_acronym(lang, name, expected):
    with use(lang):
        assert without_acronym(name) == expected


# for_person: "Para" and a trade before a name closed by a comma
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Para la historiadora Lucía Mora, \"es un error histórico\".", "es un error histórico", "Lucía Mora"),
    ("es", ES + "Para el economista Juan Ruiz, la medida \"no sirve para nada\".", "no sirve para nada", "Juan Ruiz"),
    ("pt", PT + "Para o urbanista Nabil Bonfim, professor da USP, \"o plano repete erros do passado\".",
     "o plano repete erros do passado", "Nabil Bonfim"),
])
def test_for_trade_and_name(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words", [
    ("es", ES + "Para el Gobierno de Juan Pérez, \"la medida es urgente\".", "la medida es urgente"),
    ("es", ES + "Para el equipo, \"la medida es urgente\".", "la medida es urgente"),
    ("pt", PT + "Para a empresa Vale do Rio, \"o plano é bom\".", "o plano é bom"),
])
def test_for_no_trade_is_no_speaker(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


def test_pronoun_is_not_a_person_of_the_other_gender():
    text = PT + ("Para o urbanista Nabil Bonfim, professor da USP, \"o plano repete erros do passado\".\n\n"
                 "\"Não há dinheiro\", disse ela.")
    assert quote_with_words(text, "pt", "Não há dinheiro").speaker is None


def test_reflexive_felicite_is_a_reporting_verb():
    text = FR + ("« C'est un grand jour », a déclaré le maire, Bruno Bernard.\n\n"
                 "« C'est un beau jour », s'est félicité le président de la Région, Laurent Vauquier.")
    assert quote_with_words(text, "fr", "C'est un beau jour").speaker == "Laurent Vauquier"


@pytest.mark.parametrize("lang,text,words", [
    # main read the person a role belongs to as the speaker
    ("es", ES + "\"No hay plata\", dijo el hijo de Juan Pérez.", "No hay plata"),
    ("es", ES + "\"Nos preocupa\", afirmó el alcalde de San José.", "Nos preocupa"),
    ("fr", FR + "« Je suis inquiète », a confié la mère de Thomas Dupont.", "Je suis inquiète"),
])
def test_relative_or_office_of_a_place_is_not_named(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


# after_quote: an object pronoun between the quote and its verb ("le respondió", "les dijo")
ES_DEBATE = ES + ("La ministra de Trabajo, Gloria Ramírez, defendió el proyecto ante los senadores.\n\n"
                  "En diálogo con la radio, la senadora Paloma Valencia afirmó que \"la reforma es un saqueo\".\n\n")


@pytest.mark.parametrize("words,after,speaker", [
    ("Vamos a votar", ", les dijo Ramírez a los periodistas.", "Gloria Ramírez"),
    ("Nunca", ", lo negó la senadora.", "Paloma Valencia"),
    # the listener after the subject is not the speaker: the minister, who spoke when named
    # ("Gloria Ramírez, defendió …": introduced_speaker, stop 43), never the senator
    ("No es cierto", ", le respondió la ministra a la senadora.", "Gloria Ramírez"),
])
def test_object_pronoun_before_verb_after_quote(words, after, speaker):
    text = ES_DEBATE + f"\"{words}\"{after}"
    assert quote_with_words(text, "es", words).speaker == speaker


# closing_apposition: the description and the name closed by a colon before the quote
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Así lo aseguró la ministra de Trabajo, Gloria Ramírez: \"No vamos a retroceder\".",
     "No vamos a retroceder", "Gloria Ramírez"),
    ("fr", FR + "Ainsi l'a affirmé le président de la Métropole, Bruno Bernard : « Nous tiendrons les délais ».",
     "Nous tiendrons les délais", "Bruno Bernard"),
])
def test_apposition_closed_by_colon(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# probes at the edges: a listener after the subject, a body, a relative, a place before the name
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "\"Es un buen día\", le dijo Ana Gil a Pedro Ruiz.", "Es un buen día", "Ana Gil"),
    ("es", ES + "\"No es verdad\", se lo dijo el ministro Julio Mora a la prensa.", "No es verdad", "Julio Mora"),
    ("es", ES + "\"Todo está en orden\", le dijo la Policía a los vecinos.", "Todo está en orden", None),
    ("fr", FR + "« C'est faux », lui a répondu Marie Dupont, avant de quitter la salle.", "C'est faux",
     "Marie Dupont"),
    ("fr", FR + "« Nous verrons », a déclaré la maire PS de Paris Anne Hidalgo.", "Nous verrons", "Anne Hidalgo"),
    ("fr", FR + "« Pas question », nous a confié Pierre Martin.", "Pas question", "Pierre Martin"),
    ("pt", PT + "\"Não é verdade\", lhe disse a ministra Ana Costa.", "Não é verdade", "Ana Costa"),
    ("pt", PT + "\"Vamos ver\", disse o presidente da Câmara dos Deputados.", "Vamos ver", None),
    ("pt", PT + "\"Nunca\", disse o filho de João Silva.", "Nunca", None),
])
def test_edges(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker
