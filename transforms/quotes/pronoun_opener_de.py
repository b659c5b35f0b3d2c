"""German: the subject of a partial quote's sentence that opens on "Er" or "Sie" and a verb in the
singular, after a sentence about one person: "Die Ärztin Maria Kolb sieht das anders. Sie hält die
Schließung für „fahrlässig“." (s63). ``shapes.sentence_subject`` reads English pronouns only; the
fallback for partial quotes (extract.py, through ``opening_verb.opening_verb_subject``) takes this
one as a pronoun mention, which the resolver gives to the one person of that sex named before, else
no one. A verb in "-en" ("Sie halten", "Sie nannten") is a plural "sie": no finding. Only where
the quote is the judgement of "hält … für" or "spricht von" (``considered_terms``, ``judged_terms``):
on any other verb ("Er quittiert mit „…“", "Sie markiert „…“") the quote is a name or a word as
often as the subject's (the held-out and gold reads of s63)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.considered_terms import considered_term
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.judged_terms import speaks_of

# "Er hält", "Sie wertete", "Doch sie sieht": group 1 or 2 the pronoun, 3 the verb (s63).
_OPENING: Final = re.compile(r"(?:(?:Doch|Aber|Und)[^\S\n]{1,3}+(er|sie)|(Er|Sie))[^\S\n]{1,3}+([a-zäöüß]{2,20}+)\b")
_PLURAL_FORMS: Final = frozenset(("sind", "tun"))  # plural verbs not in "-en"


def pronoun_opener(text: str, lo: int, hi: int) -> Finding | None:
    """"Er"/"Sie" opening ``text[lo:hi]`` and a verb in the singular, as a pronoun finding, when
    the quote opening at ``hi`` is what "hält … für" or "spricht von" gives."""
    m = _OPENING.match(text, lo, hi)
    if m is None or not (considered_term(text, hi, "de") or speaks_of(text, hi, lo)):
        return None
    verb = m.group(3)
    if verb.endswith("en") or verb in _PLURAL_FORMS:
        return None  # "Sie halten den Plan für „…“": they
    pronoun = (m.group(1) or m.group(2)).capitalize()
    return Finding(pronoun, verb, "pronoun", m.start(3))
