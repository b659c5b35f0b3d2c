"""The named lead a research team speaks through (``team_lead``): "researchers led by Ann Lee
of X" or "authors Ann Lee and Tom Hale of X" -> "Ann Lee"; resolve.py credits the lead."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.tokens import trim

_TEAM_HEADS: Final = frozenset("researchers scientists authors team".split())
_NAME_ENDS: Final = (" of ", " at ", " from ", ",", " and ", " in ")


def team_lead(mention: str, words: list[str]) -> str | None:
    """The named person a team is introduced by: "researchers led by Ann Lee of X" or
    "authors Ann Lee and Tom Hale of X" -> "Ann Lee" (None when the mention is no such team)."""
    at = mention.find(" led by ")
    if at >= 0 and mention[:at].split() and trim(mention[:at].split()[-1]).lower() in _TEAM_HEADS:
        rest = mention[at + 8:]
    elif len(words) >= 3 and words[0].lower() in _TEAM_HEADS and words[1][:1].isupper():
        rest = mention[len(words[0]) + 1:]
    else:
        return None
    for end in _NAME_ENDS:
        k = rest.find(end)
        if k > 0:
            rest = rest[:k]
    rest = rest.strip()
    return rest if rest and is_person_like(rest) and len(rest.split()) >= 2 else None
