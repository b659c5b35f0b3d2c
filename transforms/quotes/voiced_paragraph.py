"""Rule ``voiced_paragraph`` (issue 16): a few quoted words in lower case that no rule credits,
in a paragraph where someone named is quoted, are that voice's words: ``partial``, not the
writer's ``scare`` quote.

A roundup or a review paragraph gives its source once ("..., said Ann Lee in the Courier.") and
goes on quoting her in the writer's sentences: `The “dreamy” restaurant ...`, `the “bleeding”
continued`, `It is “a mortal wound”`. The guide types such phrases ``partial`` (a critic's
phrases in a review roundup are all the critic's). No speaker is given: the paragraph may quote
more than one voice, and null beats a guess. Not for words the writer names as names or words
(``so-called``, ``known as``, ``the word``: those never reach this rule) nor for a quote opening
on a capital (a title, a name, a German noun)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Final

VOICED_PARAGRAPH: Final = "voiced_paragraph"

# Fields of a quote's tuple in ``extract._zone_quotes``: start, speaker, attribution, kind.
_START: Final = 2
_SPEAKER: Final = 5
_ATTRIBUTION: Final = 8
_KIND: Final = 9


def is_voiceless_term(quoted: str) -> bool:
    """Words that may be someone's though no rule credits them: opening on a lower-case letter."""
    first = quoted.lstrip(" ¡¿\"'")[:1]
    return first.isalpha() and first.islower()


def voice_paragraphs(out: list[tuple], candidates: list[int], paragraphs: list[tuple[int, int]]) -> None:
    """Turn to ``partial`` (in ``out``, in place) each scare quote of ``candidates`` (indexes in
    ``out``) whose paragraph holds another quote credited to someone by a cue of its own."""
    if not candidates:
        return
    starts = [lo for lo, _ in paragraphs]
    voiced = set()
    for q in out:
        if q[_SPEAKER] is not None and q[_KIND] != "scare" and q[_ATTRIBUTION] == "explicit":
            voiced.add(bisect_right(starts, q[_START]) - 1)
    for i in candidates:
        q = out[i]
        if q[_KIND] == "scare" and q[_SPEAKER] is None and bisect_right(starts, q[_START]) - 1 in voiced:
            out[i] = q[:_KIND] + ("partial",) + q[_KIND + 1:]
