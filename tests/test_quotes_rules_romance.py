"""Spanish, Portuguese and French speakers introduced by a noun of their trade (issue 16, stop
38): "la abogada Nancy Rodas", "o sindicalista Ramiro Quintela", "le syndicaliste Rémi Quintard".
Own sentences, grouped by the step they test."""
from __future__ import annotations

import pytest

from newsbeam.transforms.html import TEASER
from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.person_nouns import person_noun, trade_noun


def _speaker(text: str, language: str, words: str) -> str | None:
    found = [q for q in extract_quotes("", [], text, language=language) if q.text.strip(" ,.") == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], text, language=language)]
    return found[0].speaker


# NameIndex.is_person: a name written once after a trade noun is a person's, so a quote whose
# verb drops its subject ("“…”, dijo.") in the next paragraph is that person's.
DROPPED_SUBJECT = [
    ("es", "El gobierno anunció nuevas medidas para el campo.\n\n"
           "Por su parte, la ingeniera Marta Villalobos señaló que los productores no fueron avisados.\n\n"
           "“Hemos esperado durante meses una respuesta y nadie nos ha llamado”, dijo.",
     "Hemos esperado durante meses una respuesta y nadie nos ha llamado", "Marta Villalobos"),
    ("pt", "O governo anunciou novas medidas para o campo.\n\n"
           "Já a advogada Sílvia Monteiro Prado afirmou que os produtores não foram avisados.\n\n"
           "\"Esperamos meses por uma resposta e ninguém nos ligou\", disse.",
     "Esperamos meses por uma resposta e ninguém nos ligou", "Sílvia Monteiro Prado"),
]


@pytest.mark.parametrize("language, text, words, speaker", DROPPED_SUBJECT)
def test_a_name_after_a_trade_noun_is_a_person(language, text, words, speaker):
    assert _speaker(text, language, words) == speaker


# titled.titled_subject: "El economista Julián Ortuño fue claro: «…»" opens on its subject as
# "El ministro Julián Ortuño" does; the name is the speaker.
COLON_SUBJECT = [
    ("es", "El sindicalista Ramiro Quintana fue tajante: “No aceptaremos ningún recorte”.",
     "No aceptaremos ningún recorte", "Ramiro Quintana"),
    ("es", "La economista Irene Salvatierra se mostró optimista: “El empleo crecerá este año”.",
     "El empleo crecerá este año", "Irene Salvatierra"),
    ("pt", "O sindicalista Ramiro Quintela foi taxativo: \"Não aceitaremos nenhum corte\".",
     "Não aceitaremos nenhum corte", "Ramiro Quintela"),
    ("fr", "Le syndicaliste Rémi Quintard a été clair : « Nous n’accepterons aucune coupe. »",
     "Nous n’accepterons aucune coupe", "Rémi Quintard"),
]


@pytest.mark.parametrize("language, text, words, speaker", COLON_SUBJECT)
def test_a_trade_noun_and_a_name_open_the_subject(language, text, words, speaker):
    assert _speaker(text, language, words) == speaker


# What stays as it was: the trade of someone else's ("El abogado de Ana Ruiz") is no name of
# Ana Ruiz, and a trade noun with no name after it names no one by itself.
NOT_THE_NAME = [
    ("es", "El abogado de Ana Ruiz fue tajante: “Mi clienta es inocente”.", "Mi clienta es inocente"),
    ("es", "El economista fue tajante: “La inflación seguirá alta”.", "La inflación seguirá alta"),
]


@pytest.mark.parametrize("language, text, words", NOT_THE_NAME)
def test_a_trade_noun_gives_no_other_name(language, text, words):
    assert _speaker(text, language, words) is None


@pytest.mark.parametrize("language, word, trade", [
    ("es", "abogada", True), ("es", "sindicalista", True), ("pt", "advogado", True),
    ("fr", "l'historienne", True), ("fr", "syndicaliste", True),
    # English role words are no trade of these languages ("la police", "le général")
    ("fr", "police", False), ("es", "general", False), ("en", "lawyer", False),
])
def test_trade_nouns_are_the_article_languages(language, word, trade):
    with use(language):
        assert trade_noun(word) is trade
        assert person_noun(word) is (trade or word in ("police", "general", "lawyer"))


