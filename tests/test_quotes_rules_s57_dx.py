"""Speakers, stop 57, German, second mend (issue 16): traps a final adversarial read of the stop's
German edits found, each in our own words.

- A sentence opening on a quantified group goes on with the earlier speaker, as before the stop:
  a weak verb's Konjunktiv II is its preterite ("warteten", "machten") and a plural present is its
  Konjunktiv I ("fehlen"), so the verb cannot tell reported speech from the group's own act
  (own_group_subject_de dropped).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, title: str = "") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes(title, [], body, "de")]


# --- A quantified group after a speaker: reported speech may go on ------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Die Tierärztin Karla Umbach betreut Höfe im Allgäu. „Wir kommen kaum nach“, sagte sie. Viele Halter "
     "warteten „seit Wochen“ auf einen Besuch.", "Karla Umbach"),
    ("Der Metzger Anton Brugger klagt. „Das rechnet sich nicht“, sagte er. Etliche Betriebe zahlten "
     "„längst drauf“.", "Anton Brugger"),
    ("Die Rektorin Sabine Ortlieb klagt. „Uns fehlt Personal“, sagte sie. Mehrere Erzieher fehlen "
     "„schon seit dem Herbst“.", "Sabine Ortlieb"),
    ("Die Verbraucherschützerin Lena Hartwig warnt vor dem Tarif. „Das ist eine Falle.“ Viele Kunden nennen "
     "das Angebot „reine Abzocke“.", "Lena Hartwig"),
])
def test_group_sentence_keeps_earlier_speaker(body: str, speaker: str) -> None:
    speakers = [s for s, _ in _quotes(body)]
    assert speakers[-1] == speaker


# --- A body referred to by its kind (kind_bodies_de) ---------------------------------------------

@pytest.mark.parametrize("body", [
    # a union and another party, joined by "und" with a plural verb: two parties
    "Die Gewerkschaft Kompass und Arbeitgeber verhandeln seit Wochen. „Wir geben nicht nach“, sagte ein "
    "Sprecher der Gewerkschaft.",
    # "und" joins no name for a kind other than a union
    "Der Verband Digitalia und Datenschützer kritisieren das Gesetz. „Es greift zu weit“, sagte eine "
    "Sprecherin des Verbands.",
    # a preposition before the kind's word: the body is an object, not the sentence's subject
    "Ostwind Energie hat Klage eingereicht. Gegen den Zulieferer Kabelwerk Rhein ermittelt jetzt die "
    "Polizei. „Wir arbeiten mit“, sagte ein Sprecher des Unternehmens.",
    "Über den Konzern Nordlicht schrieb die Presse viel. „Das stimmt alles nicht“, sagte ein Konzernsprecher.",
    # a company named bare as a sentence's subject, then another by its kind's word
    "Nordlicht streicht 300 Stellen. Der Zulieferer Kabelwerk Rhein muss ebenfalls sparen. „Wir bedauern "
    "das“, sagte ein Sprecher des Unternehmens.",
    # a person after a word for one who trades (names the first-name lists may not hold)
    "Der Gebrauchtwagenhändler Dritan Hoxha hat Insolvenz angemeldet. „Die Kunden bekommen ihr Geld“, "
    "sagte ein Sprecher des Unternehmens.",
    "Die Kioskbetreiberin Zylfije Krasniqi gibt auf. „Es lohnt sich nicht mehr“, sagte ein Sprecher des "
    "Unternehmens.",
])
def test_kind_body_traps_null(body: str) -> None:
    assert _quotes(body)[-1][0] is None


@pytest.mark.parametrize("body, speaker", [
    ("Die Gewerkschaft Erziehung und Wissenschaft (GEW) warnt vor dem Lehrermangel. „Es fehlen Tausende“, "
     "sagte eine Sprecherin der Gewerkschaft.", "Gewerkschaft Erziehung und Wissenschaft"),
    # the company named bare and again by its kind's word: one company
    ("Voltara erhöht die Preise. Der Energiekonzern Voltara nennt gestiegene Kosten. „Wir geben sie nur "
     "weiter“, sagte ein Konzernsprecher.", "Voltara"),
    ("Der Möbelhändler Holzwerk Gruppe schließt zwei Filialen. „Der Umsatz fehlt“, sagte ein Sprecher des "
     "Unternehmens.", "Holzwerk Gruppe"),
])
def test_kind_body_named(body: str, speaker: str) -> None:
    assert _quotes(body)[-1][0] == speaker
