"""Kinds of stop 43 (kind43), on made-up sentences, grouped by shape: English reporting verbs
opening the clause a short quote stands in (rule ``reported_clause``, clause_verbs.py), and
verbs of considering giving a quoted judgement (rule ``judged_term``, considered_terms.py)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.clause_verbs import said_clause
from newsbeam.transforms.quotes.considered_terms import considered_term


def _quote(body: str, words: str, lang: str = "en"):
    quotes = extract_quotes(None, None, body, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


# Shape 1: a short quote in the "that" clause of an English reporting verb whose subject no
# rule reads (a body with no name): someone's words, partial, null.
@pytest.mark.parametrize("text,words", [
    ("The ferry operator stressed that the timetable change came with a “heavy heart” after years of losses.",
     "heavy heart"),
    ("The orchestra announced that the season would end “on a high” despite the cuts.", "on a high"),
    ("The county museum confirmed that the painting had been “badly restored” in the 1970s.", "badly restored"),
    ("Its board of directors told staff that the merger was “not on the table” for now.", "not on the table"),
])
def test_words_in_an_english_that_clause_are_partial(text, words):
    q = _quote(text, words)
    assert (q.kind, q.speaker) == ("partial", None)


# Shape 2: the same after "say"/"tell" with its "that" dropped.
@pytest.mark.parametrize("text,words", [
    ("The bakery chain said the new ovens were “a game changer” for its smaller shops.", "a game changer"),
    ("The tenants' union tells members the rent rise is “simply unaffordable” this winter.",
     "simply unaffordable"),
])
def test_words_after_say_without_that_are_partial(text, words):
    q = _quote(text, words)
    assert (q.kind, q.speaker) == ("partial", None)


@pytest.mark.parametrize("text,words", [
    # a name given inside the reported clause, in capitals: the writer's scare quote (with a
    # subject a rule reads, "The studio said" (pn43's singular_subject) as "Ann Lee said", the
    # lead_in credits it partial, as it did before this stop: docs/quality.md, "Stop 43, the merged tree")
    ("Reports said the studio would rename the game “Skyhaven” before its launch in spring.", "Skyhaven"),
    # hearsay in the passive: no one's clause
    ("The powder, said to be used in the old mills, is “extremely toxic” to fish.", "extremely toxic"),
    # an argument in code after "said"
    ("The manual said run(“make all targets quietly”) before the release.", "make all targets quietly"),
])
def test_names_and_hearsay_after_say_stay_scare(text, words):
    assert _quote(text, words).kind == "scare"


def test_only_the_last_verb_governs_and_no_quote_between():
    text = "The club said little, but its coach admitted the squad looked “tired” after the trip."
    assert not said_clause(text, 0, text.index("“"))  # "admitted" comes last (its own clause)
    text = "The club said “yes” and then a “smart” stadium was planned."
    assert not said_clause(text, 0, text.index("“smart"))


# Shape 3: a finite verb of considering before a quoted judgement, in four languages (not
# English: no outside article showed its shape): someone's judgement, partial, even when no rule
# reads who.
@pytest.mark.parametrize("text,words,lang", [
    ("Les pêcheurs dénoncent des quotas qu'ils estiment « injustes » pour les petits bateaux.", "injustes", "fr"),
    ("Un choix que la présidente du club considère comme « une erreur de casting » pour la saison.",
     "une erreur de casting", "fr"),
    ("El gremio de taxistas considera “abusivas” las nuevas tarifas del aeropuerto.", "abusivas", "es"),
    ("A associação de moradores considera “inaceitável” o aumento das tarifas de água.", "inaceitável", "pt"),
    ("Der Verband hält die neuen Regeln für „völlig praxisfern“ und will klagen.", "völlig praxisfern", "de"),
])
def test_a_considered_judgement_is_partial(text, words, lang):
    q = _quote(text, words, lang)
    assert q.kind == "partial"


@pytest.mark.parametrize("text,words,lang", [
    # the first-person writer's own judgement
    ("Ce que je considère comme « le vrai luxe » tient en peu de choses.", "le vrai luxe", "fr"),
    ("Wir halten das neue Logo für „etwas beliebig“, ehrlich gesagt.", "etwas beliebig", "de"),
    # a noun, not the verb: "le juge"
    ("Le juge des référés a examiné la « requête Durand » mardi matin.", "requête Durand", "fr"),
])
def test_names_and_the_writers_own_judgement_stay_scare(text, words, lang):
    assert _quote(text, words, lang).kind == "scare"


def test_considered_term_reads_only_finite_forms():
    text = "O antigo mercado, considerado o “coração” da cidade, reabre em maio."
    assert not considered_term(text, text.index("“"), "pt")
    text = "La comuna considera “urgente” la obra."
    assert considered_term(text, text.index("“"), "es")
    assert not considered_term(text, text.index("“"), "en")  # no English verbs (PolNeAR dev)
