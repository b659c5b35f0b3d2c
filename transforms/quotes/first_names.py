"""A person's sex from their first name: the last resort of pronoun and description agreement.

Most people in the news are named without Mr./Ms./Frau/Herr, so "she" after "Maria Lopez and Tom
Hale" (or "die 34-Jährige", "elle") found no sex to agree with and the resolver either gave up or
took the nearest name. A first name that nearly always names one sex decides it. The names are
data (``first_names_data``, rebuilt by ``python -m bench.first_names``, which says how: US Social
Security Administration counts, public domain, with names that are the other sex abroad left out).

Only the first word of a name of two words or more is read (a surname alone, "Lopez", names no
sex), and only after everything the article itself says (callers ask this last): an article's
"Mr. Andrea Smith" or "he" always wins over the list.
"""
from __future__ import annotations

import unicodedata
from typing import Final

from newsbeam.transforms.quotes.first_names_data import FEMALE, MALE

_SEX: Final[dict[str, str]] = {**dict.fromkeys(MALE.split(), "m"), **dict.fromkeys(FEMALE.split(), "f")}


def _plain(word: str) -> str:
    """Lower case without accents ("José" -> "jose", "Jürgen" -> "jurgen"), as the counts write it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def first_name_sex(name: str) -> str | None:
    """"m" or "f" when ``name`` has two words or more and its first one is a one-sex first name.
    A hyphenated first name ("Anne-Marie", "Hans-Peter") counts when its parts agree."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if first.endswith(".") or not first[:1].isupper():
        return None
    sexes = {_SEX.get(_plain(part)) for part in first.split("-")}
    return sexes.pop() if len(sexes) == 1 else None
