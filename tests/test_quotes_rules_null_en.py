"""English quotes that no rule credited (stop 38, null-en), on hand-written sentences, grouped by
what carries the speaker; and shapes that stay null on purpose (rather null than wrong)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import only_quote

# what carries the speaker -> [(text, quoted words, speaker, rule)]
CREDITED = {
    # "crowed" reports speech like "boasted": before a clause with a quote, and after a quote.
    "crowed": [
        ("Mayor Ana Ruiz crowed that the new budget “has no hole in it at all.”",
         "has no hole in it at all.", "Ana Ruiz", "lead_in"),
        ("After the vote, Tom Hale pointedly crowed to local reporters that the pier “was built by our "
         "own hands.”", "was built by our own hands.", "Tom Hale", "lead_in"),
        ("“We beat them all,” Tom Hale crowed.", "We beat them all,", "Tom Hale", "after_quote"),
    ],
    # One title joined by "and" between the quote and its verb, or after the verb: the name after
    # it speaks, not the title's first part (joined_titles.py).
    "joined_title": [
        ("“We will open the pier in June,” Minister of Transport and Works, Ana Ruiz, told the Courier.",
         "We will open the pier in June,", "Ana Ruiz", "after_quote"),
        ("“The docks are full,” Minister of Industry, Trade and Commerce, Senator the Hon. Ana Ruiz, said.",
         "The docks are full,", "Ana Ruiz", "after_quote"),
        ("“We will open the pier in June,” said the Minister of Transport and Works, Ana Ruiz.",
         "We will open the pier in June,", "Ana Ruiz", "after_quote"),
        ("“The clinics stay open,” said Health and Human Services Secretary Ana Ruiz.",
         "The clinics stay open,", "Ana Ruiz", "after_quote"),
        ("“Our team will travel,” said Sports Minister and Olympic Committee head Lev Markov in May.",
         "Our team will travel,", "Lev Markov", "after_quote"),
        ("“The fares will hold,” said former Harbour Gov. and Port Board Chairman Tom Hale.",
         "The fares will hold,", "Tom Hale", "after_quote"),
    ],
    # "Hon." is an abbreviation (no sentence ends there) and an honorific before a name.
    "honorific": [
        ("“We will not wait,” the Hon. Ana Ruiz told the council.", "We will not wait,", "Ana Ruiz",
         "after_quote"),
    ],
}

# The "and" of two people is no title's: the first person named speaks, as before.
TWO_PEOPLE = [
    ("“We will open the pier in June,” said Mayor Tom Hale and Ana Ruiz.", "Tom Hale"),
    ("“We will open the pier in June,” said Tom Hale, the former manager for Mr. Lee and now a TV analyst.",
     "Tom Hale"),
    ("“We will open the pier in June,” said Secretary of State Tom Hale and Deputy Ana Ruiz.", "Tom Hale"),
]

# Quotes that stay the writer's or no one's: (text, quoted words)
UNCREDITED = [
    # a rooster's crowing reports nothing
    ("The rooster crowed at dawn, and the “morning chorus” began.", "morning chorus"),
    # the name's first word is not sure after "of Health and Human Services": rather null than wrong
    ("“The clinics stay open,” Secretary of Health and Human Services Ana Ruiz said.", "The clinics stay open,"),
]


@pytest.mark.parametrize("shape, text, words, speaker, rule", [
    (shape, *case) for shape, cases in CREDITED.items() for case in cases
], ids=[f"{shape}-{n}" for shape, cases in CREDITED.items() for n in range(len(cases))])
def test_credited(shape, text, words, speaker, rule):
    q = only_quote(text, words)
    assert (q.speaker, q.rule) == (speaker, rule)


@pytest.mark.parametrize("text, speaker", TWO_PEOPLE)
def test_two_people_keep_the_first(text, speaker):
    q = extract_quotes("", [], text)[0]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, words", UNCREDITED)
def test_uncredited(text, words):
    assert only_quote(text, words).speaker is None
