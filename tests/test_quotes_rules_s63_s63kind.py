"""Kinds, stop 63 (s63kind): quoted words someone said, typed as the writer's scare quote. Each case
is our own sentence, traps beside.

- German separable verbs whose object is the quoted words, the particle closing the clause after
  them ("Merz warf dem Kanzler „Führungslosigkeit“ vor", "wies die Kritik als „haltlos“ zurück",
  or before the comma of the clause that holds them: "warf der Stadt vor, die Bürger „…“"): no
  rule read the verb, so the words were scare, null; they are the subject's, partial
  (separable._object_verb, lexicon_de.OBJECT_SEPARABLE_CUES). A word listed right after such a
  credited quote ("„Täuschung“ und „Gier“") goes with it in German, whose nouns are capitalized
  (dense_phrases.listed_after_credited).
- German "X zeigte sich „enttäuscht“", "gab sich „zuversichtlich“": the quoted mood is the
  subject's word, partial (summing_up_de._shown_before); it was scare, null.
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


# German "zeigte sich „enttäuscht“": the quoted word is the mood the subject showed, the subject's
# words (summing_up_de._shown_before); before, scare, null.
@pytest.mark.parametrize("body, expected", [
    ("Landrat Stefan Rößle zeigte sich „enttäuscht“ über die Entscheidung.", [("Stefan Rößle", "partial")]),
    ("Am Montag zeigte sich Landrat Stefan Rößle „tief enttäuscht“.", [("Stefan Rößle", "partial")]),
    ("Die Ministerin Anna Berger gab sich „zuversichtlich“, dass der Plan gelingt.", [("Anna Berger", "partial")]),
    ("Petra Lang ist Anwohnerin. Sie zeigte sich „fassungslos“.", [("Petra Lang", "partial")]),
    ("Der Verband zeigte sich „irritiert“ über die Pläne.", [(None, "partial")]),
])
def test_a_quoted_mood_after_zeigte_sich(body: str, expected: list) -> None:
    assert _body(body, "de") == expected


@pytest.mark.parametrize("body", [
    "Die Stadt zeigt sich im „Weihnachtsglanz“.",
    "Das Museum zeigte sich von seiner „besten Seite“.",
    "Die Ausstellung zeigt sich als „Wunderkammer“ der Moderne.",
])
def test_a_phrase_after_zeigt_sich_and_a_preposition_stays_scare(body: str) -> None:
    assert _body(body, "de") == [(None, "scare")]
