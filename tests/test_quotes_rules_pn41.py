"""Stop 41, pn41 (issue 16): two general shapes found reading PolNeAR train-a's speaker errors.
Grouped by mechanism (transforms/quotes/unlisted_heads.py); made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import quote_after
from newsbeam.transforms.quotes.unlisted_heads import described_head, indefinite_description, quoted_passive

INTRO = "The harbour commission met on Monday after two years of delays.\n\n"


_quote = quote_after(INTRO, "en", strip="“”\"'‘’ ,.")


# --- an unnamed description whose head noun no list holds: kept as the mention, speaker null ----

@pytest.mark.parametrize("body, words, mention", [
    ('The ferry won the tender thanks to, as a shipping broker put it, a "clever little '
     'discount" on fuel.', "clever little discount", "a shipping broker"),
    ('The fight is over whether the yard is what former welders have called a "rotten bargain" '
     'for the town.', "rotten bargain", "former welders"),
    ('The fares went up thanks to, as several regular commuters put it, a "daylight robbery" '
     'on the night ferry.',
     "daylight robbery", "several regular commuters"),
])
def test_unlisted_description_is_kept_as_the_mention(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.speaker is None  # no one named: rather null than a guess
    assert q.speaker_mention == mention


@pytest.mark.parametrize("phrase, before, expected", [
    (["an", "American", "diplomat"], "as", True),
    (["former", "employees"], "what", True),
    (["some", "fishermen"], "is", True),
    (["former", "employees"], "the", False),   # no quantifier, no "what"/"as": not by its shape
    (["an", "old"], "as", False),              # too short a head to be a noun by shape
    (["diplomat"], "as", False),               # one word: no description
    (["the", "Senate"], "what", False),        # a capitalized head is a name, not a description
])
def test_described_head(phrase: list[str], before: str, expected: bool) -> None:
    assert described_head(phrase, before) is expected


# --- "... ," X was quoted as saying: the passive's subject is whose words they are ---------------

@pytest.mark.parametrize("body, words, speaker, mention", [
    ('Tom Hale spoke first.\n\n"The ferries will run on time from now on," Ann Lee was quoted as '
     'saying.', "The ferries will run on time from now on", "Ann Lee", "Ann Lee"),
    ('Tom Hale spoke first.\n\n"The docks are the lungs of this city," the harbour master is quoted '
     'as saying.', "The docks are the lungs of this city", None, "the harbour master"),
    ('Tom Hale spoke first.\n\n"Nobody asked the dockers," Ann Lee was quoted by the Courier as '
     'saying.', "Nobody asked the dockers", "Ann Lee", "Ann Lee"),
    ('Tom Hale spoke first.\n\n"We lost the vote," Ann Lee was later quoted as saying.',
     "We lost the vote", "Ann Lee", "Ann Lee"),
])
def test_quoted_as_saying_after_the_quote(body: str, words: str, speaker: str | None, mention: str) -> None:
    q = _quote(body, words)
    assert q.speaker == speaker  # not Tom Hale, the previous paragraph's
    assert q.speaker_mention == mention


@pytest.mark.parametrize("cue, between, expected", [
    ("quoted", " was ", True), ("quoted", " has  been ", True), ("Quoted", " is ", True),
    ("quoted", " ", False),            # "X quoted": X quotes someone else
    ("said", " was ", False),          # only "quoted" is read here
    ("quoted", " was not ", False),
    ("quoted", " was later ", True), ("quoted", " was widely ", True),  # fix41 (review 15): an adverb between
])
def test_quoted_passive(cue: str, between: str, expected: bool) -> None:
    assert quoted_passive(cue, between) is expected


# --- a quote that would go on from an unnamed description stops at a sentence about someone named --

_MET = "Tom Hale, the mayor, and Ann Lee, a welder, met on Monday to talk about the yard.\n\n"


@pytest.mark.parametrize("body, words, mention", [
    # someone named is the subject in between: not the welders' words (null, no one carried on)
    ('The yard is what former welders have called a "rotten bargain" on Monday. Tom Hale disagreed '
     'with them on Monday. "The yard will build ships again and hire the welders back."',
     "The yard will build ships again and hire the welders back", None),
    # no one named in between: the same unnamed speakers go on
    ('The yard is what former welders have called a "rotten bargain" on Monday. The welders met '
     'again on Tuesday. "The yard will never build ships again."',
     "The yard will never build ships again", "former welders"),
])
def test_description_goes_on_until_someone_named(body: str, words: str, mention: str | None) -> None:
    quotes = extract_quotes("", [], _MET + body, "en")
    hits = [q for q in quotes if q.text.strip("“”\"'‘’ ,.") == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in quotes]
    assert hits[0].speaker is None
    assert hits[0].speaker_mention == mention


@pytest.mark.parametrize("mention, expected", [
    ("an American diplomat", True), ("former employees", True), ("some voters", True),
    ("critics", True),
    ("the senator", False),      # may be the person named in between
    ("he", False), ("Ann Lee", False), ("", False), ("what critics", False),
])
def test_indefinite_description(mention: str, expected: bool) -> None:
    assert indefinite_description(mention) is expected


# --- previous_quote: a quote that ends its sentence inside its marks does not hide the next one --

@pytest.mark.parametrize("body, words, speaker", [
    # the sentence after "…bargain.”" names someone else: not Ann Lee's to go on with
    ('Ann Lee called the yard a "rotten bargain." Tom Hale disagreed with her on Monday. '
     '"The yard will build ships again and hire the welders back."',
     "The yard will build ships again and hire the welders back", None),
    # ... as it was already with the full stop outside the marks
    ('Ann Lee called the yard a "rotten bargain" on Monday. Tom Hale disagreed with her on Monday. '
     '"The yard will build ships again and hire the welders back."',
     "The yard will build ships again and hire the welders back", None),
    # a sentence in between with a cue of the same speaker: hers, read from that sentence
    ('Ann Lee called the yard a "rotten bargain." She said it twice. '
     '"The yard will build ships again and hire the welders back."',
     "The yard will build ships again and hire the welders back", "Ann Lee"),
    # nothing in between: she goes on
    ('Ann Lee said: "The yard is a rotten bargain." "The yard will never build ships again."',
     "The yard will never build ships again", "Ann Lee"),
])
def test_next_sentence_after_a_closed_quote_is_read(body: str, words: str, speaker: str | None) -> None:
    quotes = extract_quotes("", [], _MET + body, "en")
    hits = [q for q in quotes if q.text.strip("“”\"'‘’ ,.") == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in quotes]
    assert hits[0].speaker == speaker
