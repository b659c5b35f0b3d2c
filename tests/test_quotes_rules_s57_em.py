"""Speakers, stop 57 (issue 16), Spanish and Portuguese: traps for the regressions an adversarial
reader found in the stop's edits (test_quotes_rules_s57_es.py), each in our own words.

- "Fuentes de/del/da …" is a body's unnamed sources only with a plural verb, or with no verb to
  tell and no person of that name in the article: "Fuentes de Haro afirmó" is a person.
- Role synonyms (role_synonyms): a bare "el mandatario" is the president's, never a mayor or a
  governor named in passing ("el mandatario local/estatal" is theirs); "vocero"/"portavoz" agree
  in gender by the article ("La vocera" is no "El portavoz X"); someone of the role brought in
  unnamed since ("un vocero de la contratista") is whom the description means; "o Executivo" is
  the Government; "o autarca" is the head of a Câmara Municipal or a Junta, not of a parliament's
  "Câmara dos Deputados".
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


# --- Role synonyms: the holder must be of that role, that gender, and the last one brought in ------

@pytest.mark.parametrize("lang, body, not_speaker", [
    ("es", "La presidenta Laura Quiroga Díaz llegó a Rosario.\n\nLa recibió el intendente Mario Paz Rueda, "
           "que no habló con la prensa.\n\n«Vamos a invertir aquí», dijo la mandataria.", "Mario Paz Rueda"),
])
def test_the_mandatario_is_not_a_mayor_named_in_passing(lang: str, body: str, not_speaker: str) -> None:
    assert _last(body, lang) != not_speaker


@pytest.mark.parametrize("lang, body", [
    # a governor of another country, and a national description
    ("es", "La gobernadora de Arizona, Katie Hobbs Moore, firmó la orden.\n\nEn Hermosillo, el canciller "
           "convocó al embajador.\n\n«Es inaceptable», dijo el mandatario mexicano."),
    # a bare "el mandatario" with only a mayor given an office
    ("es", "El alcalde de Quito, Pabel Muñoz López, visitó el túnel.\n\n"
           "Desde Carondelet, el mandatario dijo que el país “no se detiene”."),
    # "El portavoz" after a woman given "vocera", and "La vocera" after a man given "portavoz"
    ("es", "La vocera de la Cancillería, Marta Ibáñez Cruz, respondió por la mañana.\n\n"
           "El portavoz sostuvo que la frontera “seguirá cerrada”."),
    ("es", "El portavoz del Senado, Tomás Ledesma Ruiz, leyó la declaración.\n\n"
           "La vocera agregó que la sesión “se suspende”."),
    # a spokesperson of another body brought in with no name since
    ("es", "El portavoz de Aena, Rodrigo Salas Vidal, habló por la mañana.\n\nPor la tarde, un vocero de la "
           "aerolínea dijo que los vuelos se retrasarían.\n\nEl vocero precisó que el retraso “será de horas”."),
    # "o Executivo": the Government, not a company's chief executive
    ("pt", "O presidente-executivo da Sonae, Paulo Azevedo Lima, visitou a fábrica.\n\n"
           "“O IVA não vai subir”, garantiu o Executivo em comunicado."),
    # "a Câmara dos Deputados", a parliament's: its president is no mayor
    ("pt", "O presidente da Câmara dos Deputados, Arthur Lira Neto, adiou a votação.\n\n"
           "Em Leiria, a estrada foi cortada.\n\n“A estrada é um perigo”, disse o autarca."),
])
def test_a_role_synonym_of_another_role_gender_or_body_is_no_one(lang: str, body: str) -> None:
    assert _last(body, lang) is None


def test_a_local_mandatario_is_the_mayor() -> None:
    body = ("El alcalde de Cali, Alejandro Eder Garcés, recorrió el barrio.\n\n"
            "«Aquí habrá un parque», dijo el mandatario local.")
    assert _last(body, "es") == "Alejandro Eder Garcés"
