"""Who a headline's role stands for: "Mayor Warns of ‘Dark Days’ Ahead", "Crown Prince Says Trump
Is ‘A Man of His Word’", "Bürgermeisterin warnt vor „dunklen Tagen“", "La alcaldesa advierte de
«días oscuros»" name their speaker by a role only, and the body says who holds it: "Ann Lee, the
mayor of Leeds, …", "Reza Pahlavi, Iran's exiled crown prince", "Anna Keller, Bürgermeisterin von
Bonn". A headline's words are the article's summary of what its subject said, so the role is the
one person the body gives that role word next to a name (issue 16, stop 48). Title case made the
role read as a name ("Crown Prince"): a wrong name; else it was null.

Only in the title, for a mention of at most ``_MAX_WORDS`` words whose last word is a role, a
title or a trade of the language and in which no other word is a name the article gives a
person; only when exactly one person of two words or more, among the body's first ``_NAMES``
capitalized runs, has the role word beside the name: as the title right before it, or in a
description set off by a comma right after it (or before it, the name between commas). Anything else: the answer is left as it was.
Pure; one scan of the body's first ``_BODY`` characters per such headline quote.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS, FUNCTION_WORDS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.titles import is_title_word, split_title
from newsbeam.transforms.quotes.tokens import trim

_MAX_WORDS: Final = 4
_NEAR: Final = 60  # characters before or after a name's mention read for the role word
_BETWEEN: Final = 3  # words between the comma after a name and the role word ("Iran's exiled crown prince")
_POSSESSIVE: Final = ("'s", "’s")
# Words that make the role someone else's or another one ("Deputy Mayor Ann Lee", "Tom Hale, the
# former mayor", "Anne Morel, maire adjointe").
_MODIFIERS: Final = frozenset("former ex ex- deputy vice acting assistant interim then retired outgoing incoming "
                              "would-be future late ehemalige ehemaliger frühere früherer stellvertretende "
                              "stellvertretender ancien ancienne adjoint adjointe adjunto adjunta antiguo antigua "
                              "interino interina suplente".split())
_BODY: Final = 20_000  # characters of the body read
_NAMES: Final = 60  # name mentions of the body read at most
# Role words that are no person on their own ("campaign says", "Police warn", "Press reports").
_NO_PERSON: Final = frozenset("campaign state press police former acting top senior longtime then retired "
                              "vice presidential head chief member star partner independent democrat republican "
                              "veteran hopeful general".split())


def all_roles(speaker: str) -> bool:
    """Whether every word of ``speaker`` is a role or a title ("Crown Prince", "Mayor"): a role
    read as a name."""
    words = [trim(w) for w in speaker.split()]
    return bool(words) and all(w in TITLES or w in ROLE_WORDS or is_title_word(w) for w in words)


def role_only(mention: str, ctx: ArticleContext) -> str | None:
    """The role word a headline mention ends on ("Mayor", "Exiled Crown Prince", "La alcaldesa",
    "Bürgermeisterin"), lower case, when the mention is a description and no name; else None."""
    words = [trim(w) for w in mention.split()]
    if not words or len(words) > _MAX_WORDS:
        return None
    lang = current_language()
    while words and (words[0] in DETERMINERS or words[0] in lang.determiners):
        words = words[1:]
    if not words:
        return None
    head = words[-1]
    if head in _NO_PERSON or not (head in TITLES or head in ROLE_WORDS or is_title_word(head) or trade_noun(head)):
        return None
    if any(ctx.names.is_person(w.title()) for w in words if w not in TITLES and w not in ROLE_WORDS):
        return None  # "Lee Warns": a name
    return head


def _titled(low: str, head: str, start: int) -> bool:
    """Whether the role word ``head`` is written right before the name at ``start`` as its title
    ("Mayor Ann Lee", "CNN President Jeff Zucker"), not after a modifier ("Deputy Mayor",
    "Former President")."""
    words = low[max(0, low.rfind("\n", 0, start) + 1, start - _NEAR):start].split()
    return bool(words) and words[-1].rstrip(".") == head and (len(words) < 2 or words[-2] not in _MODIFIERS)


def _described(low: str, head: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is set off by commas after a description that ends on
    the role word ``head`` ("The Iranian minister, Abbas Araghchi, said")."""
    if not low.startswith(", ", start - 2) or not low.startswith(",", end):
        return False
    lo = max(0, start - 2 - _NEAR)
    for stop in ",;:()\n.!?“”\"«»„":
        lo = max(lo, low.rfind(stop, lo, start - 2) + 1)
    words = _undetermined(low[lo:start - 2].split())
    return bool(words) and words[-1] == head and len(words) <= _BETWEEN + 1 and _plain(words[:-1], [])


def _undetermined(words: list[str]) -> list[str]:
    """``words`` without the determiner or possessive they open on ("the", "Iran's")."""
    lang = current_language()
    if words and (words[0] in DETERMINERS or words[0] in lang.determiners or words[0].endswith(_POSSESSIVE)):
        return words[1:]
    return words


def _plain(before: list[str], after: list[str]) -> bool:
    """Whether the words ``before`` a role word and the word ``after`` it leave it the person's
    own role: no function word, modifier or possessive before it, no modifier after it."""
    return not any(w in FUNCTION_WORDS or w in _MODIFIERS or w.endswith(_POSSESSIVE) for w in before) and \
        not any(w in _MODIFIERS for w in after)


def _apposed(low: str, head: str, end: int) -> bool:
    """Whether the role word ``head`` ends the description set off by a comma right after the
    name that ends at ``end`` ("Ann Lee, the mayor of Leeds", "Reza Pahlavi, Iran's exiled crown
    prince", "Anna Keller, Bürgermeisterin von Bonn"): at most ``_BETWEEN`` words before it, none
    a function word or a modifier ("Tom Hale, an aide to the mayor", "Tom Hale, the former
    mayor"), and no possessive or modifier after it ("the mayor's aide", "maire adjointe")."""
    if not low.startswith(", ", end):
        return False
    lo = end + 2
    hi = min(len(low), lo + _NEAR)
    for stop in ",;:()\n.!?“”\"«»„":
        at = low.find(stop, lo, hi)
        if at >= 0:
            hi = at
    words = _undetermined(low[lo:hi].split())
    if head not in words[:_BETWEEN + 1]:
        return False
    k = words.index(head)
    return _plain(words[:k], words[k + 1:k + 2])


def headline_role_holder(head: str, ctx: ArticleContext) -> str | None:
    """The one person the body names with the role word ``head`` beside them, as their title or
    in the description set off after their name or before it ("Mayor Ann Lee", "Ann Lee, the
    mayor of Leeds", "Anna Keller, Bürgermeisterin von Bonn", "The Iranian minister, Abbas
    Araghchi, said"); None if none or several. A name merely near the word ("Tom Hale said
    the mayor …", "Tom Hale, who wants to be mayor") is no holder."""
    body = ctx.body[:_BODY]
    low = body.lower()
    if len(low) != len(body):
        return None  # (lower case moved the offsets)
    found: set[str] = set()
    for run, end in names_in(body, 0, len(body))[:_NAMES]:
        name = split_title(run) or run
        if " " not in name or not is_person_like(name) or not run.endswith(name):
            continue
        start = end - len(name)
        if not (_titled(low, head, start) or _apposed(low, head, end) or _described(low, head, start, end)):
            continue
        found.add(ctx.names.fullest(name))
        if len(found) > 1:
            return None
    return found.pop() if found else None
