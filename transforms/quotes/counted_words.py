"""Words that count a person's years or wins before the noun of a description: "the 85-year-old
Nobel laureate", "the 22-time champion", German "der 49-jährige Golfer", "der 15-malige
Major-Sieger". Such a description stands for its holder as a pronoun does (antecedents.
_aged_subject, issue 16). Pure function."""
from __future__ import annotations

import re
from typing import Final

_NUMBERS: Final = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)"
_NUMBERS_DE: Final = r"(?:\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_COUNTED: Final = re.compile(r"\d{1,3}[‑\-]year[‑\-]old|" + _NUMBERS + r"[‑\-]time|"
                             r"\d{1,3}[‑\-]jährige[nrs]?|" + _NUMBERS_DE + r"[‑\-]malige[nrs]?")
# The definite articles such a description opens with.
DEFINITE: Final = frozenset("the der die".split())


def counted(word: str) -> bool:
    """``word`` (punctuation trimmed) counts years or wins: "85-year-old", "22-time", "two-time",
    "49-jährige", "15-malige"."""
    return len(word) <= 20 and _COUNTED.fullmatch(word) is not None
