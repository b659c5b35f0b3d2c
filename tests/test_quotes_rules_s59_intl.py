"""Speakers, stop 59 (issue 16), German, French, Spanish, Portuguese: modifiers of the speaker's
phrase that gave a wrong name in a matrix of 524 passages (each case here in our own words).

- French: a capitalized word after "à", "au", "aux", "en", "dans" right before the verb is a
  place, not a one-word subject ("Un porte-parole à Paris a déclaré :" gave Paris);
- German: "„…“, sagte Lena Vogt von Greenpeace." gave "Lena Vogt von Greenpeace" (the lead-in
  "Lena Vogt von Greenpeace sagte:" gave Lena Vogt already: names_de.without_affiliation);
- Spanish, Portuguese, French: a body's acronym after the person's particle ("Lucía Ferrer del
  PSOE", "Ana Teixeira do PSD", "Marie Roux du PS") is the person's body, not part of the name nor
  the speaker;
- German plurals of people that are no names ("sagten Beamte", "sagten Polizisten in Köln").
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("lead", [
    "Un porte-parole à Paris a déclaré :",
    "Un porte-parole au Havre a déclaré :",
    "La militante à Marseille a déclaré :",
    "Un diplomate à Bruxelles a déclaré :",
])
def test_french_a_place_after_a_is_no_speaker(lead: str) -> None:
    body = f"Le conflit dure depuis des mois.\n{lead} « Nous ne céderons pas. »"
    assert _speakers(body, "fr") == [None]


@pytest.mark.parametrize("attribution, speaker", [
    ("sagte Lena Vogt von Greenpeace", "Lena Vogt"),
    ("sagte Jonas Berger vom Bund Naturschutz", "Jonas Berger"),
    ("sagte Lena Vogt von der Gewerkschaft Verdi", "Lena Vogt"),
    # traps: a name's own particle stays, after one given name, two, or a rank (adv59)
    ("sagte Ursula von Leyen", "Ursula von Leyen"),
    ("sagte Karl von Weizsäcker", "Karl von Weizsäcker"),
    ("sagte Georg Friedrich Prinz von Preußen", "Georg Friedrich Prinz von Preußen"),
    ("sagte Ernst Ulrich von Weizsäcker", "Ernst Ulrich von Weizsäcker"),
    ("sagte Thomas Martin von der Caritas", "Thomas Martin"),
])
def test_german_after_the_quote_von_sets_the_body_off(attribution: str, speaker: str) -> None:
    body = f"Der Streit dauert an.\n„Wir geben nicht nach“, {attribution}."
    assert _speakers(body, "de") == [speaker]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Lucía Ferrer del PSOE.", "Lucía Ferrer"),
    ("es", "El conflicto sigue.\nLucía Ferrer del PSOE dijo: «No vamos a ceder».", "Lucía Ferrer"),
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Lucía Ferrer de CCOO.", "Lucía Ferrer"),
    ("pt", "O conflito continua.\n“Não vamos ceder”, disse Ana Teixeira do PSD.", "Ana Teixeira"),
    ("fr", "Le conflit dure.\n« Nous ne céderons pas », a déclaré Marie Roux du PS.", "Marie Roux"),
    ("fr", "Le conflit dure.\nMarie Roux du PS a déclaré : « Nous ne céderons pas. »", "Marie Roux"),
    # traps: a name's own particle, no acronym after it
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Javier Pérez de Cuéllar.", "Javier Pérez de Cuéllar"),
    ("pt", "O conflito continua.\n“Não vamos ceder”, disse Luiz Inácio Lula da Silva.", "Luiz Inácio Lula da Silva"),
    ("fr", "Le conflit dure.\n« Nous ne céderons pas », a déclaré Dominique de Villepin.", "Dominique de Villepin"),
    # (adv59) a surname in capitals, as some papers write it, is no acronym
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Juan Carlos de BORBÓN.", "Juan Carlos de BORBÓN"),
    ("pt", "O conflito continua.\n“Não vamos ceder”, disse Luiz Inácio Lula da SILVA.", "Luiz Inácio Lula da SILVA"),
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo María José de DIOS.", "María José de DIOS"),
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Pedro Luis de PAZ.", "Pedro Luis de PAZ"),
    ("pt", "O conflito continua.\n“Não vamos ceder”, disse Inês Lobo da CRUZ.", "Inês Lobo da CRUZ"),
    ("es", "El conflicto sigue.\n«No vamos a ceder», dijo Marta Rovira de ERC.", "Marta Rovira"),
])
def test_romance_a_body_acronym_after_the_name_is_not_the_name(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("attribution", [
    "sagten Beamte",
    "sagten Polizisten in Köln",
    "sagten Diplomaten in Brüssel",
    "so Beamte in Berlin",
    "sagten Mitarbeiterinnen der Klinik",
])
def test_german_plurals_of_people_name_no_one(attribution: str) -> None:
    body = f"Der Streit dauert an.\n„Wir geben nicht nach“, {attribution}."
    assert _speakers(body, "de") == [None]


@pytest.mark.parametrize("body, speaker", [
    # (adv59) bodies and surnames that end on such a plural are still names
    ("Der Streit dauert an.\n„Wir geben nicht nach“, teilte der Verband Deutscher Diplomaten mit.",
     "Verband Deutscher Diplomaten"),
    ("Der Streit dauert an. Sabine Mieter leitet den Verein.\n„Wir geben nicht nach“, sagte Sabine Mieter.",
     "Sabine Mieter"),
])
def test_german_names_ending_on_such_a_plural_stay(body: str, speaker: str) -> None:
    assert _speakers(body, "de") == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    # (adv59, final read) the lead-in as before: a surname that is also a given name before "von"
    ("Thomas Martin von der Caritas sagte:", "Thomas Martin"),
    ("Lena Werner von Greenpeace sagte:", "Lena Werner"),
    ("Michael Albrecht von der IG Metall sagte:", "Michael Albrecht"),
])
def test_german_lead_in_von_after_a_surname_like_a_given_name(lead: str, speaker: str) -> None:
    assert _speakers(f"Der Streit dauert an.\n{lead} „Wir sind am Limit.“", "de") == [speaker]
