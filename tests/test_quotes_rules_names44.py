"""Stop 44, names44: odd speaker names (issue 16): a surname's particles, a title of rank before
a single name, a body's name run into a person's. Grouped by shape; made-up sentences only."""
from __future__ import annotations

import pytest

from tests.quote_probes import speaker_rule_after
from newsbeam.transforms.quotes.name_heads import (
    after_body_name, after_joining_word, keeps_rank_title, opening_lowercase, particle_surname)

INTRO = "The harbour board met on Tuesday to talk about the new pier.\n\n"

_found = speaker_rule_after(INTRO, "en")


def _speaker(body: str, words: str) -> str | None:
    return _found(body, words)[0]


# Shape: a surname with its particles, written without the given name ("said van der Berg"):
# the particles stay (name_heads.particle_surname, from titles.split_title).
@pytest.mark.parametrize("body, words, speaker", [
    ("The pier plan was praised. “We are fully committed,” said van der Molen, noting the cost.",
     "We are fully committed,", "van der Molen"),
    ("The pier plan was praised. “It will take years,” said de la Fuente on Monday.",
     "It will take years,", "de la Fuente"),
])
def test_particles_of_a_bare_surname(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("mention, name", [
    ("von der Brelow", "von der Brelow"), ("van Tessel", "van Tessel"), ("de la Fuente", "de la Fuente"),
    ("von Brelow", None), ("de Marta", None), ("van der", None), ("Anna van Tessel", None),
])
def test_particle_surname_words(mention: str, name: str | None) -> None:
    assert particle_surname(mention) == name


# Shape: the full name after a body's name ("of the Lisk Commission Anna van der Molen") is the
# name a later "said van der Molen" widens to (name_heads.after_body_name, from names._forms_of).
@pytest.mark.parametrize("body, words, speaker", [
    ("The president of the Lisk Commission Anna van der Molen spoke first. The vote came later. "
     "“We are fully committed,” said van der Molen, noting the cost.", "We are fully committed,",
     "Anna van der Molen"),
    ("The head of the Dorvan Port Board Peter Halloway opened the session. “The pier is late,” "
     "Halloway said.", "The pier is late,", "Peter Halloway"),
])
def test_full_name_after_a_body(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("name, tail", [
    (("Commission", "Anna", "van", "der", "Molen"), ("Anna", "van", "der", "Molen")),
    (("Harbor", "Authority", "Molen"), ("Harbor", "Authority", "Molen")),  # no first name after it
    (("Anna", "Molen"), ("Anna", "Molen")),
])
def test_after_body_name_words(name: tuple[str, ...], tail: tuple[str, ...]) -> None:
    assert after_body_name(name) == tail


# Shape: a title of rank before a single name is how that person is called ("Lady X", "Prince
# Y"): kept, also where the article later writes the one word (name_heads.keeps_rank_title).
@pytest.mark.parametrize("body, words, speaker", [
    ("The singer Lady Zelda opened the pier. “We love this town,” said Lady Zelda. “I will be "
     "back,” Zelda added.", "I will be back,", "Lady Zelda"),
    ("Prince Orvald visited the harbour. “It was a fine day,” Prince Orvald told reporters.",
     "It was a fine day,", "Prince Orvald"),
    ("Mayor Tom Ridley visited the harbour. “It was a fine day,” Ridley told reporters.",
     "It was a fine day,", "Tom Ridley"),
    ("In a statement, King Orvald III expressed “our deepest sympathy” to the families.",
     "our deepest sympathy", "Orvald III"),
    ("President Halloway visited the harbour. “It was a fine day,” President Halloway said.",
     "It was a fine day,", "Halloway"),
])
def test_rank_title_before_a_single_name(body: str, words: str, speaker: str) -> None:
    assert _speaker(body, words) == speaker


@pytest.mark.parametrize("words, start, kept", [
    (["Lady", "Zelda"], 1, 0), (["Sir", "Zelda"], 1, 1), (["Prince", "Orvald", "Tessel"], 1, 1),
    (["Queen", "Orla"], 1, 0), (["President", "Orla"], 1, 1),
])
def test_keeps_rank_title_words(words: list[str], start: int, kept: int) -> None:
    assert keeps_rank_title(words, start) == kept
    assert keeps_rank_title(words, start, " II said") == start


# Shape: a capitalized conjunction inside a run of capitals (a title-case headline "… Meets Tom
# Ridley And Anna Kessel", a sentence opening "But Kessel said") or a hyphenated title ("Editor-
# in-Chief Anna Kessel"): no part of the name (name_heads.after_joining_word).
@pytest.mark.parametrize("body, words, speaker", [
    ("But Kessel disagreed. “The pier can wait,” Kessel said.", "The pier can wait,", "Kessel"),
    ("“The pier can wait,” And Anna Kessel said nothing more.", "The pier can wait,", None),
])
def test_conjunction_opening_a_mention(body: str, words: str, speaker: str | None) -> None:
    assert _speaker(body, words) in (speaker, "Anna Kessel")


def test_title_case_heading_joins_two_names() -> None:
    from newsbeam.transforms.quotes.names import NameIndex
    index = NameIndex(["Harbour Board Hears From Tom Ridley And Anna Kessel",
                       "The board met. “The pier can wait,” Kessel said on Tuesday."])
    assert index.fullest("Kessel") == "Anna Kessel"


@pytest.mark.parametrize("name, tail", [
    (("Tom", "Ridley", "And", "Anna", "Kessel"), ("Anna", "Kessel")),
    (("Editor-in-Chief", "Anna", "Kessel"), ("Anna", "Kessel")),
    (("Anna", "Prince-Kessel"), ("Anna", "Prince-Kessel")),
    (("El", "País"), ("El", "País")),
    (("Anna", "Kessel"), ("Anna", "Kessel")),
])
def test_after_joining_word_words(name: tuple[str, ...], tail: tuple[str, ...]) -> None:
    assert after_joining_word(name) == tail


# Shape: an English speaker that opens in lower case, a nominal with a capital in it ("the
# paradox of Nancy", "a copy of the memo seen by The Herald"): no one's name, unless a modifier
# or two stand before a body's name ("the far-right Harbor party") or the name is written so
# (name_heads.opening_lowercase, from quote_fields.make_quote).
@pytest.mark.parametrize("speaker, kept", [
    ("paradox of Nancy", None), ("copy of the memo seen by The Herald", None),
    ("first word the town hears of Anna Kessel", None), ("spokesman Department", None),
    ("far-right Harbor party", "Harbor party"), ("eBay", "eBay"), ("de Vries", "de Vries"),
    ("van der Molen", "van der Molen"),
])
def test_opening_lowercase_words(speaker: str, kept: str | None) -> None:
    assert opening_lowercase(speaker) == kept


@pytest.mark.parametrize("body, words", [
    ("“The pier is a folly,” a copy of the memo seen by The Herald said.", "The pier is a folly,"),
    ("“We want the pier,” the paradox of Lisk Harbour is that nobody said.", "We want the pier,"),
])
def test_lowercase_nominal_is_no_speaker(body: str, words: str) -> None:
    assert _speaker(body, words) is None
