"""Speakers, stop 57 (issue 16), Spanish and Portuguese: each case in our own words.

- A role word stands for the person the article introduced with another word for that role
  (role_synonyms): "el vocero" for "el portavoz de X, Y", "el legislador" for "el coordinador de
  los diputados, Y", "el mandatario local" for "el alcalde Y", "o autarca" for "o presidente da Câmara
  Municipal de X, Y", "o executivo" for "o presidente-executivo da empresa, Y", "el técnico" for
  "el entrenador". A place after a preposition ("en Palacio Nacional, la mandataria") is no one in
  apposition to the description, nor another person named since (roles_intl, implied). Quoted
  words are no one named ("a uma “Black Friday …”"). A capitalized title before ", quien" is the
  description ("el Presidente, quien", capital_titles). An indefinite role ("un funcionario", "um
  ministro") names no one (described_roles).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str, title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, lang)]


def _last(body: str, lang: str, title: str = "") -> str | None:
    return _speakers(body, lang, title)[-1]


# --- A role word for another word of the same role -----------------------------------------------

@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "La vocera del Ministerio del Interior, Lucía Barrenechea Soto, compareció ante la prensa.\n\n"
           "La portavoz añadió que las patrullas “se reforzarán esta semana”.", "Lucía Barrenechea Soto"),
    ("es", "El portavoz de la Gobernación, Héctor Iván Salgado, recibió a los vecinos el jueves.\n\n"
           "El vocero explicó que la obra “empezará en marzo”.", "Héctor Iván Salgado"),
    ("es", "La coordinadora de los senadores del bloque, Elvira Cantú Ramos, rechazó la reforma el martes.\n\n"
           "“No votaremos a ciegas”, sostuvo la legisladora.", "Elvira Cantú Ramos"),
    ("es", "El alcalde de Ocaña, Germán Darío Pabón, recorrió el barrio inundado.\n\n"
           "“Necesitamos maquinaria ya”, dijo el mandatario local.", "Germán Darío Pabón"),
    ("es", "El entrenador del Numancia, Víctor Lasheras, habló tras el partido.\n\n"
           "«Nos faltó gol», admitió el técnico.", "Víctor Lasheras"),
    ("pt", "O presidente da Câmara Municipal de Lamego, Aurélio Vaz Monteiro, reuniu-se com a ministra.\n\n"
           "\"Fomos ignorados durante anos\", disse à rádio local o autarca.", "Aurélio Vaz Monteiro"),
    ("pt", "O presidente da Câmara Municipal de Lamego, Aurélio Vaz Monteiro, reuniu-se com a ministra.\n\n"
           "Segundo o autarca, a estrada \"está intransitável\".", "Aurélio Vaz Monteiro"),
    ("pt", "A presidente-executiva da Transbrasa, Helena Duarte Furtado, apresentou o balanço.\n\n"
           "“Cortamos custos em todas as áreas”, afirmou a executiva.", "Helena Duarte Furtado"),
])
def test_role_word_stands_for_its_synonym(lang: str, body: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


def test_quoted_words_name_no_one_between_the_role_and_its_word() -> None:
    body = ("Em conferência com investidores, o presidente-executivo do grupo, Otávio Mendes Carvalho, "
            "culpou a “Copa América mais curta” pelas vendas.\n\n"
            "“Vamos recuperar no segundo semestre”, disse o executivo.")
    assert _last(body, "pt") == "Otávio Mendes Carvalho"


@pytest.mark.parametrize("body, speaker", [
    ("La presidenta Inés Alvarado Peña inauguró el puente el lunes.\n\n"
     "Durante el acto en Plaza Mayor, la mandataria afirmó que la obra “cambiará la región”.", "Inés Alvarado Peña"),
    ("El presidente Ramiro Ledesma Ortiz viajó a Tucumán.\n\n"
     "Desde Casa Rosada, el mandatario aseguró que el plan “no tiene vuelta atrás”.", "Ramiro Ledesma Ortiz"),
])
def test_place_before_the_description_is_no_one(body: str, speaker: str) -> None:
    assert _last(body, "es") == speaker


def test_place_before_the_description_with_no_holder_stays_null() -> None:
    # no one was given an office "la mandataria" may stand for: the place is never the speaker
    body = ("Vecinos de Tlalpan protestaron el martes.\n\n"
            "Durante la reunión en Palacio Municipal, la mandataria indicó que el agua “llegará pronto”.")
    assert _last(body, "es") is None


@pytest.mark.parametrize("title", ["Presidente", "Ministro"])
def test_capitalized_title_before_quien_is_the_description(title: str) -> None:
    body = (f"El {title.lower()} de la República, Anselmo Quintana Ruiz, visitó la central eléctrica.\n\n"
            f"«Cada vatio cuenta», dijo el {title}, quien pidió “ahorrar en casa”.")
    assert _speakers(body, "es") == ["Anselmo Quintana Ruiz", "Anselmo Quintana Ruiz"]


# --- Traps: an indefinite role, a role no one was given -------------------------------------------

@pytest.mark.parametrize("lang, body", [
    ("pt", "A ministra Carla Bastos Leme votou contra a proposta.\n\n"
           "\"Ela isolou-se no plenário\", disse à reportagem uma ministra do tribunal, sob anonimato."),
    ("es", "El ministro de Obras, Felipe Arango, visitó la represa.\n\n"
           "“No hay presupuesto”, dijo un funcionario del ministerio."),
    ("es", "El diputado Óscar Lemus Parra presentó la iniciativa.\n\n"
           "“Es puro teatro”, comentó un legislador de la oposición."),
])
def test_indefinite_role_names_no_one(lang: str, body: str) -> None:
    assert _last(body, lang) is None


def test_spokesman_synonym_needs_a_holder() -> None:
    body = "La Fiscalía abrió una investigación.\n\nEl vocero indicó que el caso “sigue abierto”."
    assert _last(body, "es") is None


# --- "Fuentes del Ministerio": unnamed sources, not the surname Fuentes ---------------------------

@pytest.mark.parametrize("lang, body", [
    ("es", "Fuentes del Ministerio de Transportes han asegurado que la licitación “sigue en marcha”."),
    ("es", "Fuentes de la Consejería de Sanidad apuntaron que el brote “está controlado”."),
    ("pt", "Fontes do Palácio do Planalto disseram que a reforma \"não será adiada\"."),
])
def test_sources_of_a_body_are_no_one(lang: str, body: str) -> None:
    assert _last(body, lang) is None


def test_surname_fuentes_stays_a_person() -> None:
    body = "La escritora Marina Fuentes del Valle dijo que la novela “nació de un sueño”."
    assert _last(body, "es") == "Marina Fuentes del Valle"
