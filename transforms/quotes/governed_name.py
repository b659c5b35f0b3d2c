"""A name that a preposition governs after a plural noun is not the subject (issue 16, read45pn).

"Shoppers in Leeds said prices were “shocking”", "Engineers at Boeing said the fix was
“simple”", "Rebels in Darfur charge that ...": the subject right before the verb is the plural
noun with its prepositional phrase; the name at its end (a place, a company) only says where
the people are or whom they work for, and speaks for no one. ``np_core`` reads the name alone
there (it is a run of capitalized words right before the verb) and so credited the place or the
company; with the phrase as the mention the speaker is the unnamed group's (null), as for
"Voters in Ohio say" already.

The shape: the name's first word is right after a preposition of place or affiliation
(``GOVERNING``; never "after", "before": "hours after Trump said" is Trump's), that after a
plural noun of people (four letters or more, ending in -s, not "-ss", "-us", "-is" nor a
possessive, not a plural of time such as "hours"), and
the plural opens its clause (no preposition before it: "At rallies in Ohio Trump said" keeps
Trump). English only. Pure.
"""
from __future__ import annotations

from typing import Final


# Prepositions of place or affiliation only: "hours after Trump said", "days before Lee told" are
# times, whose name is the subject.
GOVERNING: Final = frozenset("in at from across around throughout near inside outside within".split())
# Plurals of time or quantity, never a group of people ("months in Ohio", "years at Acme").
_NOT_PEOPLE: Final = frozenset("hours days weeks months years decades minutes seconds times dollars "
                               "miles points percent talks things".split())
_NOT_PLURAL_ENDS: Final = ("ss", "us", "is", "'s", "’s")
_OPENERS: Final = frozenset("the some many most local several".split())  # words a plural subject opens with


def plural_before(word: str) -> bool:
    """A plural noun that a prepositional phrase can describe ("Officials", "doctors", "fans",
    "People in Leeds": s62)."""
    low = word.lower()
    return low == "people" or len(low) >= 4 and low.isalpha() and low.endswith("s") and \
        not low.endswith(_NOT_PLURAL_ENDS) and low not in _NOT_PEOPLE


def governed_subject(toks: list[tuple[int, int, str]], np: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject "PLURAL PREPOSITION NAME" when ``np`` (a name read before a verb, as
    offsets; ``toks`` the tokens it was read from) is the name of such a phrase, else None."""
    j = next((k for k, t in enumerate(toks) if t[0] == np[0]), -1)
    if j < 2 or toks[j - 1][2].lower() not in GOVERNING or not plural_before(toks[j - 2][2]):
        return None
    start = j - 2
    if start >= 1:
        before = toks[start - 1][2].lower()
        if before in GOVERNING:
            return None  # "At rallies in Ohio Trump said": a fronted phrase, the name is the subject
        if before in _OPENERS:
            start -= 1
    return toks[start][0], np[1]


def governed_group(mention: str) -> bool:
    """Whether ``mention`` is such a whole subject ("Shoppers in Leeds", "the fans across
    Europe"): a group, no one named; the capitalized words after the preposition name where
    its people are, not one of them."""
    words = mention.split()
    if words and words[0].lower() in _OPENERS:
        words = words[1:]
    return len(words) >= 3 and plural_before(words[0]) and words[1].lower() in GOVERNING and \
        words[2][:1].isupper()
