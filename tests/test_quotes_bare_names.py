"""A person named once by a bare name, then "he"/"she" (transforms/quotes/bare_names.py), with
made-up sentences: the subject of the sentence before the quote (or, when that sentence is about
something else, the nearest bare name that opens a sentence) counts when it reads as a person's
name and no one else in the passage can be the pronoun; and a quote credited to an
outlet ("according to CNN") leaves its sentence's subject to the next "he"."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.bare_names import bare_name, bare_person


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body) if q.zone == "body"]


@pytest.mark.parametrize("body, expected", [
    ('Nora Pell was worried. "We cannot wait," she said.', ["Nora Pell"]),
    ('The council met on Monday. Nora Pell was worried about the cost.\n\n"We cannot wait," she said.',
     ["Nora Pell"]),
    ('On Monday, Nora Pell walked to the council. "We cannot wait," she said.', ["Nora Pell"]),
    ('Nora Pell is angry. Since the flood, her shop has been shut. "We cannot wait," she said.',
     ["Nora Pell"]),
    # A role noun that opens the sentence is not the given name.
    ('Farmer Nora Pell was worried. "We cannot wait," she said.', ["Nora Pell"]),
    # "May" read as a verb does not cut the name short.
    ('Ida Lin May, 58, a baker, was worried. "We cannot wait," she said.', ["Ida Lin May"]),
    # Two people who can be "she" in the passage: rather null than a guess.
    ('Nora Pell and Ida Marsh met on Monday. Nora Pell was worried. "We cannot wait," she said.', [None]),
    # Capitalized words that are a place or a firm, not a person.
    ('Hong Kong was worried. "We cannot wait," she said.', [None]),
    ('Wall Street was nervous. "We cannot wait," he said.', [None]),
    ('Analysts at Brody Kemp raised targets.\n\nBrody Kemp was worried. "We cannot wait," he said.', [None]),
], ids=["subject-before", "next-paragraph", "after-intro", "past-a-sentence", "role-noun-first", "may-last",
        "two-candidates", "a-place", "a-street", "a-firm"])
def test_a_bare_name_is_the_pronoun(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # The sentence before is about something else: the bare name that opened a sentence before it.
    ('Nora Pell opened a bakery in 2010. Sales have fallen since the flood. "We cannot wait," she said.',
     ["Nora Pell"]),
    ('Nora Pell opened a bakery in 2010.\n\nSales have fallen, and the bank wants its money. '
     '"We cannot wait," she said.', ["Nora Pell"]),
    # Not opening its sentence, or not alone in the passage: null.
    # (stop 53: the agent of a passive whose subject is a thing is its doer, as a subject is)
    ('The bakery was opened by Nora Pell in 2010. Sales have fallen. "We cannot wait," she said.', ["Nora Pell"]),
    ('The bakery sold its bread to Nora Pell in 2010. Sales have fallen. "We cannot wait," she said.', [None]),
    ('Nora Pell and Ida Marsh opened a bakery. Sales have fallen. "We cannot wait," she said.', [None]),
], ids=["two-sentences-back", "paragraph-before", "passive-agent", "not-opening", "two-names"])
def test_the_nearest_bare_name_that_opens_a_sentence(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # (stop 50: the outlet is the channel of the words its sentence's subject said: his, as the guide
    # has "when the outlet quotes a person, the speaker is that person"; the quote after is his too)
    ('Tom Hale, a farmer, told a radio station that the dam "must not be built," according to '
     'CNN. "It is a disaster," he said.', ["Tom Hale", "Tom Hale"]),
    # No person as that sentence's subject: still null, not someone named further back.
    ('Mayor Tom Hale spoke at noon.\n\nIda Marsh spoke later. The plan was called "a sham," according '
     'to CNN. "It is a disaster," she said.', ["CNN", None]),
], ids=["according-to-an-outlet", "according-to-no-subject"])
def test_a_quote_credited_to_an_outlet_leaves_the_subject(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("mention, expected", [
    ("Nora Pell", True), ("Nora J. Pell", True), ("Ida O’Marsh-Kemp", True), ("Nora Pell Marsh", True),
    ("Hong Kong", False), ("Silicon Valley", False), ("New Harbor", False), ("Harbor City", False),
    ("President Pell", False), ("Pell", False), ("July Pell", False), ("The Pell", False),
    ("Nora Pell Marsh Kemp", False), ("NORA Pell", False), ("Nora Pell Jr.", False),
    ("British Pakistanis", False), ("Pell", False),
])
def test_bare_person(mention, expected):
    assert bare_person(mention) is expected


def test_bare_name_drops_a_leading_role_noun():
    assert bare_name("Activist Nora Pell") == "Nora Pell"
    assert bare_name("Activist Pell") is None
