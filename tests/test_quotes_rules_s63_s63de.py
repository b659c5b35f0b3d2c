"""German attribution shapes, stop 63, branch s63de (issue 16). Our own sentences, traps beside.

1. A separable verb of judging whose particle closes the quote's clause: "Klaus Meier wirft dem
   Bürgermeister „Wortbruch“ vor", "wies die Vorwürfe als „haltlos“ zurück", "lehnte „jede
   Verantwortung“ ab", "schließt „…“ nicht aus", "geht von einem „…“ aus", or the particle then a
   comma before the quote ("gibt zu, „anfangs skeptisch“ gewesen zu sein"): the finite verb alone
   is no cue, no rule read the sentence, and the words were a scare quote of no one's
   (particle_judgement_de.py, lexicon_de.JUDGING_PARTICLES).
2. A mood shown in the quoted words: "zeigte sich „enttäuscht“ über …", "reagierte „entsetzt“",
   "ist „zuversichtlich“, dass …": one quoted word in a sentence with no cue became the writer's
   scare quote (particle_judgement_de.py).
3. A view given by a phrase: "Nach Ansicht von X ist das „nicht hinnehmbar“", "Nach Meinung von
   X …", "Nach Auffassung der …": only "Nach Angaben/Einschätzung/…" were read
   (according_phrase_de._PHRASE).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _one(body: str) -> tuple[str, str | None]:
    quotes = extract_quotes("", [], body, "de")
    assert len(quotes) == 1
    return quotes[0].kind, quotes[0].speaker


@pytest.mark.parametrize("body, speaker", [
    # 1. separable verbs of judging
    ("Klaus Meier wirft dem Bürgermeister „Wortbruch“ vor.", "Klaus Meier"),
    ("Die Landtagsabgeordnete Lena Vogt warf der Regierung „Planlosigkeit“ vor.", "Lena Vogt"),
    ("Lena Vogt (Grüne) wirft der CSU „Doppelmoral“ vor.", "Lena Vogt"),
    ("Jürgen Weber wies die Vorwürfe als „haltlos“ zurück.", "Jürgen Weber"),
    ("Max Eder (CSU) wies die Kritik als „Wahlkampfgetöse“ zurück.", "Max Eder"),
    ("Sabine Hoffmann lehnte „jede Verantwortung“ für das Debakel ab.", "Sabine Hoffmann"),
    ("Der Winzer Paul Reiter schließt „weitere Preiserhöhungen“ nicht aus.", "Paul Reiter"),
    ("Petra Schulz geht von einer „deutlichen Erholung“ im zweiten Halbjahr aus.", "Petra Schulz"),
    ("Pfarrerin Ruth Mai blickt auf ein „bewegtes Jahr“ zurück.", "Ruth Mai"),
    ("Der Ökonom Jens Hartmann stufte die Lage als „ernst, aber beherrschbar“ ein.", "Jens Hartmann"),
    ("Trainerin Nina Roth tat die Niederlage als „Ausrutscher“ ab.", "Nina Roth"),
    ("Paul Reiter gibt zu, „anfangs skeptisch“ gewesen zu sein.", "Paul Reiter"),
    # 2. a mood shown in the quoted words
    ("Anna Berger zeigte sich „enttäuscht“ über das Ergebnis.", "Anna Berger"),
    ("Petra Schulz zeigte sich „zuversichtlich“, dass die Firma die Krise übersteht.", "Petra Schulz"),
    ("Bürgermeister Otto Kern gab sich nach der Sitzung „erleichtert“.", "Otto Kern"),
    ("Paul Reiter reagierte „entsetzt“ auf die Nachricht.", "Paul Reiter"),
    ("Anna Berger ist „zuversichtlich“, dass es klappt.", "Anna Berger"),
    # 3. a view given by a phrase
    ("Nach Ansicht von Thomas Krüger ist der Plan „nicht finanzierbar“.", "Thomas Krüger"),
    ("Nach Ansicht des Ökonomen Stefan Brandt ist das Wachstum „bestenfalls mäßig“.", "Stefan Brandt"),
    ("Nach Meinung von Petra Schulz kommt die Reform „viel zu spät“.", "Petra Schulz"),
    ("Nach Auffassung von Ulrike Sommer ist die Sammlung „ein Schatz“.", "Ulrike Sommer"),
])
def test_judging_and_mood_credit_the_subject(body: str, speaker: str) -> None:
    assert _one(body) == ("partial", speaker)


@pytest.mark.parametrize("body", [
    # a particle of no judging verb, or a name set after a noun
    "Der Stürmer warf den Ball „aus purem Frust“ weg.",
    "Anna Berger stellte das Buch „Stille Tage“ vor.",
    "Thomas Krüger lehnte den Antrag „Mehr Grün“ ab.",
    "Thomas Krüger lehnte den Antrag „Grünflächen“ ab.",
    "Anna Berger blickt auf die „Goldenen Zwanziger“ zurück.",
    "Anna Berger hält an der „schwarzen Null“ fest.",
    "Anna Berger schließt das Kapitel „Hamburg“ ab.",
    "Die Studie wirft ein neues Licht auf „Long Covid“.",
    "Das Gericht wies die Klage der „Letzten Generation“ zurück.",
    # a quoted word that is no mood shown by the subject
    "Anna Berger zeigte sich von der „überragenden“ Leistung beeindruckt.",
    "Anna Berger reagierte auf die „Provokation“ gelassen.",
    "Anna Berger ist „die Neue“ im Team.",
    "Der Himmel zeigte sich „bedeckt“.",
    # a name after the view's phrase
    "Nach Meinung von Petra Schulz hat die Regierung das Projekt „Neue Mitte“ verschleppt.",
])
def test_names_and_other_words_stay_scare(body: str) -> None:
    assert _one(body) == ("scare", None)


@pytest.mark.parametrize("body, speaker", [
    # near shapes that were right before and stay so
    ("Stefan Brandt kündigte „spürbare Einschnitte“ an.", "Stefan Brandt"),
    ("Ulrike Sommer hob „die hervorragende Zusammenarbeit“ mit den Behörden hervor.", "Ulrike Sommer"),
    ("Der Trainer Marco Lindner zeigte sich nach dem Spiel „sehr zufrieden“.", "Marco Lindner"),
    ("Nach Einschätzung von Jürgen Weber ist die Lage „angespannt, aber beherrschbar“.", "Jürgen Weber"),
    ("Petra Schulz warf dem Konzern vor, „die Beschäftigten im Regen stehen zu lassen“.", "Petra Schulz"),
])
def test_near_shapes_stay(body: str, speaker: str) -> None:
    assert _one(body) == ("partial", speaker)


def test_a_reporter_after_the_clause_takes_it() -> None:
    # the judging clause is what an unnamed spokesman reported: his words, no one named
    assert _one("Anna Berger wies die Vorwürfe als „haltlos“ zurück, teilte ein Sprecher mit.")[1] is None


def test_unnamed_body_names_no_one() -> None:
    assert _one("Nach Ansicht der Polizei war der Fahrer „deutlich zu schnell“.") == ("partial", None)
