"""The gender a French article gives a person in the words around the name: a role noun or title
right before it ("la députée Anne Roy", "Mme Roy") or in an apposition right after it ("Zineb,
étudiante en lettres", "Paul Roux, 32 ans, chercheur"). Pure functions, bounded reads."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.surname_mentions import surname_mentions

_MENTIONS: Final = 6  # occurrences of the surname read
_BEFORE: Final = re.compile(r"([^\W\d_][\w\-]{0,30}+)\.?[^\S\n]{1,3}+$")
_AFTER: Final = re.compile(r"\*?,[^\S\n]{1,3}+(?:\d{1,3}[^\S\n]++ans,[^\S\n]{1,3}+)?(?:(?:la|le|l['’])[^\S\n]*+)?"
                    r"([^\W\d_][\w\-]{0,30}+)")
# A definite article and one lower-case role noun right before the name, or before a comma and
# the name: "le préfet, Marc Leroy", "la ministre Anne Roy" (the article tells the gender of
# nouns that have one form for both: ministre, maire, porte-parole).
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w'’])([Ll][ea]|[Dd]u|[Aa]u)[^\S\n]++[a-zà-ÿ][\w\-]{0,30}+,?[^\S\n]{1,3}+$")
_ARTICLE_GENDERS: Final = {"le": "m", "du": "m", "au": "m", "la": "f"}
_HONORIFICS: Final = {"m": "m", "mme": "f", "mlle": "f", "monsieur": "m", "madame": "f"}
_TITLES_FR: Final = lexicon_fr.TITLES


def noun_gender(noun: str) -> str | None:
    """"m" or "f" for a French role noun or title ("étudiante", "député"), else None."""
    low = noun.lower()
    if low in _HONORIFICS:
        return _HONORIFICS[low]
    if low in lexicon_fr.PEOPLE_F or low in _TITLES_FR and low.endswith("e") and low[:-1] in _TITLES_FR:
        return "f"
    if low in lexicon_fr.PEOPLE_M or low in _TITLES_FR and low + "e" in _TITLES_FR:
        return "m"
    return None


def stated_gender(text: str, person: str) -> str | None:
    """The gender the article gives ``person`` by a noun next to the name (the first one found
    at one of the surname's first mentions), else None."""
    for first_at, end in surname_mentions(text, person, _MENTIONS):
        before = _BEFORE.search(text, max(0, first_at - 32), first_at)
        gender = noun_gender(before.group(1)) if before else None
        if gender is None:
            article = _ARTICLE_BEFORE.search(text, max(0, first_at - 40), first_at)
            gender = _ARTICLE_GENDERS[article.group(1).lower()] if article else None
        if gender is None:
            after = _AFTER.match(text, end)
            gender = noun_gender(after.group(1)) if after else None
        if gender is not None:
            return gender
    return None
