"""A subject raised over a report of its speech (issue 16): "President Ann Lee also is reported
to have called the Saudis “free riders”", "Lee is said to have told aides “...”", "Hale appears
to have called it “...”". The verb of saying is the sentence subject's, though "to" and "is"
stand between them (words that otherwise open a clause of the verb's own: "a model that
watchers called", "prompted Lee to accuse Hale of"). English; pure function."""
from __future__ import annotations

from typing import Final

_BE: Final = frozenset("is was are were 's".split())
_REPORTED: Final = frozenset("""reported said believed thought alleged understood known rumored rumoured
supposed claimed""".split())
_SEEM: Final = frozenset("seems seemed appears appeared".split())
_ADVERBS: Final = frozenset("also reportedly allegedly once later earlier even widely".split())


def raised(words: list[str]) -> bool:
    """``words`` (between a subject and its verb of saying, punctuation trimmed) are only a
    raising frame: adverbs, then "is reported to", "was said to", "seems to", each maybe followed
    by "have" ("is reported to have called")."""
    low = [w.lower() for w in words if w.lower() not in _ADVERBS]
    if low and low[-1] == "have":
        low.pop()
    if len(low) == 3:
        return low[0] in _BE and low[1] in _REPORTED and low[2] == "to"
    if len(low) == 2:
        return low[0] in _SEEM and low[1] == "to"
    return False
