"""A German description with a place's adjective ("der Kölner Oberbürgermeister", "die
Augsburger Bischöfin") names the holder of that role in that place (review43 F9). Resolved by
its head alone, it took any mayor the article named: "Oberbürgermeister Dieter Reiter empfing
den Gast aus Köln. „…“, so der Kölner Oberbürgermeister." credited Munich's mayor. A holder is
kept only where the article writes the adjective, or the place it comes from, near the holder's
name; else no one (rather null than wrong). Pure function."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.surname_mentions import surname_mentions
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim

_PLACE_ADJECTIVE: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,24}er")
_NEAR: Final = 50  # characters around the holder's name where the place is looked for
_MENTIONS_READ: Final = 200  # the holder's surname's mentions read (as NameIndex.mentions)


def place_adjective(word: str) -> bool:
    """Whether ``word`` is a place's adjective, capitalized, as German writes one before a role
    noun ("Kölner", "Augsburger", "Münchner"): no title word ("Bürger" is no place's)."""
    return _PLACE_ADJECTIVE.fullmatch(word) is not None and not is_title_word(trim(word))


def place_agrees(text: str, mention: str, holder: str | None) -> str | None:
    """``holder`` when ``mention`` holds no place adjective before its noun, or when the article
    writes that adjective or its place ("Kölner" -> "Köln") within ``_NEAR`` characters before
    the holder's surname, or "von" and the place after it; else None."""
    if not holder:
        return holder
    words = [w.strip(".,;:!?\"„“()") for w in mention.split()]
    places = [w for k, w in enumerate(words[:-1]) if place_adjective(w) and words[k + 1][:1].isupper()]
    if not places:
        return holder
    surname = holder.split()[-1]
    for _, end in surname_mentions(text, holder, _MENTIONS_READ, whole_words=True):  # not "Lee" in "Leeds"
        start = end - len(surname)
        before, after = text[max(0, start - _NEAR):start], text[end:end + _NEAR]
        if all(p in before or p[:-2] in before or "von " + p[:-2] in after for p in places):
            return holder
    return None
