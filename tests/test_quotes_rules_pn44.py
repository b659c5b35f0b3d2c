"""Stop 44, pn44 (issue 16): a day of the week between an article and its noun, a cue word that
is half of a hyphenated word (transforms/quotes/dated_modifier.py); "Another" alone as the subject of a verb of saying
(transforms/quotes/singular_subject.py). Made-up sentences only, grouped by shape."""
from __future__ import annotations

import pytest

from tests.quote_probes import quote_after
from newsbeam.transforms.quotes.dated_modifier import compound_part, without_day

INTRO = ("The water board met on Thursday to set next year's charges.\n\n"
         "“We cannot keep paying more for less,” wrote Nadia Brook in a letter to the board.\n\n")


_quote = quote_after(INTRO, "en", strip="“”\"'‘’ ,.")


# --- a document named by its day after an inverted verb: the document's, no one named ----------

@pytest.mark.parametrize("body, words, mention", [
    ("“The charges are simply too high,” reads a Friday editorial in the Valley Gazette.",
     "The charges are simply too high", "a Friday editorial"),
    ("“No household should pay twice,” said a Monday statement from the tenants' union.",
     "No household should pay twice", "a Monday statement"),
    ("“The board has lost its way,” read the Sunday leader column.",
     "The board has lost its way", "the Sunday leader column"),
])
def test_day_before_a_document_noun_keeps_the_description(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.speaker is None  # not the letter-writer before it, and no one called "Friday"
    assert q.speaker_mention == mention


@pytest.mark.parametrize("body, words, speaker", [
    # a day after a name is when, not part of it
    ("“We will publish the figures,” said Owen Hart on Tuesday.", "We will publish the figures", "Owen Hart"),
    ("“We will publish the figures,” said Owen Hart Tuesday.", "We will publish the figures", "Owen Hart"),
])
def test_day_after_a_name_is_still_a_time(body: str, words: str, speaker: str) -> None:
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("mention, read", [
    ("a Tuesday editorial", "a editorial"),
    ("the Monday statement from the union", "the statement from the union"),
    ("Ann Lee Tuesday", "Ann Lee Tuesday"),  # no article before the day: unchanged
    ("a Tuesday", "a Tuesday"),  # no noun after it
    ("the Holiday Inn manager", "the Holiday Inn manager"),  # no day of the week
])
def test_without_day(mention: str, read: str) -> None:
    assert without_day(mention) == read


# --- "Another" alone, opening its clause before a verb of saying: unnamed, the word kept -------

@pytest.mark.parametrize("body, words", [
    ("One pensioner waved her bill at the board. Another said, “I have had enough of this.”",
     "I have had enough of this"),
    ("One customer posted a photo of the brown tap water. Another tweeted, “Would you drink this?”",
     "Would you drink this?"),
])
def test_another_alone_is_an_unnamed_speaker(body: str, words: str) -> None:
    q = _quote(body, words)
    assert q.speaker is None  # not Nadia Brook, the letter-writer before
    assert q.speaker_mention == "Another"
    assert q.kind == "direct"


def test_another_as_an_object_is_no_subject() -> None:
    q = _quote("Nadia Brook passed the microphone to another resident, saying “Your turn.”", "Your turn")
    assert q.speaker_mention != "Another"


# --- a cue word glued after a hyphen is half of one word, no verb -------------------------------

@pytest.mark.parametrize("body, words, mention", [
    ("“We kept every promise we made,” the two-term chairwoman will say at the dinner.",
     "We kept every promise we made", "the two-term chairwoman"),
    ("“The pipes are older than the town,” the long-term board member said.",
     "The pipes are older than the town", "the long-term board member"),
])
def test_hyphenated_cue_word_is_no_cue(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.speaker_mention == mention
    assert q.cue is not None and "term" not in q.cue


def test_hyphenated_noun_is_no_subjects_verb() -> None:
    # "in-jokes" holds no verb "jokes": the quote after it is the writer's term, no one's words
    q = _quote("The bulletin is full of gossip, in-jokes and “water chatter” about the board. "
               "They are proud of it.", "water chatter")
    assert q.speaker_mention is None


@pytest.mark.parametrize("text, at, part", [
    ("the two-term mayor", 8, True),
    ("a top-rated show", 6, True),
    ("he said - term", 10, False),  # a dash between spaces: a new word
    ("-term", 1, False),
])
def test_compound_part(text: str, at: int, part: bool) -> None:
    assert compound_part(text, at) is part


# --- a count of a group's members: unnamed, never the words after "one" as a name --------------

@pytest.mark.parametrize("body, words, mention", [
    ("“The two cases are nothing alike,” one of the former auditors for Nadia Brook said.",
     "The two cases are nothing alike", "one of the former auditors for Nadia Brook"),
    ("“The bill is fair,” two of the board's engineers told the meeting.", "The bill is fair",
     "two of the board's engineers"),
])
def test_member_of_a_group_is_unnamed(body: str, words: str, mention: str) -> None:
    q = _quote(body, words)
    assert q.speaker is None
    assert q.speaker_mention == mention


def test_member_named_in_apposition_keeps_the_name() -> None:
    q = _quote("“We are proud of her,” one of her sons, Leo Brook, told reporters.", "We are proud of her")
    assert q.speaker == "Leo Brook"
