"""Titles joined by "and" before a name: "President and CEO Jane Roe said", "said founder and
chief executive Tom Hale", "President and CEO of the Harbour Fund Tom Hale said".
The noun phrase readers (phrases.np_core, phrases._np_after) read through the joining word
instead of stopping at it, so that the mention holds the whole title and titles.split_title
takes the name at its end. Two people joined by "and" ("Ann Lee and Tom Hale said") are not
titles and still part. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import ORG_HEADS, ROLE_WORDS
from newsbeam.transforms.quotes.tokens import is_cap, trim

_JOINERS: Final = frozenset(("and", "&"))
_EMPLOYER_OPENERS: Final = frozenset(("of", "for", "at"))
_ARTICLES: Final = frozenset("the a an his her its their our my your".split())


def _is_title_word(word: str) -> bool:
    """"CEO", "president", "founder", "co-founder", "chief" (a role word, or a compound that ends
    on one)."""
    low = trim(word)
    return low in ROLE_WORDS or "-" in low and low.rsplit("-", 1)[-1] in ROLE_WORDS


def joins_titles(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``toks[k]`` is "and" joining two parts of one title rather than ending a noun
    phrase: between two title words ("President and CEO", "founder and chief executive"), with
    no article before the first ("the mayor and council member Tom Hale" may be two people),
    and a name or the employer's "of" after the last ("Chairman and CEO said" names no one)."""
    if k < 1 or k + 1 >= len(toks):
        return False
    low = trim(toks[k][2])
    if low in _JOINERS:
        if not (_is_title_word(toks[k - 1][2]) and _is_title_word(toks[k + 1][2])):
            return False
        m = k + 1
        while m + 1 < len(toks) and m - k < 4 and _is_title_word(toks[m + 1][2]):
            m += 1
        after = toks[m + 1][2] if m + 1 < len(toks) else ""
        if not (is_cap(after) and not _is_title_word(after) or
                trim(after) in _EMPLOYER_OPENERS and _named_after_employer(toks, m + 2)):
            return False  # "Tim Armstrong, Chairman and CEO said": no name after the titles
        j = k - 1
        while j > 0 and k - j < 4 and _is_title_word(toks[j - 1][2]):
            j -= 1
        # "the mayor and council member Tom Hale" may be two people: only a title without an
        # article joins ("President and CEO Jane Roe", "said founder and CEO Tom Hale").
        return j == 0 or trim(toks[j - 1][2]) not in _ARTICLES and not toks[j - 1][2].endswith(("'s", "’s"))
    return False


def _named_after_employer(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the employer that starts at ``toks[k]`` (after "of") ends on a name: its last run
    of capitalized words has three words or more and ends on no organisation's word ("of the
    Harbour Fund Tom Hale", "of Apple Tim Cook"; not "of Acme Corp said", "of the Harbour
    Association")."""
    run: list[str] = []
    for _, _, w in toks[k:k + 12]:
        if is_cap(w):
            run.append(trim(w))
        elif trim(w) in ("the", "of", "for") and not run or trim(w) in ("of", "the") and run:
            run = []  # "Bulletin of the Atomic Scientists Ann Lee": the last run is read
        else:
            break
    return len(run) >= 3 and run[-1] not in ORG_HEADS
