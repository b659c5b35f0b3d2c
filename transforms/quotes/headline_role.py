"""Who a headline's role stands for: "Mayor Warns of ‘Dark Days’ Ahead", "Crown Prince Says Trump
Is ‘A Man of His Word’", "Bürgermeisterin warnt vor „dunklen Tagen“", "La alcaldesa advierte de
«días oscuros»" name their speaker by a role only, and the body says who holds it: "Ann Lee, the
mayor of Leeds, …", "Reza Pahlavi, Iran's exiled crown prince", "Anna Keller, Bürgermeisterin von
Bonn". A headline's words are the article's summary of what its subject said, so the role is the
one person the body gives that role word next to a name (issue 16, stop 48). Title case made the
role read as a name ("Crown Prince"): a wrong name; else it was null.

Only in the title, for a mention of at most ``_MAX_WORDS`` words whose last word is a role, a
title or a trade of the language and in which no other word is a name the article gives a
person; only when exactly one person of two words or more has the role word within
``_NEAR`` characters of one of the body's first mentions of them. Anything else: the answer
is left as it was. Pure; one bounded scan of the body per such headline quote.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.titles import is_title_word, split_title
from newsbeam.transforms.quotes.tokens import trim

_MAX_WORDS: Final = 4
_NEAR: Final = 60  # characters around a name's mention read for the role word
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


def _has_word(low: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` stands in ``low[lo:hi]`` as a word of its own (no letter, digit or hyphen
    glued to it)."""
    at = low.find(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "-")) and \
                (end >= len(low) or not (low[end].isalnum() or low[end] == "-")):
            return True
        at = low.find(word, at + 1, hi)
    return False


def headline_role_holder(head: str, ctx: ArticleContext) -> str | None:
    """The one person the body names with the role word ``head`` next to them ("Ann Lee, the
    mayor of Leeds", "Mayor Ann Lee", "Anna Keller, Bürgermeisterin von Bonn"); None if none or
    several."""
    body = ctx.body[:_BODY]
    low = body.lower()
    found: set[str] = set()
    for run, end in names_in(body, 0, len(body))[:_NAMES]:
        name = split_title(run) or run
        if " " not in name or not is_person_like(name):
            continue
        start = end - len(run)
        if not _has_word(low, head, max(0, start - _NEAR), min(len(low), end + _NEAR)):
            continue
        found.add(ctx.names.fullest(name))
        if len(found) > 1:
            return None
    return found.pop() if found else None
