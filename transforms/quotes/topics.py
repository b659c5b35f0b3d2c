"""What a sentence says before its subject: "As for Ruiz, she is sure ...: “...”" is Ruiz's
(issue 16). (Skipping the pronoun rule whenever any capitalized word comes before the pronoun was
tried: "But back on Dutch soil, he returned to ...:" would lose its right speaker.) And a
one-word "subject" that is a modifier cut off by the lower-case noun after it (s54): in "Olympic
champion Tessa Brandt updated fans from her bed: “…”", the subject reader stops at "champion" (no
role word) and "Olympic" became the speaker; a capitalized word, a lower-case noun, then a
capitalized name of two or three words: the name is the subject."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES

# "As for Ana Ruiz, she": up to four capitalized words between "As for" and the comma.
_AS_FOR: Final = re.compile(r"[^\S\n]*+As[^\S\n]+for[^\S\n]+([A-Z][\w’'.-]{0,30}(?:[^\S\n]+[A-Z][\w’'.-]{0,30}){0,3}),"
                     r"[^\S\n]*+$")
_MAX_LEAD: Final = 300


def fronted_topic(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The span of the name in "As for <Name>, " when it is all that comes between ``lo`` (the
    sentence start) and ``at`` (its pronoun subject)."""
    if at - lo > _MAX_LEAD:
        return None
    m = _AS_FOR.match(text, lo, at)
    return m.span(1) if m else None


# After a one-word subject: a lower-case noun, then a capitalized name of two or three words
# ("Olympic| champion Tessa Brandt", "LPGA| pro Suzann Pettersen"): group 1 the noun (a role word,
# a title or a sport's noun: never a verb, "Trump attacked Joe Biden:"), group 2 the name.
_SPORT_NOUNS: Final = frozenset("champion pro star legend ace great".split())
_MODIFIER_THEN_NAME: Final = re.compile(r"[^\S\n]{1,3}([a-z]{2,20})[^\S\n]{1,3}([A-Z][a-z]{1,30}"
                                        r"(?:[^\S\n]{1,3}[A-Z][\w\-]{1,30}){1,2})(?![\w\-])")


def past_modifier(text: str, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject ``subj``, or the name after it where it is one word that a lower-case noun and
    a capitalized name follow ("Olympic champion Tessa Brandt" -> "Tessa Brandt")."""
    if subj is None or " " in text[subj[0]:subj[1]]:
        return subj
    m = _MODIFIER_THEN_NAME.match(text, subj[1])
    if m is None or not (m.group(1) in ROLE_WORDS or m.group(1) in TITLES or m.group(1) in _SPORT_NOUNS):
        return subj  # ("Trump attacked Joe Biden:": a verb, the name its object; final read)
    if text[m.end(2):m.end(2) + 1] in ("’", "'"):
        return None  # "Olympic champion Tessa Brandt's coach": the coach, unnamed (read54)
    return m.start(2), m.end(2)
