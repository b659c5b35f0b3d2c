"""Stop 45, pn45 (issue 16): shapes of English reporting read on PolNeAR train half A and checked
on made-up sentences (all sentences here are made up, none is an outlet's):

- judged_object.py: "VERB OBJECT as “…”" with a verb of judging ("dismissed the report as “fake
  news”"): the subject's words, partial, never the writer's scare quote;
- noun_after_name.py: a bare noun of speech right after a capitalized word ("GOP state
  leaders") is a compound's noun, not a reporting verb;
- to_blame.py: "is partly to blame" reports no speech;
- owned_gap.py: a possessed noun of speech ("Tehran's claims") owns no quote past ", but";
- told_show.py: a programme's name right after "told" is a scare quote.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

INTRO = "The harbor board met on Friday after two years of delays and a long fight over the budget.\n\n"


def _quote(body: str, words: str):
    quotes = [q for q in extract_quotes("", [], INTRO + body, "en") if q.text == words]
    assert len(quotes) == 1, [(q.text, q.kind, q.speaker) for q in extract_quotes("", [], INTRO + body, "en")]
    return quotes[0]


# --- judged_object: a verb of judging, its object, "as", the quote -----------------------------

@pytest.mark.parametrize("body, words, mention", [
    ("The senator, after weeks of silence, rejected the claims as “baseless.”", "baseless.", "The senator"),
    ("The union, in a short note, dismissed the offer as “insulting.”", "insulting.", "The union"),
], ids=["rejected-after-adjunct", "dismissed-after-adjunct"])
def test_one_judged_word_stays_the_subjects(body, words, mention):
    quote = _quote(body, words)
    assert quote.kind == "partial"
    assert quote.speaker_mention == mention


@pytest.mark.parametrize("body, words", [
    ("Even so, repeatedly dismissing her rivals as part of the “downtown clique,” she left early.",
     "downtown clique,"),
    ("Later that week, Haddock derided the levy as a “tax on sunshine” in a radio spot.", "tax on sunshine"),
    ("Haddock condemned the closure as “reckless” and walked out.", "reckless"),
], ids=["participle", "surname-unknown", "condemned"])
def test_a_judgement_with_no_subject_read_is_someones_words(body, words):
    quote = _quote(body, words)
    assert quote.kind == "partial"  # someone's words, not the writer's scare quote


@pytest.mark.parametrize("body, words", [
    # "as soon as": no "as" of judging before the quote.
    ("The board rejected the bid as soon as “the vote” was over.", "the vote"),
    # A title after a naming noun stays a title.
    ("Mira Haddock dismissed the film “Blue Harbor” in one line.", "Blue Harbor"),
], ids=["as-soon-as", "no-as"])
def test_no_judging_as_no_judged_object(body, words):
    assert _quote(body, words).rule != "judged_object"


# --- noun_after_name: "GOP state leaders" ---------------------------------------------------

def test_bare_noun_after_a_capitalized_word_is_no_cue():
    quote = _quote("Carl Bremer wrote a column for the Gazette, mocking GOP state leaders as “obsessed” "
                   "with the harbor.", "obsessed")
    assert quote.speaker == "Carl Bremer"  # the column's writer, not "GOP"


def test_joined_names_keep_the_bare_verb():
    quote = _quote("Carl Bremer and Nina Solberg report that the dredging plan is “dead in the water.”",
                   "dead in the water.")
    assert quote.speaker is not None and quote.cue == "report"


def test_sentence_opening_plural_keeps_the_bare_verb():
    quote = _quote("People report that the new ferry is “always late.”", "always late.")
    assert quote.cue == "report"


# --- to_blame ---------------------------------------------------------------------------------

def test_to_blame_is_no_speech():
    quote = _quote("Carl Bremer said the storm season is partly to blame for the losses, but so is the "
                   "board's “habit of waiting.”", "habit of waiting.")
    assert quote.cue != "blame"


def test_blame_as_a_verb_stays_a_cue():
    quote = _quote("Nina Solberg was quick to blame the board for the “mess on the quay.”", "mess on the quay.")
    assert quote.speaker == "Nina Solberg"


# --- owned_gap: "Tehran's claims, but have speculated that" -------------------------------------

def test_possessed_noun_owns_no_quote_past_a_new_clause():
    quote = _quote("Engineers discounted Norvale's claims, but have speculated that the plant might soon "
                   "double its “output capacity.”", "output capacity.")
    assert quote.speaker != "Norvale"


def test_possessed_noun_owns_its_own_complement():
    quote = _quote("Nina Solberg's claim that the count was “rigged” drew scorn from the board.", "rigged")
    assert quote.speaker == "Nina Solberg"


# --- told_show: "told “Morning Harbor,”" --------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("“The board has had its chance,” Nina Solberg told “Morning Harbor,” reminding viewers of the vote.",
     "Morning Harbor,"),
    ("Carl Bremer told “Coast Live” on Sunday that the plan was finished.", "Coast Live"),
], ids=["told-comma", "told-on"])
def test_a_show_told_is_a_scare_quote(body, words):
    quote = _quote(body, words)
    assert (quote.kind, quote.speaker) == ("scare", None)


@pytest.mark.parametrize("body, words", [
    ("Carl Bremer told reporters: “We Are Done Here.”", "We Are Done Here."),
    ("Asked about it, Nina Solberg told “Never Again” to the crowd.", "Never Again"),
], ids=["listener-first", "to-after"])
def test_words_told_are_no_show(body, words):
    assert _quote(body, words).kind != "scare"


# --- names._SUFFIX_AFTER: "Tomas Brennan III, a pilot," is introduced as a person ----------------

def test_a_generational_suffix_does_not_hide_an_introduced_person():
    body = ("Mayor Ida Kessler signed the harbor bill in April. “It protects the quay,” Kessler said.\n\n"
            "Tomas Brennan III, a pilot, later left the board. He moved north last year. He said the "
            "vote was “rushed” from the start.")
    quote = [q for q in extract_quotes("", [], INTRO + body, "en") if q.text == "rushed"][0]
    assert quote.speaker is not None and quote.speaker.startswith("Tomas Brennan")
