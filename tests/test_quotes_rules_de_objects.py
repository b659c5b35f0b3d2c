"""German mentions that are no subject, German subjects after the verb and German "names" of no
one (rules_de.prepositional_mention, names_someone.subject_after_verb, names_de.is_body_word,
names_de.names_no_one). Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names_de import is_body_word, names_no_one

INTRO = ("Der Gemeinderat hat am Dienstag lange über den neuen Radweg am Fluss beraten, und die "
         "Anwohner verfolgten die Sitzung im Saal.\n\n")


def _credits(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.rule) for q in extract_quotes("", [], INTRO + body, "de")]


def test_the_addressee_after_an_is_no_speaker():
    # The addressee after "An": the words are hers, not his; "sie", the subject after the verb,
    # is the one named before (colon_far's pronoun subject, stop 41).
    body = ("Ratsvorsitzende Helga Imhof sprach zuerst. An Stadtrat Brenner wandte sie sich mit einer "
            "Bitte: „Lassen Sie uns den Weg gemeinsam planen.“")
    assert _credits(body)[0][0] == "Helga Imhof"


@pytest.mark.parametrize("body", [
    # The topic after "Mit Blick auf den": no one who spoke.
    "Mit Blick auf den Bayerischen Landtag spricht der Präsident des Verbands von einer "
    "„Lähmung der Gremien“.",
])
def test_a_phrase_after_a_preposition_is_no_speaker(body):
    assert _credits(body)[0][0] is None


def test_a_name_inside_a_longer_word_is_not_taken_for_the_mention():
    # "Kramm" inside "Krammwerk" after "im" does not make "laut Kramm" a preposition's object.
    body = ("Die Anwältin Ute Kramm prüft den Fall. Eltern können sich laut Kramm auf das Gesetz "
            "zum Krammwerk berufen: „Das Gesetz ist eindeutig und gilt für alle Familien.“")
    assert _credits(body)[0][0] == "Ute Kramm"


@pytest.mark.parametrize("body, speaker", [
    ("„Der Weg muss breiter werden, damit alle sicher fahren.“, fährt Jonas fort.", "Jonas"),
    ("Der Planer Otto Wendt zeigte die Karte. „Die Brücke kommt zuletzt.“, fügt Wendt hinzu. "
     "„Der Weg muss breiter werden.“, fährt Wendt fort.", "Otto Wendt"),
])
def test_one_word_right_after_a_separable_verb_is_its_subject(body, speaker):
    assert _credits(body)[-1] == (speaker, "separable_verb")


@pytest.mark.parametrize("word, body", [
    ("Grünen", True), ("Linken", True), ("Aufsichtsrats", True), ("Katrin", False), ("Grün", False),
])
def test_party_adjectives_are_body_words(word, body):
    with use("de"):
        assert is_body_word(word) is body


def test_a_party_before_a_name_is_no_part_of_it():
    body = ("Das Papier stellte die Vorsitzende der Fraktion Bündnis 90/Die Grünen Marta Ellwanger "
            "vor. „Wir wollen den Radweg noch in diesem Jahr“, betonte die Grünen-Politikerin Marta "
            "Ellwanger.")
    assert _credits(body)[0][0] == "Marta Ellwanger"


@pytest.mark.parametrize("speaker, no_one", [
    ("Gesprächsgewöhnte Menschen", True), ("Besorgte Eltern", True), ("Junge Leute", True),
    ("Kathrin Bürger", False), ("Anna Kinder", False), ("Menschen", False),
])
def test_a_plural_of_many_people_names_no_one(speaker, no_one):
    assert names_no_one(speaker) is no_one


@pytest.mark.parametrize("lead, speaker", [
    ("Brenkmann befand, der Weg sei „zu schmal für zwei Räder“.", "Brenkmann"),
    ("Brenkmann sagte: „Der Weg ist zu schmal für zwei Räder.“", "Brenkmann"),
    # an adverb and a participle, a plural, a role noun: no one named
    ("Anders formuliert: „Der Weg ist zu schmal für zwei Räder.“", None),
    ("Kurz erklärt: „Der Weg ist zu schmal für zwei Räder.“", None),
    ("Anwohner sagten: „Der Weg ist zu schmal für zwei Räder.“", None),
    ("Verteidiger sagte: „Der Weg ist zu schmal für zwei Räder.“", None),
])
def test_one_word_that_opens_the_sentence_before_a_finite_cue_is_its_subject(lead, speaker):
    assert _credits("Die Pläne liegen seit Mai aus. " + lead)[0][0] == speaker


def test_a_pronoun_and_its_verb_opening_the_paragraph_take_the_speaker_of_the_paragraph_before():
    # Three men named before: the quote paragraph before names the one "Er" stands for.
    body = ("Gestern wurden Ehrenzeichen an 57 Helfer verliehen. In einem feierlichen Rahmen zeichneten "
            "Landesdirektor Dr. Karl Imhof, der Ständige Vertreter Karl Brecht sowie der stellvertretende "
            "Beauftragte der Wehren, Tom Sand, 5 Frauen und 52 Männer aus.\n\n"
            "Landesdirektor Dr. Karl Imhof beglückwünschte die Geehrten: „Sie alle investieren viel Zeit.“\n\n"
            "Er ergänzte: „Dass es in einer Großstadt auch eine Feuerwehr gibt, ist nicht allen bekannt.“")
    assert [s for s, _ in _credits(body)] == ["Karl Imhof", "Karl Imhof"]


@pytest.mark.parametrize("lead", [
    "Ziel sei es, den Weg zu verbreitern, so Brenkmann abschließend:",
    "Ziel sei es, den Weg zu verbreitern, sagte Brenkmann ergänzend:",
    "Ziel sei es, den Weg zu verbreitern, so Brenkmann weiter:",
])
def test_the_subject_after_the_verb_and_a_closing_adverb_before_the_colon(lead):
    body = "Die Planerin Ute Brenkmann stellte die Pläne vor. " + lead + " „Alle sollen sicher fahren können.“"
    assert _credits(body)[0][0] == "Ute Brenkmann"


@pytest.mark.parametrize("lead", [
    # indefinite pronouns, words for kin, countries and capitals: no one's surname (null is safe)
    "Niemand sagte: „Der Weg ist zu schmal für zwei Räder.“",
    "Jeder weiß: „Der Weg ist zu schmal für zwei Räder.“",
    "Keiner sagte: „Der Weg ist zu schmal für zwei Räder.“",
    "Jemand rief: „Der Weg ist zu schmal für zwei Räder.“",
    "Mama sagte: „Der Weg ist zu schmal für zwei Räder.“",
    "Opa meinte: „Der Weg ist zu schmal für zwei Räder.“",
    "Berlin erklärte: „Der Weg ist zu schmal für zwei Räder.“",
    "Frankreich warnte: „Der Weg ist zu schmal für zwei Räder.“",
    # a place the article writes as one ("in Lindau"), though no list knows it
    "Die Messe fand in Lindau statt. Lindau erklärte: „Der Weg ist zu schmal für zwei Räder.“",
])
def test_no_pronoun_kin_or_place_opens_as_a_surname(lead):
    assert _credits("Die Pläne liegen seit Mai aus. " + lead)[0][0] is None


def test_a_surname_after_in_with_a_possessive_stays_a_surname():
    body = ("Die Pläne liegen seit Mai aus. Aus Brenkmann’ Sicht fehlt Geld. "
            "Brenkmann sagte: „Der Weg ist zu schmal für zwei Räder.“")
    assert _credits(body)[0][0] == "Brenkmann"
