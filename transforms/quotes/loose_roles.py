"""Who "la integrante de Coendu" stands for when the article gave the role in longer words:
"Laura Ruiz, vecina del área e integrante de la ONG Conservación de Especies Nativas (Coendu),"
then "según contó la integrante de Coendu" (issue 16, held-out Spanish): the person whose
appositive holds the role's head noun with the body's name after it. One such person, or no one."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.names import is_person_like

_OF: Final = frozenset("de del da do das dos".split())
_NEAR_AFTER: Final = 160  # characters after the head noun read for the body's name
_NEAR_BEFORE: Final = 160  # characters before the head noun read for the name and its comma
_WINDOW: Final = 10_000
_MAX_SEEN: Final = 20
# At the start of a sentence: a name, a comma, then a lower-case description up to the head noun
# ("Laura Ruiz, vecina del área e "): no period, no quote mark, no other comma before the head.
_NAME_THEN_DESCRIPTION: Final = re.compile(
    r"((?:[^\W\d_][\w'’\-]*+[^\S\n]++){0,4}?[^\W\d_][\w'’\-]*+),[^\S\n]++[^\W\d_A-ZÁÉÍÓÚÑÇ][^.,;:\n“”\"«»]*+$")


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _NEAR_BEFORE)
    return max(text.rfind("\n", lo, pos) + 1, text.rfind(". ", lo, pos) + 2, lo)


def loose_role_holder(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The one person the article introduced with the head noun of ``mention`` ("la integrante
    de Coendu") in an appositive after their name, the body's name ("Coendu") after it, before
    ``before``; else None."""
    words = mention.strip(" .,;:").split()
    if not 4 <= len(words) <= 6 or words[0].lower() not in current_language().determiners or \
            words[1].lower() not in TITLES or words[2].lower() not in _OF or not words[-1][:1].isupper():
        return None
    head, body = words[1].lower(), words[-1].strip("()")
    lo = max(0, before - _WINDOW)
    low = text[lo:before].lower()
    found: set[str] = set()
    at, seen = low.find(head), 0
    while at >= 0 and seen < _MAX_SEEN and len(found) < 2:
        pos = lo + at
        if body in text[pos:min(before, pos + _NEAR_AFTER)]:
            s_lo = _sentence_start(text, pos)
            m = _NAME_THEN_DESCRIPTION.match(text, s_lo, pos)
            if m is not None and m.group(1)[:1].isupper() and all(w[:1].isupper() for w in m.group(1).split()) \
                    and len(m.group(1).split()) >= 2 and is_person_like(m.group(1)) and ctx.names.is_person(m.group(1)):
                found.add(ctx.names.fullest(m.group(1)))
        at, seen = low.find(head, at + len(head)), seen + 1
    return found.pop() if len(found) == 1 else None
