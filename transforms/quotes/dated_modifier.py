"""Modifiers read as something else: a day of the week between an article and its noun; a cue
word that is half of a hyphenated word (pn44, issue 16).

Inverted attributions name a document by its day: "“…,” reads a Wednesday editorial in the
Herald", "“…,” said a Monday statement from the union". The noun phrase after the verb was cut
at the day (a day ends a phrase after a name: "said Ann Lee Tuesday"), leaving "a": no subject
was read, and the previous quote's speaker went on over a quote another source was said to give
(a wrong name). Between "a", "an" or "the" and a lowercase word the day is the noun's modifier,
and the phrase goes on. English only (callers are English paths).

A cue word glued after a hyphen is the second half of one word, a modifier and no verb: "“…,”
the two-term mayor will say" had "term" as its cue and "the two-" as its speaker; "a long-term
plan", "a top-rated show", "the self-described expert" report no one's words. Pure.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CALENDAR
from newsbeam.transforms.quotes.tokens import trim

_ARTICLES: Final = frozenset(("a", "an", "the"))
_DAYS: Final = frozenset(w for w in CALENDAR if w.endswith("day"))  # ("May", "March" are other words too)


def day_modifier(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``toks[k]`` is a capitalized day of the week right after an article (``toks[k - 1]``)
    and before a lowercase word: "a Tuesday editorial", "the Monday statement"."""
    if k < 1 or k + 1 >= len(toks):
        return False
    word, after = toks[k][2], toks[k + 1][2]
    return word[:1].isupper() and trim(word) in _DAYS and trim(toks[k - 1][2]) in _ARTICLES \
        and trim(after).isalpha() and after.islower()


def without_day(mention: str) -> str:
    """The mention without a day that modifies its noun, for reading whom it names: "a Tuesday
    editorial" is an editorial (no one named "Tuesday"). Other mentions as they are."""
    words = mention.split()
    if len(words) < 3 or "day" not in mention:
        return mention
    toks = [(0, 0, w) for w in words]
    for k in range(1, len(words) - 1):
        if day_modifier(toks, k):
            return " ".join(words[:k] + words[k + 1:])
    return mention


def compound_part(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a hyphen glued to a letter or digit ("two-term",
    "top-rated", "self-described"): the second half of a hyphenated word."""
    return at >= 2 and text[at - 1] == "-" and text[at - 2].isalnum()
