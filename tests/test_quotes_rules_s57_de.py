"""Speakers, stop 57, German (issue 16): each case in our own words.

- A body the article named, then speaking through a word for its kind ("eine Sprecherin des
  Unternehmens", "der Verband", "ein Konzernsprecher", "in einer Mitteilung des Verbands"): the
  one body of that kind named before (kind_bodies_de). Two of that kind, a body of that kind with
  no name, or none: null.
- A spokesperson of a body named in the genitive ("des Landesumweltamts Thüringen") speaks for the
  body in its nominative; also where the quote follows the reported sentence (voices_intl).
- A quantified group ("Viele Kunden") is no name (names_de). (Its sentence is no longer read as
  one that carries no earlier speaker: a weak verb's Konjunktiv II and a plural present are the
  indicative's forms; the s57 mend dropped own_group_subject_de.)
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, "de")]


# --- A body referred to by its kind ------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Der Spielwarenhersteller Kobold Toys schließt sein Werk in Wendlingen. „Wir bedauern den Schritt "
     "sehr“, sagte ein Sprecher des Unternehmens.", "Kobold Toys"),
    ("Die Firma, die Brettmann Logistik GmbH aus Aurich, stellt den Versand ein.\n„Die Kosten sind zu "
     "hoch“, erklärte eine Sprecherin des Unternehmens.", "Brettmann Logistik GmbH"),
    ("Der Landesverband Imkerei Nordost warnt vor dem Pestizid. Die Völker seien „ernsthaft bedroht“, "
     "heißt es in einer Mitteilung des Verbands.", "Landesverband Imkerei Nordost"),
    ("Die Verbraucherzentrale Sachsen prüft die Verträge. Die Verbraucherzentrale empfiehlt, "
     "„jede Klausel genau zu lesen“.", "Verbraucherzentrale Sachsen"),
    ("Der Energiekonzern Voltara hebt die Preise an. „Wir geben nur die Kosten weiter“, sagte ein "
     "Konzernsprecher.", "Voltara"),
    ("Der Verband Bergischer Tischler fordert Hilfe. „Ohne Förderung geht es nicht“, sagte ein "
     "Sprecher des Verbands.", "Verband Bergischer Tischler"),
])
def test_body_by_its_kind(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker


@pytest.mark.parametrize("body", [
    # no body of that kind named: a spokesperson of an unnamed company
    "Die Polizei sperrte die Straße. „Wir helfen, wo wir können“, sagte ein Sprecher des Unternehmens.",
    # two companies named: no telling which
    "Die Kobold Toys GmbH und der Zulieferer Farbwerk Lind streiten vor Gericht. „Wir sehen keinen "
    "Fehler“, sagte ein Sprecher des Unternehmens.",
    # a company of that kind with no name beside the named one
    "Der Hersteller Kobold Toys und ein weiteres Unternehmen aus Bayern prüfen den Fall. „Wir sehen "
    "keinen Fehler“, sagte eine Sprecherin des Unternehmens.",
    # a plural genitive: spokespeople of several makers
    "Der Hersteller Kobold Toys verkauft weniger. „Der Markt schrumpft“, sagte ein Sprecher der Hersteller.",
    # the police when only a police headquarters is named: left null
    "Das Polizeipräsidium Westhafen ermittelt. „Der Täter floh zu Fuß“, teilte die Polizei mit.",
    # a ministry of no name, then "das Ministerium"
    "Das Umweltministerium prüft den Antrag. „Wir entscheiden bald“, sagte ein Sprecher des Ministeriums.",
])
def test_body_by_its_kind_null(body: str) -> None:
    assert _speakers(body)[-1] is None


# --- A body's spokesperson in the genitive -------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("„Die Werte sind unbedenklich“, sagte ein Sprecher des Landesumweltamts Thüringen.",
     "Landesumweltamt Thüringen"),
    ("Ein Sprecher des Landesumweltamts Thüringen sagte, die Messungen liefen weiter. „Wir geben "
     "Entwarnung erst am Freitag.“", "Landesumweltamt Thüringen"),
    ("„Das Gebäude bleibt gesperrt“, sagte eine Sprecherin des Klinikums Oststadt.", "Klinikum Oststadt"),
])
def test_genitive_body_voice(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker


def test_genitive_person_voice_stays_null() -> None:
    # a spokesperson of a body of one word in the genitive names no body (as before)
    assert _speakers("„Wir prüfen das“, sagte ein Sprecher des Landratsamts.")[-1] is None


# --- A quantified group opens the quote's sentence ---------------------------------------------

def test_quantified_group_carries_no_speaker() -> None:
    body = ("Die Verbraucherzentrale Sachsen prüft die Verträge. Die Verbraucherzentrale empfiehlt, "
            "„jede Klausel genau zu lesen“. Einige Händler werben dennoch mit dem Slogan „Alles inklusive“.")
    assert _speakers(body) == ["Verbraucherzentrale Sachsen", None]


def test_quantified_group_is_no_name() -> None:
    assert _speakers("Viele Kunden nennen das Angebot „eine Mogelpackung“.")[-1] is None
