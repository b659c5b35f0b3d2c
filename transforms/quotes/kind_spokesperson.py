"""A spokesperson named by the kind of the body they speak for, written in lower case: "A
commission spokeswoman described the figure as “exceptional”" after "The Halvard Electoral
Commission published …", "“…,” a department spokesperson said." after "The U.S. State
Department said …" (stop 57; was no one). The body is the one the article has named with that
head word shortly before, when it has named exactly one; else no one ("a ministry spokesman" of
an unnamed ministry, or of one of two ministries named). English only. Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ORG_HEADS
from newsbeam.transforms.quotes.tokens import Sentences, sentence_before
from newsbeam.transforms.quotes.titles import split_title

_SPOKESPERSON: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he)[^\S\n]+([a-z]{3,20})[^\S\n]+(?:spokes(?:man|woman|person)|press[^\S\n]+officer)")
# Heads that name a kind of body, not a place or an outlet ("a city spokesman" is the city's own
# office, named as often by the place as by a body).
_HEADS: Final = ORG_HEADS - frozenset("""city county state states nation nations kingdom republic daily gazette
guardian herald journal magazine news post press review telegraph times tribune weekly house palace""".split())
# A sentence that opens on a body's name (its article left out): capitalized words, then the head.
_OPENING_BODY: Final = re.compile(r"(?:The[^\S\n]+)?((?:[A-Z][\w.'’&\-]{0,30}[^\S\n]+){1,5}([A-Z][a-z]{2,20}))\b")


def spokesperson_of_kind(mention: str, text: str, before: int, sentences: Sentences | None) -> str | None:
    """The body a spokesperson ``mention`` ("a commission spokeswoman") speaks for: the one the
    sentence before the quote's (at ``before``) opens on, as its subject ("The Halvard Electoral
    Commission published …"), a capitalized name ending on that head; else None: a body named
    in passing or further back ("Ann Lee left the Conservative Party …", "Russia's Foreign
    Ministry summoned … / In Kyiv, officials …": the second read's traps)."""
    m = _SPOKESPERSON.fullmatch(mention.strip())
    if m is None or m.group(1) not in _HEADS or sentences is None:
        return None
    p_lo = text.rfind("\n", 0, before) + 1
    prev = sentence_before(text, sentences, 0, max(p_lo, sentences.start(p_lo, before)))
    if prev is None:
        return None
    body = _OPENING_BODY.match(text, prev[0], prev[1])
    if body is None or body.group(2) != m.group(1).capitalize():
        return None
    nxt = text[body.end():body.end() + 16].split()[:1]
    if not nxt or not nxt[0][:1].islower() or nxt[0] in ("and", "or"):
        return None  # the body is the sentence's subject, alone: not "The Health Ministry and the Finance Ministry"
    words = body.group(1).split()
    return " ".join(words) if words[0].lower() not in FUNCTION_WORDS and not words[0].endswith(("’s", "'s")) else None


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
    if m is None:
        return None
    lead = text[max(0, m.start(1) - 16):m.start(1)].split()[-1:]
    if lead in _GOVERNED or lead and lead[0].endswith("ing"):
        return None  # "Lawyers for Tom Hale", "The lawyer representing Tom Hale have issued …": theirs
    name = m.group(1).split()
    while name and (name[0] in ("The", "A", "An") or name[0].lower() in FUNCTION_WORDS):
        name.pop(0)  # "Meanwhile Tom Hale has issued …"
    return split_title(" ".join(name)) or None if name else None
