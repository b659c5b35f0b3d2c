"""Whether a sentence between an antecedent and a quote opens on a person's definite
description: "La présidente du tribunal a rejeté …", "Der Bürgermeister der Nachbargemeinde
sieht das anders." Someone unnamed came in there, and a pronoun or a description after it may
stand for them, not for the person named before (rather null than wrong). One test for the rules
that ask it (headline_person and headline_antecedent in French, described_antecedent in German):
each language gives its pattern (group ``noun`` the description's head noun, ``article`` its
article) and the caller its test of a person's noun. Pure functions, bounded regexes."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# French: a definite or possessive description opening a sentence or a line: "La présidente du
# tribunal", "Sa porte-parole", "L'entraîneur de l'équipe adverse".
DESCRIBED_FR: Final = re.compile(r"(?:^|(?<=[.!?»\n])[^\S\n]{0,3}|\n)(?P<article>(?:Le|La|Sa|Son|Leur|Cette|Ce|Notre)"
                                 r"[^\S\n]{1,3}|L['’])(?P<noun>[^\W\d_](?:[^\W\d_]|-){1,30})", re.MULTILINE)
# German: "Der Bürgermeister der Nachbargemeinde", "Die neue Schulleiterin" (up to two lower-case
# words before the noun).
DESCRIBED_DE: Final = re.compile(r"(?<=[.!?\n“”])[^\S\n]{0,3}(?P<article>Der|Die)[^\S\n]{1,3}"
                                 r"(?:[a-zäöüß0-9][\w\-]{1,25}[^\S\n]{1,3}){0,2}(?P<noun>[A-ZÄÖÜ][\w\-]{2,40})")
_PATTERNS: Final = {"fr": DESCRIBED_FR, "de": DESCRIBED_DE}


def opens_on_description(text: str, lo: int, hi: int, code: str,
                         is_person: Callable[[re.Match[str]], bool]) -> bool:
    """Whether a sentence of ``text[lo:hi]`` opens on a description in language ``code`` whose
    match ``is_person`` takes for one person's (False for a language with no pattern)."""
    pattern = _PATTERNS.get(code)
    return pattern is not None and any(is_person(m) for m in pattern.finditer(text, lo, hi))
