"""``Mayor Tom Hale was criticized for the deal, though at a news conference he used stronger
words, saying the tax “must go.”``: a reporting participle after a later clause (opened by
"and", "but", "though", "while", "as", "when" ...) whose subject is "he" or "she" is that
clause's: the pronoun is the attribution's own words (its
``speaker_mention``), resolved like any pronoun, not the sentence's first subject (rule
``pronoun_clause``, recorded under that name). English; bounded: the clause opener is
looked for in the ``_REACH`` words before the pronoun. Not "they" ("after they came out":
the columns) nor clauses of time or cause ("Lee attacked Hale after he left, saying": Lee's).
Pure function."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

_PRONOUN: Final = re.compile(r"\b(he|she)[^\S\n]+([a-z]{2,20})\b")
_OPENERS: Final = frozenset("and but though although while as when yet".split())
# A full name right before the opener: "he" may be that one ("Lee praised Tom Hale, and he thanked
# her, saying", "Lee attacked Tom Hale as he left, saying"); left to the sentence subject.
_NAME_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+,?[^\S\n]+[a-z]+[^\S\n]+(?:he|she)\b")
_REACH: Final = 8  # words between a clause opener and its pronoun ("though in a news conference last week he")
# A pronoun after these is a complement's subject ("said he would", "that she"), not a clause's.
_COMPLEMENT: Final = frozenset("that said says say told tells believes believed thinks thought".split())


def pronoun_clause_subject(text: str, lo: int, at: int, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of the personal pronoun that opens the last clause before the participle at
    ``at`` (no comma or reporting verb between the opener and the pronoun, the pronoun's verb no
    reporting verb, at most one comma from it to the comma before the participle), when it comes
    after the sentence subject ``subj``; else None."""
    if current_language().code != "en" or subj is None:
        return None
    head_end = text.rfind(",", lo, at)
    if head_end < 0:
        return None
    last = None
    for m in _PRONOUN.finditer(text, subj[1], head_end):
        last = m
    if last is None or last.group(2) in CUES or text[last.end():head_end].count(",") > 1 or \
            _NAME_BEFORE.search(text, max(subj[1], last.start() - 60), last.end()):
        return None
    words = text[max(lo, subj[1]):last.start()].split()[-_REACH - 1:]
    if not words or words[-1].lower() in _COMPLEMENT:
        return None
    k = next((n for n in range(len(words) - 1, -1, -1) if words[n].lower().strip(",") in _OPENERS), None)
    if k is None or any("," in w or w.lower() in CUES for w in words[k:]):
        return None
    return last.start(1), last.end(1)


def person_subject(mention: str, ctx: ArticleContext | None) -> bool:
    """Whether the sentence subject is a person the pronoun can stand for, as
    ``antecedents.own_subject`` reads one: a full name that is no organisation, or a person the
    article already knows; else the clause is left to the sentence subject (a pronoun resolved
    past an unknown one-word name would land on someone else)."""
    if not is_person_like(mention) or mention.lower() in ("he", "she", "they"):
        return False
    name = split_title(mention)
    if not name or is_org(name):
        return False
    return len(name.split()) > 1 or ctx is not None and (
        ctx.names.fullest(name) in ctx.people or ctx.names.is_person(name))
