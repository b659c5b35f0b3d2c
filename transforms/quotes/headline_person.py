"""Whom "il"/"elle" stands for when the only person the article has credited is its headline's
speaker and the body has named no one before the pronoun: that speaker. French news puts the
speaker's name in the headline ("Maria Roux : « … »", "Maria Roux quitte le parti : « … »") and
goes on with "dit-elle", "a-t-elle ajouté", naming no one in the body; the pronoun found no
antecedent. Rather null than wrong: one person credited so far, no other person named in the
body before the pronoun (a second name may be the pronoun's), and a sex that agrees (the
caller's test). Pure function, bounded reads (the body before the pronoun, at most
``_WINDOW`` characters)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title

_WINDOW: Final = 6000  # characters of the body before the pronoun read for another person


def headline_speaker(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The one person credited so far (the headline's speaker) when the body before ``before``
    names no other person; else None."""
    if len(ctx.people) != 1 or ctx.credits and any(who != ctx.people[0] for _, who, _ in ctx.credits):
        return None
    person = ctx.people[0]
    own = set(person.split())
    for name, _end in names_in(text, max(0, before - _WINDOW), before):
        name = split_title(name) or name
        if own & set(name.split()) or not is_person_like(name):
            continue
        if ctx.names.is_person(name) or first_name_sex(name) is not None:
            return None  # someone else named: the pronoun may be theirs
    return person
