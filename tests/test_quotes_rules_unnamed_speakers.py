"""``unnamed_speaker_pronoun`` (transforms/quotes/unnamed_speakers.py): "he" or "she" right after
a quote credited to someone the article does not name ("a resident of Dorvan told the Courier")
is that unnamed person: null, never the person named before (issue 16, shape 1)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.unnamed_speakers import lowercase_adjunct, note_unnamed, unnamed_in
from tests.quote_probes import speakers_of


@pytest.mark.parametrize("body, speakers", [
    # the pronoun after an unnamed speaker's quote is that speaker: null
    ('“We will rebuild the bridge,” said Tom Hale, the mayor of Dorvan. “The river is calm now,” a '
     'resident of Dorvan told the Courier. He added that he “never saw it so high.”',
     ["Tom Hale", None, None]),
    ('“The harbour will open in May,” said Ann Lee, who runs the port. “We lost all the boats,” said '
     'one woman from the old town. “Nobody came to help us,” she said.',
     ["Ann Lee", None, None]),
    ('Tom Hale said the plan was “fair to everyone.” “It is a plan for the rich,” an engineer at the '
     'plant told the Courier. “They never asked us,” he said.',
     ["Tom Hale", None, None]),
    # a named speaker in the sentence before keeps the pronoun
    ('“The river is calm now,” a resident of Dorvan told the Courier. “We will rebuild the bridge,” '
     'Tom Hale said. He added that it would be “ready by spring.”',
     [None, "Tom Hale", "Tom Hale"]),
    # a few words quoted from someone unnamed: the named person may be the one answering them
    ('Tom Hale says the port is “doing fine.”\n\nAt a forum on Monday, one questioner claimed that '
     '“the old rules” were hurting the town.\n\n“You are right, the rules are old,” he said.',
     ["Tom Hale", None, "Tom Hale"]),
    # an unnamed woman is no "he": the man before may still be
    ('“We will rebuild the bridge,” said Tom Hale, the mayor of Dorvan. “The river is calm now,” a '
     'spokeswoman for the port said. He added that the new bridge would be “ready by spring.”',
     ["Tom Hale", None, "Tom Hale"]),
])
def test_pronoun_after_unnamed_speaker(body: str, speakers: list[str | None]) -> None:
    assert speakers_of(body) == speakers


def test_note_unnamed_takes_indefinite_descriptions_only() -> None:
    ctx = ArticleContext(NameIndex([""]))
    note_unnamed(ctx, "a resident of Dorvan", 0, 10, "direct")
    note_unnamed(ctx, "one woman", 20, 30, "partial")   # a few words, but the sex is told
    note_unnamed(ctx, "Tom Hale", 40, 50, "direct")      # a name
    note_unnamed(ctx, "the report", 60, 70, "direct")    # a document, no person
    note_unnamed(ctx, None, 80, 90, "direct")
    note_unnamed(ctx, "one questioner", 100, 110, "partial")  # a few words of someone unnamed
    assert ctx.unnamed == [(0, 10, ""), (20, 30, "f")]
    assert unnamed_in(ctx, 0, 15, "m") and unnamed_in(ctx, 18, 35, "f")
    assert not unnamed_in(ctx, 18, 35, "m")   # "one woman" is no "he"
    assert not unnamed_in(ctx, 40, 55, "m")   # no unnamed quote in that sentence
    ctx.credits.append((5, "Tom Hale", 12))
    assert not unnamed_in(ctx, 0, 15, "m")    # a named speaker in the same sentence wins


# adjunct_before_verb: a short place or group phrase between the subject after a quote and its verb
@pytest.mark.parametrize("tail, speaker", [
    ("an engineer at the plant told the Courier", None),      # unnamed: not the speaker before
    ("a nurse at Dorvan Hospital said", None),
    ("a worker from the old town said", None),
    ("Ann Lee at the rally said", "Ann Lee"),
    ("an engineer told the Courier", None),
])
def test_adjunct_before_verb(tail: str, speaker: str | None) -> None:
    body = f"Tom Hale said the plan was “fair to everyone.” “It is a plan for the rich,” {tail}."
    assert speakers_of(body) == ["Tom Hale", speaker]


@pytest.mark.parametrize("between, ok", [
    (" at the plant ", True),
    (" from the old town ", True),
    (" at Dorvan Hospital ", True),
    (", who lives nearby, ", False),   # a clause set off by commas: read elsewhere
    (" and then ", False),
    (" at the plant where he worked for years and then ", False),
])
def test_lowercase_adjunct(between: str, ok: bool) -> None:
    assert lowercase_adjunct(between) is ok


# The second reading of issue 16: the unnamed one spoke to someone, or a known person acts in the
# same sentence after the quote; the pronoun after is that person (made-up sentences).
@pytest.mark.parametrize("body, speaker", [
    ("Judge Carl Vane left the court on Friday. “Shame on you!” a woman shouted at him. He answered: "
     "“I only apply the law.”", "Carl Vane"),
    ("“It was worth the wait,” a neighbour told the Herald, as Mayor Carl Vane opened the library. "
     "He said the building “came in early.”", "Carl Vane"),
    ("Carl Vane trains the choir.\n\n“We sang flat,” one singer said after the concert, and Vane "
     "nodded. He said the hall “was too cold.”", "Carl Vane"),
])
def test_pronoun_after_unnamed_speaker_goes_to_the_named_one(body: str, speaker: str) -> None:
    assert speakers_of(body)[-1] == speaker


def test_unnamed_speaker_pronoun_shows_its_name_in_explain() -> None:
    body = "“The river is calm now,” a resident of Dorvan told the Courier. He added that it was “cold.”"
    assert [q.rule for q in extract_quotes("", [], body, "en")][-1] == "unnamed_speaker_pronoun"
