"""A possessed noun of speech owns a quote only within its own clause (issue 16).

"Ochoa's claim that the count was “rigged”" gives the words to Ochoa (shapes.lead_in, the
possessed nouns). In "Analysts discounted Tehran's claims, but have speculated that the plant
could boost its “output”" a comma and a conjunction open a new clause between the noun and the
quote: the quote is that clause's, whose subject is someone else (here the analysts), so the
possessor is no speaker. The boundary is a comma or semicolon followed by a coordinating or
concessive conjunction ("but", "and", "yet", "while", "though", "although", "whereas").
"""
from __future__ import annotations

import re
from typing import Final

_NEW_CLAUSE: Final = re.compile(r"[,;][^\S\n]{1,3}+(?:but|and|yet|while|though|although|whereas)\b", re.IGNORECASE)


def new_clause_between(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (from a possessed noun of speech to the quote) opens a new clause."""
    return _NEW_CLAUSE.search(text, lo, hi) is not None
