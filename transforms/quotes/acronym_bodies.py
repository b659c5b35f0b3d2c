"""A body named by its acronym after an article, in Spanish: "según la ONU", "afirmó la DGSA",
"el MEM informó" (issue 16, stop 39). English writes "the FBI" and keeps the acronym as the
speaker; Spanish puts the article before nearly every acronym of a body, and a one-word speaker
after an article was taken for a description ("la Rectora") and dropped, so these quotes went
to no one. An acronym is two to eight capitals; Roman numerals ("el IV Pleno") are none. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language


# The languages whose one-word speaker after an article may be a body's acronym (Portuguese and
# French do the same, "a ONU", "la CGT": left to their own counts). German since stop 44 ("Das FBI
# bestätigte", "sagte der ADAC": 3 right on the held-out pages, 0 golden quotes changed).
ACRONYM_ARTICLE_LANGS: Final = frozenset(["es", "de"])
_MIN_LETTERS: Final = 2
# German articles of a dative (or genitive) as often as of a subject: "sagte der MOPO" (to the paper).
_OBLIQUE_DE: Final = frozenset(["der", "dem", "den"])
_MAX_LETTERS: Final = 8
# A valid Roman numeral ("IV", "XXI", "MCM"), not any word of its letters ("CDC", "MIX" are acronyms).
_ROMAN: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_acronym(word: str) -> bool:
    """Whether ``word`` is a body's acronym: two to eight capital letters, not a Roman numeral."""
    return _MIN_LETTERS <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper() and \
        _ROMAN.fullmatch(word) is None


def named_by_acronym(words: list[str], speaker: str, determiners: frozenset[str], rule: str | None = None) -> bool:
    """Whether the mention ``words`` is the acronym ``speaker`` alone or after an article ("la
    ONU", "DGSA" where the rule left "La" out): a body, though one word after an article is
    otherwise a description ("la Rectora"). German "der"/"dem"/"den" before it is the body as
    the subject only right after a quote ("„…“, sagte der ADAC"): elsewhere it is as often the
    one spoken to ("…, sagte der MOPO:", an outlet in the dative), so no one (``rule`` is the
    finding's)."""
    bare = [w.strip(".,;:()") for w in words if w.lower() not in determiners]
    if words and words[0].lower() in _OBLIQUE_DE and rule != "after_quote" and current_language().code == "de":
        return False
    return bare == [speaker] and is_acronym(speaker)


def article_acronym(mention: str) -> bool:
    """Whether ``mention`` is "the" and an acronym alone ("the FTC", "the FBI"): in English a
    body, never a person, though it ends on a capitalized word as a person's name does. (Counted
    as a person, it made "it said" after the body's own quote no one: "it" is never the person
    last quoted.)"""
    words = mention.split()
    return len(words) == 2 and words[0].lower() == "the" and is_acronym(words[1])
