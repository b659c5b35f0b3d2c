"""German speakers (helper de19): the listener in the dative after a name ("sagte Petra Lang der
Deutschen Presse-Agentur"), "wie" clauses of reporting (``wie_clause``), verb-second incises
("Darüber, sagt Petra Lang, müsse man ...", recorded as ``incise_before``), the joined forms of
separable reporting verbs ("wie ... mitteilte") and role words before names ("Trendscout").
Made-up sentences, grouped by rule; the negative probes are the edges read for each."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names_de import listener_after_name
from newsbeam.transforms.quotes.titles import split_title

INTRO = ("Die Stadt hat am Montag den neuen Haushalt beschlossen, und die Opposition ist nicht "
         "zufrieden mit dem Ergebnis der Abstimmung.\n\n")


def _quotes(body: str):
    return [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], INTRO + body, "de")]


def _speaker(body: str, words: str):
    found = [q for q in _quotes(body) if q[0] == words]
    assert len(found) == 1, _quotes(body)
    return found[0][1]


# The listener in the dative after a name: an adjective (-en, or a town's -er) before a noun.
@pytest.mark.parametrize("listener", [
    "der Deutschen Presse-Agentur", "der Deutschen Presse-Agentur in Berlin", "der Deutschen Welle",
    "der Rheinischen Post", "der Frankfurter Rundschau", "der Neuen Zürcher Zeitung",
])
def test_a_listener_in_the_dative_after_the_name_is_no_part_of_it(listener):
    body = f"„So geht es nicht weiter“, sagte Petra Lang {listener}."
    assert _speaker(body, "So geht es nicht weiter") == "Petra Lang"


def test_a_listener_after_the_subject_of_a_clause_is_no_part_of_it():
    body = "Petra Lang ist Ministerin. Wie Petra Lang der Deutschen Presse-Agentur sagte, gehe es „so nicht weiter“."
    assert _speaker(body, "so nicht weiter") == "Petra Lang"


@pytest.mark.parametrize("before, after, then, expected", [
    ("Lang", "Deutschen", "Presse-Agentur", True),
    ("Lang", "Frankfurter", "Rundschau", True),
    ("Cranach", "Ältere", "", False),  # an epithet, in the nominative: "Lucas Cranach der Ältere"
    ("Sprecher", "Deutschen", "Bahn", False),  # after a role, "der" is a genitive
    ("Chefin", "Rheinischen", "Post", False),
    ("Lang", "Deutschen", "und", False),  # no noun after the adjective
])
def test_listener_after_name(before, after, then, expected):
    with use("de"):
        assert listener_after_name(before, after, then) is expected


def test_a_role_holder_of_a_body_keeps_the_body_out_and_is_no_listener():
    # (stop 53: the guide's "a spokesperson of a named organisation speaks for it", voices_intl; a
    # spokesman of a body the article does not name, or a role holder, is still no one)
    body = "„Die Züge fahren wieder“, sagte ein Sprecher der Deutschen Bahn."
    assert _speaker(body, "Die Züge fahren wieder") == "Deutsche Bahn"
    assert _speaker("„Die Züge fahren wieder“, sagte ein Sprecher des Verbands.", "Die Züge fahren wieder") is None


# wie_clause: "wie <subject> [adjuncts] <verb>," before or after the quote.
@pytest.mark.parametrize("body, words, speaker", [
    ("Wie die Ministerin Petra Lang am Montag mitteilte, werde „niemand entlassen“.", "niemand entlassen",
     "Petra Lang"),
    ("Es werde „niemand entlassen“, wie Petra Lang am Montag in Kiel mitteilte.", "niemand entlassen",
     "Petra Lang"),
    ("Wie Petra Lang der Zeitung gegenüber erklärt hatte, sei die Lage „ernst“.", "ernst", "Petra Lang"),
    ("Tobias Wendt ist Landwirt. Wie er der Zeitung am Montag sagte, sei die Ernte „katastrophal“.",
     "katastrophal", "Tobias Wendt"),
    ("Petra Lang schweigt. Wie ihre Kollegin Anna Roth erklärte, sei „alles gesagt“.", "alles gesagt",
     "Anna Roth"),
])
def test_a_wie_clause_names_the_speaker(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("body, words", [
    ("Wie die Polizei am Montag mitteilte, sei der Fahrer „deutlich zu schnell“ gewesen.", "deutlich zu schnell"),
    ("Wie bereits berichtet, sei der Fahrer „deutlich zu schnell“ gewesen.", "deutlich zu schnell"),
    ("Wie es in der Mitteilung heißt, sei der Fahrer „deutlich zu schnell“ gewesen.", "deutlich zu schnell"),
    ("Wie ein Sprecher der Stadtwerke am Montag mitteilte, sollen die Preise „moderat“ steigen.", "moderat"),
    ("Petra Lang ist Ministerin. Wie man so sagt, sei „aller Anfang schwer“.", "aller Anfang schwer"),
])
def test_a_wie_clause_of_a_body_or_of_no_one_names_no_one(body, words):
    assert _speaker(body, words) is None


def test_a_comparison_with_wie_is_no_clause_of_reporting():
    # "Wie Petra Lang fordert auch ..." has no verb at its end: not the rule's shape.
    rules = [r for _, _, r in _quotes("Wie Petra Lang fordert auch Tom Weber: „Wir brauchen mehr Geld.“")]
    assert "wie_clause" not in rules


# Verb-second incise: the phrase after the verb set off by commas is the subject.
@pytest.mark.parametrize("body, words, speaker", [
    ("Darüber, sagt Petra Lang, müsse man „offen reden“.", "offen reden", "Petra Lang"),
    ("Im Landtag, sagte die Ministerin Petra Lang am Montag, gebe es „keine Mehrheit“.", "keine Mehrheit",
     "Petra Lang"),
    ("Michel Foucault lehrte in Paris. Die Behörden, so Foucault, träumten den „politischen Traum“ der Macht.",
     "politischen Traum", "Michel Foucault"),
    ("Karolina Weiss berät Firmen. Wahrscheinlich, sagt Trendscout Weiss, werde der Hype abebben. "
     "„Es entsteht ein Gewöhnungseffekt.“", "Es entsteht ein Gewöhnungseffekt.", "Karolina Weiss"),
])
def test_an_incise_after_the_first_phrase_names_the_speaker(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("body, words", [
    ("Darüber, sagen Experten, müsse man „offen reden“.", "offen reden"),  # a plural noun, no name
    ("Darüber, sagt Foucault, müsse man „offen reden“.", "offen reden"),  # one word the article never names
])
def test_an_incise_with_no_name_names_no_one(body, words):
    assert _speaker(body, words) is None


def test_an_apposition_before_the_verb_keeps_its_subject():
    assert _speaker("Petra Lang, die Ministerin, sagte: „Das wird halten.“", "Das wird halten.") == "Petra Lang"


# Role words before names.
@pytest.mark.parametrize("role", ["Trendscout", "Intendantin", "Hauptkommissar", "Bürgermeisterkandidatin",
                                  "Chefvolkswirt", "Analystin", "Gewerkschafter", "Gastwirtin"])
def test_a_role_word_before_a_name_is_split_off(role):
    with use("de"):
        assert split_title(f"{role} Anna Roth") == "Anna Roth"


# A sentence that opens on the listener in the dative: the subject follows the verb.
@pytest.mark.parametrize("body, words, speaker", [
    ("Der Deutschen Presse-Agentur sagte Petra Lang: „Wir haben alles getan.“", "Wir haben alles getan.",
     "Petra Lang"),
    ("Der Deutschen Presse-Agentur sagte Petra Lang, man habe „alles getan“.", "alles getan", "Petra Lang"),
    ("Der Zeitung sagte Petra Lang: „Wir haben alles getan.“", "Wir haben alles getan.", "Petra Lang"),
    ("Tobias Wendt ist Landwirt. Der Zeitung sagte er: „Wir haben alles getan.“", "Wir haben alles getan.",
     "Tobias Wendt"),
    ("Der Deutschen Presse-Agentur sagte eine Sprecherin: „Wir haben alles getan.“", "Wir haben alles getan.",
     None),  # was the agency: the one who spoke is unnamed
    ("Der Bundeskanzler Olaf Scholz sagte: „Wir helfen.“", "Wir helfen.", "Olaf Scholz"),  # a subject
])
def test_a_listener_opening_the_sentence_is_not_its_subject(body, words, speaker):
    assert _speaker(body, words) == speaker


# das_after: "„...“ Das sagte X ...": the subject after the verb of the sentence pointing back.
@pytest.mark.parametrize("body, words, speaker", [
    ("„Wir haben alles getan.“ Das sagte Petra Lang am Montag in Berlin.", "Wir haben alles getan.", "Petra Lang"),
    ("„Wir haben alles getan“, das sagte die Ministerin Petra Lang am Montag.", "Wir haben alles getan",
     "Petra Lang"),
    ("„Wir haben alles getan.“ Dies erklärte Petra Lang der Deutschen Presse-Agentur.", "Wir haben alles getan.",
     "Petra Lang"),
    ("Tobias Wendt ist Landwirt. „Wir haben alles getan.“ Das sagte er am Montag.", "Wir haben alles getan.",
     "Tobias Wendt"),
    ("„Wir haben alles getan.“ Das sagte Petra Lang, die seit 2019 Ministerin ist.", "Wir haben alles getan.",
     "Petra Lang"),
])
def test_das_after_names_the_speaker(body, words, speaker):
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("body, words", [
    ("„Wir haben alles getan.“ Das sagte Petra Lang nicht, aber sie dachte es.", "Wir haben alles getan."),
    ("„Wir haben alles getan.“ Das bestreitet Petra Lang.", "Wir haben alles getan."),  # another's words
    ("„Wir haben alles getan.“ Das sagte eine Sprecherin der Stadt.", "Wir haben alles getan."),
    ("„Wir haben alles getan.“ Das sagte die Stadt.", "Wir haben alles getan."),
    ("„Wir haben alles getan.“ Das sagte Buch ist alt.", "Wir haben alles getan."),  # no sentence of reporting
])
def test_das_after_names_no_one_when_it_should_not(body, words):
    assert _speaker(body, words) is None


def test_das_after_needs_the_quote_to_open_its_sentence():
    # "Sie nannte es „Unsinn“. Das sagte ..." : the quote is inside the writer's sentence.
    rules = [r for t, _, r in _quotes("Petra Lang nannte den Plan „Unsinn“. Das sagte Anna Roth am Montag.")]
    assert "das_after" not in rules


# A role noun is no surname: "Der Landwirt" is not "Jahren Landwirt" (from "seit 20 Jahren Landwirt").
def test_a_role_noun_is_not_widened_to_a_run_that_ends_on_it():
    body = ("Petra Lang lobte Tom Weber. Der Landwirt sagte: „Wir brauchen mehr Geld.“ "
            "Tom Weber ist seit 20 Jahren Landwirt.")
    assert _speaker(body, "Wir brauchen mehr Geld.") is None


def test_a_role_given_to_one_named_person_still_resolves():
    body = "Landwirt Tom Weber ist sauer. „Wir brauchen mehr Geld“, sagte der Landwirt."
    assert _speaker(body, "Wir brauchen mehr Geld") == "Tom Weber"
