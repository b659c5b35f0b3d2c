"""Which German sentence is background, not the scene a later "er"/"sie" speaks in (issue 16,
stop 43, fix43, review43 F2). ``newer_antecedent`` gives the pronoun to a person who opens a
sentence since the last credited quote; a reader does not when that sentence tells what was
done to them or what they had done before (passive: "X wurde 1950 geboren"; pluperfect: "X
hatte die Brücke eingeweiht"), or sets them in the past ("X wohnte einst hier"), nor when the
quote's own words point at that person ("„Ich freue mich auf sie“": the new one is spoken
about). Pure functions, German only."""
from __future__ import annotations

import re
from typing import Final

# an auxiliary of the passive or the pluperfect, then a participle (a lower-case word holding
# "ge" and ending in -t or -en) later in the same sentence: bounded words, one sentence
_BACKGROUND_TENSE: Final = re.compile(
    r"\b(?:hatte|hatten|war|waren|wurde|wurden|worden)\b"
    r"(?:\s+\S{1,30}){0,12}?\s+[a-zäöü]{0,8}ge[a-zäöüß]{2,20}(?:t|en)\b")
# a time that sets the sentence in the past: "einst", "damals", a year before 2010
_PAST_TIME: Final = re.compile(r"\b(?:einst|damals|seinerzeit|1[0-9]\d\d|200\d)\b")
# an object pronoun in the quote: "ihn"/"ihm" alone, "sie"/"ihr" after a preposition
_SPOKEN_ABOUT: Final = re.compile(
    r"\b(?:ihn|ihm|(?:auf|für|an|über|gegen|mit|von|zu|bei|ohne|um)\s+(?:sie|ihr|ihn|ihm))\b",
    re.IGNORECASE)
_QUOTE_OPEN: Final = "„\"»«‚"
_QUOTE_CLOSE: Final = "“\"«»‘"
_QUOTE_READ: Final = 300  # characters of the quote read


def is_background(sentence: str) -> bool:
    """True when the sentence is in the passive or the pluperfect, or set in the past: its
    subject is not the one who speaks next ("Franz Beckenbauer wurde in der Stadt geboren.")."""
    return bool(_BACKGROUND_TENSE.search(sentence) or _PAST_TIME.search(sentence))


def quote_points_at_someone(text: str, open_at: int) -> bool:
    """True when the quote whose opening mark is at ``open_at`` holds an object pronoun within
    its first ``_QUOTE_READ`` characters: "„Das war bitter für sie“, sagte sie." speaks about the
    newer person."""
    if open_at >= len(text) or text[open_at] not in _QUOTE_OPEN:
        return False
    window = text[open_at + 1:open_at + 1 + _QUOTE_READ]
    ends = [i for i in (window.find(m) for m in _QUOTE_CLOSE) if i >= 0]
    return bool(_SPOKEN_ABOUT.search(window[:min(ends)] if ends else window))
