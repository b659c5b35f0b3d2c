"""French honorifics and elided articles in a speaker's name (stop 46, fr46; honorifics_fr.py,
titles.split_title, lexicon_fr.HONORIFICS and PEOPLE): "M. Ribard", "Me Sautel", "Mgr Vesco",
"le Pr Ravault" are the person the article names in full, without the honorific (the guide:
titles and honorifics are never part of the name); "L'infectiologue" opening a sentence is no
given name; "a fustigé l'opposante Amélie Roussel" names Amélie Roussel. English "M." stays an
initial. Made-up sentences in the style of agency and regional French copy (ours, not an
outlet's)."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after

INTRO_FR = "La commune de Valmoret a présenté mardi son budget pour l'année prochaine.\n\n"
INTRO_EN = "The harbor festival opened on Friday after two years of delays.\n\n"
_quote = quote_after(INTRO_FR, "fr")
_quote_en = quote_after(INTRO_EN, "en")


@pytest.mark.parametrize("body, words, speaker", [
    # Second mention with "M." / "Mme": the fullest name given before.
    ("Jacques Ribard, 58 ans, dirige la scierie. « Nous irons jusqu'au bout », affirme M. Ribard.",
     "Nous irons jusqu'au bout", "Jacques Ribard"),
    ("Le ministre de l'Économie, Bruno Lévêque, a présenté son plan. « Nous tiendrons nos objectifs », "
     "a ajouté M. Lévêque.", "Nous tiendrons nos objectifs", "Bruno Lévêque"),
    ("Odile Marchetti préside le syndicat. Selon M. Ribard, « rien n'est perdu ».", "rien n'est perdu", "Ribard"),
    ("Jacques Ribard dirige la scierie. Pour M. Ribard, « rien n'est perdu ».", "rien n'est perdu", "Jacques Ribard"),
    ("Jacques Ribard dirige la scierie. M. Ribard a assuré que « rien n'est perdu ».",
     "rien n'est perdu", "Jacques Ribard"),
    # The honorific before the full name.
    ("« Nous irons jusqu'au bout », a affirmé M. Jacques Ribard.", "Nous irons jusqu'au bout", "Jacques Ribard"),
    # "Me" / "Maître" for a lawyer, "Mgr" for a bishop, "Pr" for a professor.
    ("L'avocat de la famille, Me Antoine Dubreuil, conteste. « Mon client est innocent », a plaidé Me Dubreuil.",
     "Mon client est innocent", "Antoine Dubreuil"),
    ("« Mon client conteste les faits », a indiqué Maître Hélène Sautel.", "Mon client conteste les faits",
     "Hélène Sautel"),
    ("« Nous devons accueillir les exilés », a déclaré Mgr Jean-Paul Vescovi.",
     "Nous devons accueillir les exilés", "Jean-Paul Vescovi"),
    ("« Le traitement fonctionne », assure le Pr Didier Ravault.", "Le traitement fonctionne", "Didier Ravault"),
    # An elided article and noun opening the sentence is no part of the name.
    ("L'infectiologue Didier Ravault défend son étude. « Le traitement fonctionne », assure le Pr Ravault.",
     "Le traitement fonctionne", "Didier Ravault"),
    # An elided article before a noun of a person, then the name.
    ("« C'est une provocation », a fustigé l'opposante Amélie Roussel.", "C'est une provocation", "Amélie Roussel"),
    ("« Il faut du courage », a déclaré l'abbé Pierre Ménard.", "Il faut du courage", "Pierre Ménard"),
    ("« Les chiffres montent », prévient l'épidémiologiste Marc Lenoir.", "Les chiffres montent", "Marc Lenoir"),
], ids=["m-second", "m-after-title", "selon-m-alone", "pour-m", "m-subject", "m-full", "me-lawyer",
        "maitre", "mgr", "pr", "elided-noun-opening", "l-opposante", "l-abbe", "l-epidemiologiste"])
def test_french_honorifics_and_elided_nouns(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words", [
    # A noun alone after the elided article: no one named there (rather null than a guess).
    ("« Les chiffres montent », prévient l'épidémiologiste.", "Les chiffres montent"),
    # An unnamed official with a title: null.
    ("« La région investira vingt millions », a annoncé la présidente de la région.",
     "La région investira vingt millions"),
], ids=["noun-alone", "unnamed-title"])
def test_no_name_stays_null(body, words):
    assert _quote(body, words).speaker is None


def test_a_capitalized_elided_name_keeps_its_capital():
    # "D'Alembert": a capital after the apostrophe is a name, not an article and a noun.
    body = "« Les statuts sont clairs », a rappelé Hugues D'Alembert, le trésorier."
    assert _quote(body, "Les statuts sont clairs").speaker == "Hugues D'Alembert"


def test_english_m_stays_an_initial():
    body = "“It was a long night,” said M. Ward Holloway, the festival director."
    assert _quote_en(body, "It was a long night,").speaker == "M. Ward Holloway"


@pytest.mark.parametrize("body, words, speaker", [
    # "lance" and "assure" in the present, right after the quote (cues there only).
    ("« Nous ne sommes pas des délinquants », lance Hugo, 24 ans, étudiant.",
     "Nous ne sommes pas des délinquants", "Hugo"),
    ("« Les stocks sont pleins », assure Odile Marchetti, gérante de la coopérative.",
     "Les stocks sont pleins", "Odile Marchetti"),
    # A phrase marking the turn to the next speaker inside the perfect.
    ("« Le virus circule encore », a pour sa part souligné Maria Kervella.", "Le virus circule encore",
     "Maria Kervella"),
    ("« Le virus circule encore », a de son côté estimé Paul Roux.", "Le virus circule encore", "Paul Roux"),
    ("« Le virus circule encore », a quant à elle déclaré Maria Kervella.", "Le virus circule encore",
     "Maria Kervella"),
], ids=["lance-present", "assure-present", "pour-sa-part", "de-son-cote", "quant-a-elle"])
def test_present_incises_and_turn_phrases(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words", [
    # "lance" before its object, no incise: the quoted words are a name, no one's.
    ("Le groupe Les Fauves lance « Horizon », un album de dix titres.", "Horizon"),
    # An unnamed speaker after the phrase: null.
    ("« Le virus circule encore », a pour sa part souligné le ministère.", "Le virus circule encore"),
], ids=["lance-object", "phrase-unnamed"])
def test_present_incises_near_misses(body, words):
    assert _quote(body, words).speaker is None


@pytest.mark.parametrize("body, words, speaker", [
    # The same phrases between the auxiliary and the participle of a verb before the quote: the
    # subject before them speaks, not the speaker of the quote before.
    ("« Les finances restent saines », a souligné Philippe Morand. Le député Jean-Marc Favre a de son "
     "côté dénoncé « des coupes injustes ».", "des coupes injustes", "Jean-Marc Favre"),
    ("Me Olivier Dewaele a plaidé l'acquittement. Mme Nathalie Desmet, partie civile, a quant à elle "
     "déclaré : « J'attends des excuses. »", "J'attends des excuses.", "Nathalie Desmet"),
], ids=["lead-de-son-cote", "lead-quant-a-elle"])
def test_turn_phrases_before_the_quote(body, words, speaker):
    assert _quote(body, words).speaker == speaker


def test_turn_phrase_with_an_unnamed_subject_names_no_one():
    body = "L'audience a repris mardi après une suspension. Le procureur a de son côté dénoncé « des faits graves »."
    assert _quote(body, "des faits graves").speaker is None


def test_a_middle_initial_m_stays_in_a_french_article():
    # "M." after a given name is an initial, not the honorific: the name keeps it.
    body = "John M. Smithers dirige la délégation. « Nous verrons », a déclaré M. Smithers."
    assert _quote(body, "Nous verrons").speaker == "John M. Smithers"
    body = "« Nous verrons », a déclaré John M. Smithers, le chef de la délégation."
    assert _quote(body, "Nous verrons").speaker == "John M. Smithers"
