"""A possessed noun of speech owns a quote only within its own clause (issue 16).

"Ochoa's claim that the count was “rigged”" gives the words to Ochoa (shapes.lead_in, the
possessed nouns). In "Analysts discounted Tehran's claims, but have speculated that the plant
could boost its “output”" a comma and a conjunction open a new clause between the noun and the
quote: the quote is that clause's, whose subject is someone else (here the analysts), so the
possessor is no speaker. The boundary is a comma or semicolon followed by a coordinating or
concessive conjunction ("but", "and", "yet", "while", "though", "although", "whereas").

Nor does a possessed noun in a fronted phrase of time own the quote of the clause after it
(stop 53): "After Tom Lee’s speech, Ann Roe started with a message: “…”" is Ann Roe's (the
preposition governs the possessor; a comma closes the phrase before the clause's own subject).
"""
from __future__ import annotations

import re
from typing import Final

_NEW_CLAUSE: Final = re.compile(r"[,;][^\S\n]{1,3}+(?:but|and|yet|while|though|although|whereas)\b", re.IGNORECASE)


def new_clause_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (from a possessed noun of speech to the quote) opens a new clause."""
    return _NEW_CLAUSE.search(text, lo, hi) is not None


_TIME_PREPOSITIONS: Final = frozenset("after before following since during despite amid upon".split())
_ADJUNCT_END: Final = 40  # characters after the noun within which the fronted phrase closes on a comma


def in_fronted_adjunct(text: str, lo: int, owner: int, noun_end: int) -> bool:
    """Whether the possessor at ``owner`` (its noun ending at ``noun_end``) stands in a phrase of
    time that a preposition opens and a comma closes, before the clause's own subject."""
    before = text[max(lo, owner - 30):owner].split() + text[owner:noun_end].split()[:1]  # ("After Tom Lee’s": one run)
    comma = text.find(",", noun_end, noun_end + _ADJUNCT_END)
    return any(w.lower() in _TIME_PREPOSITIONS for w in before[-2:]) and comma >= 0 and \
        "." not in text[noun_end:comma] and text[comma + 1:comma + 3].strip()[:1].isalpha()
