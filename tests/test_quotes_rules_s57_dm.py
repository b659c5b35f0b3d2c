"""Speakers, stop 57, German, mended (issue 16): traps an adversarial read of the stop's German
edits found, each in our own words.

- Reported speech goes on in the subjunctive after a quantified group ("Manche Länder hätten
  „…“"): the earlier speaker's, as before the stop (own_description).
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
