"""Kinds of quoted clauses, by shape, on hand-written sentences (docs/gold-annotation.md, Kinds):
a clause that continues the writer's sentence is partial however it is capitalized; a clause
lifted from someone's words is partial even when no one is named; a title stays scare."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.kinds import continues_sentence, sentence_opens_after
from newsbeam.transforms.quotes.marks import find_spans


def _quote(body: str, words: str):
    quotes = [q for q in extract_quotes("", [], body) if q.text == words]
    assert len(quotes) == 1, [q.text for q in extract_quotes("", [], body)]
    return quotes[0]


# Rule: a quote opening on a capital right after a word of the writer's sentence ("that",
# "ensure") continues that sentence: partial, not direct.
@pytest.mark.parametrize("body, words, speaker", [
    ("The mayor, Ines Calloway, told reporters on Friday that “The bridge will reopen in May.”",
     "The bridge will reopen in May.", "Ines Calloway"),
    ("Harbor Freightways says it will make sure “Every driver gets paid on time from now on.”",
     "Every driver gets paid on time from now on.", "Harbor Freightways"),
])
def test_capitalized_clause_inside_the_writers_sentence_is_partial(body, words, speaker):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


# ... but not when the word before is the reporting verb itself, nor a conjunction joining it to
# a quoted sentence before: those quote sentences, direct.
@pytest.mark.parametrize("body, words", [
    ("Coach Dana Whitfield shrugged and said “We lost to a better team tonight.”",
     "We lost to a better team tonight."),
    ("Fans wrote “See you next season, friends” or “We will be back stronger than ever” under the post.",
     "We will be back stronger than ever"),
])
def test_quoted_sentence_after_its_verb_or_a_listed_quote_is_direct(body, words):
    assert _quote(body, words).kind == "direct"


def test_continues_sentence_reads_the_word_before_the_mark():
    text = "He told them that “Prices will fall soon, very soon.”"
    (span,) = find_spans(text)
    assert continues_sentence(text, span, text[span.start:span.end])
    title = "She loved the “Night Garden Of Stone And Glass” tour."
    (span,) = find_spans(title)
    assert not continues_sentence(title, span, title[span.start:span.end])  # title case: a name
    listed = "“Go home” or “Stay here”"
    assert sentence_opens_after(listed, listed.index(" “Stay") - 1)


# Rule: five words or more of a clause lifted from someone's words are partial even in a sentence
# that reports no speech and names no one (the writer's scare quotes mark terms, not clauses).
@pytest.mark.parametrize("body, words", [
    ("The orchard growers are not just “waiting for the rain to come back” this summer.",
     "waiting for the rain to come back"),
    ("The council dropped the plan because it was “far too costly for a town this size”.",
     "far too costly for a town this size"),
])
def test_lifted_clause_without_a_cue_is_partial_with_no_speaker(body, words):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("partial", None)


# Shapes that stay scare: a term of a word or two, a title after "the headline".
@pytest.mark.parametrize("body, words", [
    ("The orchard growers call this the “dry spell” of the decade.", "dry spell"),
    ("The Ledger ran a story with the headline “Storm shuts the harbor for a week.” on Monday.",
     "Storm shuts the harbor for a week."),
])
def test_terms_and_titles_stay_scare(body, words):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


# Rule: capitalized words of a title or a headline quoted inside the writer's sentence are not
# given to the sentence's subject: "Lena Park starred in “Storm Over the Quiet Bay Again”".
@pytest.mark.parametrize("body, words", [
    ("Lena Park starred in the film “Storm over the bay at midnight” last year.",
     "Storm over the bay at midnight"),
    ("The Ledger hired Omar Test, whose blog ran posts like “Rain ruins the county fair again” often.",
     "Rain ruins the county fair again"),
])
def test_capitalized_words_inside_a_sentence_are_not_its_subjects(body, words):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_quoted_sentence_after_said_and_is_direct():
    body = "Most guests were tired, Mia Holt said, and “We still danced until the lights went out.”"
    assert _quote(body, "We still danced until the lights went out.").kind == "direct"


# A title with a year or a number in it is a title.
def test_a_title_with_a_number_is_scare():
    body = "The magazine printed its “Best Harbor Towns of 2031” list in June."
    q = _quote(body, "Best Harbor Towns of 2031")
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_quoted_sentence_after_a_heading_in_capitals_is_direct():
    body = "HARBOR NEWS, IN BRIEF “The ferry will run again from Monday, the port said in a note.” [Courier.]"
    assert _quote(body, "The ferry will run again from Monday, the port said in a note.").kind == "direct"
