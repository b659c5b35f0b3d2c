"""A quote that closes a participial phrase opening an English sentence
(transforms/quotes/participle_opener.py), on made-up sentences: the subject of the clause after
it said the words; a description, an organisation, a quote not closing the phrase, or a word in
-ing that is no participle leave it to no one."""
from __future__ import annotations

import pytest

from tests.quote_probes import first_quote_starting


@pytest.mark.parametrize("body,words,speaker", [
    ("Calling the levy “a quiet tax on every baker,” Orla Venner voted against it.",
     "a quiet tax", "Orla Venner"),
    ("Orla Venner spoke last. Praising the “tireless night crews,” she thanked the harbour staff.",
     "tireless night crews", "Orla Venner"),
    ("Describing the bridge as “older than anyone here”, Venner pushed for a full survey. Orla Venner chairs the board.",
     "older than anyone", "Orla Venner"),
])
def test_participle_subject(body, words, speaker):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.rule, q.kind) == (speaker, "participle_subject", "partial")


@pytest.mark.parametrize("body,words", [
    # a description after it: no one named
    ("Calling the levy “a quiet tax on every baker,” the minister voted against it.", "a quiet tax"),
    # an organisation after it
    ("Calling the levy “a quiet tax on every baker,” Harbor Bakers Union voted against it.",
     "a quiet tax"),
    # the quote does not close the phrase
    ("Calling the levy “a quiet tax” on bakers and millers alike was a mistake.", "a quiet tax"),
    # an opening word in -ing that is no participle
    ("During the “long winter,” Orla Venner kept the ovens lit.", "long winter"),
])
def test_participle_subject_left_alone(body, words):
    assert first_quote_starting(body, words).rule != "participle_subject"
