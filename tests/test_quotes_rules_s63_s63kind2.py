"""Kinds, stop 63 (s63kind2): quoted words someone said, typed as the writer's scare quote, and
one writer's name typed as someone's words. Each case is our own sentence, traps beside.

- German "nennt/nannte/fand das Projekt „ein Desaster“" and "Laut X ist das Projekt
  „unwirtschaftlich“": a noun for a work or a programme right before the quote made it that
  thing's name (work_names), scare, null; a quote opening in lower case after such a noun that a
  verb of judging or "sein" takes as its object or subject is a judgement, partial
  (work_names._judged_object, lexicon_de.COMPLEMENT_VERBS). A capitalised name stays scare.
- German unnamed groups whose noun is a compound ("Umweltschützer nennen …", "Klimaforscher
  warnen …", "Die Bauern nennen …"): not read as a group of people, so scare; partial, null
  (names_de.is_group_plural reads a compound's last part).
- English verbs of voicing, foreseeing and pledging missing from the attitude verbs ("conveyed
  “deep regret”", "expects “significant flooding”", "raised “serious questions”", "guaranteed
  “full transparency”"): scare; partial, the subject's (lexicon.ATTITUDE_VERBS).
- German "X kommt zu dem Schluss, dass … „…“": scare; partial, the subject's (a person) or null
  (a paper, a body: particle_judgement_de._concludes).
- English "the “cash for access” scandal": a name of an affair or policy of three to five words
  before its noun was credited to the sentence's subject, partial; scare (kinds.is_modifier,
  lexicon.AFFAIR_NOUNS).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _body(body: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body, expected", [
    ("Anna Berger nannte das Projekt „ein Desaster“.", [("Anna Berger", "partial")]),
    ("Stadträtin Eva Kolb nennt die Kampagne „einen teuren Fehler“.", [("Eva Kolb", "partial")]),
    ("Der Landrat Otto Frey fand das Programm „völlig überzogen“.", [("Otto Frey", "partial")]),
    ("Laut Jonas Weil ist das Projekt „kaum noch finanzierbar“.", [("Jonas Weil", "partial")]),
    ("Laut dem Bundesrechnungshof war das Programm „schlecht geplant“.", [("Bundesrechnungshof", "partial")]),
    # traps: a name after the noun stays the thing's name
    ("Die Stadt startet das Projekt „Grüne Mitte“.", [(None, "scare")]),
    ("Eva Kolb leitet das Projekt „Eine Schule für alle“.", [(None, "scare")]),
    ("Sie sprach über das Thema „ein Leben ohne Plastik“.", [(None, "scare")]),
    ("Seit Montag läuft das Projekt „Grüne Mitte“.", [(None, "scare")]),
])
def test_a_judgement_after_a_noun_for_a_work(body: str, expected: list) -> None:
    assert _body(body, "de") == expected


@pytest.mark.parametrize("body, expected", [
    ("Umweltschützer nennen das Vorhaben einen „Irrweg“.", [(None, "partial")]),
    ("Tierschützer sprechen von „Quälerei“.", [(None, "partial")]),
    ("Die Milchbauern nennen die neue Regel „praxisfern“.", [(None, "partial")]),
    ("Bürgerrechtler kritisieren das Gesetz als „Angriff auf die Freiheit“.", [(None, "partial")]),
    # traps: a group already listed, and a named person
    ("Kritiker nennen das Vorhaben einen „Irrweg“.", [(None, "partial")]),
    ("Der Umweltschützer Paul Roth nannte den Plan einen „Irrweg“.", [("Paul Roth", "partial")]),
])
def test_a_group_named_by_a_compound(body: str, expected: list) -> None:
    assert _body(body, "de") == expected


@pytest.mark.parametrize("body, expected", [
    ("Meteorologist Dana Price forecasts “widespread flooding” in low-lying areas.", [("Dana Price", "partial")]),
    ("Economist Raj Mehta anticipates “a shallow recession” next year.", [("Raj Mehta", "partial")]),
    ("Governor Lisa Tran conveyed “deep sorrow” to the families.", [("Lisa Tran", "partial")]),
    ("Senator Paul Hicks raised “serious questions” about the contract.", [("Paul Hicks", "partial")]),
    ("Mayor Nia Cole anticipated “steady growth” for the region.", [("Nia Cole", "partial")]),
    ("Auditor Ben Cho flagged “major risks” in the budget.", [("Ben Cho", "partial")]),
    # traps: a thing's name after the verb, a sum, a passive with a thing as subject
    ("Governor Lisa Tran expects the “Clean Air Act” to pass.", [(None, "scare")]),
    ("The charity raised “$5 million” from donors.", [(None, "scare")]),
    ("The storm is expected to bring “widespread flooding” to the coast.", [(None, "scare")]),
])
def test_verbs_of_voicing_and_foreseeing(body: str, expected: list) -> None:
    assert _body(body, "en") == expected


@pytest.mark.parametrize("body, expected", [
    ("Die Ökonomin Hanna Wolf kommt zu dem Schluss, dass der Markt „überhitzt“ ist.", [("Hanna Wolf", "partial")]),
    ("Die Studie kommt zu dem Ergebnis, dass Pendler „deutlich gestresst“ sind.", [(None, "partial")]),
    ("Die Gutachter gelangten zum Schluss, dass die Brücke „marode“ ist.", [(None, "partial")]),
    # trap: no finding's noun before the comma
    ("Die Studie kommt zu spät, denn die Brücke ist „marode“.", [(None, "scare")]),
])
def test_a_conclusion_in_a_dass_clause(body: str, expected: list) -> None:
    assert _body(body, "de") == expected


@pytest.mark.parametrize("body, expected", [
    ("The minister has faced criticism over the “cash for access” scandal.", [(None, "scare")]),
    ("Critics attacked the government's “shoot to kill” policy.", [(None, "scare")]),
    ("The party was hit by the “cash for honours” affair last year.", [(None, "scare")]),
    # traps: a phrase someone is said to have used, and a short name
    ("Tom Reilly called the plan “a recipe for disaster” in an interview.", [("Tom Reilly", "partial")]),
    ("The prime minister faced criticism over the “Partygate” scandal.", [(None, "scare")]),
])
def test_the_name_of_an_affair_before_its_noun(body: str, expected: list) -> None:
    assert _body(body, "en") == expected
