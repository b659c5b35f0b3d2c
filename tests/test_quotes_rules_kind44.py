"""Partial or scare in German reported speech (helper kind44, read on the held-out pages): "sprechen
von" with adjectives before the quoted word (``judged_terms.speaks_of``), and a "wie" clause whose
subject is a description with the name in apposition after it (``wie_described``, read by
``wie_clause``). Made-up sentences, grouped by rule; the negative probes are the edges read."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.judged_terms import speaks_of

INTRO = ("Der Landtag hat am Dienstag über die Reform der Gemeinden beraten, und die Fraktionen "
         "sind sich über den Zeitplan noch nicht einig.\n\n")


def _quote(body: str, words: str):
    found = [q for q in extract_quotes("", [], INTRO + body, "de") if q.text == words]
    assert len(found) == 1, [(q.text, q.kind) for q in extract_quotes("", [], INTRO + body, "de")]
    return found[0]


# speaks_of: up to two lower-case adjectives between "von (einer)" and the quote.
@pytest.mark.parametrize("body, words", [
    ("Mit Blick auf die Gemeinden spricht der Präsident des Städtetags sogar von einer drohenden "
     "„Aushöhlung der Selbstverwaltung“.", "Aushöhlung der Selbstverwaltung"),
    ("Die Bürgermeisterin sprach am Abend vom endgültigen „Aus“ für das Hallenbad.", "Aus"),
    ("Ein Sprecher der Kreisverwaltung spricht von einer regelrechten neuen „Bürokratiewelle“.",
     "Bürokratiewelle"),
])
def test_a_word_after_speaks_of_and_adjectives_is_someones(body, words):
    assert _quote(body, words).kind == "partial"


@pytest.mark.parametrize("text, expected", [
    ("Der Minister spricht sogar von einer drohenden „X“", True),
    ("Sie sprach vom endgültigen „X“", True),
    ("Er spricht von „X“", True),
    ("Er spricht von der Kampagne „X“", False),  # a capitalized noun: a name in apposition
    ("Er spricht von einer sogenannten „X“", False),  # the writer's distance
    ("Er spricht von einer neuen, großen „X“", False),  # a comma: no plain attribute run
    ("Er spricht oft von drei ganz neuen großen „X“", False),  # three words: no longer read
])
def test_speaks_of_edges(text, expected):
    assert speaks_of(text, text.index("„")) is expected


def test_a_so_called_word_after_speaks_of_stays_the_writers():
    body = "Der Kämmerer spricht von einer sogenannten „Schuldenbremse“ für die Gemeinden."
    assert _quote(body, "Schuldenbremse").kind == "scare"


# wie_clause (wie_described): "wie <description>, <Name>, [adjuncts] <verb>," names the speaker.
@pytest.mark.parametrize("body, words, speaker", [
    ("Die Gemeinden geraten, wie der Präsident des Städtetags, Hans Maier, erst jüngst gesagt hat, "
     "in die Rolle einer „Abnickinstanz“ ohne eigene Macht.", "Abnickinstanz", "Hans Maier"),
    ("Wie die Sprecherin der Kreisverwaltung, Petra Lang-Weber, am Montag mitteilte, sei das Hallenbad "
     "„nicht mehr zu retten“.", "nicht mehr zu retten", "Petra Lang-Weber"),
    ("Das Projekt sei „ein Fass ohne Boden“, wie der Kämmerer der Stadt, Tom Hale, betonte.",
     "ein Fass ohne Boden", "Tom Hale"),
])
def test_a_wie_clause_with_a_description_then_the_name(body, words, speaker):
    found = _quote(body, words)
    assert (found.kind, found.speaker) == ("partial", speaker)


@pytest.mark.parametrize("body, words", [
    # the commas list places, not a name in apposition
    ("Wie die Kollegen aus Aachen, Köln und Bonn berichteten, gilt das „Modell Nord“ als gescheitert.",
     "Modell Nord"),
])
def test_a_wie_clause_without_a_name_in_apposition_names_no_one(body, words):
    assert _quote(body, words).speaker is None


def test_a_quote_inside_the_description_is_not_read_by_the_wie_clause():
    body = "Wie der Leiter des Vereins „Hafenfreunde“, Tom Hale, sagte, bleibt das Fest."
    assert _quote(body, "Hafenfreunde").rule != "wie_clause"  # the quote mark ends the description
