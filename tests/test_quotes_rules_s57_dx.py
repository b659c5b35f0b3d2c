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
