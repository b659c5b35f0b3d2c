"""English quotes that no rule credited (stop 38, null-en), on hand-written sentences, grouped by
what carries the speaker; and shapes that stay null on purpose (rather null than wrong)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

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
}

# Quotes that stay the writer's or no one's: (text, quoted words)
UNCREDITED = [
    # a rooster's crowing reports nothing
    ("The rooster crowed at dawn, and the “morning chorus” began.", "morning chorus"),
]


def _quote(text: str, words: str):
    found = [q for q in extract_quotes("", [], text) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], text)]
    return found[0]


@pytest.mark.parametrize("shape, text, words, speaker, rule", [
    (shape, *case) for shape, cases in CREDITED.items() for case in cases
], ids=[f"{shape}-{n}" for shape, cases in CREDITED.items() for n in range(len(cases))])
def test_credited(shape, text, words, speaker, rule):
    q = _quote(text, words)
    assert (q.speaker, q.rule) == (speaker, rule)


@pytest.mark.parametrize("text, words", UNCREDITED)
def test_uncredited(text, words):
    assert _quote(text, words).speaker is None
