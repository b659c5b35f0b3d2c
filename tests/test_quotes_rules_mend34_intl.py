"""Mends of stop 34 (mend-intl)'s es/fr/pt and German rules after the second reader's probes (issue 16), on
made-up sentences: "Para" and a trade before a name credits only a quote that is the view's own
words (``for_person`` through ``for_profession``); ..."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words

ES = "El Gobierno presentó el plan de vivienda el lunes en la capital, con una inversión millonaria.\n\n"
PT = "O governo do estado apresentou nesta segunda-feira um plano de obras para as estradas.\n\n"
FR = "La métropole a inauguré samedi la nouvelle ligne du tramway dans l'Est lyonnais.\n\n"


# for_person through for_profession: the clause after the name reports someone else's words
@pytest.mark.parametrize("lang,text,words", [
    ("es", ES + "Para el escritor Luis Cano Vidal, fallecido en 2010, sus hijos reclaman todavía \"un homenaje digno\".",
     "un homenaje digno"),
    ("es", ES + "Para el periodista Raúl Ortiz, muerto el año pasado, sus colegas siguen exigiendo \"una investigación seria\".",
     "una investigación seria"),
    ("es", ES + "Para la abogada Marta Pons Gil, la fiscal se equivocó al decir que \"el caso está cerrado\".",
     "el caso está cerrado"),
    ("es", ES + "Para el historiador Tomás Lara, la frase del general, \"vencimos sin ayuda\", fue una mentira.",
     "vencimos sin ayuda"),
    ("pt", PT + "Para o advogado Paulo Reis Lima, o delegado errou ao dizer que \"não há suspeitos\" no caso.",
     "não há suspeitos"),
    # a rank and a body where the name would be
    ("es", ES + "Para el analista Jefe del Fondo Monetario, \"la inflación cederá\".", "la inflación cederá"),
    ("pt", PT + "Para o economista Diretor do Banco Regional, \"os juros vão cair\".", "os juros vão cair"),
])
def test_for_trade_and_name_not_over_someone_elses_words(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "Para el analista Iván Soler, la situación es muy grave. \"Nadie mira los datos\", añadió.",
     "Nadie mira los datos", "Iván Soler"),
    ("es", ES + "Para la socióloga Nuria Vela, profesora de la universidad, \"el paro es estructural\".",
     "el paro es estructural", "Nuria Vela"),
])
def test_for_trade_and_name_still_credits_the_view(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


# a French participle with no auxiliary before "par" is passive: no cue ("félicité par le ministre")
def test_passive_participle_before_par_is_no_cue():
    text = FR + "Luc Perrin, félicité par la préfète pour son « courage exemplaire », a salué les pompiers."
    assert quote_with_words(text, "fr", "courage exemplaire").speaker is None


def test_reflexive_participle_before_par_ailleurs_is_a_cue():
    text = FR + "« C'est un beau jour », s'est félicitée par ailleurs la maire Claire Vautrin."
    assert quote_with_words(text, "fr", "C'est un beau jour").speaker == "Claire Vautrin"


DE = ("Die Stadtbücherei hat am Wochenende eine neue Ausstellung über alte Drucke eröffnet. Die Besucher "
      "kamen zahlreich, und die Stimmung war gut, wie die Veranstalter mitteilten.\n\n")


# fronted_phrase: a subject and the author it quotes after the verb are no one name
@pytest.mark.parametrize("text,words", [
    (DE + "Im Nachwort zitiert Verlegerin Lena Brandt Kafka: „Ein Buch muss die Axt sein.“", "Ein Buch muss die Axt sein."),
    (DE + "Zum Schluss zitierte Pfarrer Jonas Roth Luther: „Hier stehe ich.“", "Hier stehe ich."),
])
def test_fronted_subject_and_quoted_author_is_no_name(text, words):
    assert quote_with_words(text, "de", words).speaker is None


def test_fronted_title_and_name_still_read():
    text = DE + "Zur Eröffnung sagte Bürgermeisterin Anna Keller: „Ein großer Tag für uns.“"
    assert quote_with_words(text, "de", "Ein großer Tag für uns.").speaker == "Anna Keller"


# body_described: a party's acronym and a name after a person's role are the party's person, named
@pytest.mark.parametrize("lang,text,words,speaker", [
    ("es", ES + "\"Es insuficiente\", dijo la portavoz de BNG Marta Ledo Castro.", "Es insuficiente", "Marta Ledo Castro"),
    ("fr", FR + "« Trop peu, trop tard », a affirmé le porte-parole de EELV Hugo Lemaire.", "Trop peu, trop tard", "Hugo Lemaire"),
])
def test_role_of_party_acronym_and_name(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


def test_role_of_a_person_is_still_null():
    assert quote_with_words(ES + "\"Diez\", dijo el portavoz de Juan Pérez Gil.", "es", "Diez").speaker is None


# after_quote with an object pronoun: no subject after the verb is no one's (and no carry-over)
ES_TALK = ES + "\"¿Habrá recortes?\", le preguntó la diputada Elena Soto Vera al consejero en el pleno.\n\n"


@pytest.mark.parametrize("lang,text,words", [
    ("es", ES_TALK + "\"Ninguno\", le contestó.", "Ninguno"),
    ("es", ES + "\"El paro bajará\", dijo el ministro Tomás Rey Gil.\n\n"
     "\"El empleo crece en todas las regiones\", se asegura en el boletín del Instituto Nacional de Estadística.",
     "El empleo crece en todas las regiones"),
    ("pt", PT + "\"Faltam verbas\", afirmou o deputado Rui Campos Neto, da oposição, durante a sessão.\n\n"
     "\"Vamos recorrer\", lhe disseram assessores do governo.", "Vamos recorrer"),
])
def test_clitic_verb_without_named_subject_is_null(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


def test_clitic_verb_with_subject_still_read():
    text = ES_TALK + "\"Ninguno\", le contestó el consejero Pablo Ríos Mena."
    assert quote_with_words(text, "es", "Ninguno").speaker == "Pablo Ríos Mena"


def test_fronted_title_doctor_and_name_still_read():
    text = DE + "Zur Eröffnung sagte Staatssekretärin Dr. Eva Brandt: „Ein großer Tag für uns.“"
    assert quote_with_words(text, "de", "Ein großer Tag für uns.").speaker == "Eva Brandt"