# adjunct_subject: the subject after a verb and its adjunct. "a través de" (through) opens no
# listener, as "a la prensa" does; "el abogado X" opens the subject as "el ministro X" does.
AFTER_ADJUNCT = [
    ("es", "La medida generó polémica.\n\n“Vamos a recurrir la sentencia”, anunció a través de un "
           "comunicado Felipe Carrasco.", "Vamos a recurrir la sentencia", "Felipe Carrasco"),
    ("es", "La medida generó polémica.\n\n“Vamos a apelar”, dijo en rueda de prensa el abogado Felipe "
           "Carrasco.", "Vamos a apelar", "Felipe Carrasco"),
]


@pytest.mark.parametrize("language, text, words, speaker", AFTER_ADJUNCT)
def test_the_subject_after_an_adjunct(language, text, words, speaker):
    assert _speaker(text, language, words) == speaker


# html.TEASER: a teaser for another story in Spanish, Portuguese or French is furniture; a name
# and a colon ("Lee:", a transcript's line) or a sentence is not.
@pytest.mark.parametrize("paragraph, teaser", [
    ("Lea también: Lluvias dejan cientos de damnificados", True),
    ("VEA TAMBIÉN: Estrella de la educación no brilla", True),
    ("LEIA MAIS: Governo anuncia novo pacote", True),
    ("Saiba mais: como declarar o imposto", True),
    ("À lire aussi : la réforme des retraites en cinq questions", True),
    ("Lee: I think we should wait.", False),
    ("Lea Salvat a déclaré qu’elle partait.", False),
    ("Mira también el partido de mañana.", False),
])
def test_teasers_in_these_languages(paragraph, teaser):
    assert (TEASER.match(paragraph) is not None) is teaser


# phrases._np_after with subjects_fr.elided_role: after the verb, the article elided onto a
# trade or title ("l’avocat", "l'économiste") opens the subject as "le ministre" does.
ELIDED_AFTER_VERB = [
    ("La mesure a suscité la polémique.\n\n« Nous allons faire appel », a déclaré l’avocat Paul Vernet.",
     "Nous allons faire appel", "Paul Vernet"),
    ("La mesure a suscité la polémique.\n\n« Le déficit va se creuser », a expliqué l'économiste Julien "
     "Ortolan.", "Le déficit va se creuser", "Julien Ortolan"),
    ("La mesure a suscité la polémique.\n\n« Rien n’est joué », estime l’historienne Anne Morel.",
     "Rien n’est joué", "Anne Morel"),
]


@pytest.mark.parametrize("text, words, speaker", ELIDED_AFTER_VERB)
def test_an_elided_article_and_a_trade_after_the_verb(text, words, speaker):
    assert _speaker(text, "fr", words) == speaker


# pronouns_intl._agreeing with person_nouns.article_gender: the article of the trade gives the
# name its gender, so "dijo ella" is not the man "el urbanista" introduced (and "él" not her).
GENDER_BY_ARTICLE = [
    ("pt", "O governo apresentou um plano de obras.\n\nO urbanista Nabil Bonfim criticou o plano.\n\n"
           "\"Não há dinheiro\", disse ela.", "Não há dinheiro", None),
    ("es", "El gobierno presentó un plan de obras.\n\nLa abogada Nancy Rodas criticó el plan.\n\n"
           "“No hay dinero”, dijo él.", "No hay dinero", None),
    ("es", "El gobierno presentó un plan de obras.\n\nLa abogada Nancy Rodas criticó el plan.\n\n"
           "“No hay dinero”, dijo ella.", "No hay dinero", "Nancy Rodas"),
]


@pytest.mark.parametrize("language, text, words, speaker", GENDER_BY_ARTICLE)
def test_the_trade_article_gives_the_gender(language, text, words, speaker):
    assert _speaker(text, language, words) == speaker
