"""Rule ``possessed_speech`` (transforms/quotes/possessed_speech.py): the owner of a noun of
speech ("Lee's conclusion that", "her call for") said the partial quote it leads into; where the
noun names a listener or a target, or is not what leads into the quote, no one."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

LEAD = "Mayor Ann Lee spoke at the county fair on Monday. "


def _quote(body: str, words: str):
    return next(q for q in extract_quotes("", [], body) if q.text == words)


@pytest.mark.parametrize("body, words, speaker", [
    (LEAD + "The board met after Ann Lee's frank admission that the dam was “close to failing” this spring.",
     "close to failing", "Ann Lee"),
    (LEAD + "Turnout rose after her repeated plea to “fix every road in the county” by June.",
     "fix every road in the county", "Ann Lee"),
    (LEAD + "The budget followed Lee's demand for “a full audit of the water board” last year.",
     "a full audit of the water board", "Ann Lee"),
    # a capitalized word that opens the sentence is no part of the name
    (LEAD + "While Lee's loud call for a “clean sweep” draws crowds, her rivals wait.", "clean sweep", "Ann Lee"),
])
def test_the_owner_of_the_speech_noun_said_it(body, words, speaker):
    q = _quote(body, words)
    assert (q.rule, q.speaker, q.kind) == ("possessed_speech", speaker, "partial")
    assert q.speaker_mention in ("Ann Lee's", "Lee's", "her")  # as written


def test_the_owner_of_a_speech_noun_carries_no_one_to_the_next_quote():
    # The next quote, with no attribution of its own, does not go on with the possessor: the
    # sentence that names her is about something else (null rather than a guess).
    body = LEAD + "The plan grew out of her call for a “county bank” last year. It would be “a menace to the valley.”"
    first, second = extract_quotes("", [], body)
    assert (first.rule, first.speaker) == ("possessed_speech", "Ann Lee")
    assert (second.rule, second.speaker) == (None, None)
    # ... nor to the next quote of its own sentence (the possessor is not the sentence's subject)
    body = LEAD + "From her call for a “county bank” to the new tax, it all looks like “a menace to the valley.”"
    first, second = extract_quotes("", [], body)
    assert (first.rule, first.speaker) == ("possessed_speech", "Ann Lee")
    assert (second.rule, second.speaker) == (None, None)


@pytest.mark.parametrize("body, words", [
    # "response to", "criticism of": the listener or the target, not the words
    (LEAD + "Lee's response to the “farm crisis” in the valley was slow.", "farm crisis"),
    (LEAD + "Lee's criticism of the “smart meter” plan was loud and long.", "smart meter"),
    # the noun is the subject of another verb, not what leads into the quote
    (LEAD + "Her call was a “grave mistake” in the eyes of the county.", "grave mistake"),
    # someone else reports the words: "saying Lee's comments “...”"
    (LEAD + "The board put out a note saying Lee's comments “were not based on the facts” at all.",
     "were not based on the facts"),
    # a sentence with a reporter of its own gives the words to its reporter, not the possessor
    (LEAD + "According to her aides, the vote turned on “the budget” and Lee's call for “a county bank” "
     "last fall.", "a county bank"),
    (LEAD + "From her call for a “county bank” to the new tax, Tom Reed described Lee as a risk.", "county bank"),
    # the noun right before the quote is its clause's subject, not a lead-in
    (LEAD + "Lee's claims “do not add up” for the board.", "do not add up"),
    # a thing's possessive is no speaker
    (LEAD + "The city's response to the “flood of the century” was slow.", "flood of the century"),
])
def test_no_speaker_without_clear_evidence(body, words):
    q = _quote(body, words)
    assert q.rule != "possessed_speech"


# The quick test before the window is split into tokens (_noun_before_link: a speech noun, a
# gap of spaces, a link word) gives the old answer: made-up sentences, with the test and without it.
@pytest.mark.parametrize("body", [
    LEAD + "The board met after Ann Lee's frank admission that the dam was “close to failing” this spring.",
    LEAD + "Turnout rose after her CALL FOR “a new school” in May.",
    LEAD + "Turnout rose after her call  for “a new school” in May.",
    LEAD + "It rose after her call_ for “a new school”, said the clerk.",
    LEAD + "Lee's remarks as “wild” drew boos. Her words were “plain nonsense” to many.",
    LEAD + "The town's plans for “a bigger fair” grew after Lee's speech about “roads”.",
    LEAD + "Roe's claims, which many doubt, about “the river” spread after her pledge to “act now”.",
])
def test_the_quick_noun_and_link_test_gives_the_old_answer(body, monkeypatch):
    from newsbeam.transforms.quotes import possessed_speech

    def spoken(b):
        return [(q.text, q.rule, q.speaker) for q in extract_quotes("", [], b)]

    quick = spoken(body)
    monkeypatch.setattr(possessed_speech, "_noun_before_link", lambda window: True)  # the old path
    assert spoken(body) == quick
