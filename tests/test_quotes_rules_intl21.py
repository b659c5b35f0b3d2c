"""Spanish, French and Portuguese shapes of stop 35 (issue 16), on made-up sentences, grouped by
rule: the French incise in the passé composé or with a described subject inside one pair of
guillemets (``incise.split_incises``, then ``after_quote``/``own_attribution``); an apposition
closed by the dash of a Spanish or Portuguese incise (``after_quote``); "a juicio de", "na
avaliação de", "aux yeux de" and the like opening a sentence (``lead_in``); "según explicó a
EFE el ministro X" (``lead_in``); a sentence that opens on its reporting verb
(``verb_first_subject``); a French pronoun never goes to a man described as such."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

ES = "El Gobierno presentó el plan de vivienda el lunes en la capital, con una inversión millonaria para los jóvenes.\n\n"
PT = ("O governo do estado apresentou nesta segunda-feira um plano de obras para as estradas, que não "
      "depende de novos impostos e que será pago com os recursos do orçamento.\n\n")
FR = "La métropole a inauguré samedi la nouvelle ligne du tramway dans l'Est lyonnais, après trois ans de travaux.\n\n"

es_quotes, es_found = probes(ES, "es")
pt_quotes, pt_found = probes(PT, "pt")
fr_quotes, fr_found = probes(FR, "fr")


# French incise inside one pair of guillemets: compound past, a described subject, appositions
@pytest.mark.parametrize("body,first,second,speaker", [
    ("« Nous voulons doubler la part du vélo, a déclaré Anne Roussel. Chaque quartier aura sa piste. »",
     "Nous voulons doubler la part du vélo,", "Chaque quartier aura sa piste.", "Anne Roussel"),
    ("« C'est un bon début, a réagi Tomás Girard, président de l'association des cyclistes. Mais il faudra "
     "tenir les délais. »", "C'est un bon début,", "Mais il faudra tenir les délais.", "Tomás Girard"),
    ("« Nous serons vigilants, prévient le préfet, Marc Leroy. La sécurité passe avant tout. »",
     "Nous serons vigilants,", "La sécurité passe avant tout.", "Marc Leroy"),
    ("« Chaque mort est de trop, a expliqué le ministre de l'Intérieur, Paul Morel, lors d'une conférence de "
     "presse. Nous allons agir vite. »", "Chaque mort est de trop,", "Nous allons agir vite.", "Paul Morel"),
    ("« Les radars ne servent à rien, a déclaré à l'AFP Luc Martin. Il faut des policiers. »",
     "Les radars ne servent à rien,", "Il faut des policiers.", "Luc Martin"),
    ("« Les commerçants ont peur, explique Julie Morel, gérante d'une boulangerie. Sans voitures, pas de "
     "clients. »", "Les commerçants ont peur,", "Sans voitures, pas de clients.", "Julie Morel"),
    ("« On nous demande toujours plus, a regretté Marie Leroy, 45 ans. Et sans moyens. »",
     "On nous demande toujours plus,", "Et sans moyens.", "Marie Leroy"),
    ("« Je prends ce train chaque jour, a raconté Paul Morel. C'est épuisant. »\n\n« Nous avons été prévenus, "
     "a ajouté sa femme, Claire Morel. Mais trop tard. »", "Nous avons été prévenus,", "Mais trop tard.",
     "Claire Morel"),
])
def test_french_incise_in_the_past_or_with_a_description_cuts_the_quote(body, first, second, speaker):
    assert fr_found(body, first)[1] == speaker
    assert fr_found(body, second)[1] == speaker


def test_french_incise_going_on_after_a_comma_keeps_the_rest_of_the_sentence():
    body = "« Il faut, estime Claire Faure, changer les mentalités. »"
    assert fr_found(body, "Il faut,")[1] == "Claire Faure"
    assert fr_found(body, "changer les mentalités.")[1] == "Claire Faure"


@pytest.mark.parametrize("body,first", [
    # someone unnamed: null, not the speaker of the quote before
    ("« C'est du vent », a lancé la députée Anne Roy.\n\n« Nous serons prêts, a assuré un responsable de la "
     "gendarmerie. Les effectifs sont là. »", "Nous serons prêts,"),
    ("« C'est du vent », a lancé la députée Anne Roy.\n\n« La route tue, a rappelé l'élue du quartier. Il faut "
     "le dire. »", "La route tue,"),
])
def test_french_incise_with_an_unnamed_subject_is_null(body, first):
    assert fr_found(body, first)[1] is None
    assert fr_found(body, "C'est du vent")[1] == "Anne Roy"


@pytest.mark.parametrize("body,words,speaker", [
    # a list of participles and a thing after its article are no incise: the quote stays whole
    ("« Nous avons parlé, écrit des lettres, lancé une pétition », a déclaré Julie Morel, infirmière.",
     "Nous avons parlé, écrit des lettres, lancé une pétition", "Julie Morel"),
    ("« Le président, explique le texte, doit démissionner », a résumé Paul Roux, délégué syndical.",
     "Le président, explique le texte, doit démissionner", "Paul Roux"),
])
def test_french_words_that_only_look_like_an_incise_keep_the_quote_whole(body, words, speaker):
    assert fr_found(body, words)[1] == speaker


def test_french_pronoun_does_not_go_to_a_man_described_by_his_article():
    body = ("« Nous serons vigilants, prévient le préfet, Marc Leroy. La sécurité passe avant tout. »\n\n"
            "« Je suis ravie, confie-t-elle. C'est une bonne nouvelle. »")
    assert fr_found(body, "Je suis ravie,")[1] is None


def test_french_pronoun_still_goes_to_a_woman_described_by_her_article():
    body = ("« Nous serons vigilantes, prévient la préfète, Marie Leroy. La sécurité passe avant tout. »\n\n"
            "« Je suis ravie, confie-t-elle. C'est une bonne nouvelle. »")
    assert fr_found(body, "Je suis ravie,")[1] == "Marie Leroy"


# The dash of a Spanish or Portuguese incise closes the apposition that names the speaker
@pytest.mark.parametrize("quotes,body,words,speaker", [
    (es_found, "«Es la mayor inversión» —afirmó el ministro de Vivienda, Carlos Méndez—. «Queremos más».",
     "Es la mayor inversión", "Carlos Méndez"),
    (es_found, "«Llega tarde» —señaló el secretario general del sindicato, Luis Ortega—, «y es poco».",
     "Llega tarde", "Luis Ortega"),
    (pt_found, "\"É uma promessa\" —disse o presidente da associação, Carlos Rocha—. \"Nada mais\".",
     "É uma promessa", "Carlos Rocha"),
])
def test_dash_closes_the_apposition_of_an_incise(quotes, body, words, speaker):
    assert quotes(body, words)[1] == speaker


def test_dash_with_no_name_after_the_description_is_null():
    assert es_found("«Es un error» —afirmó el ministro de Vivienda—.", "Es un error")[1] is None


# "according to" phrases opening a sentence
@pytest.mark.parametrize("quotes,body,words,speaker", [
    (es_found, "«La economía se enfría», dijo Laura Pardo. A juicio de Fernando Ibáñez, catedrático, "
               "«la inflación sigue siendo el problema».", "la inflación sigue siendo el problema",
     "Fernando Ibáñez"),
    (es_found, "«La economía se enfría», dijo Laura Pardo. En opinión del director del instituto, Mario Vega, "
               "«no habrá recesión».", "no habrá recesión", "Mario Vega"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Conforme Maria Lima, presidente do sindicato, "
               "\"as vendas serão fracas\".", "as vendas serão fracas", "Maria Lima"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Na avaliação da economista Ana Paula Rocha, "
               "\"os juros vão cair pouco\".", "os juros vão cair pouco", "Ana Paula Rocha"),
    (fr_found, "« La tendance est mauvaise », a déclaré Hélène Garnier. Aux yeux de Bruno Lemaire, directeur "
               "de l'institut, « rien n'est joué ».", "rien n'est joué", "Bruno Lemaire"),
    (fr_found, "« La tendance est mauvaise », a déclaré Hélène Garnier. De l'avis de la syndicaliste Nadia "
               "Benali, « les jeunes sont touchés ».", "les jeunes sont touchés", "Nadia Benali"),
])
def test_according_phrase_opening_a_sentence_names_the_speaker(quotes, body, words, speaker):
    assert quotes(body, words)[1] == speaker


def test_according_phrase_on_a_body_is_not_the_previous_speaker():
    body = "«La economía se enfría», dijo Laura Pardo. A juicio del Gobierno, las cifras son «coyunturales»."
    assert es_found(body, "coyunturales")[1] != "Laura Pardo"


# "Según explicó a EFE el ministro X": the verb's adjunct, then the speaker
@pytest.mark.parametrize("body,speaker", [
    ("«Es grave», dijo Ana López. Según explicó a EFE el ministro Jordi Serra, «la situación es mala».",
     "Jordi Serra"),
    ("«Es grave», dijo Ana López. Según indicó este martes el alcalde, Pere Soler, «la situación es mala».",
     "Pere Soler"),
    ("«Es grave», dijo Ana López. Según dijo el ministro Jordi Serra, «la situación es mala».", "Jordi Serra"),
])
def test_segun_with_a_verb_and_its_adjunct_names_the_speaker(body, speaker):
    assert es_found(body, "la situación es mala")[1] == speaker


# verb_first_subject: "Aseguró el alcalde X que «…»"
@pytest.mark.parametrize("quotes,body,words,speaker", [
    (es_found, "«Es grave», dijo Ana López. Aseguró el alcalde Pere Soler que «no habrá cortes».",
     "no habrá cortes", "Pere Soler"),
    (es_found, "«Es grave», dijo Ana López. Afirmó además la presidenta de los regantes, Rosa Vila, que "
               "«el campo no aguantará».", "el campo no aguantará", "Rosa Vila"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Afirmou o ministro Paulo Neves que \"o governo fez a "
               "sua parte\".", "o governo fez a sua parte", "Paulo Neves"),
    # an adjunct before the subject, an apposition after it, a description and a name, adverbs
    (es_found, "«Es grave», dijo Ana López. Explicó en Madrid el diputado Juan Roca que «la negociación fue "
               "dura».", "la negociación fue dura", "Juan Roca"),
    (es_found, "«Es grave», dijo Ana López. Recordó el exministro José Blanco, padre de Ana Blanco, que «la "
               "reforma fue peor».", "la reforma fue peor", "José Blanco"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Afirmou o relator, Aguinaldo Ribeiro, que \"o texto "
               "foi negociado\".", "o texto foi negociado", "Aguinaldo Ribeiro"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Destacou também a ministra do Planejamento, Simone "
               "Tebet, que \"o país ganha\".", "o país ganha", "Simone Tebet"),
])
def test_verb_first_sentence_names_its_subject(quotes, body, words, speaker):
    text, who, rule = quotes(body, words)
    assert (who, rule) == (speaker, "verb_first_subject")


@pytest.mark.parametrize("body,words", [
    # the verb opens no sentence, has no "que" before the quote, or is no reporting verb
    ("«Es grave», dijo Ana López. El alcalde Pere Soler aseguró que «no habrá cortes».", "no habrá cortes"),
    ("«Es grave», dijo Ana López. Aseguró el alcalde Pere Soler: «No habrá cortes».", "No habrá cortes"),
    ("«Es grave», dijo Ana López. Compró el alcalde Pere Soler una casa que «no tiene agua».", "no tiene agua"),
])
def test_verb_first_subject_needs_its_shape(body, words):
    assert es_found(body, words)[2] != "verb_first_subject"


@pytest.mark.parametrize("body,words", [
    # a description no one in the article holds, a place after a role: null, not the one before
    ("«Es grave», dijo Ana López. Afirmó la portavoz que «el texto llega tarde».", "el texto llega tarde"),
    ("«Es grave», dijo Ana López. Afirmó el alcalde de San José que «no habrá cortes».", "no habrá cortes"),
])
def test_verb_first_subject_unnamed_is_null(body, words):
    assert es_found(body, words)[1:] == (None, "verb_first_subject")


def test_verb_first_subject_is_not_english():
    from newsbeam.transforms.quotes.rule_languages import ONLY_IN
    assert ONLY_IN["verb_first_subject"] == frozenset({"es", "pt"})


# verb_first_subject: a listener after the subject ("a la periodista X", "ao repórter X") is not
# the one who speaks; the subject ends before it (second reader, stop 35)
@pytest.mark.parametrize("quotes,body,words", [
    (es_found, "«Es grave», dijo Ana López. Aseguró el alcalde a la periodista Marta Gil que «no habrá más "
               "subidas».", "no habrá más subidas"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Disse o prefeito ao repórter Carlos Lima que \"as "
               "obras vão terminar\".", "as obras vão terminar"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Disse o prefeito à repórter Ana Lima que \"as obras "
               "vão terminar\".", "as obras vão terminar"),
    # a second subject after "e": two people, no one
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Disse o prefeito e a vice Ana Lima que \"as obras "
               "vão terminar\".", "as obras vão terminar"),
])
def test_verb_first_subject_listener_is_not_the_speaker(quotes, body, words):
    assert quotes(body, words)[1:] == (None, "verb_first_subject")


@pytest.mark.parametrize("quotes,body,words,speaker", [
    # the subject named before its listener, or an apposition before it; an adjunct "a EFE" after
    # the verb is no listener after a subject; a description the article gave a name
    (es_found, "«Es grave», dijo Ana López. Aseguró el alcalde Pere Soler a la periodista Marta Gil que «no "
               "habrá más subidas».", "no habrá más subidas", "Pere Soler"),
    (es_found, "«Es grave», dijo Ana López. Aseguró la ministra de Economía, Rosa Vila, a los periodistas que "
               "«no habrá más subidas».", "no habrá más subidas", "Rosa Vila"),
    (es_found, "«Es grave», dijo Ana López. Explicó a EFE el ministro Carlos Méndez que «la negociación fue "
               "dura».", "la negociación fue dura", "Carlos Méndez"),
    (es_found, "El alcalde de Toledo, Pere Soler, presentó el plan. Aseguró el alcalde a los periodistas que "
               "«no habrá más subidas».", "no habrá más subidas", "Pere Soler"),
    (pt_found, "\"O pior já passou\", disse Pedro Souza. Disse a ministra Ana Souza aos jornalistas que \"as "
               "obras vão terminar\".", "as obras vão terminar", "Ana Souza"),
])
def test_verb_first_subject_before_its_listener_speaks(quotes, body, words, speaker):
    assert quotes(body, words)[1:] == (speaker, "verb_first_subject")


# French incise: two people after the verb, and a relative clause about the speaker
@pytest.mark.parametrize("body", [
    "« Nous restons, a déclaré Jean et Marie Dupont. Nous n'avons pas peur. »",
    "« Nous restons, a déclaré Jean Dupont et Marie Dupont. Nous n'avons pas peur. »",
    "« Nous serons prêts, a assuré le maire et son adjoint. Les effectifs sont là. »",
])
def test_french_incise_with_two_people_is_not_cut_nor_credited_to_the_first(body):
    assert fr_quotes(body) == [(body.strip("« »"), None, None)]


@pytest.mark.parametrize("body,first,second,speaker", [
    ("« Il faut agir, a déclaré Paul Morel, qui cite Anne Roy. Nous attendons. »",
     "Il faut agir,", "Nous attendons.", "Paul Morel"),
    ("« Il faut agir, a déclaré Paul Morel, président de l'association, qui cite Anne Roy. Nous attendons. »",
     "Il faut agir,", "Nous attendons.", "Paul Morel"),
    ("« Il faut agir, a déclaré Paul Morel, 45 ans, dont le fils est élu. Nous attendons. »",
     "Il faut agir,", "Nous attendons.", "Paul Morel"),
])
def test_french_incise_ends_after_a_relative_clause_about_its_speaker(body, first, second, speaker):
    assert [q[:2] for q in fr_quotes(body)] == [(first, speaker), (second, speaker)]


def test_french_incise_relative_clause_closing_the_quotation_leaves_one_piece():
    body = "« Il faut agir, a déclaré Paul Morel, qui cite Anne Roy. »"
    assert [q[:2] for q in fr_quotes(body)] == [("Il faut agir,", "Paul Morel")]
