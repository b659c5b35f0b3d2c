"""Where a speaker's name starts (``name_bounds``), on hand-written sentences: a place after a
preposition, a department of two words after a title, an adjective opening a headline."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use as use_language
from newsbeam.transforms.quotes.bare_names import bare_person
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.once_named import bare_subject_name

ES = ("El ayuntamiento aprobó el martes el plan de obras y los vecinos no están contentos con "
      "el resultado de la consulta en el barrio.\n")
FR = ("La mairie a adopté mardi le plan de travaux et les habitants ne sont pas contents du "
      "résultat de la consultation dans le quartier.\n")
PT = ("A prefeitura aprovou na terça-feira o plano de obras e os moradores não estão contentes com "
      "o resultado da consulta no bairro.\n")


def _speaker(body: str, lang: str) -> str | None:
    quotes = extract_quotes("", None, body, lang)
    assert quotes
    return quotes[0].speaker


@pytest.mark.parametrize("body, lang, speaker", [
    (ES + "«No pensamos retirar la demanda», dijo en Cádiz Tomás Berrocal.", "es", "Tomás Berrocal"),
    (PT + "«Não vamos recuar», disse em Recife Joana Tavares.", "pt", "Joana Tavares"),
])
def test_a_place_after_a_preposition_is_no_part_of_the_name(body, lang, speaker):
    assert _speaker(body, lang) == speaker


def test_the_name_index_leaves_out_a_place_after_a_preposition():
    with use_language("fr"):
        index = NameIndex(["Le maire a parlé à Nantes Odile Marchal devant la presse."])
        assert index.fullest("Marchal") == "Odile Marchal"


def test_a_person_after_english_in_keeps_the_whole_name():
    with use_language("en"):
        index = NameIndex(["Voters put their faith in Harold P. Quimby last year."])
        assert index.fullest("Quimby") == "Harold P. Quimby"


@pytest.mark.parametrize("body, lang, speaker", [
    (ES + "«Firmaremos el acuerdo», dijo el ministro de Obras Públicas Rogelio Antúnez.", "es", "Rogelio Antúnez"),
    (ES + "«Habrá respuesta», dijo la canciller de Relaciones Exteriores Marisa Quiroga.", "es", "Marisa Quiroga"),
    (PT + "«Haverá resposta», disse o ministro dos Negócios Estrangeiros Rui Falcão.", "pt", "Rui Falcão"),
])
def test_a_department_of_two_words_is_no_part_of_the_name(body, lang, speaker):
    assert _speaker(body, lang) == speaker


def test_a_department_of_one_word_before_a_three_word_name():
    with use_language("es"):
        index = NameIndex(["Lo dijo el ministro de Justicia Ana María Robles en la sesión."])
        assert index.fullest("Robles") == "Ana María Robles"


@pytest.mark.parametrize("headline", [
    "Young Pelletier fans queue in the rain",
    "Former Pelletier aide tells all",
])
def test_an_adjective_opening_a_headline_is_no_given_name(headline):
    body = "Marcus Pelletier spoke at the rally. “We are not going anywhere,” Pelletier said."
    quotes = extract_quotes(headline, None, body, "en")
    assert [q.speaker for q in quotes] == ["Marcus Pelletier"]


def test_a_given_name_opening_a_line_is_kept():
    with use_language("en"):
        index = NameIndex(["Marcus Pelletier spoke at the rally.\nPelletier left early."])
        assert index.fullest("Pelletier") == "Marcus Pelletier"


@pytest.mark.parametrize("body, lang, speaker", [
    (FR + "Odile Marchal analyse « la lente fabrique d’une ville moyenne » dans son livre.", "fr", "Odile Marchal"),
    (ES + "Tomás Berrocal describe «una ciudad que se vacía» en su último ensayo.", "es", "Tomás Berrocal"),
    (PT + "Joana Tavares descreve «uma cidade que se esvazia» no seu último ensaio.", "pt", "Joana Tavares"),
])
def test_a_full_name_given_once_as_the_subject_is_a_person(body, lang, speaker):
    assert _speaker(body, lang) == speaker


@pytest.mark.parametrize("body", [
    # a first word the text also writes in lower case: a common word, no given name
    FR + "Nouvelle Vague analyse la nouvelle donne et « la lente fabrique d’une ville moyenne ».",
    # a body: written after "the"/"at" elsewhere in the text
    FR + "Hôtel Meurice analyse « la lente fabrique d’une ville moyenne ». On dîne at Hôtel Meurice.",
])
def test_a_once_named_subject_that_is_no_person_stays_null(body):
    assert _speaker(body, "fr") is None


def test_a_once_named_subject_in_german_needs_more_than_capitals():
    found = Finding("Zögerliches Kopfnicken", "beschreibt", "explicit")
    with use_language("de"):
        assert not bare_subject_name(found, "Zögerliches Kopfnicken", "Zögerliches Kopfnicken beschreibt",
                                 NameIndex(["Zögerliches Kopfnicken beschreibt"]))
    with use_language("fr"):
        assert bare_subject_name(Finding("Odile Marchal", "analyse", "explicit"), "Odile Marchal", "Odile Marchal analyse",
                                 NameIndex(["Odile Marchal analyse"]))


def test_a_nickname_in_parentheses_is_the_named_person():
    body = (ES + "El expresidente Rigoberto Alvarado Núñez (RAN) habló ante el tribunal.\n"
            "«Soy inocente», dijo RAN.")
    assert _speaker(body, "es") == "Rigoberto Alvarado Núñez"


@pytest.mark.parametrize("name", ["Odile Mérault", "Íñigo Pérez", "Zoë Brandão"])
def test_a_bare_name_may_hold_accented_letters(name):
    assert bare_person(name)
    body = FR + f"{name} analyse « la lente fabrique d’une ville moyenne » dans son livre."
    assert _speaker(body, "fr") == name


def test_a_particle_in_parentheses_stays_inside_the_name():
    body = ("Die Schauspielerin ist am Samstag gestorben. Im vollen Namen hieß sie Greta (von) Halberg-Rautenau. "
            "Sie wurde in Wien geboren.\n\nSpäter erzählte Halberg einmal: „Ich habe nie zurückgeschaut.“")
    with use_language("de"):
        assert NameIndex([body]).fullest("Halberg") == "Greta Halberg-Rautenau"
    assert _speaker(body, "de") == "Greta Halberg-Rautenau"
