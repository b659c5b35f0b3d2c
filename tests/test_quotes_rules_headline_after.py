"""A headline's word right after a quote, with other words before the cue further on, is no
speaker (transforms/quotes/headline_after.py, in rule ``after_quote``), on made-up headlines,
grouped by rule: the quote is left to the lead-in ("Lee Says ‘...’ Heading ...") or to no one;
a name right before the cue, or after it, is still the speaker."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.headline_after import stops_short_of_cue


def _title_quote(title: str, words: str):
    quotes = extract_quotes(title, None, "A body of the article goes here.", language="en")
    found = [q for q in quotes if q.text == words and q.zone == "title"]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("title,words,speaker", [
    # the word after the quote is a noun it labels or a verb that goes on: not the speaker
    ("Astronomers Push ‘Harbor Beacon’ Further Out to Sea, Citing Storm Risks", "Harbor Beacon", None),
    ("Mayor Ann Lee Says ‘Green Fleet’ Arriving in May, Warns Of Costs", "Green Fleet", "Ann Lee"),
])
def test_word_after_quote_is_no_speaker(title, words, speaker):
    assert _title_quote(title, words).speaker == speaker


@pytest.mark.parametrize("title,words,speaker", [
    ("‘We Will Rebuild,’ Mayor Ann Lee Says", "We Will Rebuild,", "Ann Lee"),
    ("‘We Will Rebuild,’ Says Ann Lee", "We Will Rebuild,", "Ann Lee"),
    ("‘We Will Rebuild,’ Ann Lee Tells Voters", "We Will Rebuild,", "Ann Lee"),
])
def test_name_before_or_after_cue_still_speaks(title, words, speaker):
    assert _title_quote(title, words).speaker == speaker


@pytest.mark.parametrize("text,mention,expected", [
    ("‘Red Tide’ Toxin, Experts Say", "Toxin", True),
    ("‘Red Tide’ Heading North, Warns", "Heading", True),
    ("‘We Won,’ Ann Lee Says", "Ann Lee", False),
    ("‘We Won,’ Says Ann Lee", "Ann Lee", False),
    ("‘We Won’: Mayor Says", "Mayor", False),
])
def test_stops_short_of_cue(text, mention, expected):
    lo = text.index("’", 2) + 1
    cue_at = max(text.find(" Say"), text.find(" Warns")) + 1
    assert stops_short_of_cue(text, lo, mention, cue_at) is expected
