"""Stop 43, en43: English speakers as science, culture and agency copy writes them (issue 16).
Grouped by shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after
from newsbeam.transforms.quotes.acronym_bodies import article_acronym
from newsbeam.transforms.quotes.share_cue import reports_sharing
from newsbeam.transforms.quotes.trailing_place import without_trailing_place

INTRO = "The river town voted on its budget on Tuesday.\n\n"


_found = speaker_rule_after(INTRO, "en")


def _speaker(body: str, words: str) -> str | None:
    return _found(body, words)[0]


# Shape: a person, then where they work, whose name has its own "of"/"for"/"and" ("of the
# University of Leeds", "of the Center for Astrophysics"): the person, not the whole phrase
# (trailing_place.without_trailing_place, from names.is_person_like).
@pytest.mark.parametrize("body, words, speaker", [
    ("A comet passed close to the sun. “It will not come back for centuries,” said astronomer Mara "
     "Quint of the University of Lisk.", "It will not come back for centuries,", "Mara Quint"),
    ("A comet passed close to the sun. “We watched it for weeks,” says Tom Hale of the Dorvan Center "
     "for Sky Studies.", "We watched it for weeks,", "Tom Hale"),
    ("The mill closed. “Prices will fall,” said Ruth Bell of the Department of Farms and Fisheries.",
     "Prices will fall,", "Ruth Bell"),
    ("A comet passed close to the sun. “It is bright,” said Dr. Ann Lee of the Institute of Optics.",
     "It is bright,", "Ann Lee"),
])
def test_person_before_workplace(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("mention, rest", [
    ("Mara Quint of the University of Lisk", "Mara Quint"),
    ("Tom Hale of the Dorvan Center for Sky Studies", "Tom Hale"),
    ("the head of the Bank of Lisk", "the head"),
    ("Ann Lee of Lisk University", "Ann Lee"),
    ("Ann Lee", "Ann Lee"),
    ("Ann Lee of the university", "Ann Lee of the university"),  # lower case: not a name
    ("Ann Lee of the University of lisk", "Ann Lee of the University of lisk"),
])
def test_without_trailing_place(mention: str, rest: str) -> None:
    assert without_trailing_place(mention) == rest


# Shape: describing words with a hyphen before the name after the verb ("said study co-author
# Ann Lee", "said long-time resident Tom Hale"): the name (phrases._np_after).
@pytest.mark.parametrize("body, words, speaker", [
    ("The study came out on Monday. “It surprised us,” said study co-author Mara Quint.",
     "It surprised us,", "Mara Quint"),
    ("The market moved to a new square. “I miss the old one,” said long-time trader Tom Hale.",
     "I miss the old one,", "Tom Hale"),
    ("The study came out on Monday. “It surprised us,” said co-author Ruth Bell.",
     "It surprised us,", "Ruth Bell"),
])
def test_hyphenated_description(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Shape: "share" for "say", right beside the quote (culture pages, artists' statements): after a
# closing mark and its comma, or before a comma or a colon and the opening mark (share_cue).
@pytest.mark.parametrize("body, words, speaker", [
    ("Mara Quint released her third album on Friday. “I wrote it in one winter,” she shared in a "
     "statement.", "I wrote it in one winter,", "Mara Quint"),
    ("Tom Hale plays the harbour hall in May. Speaking of the tour, Tom Hale shares, “Every night "
     "will be different.”", "Every night will be different.", "Tom Hale"),
    ("Ruth Bell opened a bakery in the square. “Bread is a slow business,” Ruth Bell shares of the "
     "first month.", "Bread is a slow business,", "Ruth Bell"),
])
def test_share_beside_quote(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Anywhere else "share" is no cue: shares of a firm, a post shared, views in common.
@pytest.mark.parametrize("text, word, reports", [
    ("“I wrote it,” she shared in a statement.", "shared", True),
    ("Tom Hale shares, “Every night.”", "shares", True),
    ("She shared: “Every night.”", "shared", True),
    ("Brask Tools shares fell after the “bad” quarter.", "shares", False),
    ("the “very loyal” voters made up a larger share of the vote", "share", False),
    ("Ann Lee shared a video of the “crowd” online.", "shared", False),
    ("They share a “vision” of the town.", "share", False),
])
def test_reports_sharing(text: str, word: str, reports: bool) -> None:
    at = text.index(word)
    assert reports_sharing(text, at, at + len(word)) is reports


def test_shares_of_a_firm_credit_no_one() -> None:
    body = "Brask Tools shares fell 4% after the firm called its year “difficult.”"
    assert _speaker(body, "difficult.") is None


@pytest.mark.xfail(strict=True, reason="null: no rule reads 'the firm' as the firm the sentence opens on")
def test_the_firm_that_calls_is_the_firm_named() -> None:
    body = "Brask Tools shares fell 4% after the firm called its year “difficult.”"
    assert _speaker(body, "difficult.") == "Brask Tools"


# Shape: a musician's or an artist's role before the name ("Frontwoman Ann Lee said",
# "said drummer Tom Hale"): a role, not part of the name (lexicon.ROLE_WORDS).
@pytest.mark.parametrize("body, words, speaker", [
    ("The Lisk Owls played the harbour hall. Frontwoman Mara Quint said: “We love this room.”",
     "We love this room.", "Mara Quint"),
    ("The Lisk Owls played the harbour hall. “We love this room,” said drummer Tom Hale.",
     "We love this room,", "Tom Hale"),
    ("The gallery opened a new wing. Curator Ruth Bell said: “It took ten years.”",
     "It took ten years.", "Ruth Bell"),
])
def test_culture_roles(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


# Shape: "the" and an acronym is a body: "it said" after the body's own quote is the body
# (quote_fields: such a mention is no person, so "it" may stand for it).
def test_it_after_acronym_body() -> None:
    body = ("The Dorvan Water Board fined the mill. “The mill broke the rules for years,” the DWB wrote in "
            "a notice.\n\n“It must pay within a month,” it said.")
    assert _speaker(body, "It must pay within a month,") == _speaker(body, "The mill broke the rules for years,")
    assert _speaker(body, "It must pay within a month,") is not None


@pytest.mark.parametrize("mention, body", [
    ("the FTC", True), ("the DWB", True), ("The FBI", True), ("the IV", False), ("Ann Lee", False),
    ("the Ministry", False), ("FTC", False),
])
def test_article_acronym(mention: str, body: bool) -> None:
    assert article_acronym(mention) is body
