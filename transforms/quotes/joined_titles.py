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

# Words as the space separates them, not tokens.tokens: a word keeps its comma ("Works,") and an
# abbreviation its stop ("Hon."), which is how the reader finds where a title ends and a name
# starts; a longer run of non-space is read in pieces of 40, none of which can be a title word.
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
    titled = False
    last_title = after_of = joined_at = -1
    for i in range(k, len(toks)):
        word = text[toks[i][0]:toks[i][1]]
        bare = word.rstrip(",")
        if bare in _ANDS:
            prev = text[toks[i - 1][0]:toks[i - 1][1]] if i > k else ""
            if i == k or not (_is_title_word(prev) or not titled or 0 <= after_of and i - after_of - 1 <= _DOMAIN_MAX
                              and last_title < after_of):
                return None  # "Mayor Tom Hale and ...", "manager for Mr. Trump and ...": two people, maybe
            joined_at = i
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
            # a lower-case word after the name: where and when ("... Lev Markov in September")
            return _bare_name(text, toks, last_title + 1, i) if titled and joined_at >= 0 and \
                after_of < joined_at and not ends_stretch and word[-1:].isalpha() else None
        if word.endswith(",") and joined_at < 0 and not titled:
            return None  # "Tom Hale, ...": a name first, its apposition after
        if word.endswith(",") and joined_at >= 0:
            # the comma that closes the title ("... and Works, Ana Ruiz"); commas before "and"
            # list the office's parts ("Minister of Industry, Trade and Commerce, ...")
            return _name_after_comma(text, toks, i + 1, ends_stretch) if titled else None
        if word[-1:] in ".;:!?" and not (word[-1:] == "." and len(word) <= 4):
            return _bare_name(text, toks, last_title + 1, i + 1) \
                if titled and joined_at >= 0 and after_of < joined_at else None
    if not (titled and joined_at >= 0 and after_of < joined_at and ends_stretch):
        return None
    return _bare_name(text, toks, last_title + 1, len(toks))


def _bare_name(text: str, toks: list[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    """The name that is all of ``toks[a:b]`` right after a title word, with no comma before it:
    a given name and a surname, an initial between them may stand ("Jon B. Wolfsthal"); an
    employer after the title ("CEO of Dover General Hospital") or a third word ("Chief
    Archivist Nora Pike": where the name starts is a guess) gives no one."""
    if a <= 0 or not 2 <= b - a <= 3:
        return None
    words = [text[s:e] for s, e in toks[a:b]]
    if not all(w[:1].isupper() for w in words) or any(w[-1:] == "," for w in words[:-1]):
        return None
    if b - a == 3 and not (len(words[1]) == 2 and words[1][1] == "."):
        return None
    return _closed(text, toks[a][0], toks[b - 1][1])


def _name_after_comma(text: str, toks: list[tuple[int, int]], a: int, ends_stretch: bool) -> tuple[int, int] | None:
    """The name after the comma that closes the title: capitalized words and an honorific "the
    Hon.", up to the next comma or stop (or a lower-case word after the verb); with
    ``ends_stretch`` nothing but that comma may follow it before the verb."""
    end = a
    while end < len(toks) and end - a < _NAME_MAX:
        word = text[toks[end][0]:toks[end][1]]
        core = word.rstrip(",.;:!?")
        if not core[:1].isupper() and not (core == "the" and end + 1 < len(toks) and
                                            trim(text[toks[end + 1][0]:toks[end + 1][1]]) in _HONORIFIC_THE):
            if end == a or ends_stretch:
                return None
            break
        end += 1
        if word[-1:] in ",;:!?" or word[-1:] == "." and len(core) > 3:
            break
    if end == a or ends_stretch and end < len(toks):
        return None  # words between the name and the verb: not a plain "title, name, said"
    return _closed(text, toks[a][0], toks[end - 1][1])


def _closed(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The name in ``text[lo:hi]`` without the punctuation that closes it and without its
    honorifics ("Senator the Hon. Ana Ruiz" is Ana Ruiz), if it is a person's."""
    while hi > lo and text[hi - 1] in ",;:!?":
        hi -= 1
    if text[hi - 1:hi] == "." and len(text[lo:hi].split()[-1]) > 4:
        hi -= 1  # the sentence's stop, not an initial's
    name = text[lo:hi]
    bare = split_title(name) if is_person_like(name) else ""
    at = text.find(bare, lo, hi) if bare else -1
    return (at, at + len(bare)) if at >= 0 else None
