"""The idiom "be to blame" is no verb of speech (issue 16).

"the slump is partly to blame for lost jobs, but so is this “major change”", "voters are not to
blame": "blame" after "to" and a form of "be" (an adverb or "not" between or not) says who is
at fault; it reports nothing anyone said, so the subject before it is no speaker. "Lee was quick
to blame the council" and "Lee went on to blame ..." keep the verb (no "be" right before "to").
"""
from __future__ import annotations

from typing import Final

_BE: Final = frozenset("is are was were be been being 's ’s isn't aren't wasn't weren't".split())
_BETWEEN: Final = 2  # words between "be" and "to" ("is partly to blame", "are not entirely to blame")


def is_to_blame(before: str, word: str) -> bool:
    """Whether the cue ``word`` (lower case) ends "be (adverbs) to blame" in ``before`` + word
    (``before`` a short window ending at the cue)."""
    if word != "blame":
        return False
    words = before.lower().split()
    if not words or words[-1] != "to":
        return False
    for w in reversed(words[-2 - _BETWEEN:-1]):
        if w in _BE:
            return True
        if not (w.endswith("ly") or w in ("not", "also", "largely", "partly", "solely", "entirely")):
            return False
    return False
