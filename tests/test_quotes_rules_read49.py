"""Speakers, second read of stop 49: wrong answers the stop's mechanisms gave on made-up sentences,
mended as mechanisms, each in our own words.

- English crowds (no_names.names_a_crowd): a given name and a surname that looks like a plural
  ("said Sam Judges") is a person; a team, band or party written in capitals mid-sentence ("the
  Westport Senators said", "“…,” Free Voters said", "The Chiefs added" after "the Kansas City
  Chiefs") is a name; a crowd in a headline's or a sentence's opening
  capitals ("Local Residents Say", "Users post") still names no one.
- English sentence adverbs (lexicon.SENTENCE_ADVERBS): capitalized right after a reporting verb
  or a quote's closing comma they open a name ("said Clearly Better", "“…,” Honestly Good Foods
  said"); at a sentence's start they open no subject, and the subject after them is read
  ("Naturally Tom Hale disagreed: “…”": not the previous quote's speaker) (phrases.subject_of).
- English owners of words (thing_owner.speech_owner): not when the sentence has its own "he"/"she"
  before the owner ("The result, she said, undercuts Ann Lee's claim"), nor when the paragraph
  before names another person of that sex or describes someone unnamed.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str = "en", title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, lang)]


def _last(body: str, lang: str = "en", title: str = "") -> str | None:
    return _speakers(body, lang, title)[-1]


# --- crowds: persons, teams, bands and parties keep their names ----------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("“It is a scandal,” said Sam Judges.", "Sam Judges"),
    ("“It is a scandal,” Paul Farmers said.", "Paul Farmers"),
    ("“We must act,” said Greta Bishops, a councillor.", "Greta Bishops"),
    ("“We are happy,” the Westport Senators said.", "Westport Senators"),
    ("“We are happy,” said the Eastfield Generals after the match.", "Eastfield Generals"),
    ("“We love this town,” said Manic Street Preachers.", "Manic Street Preachers"),
    ("“We love this town,” the Velvet Lawyers said in a post.", "Velvet Lawyers"),
    ("“We reject it,” Free Voters said.", "Free Voters"),
    ("“We reject it,” the Free Voters said on Monday.", "Free Voters"),
])
def test_names_that_end_like_a_crowd_stay_names(body: str, speaker: str) -> None:
    assert _last(body) == speaker


def test_short_form_of_a_team_written_in_full_before() -> None:
    body = "“We are happy,” the Kansas City Chiefs said. The Chiefs added: “More to come.”"
    assert _last(body) is not None


@pytest.mark.parametrize("body", [
    "Local Residents Say the new road is “a disaster for the valley”.",
    "At first glance it is any forum. Users post about topics and “upvote the best”.",
    "“We will strike,” junior doctors said.",
])
def test_crowds_still_name_no_one(body: str) -> None:
    assert _last(body) is None


# --- sentence adverbs -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("“The deal is alive,” said Clearly Better, a charity in Dover.", "Clearly Better"),
    ("“The deal is alive,” said Honestly Good Foods.", "Honestly Good Foods"),
    ("“The deal is alive,” Honestly Good Foods said.", "Honestly Good Foods"),
])
def test_capitalized_adverb_after_a_verb_opens_a_name(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("“The deal is dead,” Ann Lee said. Naturally Tom Hale disagreed: “It is alive.”", "Tom Hale"),
    ("Ann Lee spoke. Naturally Tom Hale disagreed: “It is alive.”", "Tom Hale"),
    ("Ann Lee spoke. Clearly, Tom Hale was upset: “It is over.”", "Tom Hale"),
    ("Ann Lee spoke. Clearly Tom Hale was upset. “It is over,” he said.", "Tom Hale"),
])
def test_adverb_at_a_sentence_start_leaves_the_subject_after_it(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Clearly the plan failed: “It is over.”",
    "Certainly the mayor was upset: “It is over.”",
])
def test_adverb_alone_is_no_speaker(body: str) -> None:
    assert _last(body) is None


# --- the owner of an argument, when someone else may be the pronoun ----------------------------------

def test_pronoun_in_the_owners_sentence_is_someone_else() -> None:
    body = ("Mary Cole leads the opposition. The result, she said, undercuts Ann Lee's claim that the "
            "plan worked. “It did not,” she added.")
    assert _last(body) == "Mary Cole"


@pytest.mark.parametrize("body", [
    "Prosecutor Mary Cole spoke. The verdict was a blow to Ann Lee's defense. “Justice was done,” she said.",
    "Mary Cole, the prosecutor, spoke. The verdict was a blow to Ann Lee's case. “We will appeal,” she said.",
    "The lawyer for the family spoke. The verdict was a blow to Ann Lee's defense. “Justice was done,” she said.",
])
def test_another_candidate_in_the_paragraph_leaves_the_owner_out(body: str) -> None:
    assert _last(body) != "Ann Lee"


@pytest.mark.parametrize("body, speaker", [
    ("The vote bears out Tom Hale's view. “We were right,” he said.", "Tom Hale"),
    ("Tom Hale spoke first.\nThe vote supports Ann Lee’s view that voters want change. “People are tired,” she said.",
     "Ann Lee"),
])
def test_owner_alone_is_still_the_pronoun(body: str, speaker: str) -> None:
    assert _last(body) == speaker
