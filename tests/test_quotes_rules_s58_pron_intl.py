"""Speakers, stop 58 (issue 16), Spanish and Portuguese: "dijo ella" / "disse ela" in a paragraph
of its own after a paragraph that names one person with no title, each case in our own words.

The pronoun looked for the one person named in the paragraph before, but took only names the
article gives a person twice or with a title; a person named once with a first name of one sex,
opening the sentence ("Ana Ruiz visitó el hospital."), was read as someone only when the subject
was dropped ("«…», insistió."), not for an explicit "ella". The same first-name reading now holds
for the pronoun (implied.sole_person_in, as _first_person_in reads it); the pronoun's gender must
still agree.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("lang, body, speaker", [
    ("es", "Lucía Ferrán Oroz recorrió el mercado el sábado.\n\n«Los precios no bajan», dijo ella.", "Lucía Ferrán Oroz"),
    ("es", "Tomás Urquiza llegó tarde a la reunión.\n\n«Había un atasco enorme», explicó él.", "Tomás Urquiza"),
    ("pt", "Beatriz Lobo Sarmento visitou a escola na sexta-feira.\n\n“As salas estão cheias”, disse ela.",
     "Beatriz Lobo Sarmento"),
    ("pt", "Henrique Vasconcelos deixou a reunião mais cedo.\n\n“Não havia acordo”, afirmou ele.", "Henrique Vasconcelos"),
])
def test_a_pronoun_after_a_paragraph_naming_one_person_once(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    ("es", "Tomás Urquiza recorrió el mercado el sábado.\n\n«Los precios no bajan», dijo ella."),  # another gender
    ("pt", "Beatriz Lobo visitou a escola.\n\n“As salas estão cheias”, disse ele."),
    ("es", "El mercado abrió temprano el sábado.\n\n«Los precios no bajan», dijo ella."),  # no one named
])
def test_a_pronoun_that_agrees_with_no_one_named_stays_null(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]
