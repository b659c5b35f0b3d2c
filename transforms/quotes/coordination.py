"""A subject phrase that is the last of a list of names joined by "and" and governed by a
preposition: "ministers from Chile, Kenya and Peru said", "a letter from Chile, Kenya and Peru
said". The phrase just before the cue ("Peru") is not the subject: the list names the phrase it
hangs on, which names no one here, so the quote's speaker is null (rather null than the last
name of the list). Two capitalized names joined by "and" alone are left as they are: they are
too often one body's name ("Ski and Snowboard", "Health and Human Services"). English."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.phrases import np_before

# The list of capitalized names before it after a preposition, at least two set off by a comma:
# "from Chile, Kenya" in "from Chile, Kenya and Peru"; up to 9 items, each of up to 4
# capitalized words ("Department of Health and Human Services" has no comma: not a list).
_ITEM: Final = r"(?:the[^\S\n]+)?[A-Z][\w.'’\-]{0,30}(?:[^\S\n]+[A-Z][\w.'’\-]{0,30}){0,3}"
_LIST_AFTER_PREP: Final = re.compile(
    r"\b(?:from|of|by|with|between|among)[^\S\n]+" + _ITEM + r"(?:,[^\S\n]+" + _ITEM + r"){1,8}$")
_WINDOW: Final = 300
_ARTICLES: Final = frozenset(["A", "An", "The", "a", "an", "the"])


def coordinated_subject(text: str, lo: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """When the subject phrase ``np`` is the last of "from A, B and C": the span to credit
    instead, the phrase the list hangs on when it names no one ("ministers", "a joint letter"),
    else the empty span at the list (no speaker). None for any other shape (left as it was)."""
    if not text[np[0]:np[0] + 1].isupper() and not text.startswith("the ", np[0]):
        return None
    before = text[max(lo, np[0] - 8):np[0]].rstrip()
    if not before.endswith("and") or before[-4:-3] not in (" ", ","):
        return None  # ", and " or " and " right before the last name (an Oxford comma or none)
    end = np[0] - (len(text[max(lo, np[0] - 8):np[0]]) - len(before)) - 3
    while end > lo and text[end - 1] in " ,":
        end -= 1
    listed = _LIST_AFTER_PREP.search(text, max(lo, end - _WINDOW), end)
    if listed is not None:
        head = np_before(text, listed.start(), lo)
        if head is not None and text[head[0]:head[1]][:1].islower() or head is not None and \
                text[head[0]:head[1]].split()[0] in _ARTICLES:
            return head  # "ministers", "A joint letter": no one named, the mention kept
        return (listed.start(), listed.start())
    return None
