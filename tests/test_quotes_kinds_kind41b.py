"""Stop 41, kind41b, on made-up sentences (issue 16, partial or scare): a quoted judgement that a
verb of judging gives is someone's words, partial, though the verb has no subject the rules read
(a passive, „hat … als „X“ bezeichnet", „was Anwohner als „X“ bezeichnen"): rule ``judged_term``,
transforms/quotes/judged_terms.py. A name that a naming verb gives with no one giving it, an
attribute before a noun, a long sentence stay as they were."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.judged_terms import is_judged_term
from newsbeam.transforms.quotes.marks import find_spans


def _quote(body: str, words: str, lang: str):
    found = [q for q in extract_quotes("", None, body, language=lang) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes("", None, body, language=lang)]
    return found[0]


def _judged(body: str, lang: str) -> bool:
    span = find_spans(body)[0]
    return is_judged_term(body, span, body[span.start:span.end], 0, lang)


# -- a passive verb of judging in English: someone's judgement, null speaker -----------------

@pytest.mark.parametrize("body,words", [
    ("The ferry timetable was described as “a mess” at the harbour meeting on Monday.", "a mess"),
    ("The new parking rules have been slammed as “petty” in the weeks since they came in.", "petty"),
    ("Last winter the mayor was accused of “arrogance” over the bridge tolls.", "arrogance"),
    ("The bakery's late hours were criticised as “unfair to staff” in the spring.", "unfair to staff"),
    ("The lido budget has been branded “a scandal” by the swimming club.", "a scandal"),
    ("The bypass, labelled “a road to nowhere” by cyclists, opens in June.", "a road to nowhere"),
])
def test_passive_judgement_in_english_is_partial(body, words):
    q = _quote(body, words, "en")
    assert (q.kind, q.speaker) == ("partial", None)


# -- German: „als „X“ <verb of judging>" at the end of the clause -----------------------------

@pytest.mark.parametrize("body,words", [
    ("Die Stadträtin hat den Haushalt am Montag scharf kritisiert und als „reine Luftnummer“ bezeichnet.",
     "reine Luftnummer"),
    ("Was Anwohner als „Lärmhölle“ bezeichnen, sieht die Verwaltung gelassen.", "Lärmhölle"),
    ("Der Entwurf, den Kritiker als „Luftschloss“ bezeichnen, soll im Mai kommen.", "Luftschloss"),
    ("Die Umgehungsstraße wird von Umweltverbänden als „Irrweg“ bezeichnet.", "Irrweg"),
    ("Die Gebühr wurde im Rat als „unsozial“ kritisiert.", "unsozial"),
])
def test_als_judgement_in_german_is_partial(body, words):
    q = _quote(body, words, "de")
    assert q.kind == "partial"


# -- what stays: names given by no one, attributes, sentences --------------------------------

@pytest.mark.parametrize("lang,body", [
    ("en", "The old ferry is dubbed “the Grey Lady” and sails twice a day."),  # a name, no namer
    ("en", "The bridge was described as “It will never open.” by nobody in particular."),  # a sentence
    ("en", "The report described the plan in detail and called for “more buses” on weekdays."),  # no verb of judging before it
    ("de", "Diese Art der Finanzierung wird als „Schwarmfinanzierung“ bezeichnet."),  # a term's name, no one naming
    ("de", "Die als „Jahrhundertprojekt“ bezeichnete Brücke ist fertig."),  # an attribute before a noun
    ("de", "Der Verein nannte sich früher „Blau-Weiß“ und spielte am Hafen."),  # no „als"
    # (stop 48: "décrit comme « … »" is judged now, as English "described as “…”" is)
    ("fr", "Le projet a été présenté au conseil sous le nom « Horizon »."),  # a name given, no verb of judging
])
def test_not_a_judged_term(lang, body):
    assert not _judged(body, lang)


def test_named_by_someone_is_a_judged_term():
    assert _judged("The old ferry is dubbed “the Grey Lady” by the harbour pilots.", "en")
    assert _judged("Die Brücke wird von Pendlern als „Nadelöhr“ bezeichnet.", "de")


# -- the one named after "by" gives the judgement (English) -----------------------------------

@pytest.mark.parametrize("body,words,speaker", [
    ("The timetable has been branded “a shambles” by Ann Lee, who chairs the harbour board.", "a shambles", "Ann Lee"),
    ("The habit has been called “quiet quitting” by Tom Roe of the Dorvan Institute.", "quiet quitting", "Tom Roe"),
    ("The new fares were described as “daylight robbery” by commuters.", "daylight robbery", None),
])
def test_judgement_by_a_named_person_is_theirs(body, words, speaker):
    q = _quote(body, words, "en")
    assert (q.kind, q.speaker) == ("partial", speaker)
