"""Speakers with no name: an unnamed source and what places it ("a source familiar with the
talks"), and a plain plural subject of a cue ("foster carers keep asking"). The words a reader
keeps of a speaker who stays null. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, GROUP_WORDS, PRONOUNS


# An unnamed source and what places it ("a source familiar with the talks", "two people close to
# Lee", "one official briefed on the plan"), read whole as the mention (rule ``placed_source``): the
# words a reader keeps of an unnamed speaker (null), not the person it is close to.
_SOURCE_HEAD: Final = (r"(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Tt]he)[^\S\n]+"
                r"(?:[a-z][a-z\-]{0,20}+[^\S\n]+){0,3}?(?:sources?|officials?|aides?|person|people|advis[eo]rs?|"
                r"insiders?|allies|ally|staffers?|strategists?|operatives?|members?|diplomats?|lawmakers?|"
                r"associates?|confidants?)[^\S\n]+(?:familiar[^\S\n]+with|close[^\S\n]+to|briefed[^\S\n]+on|"
                r"with[^\S\n]+(?:direct[^\S\n]+|first-hand[^\S\n]+)?knowledge[^\S\n]+of|knowledgeable[^\S\n]+about|"
                r"privy[^\S\n]+to)[^\S\n]+(?:[^,;:!?.“”\"()\n]|(?:(?<=Gov)|(?<=Sen)|(?<=Rep)|(?<=Mrs)|(?<=Mr)|(?<=Ms)|(?<=Dr)|(?<=Gen))\.){1,80}?")
_SOURCE_AFTER: Final = re.compile(_SOURCE_HEAD + r"(?=[^\S\n]*(?:[,;:!?.“”\"()\n]|$))")
_SOURCE_WHOLE: Final = re.compile(_SOURCE_HEAD)
_SOURCE_BEFORE: Final = re.compile(r"(?<![\w'’])" + _SOURCE_HEAD + r"[^\S\n]+(?:(?:also|later|then|has|had|have|was|were)[^\S\n]+)*$")


def placed_source_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """"said a source familiar with the talks": the whole unnamed source, from ``pos``."""
    if current_language().code != "en":
        return None
    m = _SOURCE_AFTER.match(text, pos, min(hi, pos + 160))
    return m.span() if m else None


def is_placed_source(mention: str) -> bool:
    """``mention`` is an unnamed source and what places it, whole: no one named (null)."""
    return current_language().code == "en" and _SOURCE_WHOLE.fullmatch(mention.strip()) is not None


def placed_source_before(text: str, pos: int, lo: int) -> tuple[int, int] | None:
    """"a source familiar with the talks said": the whole unnamed source, ending before ``pos``."""
    if current_language().code != "en":
        return None
    lo = max(lo, pos - 160)
    m = _SOURCE_BEFORE.search(text, lo, pos)
    if m is None:
        return None
    end = m.start() + len(text[m.start():pos].rstrip())
    for word in ("also", "later", "then", "has", "had", "have", "was", "were"):
        if text[m.start():end].endswith(" " + word):
            end -= len(word) + 1
            end = m.start() + len(text[m.start():end].rstrip())
    return m.start(), end


# Verbs a plain subject keeps before its cue: "parents keep asking", "critics have asked".
_CUE_AUXILIARIES: Final = frozenset("keep keeps kept are were is was have has had been will would still often "
                             "always also now again".split())
_PLAIN_PLURAL: Final = re.compile(r"[a-z][a-z-]{2,}s")


def group_subject(text: str, lo: int, cue_at: int) -> tuple[int, int] | None:
    """The plain plural noun right before a cue, past its auxiliaries, that is the cue's own
    subject: "the question foster carers keep asking:", "Critics ask:" (English): a group
    with no name, so the quote is no one's named, never the previous speaker's. With one plain
    word before it ("foster carers") as the mention."""
    lo = max(lo, cue_at - 80)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[lo:cue_at])]
    while words and words[-1][1].lower() in _CUE_AUXILIARIES and len(words) > 1:
        words.pop()
    if not words:
        return None
    at, word = words[-1]
    plain = word.lower() if at == 0 or len(words) == 1 else word  # capitalized only opening the sentence
    if not _PLAIN_PLURAL.fullmatch(plain) or plain.endswith(("ss", "us", "is", "ics")) and \
            plain not in GROUP_WORDS or plain in FUNCTION_WORDS or plain in PRONOUNS:
        return None
    start = lo + at
    if len(words) > 1 and words[-2][1].isalpha() and words[-2][1].islower() and \
            words[-2][1] not in FUNCTION_WORDS and words[-2][1] not in ("question", "questions"):
        start = lo + words[-2][0]
    return start, lo + at + len(word)
