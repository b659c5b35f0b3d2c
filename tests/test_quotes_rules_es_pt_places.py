"""Spanish and Portuguese shapes met on held-out pages (issue 16, stop 30), on made-up
sentences, grouped by rule: a sentence that opens on its reporting verb and "que" (rule
``verb_first_clause``); a name after a noun of place and "de" is a place (place_nouns); a run of
capitalized words with an institution's head noun or a place's first word is no person, and a
bare "la Policía" names no one (heads_intl); military and police ranks are titles; "la integrante
de X" is the one person introduced with that role and X (loose_roles); "Para él, ..." and "A su
juicio, ..." give the words to the person the text is about (rule ``view_opener``)."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words

# A person the name index knows as one: a title before the name, the surname alone after.
ES = "El alcalde Ramón Quiroga inauguró la obra en 2019. Quiroga visitó la obra el lunes.\n\n"
PT = "O senador Rodrigo Almeida votou contra a proposta. Almeida falou na terça.\n\n"


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Quiroga habló con este diario sobre la reunión. Admitió que el trámite es “lento”.",
     "lento", "Ramón Quiroga"),
    ("es", ES + "Quiroga habló con este diario sobre la reunión. Además, reconoció que la obra está “atrasada”.",
     "atrasada", "Ramón Quiroga"),
    ("pt", PT + "Almeida falou com a rádio. Disse ainda que o texto é “confuso”.", "confuso", "Rodrigo Almeida"),
])
def test_verb_first_clause_is_the_person_before(lang, text, words, speaker):
    q = quote_with_words(text, lang, words)
    assert (q.speaker, q.kind) == (speaker, "partial")


@pytest.mark.parametrize("lang,text,words", [
    # a plural verb: several people, no one of them
    ("es", ES + "Quiroga habló con este diario. Admitieron que la obra está “atrasada”.", "atrasada"),
    ("pt", PT + "Almeida falou com a rádio. Afirmaram que o texto é “confuso”.", "confuso"),
    # no person in the sentences before: no one
    ("es", ES + "El comité vecinal se reunió el martes. Reconoció que la obra está “atrasada”.", "atrasada"),
])
def test_verb_first_clause_names_no_one(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


def test_verb_first_clause_leaves_another_subject_to_its_verb():
    text = ES + "Quiroga habló con este diario. Admitió que el concejal Pablo Ríos prometió “una solución”."
    assert quote_with_words(text, "es", "una solución").speaker == "Pablo Ríos"


def test_verb_first_clause_is_for_pro_drop_languages_only():
    text = "Mayor Ann Lee opened the bridge. Lee spoke to the radio. Admitted that the work was “slow”."
    assert quote_with_words(text, "en", "slow").speaker is None


INTRO = "El productor Aldo Montaraz vendió el campo. Montaraz no respondió.\n\n"


def test_name_after_a_noun_of_place_is_no_subject():
    text = INTRO + "En 2008 se prohibió la tala en la zona de Montaraz. “No hay novedades sobre el campo”, afirmó."
    assert quote_with_words(text, "es", "No hay novedades sobre el campo").speaker is None


def test_name_after_de_alone_is_still_a_person():
    text = INTRO + "En 2008 se prohibió la tala por pedido de Montaraz. “No hay novedades sobre el campo”, afirmó."
    assert quote_with_words(text, "es", "No hay novedades sobre el campo").speaker == "Aldo Montaraz"


def test_institution_in_a_role_is_no_name_and_a_rank_is_a_title():
    text = ("Al lugar llegó el coronel Julio Pardo, jefe de seguridad Rural de la Policía del Valle de "
            "Lerma. «Estamos aquí con los grupos especiales», puntualizó el oficial.")
    assert quote_with_words(text, "es", "Estamos aquí con los grupos especiales").speaker == "Julio Pardo"


@pytest.mark.parametrize("lang,text,words", [
    ("es", "La Policía dice que todo está “tranquilo” en la zona.\n\nAl lugar llegó el coronel Julio Pardo, "
     "jefe de seguridad Rural de la Policía del Valle de Lerma.", "tranquilo"),
    ("pt", "A Prefeitura disse que a obra está “em dia”.\n\nO secretário Paulo Lima, da Prefeitura de Campinas, "
     "visitou a obra.", "em dia"),
])
def test_bare_institution_names_no_one(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Quiroga habló con este diario. La obra está parada “por falta de fondos”, según explicó.",
     "por falta de fondos", "Ramón Quiroga"),
    ("es", ES + "Quiroga habló con este diario. Según entiende, “no hay perspectiva de un acuerdo”.",
     "no hay perspectiva de un acuerdo", "Ramón Quiroga"),
    ("pt", PT + "Almeida falou com a rádio. O texto é “confuso”, segundo afirmou.", "confuso", "Rodrigo Almeida"),
    # a plural verb, and no person before: no one
    ("es", ES + "Quiroga habló con este diario. La obra está parada “por falta de fondos”, según explicaron.",
     "por falta de fondos", None),
    ("es", ES + "El comité vecinal se reunió. Según entiende, “no hay perspectiva de un acuerdo”.",
     "no hay perspectiva de un acuerdo", None),
])
def test_according_verb_without_subject(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


def test_loose_role_is_the_one_person_given_it_with_the_body():
    text = ("El alcalde Ramón Quiroga inauguró la obra. Quiroga no respondió.\n\n"
            "Lucía Ferrán, vecina del barrio e integrante de la ONG Amigos del Monte Nativo (Amonat), "
            "recorrió la zona. Ferrán pidió más controles.\n\n"
            "La obra sigue parada, según contó la integrante de Amonat. “Estamos esperando una respuesta del "
            "ministerio desde marzo”, sumó.")
    assert quote_with_words(text, "es", "Estamos esperando una respuesta del ministerio desde marzo").speaker == "Lucía Ferrán"


def test_loose_role_of_another_body_names_no_one():
    text = ("El alcalde Ramón Quiroga inauguró la obra. Quiroga no respondió.\n\n"
            "Lucía Ferrán, vecina del barrio e integrante de la ONG Amigos del Monte Nativo (Amonat), "
            "recorrió la zona. Ferrán pidió más controles.\n\n"
            "La obra sigue parada, según contó la integrante de Vecinos Unidos. “Estamos esperando una respuesta "
            "del ministerio desde marzo”, sumó.")
    # (the body itself may speak for its member: never the member of another body)
    assert quote_with_words(text, "es", "Estamos esperando una respuesta del ministerio desde marzo").speaker != "Lucía Ferrán"


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Quiroga habló con este diario. Para él, “la obra no tiene fondos”.", "la obra no tiene fondos",
     "Ramón Quiroga"),
    ("es", ES + "Quiroga habló con este diario. A su juicio, la obra es “un fracaso total”.", "un fracaso total",
     "Ramón Quiroga"),
    ("es", ES + "Quiroga habló con este diario. Desde su visión, las fumigaciones son “un problema serio”.",
     "un problema serio", "Ramón Quiroga"),
    ("pt", PT + "Almeida falou com a rádio. Na opinião dele, o texto é “confuso”.", "confuso", "Rodrigo Almeida"),
    # no person before the possessive: no one
    ("es", ES + "El comité se reunió. A su juicio, la obra es “un fracaso total”.", "un fracaso total", None),
])
def test_view_opener_with_pronoun_or_possessive(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker
