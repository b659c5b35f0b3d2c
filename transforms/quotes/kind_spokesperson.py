"""A spokesperson named by the kind of the body they speak for, written in lower case: "A
commission spokeswoman described the figure as “exceptional”" after "The Halvard Electoral
Commission published …", "“…,” a department spokesperson said." after "The U.S. State
Department said …" (stop 57; was no one). The body is the one the article has named with that
head word shortly before, when it has named exactly one; else no one ("a ministry spokesman" of
an unnamed ministry, or of one of two ministries named). English only. Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import ORG_HEADS
from newsbeam.transforms.quotes.titles import split_title

_SPOKESPERSON: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he)[^\S\n]+([a-z]{3,20})[^\S\n]+(?:spokes(?:man|woman|person)|press[^\S\n]+officer)")
# Heads that name a kind of body, not a place or an outlet ("a city spokesman" is the city's own
# office, named as often by the place as by a body).
_HEADS: Final = ORG_HEADS - frozenset("""city county state states nation nations kingdom republic daily gazette
guardian herald journal magazine news post press review telegraph times tribune weekly house palace""".split())
_BACK: Final = 1_500  # characters read back for the body's name (bounded)
_NAMES: Final = 4  # distinct bodies of that head read (bounded)


def spokesperson_of_kind(mention: str, text: str, before: int) -> str | None:
    """The body a spokesperson ``mention`` ("a commission spokeswoman") speaks for: the one
    capitalized name ending on that head that ``text`` writes in the ``_BACK`` characters before
    ``before`` (its article "The" and a possessive left out), if there is exactly one; else None."""
    m = _SPOKESPERSON.fullmatch(mention.strip())
    if m is None or m.group(1) not in _HEADS:
        return None
    head = m.group(1).capitalize()
    found: set[str] = set()
    for name in re.finditer(rf"((?:[A-Z][\w.'’&\-]*[^\S\n]+){{1,5}}){head}\b", text[max(0, before - _BACK):before]):
        words = name.group(0).split()
        while words and words[0] in ("The", "A", "An", "In", "On", "At", "By", "For", "From"):
            words.pop(0)  # "The U.S. State Department", a sentence's first word
        if len(words) >= 2:
            found.add(" ".join(words))
        if len(found) >= _NAMES:
            break
    return found.pop() if len(found) == 1 else None


# "The Northern Shipowners' Association has issued a statement": the capitalized name right before
# a verb of issuing, then the document's indefinite article (the mention the rules read).
_ISSUED: Final = re.compile(
    r"((?:[A-Z][\w.'’&\-]{0,30}[^\S\n]+){0,5}[A-Z][\w.'’&\-]{0,30})[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?"
    r"(?:issued|released|put[^\S\n]+out|published|posted|sent)[^\S\n]+$")
_DOCUMENTS: Final = frozenset("statement release letter report post message note".split())
_GOVERNED: Final = [[w] for w in "for of to from with by and at on in".split()]  # a name inside a phrase
_ISSUED_BACK: Final = 120  # characters before the document read for its issuer (bounded)


def issuer_of_document(mention: str, text: str, at: int) -> str | None:
    """Who issued the document ``mention`` ("a statement") that stands at ``at``: "The Northern
    Shipowners' Association has issued a statement warning that the levy “…”" is the
    association's (stop 57; was no one), the name's article and a title left out; else None."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() not in ("a", "an") or words[1] not in _DOCUMENTS or at < 0:
        return None
    m = _ISSUED.search(text, max(0, at - _ISSUED_BACK), at)
    if m is None or text[max(0, m.start(1) - 12):m.start(1)].split()[-1:] in _GOVERNED:
        return None  # "Lawyers for Tom Hale have issued a statement": the lawyers'
    name = m.group(1).split()
    while name and name[0] in ("The", "A", "An"):
        name.pop(0)
    return split_title(" ".join(name)) or None if name else None
