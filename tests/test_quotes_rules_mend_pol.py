"""Mends of the pol18 rules after the second reader's probes (issue 16), each with made-up
sentences: "went on" + an adverb keeps its cue; ``colon_after_verb`` not after a passive or a
"from/by <someone>" clause; ``participle_object`` not after a verb of perceiving;
``coordinated_after`` not when the verb relays another's words; ``pronoun_clause`` not after a
clause of time nor past a second name."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote


# --------------------------------------------------------------------- "went on" + adverb

@pytest.mark.parametrize("tail", ["went on bitterly,", "went on at length,"])
def test_went_on_with_an_adverb_is_still_a_cue(tail):
    text = f"Pia Moreau talked to the board for two hours. She {tail} “The harbour plan is dead.”"
    assert only_quote(text, "The harbour plan is dead.").speaker == "Pia Moreau"


# --------------------------------------------------------------------- colon_after_verb

@pytest.mark.parametrize("opening, pronoun, wrong", [
    ("Pia Moreau was grilled by Karl Brandt:", "he", "Pia Moreau"),
    ("Pia Moreau was cross-examined by Karl Brandt:", "he", "Pia Moreau"),
    ("Karl Brandt received a letter from Pia Moreau:", "she", "Karl Brandt"),
])
def test_no_subject_before_a_colon_that_names_the_source(opening, pronoun, wrong):
    text = f"The hearing ran late on Friday. {opening} “Why did you sign it?” {pronoun} asked."
    assert only_quote(text, "Why did you sign it?").speaker != wrong


def test_active_verb_before_the_colon_still_gives_the_subject():
    text = "The hearing ran late on Friday. Karl Brandt hit back: “Nobody signed it,” he wrote."
    assert only_quote(text, "Nobody signed it,").speaker == "Karl Brandt"


# --------------------------------------------------------------------- participle_object

@pytest.mark.parametrize("lead", ["Pia Moreau listened to Karl Brandt explaining the budget:",
                                  "Pia Moreau stared at Karl Brandt announcing the budget:"])
def test_after_a_verb_of_perceiving_the_object_speaks(lead):
    text = f"The hall was full on Monday. {lead} “Every school gets a new roof.”"
    assert only_quote(text, "Every school gets a new roof.").speaker == "Karl Brandt"


def test_after_wrote_to_the_subject_speaks():
    text = "The hall was full on Monday. Pia Moreau wrote to Karl Brandt explaining her vote: “I had no choice.”"
    assert only_quote(text, "I had no choice.").speaker == "Pia Moreau"


# --------------------------------------------------------------------- coordinated_after

@pytest.mark.parametrize("tail", ["Pia Moreau and Karl Brandt remembered their father telling them.",
                                  "Pia Moreau and Karl Brandt quoted their teacher as saying."])
def test_relayed_words_are_not_the_pairs(tail):
    text = f"The siblings grew up on a farm. “Work before play,” {tail}"
    q = only_quote(text, "Work before play,")
    assert q.speaker != "Pia Moreau"
    assert q.rule != "coordinated_after"


def test_pair_with_plain_verb_still_credits_the_first():
    text = "The siblings grew up on a farm. “Work before play,” Pia Moreau and Karl Brandt said on Monday."
    q = only_quote(text, "Work before play,")
    assert q.speaker == "Pia Moreau"
    assert q.rule == "coordinated_after"


# --------------------------------------------------------------------- pronoun_clause

def test_a_clause_of_time_leaves_the_participle_to_the_subject():
    text = "Pia Moreau confronted Karl Brandt as he walked out, shouting “You owe us an answer.”"
    q = only_quote(text, "You owe us an answer.")
    assert q.speaker == "Pia Moreau"
    assert q.speaker_mention == "Pia Moreau"


def test_a_second_name_before_the_pronoun_leaves_it_unresolved_by_the_clause():
    text = "Pia Moreau thanked Karl Brandt, and he smiled broadly, saying “It was nothing at all.”"
    q = only_quote(text, "It was nothing at all.")
    assert q.speaker_mention != "he" or q.speaker != "Pia Moreau"


# --------------------------------------------------------------------- rule names in --explain

def test_participle_object_records_its_own_name():
    text = "The hall was full on Monday. Pia Moreau wrote to Karl Brandt explaining her vote: “I had no choice.”"
    assert only_quote(text, "I had no choice.").rule == "participle_object"


def test_pronoun_clause_records_its_own_name():
    text = ("Mayor Karl Brandt was blamed for the deal, though at a meeting later he used sharper words, "
            "saying the levy “has to go.”")
    q = only_quote(text, "has to go.")
    assert q.speaker == "Karl Brandt"
    assert q.rule == "pronoun_clause"
