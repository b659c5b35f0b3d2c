"""A writer's sentence between two quotes that opens on another named person (issue 16, shape 1):
``“…,” said Ann Lee. Tom Hale, a councillor, disagreed. “…”`` -- the second quote does not go
on with Ann Lee (``rules_before.previous_quote``); the rules after it read the sentence before
(``reported_sentence_before``) or leave it null."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import DETERMINERS, KIN, ONE_PERSON, PRONOUNS, ROLE_WORDS
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.unlisted_heads import indefinite_description

_SENTENCES_READ: Final = 4


def someone_else_named(text: str, ctx: ArticleContext, lo: int, hi: int, mention: str) -> bool:
    """A sentence in ``text[lo:hi]`` (at most four) has for its subject a person the article names
    who is not the one ``mention`` names ("Tom Hale, a councillor, disagreed.", "Ms. Roe has
    denied it."): the quote after it is not the previous speaker's to go on with."""
    assert ctx.sentences is not None
    speaker = _fullest(ctx, mention)
    if not speaker and not indefinite_description(mention):
        return False  # (a pronoun or "the senator" may be the person named between: not read)
    for _ in range(_SENTENCES_READ):
        while lo < hi and text[lo].isspace():
            lo += 1
        if lo >= hi:
            return False
        end = ctx.sentences.end(lo, hi)
        subj = subject_of(text, lo, end)
        if subj is not None and subj[0] < end:
            if _someones_agent(text[subj[0]:subj[1]]):
                return True  # "Grant's deputy nodded.": someone else, unnamed
            other = _named(ctx, text[subj[0]:subj[1]], text, subj[1])
            if other and (not speaker or other != speaker and other not in speaker.split() and
                          speaker not in other.split()):
                # (after "as an American diplomat put it", "former employees": anyone named)
                return True
        lo = end
    return False


def _fullest(ctx: ArticleContext, mention: str) -> str | None:
    words = mention.split()
    if not words or mention.lower() in PRONOUNS or trim(words[0]) in DETERMINERS:
        return None
    name = split_title(mention)
    return ctx.names.fullest(name) if name else None


def _named(ctx: ArticleContext, mention: str, text: str, end: int) -> str | None:
    """The fullest name of the person ``mention`` (a sentence's subject) names, else None: not a
    possessive ("Lee's husband"), a pronoun, a description, nor a name that qualifies a noun."""
    words = mention.split()
    if not words or mention.endswith(("’s", "'s")) or mention.lower() in PRONOUNS or \
            trim(words[0]) in DETERMINERS or text[end:end + 3].startswith(("’s", "'s")):
        return None
    if not known_person(mention, ctx):
        return None
    return _fullest(ctx, mention)


# Who a possessive brings in as someone else: "Lee's lawyer", "Grant's deputy", "his wife".
_AGENTS: Final = ROLE_WORDS | KIN | ONE_PERSON | frozenset("friend colleague neighbour neighbor".split())


def _someones_agent(mention: str) -> bool:
    """``mention`` is a possessive and a lowercase noun for a person ("Lee's lawyer", "Ann
    Lee’s deputy"): someone new who is not the possessor."""
    words = mention.split()
    return 2 <= len(words) <= 4 and words[-2].endswith(("’s", "'s")) and words[-2][:1].isupper() and \
        words[-1].islower() and trim(words[-1]) in _AGENTS
