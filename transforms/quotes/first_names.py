"""A person's sex from their first name: the last resort of pronoun and description agreement.

Most people in the news are named without Mr./Ms./Frau/Herr, so "she" after "Maria Lopez and Tom
Hale" (or "die 34-Jährige", "elle") found no sex to agree with and the resolver either gave up or
took the nearest name. A first name that nearly always names one sex decides it. The names are
data (``first_names_data``, rebuilt by ``python -m bench.first_names``, which says how: US Social
Security Administration counts, public domain, with names that are the other sex abroad left out).

A name the US counts saw and left undecided (Henri, Michel, Jean: accents lost, or a woman's name
in English) is decided by the French lists in a French article (``FRENCH_MALE``/``FRENCH_FEMALE``),
and only there. A hyphenated first name is looked up whole first ("Jean-Pierre": the lists have
it), then by its parts.

Only the first word of a name of two words or more is read (a surname alone, "Lopez", names no
sex), and only after everything the article itself says (callers ask this last): an article's
"Mr. Andrea Smith" or "he" always wins over the list.
"""
from __future__ import annotations

import unicodedata
from typing import Final

from newsbeam.transforms.quotes.first_names_data import FEMALE, FRENCH_FEMALE, FRENCH_MALE, MALE
from newsbeam.transforms.quotes.language import current as current_language

_SEX: Final[dict[str, str]] = {**dict.fromkeys(MALE.split(), "m"), **dict.fromkeys(FEMALE.split(), "f")}
# The names each language's lists decide where the US counts do not: read in that language only.
_SEX_IN: Final[dict[str, dict[str, str]]] = {
    "fr": {**dict.fromkeys(FRENCH_MALE.split(), "m"), **dict.fromkeys(FRENCH_FEMALE.split(), "f")},
}


def _plain(word: str) -> str:
    """Lower case without accents ("José" -> "jose", "Jürgen" -> "jurgen"), as the counts write it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def first_name_sex(name: str) -> str | None:
    """"m" or "f" when ``name`` has two words or more and its first one is a one-sex first name.
    A hyphenated first name ("Anne-Marie", "Hans-Peter") counts as the lists have it whole, else
    when its parts agree. In a French article the French lists decide what the US counts left open."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    if first.endswith(".") or not first[:1].isupper():
        return None
    local = _SEX_IN.get(current_language().code, {})
    whole = _plain(first)
    if "-" in first and whole in _SEX:
        return _SEX[whole]
    sexes = {_SEX.get(part) or local.get(part) for part in whole.split("-")}
    return sexes.pop() if len(sexes) == 1 else None


def is_first_name(word: str) -> bool:
    """True when the one capitalized ``word`` is a word the first-name lists give one sex
    ("Catherine"): read as a person the article calls by first name alone. The lists hold many
    surnames too (German "Werner", "Hermann", "Otto"), so it says "may be a first name", not
    "is no surname"."""
    plain = _plain(word)
    return word[:1].isupper() and (plain in _SEX or plain in _SEX_IN.get(current_language().code, {}))
