"""A speaker's title joined by "and", next to the quote's verb (issue 16, stop 38, English).

``“…,” said Sports Minister and ROC head Lev Markov.``, ``“…,” the Minister of Transport and
Works, Ana Ruiz, told the Courier.``, ``“…,” Minister of Industry, Trade and Commerce, Senator
the Hon. Ana Ruiz, said.``: the noun phrase reader stops at "and", which joins two subjects
("Lee and Hale said"); here it joins the parts of one title, so the first part ("Sports
Minister") was taken for the speaker, or the name after a comma for a second phrase ("Works,
Ana Ruiz") and no one was credited.

``joined_title_name`` reads the words as one title and then one name. The title is capitalized
words, the words that join an office's name (of, for, and, &, the) and role nouns ("head"), and
holds a title or a role word; its "and" joins parts of a title: right after a title or a role
word ("Minister and ROC head"), within at most ``_DOMAIN_MAX`` words after "of"/"for" ("of
Transport and Works"), or before any title word ("Health and Human Services Secretary"); "Mayor
Tom Hale and Ana Ruiz said" is two people and is left alone. The name's first word must be sure:
after the comma that closes the title, or right after a title or role word ("ROC head Lev
Markov"); after "of Health and Human Services Ana Ruiz" it is not, and the quote stays null
(rather null than wrong).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

_TOKEN: Final = re.compile(r"\S{1,40}")
_WORDS_MAX: Final = 18  # words read from the title's start, at most
_NAME_MAX: Final = 6  # words of the name, with its own honorifics ("Senator the Hon. Ana Ruiz")
_DOMAIN_MAX: Final = 2  # words between "of"/"for" and the "and" of an office ("of Industry, Investment and")
_JOINERS: Final = frozenset("of for the".split())
_ANDS: Final = frozenset(("and", "&"))
_HONORIFIC_THE: Final = frozenset(("hon", "honourable", "honorable"))  # "Senator the Hon. Ana Ruiz"


def _is_title_word(word: str) -> bool:
    low = trim(word.rstrip(","))
    return low in TITLES or low in ROLE_WORDS


def joined_title_name(text: str, lo: int, hi: int, *, ends_stretch: bool) -> tuple[int, int] | None:
    """(start, end) of the name after a title joined by "and" that opens at ``lo`` (see the
    module), or None. With ``ends_stretch`` (the words stand between the quote and its verb, up
    to ``hi``) nothing but a comma may follow the name; otherwise the name ends at a stop, a
    comma or a lower-case word ("... Lev Markov in September.")."""
    if current_language().code != "en":
        return None
    toks: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        toks.append(m.span())
        if len(toks) > _WORDS_MAX:
            break
    k = 1 if toks and text[toks[0][0]:toks[0][1]] == "the" else 0
    titled = joined = False
    last_title = after_of = -1
    for i in range(k, len(toks)):
        word = text[toks[i][0]:toks[i][1]]
        bare = word.rstrip(",")
        if bare in _ANDS:
            prev = text[toks[i - 1][0]:toks[i - 1][1]] if i > k else ""
            if i == k or not (_is_title_word(prev) or not titled or 0 <= after_of and i - after_of - 1 <= _DOMAIN_MAX
                              and last_title < after_of):
                return None  # "Mayor Tom Hale and ...", "manager for Mr. Trump and ...": two people, maybe
            joined = True
            continue
        if bare in _JOINERS:
            if bare != "the":
                after_of = i
            elif after_of != i - 1:
                return None  # "Tom Hale, the former ...": an apposition after a name, not one title
            continue
        if _is_title_word(bare):
            titled, last_title = True, i
        elif not bare[:1].isupper():
            return _name(text, toks, last_title + 1, i, ends_stretch=False) if titled and joined and \
                not ends_stretch and word[-1:].isalpha() else None
        if word.endswith(",") and not joined and not titled:
            return None  # "Tom Hale, ...": a name first, its apposition after
        if word.endswith(",") and joined:
            # the comma that closes the title ("... and Works, Ana Ruiz"); commas before "and"
            # list the office's parts ("Minister of Industry, Trade and Commerce, ...")
            return _name(text, toks, i + 1, len(toks), ends_stretch=ends_stretch, after_comma=True) \
                if titled else None
        if word[-1:] in ".;:!?" and not (word[-1:] == "." and len(word) <= 4):
            return _name(text, toks, last_title + 1, i + 1, ends_stretch=ends_stretch) \
                if titled and joined else None
    if not (titled and joined and ends_stretch):
        return None
    return _name(text, toks, last_title + 1, len(toks), ends_stretch=True)


def _name(text: str, toks: list[tuple[int, int]], a: int, b: int, *, ends_stretch: bool,
          after_comma: bool = False) -> tuple[int, int] | None:
    """The person's name in ``toks[a:b]``: capitalized words (after a comma also an honorific
    "the Hon."), up to a comma or a stop; the stretch's end after it when ``ends_stretch``."""
    if a <= 0 or a >= b:
        return None
    end = a
    while end < b and end - a < _NAME_MAX:
        word = text[toks[end][0]:toks[end][1]]
        core = word.rstrip(",.;:!?")
        if not core[:1].isupper() and not (after_comma and core == "the" and end + 1 < b and
                                            trim(text[toks[end + 1][0]:toks[end + 1][1]]) in _HONORIFIC_THE):
            return None if end == a else _closed(text, toks, a, end, ends_stretch, len(toks))
        end += 1
        if word[-1:] in ",;:!?" or word[-1:] == "." and len(core) > 3:
            break
    if end - a >= _NAME_MAX and end < b:
        return None
    return _closed(text, toks, a, end, ends_stretch, len(toks))


def _closed(text: str, toks: list[tuple[int, int]], a: int, end: int, ends_stretch: bool,
            size: int) -> tuple[int, int] | None:
    if ends_stretch and end < size:
        return None  # words between the name and the verb: not a plain "title, name, said"
    lo, hi = toks[a][0], toks[end - 1][1]
    while hi > lo and text[hi - 1] in ",;:!?":
        hi -= 1
    if text[hi - 1:hi] == "." and len(text[lo:hi].split()[-1]) > 4:
        hi -= 1  # the sentence's stop, not an initial's
    name = text[lo:hi]
    bare = split_title(name) if is_person_like(name) else ""
    at = text.find(bare, lo, hi) if bare else -1
    # (the name without its honorifics: "Senator the Hon. Ana Ruiz" is Ana Ruiz)
    return (at, at + len(bare)) if at >= 0 else None
