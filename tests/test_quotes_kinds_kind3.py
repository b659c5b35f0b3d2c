"""Stop 39, kind3, on made-up sentences (issue 16, kinds on unseen documents): a short
capitalized term whose own mention, found past the quote's clause, names no one is the writer's
term or name in German and French (transforms/quotes/null_terms.py); a quote with its attribution
after a comma, one in lower case, one whose mention stands before it, and English keep
``partial``."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.known_as import known_as_before
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.named_terms import names_a_term
from newsbeam.transforms.quotes.null_terms import term_of_no_one

_DE_LEAD = ("Die Stadt hat am Montag neue Regeln für den Verkehr beschlossen. Die Bürger sind mit den "
            "Plänen nicht zufrieden und wollen dagegen klagen.\n\n")


def _quote(body: str, words: str, title: str | None = None, language: str | None = None):
    found = [q for q in extract_quotes(title, None, body, language=language) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes(title, None, body, language=language)]
    return found[0]


# -- term_of_no_one: a cue past the quote that finds no one leaves the writer's term ------------

@pytest.mark.parametrize("body,words", [
    # a term as the sentence's subject, its verb read as a cue after it
    ("Das \"Fensterrecht\" beschreibt das Recht des Mieters, die Fenster der Wohnung nach eigenem "
     "Geschmack zu gestalten.", "Fensterrecht"),
    # a term glossed by an apposition, a cue far after it behind a dash
    ("Die Seuche verschwand nicht ganz, aber die großen „Pesthäuser“, die Spitäler, wurden doch "
     "zunehmend geleert, um Platz zu schaffen für – so Müllers These – die Irren.", "Pesthäuser"),
])
def test_term_before_a_cue_that_names_no_one_is_scare(body, words):
    q = _quote(_DE_LEAD + body, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_name_after_a_headline_label_is_scare():
    body = ("Die Schule öffnet am Samstag ihre Türen für alle Eltern und Kinder der Stadt. Das Fest "
            "beginnt um zehn Uhr auf dem Hof.")
    q = _quote(body, "Tag der Schule", title="Schulgeschichte: Zehn Jahre „Tag der Schule“", language="de")
    assert (q.kind, q.speaker) == ("scare", None)


# -- what stays partial -----------------------------------------------------------------------

@pytest.mark.parametrize("body,words", [
    # the attribution after a comma: an unnamed speaker's words (the guide's partial, null)
    ("Es sei eine „Katastrophe“, sagte ein Anwohner.", "Katastrophe"),
    ("Die Lage ist „Chefsache“, sagte ein Sprecher des Ministeriums.", "Chefsache"),
    ("Es sei eine „Katastrophe“ für die Stadt, sagte ein Anwohner.", "Katastrophe"),
    # the mention before the quote in its own clause
    ("Laut Experten ist das Projekt eine „Fehlplanung“ und sollte gestoppt werden.", "Fehlplanung"),
    ("Die Behörde spricht von einer „Verkehrswende“, sagte ein Sprecher.", "Verkehrswende"),
    # lower case: a predicate, someone's judgement, not a term
    ("Die Anwohner würden „weiterhin übergangen“, so die Sprecherin.", "weiterhin übergangen"),
])
def test_unnamed_speakers_words_stay_partial(body, words):
    q = _quote(_DE_LEAD + body, words)
    assert (q.kind, q.speaker) == ("partial", None)


def test_english_unnamed_source_after_quote_stays_partial():
    # English mentions past the quote are real unnamed sources: the rule leaves English alone
    body = ("The council met on Monday to discuss the new traffic plan for the city centre. Residents "
            "are unhappy and want to sue.\n\nThe plan is a “Blunder” for the city centre, a spokesman said.")
    q = _quote(body, "Blunder", language="en")
    assert (q.kind, q.speaker) == ("partial", None)


# -- known_as_before: a name given by no one, whoever the sentence reports -----------------------

_EN_LEAD = ("The council met on Monday to discuss the new traffic plan for the city centre. Residents "
            "are unhappy and want to sue.\n\n")


@pytest.mark.parametrize("body,words,language", [
    (_EN_LEAD + "Ann Lee, the mayor, said that bets on so-called “mention markets” had doubled.",
     "mention markets", "en"),
    (_EN_LEAD + "Ann Lee said the garage, known as “the Shed”, would close next spring.", "the Shed", "en"),
    (_EN_LEAD + "Mr. Roe has called for taxing so-called “pass through” income at a lower rate.",
     "pass through", "en"),
    (_DE_LEAD + "Elder fand in Alvin Thomas, auch bekannt als „Titanic“ Thompson, einen weiteren "
     "Unterstützer, sagte Roland Weber.", "Titanic", "de"),
    (_DE_LEAD + "Laut Roland Weber wurde der sogenannte „Brückentag“ erst spät eingeführt.", "Brückentag", "de"),
])
def test_name_after_agentless_naming_word_is_scare(body, words, language):
    q = _quote(body, words, language=language)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("body,words", [
    # a naming verb with its agent: the agent's word (the guide's "Trump called them “losers”")
    (_EN_LEAD + "Ann Lee called them “losers” on Monday.", "losers"),
    (_EN_LEAD + "Ann Lee dubbed the plan “a disaster for drivers” on Monday.", "a disaster for drivers"),
])
def test_naming_verb_with_an_agent_stays_partial(body, words):
    q = _quote(body, words, language="en")
    assert (q.kind, q.speaker) == ("partial", "Ann Lee")


def test_known_as_reads_short_names_only():
    # a quoted sentence or a long clause after "known as" is left to the other kind tests
    text = "a garage known as “We will fight this in court and we will win.”"
    open_at = text.index("“")
    span = Span(open_at + 1, len(text) - 1, open_at, len(text) - 1, "“", 0)
    assert not known_as_before(text, span, text[span.start:span.end])
    text = "a garage known as “the Shed”"
    open_at = text.index("“")
    span = Span(open_at + 1, len(text) - 1, open_at, len(text) - 1, "“", 0)
    assert known_as_before(text, span, "the Shed")


@pytest.mark.parametrize("lang, expected", [("de", True), ("fr", True), ("en", False), ("es", False), ("pt", False)])
def test_term_of_no_one_only_where_counted(lang, expected):
    # counted in German and French; Spanish and Portuguese keep partial until counted
    text = "The “Green Law” sets the right of neighbours to tend the trees."
    open_at = text.index("“")
    close_at = text.index("”")
    span = Span(open_at + 1, close_at, open_at, close_at, "“", 0)
    found = Finding("", "sets", "explicit", text.index("sets"), "after_quote")
    assert term_of_no_one(text, span, found, "explicit", "partial", lang) is expected


@pytest.mark.parametrize("before", ["also known as ", "known as the ", "a.k.a. ", "auch bekannt als ",
                                    "die sogenannte ", "conocido como ", "connu sous le nom de "])
def test_agentless_naming_words_are_one_list(before):
    # known_as and named_terms read the same agentless naming words (named_terms.AGENTLESS_NAMING)
    text = "a garage " + before + "“the old shed”"
    open_at = text.index("“")
    span = Span(open_at + 1, len(text) - 1, open_at, len(text) - 1, "“", 0)
    assert known_as_before(text, span, "the old shed")
    assert names_a_term(text, open_at, "the old shed")
