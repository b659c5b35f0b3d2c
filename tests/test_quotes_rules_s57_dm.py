"""Speakers, stop 57, German, mended (issue 16): traps an adversarial read of the stop's German
edits found, each in our own words.

- Reported speech goes on in the subjunctive after a quantified group ("Manche Länder hätten
  „…“"): the earlier speaker's, as before the stop (own_description).
- A body referred to by its kind (kind_bodies_de): the name after the kind's word must be a
  name (not a time or a quantity, not a relative clause, not a person), one body (not a list
  or a pair), in the sentence's opening (not an object beside a subject named bare); the kind's
  word stays in an official name ("Stiftung Warentest", "Verbraucherzentrale Hamburg").
- A spokesperson's own name after the body in a reported sentence ("Sprecher des
  Landeskriminalamts Gjon Berisha sagte, …"): not part of the body's name (quote_fields).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, "de")]


# --- Subjunctive after a quantified group: reported speech goes on -----------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Die Ärztin Helga Wernicke warnte vor der Grippewelle. „Die Praxen sind voll.“ Viele Kliniken "
     "hätten „kaum noch Betten“.", "Helga Wernicke"),
    ("Minister Jonas Albrecht verteidigte den Plan. „Wir bleiben dabei“, sagte er. Andere Staaten seien "
     "„schon viel weiter“.", "Jonas Albrecht"),
    ("Der Bäcker Ludwig Sommer klagt über die Preise. „Es lohnt sich kaum noch.“ Viele Kollegen dächten "
     "„ans Schließen“.", "Ludwig Sommer"),
])
def test_subjunctive_after_group_keeps_speaker(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker


def test_indicative_after_group_still_blocks() -> None:
    body = ("Der Bäcker Ludwig Sommer klagt über die Preise. „Es lohnt sich kaum noch.“ Einige Ketten "
            "werben mit dem Spruch „Frisch vom Meister“.")
    assert _speakers(body)[-1] is None


# --- A spokesperson's name after the body -------------------------------------------------------

def test_person_after_body_in_reported_sentence_is_no_body() -> None:
    # (first names the lists do not hold: the name must not join the body's)
    for name in ("Gjergj Kelmendi", "Xhevdet Morina"):
        body = f"Sprecher des Landeskriminalamts {name} sagte, die Suche gehe weiter. „Wir haben mehrere Hinweise.“"
        assert _speakers(body)[-1] in (None, name)


def test_body_with_place_in_reported_sentence_stays() -> None:
    body = "Ein Sprecher der Stadt Linz sagte, die Straße bleibe zu. „Die Sicherheit geht vor.“"
    assert _speakers(body)[-1] == "Stadt Linz"


# --- A body referred to by its kind: traps ------------------------------------------------------

@pytest.mark.parametrize("body", [
    # a time or a quantity after the kind's word, the company named bare
    "Ostwind Energie erhöht die Tarife. Wie der Konzern Mitte März erklärte, steigen die Preise. "
    "„Wir reichen die Kosten nur weiter“, sagte ein Konzernsprecher.",
    "Die Stadt überwies dem Unternehmen Milliarden Euro. „Das ist fair“, sagte ein Sprecher des Unternehmens.",
    "Nach dem Sturm waren Hunderte Dächer beschädigt. Insgesamt Tausende Helfer waren unterwegs. "
    "„Alles ist ruhig“, sagte ein Sprecher des Amtes.",
    # a relative clause after the kind's word
    "Ostwind Energie erhöht die Tarife. Der Konzern, der Tausende Haushalte versorgt, nennt die Kosten. "
    "„Wir reichen die Kosten nur weiter“, sagte ein Konzernsprecher.",
    "Der Verein, der Hunderte Mitglieder zählt, verlangt Geld. „Es reicht“, sagte ein Sprecher des Vereins.",
    # a list or a pair of companies
    "Die Hersteller Kobold und Farbwerk rufen Spielzeug zurück. „Sicherheit geht vor“, sagte ein Sprecher "
    "des Unternehmens.",
    "Die Versandhändler Flink, Rasant und Bote erhöhen die Preise. „Die Kosten steigen“, sagte ein "
    "Unternehmenssprecher.",
    "Die Nordbahn AG und der Paketdienst Regiobus streiten. „Wir halten uns an den Vertrag“, sagte ein "
    "Konzernsprecher.",
    # a company in an object, the subject named bare
    "Ostwind Energie verklagt den Zulieferer Kabelwerk Rhein. „Wir sehen uns im Recht“, sagte ein "
    "Sprecher des Unternehmens.",
    "Ostwind Energie baut Stellen ab. Betroffen ist auch der Zulieferer Kabelwerk, der seit Jahren liefert. "
    "„Wir bedauern das“, sagte ein Sprecher des Unternehmens.",
    # a person after the kind's word
    "Der Weinhändler Konrad Albers kaufte die Flaschen. Das Auktionshaus Kettner bestätigte den Verkauf. "
    "„Der Preis ist hoch“, sagte eine Sprecherin des Unternehmens.",
    "Ostwind Energie erhöht die Tarife. Der Chef des Konzerns Tobias Rehm kündigte mehr an. „Wir reichen "
    "die Kosten nur weiter“, sagte ein Konzernsprecher.",
])
def test_kind_body_traps_null(body: str) -> None:
    assert _speakers(body)[-1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Die Verbraucherzentrale Saarland warnt vor Abofallen. „Kündigen Sie schriftlich“, sagte eine Sprecherin "
     "der Verbraucherzentrale.", "Verbraucherzentrale Saarland"),
    ("Die Stiftung Lesezeit verteilt Bücher. „Jedes Kind soll lesen“, sagte eine Sprecherin der Stiftung.",
     "Stiftung Lesezeit"),
    ("Die Gewerkschaft Bau und Umwelt fordert mehr Lohn. „Es reicht“, sagte ein Sprecher der Gewerkschaft.",
     "Gewerkschaft Bau und Umwelt"),
    ("Der Medienkonzern Funkhaus.24 verkauft Sender. „Wir sparen“, sagte ein Konzernsprecher.", "Funkhaus.24"),
])
def test_kind_body_official_names(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker
