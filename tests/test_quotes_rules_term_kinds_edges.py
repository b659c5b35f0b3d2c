"""Edges of the kind rules of transforms/quotes/term_kinds.py found by the second reader (read18),
on made-up sentences: a possessive before ``stance_term``'s and ``list_name``'s words, one-word
work names in ``headline_fragment``, "called" as a speech verb in ``qualifying_label``, the French
noun "traité" in ``insult_word``."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.marks import find_spans
from newsbeam.transforms.quotes.term_kinds import (
    after_list_noun, after_stance_word, insult_word, is_headline_fragment, is_qualifying_label)
from tests.quote_probes import first_quote


def _span(text: str):
    span = find_spans(text)[0]
    return span, text[span.start:span.end]


# stance_term: "his infamous “…” remark" is his own remark, not the writer's distance.
@pytest.mark.parametrize("text", [
    "Dana Kerr apologized on Friday for her notorious “stay in line” jibe at the council.",
    "The senator regretted Kerr's infamous “let them walk” reply to the nurses.",
])
def test_a_possessive_before_a_stance_word_keeps_the_words_someones(text):
    span, quoted = _span(text)
    assert not after_stance_word(text, span, quoted, 0)


def test_a_possessive_stance_quote_keeps_its_speaker():
    q = first_quote("Dana Kerr apologized on Friday for her notorious “stay in line” jibe at the council.",
               "stay in line")
    assert q.kind != "scare" and q.speaker == "Dana Kerr"


def test_so_called_after_a_possessive_still_keeps_its_distance():
    text = "The council doubts his so-called “river fund” will ever pay out."
    span, quoted = _span(text)
    assert after_stance_word(text, span, quoted, 0)


# list_name: "her list of “…”" is her list and her words.
def test_a_possessive_list_is_its_owners():
    text = "Dana Kerr spoke on Friday. She put the builder on her list of “enemies of the harbour,” then left."
    span, quoted = _span(text)
    assert not after_list_noun(text, span, quoted)
    q = first_quote(text, "enemies of the harbour,")
    assert (q.kind, q.speaker) == ("partial", "Dana Kerr")


def test_an_institutions_list_stays_a_name():
    text = "The port added tyres to its list of “banned cargo” on Friday."
    span, quoted = _span(text)
    assert after_list_noun(text, span, quoted)


# headline_fragment: one quoted word before the colon may be a film's or a show's name.
@pytest.mark.parametrize("title,lang", [
    ("“Moonfall”: two hours that drag on", "en"),
    ("„Polizeiruf“: Kommissarin ermittelt in Kiel", "de"),
])
def test_one_quoted_word_in_a_headline_is_no_fragment(title, lang):
    span, quoted = _span(title)
    assert not is_headline_fragment(title, span, quoted)


# qualifying_label: "“Stop,” called the guard" is a call, a sentence, not a label.
@pytest.mark.parametrize("text", [
    "“Stop,” called the guard from the gate, and the driver braked.",
    "“Over here,” called a man across the street.",
    "“Wait,” called Dana Kerr.",
])
def test_called_with_its_subject_after_it_is_speech(text):
    span, quoted = _span(text)
    assert not is_qualifying_label(text, span, quoted)


def test_called_with_an_object_and_a_complement_stays_a_label():
    text = "“Reckless” called the mayor the plan."
    span, quoted = _span(text)
    assert is_qualifying_label(text, span, quoted)


def test_a_called_out_quote_stays_direct():
    q = first_quote("The storm hit at night. “Get inside,” called the guard from the gate, and they ran.",
               "Get inside,")
    assert q.kind == "direct"


# insult_word: French "le traité de « … »" is a treaty, not "traiter de".
def test_a_treaty_is_no_insult():
    text = "Le ministre Paul Roy a signé le traité de « Lisbonne » en 2007."
    span, quoted = _span(text)
    assert insult_word(text, span, quoted) is None


def test_the_verb_traiter_de_is_still_an_insult():
    text = "Des manifestants l'ont traité de « menteur » devant la mairie."
    span, quoted = _span(text)
    assert insult_word(text, span, quoted) == "active"


def test_one_word_cut_from_a_body_quote_stays_a_fragment():
    q = first_quote("The couple split on Monday. “Now they will all call me a coward again,” Dana Kerr wrote.",
               "Coward", title="“Coward”: Dana Kerr and Tom Hale split")
    assert q.kind == "partial"


def test_one_word_show_name_in_a_headline_stays_scare():
    q = first_quote("The new episode runs on Sunday night.", "Moonfall", title="“Moonfall”: two hours that drag on")
    assert q.kind == "scare"
