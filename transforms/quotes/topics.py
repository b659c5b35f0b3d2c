"""What a sentence says before its pronoun subject: "As for Ruiz, she is sure ...: “...”" is
Ruiz's (issue 16). (Skipping the pronoun rule whenever any capitalized word comes before the
pronoun was tried: "But back on Dutch soil, he returned to ...:" would lose its right speaker.)"""
from __future__ import annotations

import re
from typing import Final

# "As for Ana Ruiz, she": up to four capitalized words between "As for" and the comma.
_AS_FOR: Final = re.compile(r"[^\S\n]*+As[^\S\n]+for[^\S\n]+([A-Z][\w’'.-]{0,30}(?:[^\S\n]+[A-Z][\w’'.-]{0,30}){0,3}),"
                     r"[^\S\n]*+$")
_MAX_LEAD: Final = 300


def fronted_topic(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The span of the name in "As for <Name>, " when it is all that comes between ``lo`` (the
    sentence start) and ``at`` (its pronoun subject)."""
    if at - lo > _MAX_LEAD:
        return None
    m = _AS_FOR.match(text, lo, at)
    return m.span(1) if m else None
