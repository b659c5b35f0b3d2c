"""A subordinate clause's named subject with a phrase on a preposition before its verb: "… was
complete when Ann Lee in her first speech called the landlords “vultures.”", "… on the trail that
Sanders during a rally thanked its members “…”" (s61). The sentence's own subject is another
("The break"), and the name between it and the verb had been taken for a name the subject's parse
stopped short of (null). English; pure functions, bounded: one window of characters before the verb.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import CALENDAR
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

_WINDOW: Final = 120  # characters read back from the verb
_WORD: Final = re.compile(r"\S+")
# (Not "after", "before", "since", "until": prepositions too, "No mayor since Ann Lee in her term has
# called"; not "if": "a surprise if Ann Lee in her speech called" is no one's words.)
_SUBORDINATORS: Final = frozenset("when as because that while once though although whereas".split())
_PREPOSITIONS: Final = frozenset("in at during on".split())
_PHRASE_MAX: Final = 5  # words of the phrase after its preposition
_NAME_MAX: Final = 4
_NOT_NAMES: Final = frozenset("the a an this that these those his her their its it he she they we i".split())


def named_clause_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The offsets of a name that opens a subordinate clause and is the subject of the verb at
    ``at``, when only a phrase on a preposition (lower-case words, days and months) stands between
    them ("when Ann Lee in her first speech called"); None otherwise (no place nor name in the
    phrase: "when Ann Lee in Chicago called" is read as before)."""
    start = max(lo, at - _WINDOW)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, at)]
    for k in range(len(words) - 1, -1, -1):
        if words[k][2].lower() not in _SUBORDINATORS:
            continue
        if words[k][2] == "as" and k > 0 and words[k - 1][2].lower().strip(",") in ("who", "which", "that"):
            return None  # "McCarthy, who as Speaker during the shutdown called": a role, not a clause
        j = k + 1
        while j < len(words) and j - k <= _NAME_MAX and words[j][2][:1].isupper() and words[j][2][-1:].isalpha() \
                and words[j][2].lower() not in _NOT_NAMES:
            j += 1
        if j == k + 1 or j >= len(words) - 1 or words[j][2] not in _PREPOSITIONS or \
                j == k + 2 and words[k + 1][2].endswith("s"):
            return None  # (one word in -s may be a crowd: "because Catholics in the diocese called")
        phrase = [w for _, _, w in words[j + 1:]]
        if not 1 <= len(phrase) <= _PHRASE_MAX or any(
                not w.isalpha() or w[:1].isupper() and trim(w).lower() not in CALENDAR for w in phrase):
            return None
        if not split_title(text[words[k + 1][0]:words[j - 1][1]]):
            return None  # "as Prime Minister in the pandemic called": a title alone names no one
        return words[k + 1][0], words[j - 1][1]
    return None
