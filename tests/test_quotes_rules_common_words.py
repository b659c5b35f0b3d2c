"""English speakers that are ordinary words (issue 16, held-out text): a capitalized common noun at
a sentence start, a quoted phrase in a headline, a description opening on "An"/"Several" name no
one; the quote keeps its kind and gets a null speaker ("rather null than wrong")."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.common_words import (
    is_common_word, is_quoted_phrase, names_no_word, opens_on_indefinite,
)
from newsbeam.transforms.quotes.names import NameIndex


def _speakers(body: str, title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, "en")]


@pytest.mark.parametrize("body", [
    # a plural common noun, written in lower case earlier in the zone
    ("The lantern club asked its members to log in again, and many members refused. Members "
     "answered with a petition, the club then writing, “Logging in keeps the lanterns safe for everyone.”"),
    # after "The" at a paragraph start
    ("Every ledger needs a home, and the records note its storage.\n\nThe Storage for “night ledgers” "
     "memo says the files stay on the old shelf."),
])
def test_common_noun_at_sentence_start_names_no_one(body: str) -> None:
    assert _speakers(body)[-1] is None


@pytest.mark.parametrize("body, speaker", [
    # capitalized inside a sentence too: a name ("However, Rice says")
    ("Lanterns were once made of rice paper. However, Rice says the paper is gone. “We moved on "
     "from paper years ago,” Rice says.", "Rice"),
    # a full name the article gives
    ("Marta Field runs the orchard, whose field is small. Field said: “The apples came early this year.”",
     "Marta Field"),
])
def test_name_that_is_also_a_word_stays(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker


def test_quoted_phrase_in_headline_is_no_speaker() -> None:
    assert _speakers("", "Mayor Denounces Council’s ‘Reckless Harbor’ Vote")[-1] is None


def test_indefinite_description_is_no_speaker() -> None:
    body = ("Several Ostrian League allies announced they were leaving the talks, declaring they had "
            "“deep disagreements” with the council.")
    assert _speakers(body)[-1] is None


@pytest.mark.parametrize("word, text, common", [
    ("Users", "Some users left. Users said “no”.", True),
    ("Users", "Users said “no”.", False),                      # never in lower case: left alone
    ("Rice", "Some rice. Then, Rice said “no”.", False),        # capitalized inside a sentence
    ("NASA", "nasa. NASA said “no”.", False),                   # an acronym
    ("Tom Hale", "tom hale. Tom Hale said “no”.", False),       # two words
])
def test_is_common_word(word: str, text: str, common: bool) -> None:
    assert is_common_word(word, text, NameIndex([text])) is common


@pytest.mark.parametrize("mention, quoted", [
    ("Reckless Harbor’", True), ("‘Reckless", True), ("Tom Hale", False), ("the teachers’", False),
])
def test_is_quoted_phrase(mention: str, quoted: bool) -> None:
    assert is_quoted_phrase(mention) is quoted


@pytest.mark.parametrize("speaker, indefinite", [
    ("An Ostrian", True), ("Several Ostrian", True), ("Anna Weber", False), ("Some", True),
])
def test_opens_on_indefinite(speaker: str, indefinite: bool) -> None:
    assert opens_on_indefinite(speaker) is indefinite


def test_names_no_word_keeps_a_name() -> None:
    text = "Tom Hale spoke. “Yes,” Hale said."
    assert not names_no_word("Hale", "Tom Hale", text, NameIndex([text]))


@pytest.mark.parametrize("title, body", [
    # a lower-case word between the label and its colon
    ("Book reviews: ‘Harbor Lights,’ ‘The Long Road’", ""),
    # words between the colon and the quote, the label written in lower case in the article
    ("Lanterns: a ‘dazzling’ display of paper craft", "All lanterns are lit by hand."),
])
def test_heading_label_is_no_speaker(title: str, body: str) -> None:
    assert set(_speakers(body, title)) == {None}


@pytest.mark.parametrize("title, body, speaker", [
    ("Hale: Harbor ‘will win’ the vote", "The harbor vote is near.", "Hale"),   # never a common word
    ("Hale: ‘We will win the harbor vote’", "", "Hale"),                         # the quote follows the colon
])
def test_name_before_heading_colon_stays(title: str, body: str, speaker: str) -> None:
    assert _speakers(body, title)[0] == speaker
