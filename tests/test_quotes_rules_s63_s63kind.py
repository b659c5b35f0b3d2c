"""Kinds, stop 63 (s63kind): quoted words someone said, typed as the writer's scare quote. Each case
is our own sentence, traps beside.

- German separable verbs whose object is the quoted words, the particle closing the clause after
  them ("Merz warf dem Kanzler „Führungslosigkeit“ vor", "wies die Kritik als „haltlos“ zurück",
  or before the comma of the clause that holds them: "warf der Stadt vor, die Bürger „…“"): no
  rule read the verb, so the words were scare, null; they are the subject's, partial
  (separable._object_verb, lexicon_de.OBJECT_SEPARABLE_CUES). A word listed right after such a
  credited quote ("„Täuschung“ und „Gier“") goes with it in German, whose nouns are capitalized
  (dense_phrases.listed_after_credited).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _body(body: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body, expected", [
    ("CDU-Chef Jonas Albrecht warf dem Kanzler „Führungslosigkeit“ vor.", [("Jonas Albrecht", "partial")]),
    ("Dem Minister warf Anna Lührmann „Arroganz“ vor.", [("Anna Lührmann", "partial")]),
    ("Am Montag warf Petra Lang dem Stadtrat „Untätigkeit“ vor.", [("Petra Lang", "partial")]),
    ("Bürgermeister Jan Hecht wies die Kritik als „unbegründet“ zurück.", [("Jan Hecht", "partial")]),
    ("Der Vorsitzende Peter Weiß warf der Stadt vor, die Bürger „im Regen stehen zu lassen“.",
     [("Peter Weiß", "partial")]),
    ("Petra Lang führt die Fraktion. Sie warf ihm „Verrat“ vor.", [("Petra Lang", "partial")]),
    ("Anna Lührmann wirft dem Konzern „systematische Täuschung“ und „Gier“ vor.",
     [("Anna Lührmann", "partial"), ("Anna Lührmann", "partial")]),
    # an unnamed group: someone's words, no one named
    ("Die Opposition warf der Regierung „Versagen“ vor.", [(None, "partial")]),
    ("Der Sprecher wies die Vorwürfe als „haltlos“ zurück.", [(None, "partial")]),
])
def test_a_separable_verb_around_its_quoted_object(body: str, expected: list) -> None:
    assert _body(body, "de") == expected


@pytest.mark.parametrize("body", [
    # the verb without its particle: no speech
    "Der Spieler warf den Ball über den „Zaun“ des Nachbarn.",
    # another separable verb, a name of a programme or a product: the writer's
    "Am Montag stellte Ministerin Lisa Paus das Programm „Demokratie leben“ vor.",
    "Ministerin Lisa Paus hob das Programm „Demokratie leben“ hervor.",
    "Der Zug wies den Schriftzug „Sonderfahrt“ auf.",
])
def test_no_speech_around_a_separable_verb_stays_scare(body: str) -> None:
    assert _body(body, "de") == [(None, "scare")]
