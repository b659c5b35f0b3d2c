"""Mends of stop 33's Spanish, French and Portuguese rules after the second reader's probes (issue
16), on made-up sentences, grouped by rule."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words

ES = "Lucía Ferrer Gil es actriz desde 2009. Ferrer Gil vive en Arequipa.\n\n"
PT = "Lucía Ferrer Gil é atriz desde 2009. Ferrer Gil mora em Braga.\n\n"
FR = "Lucie Ferrand est actrice depuis 2009. Lucie Ferrand vit à Nantes.\n\n"


@pytest.mark.parametrize("lang,text,words,wrong", [
    # "for X" after a verb of asking, obtaining or requiring: whom the subject acts for, not X's view
    ("fr", FR + "La sénatrice Odile Marchal a réclamé pour Paul Vasseur que « la vérité éclate enfin ».",
     "la vérité éclate enfin", "Paul Vasseur"),
    ("fr", FR + "Le préfet Henri Castel a arraché, pour Sophie Garnier, « un délai de six mois » avant "
     "l'expulsion.", "un délai de six mois", "Sophie Garnier"),
    ("fr", "Le procès d'Arnaud Perrin s'est ouvert jeudi à Rennes.\n\nLe procureur a requis, pour Arnaud "
     "Perrin, « vingt ans de réclusion ».", "vingt ans de réclusion", "Arnaud Perrin"),
    ("es", ES + "La alcaldesa Rosa Vidal solicitó para Mario Quesada que «se le devuelva la licencia».",
     "se le devuelva la licencia", "Mario Quesada"),
    ("pt", PT + "O deputado Caio Prado conseguiu, para Rita Moura, \"uma vaga no hospital\".",
     "uma vaga no hospital", "Rita Moura"),
    ("es", ES + "La fiscal Rosa Vidal pidió, para Mario Quesada, «una pena de diez años».",
     "una pena de diez años", "Mario Quesada"),
    # a verb of showing with a person as its subject: the subject's words, not X's
    ("fr", FR + "Le ministre Luc Perrot confirme pour Anne Morel que « rien n'est décidé ».",
     "rien n'est décidé", "Anne Morel"),
])
def test_for_person_inside_not_after_an_acting_subject(lang, text, words, wrong):
    quote = quote_with_words(text, lang, words)
    assert quote.rule != "for_person_inside"
    assert quote.speaker != wrong


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a form of "to be", whoever its subject, or a verb of showing after a thing: X's view
    ("fr", FR + "Le nouveau statut reste, pour Thomas Berger, « un recul social ».", "un recul social",
     "Thomas Berger"),
    ("fr", FR + "Le ministre est, pour Claire Vidal, « un homme du passé ».", "un homme du passé", "Claire Vidal"),
    ("fr", FR + "Ce vote montre aujourd'hui pour Julien Fabre que « la gauche est vivante ».",
     "la gauche est vivante", "Julien Fabre"),
    ("es", ES + "La sentencia es, para Marta Lozano, «una vergüenza».", "una vergüenza", "Marta Lozano"),
])
def test_for_person_inside_after_a_frame(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker == speaker
    assert quote.rule == "for_person_inside"


@pytest.mark.parametrize("lang,text,words,wrong", [
    # a description of one role does not stand for the person named just before with another title
    ("fr", "Le conseil municipal de Brest a voté lundi le budget. « Nous voterons contre », a lancé la "
     "sénatrice Odile Marchal. « Les comptes sont sains », a assuré le maire.", "Les comptes sont sains",
     "Odile Marchal"),
    ("fr", "Le budget de Brest a été voté lundi. « Nous voterons contre », a déclaré Paul Vasseur, député du "
     "Finistère. « Les comptes sont sains », a répondu le maire.", "Les comptes sont sains", "Paul Vasseur"),
    ("es", "El pleno de Cuenca aprobó el presupuesto el lunes. «Votaremos en contra», dijo el diputado Mario "
     "Quesada. «Las cuentas están sanas», aseguró el alcalde.", "Las cuentas están sanas", "Mario Quesada"),
    ("fr", "Le ministre de l'Intérieur Henri Castel a visité Brest lundi avec les élus de la région. « Nous "
     "renforcerons la police », a déclaré la députée Odile Marchal. « Les moyens arrivent », a ajouté le "
     "ministre.", "Les moyens arrivent", "Odile Marchal"),
])
def test_description_not_of_a_person_with_another_title(lang, text, words, wrong):
    quote = quote_with_words(text, lang, words)
    assert quote.speaker != wrong


@pytest.mark.parametrize("lang,text,words,speaker", [
    # the same role (or its other gender) keeps the person named just before
    ("fr", "Le conseil municipal de Brest a voté lundi le budget. « Nous tiendrons nos promesses », a lancé "
     "la maire Odile Marchal. « Les comptes sont sains », a assuré la maire.", "Les comptes sont sains",
     "Odile Marchal"),
])
def test_description_of_the_same_title(lang, text, words, speaker):
    assert quote_with_words(text, lang, words).speaker == speaker


@pytest.mark.parametrize("lang,text,words", [
    # a short quote with its own verb and a subject no rule reads: someone's direct words, no one named
    ("fr", FR + "Le conseil a voté la fermeture de la piscine municipale lundi soir. « Jamais ! », a "
     "protesté l'ancienne nageuse Odile Marchal.", "Jamais !"),
    ("fr", "Le ministre de l'Économie Paul Vasseur était à Brest mardi pour présenter son plan aux "
     "entreprises de la région.\n\n« Nous investirons », a déclaré Paul Vasseur. « Bof », a répliqué "
     "l'ancienne opposante Odile Marchal.", "Bof"),  # ("l'opposante Odile Marchal" is read since fr46)
])
def test_own_attribution_is_direct_and_null(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert quote.kind == "direct"
    assert quote.speaker is None
    assert quote.rule == "own_attribution"


def test_own_attribution_is_not_passed_on_to_the_speaker_before():
    text = ("Le ministre de l'Économie Paul Vasseur était à Brest mardi pour présenter son plan aux "
            "entreprises de la région. « Nous investirons dans les usines », a déclaré Paul Vasseur. « Ce sont "
            "des promesses », a répliqué l'opposante Odile Marchal. « Nous verrons bien ce qui sera fait. »")
    quote = quote_with_words(text, "fr", "Nous verrons bien ce qui sera fait.")
    assert quote.speaker != "Paul Vasseur"
