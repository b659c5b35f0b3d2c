"""Rule ``colon_clause``: a sentence whose subject does something other than report speech and
leads into a quote with a colon credits the quote to that subject; a fronted phrase, a copula,
a noun in "-s" and a demonstrative are no such clause. Own sentences (issue 16, stop 37)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_LEAD = "Marta Ruiz runs the ferry office in Dorvan and spoke about the strike on Monday.\n\n"


def _quote(text: str, words: str):
    found = [q for q in extract_quotes("", [], _LEAD + text) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], _LEAD + text)]
    return found[0]


CREDITED = [
    # a noun phrase and a verb that is no cue
    ("The union's letter makes a blunt case: “Every crossing needs a second mate.”",
     "Every crossing needs a second mate.", "The union's letter", "makes"),
    # a phrase after a preposition is part of the subject
    ("A footnote in the ferry report makes it plain: “The crews were never paid in March.”",
     "The crews were never paid in March.", "A footnote in the ferry report", "makes"),
    # an aside between commas is skipped
    ("The harbour council, in a short note to members, worded it carefully: “We expect the "
     "timetable back within a week.”", "We expect the timetable back within a week.", "The harbour council",
     "worded"),
    # a plural subject: the word after a determiner is its noun, not a verb in "-s"
    ("Several skippers offered one more line: “We will sail when the crews do.”",
     "We will sail when the crews do.", "Several skippers", "offered"),
    # a verb in "-s" with its object after it
    ("The short radio spot ends with one line: “Vote for the harbour.”",
     "Vote for the harbour.", "The short radio spot", "ends"),
]


@pytest.mark.parametrize("text, words, mention, cue", CREDITED)
def test_the_clause_before_a_colon_names_the_speaker(text, words, mention, cue):
    quote = _quote(text, words)
    assert (quote.rule, quote.speaker_mention, quote.cue) == ("colon_clause", mention, cue)


NOT_CREDITED = [
    # a copula and its complement: no one's act
    ("The problem is simple: “Nobody has paid the crews since March.”",
     "Nobody has paid the crews since March."),
    # a passive: the source is the one after "by"
    ("The point is made by this finding: “Nine crossings in ten ran late.”", "Nine crossings in ten ran late."),
    # a fronted phrase of time: no subject first
    ("The next day, a bell rang twice: “All crews to the quay.”", "All crews to the quay."),
    # a noun in "-s" with no object after it is no verb
    ("A pile of unpaid bills, a broken radio and a sign: “Closed until further notice.”",
     "Closed until further notice."),
    # a demonstrative stands for something said before
    ("This explains the mood on the quay: “Nobody trusts the timetable any more.”",
     "Nobody trusts the timetable any more."),
]


@pytest.mark.parametrize("text, words", NOT_CREDITED)
def test_no_clause_no_speaker(text, words):
    assert _quote(text, words).rule != "colon_clause"


def test_a_reporting_verb_is_left_to_lead_in():
    quote = _quote("The ferry office wrote to the crews: “Your pay arrives on Friday.”", "Your pay arrives on Friday.")
    assert quote.rule == "lead_in"


def test_other_languages_are_not_read():
    text = "Der Brief der Gewerkschaft macht es deutlich: „Jede Überfahrt braucht einen zweiten Maat.“"
    assert all(q.rule != "colon_clause" for q in extract_quotes("", [], text))


# Rule ``lead_in``, a crowd's-noise participle (participles.noise_subject): who chants is the
# subject of the clause right before it, not the sentence's speaker or the place it names.
NOISE = [
    ("The mayor spoke at the ferry terminal in Dorvan, where about 50 dock workers had gathered on "
     "Monday, chanting “No pay, no sail” as she arrived.", "No pay, no sail", "about 50 dock workers"),
    ("The first clash came during a talk at the college in Westfield, when harbour protesters "
     "interrupted the minister, shouting “pay the crews first!” at the stage.", "pay the crews first!",
     "harbour protesters"),
    ("The strike was on everyone's mind, with many marchers and spectators chanting “We are the harbour” "
     "and waving flags.", "We are the harbour", "many marchers and spectators"),
    # an adverb after the subject of "with" is no part of it
    ("Workers blocked the gate, with Marta Ruiz reportedly yelling “Hold the line” from the quay.",
     "Hold the line", "Marta Ruiz"),
    # a pronoun in the clause is someone named already: the sentence's subject shouts
    ("Marta Ruiz stopped Tom Hale as he left the quay, shouting “Come back and talk.”",
     "Come back and talk.", "Marta Ruiz"),
    # no clause of its own before the participle: the sentence's subject, as before
    ("Marta Ruiz addressed the crowd on Monday, shouting “we will not move” over the noise.",
     "we will not move", "Marta Ruiz"),
]


@pytest.mark.parametrize("text, words, mention", NOISE)
def test_the_crowd_that_chants_is_the_clause_subject(text, words, mention):
    assert _quote(text, words).speaker_mention == mention


def test_a_reporting_participle_keeps_the_sentence_subject():
    # "saying" is no crowd's noise: the clause before it does not take it
    quote = _quote("Marta Ruiz left the terminal, where the crews had gathered, saying “We will talk again "
                   "on Friday.”", "We will talk again on Friday.")
    assert quote.speaker_mention != "the crews"
