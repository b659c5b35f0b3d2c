"""What the two rules that read a body from its kind's word share (``named_bodies``: "the
ministry" for the "Foreign Ministry" named before; ``introduced_bodies``: "the company" for the
"startup Agari" introduced before): the pieces of a body's name, the kinds a writer calls by one
another's word, the cleaning of a name found, and the choice of the one body among the names
found. Each rule keeps its own table of kinds (the kinds a name carries, the kinds it does not);
the way a table is read is the same. Pure functions.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS
from newsbeam.transforms.quotes.tokens import trim

# A capitalized word of a name, or an abbreviation with its dots ("U.S."); no other word takes a
# full stop: a name never runs over a sentence's end ("Ministry of Health. Officials").
NAME_WORD: Final = r"(?:(?:[A-Z]\.){2,4}|[A-Z][\w’'&\-]{0,30})"
# The space between two words of a name: never a line break.
NAME_SPACE: Final = r"[^\S\n]{1,3}"
# Link words a name holds between its capitalized words, never at its end ("Ministry of Health").
_LINKS: Final = ("of", "for", "on", "to", "the", "and")


class AlikeKinds:
    """Groups of kinds a writer calls by one another's word ("the agency" for a commission, "the
    company" for a startup): ``of(kind)`` is every word alike to ``kind``, itself included."""

    __slots__ = ("groups", "words")

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self.groups: tuple[frozenset[str], ...] = tuple(frozenset(g) for g in groups)
        self.words: frozenset[str] = frozenset().union(*self.groups)

    def of(self, kind: str) -> frozenset[str]:
        """The words for ``kind`` and for the kinds alike to it; empty for a word of no group."""
        return frozenset().union(*(g for g in self.groups if kind in g))


def without_opening(words: list[str]) -> list[str]:
    """``words`` without the function words a sentence may open on before a name ("The", "While
    the", "In"), the last word kept."""
    while len(words) > 1 and trim(words[0]) in FUNCTION_WORDS:
        words = words[1:]  # "While the State Department ..."
    return words


def before_calendar(words: list[str]) -> list[str]:
    """``words`` up to a day or month that follows the name ("Ministry of Health Tuesday", "Agari
    on Monday"), and without the link words then left at their end (the first word kept)."""
    for i, word in enumerate(words):
        if trim(word) in CALENDAR:
            words = words[:i]
            while len(words) > 1 and words[-1].lower() in _LINKS:
                words = words[:-1]
            break
    return words


def one_body(found: Sequence[str]) -> str | None:
    """The fullest of the names ``found`` when every other one is it or a part of it ("Foreign
    Ministry" in "Indonesian Foreign Ministry", "Agari" in "Agari Data"): one body. Two bodies
    (no telling which) or none: None."""
    if not found:
        return None
    fullest = max(found, key=len)
    return fullest if all(name in fullest for name in found) else None
