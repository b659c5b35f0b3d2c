"""The body a spokesperson speaks for, in the form the article gave it (issue 16, stop 42).

"A Garda spokesperson said: “… contact Millbrook Garda Station …”": the name index widens a
short name to the longest name that ends on it, as it widens a surname to a full name ("Lee" ->
"Ann Lee"). For a body that reading is wrong: the longer name that ends on the body's word is
another place or branch ("Millbrook Garda" of "Millbrook Garda Station", "Leeds Tesco"), and it
is often written only inside the spokesperson's own words, after the mention. The longer form
stands for the body only when the article wrote it before the mention, and wrote it whole (not
the start of a longer name: "Millbrook Garda Station"); otherwise the body is the name as the
mention gives it. Pure functions.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsbeam.transforms.quotes.lexicon import CALENDAR, WEEKDAYS

if TYPE_CHECKING:
    from newsbeam.transforms.quotes.names import NameIndex

_READ: Final = 20_000  # characters before the mention read for the longer form (bounded)
# After a name, the next word of the same name: a space or two, then a capital.
_GOES_ON: Final = re.compile(r"[^\S\n]{1,2}[A-Z]")
_MONTHS: Final = CALENDAR - WEEKDAYS  # (lexicon's months)


def written_whole_before(text: str, form: str, before: int) -> bool:
    """Whether ``text`` writes ``form`` before ``before`` as a whole name: not glued to a word
    before it, and not followed by another capitalized word of a longer name."""
    lo = max(0, before - _READ)
    at = text.find(form, lo, before)
    while at >= 0:
        end = at + len(form)
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-’'")
        if not glued and not (end < len(text) and text[end].isalnum()) and not _GOES_ON.match(text, end):
            return True
        at = text.find(form, at + 1, before)
    return False


def voice_owner(names: NameIndex, owner: str, text: str, before: int) -> str:
    """The body ``owner`` of "a/the OWNER spokesperson" (credited before ``before``): an
    acronym's spelled-out form ("a CIA spokesperson"), else its longest form in the name index
    ``names`` when the article wrote that form whole before the mention, else ``owner`` itself."""
    if owner.isupper():
        return names.expansion(owner) or owner
    fullest = names.fullest(owner)
    if fullest.split()[0].lower() in _MONTHS:
        return owner  # "a March Ipsos poll": the month is no part of Ipsos's name (s51)
    if fullest == owner or written_whole_before(text, fullest, before):
        return fullest
    return owner
