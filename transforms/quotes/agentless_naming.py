"""A name given with no one giving it: "has been dubbed a “steel ribbon”", "is sometimes called
“white gold”", "a small room called the “quiet corner”" (rule ``agentless_naming``).

A naming verb in the passive (after "is", "was", "been" ..., an adverb between them or not) or
right after a noun that an indefinite article opens (a thing and its name) says what something is
called, not who called it: the quoted name is the writer's scare quote, not anyone's words. Not
when "by" follows the quote ("dubbed a “steel ribbon” by locals": the namers are given), nor when
the verb has its own subject ("industry watchers called it a “...”": no article opens the noun).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

NAMING_VERBS: Final = frozenset("called dubbed nicknamed named branded labelled labeled".split())
# Before the verb: a passive auxiliary (an adverb may follow it), or "a"/"an" and one to three
# words with no verb of their own ("a little area called", "a test called").
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|be|been|being)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$")
# (Not after "what": "what a local skipper called “…”" has the skipper name it.)
_THING_BEFORE: Final = re.compile(r"(?<!what )\b[Aa]n?(?:[^\S\n]+(?!(?:who|that|which|they|he|she|we)\b)[a-z][a-z\-]{0,20}){1,3}"
                                  r"[^\S\n]+$")
# Between the verb and the quote: nothing, or an article.
_VERB_TO_QUOTE: Final = re.compile(r"[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?$")
_BY_AFTER: Final = re.compile(r"[^\S\n,]{0,3}by[^\S\n]")


def is_agentless_name(text: str, span: Span, cue: str | None, cue_at: int) -> bool:
    """The quote ``span`` is the name a passive or appositive naming verb (``cue`` at ``cue_at``,
    right before it) gives, with no one said to give it."""
    if cue is None or cue.lower() not in NAMING_VERBS or cue_at < 0 or span.continued or \
            not 0 < span.open_at - cue_at - len(cue) <= 6:
        return False
    if _VERB_TO_QUOTE.match(text[cue_at + len(cue):span.open_at]) is None:
        return False
    before = text[max(0, cue_at - 60):cue_at]
    if _PASSIVE_BEFORE.search(before) is None and _THING_BEFORE.search(before) is None:
        return False
    return span.close_at < 0 or _BY_AFTER.match(text, mark_end(text, span)) is None
