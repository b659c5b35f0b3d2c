"""Who reports a clause quoted inside the writer's sentence when no rule names the speaker.

A long lower-case clause in a sentence that reports speech is someone's words (a partial quote,
``kinds.is_clause_fragment``); when no rule credits it, its speaker stays null, and the words of
its attribution ("The ministers added that it was “an attempt to ...”": The ministers) are kept
as the mention (rule ``clause_fragment``), not a name guessed from them.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, NOMINAL_HEADS, PRONOUNS, TITLES
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

# The words right before a reporting cue, back to a mark that ends a phrase: "the bloc" in
# "In a statement, the bloc said ..."; up to four words.
_WORDS_BEFORE: Final = re.compile(r"((?:[^\W\d][\w’'.-]{0,40}[^\S\n]{1,4}){1,4})$")
_ARTICLES: Final = frozenset("the a an".split())
# One to three capitalized words right after the cue, then a comma or a preposition: the name
# of an inverted attribution ("said Justin Chang in The New Yorker").
_NAME_AFTER: Final = re.compile(r"[^\S\n]{1,4}((?:[A-Z][\w’'.-]{0,30}[^\S\n]?){1,3})(?<!\s)(?=,|[^\S\n]{1,4}(?:in|of|on|at)\b)")


def reporting_subject(text: str, ctx: ArticleContext, lo: int, hi: int) -> tuple[str, str, int] | None:
    """(mention, cue, end) for the first reporting cue of the sentence ``text[lo:hi]`` before a
    quote: the words right before it that name someone, a capitalized name ("Lee"), a pronoun
    ("she") or a noun for a speaker ("the bloc", "officials"), with end -1; or the name right
    after it ("said Justin Chang in ..."), with where that name ends; else None."""
    assert ctx.cues is not None  # set by extract._zone_quotes before any rule runs
    cue = ctx.cues.first(lo, hi)
    if cue is None:
        return None
    after = _NAME_AFTER.match(text, cue.e, hi)
    if after is not None:
        return after.group(1), cue.word, after.end(1)  # "..., wrote Eugene Mark, a researcher, as “...”"
    found = _WORDS_BEFORE.search(text, max(lo, cue.s - 80), cue.s)
    if found is None:
        return None
    words = found.group(1).split()
    # Keep the words after the last function word (an article stays with its noun).
    k = len(words)
    while k > 0 and (words[k - 1].lower() not in FUNCTION_WORDS or words[k - 1].lower() in _ARTICLES):
        k -= 1
    words = words[k:]
    while words and words[0].lower() in FUNCTION_WORDS and words[0].lower() not in _ARTICLES:
        words = words[1:]
    if not words:
        return None
    last = words[-1].lower()
    if not (words[-1][:1].isupper() and last not in _ARTICLES or last in PRONOUNS - {"it", "this", "which"} or
            last in NOMINAL_HEADS or last.endswith("s") and last[:-1] in NOMINAL_HEADS):
        return None
    return " ".join(words), cue.word, -1


def named_reporter(ctx: ArticleContext, mention: str) -> str | None:
    """The person ``mention`` names, when it is a full name the article uses for a person
    ("Arkansas Gov. Ann Lee" -> Ann Lee; "wrote Eugene Mark"): the clause is that person's
    words. A description, a pronoun, a single word, a body: None."""
    name = split_title(mention) or mention
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or trim(words[-1]) in TITLES:
        return None
    full = ctx.names.fullest(name)
    return full if full in ctx.people or ctx.names.is_person(full) else None
