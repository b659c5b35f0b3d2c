"""Whom "il"/"elle" stands for when the only person the article has credited is its headline's
speaker and the body has named no one before the pronoun: that speaker. French news puts the
speaker's name in the headline ("Maria Roux : « … »", "Maria Roux quitte le parti : « … »") and
goes on with "dit-elle", "a-t-elle ajouté", naming no one in the body; the pronoun found no
antecedent. Rather null than wrong: one person credited so far, no other person named in the
body before the pronoun (a second name may be the pronoun's), and a sex that agrees (the
caller's test). A person the body brings in by a description only ("La présidente du tribunal a
rejeté …", "Sa porte-parole a démenti …", "L'entraîneur adverse …") is someone else too: a
reaction piece quotes the other side that way, and the pronoun may be theirs. Pure function, bounded reads (the body before the pronoun, at most
``_WINDOW`` characters)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.opening_description import opens_on_description
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.titles import is_title_word, split_title

_WINDOW: Final = 6000  # characters of the body before the pronoun read for another person
_PERSON_WORDS: Final = frozenset(("porte-parole", "porte-paroles"))
_NAMED_AFTER: Final = re.compile(r"[^\S\n]{1,3}[A-ZÀ-ÖØ-Þ][^\W\d_]")  # a name right after the title


def headline_speaker(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The one person credited so far (the headline's speaker) when the body before ``before``
    names no other person; else None."""
    if len(ctx.people) != 1 or ctx.credits and any(who != ctx.people[0] for _, who, _ in ctx.credits):
        return None
    person = ctx.people[0]
    if described_subject(text, max(0, before - _WINDOW), before):
        return None
    own = set(person.split())
    for name, _end in names_in(text, max(0, before - _WINDOW), before):
        name = split_title(name) or name
        if own & set(name.split()) or not is_person_like(name):
            continue
        if ctx.names.is_person(name) or first_name_sex(name) is not None:
            return None  # someone else named: the pronoun may be theirs
    return person


def described_subject(text: str, start: int, end: int) -> bool:
    """Whether a sentence of ``text[start:end]`` opens on a person's description (an article or a
    possessive, then a title, a trade or "porte-parole") with no name after it."""
    return opens_on_description(text, start, end, "fr", lambda m: _described_person(text, m))


def _described_person(text: str, m: re.Match[str]) -> bool:
    """Whether the description ``m`` is a person's (a title, a trade, "porte-parole") with no name
    after it ("Le président Bruno Mercadier": a person named, not only described)."""
    low = m.group("noun").lower()
    return not _NAMED_AFTER.match(text, m.end()) and (
        low in TITLES or is_title_word(low) or trade_noun(low) or low in _PERSON_WORDS)
