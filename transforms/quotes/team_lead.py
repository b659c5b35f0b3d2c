"""The named lead a research team speaks through (``team_lead``): "researchers led by Ann Lee
of X" or "authors Ann Lee and Tom Hale of X" -> "Ann Lee"; resolve.py credits the lead."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

_TEAM_HEADS: Final = frozenset("researchers scientists authors team study research project".split())
_NAME_ENDS: Final = (" of ", " at ", " from ", ",", " and ", " in ")


def team_lead(mention: str, words: list[str]) -> str | None:
    """The named person a team is introduced by: "researchers led by Ann Lee of X" or
    "authors Ann Lee and Tom Hale of X" -> "Ann Lee" (None when the mention is no such team)."""
    at = mention.find(" led by ")
    if at >= 0 and mention[:at].split() and trim(mention[:at].split()[-1].rstrip(",")).lower() in _TEAM_HEADS:
        rest = mention[at + 8:]
    elif len(words) >= 3 and words[0].lower() in _TEAM_HEADS and words[1][:1].isupper():
        rest = mention[len(words[0]) + 1:]
    else:
        return None
    for end in _NAME_ENDS:
        k = rest.find(end)
        if k > 0:
            rest = rest[:k]
    # the name's capitalized words only ("Rafael Soto tracked …": the verb after it is no name, s54),
    # without a title ("Dr Rafael Soto")
    run = []
    for word in rest.split():
        if not word[:1].isupper():
            break
        run.append(word)
    rest = split_title(" ".join(run)) or ""
    return rest if rest and is_person_like(rest) and len(rest.split()) >= 2 else None


# Another team brought in after the lead's ("A rival team in Boston", "Another group, at Stanford",
# "a second study") (read54); not the lead's own "a study" (final read).
_OTHER_TEAM: Final = re.compile(r"\b(?:[Aa]nother|[Rr]ival|[Ss]econd|[Oo]ther|[Ss]eparate|[Dd]ifferent)[^\S\n]+"
                                r"(?:[a-z]{2,20}[^\S\n]+)?(?:team|group|researchers|scientists|study)\b")
_TEAM_REACH: Final = 1_500  # characters from "led by" to the quote at most


def other_team(text: str, at: int, before: int) -> bool:
    """Whether "the team" at ``before`` may be someone else's than the one led by a person at
    ``at``: another team, group or study comes in between, or the lead is too far back."""
    return before - at > _TEAM_REACH or _OTHER_TEAM.search(text, at, before) is not None
