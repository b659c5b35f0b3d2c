"""The gender a German article gives a person by a noun next to the name: a title or role right
before it ("Ministerin Anna Keller", "die stellvertretende Leiterin Eva Roth", "Herr Weber") or in
an apposition right after it ("Anna Keller, Sprecherin der Stadt,", "Tom Weber, 45, Arzt"). Most
German role nouns tell the sex ("Sprecherin" / "Sprecher"); one that is an adjective used as a
noun ("Vorsitzende", "Abgeordnete") tells it by its article only. Used to choose between the
people a sentence names for "er" or "sie" (pronouns_de). Pure functions, bounded reads."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.surname_mentions import surname_mentions

_MENTIONS: Final = 6  # occurrences of the surname read
# The word right before a name, and the one before that (an article, an adjective or nothing).
_BEFORE: Final = re.compile(r"(?:([^\W\d_]{1,20})[^\S\n]{1,3})?([^\W\d_][\w\-]{0,40})\.?[^\S\n]{1,3}$")
# An apposition after a name: a comma, an age ("45," or "(45)") and an article at most, a noun.
_AFTER: Final = re.compile(r"(?:[^\S\n]{0,2}\(\d{1,3}\))?,[^\S\n]{1,3}(?:\d{1,3},[^\S\n]{1,3})?"
                           r"(?:(der|die|ein|eine)[^\S\n]{1,3})?([^\W\d_][\w\-]{0,40})")
# Nouns whose sex is the word itself, role noun or not.
_FIXED: Final = {"herr": "m", "frau": "f", "vater": "m", "mutter": "f", "sohn": "m", "tochter": "f",
                 "bruder": "m", "schwester": "f", "ehemann": "m", "ehefrau": "f", "witwe": "f",
                 "witwer": "m", "onkel": "m", "tante": "f", "großvater": "m", "großmutter": "f"}
# Role nouns said of women and men alike, whatever their grammatical gender ("der Star", "das
# Mitglied", "die Legende").
_EITHER: Final = frozenset("mitglied vorstand star model talent idol legende ikone person profi coach".split())
# The endings of an adjective used as a noun: "die Vorsitzende", "der Abgeordnete", "die Beauftragte"
# (not "Experte", a man's noun); inflected, by the article of one person's case ("der
# Vorsitzenden": a woman's dative or genitive, "den Abgeordneten": a man's accusative).
_ADJECTIVAL: Final = ("nde", "te")
_MASCULINE_E: Final = ("experte",)
_INFLECTED_GENDER: Final = {"den": "m", "dem": "m", "des": "m", "einen": "m", "einem": "m", "eines": "m",
                            "der": "f", "einer": "f"}
_ARTICLE_GENDER: Final = {"der": "m", "ein": "m", "die": "f", "eine": "f"}


def noun_gender(noun: str, article: str = "") -> str | None:
    """"m" or "f" for a German role noun or title ("Sprecherin", "SPD-Chef", "Herr"), the
    ``article`` before it deciding for an adjective used as a noun ("die Vorsitzende"); else
    None."""
    low = noun.lower().rsplit("-", 1)[-1]
    for word, gender in _FIXED.items():
        if low.endswith(word):  # (and compounds: "Schwiegermutter", "Bauersfrau")
            return gender
    if low in _EITHER or not is_role_noun(low):
        return None
    if low.endswith("in"):
        return "f"  # "Ministerin", "Bloggerin"
    if low.endswith(_MASCULINE_E):
        return "m"
    if low.endswith("n") and low[:-1].endswith(_ADJECTIVAL):
        return _INFLECTED_GENDER.get(article.lower())
    if low.endswith(_ADJECTIVAL):
        return _ARTICLE_GENDER.get(article.lower())
    return "m"


def stated_gender(text: str, person: str) -> str | None:
    """The gender the article gives ``person`` by a noun next to the name (the first one found at
    one of the surname's first mentions), else None."""
    for first_at, end in surname_mentions(text, person, _MENTIONS, whole_words=True):
        before = _BEFORE.search(text, max(0, first_at - 64), first_at)
        gender = noun_gender(before.group(2), before.group(1) or "") if before else None
        if gender is None:
            after = _AFTER.match(text, end)
            gender = noun_gender(after.group(2), after.group(1) or "") if after else None
        if gender is not None:
            return gender
    return None
