"""Spanish, French and Portuguese shapes of stop 33 (issue 16), on made-up sentences, grouped by
rule. Common news attribution first: a French quote that opens its sentence with a spaced
guillemet (« C'est ...) or a sentence that opens on an accented capital (É, Él, État) starts a
new sentence, so the sentence before is not read as the quote's own lead-in."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.tokens import Sentences
from tests.records import quote_with_words

ES = "Lucía Ferrer Gil es actriz desde 2009. Ferrer Gil vive en Arequipa.\n\n"
PT = "Lucía Ferrer Gil é atriz desde 2009. Ferrer Gil mora em Braga.\n\n"
FR = "Lucie Ferrand est actrice depuis 2009. Lucie Ferrand vit à Nantes.\n\n"


@pytest.mark.parametrize("text,second", [
    ("Le maire proteste. « Nous partons », dit-il.", "« Nous partons »"),
    ("La ville a voté. État d'urgence décrété.", "État d'urgence"),
    ("O senador falou. É um alarde.", "É um alarde"),
    ("Er kam spät. Über Nacht fiel Schnee.", "Über Nacht"),
])
def test_sentence_opens_on_spaced_guillemet_or_accented_capital(text, second):
    sentences = Sentences(text)
    at = text.index(second)
    assert sentences.start(0, at + 2) == at


@pytest.mark.parametrize("lang,text,words,speaker", [
    # the sentence before has a reporting verb of its own; the quote names its own speaker after it
    ("fr", FR + "L'opposition dénonce le texte. « C'est de la communication », a affirmé le député Éric Colin.",
     "C'est de la communication", "Éric Colin"),
    ("fr", FR + "Le maire proteste. « Nous n'avons pas été consultés », a écrit le maire de Lille, Arnaud Dumas.",
     "Nous n'avons pas été consultés", "Arnaud Dumas"),
])
def test_quote_after_spaced_guillemet_is_its_own_sentence(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words", [
    # the sentence before names a party after a preposition: not the subject (and not a person)
    ("pt", PT + "O senador do Podemos pondera que não há ameaça. \"É um alarde\", afirmou.", "É um alarde"),
    ("es", ES + "El diputado del PSOE sostiene que no hay prisa. «Él no decide», afirmó.", "Él no decide"),
])
def test_party_after_preposition_in_sentence_before_is_no_speaker(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker_mention not in ("Podemos", "PSOE")
    assert quote.speaker is None


@pytest.mark.parametrize("lang,text,words,speaker,mention", [
    # French: a listener (an outlet) between the verb and its subject
    ("fr", FR + "« Le texte sera voté », a assuré au Figaro le ministre de l'Industrie, Paul Verlaine.",
     "Le texte sera voté", "Paul Verlaine", None),
    ("fr", FR + "« Rien n'est joué », a déclaré à l'AFP Martine Lebrun.", "Rien n'est joué", "Martine Lebrun", None),
    ("fr", FR + "« Il faut du temps », a expliqué à Franceinfo la sénatrice Agnès Morel.",
     "Il faut du temps", "Agnès Morel", None),
    # someone unnamed after the listener: null, not the last speaker named
    ("fr", FR + "« Rien n'est joué », a déclaré à l'AFP Martine Lebrun.\n\n« C'est une erreur », a confié au "
     "Parisien un conseiller ministériel.", "C'est une erreur", None, "un conseiller ministériel"),
    ("es", ES + "«No habrá acuerdo», dijo Tomás Ibarra.\n\n«Habrá acuerdo», dijo a EFE una fuente del ministerio.",
     "Habrá acuerdo", None, "una fuente del ministerio"),
])
def test_subject_after_listener(lang, text, words, speaker, mention):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    if mention:
        assert quote.speaker_mention == mention


@pytest.mark.parametrize("lang,text,words", [
    # the listener is a person, not an outlet: never the end of their name as the speaker
    ("es", ES + "«No habrá acuerdo», dijo a Juan Pérez Gil.", "No habrá acuerdo"),
    ("fr", FR + "« Rien n'est joué », a déclaré à Jean Martin Dupont.", "Rien n'est joué"),
])
def test_person_listener_is_no_speaker(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker not in ("Pérez Gil", "Martin Dupont", "Juan Pérez Gil", "Jean Martin Dupont")


@pytest.mark.parametrize("lang,text,words", [
    # a spokesman of someone named with three words: the spokesman (null), not the name's tail
    ("es", ES + "El portavoz de Juan Pérez Gil aseguró ayer que «no habrá dimisión».", "no habrá dimisión"),
    ("es", ES + "El portavoz de Ana María Ruiz dijo que «no habrá dimisión».", "no habrá dimisión"),
    ("pt", PT + "O porta-voz de João Pedro Lima disse que \"não haverá renúncia\".", "não haverá renúncia"),
])
def test_spokesman_of_someone_is_no_department(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a department after the spokesman's "del": still the name after it
    ("es", ES + "La portavoz del Gobierno Ana María Ruiz dijo que «no habrá dimisión».", "no habrá dimisión",
     "Ana María Ruiz"),
    ("es", ES + "El ministro de Hacienda Juan Pérez dijo que «no habrá dimisión».", "no habrá dimisión",
     "Juan Pérez"),
])
def test_department_before_name_still_read(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("text,words,mention", [
    # Spanish: the role a sentence opens on is the subject of a verb with its subject dropped
    (ES + "El diputado socialista considera que no hay prisa. «Hay que esperar», sostuvo.", "Hay que esperar",
     "El diputado"),
    (ES + "La fiscal dijo que el caso es grave. «Pediremos diez años», agregó.", "Pediremos diez años", "La fiscal"),
])
def test_spanish_role_subject_before_dropped_subject(text, words, mention):
    quote = quote_with_words(text, "es", words)
    assert quote.kind == "direct"
    assert quote.speaker is None
    assert quote.speaker_mention == mention


@pytest.mark.parametrize("lang,text,words,speaker", [
    # "for X" set off as a view inside the sentence: before a "que" clause, or between commas
    ("fr", FR + "L'essor des radios libres, avec des voix « différentes et engagées », confirme pour Claire "
     "Martin que la radio reste vivante.", "différentes et engagées", "Claire Martin"),
    ("fr", FR + "Le texte est, pour Jean-Marc Dupuis, « une erreur historique ».", "une erreur historique",
     "Jean-Marc Dupuis"),
    ("fr", FR + "La loi est, pour la députée Anne Roy, « une avancée ».", "une avancée", "Anne Roy"),
    ("es", ES + "La medida es, para Ana María Ruiz, «un error histórico».", "un error histórico", "Ana María Ruiz"),
    ("es", ES + "El acuerdo demuestra para Luis Gómez que «el diálogo funciona».", "el diálogo funciona",
     "Luis Gómez"),
    ("pt", PT + "A medida é, para Ana Paula Souza, \"um erro histórico\".", "um erro histórico", "Ana Paula Souza"),
])
def test_for_person_inside(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule == "for_person_inside"


@pytest.mark.parametrize("lang,text,words", [
    # "for X" after the quoted words, or with no comma before it: a blow or a gift to X, not X's word
    ("fr", FR + "C'est un « camouflet » pour Emmanuel Marchand, qui espérait une victoire.", "camouflet"),
    ("fr", FR + "Une victoire « historique » pour Marine Tessier, a estimé la presse.", "historique"),
    ("fr", FR + "Il a acheté un cadeau pour Marie Lefort, « une vraie surprise ».", "une vraie surprise"),
    ("es", ES + "Trabaja para Juan Pérez Gil, «el mejor jefe» según sus empleados.", "el mejor jefe"),
    ("es", ES + "Es un «golpe» para Pedro Salinas, que esperaba ganar.", "golpe"),
    ("pt", PT + "É um \"golpe\" para Jair Bastos, que esperava vencer.", "golpe"),
    # a group, not a person
    ("fr", FR + "Le projet est, pour les syndicats, « une trahison ».", "une trahison"),
])
def test_for_someone_that_is_no_view(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.rule != "for_person_inside"
    assert quote.speaker is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    # an outlet after an auxiliary and the verb, then where it printed the words
    ("fr", FR + "« C'est injuste », explique Paul Garnier.\n\n« La dette est hors de contrôle », a écrit Le Monde "
     "dans son éditorial.", "La dette est hors de contrôle", "Le Monde"),
    ("es", ES + "«Es injusto», afirmó Tomás Ibarra.\n\n«La deuda está fuera de control», publicó El País en su "
     "editorial.", "La deuda está fuera de control", "El País"),
    # a person whose name opens on an article is a person: the next quote goes on with her
    ("fr", "Marine Le Pen a tenu un meeting à Perpignan dimanche.\n\n« Nous gagnerons », a déclaré Le Pen. "
     "« Le pays attend le changement. »", "Le pays attend le changement.", "Marine Le Pen"),
])
def test_outlet_after_auxiliary_and_place(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words", [
    # the quote's own verb has a subject no rule reads: null, never the speaker of the quote before
    ("pt", PT + "\"O orçamento é injusto\", afirmou o deputado Lindberg Faria.\n\n\"A dívida está fora de "
     "controle\", escreveu a Folha em editorial.", "A dívida está fora de controle"),
    # (the French "a déclaré au Parisien Jean Dumont" is read since stop 40, rom40b: Jean Dumont,
    # test_quotes_rules_rom40b.test_outlet_told_after_another_speaker)
])
def test_own_subject_after_stops_inheritance(lang, text, words):
    assert quote_with_words(text, lang, words).speaker is None


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a verb with no subject after it still goes on with the speaker before
    ("es", ES + "«Es injusto», afirmó Tomás Ibarra. «No lo vamos a permitir», dijo en rueda de prensa.",
     "No lo vamos a permitir", "Tomás Ibarra"),
    ("pt", PT + "\"É injusto\", afirmou Tomás Ibarra. \"Não vamos permitir\", disse a repórteres.",
     "Não vamos permitir", "Tomás Ibarra"),
])
def test_verb_without_subject_still_inherits(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # French never drops the subject: after the listener's phrase, the name is the speaker's
    ("fr", FR + "« Mon client est innocent », a déclaré Paul Roux.\n\n« Il faut relire le dossier », a dit à "
     "l'avocat de la famille Marie Lenoir.", "Il faut relire le dossier", "Marie Lenoir"),
    # someone unnamed after an outlet told: null, not the speaker before
    ("fr", FR + "« Mon client est innocent », a déclaré Paul Roux.\n\n« Le verdict tombera vendredi », a annoncé "
     "à l'AFP le parquet de Lyon.", "Le verdict tombera vendredi", None),
    # "pour sa part" before the subject
    ("fr", FR + "« Mon client est innocent », a déclaré Paul Roux.\n\n« La justice est lente », a estimé pour sa "
     "part Claire Vidal.", "La justice est lente", "Claire Vidal"),
])
def test_listener_phrase_before_the_subject(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a quote that opens its sentence (now split at "« ") and is its topic: not the subject's before
    ("fr", FR + "Le maire Paul Morel a parlé vendredi. « Une honte », ce mot revient souvent dans la presse.",
     "Une honte", None),
    # a quote said alone after a sentence about someone: that person's
    ("fr", FR + "Le maire Paul Morel a parlé vendredi. « Nous tiendrons bon. »", "Nous tiendrons bon.", "Paul Morel"),
])
def test_quote_opening_its_sentence_after_a_person(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker
