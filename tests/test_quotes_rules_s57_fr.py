"""Speakers, stop 57, French (issue 16): each case in our own words.

The shapes come from a battery of whole made-up French articles (dispatches, regional, Belgian,
Swiss, Quebec, court, sport, culture, business copy); the mechanisms mended here are general:

- Verbs of saying French copy uses that the lexicon lacked: "invoque", "réclame", "évoque" after
  a quote or after a person as their subject (mend: not anywhere; "la loi Evin réclame", "le film
  évoque" are no one's words); "calcule", "peste", "pointe", "savoure" only in the
  incise right after a quote ("« … », peste Marion"; "la peste", "la pointe" are nouns); the
  perfect "a savouré", "a invoqué"; "veut croire" as one verb ("« … », veut croire Anne Morel").
  A work or a thing as the subject stays no one's ("Le spectacle évoque « … »": a scare quote).
- A body named in French sentence case, before its verb or after it: "Le Syndicat autonome des
  conducteurs dit", "La Fédération des … (FPL) a", "a indiqué la Fédération des producteurs
  laitiers" (bodies_fr; the English reading of a name stopped at the head's capital). A body's
  head alone ("Le Parti a dit", "Le Conseil") or with a local adjective ("le Conseil municipal")
  names no one; a head and adjectives only ("le Centre hospitalier") name a body only with its
  (ACRONYM) (s57 mend: a complement or an acronym; final mend: a complement that opens on a
  definite article, "des", "du", "de la", "de l’": "le Tribunal de commerce" names no one).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _all(body: str, lang: str = "fr") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body, speaker", [
    ("« Deux semaines de stock, ça ne tiendra pas », calcule sa trésorière, Lise Gagnon.", "Lise Gagnon"),
    ("« Le car arrive toujours avec vingt minutes de retard », peste Maëlle, lycéenne à Dinan.", "Maëlle"),
    ("« On a tenu le choc jusqu'au bout », a savouré l'entraîneur, Hervé Castagne.", "Hervé Castagne"),
    ("« Le plus dur est derrière nous », veut croire Odile Ferrand, présidente du club.", "Odile Ferrand"),
    ("« Ce dossier n'a pas été lu », pointe l'avocate Nadia Keller.", "Nadia Keller"),
])
def test_a_french_incise_verb_after_the_quote_names_its_speaker(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1:] == (speaker, "direct")


@pytest.mark.parametrize("body, speaker", [
    ("Le sénateur Gaël Rivière réclame un « plan de sauvetage » pour la filière.", "Gaël Rivière"),
    ("La maire Solène Dutertre évoque un « besoin criant » de places en crèche.", "Solène Dutertre"),
    ("Dans un communiqué, l'équipementier Kalvor invoque « la chute des commandes ».", "Kalvor"),
])
def test_a_french_verb_of_demanding_or_mentioning_credits_its_subject(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1:] == (speaker, "partial")


@pytest.mark.parametrize("body", [
    "Le spectacle évoque « les années folles » avec tendresse.",
    "Ce prénom évoque « la douceur de vivre » pour beaucoup.",
    "La peste « noire » a emporté un tiers du village.",
    "Les syndicats de la Régie Vantor réclament une « hausse immédiate » des salaires.",
    "Il arrive toujours à la pointe « du progrès », dit la brochure.",
])
def test_a_thing_or_a_noun_of_the_same_form_speaks_for_no_one(body: str) -> None:
    assert all(spk is None for _, spk, _ in _all(body))


@pytest.mark.parametrize("body, speaker", [
    ("Le maire, Gilles Peyron, évoque un « besoin criant » de logements.", "Gilles Peyron"),
    ("Elle a visité le chantier. Hélène Vasseur évoque des travaux « mal préparés ».", "Hélène Vasseur"),
])
def test_evoque_after_a_name_credits_the_name(body: str, speaker: str) -> None:
    assert _all(body)[-1][1:] == (speaker, "partial")


# Bodies named in French sentence case (bodies_fr): the head's capital, then lower-case words.
@pytest.mark.parametrize("body, speaker", [
    ("Le Syndicat autonome des conducteurs dit redouter « une privatisation rampante ».",
     "Syndicat autonome des conducteurs"),
    ("Le Parti de la justice sociale (PJS) a qualifié, dans un texte, la réforme de « dangereuse ».",
     "Parti de la justice sociale"),
    ("L'Association des riverains du port a dénoncé un « passage en force ».", "Association des riverains du port"),
    # (a head and an adjective alone are a description, s57 mend: named with its acronym)
    ("Dans un communiqué, la Confédération paysanne (CP) dénonce un « marché de dupes ».", "Confédération paysanne"),
])
def test_a_body_in_sentence_case_before_its_verb_is_named_whole(body: str, speaker: str) -> None:
    assert _all(body)[-1][1:] == (speaker, "partial")


@pytest.mark.parametrize("body, speaker", [
    ("« Nous ne signerons pas », a indiqué la Fédération des producteurs laitiers.",
     "Fédération des producteurs laitiers"),
    ("« Nous ne signerons pas », a dit l’Union des artisans du bâtiment lundi.", "Union des artisans du bâtiment"),
])
def test_a_body_in_sentence_case_after_its_verb_is_named_whole(body: str, speaker: str) -> None:
    assert _all(body)[-1][1:] == (speaker, "direct")


@pytest.mark.parametrize("body", [
    "Le Parti a dit « non » à la réforme.",
    "Le Conseil a jugé la demande « irrecevable ».",
    "« Nous ne signerons pas », a dit le Conseil municipal.",
    "« Non », a répondu le Parti.",
])
def test_a_bare_body_head_names_no_one(body: str) -> None:
    assert _all(body)[-1][1] is None
