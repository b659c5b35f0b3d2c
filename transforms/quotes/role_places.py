"""Whether a role holder fits a description with a capitalized modifier: "the Vermont senator"
is not the "Sen. Tom Hale" of "Sen. Tom Hale’s Ohio supporters" unless the article puts
"Vermont" near his name (issue 16)."""
from __future__ import annotations

from typing import Final

_NEAR: Final = 150  # characters either side of a mention of the holder's surname
_MAX_MENTIONS: Final = 30


def modifier_fits(text: str, words: list[str], person: str) -> bool:
    """``words`` is a description ("the", ..., title); a capitalized word between the article and
    the title ("Vermont", "Texas") must appear within ``_NEAR`` characters of a mention of the
    holder's surname in ``text``. True when there is no such modifier."""
    mods = [w.strip(",.;:’'") for w in words[1:-1] if w[:1].isupper()]
    if not mods or not person.split():
        return True
    last = person.split()[-1]
    at = text.find(last)
    for _ in range(_MAX_MENTIONS):
        if at < 0:
            return False
        near = text[max(0, at - _NEAR):at + len(last) + _NEAR]
        if all(m in near for m in mods):
            return True
        at = text.find(last, at + len(last))
    return False
