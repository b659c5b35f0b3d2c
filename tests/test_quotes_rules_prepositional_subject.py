"""A name after a preposition inside the subject of a lead-in (module
``prepositional_subject``, used by rule ``lead_in`` and by every English finding): "A lawyer for
Tom Hale said" is the lawyer's (null), "Ann Lee of the Harbor Trust said" is Ann Lee's; own
sentences, grouped by the shape (issue 16, wrong names)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.prepositional_subject import describes_no_one, description_start


def _quote(text: str, words: str):
    found = [q for q in extract_quotes("", [], text) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], text)]
    return found[0]


# An unnamed person or body, and the name its preposition hangs off it: no one named speaks.
DESCRIPTION_THEN_NAME = [
    ("A lawyer for Tom Hale said the ruling was “a travesty.”", "a travesty.", "A lawyer for Tom Hale"),
    ("A friend of Ann Lee told reporters she was “devastated.”", "devastated.", "A friend of Ann Lee"),
    ("Officials in Dover warned of “serious consequences.”", "serious consequences.", "Officials in Dover"),
    ("A regional court in Dover declared him a “danger to the public” and jailed him.",
     "danger to the public", "A regional court in Dover"),
    ("The plan angered some members of the governor’s own Harbor Party, who called the tax “a profound "
     "mistake.”", "a profound mistake.", "some members of the governor’s own Harbor Party, who"),
    ("Last week an official of the Harbor Trust warned on the radio, “Stay inside tonight.”",
     "Stay inside tonight.", "an official of the Harbor Trust"),
]


@pytest.mark.parametrize("text, words, mention", DESCRIPTION_THEN_NAME)
def test_a_name_inside_a_description_does_not_speak(text, words, mention):
    q = _quote(text, words)
    assert (q.speaker, q.speaker_mention, q.rule) == (None, mention, "lead_in")


# A person's name, then where they work or come from: the person speaks.
NAME_THEN_AFFILIATION = [
    ("Ann Lee of the Harbor Trust said the plan was “dead on arrival.”", "dead on arrival.", "Ann Lee"),
    ("Lawmaker Ann Lee from the opposition Harbor party called the vote “deeply disappointing”.",
     "deeply disappointing", "Ann Lee"),
    ("Councillor Tom Hale of the Dover Times said: “We were never told.”", "We were never told.", "Tom Hale"),
]


@pytest.mark.parametrize("text, words, speaker", NAME_THEN_AFFILIATION)
def test_a_name_before_its_affiliation_speaks(text, words, speaker):
    assert _quote(text, words).speaker == speaker


# Left as they were: a spokesperson speaks for the body, a title before a name, a name set off
# by commas after its description.
KEPT = [
    ("A spokeswoman for the Harbor Trust said the plan was “dead on arrival.”", "dead on arrival.",
     "Harbor Trust"),
    ("Secretary of State Ann Lee said the plan was “dead on arrival.”", "dead on arrival.", "Ann Lee"),
    ("The president of the Harbor Trust, Ann Lee, said the plan was “dead on arrival.”",
     "dead on arrival.", "Ann Lee"),
    ("The Bank of Dover said the rise was “temporary.”", "temporary.", "Bank of Dover"),
]


@pytest.mark.parametrize("text, words, speaker", KEPT)
def test_spokespeople_titles_and_appositions_keep_their_speaker(text, words, speaker):
    assert _quote(text, words).speaker == speaker


def test_the_pure_functions():
    text = "A lawyer for Tom Hale said"
    assert description_start(text, 0, text.index("Tom")) == 0
    assert description_start("Secretary of State Ann Lee said", 0, 19) == -1
    assert describes_no_one("A lawyer for Tom Hale", "Tom Hale")
    assert describes_no_one("Officials in Dover", "Officials")
    assert not describes_no_one("The mayor of Dover", "Ann Lee")  # the mayor, named elsewhere
    assert not describes_no_one("A spokesman for the Harbor Trust", "Harbor Trust")
    assert not describes_no_one("The president of France, Ann Lee", "Ann Lee")


# The description set off after a name ("Ann Lee, executive director at HTC"): the name speaks.
@pytest.mark.parametrize("text, words, speaker", [
    ("Ann Lee, executive director at HTC told the Dover Post it was part of a “very clear pattern” of threats.",
     "very clear pattern", "Ann Lee"),
    ("But Tom Hale, the president of Harbor Watch, a group that sued the city, said that “the damage is done.”",
     "the damage is done.", "Tom Hale"),
])
def test_a_name_before_its_described_role_speaks(text, words, speaker):
    assert _quote(text, words).speaker == speaker
