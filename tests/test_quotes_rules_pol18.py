"""Rules of issue 16's end-to-end round (pol18), each with made-up sentences:
``coordinated_after`` (two people named after a quote: the first), ``colon_after_verb`` (the
"he" after a quote whose sentence opens on a subject, its verb and a colon), and
``participle_object`` (the phrase a preposition governs right before a reporting participle is
not its subject)."""
from __future__ import annotations

import pytest

from tests.quote_probes import only_quote


# --------------------------------------------------------------------- coordinated_after

@pytest.mark.parametrize("text, words, speaker", [
    ("Officials in Oslo dismissed the claim.\n\n“The fuel would allow a larger yield,” Tom Berg and "
     "Anna Lind-Sater wrote.", "The fuel would allow a larger yield,", "Tom Berg"),
    ("Officials in Oslo dismissed the claim.\n\n“The fuel would allow a larger yield,” analysts Tom Berg "
     "and Anna Lind-Sater of the Nordic Institute for Energy Studies wrote in March.",
     "The fuel would allow a larger yield,", "Tom Berg"),
    ("“We will be back next year,” Ann Lee and her husband said.", "We will be back next year,", "Ann Lee"),
])
def test_two_people_after_a_quote_credit_the_first(text, words, speaker):
    q = only_quote(text, words)
    assert q.speaker == speaker
    assert q.rule == "coordinated_after"


def test_the_next_quote_goes_on_with_the_first_named():
    text = ("Officials in Oslo dismissed the claim.\n\n“The fuel would allow a larger yield,” Tom Berg and "
            "Anna Lind-Sater wrote. “Whether it works is unknown.”")
    assert only_quote(text, "Whether it works is unknown.").speaker == "Tom Berg"


@pytest.mark.parametrize("text, words", [
    # one body's name with "and" in it: no one named here
    ("“The rules are clear,” Health and Human Services said.", "The rules are clear,"),
    # the quote closes its sentence: the names open a new one
    ("Lee spoke first. “The rules are clear.” Tom Berg and Anna Lind-Sater wrote a report later.",
     "The rules are clear."),
])
def test_no_pair_no_credit(text, words):
    q = only_quote(text, words)
    assert q.rule != "coordinated_after"
    assert q.speaker not in ("Tom Berg", "Health")


# --------------------------------------------------------------------- colon_after_verb

@pytest.mark.parametrize("opening", ["Tom Hale fired back:", "Tom Hale was not amused:",
                                     "Tom Hale had a message for him:"])
def test_he_after_a_quote_is_the_subject_before_the_colon(opening):
    text = f"Mayor Peter Lund mocked the council on Monday. {opening} “We are not in charge,” he wrote."
    q = only_quote(text, "We are not in charge,")
    assert q.speaker == "Tom Hale"
    assert q.speaker_mention == "he"


def test_a_heading_colon_names_no_one():
    # "Harbor fire:" is a heading's label, not a subject with its verb
    text = "Harbor fire: “person of interest” says he was not there."
    assert only_quote(text, "person of interest").speaker != "Harbor"


# --------------------------------------------------------------------- participle_object

@pytest.mark.parametrize("text, words, speaker, mention", [
    ("“Many people are uncertain,” Peter Voss wrote in a statement to the Herald explaining why he is "
     "running, “but most agree we are on the wrong track.”", "but most agree we are on the wrong track.",
     "Peter Voss", "Peter Voss"),
    ("Her campaign quickly sent an email to supporters stating, “The race is tight.”", "The race is tight.",
     None, "Her campaign"),
    ("Fact checker and writer Dana Ruiz posted to Twitter asking if there were “any calm voters left?”",
     "any calm voters left?", "Dana Ruiz", None),
])
def test_the_phrase_a_preposition_governs_is_no_participle_subject(text, words, speaker, mention):
    q = only_quote(text, words)
    assert q.speaker == speaker
    if mention is not None:
        assert q.speaker_mention == mention


@pytest.mark.parametrize("text, words", [
    # "of", "from" name the one who speaks: the phrase stays the participle's subject (a
    # described source, null, as before this rule), never the sentence's subject
    ("The mayor shared a video of Tom Hale saying “the race is tight.”", "the race is tight."),
    ("Reporters got a letter from Tom Hale saying “the race is tight.”", "the race is tight."),
])
def test_the_phrase_after_of_or_from_is_kept(text, words):
    q = only_quote(text, words)
    assert q.speaker_mention.endswith("Tom Hale")
    assert q.speaker not in ("The mayor", "Reporters")


# --------------------------------------------------------------------- pronoun_clause

@pytest.mark.parametrize("text, words", [
    ("Mayor Tom Hale has been criticized for the deal, though at a news conference last week he used "
     "stronger language, saying the tax “must be repealed.”", "must be repealed."),
    ("Gov. Tom Hale made the budget a priority, but the effort stalled, and he has battled with the council, "
     "at one point calling the treasurer a “liar” ever since.", "liar"),
    ("Gov. Tom Hale admitted some mistakes even as he defended the campaign, saying, “We did nothing wrong.”",
     "We did nothing wrong."),
])
def test_a_participle_after_a_pronoun_clause_is_the_pronouns(text, words):
    q = only_quote(text, words)
    assert (q.speaker, q.speaker_mention, q.attribution) == ("Tom Hale", "he", "pronoun")


@pytest.mark.parametrize("text, words, speaker, mention", [
    # a complement's subject ("said he would") does not own the participle
    ("Ann Lee said he would win the race, calling it “a sure thing.”", "a sure thing.", "Ann Lee", "Ann Lee"),
    # nor does a clause of time ("after they came out": the columns)
    ("Ann Lee apologized for the columns after they came out, saying they were “old news.”", "old news.",
     "Ann Lee", "Ann Lee"),
])
def test_no_pronoun_clause_no_change(text, words, speaker, mention):
    q = only_quote(text, words)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


# --------------------------------------------------------------------- "went on" / "goes on"

@pytest.mark.parametrize("text, words", [
    ("Tom Hale said that once the council goes on recess, “I intend to campaign.”", "I intend to campaign."),
    ("Tom Hale said that after the mayor went on television, “nothing changed.”", "nothing changed."),
])
def test_go_on_before_a_noun_is_no_cue(text, words):
    assert only_quote(text, words).speaker == "Tom Hale"


@pytest.mark.parametrize("text", ["Tom Hale went on to say, “We will win.”", "Tom Hale went on: “We will win.”"])
def test_went_on_to_say_is_a_cue(text):
    q = only_quote(text, "We will win.")
    assert q.speaker == "Tom Hale" and q.cue.startswith("went on")
