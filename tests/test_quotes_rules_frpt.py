"""French and Portuguese incises, grouped by rule (issue 16, stop 39): the reporting verbs a news
incise uses beyond "dire" and "disse" (lexicon_fr, lexicon_pt), and the French subject pronoun
after its verb when an object pronoun stands before it (inverted_fr). Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

FR = ("Le conseil municipal a voté lundi le nouveau budget. Claire Dubois était à Lyon la semaine "
      "dernière, et Dubois est revenue hier.\n")
PT = ("A câmara aprovou nesta segunda-feira o novo orçamento. Ana Costa esteve em Lisboa na semana "
      "passada, e Costa voltou ontem.\n")


def _last(lead: str, body: str, lang: str) -> tuple[str | None, str | None]:
    quotes = extract_quotes("", [], lead + body, lang)
    return quotes[-1].speaker, quotes[-1].rule


# lexicon_fr: verbs of feeling that report speech in an incise, reflexive ones without their
# "s'"/"se" (the tokenizer splits it off), after the quote with the name or the pronoun.
@pytest.mark.parametrize("incise", [
    "s'inquiète Claire Dubois", "s'agace Claire Dubois", "s'étonne Claire Dubois",
    "se désole Claire Dubois", "se défend Claire Dubois", "se souvient Claire Dubois",
    "s'amuse Claire Dubois", "abonde Claire Dubois", "s'était exclamée Claire Dubois",
    "aurait confié Claire Dubois",
    "s'inquiète-t-elle", "s'agace-t-elle", "se désole-t-elle", "se souvient-elle",
    "tempête-t-elle", "tonne-t-elle", "avance-t-elle", "développe-t-elle", "juge-t-elle",
    "s'emporte-t-elle", "s'inquiétait-elle",
])
def test_french_incise_verbs(incise):
    assert _last(FR, f"« Nous ne céderons pas sur les horaires », {incise}.", "fr")[0] == "Claire Dubois"


# inverted_fr / rules_fr.inverted_pronoun / trailing.after_quote: an object pronoun before the
# inverted verb ("nous", "me", "m'", "se") is no speaker; the pronoun after the verb is.
@pytest.mark.parametrize("incise", [
    "nous explique-t-elle", "m'explique-t-elle", "me confie-t-elle", "se félicite-t-elle",
    "se justifie-t-elle", "nous a-t-elle expliqué", "avait-elle prévenu", "lui répond-elle",
])
def test_french_object_pronoun_before_inverted_verb(incise):
    assert _last(FR, f"« Nous ne céderons pas sur les horaires », {incise}.", "fr")[0] == "Claire Dubois"


# A noun that is no verb in an incise with a name after it stays no cue ("tempête", "juge"):
# only the inverted pronoun makes it one.
@pytest.mark.parametrize("body", [
    "La « tempête » Ciarán a frappé la côte.",
    "Le juge a rejeté la demande de « mise en liberté ».",
])
def test_french_nouns_stay_nouns(body):
    assert _last(FR, body, "fr")[0] is None


# lexicon_pt: the verbs of a Portuguese incise, after the quote with the name or with the subject
# dropped (dropped_subject: the person the paragraph is about).
@pytest.mark.parametrize("verb", [
    "disparou", "cravou", "brincou", "finalizou", "recordou", "relembra", "comemorou",
    "protestou", "prosseguiu", "continuou", "assinalou", "referiu", "realçou", "arrematou",
    "confidenciou", "replicou", "indagou", "reafirmou",
])
def test_portuguese_incise_verbs(verb):
    assert _last(PT, f"\"Não vamos recuar na reforma\", {verb} Ana Costa.", "pt")[0] == "Ana Costa"
    assert _last(PT, f"Ana Costa é ministra. \"Não vamos recuar na reforma\", {verb}.", "pt")[0] == "Ana Costa"


# lexicon_pt.AFTER_QUOTE_CUES, lexicon_fr.AFTER_QUOTE_CUES: verbs that report speech only in an
# incise, right after the quote and set off by a comma or a dash; elsewhere no cue ("celebrou um
# acordo com o “…”": a name, no one's words).
@pytest.mark.parametrize("lang, body, speaker", [
    ("pt", "\"Não vamos recuar\", celebrou Ana Costa.", "Ana Costa"),
    ("pt", "\"Não vamos recuar\" —disparou Ana Costa.", "Ana Costa"),
    ("pt", "Ana Costa é ministra. \"Não vamos recuar\", notou.", "Ana Costa"),
    ("pt", "O ministro Rui Lopes celebrou um acordo com o \"Grupo Norte\" ontem.", None),
    ("pt", "O ministro Rui Lopes disparou contra a \"farsa\" da oposição.", None),
    ("fr", "« Nous ne céderons pas », salue Claire Dubois.", "Claire Dubois"),
    ("fr", "« Nous ne céderons pas », rit-elle.", "Claire Dubois"),
    ("fr", "Le rapport de Paul Roy décrit une « situation grave ».", None),
])
def test_after_quote_only_verbs(lang, body, speaker):
    assert _last(FR if lang == "fr" else PT, body, lang)[0] == speaker


# An opinion verb is no reporting verb here (language.opinion reads it): unchanged, null.
def test_portuguese_opinion_verb_not_an_incise():
    assert _last(PT, "\"Não vamos recuar na reforma\", considera Ana Costa.", "pt")[0] is None


# phrases._described: the French article elided onto a title or a trade after the verb
# ("a déclaré l’ambassadeur", "explique l’avocate") is a description as "la maire" is: the one
# person the article gave that role, else no one.
@pytest.mark.parametrize("lead, speaker", [
    ("Marc Roy, ambassadeur à Rome, a parlé lundi. « Rien ne va », a déclaré l’ambassadeur.", "Marc Roy"),
    ("Claire Dubois, avocate à Lille, a plaidé lundi. « Rien ne va », explique l'avocate.", "Claire Dubois"),
    ("Marc Roy et Paul Lenoir ont parlé lundi. « Rien ne va », a déclaré l’économiste.", None),
])
def test_french_elided_role_after_verb(lead, speaker):
    assert _last(FR, lead, "fr")[0] == speaker


# phrases.np_core / phrases._described (subjects_fr.described_noun): in French and Portuguese an
# article and a noun of a trade ("le philosophe", "la chercheuse", "o economista") is a
# description as "la maire" is, before the verb or after it: the one person the article gave that
# trade, else no one.
@pytest.mark.parametrize("lang, body, speaker", [
    ("fr", "Paul Valadier, philosophe, publie un livre. Le philosophe dénonce une « manœuvre ».", "Paul Valadier"),
    ("fr", "Claire Dubois, chercheuse, publie un livre. « Rien ne va », regrette la chercheuse.", "Claire Dubois"),
    ("fr", "Claire Dubois et Anne Roy publient un livre. « Rien ne va », regrette la chercheuse.", None),
    ("pt", "O economista Paulo Mendes publicou um livro. O economista critica a \"manobra\".", "Paulo Mendes"),
    ("pt", "O economista Paulo Mendes publicou um livro. \"Não vamos recuar\", afirmou o economista.", "Paulo Mendes"),
    ("pt", "Paulo Mendes e Rui Lopes publicaram um livro. \"Não vamos recuar\", afirmou o economista.", None),
])
def test_trade_noun_description(lang, body, speaker):
    assert _last(FR if lang == "fr" else PT, body, lang)[0] == speaker


# rules_fr.pronoun_view: "d'après lui" gives the view of the one the pronoun stands for, as
# "selon lui" does.
@pytest.mark.parametrize("body, speaker", [
    ("Paul Roy publie un livre, et Roy voyage. D’après lui, la réforme est « mal ficelée ».", "Paul Roy"),
    ("Anne Roy publie un livre, et Roy voyage. La réforme est, d'après elle, « mal ficelée ».", "Anne Roy"),
])
def test_french_dapres_pronoun(body, speaker):
    assert _last(FR, body, "fr")[0] == speaker


# rules_fr.inverted_pronoun: "était-il précisé" is the impersonal passive, no one's words.
def test_french_impersonal_passive_is_no_ones():
    body = "« Les travaux reprendront en mai », était-il précisé dans le communiqué."
    assert _last(FR, body, "fr")[0] is None


# implied.dropped_subject_cue: a verb right after a closing mark, with no comma, stop or dash
# setting the quote off, has the phrase the quote stands in for its subject ("O relatório
# “Brasil 2030” previu"): no dropped subject, no one's words; set off or opening the sentence,
# the subject is dropped.
@pytest.mark.parametrize("body, speaker", [
    ("O relatório \"Brasil 2030\" previu um crescimento forte.", None),
    ("O relatório \"Brasil 2030\" afirmou que haverá crescimento.", None),
    ("Ana Costa é ministra. \"Não vamos recuar\", disse.", "Ana Costa"),
    # A quote that opens its sentence is the verb's object, fronted: the subject is dropped.
    ("Ana Costa é ministra. \"Um avanço histórico\" chamou o acordo assinado ontem.", "Ana Costa"),
])
def test_portuguese_dropped_subject_needs_the_quote_set_off(body, speaker):
    assert _last(PT, body, "pt")[0] == speaker
