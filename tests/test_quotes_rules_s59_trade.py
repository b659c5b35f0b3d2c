"""Speakers, stop 59 (issue 16), English: "he" or "she" after a person introduced by a noun of
their trade that the role lists lacked; "the musician said" for the one person the article
described so; each case in our own words.

"The Australian singer Tom Luboku released an EP. “…,” he says." gave Tom Luboku, but with
"musician", "producer" or "artist" it gave no one: the lists hold "singer", not "musician", so the
name was no one the article introduces as a person. The trades the lists lacked are now a list of
their own (person_nouns.TRADES_EN, also read as the heads of descriptions). Two first drafts were
dropped after adversarial reads (37 regressions between them): any noun with an agent's ending read
as a trade ("The murder Tom Hale committed"), and a pronoun's walk back past a sentence about the
person whose subject is a thing ("The EP allowed him to reflect"), which landed on the wrong person
(the traps below) and which the list alone made needless.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_QUOTE = "“When you look at that picture, you cannot help but think,” he says."


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, "en")]


@pytest.mark.parametrize("noun", ["musician", "producer", "artist", "neurosurgeon", "speechwriter", "singer"])
def test_a_trade_noun_before_the_name_introduces_a_person(noun: str) -> None:
    body = f"The Australian {noun} Tom Luboku released a record on Friday.\nHe reflects on the planet.\n{_QUOTE}"
    assert _speakers(body) == ["Tom Luboku"]


@pytest.mark.parametrize("middle", [
    "The record allowed him to reflect on the planet.",
    "It allowed him to reflect on the planet.",
    "The tour took him to Berlin and Oslo.",
])
def test_he_is_the_one_man_the_trade_introduced_past_a_sentence_about_a_thing(middle: str) -> None:
    body = f"The Australian musician Tom Luboku released a record on Friday.\n{middle}\n{_QUOTE}"
    assert _speakers(body) == ["Tom Luboku"]


@pytest.mark.parametrize("body", [
    # traps: no one of that sex is named before, or two are
    "The record was released on Friday.\nIt allowed him to reflect on the planet.\n" + _QUOTE,
    "The Australian musician Tom Luboku and the producer Sam Ortiz released a record on Friday.\n"
    "The record allowed him to reflect on the planet.\n" + _QUOTE,
    "The tenants’ organiser Tom Luboku met the landlord Sam Ortiz on Friday.\n"
    "The meeting left him angry.\n" + _QUOTE,
])
def test_no_name_is_guessed_where_the_passage_does_not_say_who(body: str) -> None:
    assert _speakers(body) == [None]


def test_a_name_that_qualifies_a_thing_is_still_no_subject() -> None:
    # (stop 45's trap) "The EP (its first track samples Anne Sexton) allowed ..."
    body = ("Given its inspiration (the first track samples the voice of the poet Anne Sexton) the EP "
            "allowed Tom Luboku to reflect.\n“When you look at that picture, you cannot help but think,” she says.")
    assert _speakers(body) == [None]


def test_the_nearest_man_named_is_still_he() -> None:
    body = ("The Australian musician Tom Luboku released a record on Friday.\n"
            "The record reached Sam Ortiz, who played it for his students.\n" + _QUOTE)
    assert _speakers(body) == ["Sam Ortiz"]  # the nearest man, as before


@pytest.mark.parametrize("body, speaker", [
    # "the musician" after "Tom Luboku, a musician from Sydney": the one the article described so
    ("Tom Luboku, a musician from Sydney, played on Friday.\n“We will not stop,” the musician said.", "Tom Luboku"),
    ("Tom Luboku is a producer from Sydney.\n“We will not stop,” the producer said.", "Tom Luboku"),
    # traps: described so nowhere, or so for two people
    ("Tom Luboku played on Friday.\n“We will not stop,” the musician said.", None),
    ("Tom Luboku, a musician from Sydney, met Sam Ortiz, a musician from Perth.\n"
     "“We will not stop,” the musician said.", None),
])
def test_a_trade_the_article_gave_one_person_stands_for_them(body: str, speaker: str | None) -> None:
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize("body, speaker", [
    # (adv59: regressions of the dropped drafts) the answers before the change stay
    ("Tom Hale is a builder.\nSam Ortiz hired him in 2015.\nThe contract paid him well.\n“I had no complaints,” he said.",
     None),
    ("“We will rebuild,” said Ann Lee, the mayor.\nMaria Cruz lost her home in the fire.\n"
     "The damage will cost her office millions.\n“We have set aside funds,” she said.", "Ann Lee"),
    ("Ann Lee, the coroner, gave her findings on Monday.\nA family friend said her daughter had been afraid.\n"
     "“She knew something was wrong,” she said.", None),
    ("Ann Lee, the coroner, gave her findings on Monday.\nThe victim’s mother said her son had been failed.\n"
     "“Nobody listened,” she said.", None),
    ("Tom Hale won the election.\nIt was a shock to his rival.\n“I never saw it coming,” he said.", None),
    ("Tom Hale spoke first. “We are ready,” Hale said.\nSam Ortiz, his rival, skipped the event.\n"
     "The speech won him a standing ovation.\n“I meant every word,” he said.", "Tom Hale"),
    ("Tom Hale was in the front row.\nSam Ortiz arrived late.\nIt was his first concert in years.\n"
     "“I almost cried,” he said.", None),
    ("Director Ann Lee cast the film in May.\nThe character Emma Stone plays is a grifter.\n"
     "“I wrote it for an actress with real bite,” she said.", None),  # two women: never Emma Stone
])
def test_no_one_else_is_taken_for_the_pronoun(body: str, speaker: str | None) -> None:
    said = _speakers(body)
    assert said[-1] == speaker
