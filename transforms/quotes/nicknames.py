"""A name written with a nickname in quotation marks between the given name and the surname
("Daniela „Danni“ Büchner", "Dwayne “The Rock” Johnson", "Earvin “Magic” Johnson"): the given
name and the surname are the name's fullest form, and the nickname with the surname ("Danni
Büchner", "Magic Johnson") names the same person (stop 49). Before, the marks cut the name: the
surname alone ("Johnson") or the nickname's form ("Danni Büchner") was the speaker.

Also ``surname_word`` (moved from names.py): a capitalized word that may be a second surname.
Pure functions; one bounded scan of an article's texts.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, ORG_HEADS, PLACE_WORDS, TITLES
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.titles import is_title_word

# A given name, a nickname of one or two capitalized words in quotation marks, a surname.
_NICKNAMED: Final = re.compile(
    r"(?<![\w\-])([A-ZÀ-Þ][\w\-]{1,30}+)[^\S\n]{1,2}+[„“\"«‚‘»]([A-ZÀ-Þ][\w\-]{0,30}+(?:[^\S\n][A-ZÀ-Þ][\w\-]{0,30}+)?)"
    r"[“”\"»‘’«][^\S\n]{1,2}+([A-ZÀ-Þ][\w\-]{1,30}+)")
_MAX_NICKNAMED: Final = 40  # nicknamed names read per article


def nicknamed(texts: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Surname -> [(given name, nickname)] of every name the texts write with a quoted nickname
    between its given name and surname (at most _MAX_NICKNAMED)."""
    out: dict[str, list[tuple[str, str]]] = {}
    found = 0
    for text in texts:
        for m in _NICKNAMED.finditer(text):
            first, nick, last = m.groups()
            if not given_name_like(first) or not surname_word(last):
                continue
            out.setdefault(last, []).append((first, nick))
            found += 1
            if found >= _MAX_NICKNAMED:
                return out
    return out


def merge_nicknamed(forms: dict[tuple[str, ...], list[int]], last: str,
                    pairs: list[tuple[str, str]]) -> None:
    """Count in ``forms`` (the forms of ``last``: [count, order of first use]) each nicknamed
    person's given name and surname once for their writing with the nickname, and move the
    nickname form's counts onto it ("Danni Büchner" is Daniela Büchner)."""
    for first, nick in pairs:
        entry = forms.setdefault((first, last), [0, 0])
        entry[0] += 1
        moved = forms.pop((*nick.split(), last), None)
        if moved is not None:
            entry[0] += moved[0]


def given_for_nickname(toks: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    """``toks`` (a name's words) with a nickname before the surname replaced by the given name the
    article writes it with ("Magic Johnson" -> "Earvin Johnson"); unchanged otherwise."""
    nick = " ".join(toks[:-1])
    for first, known in pairs:
        if known == nick:
            return [first, toks[-1]]
    return toks


def surname_word(word: str) -> bool:
    """``word`` (capitalized) may be a surname (a second one, a nicknamed person's): no title,
    function word, verb of saying, body, place or word of the language's own lists."""
    low = word.lower()
    lang = current_language()
    return not (low in TITLES or low in FUNCTION_WORDS or low in CUES or low in ORG_HEADS or low in PLACE_WORDS
                or low in ORG_HEADS_INTL or low in PLACE_WORDS_INTL or low in lang.function_words or low in lang.cues
                or is_title_word(low))
