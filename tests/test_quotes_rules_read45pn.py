"""Stop 45, read45pn: the second read of branch pn45 (issue 16). Every sentence here is made up
by read45pn (none is an outlet's); each case failed on pn45 before its mend:

- judged_object.py: a negated judging ("did not dismiss", "Nobody ... dismissed") or a question
  reports no one's words; a one-word judged quote keeps the sentence subject only when the
  judging verb is the subject's own ("Lee, 54, smiled as opponents rejected ...");
- noun_after_name.py: a bare cue word after a name that a preposition governs is a plural
  subject's verb ("Officials in Ohio state that ...");
- names.py: a Roman-numeral suffix introduces a person only after a first name ("World War II,
  the deadliest conflict," is no one).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

INTRO = "The county board met on Wednesday after a long quarrel over the road fund.\n\n"


def _quote(body: str, words: str):
    quotes = [q for q in extract_quotes("", [], INTRO + body, "en") if q.text == words]
    assert len(quotes) == 1, [(q.text, q.kind, q.speaker) for q in extract_quotes("", [], INTRO + body, "en")]
    return quotes[0]


# --- judged_object: negation, question, another subject -------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Councillor Rhea Stott did not dismiss the idea as “fantasy” when asked on Monday.", "fantasy"),
    ("Coach Dev Marlow has never once dismissed the league as “second-rate”.", "second-rate"),
    ("Nobody on the jury dismissed the testimony as “rehearsed”.", "rehearsed"),
    ("Why did the transit board reject the bid as “too risky”?", "too risky"),
], ids=["did-not", "never", "nobody", "question"])
def test_denied_or_asked_judgement_is_no_ones(body, words):
    quote = _quote(body, words)
    assert quote.rule != "judged_object"
    assert quote.speaker is None and quote.speaker_mention is None


def test_one_judged_word_of_another_subject_is_not_the_sentence_subjects():
    quote = _quote("Mayor Rhea Stott, 61, smiled as her rivals rejected the levy as “reckless”.", "reckless")
    assert quote.speaker != "Rhea Stott"


def test_one_judged_word_of_the_subject_stays_the_subjects():
    quote = _quote("Coach Dev Marlow, after a long night, dismissed the loss as “irrelevant.”", "irrelevant.")
    assert quote.speaker == "Dev Marlow"


# --- noun_after_name: a name governed by a preposition ends a plural subject ----------------

@pytest.mark.parametrize("body, words", [
    ("Engineers in Ohio state that the old span is “sound” for now.", "sound"),
    ("Nurses at Mercy General charge that the new shifts are “unsafe”.", "unsafe"),
    ("Growers across Castile hail the rain as “a blessing”.", "a blessing"),
], ids=["in-ohio-state", "at-hospital-charge", "across-hail"])
def test_bare_verb_after_a_governed_name_is_a_verb(body, words):
    quote = _quote(body, words)
    assert quote.kind == "partial"


def test_compound_noun_after_a_name_still_no_verb():
    # pn45's shape stays: "the Basque term" is a noun, no speaker.
    quote = _quote("Locals use the Basque term for it, and the guide calls the dish “a stew”.", "a stew")
    assert quote.speaker_mention != "Basque"


# --- told_show: a programme's name right after "told" stays scare ----------------------------

def test_show_told_still_scare():
    assert _quote("The striker told “Morning Kickoff” that he would stay.", "Morning Kickoff").kind == "scare"


# --- names: a Roman numeral after no first name ----------------------------------------------

def test_war_with_numeral_is_no_person():
    body = ("Rhea Stott teaches the history of World War II, the deadliest conflict ever. "
            "“It never leaves you,” she said.")
    assert _quote(body, "It never leaves you,").speaker == "Rhea Stott"


def test_person_with_numeral_still_a_person():
    body = "Hollis B. Garner III, a lawyer for the tenants, spoke first. He said the ruling was “a scandal”."
    assert _quote(body, "a scandal").speaker == "Hollis B. Garner III"  # the suffix stays (names45, the guide)


# --- governed_name: "PLURAL PREPOSITION Name" before the verb is a group, not the name -------

@pytest.mark.parametrize("body, words", [
    ("Rebels in Darfur charge that the army burned “whole villages”.", "whole villages"),
    ("Growers across Castile hail the rain as “a blessing”.", "a blessing"),
    ("Commuters in Brantwick said the new timetable was “a shambles”.", "a shambles"),
    ("Welders at Korvane said the new shifts were “brutal”.", "brutal"),
    ("Medics near Orlivka reported “constant shelling”.", "constant shelling"),
], ids=["rebels-in", "growers-across", "commuters-in", "welders-at", "medics-near"])
def test_group_with_a_place_or_company_is_no_one_named(body, words):
    quote = _quote(body, words)
    assert quote.kind == "partial"
    assert quote.speaker is None
    assert quote.speaker_mention is not None and quote.speaker_mention.split()[1] in ("in", "across", "at", "near")


def test_surname_with_a_place_is_still_the_person():
    body = "Dara Jenkins coached the side for a decade. Jenkins at Elland Road said the pitch was “perfect”."
    assert _quote(body, "perfect").speaker == "Dara Jenkins"


def test_noun_state_after_a_place_stays_a_noun():
    # "from Rakhine state, which ...": no verb "state" (no plural before "from", a comma after).
    body = ("“We are afraid of the soldiers,” a 40-year-old from Kachin state, which the army shells daily, "
            "told the agency.")
    assert _quote(body, "We are afraid of the soldiers,").speaker_mention != "a 40-year-old"


def test_portrayal_in_the_object_is_not_the_subjects():
    # "dismissed suggestions of him as “…”": the suggestions' words (someone's), not the coach's.
    quote = _quote("The coach dismissed suggestions of him as “a lame duck”.", "a lame duck")
    assert quote.kind == "partial"
    assert quote.speaker is None and quote.speaker_mention is None
