"""A spokesperson named by the kind of the body they speak for, written in lower case: "A
commission spokeswoman described the figure as “exceptional”" after "The Halvard Electoral
Commission published …", "“…,” a department spokesperson said." after "The U.S. State
Department said …" (stop 57; was no one). The body is the one the sentence before the quote's
opens on, as its subject, when that sentence names no other of its kind; else no one ("a ministry
spokesman" of an unnamed ministry, or of one of two ministries named). English only. Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, ORG_HEADS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.tokens import Sentences, sentence_before
from newsbeam.transforms.quotes.titles import split_title

_SPOKESPERSON: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he)[^\S\n]+([a-z]{3,20})[^\S\n]+(?:spokes(?:man|woman|person)|press[^\S\n]+officer)")
# Heads that name a kind of body, not a place or an outlet ("a city spokesman" is the city's own
# office, named as often by the place as by a body).
_HEADS: Final = ORG_HEADS - frozenset("""city county state states nation nations kingdom republic daily gazette
guardian herald journal magazine news post press review telegraph times tribune weekly house palace""".split())
_OF_NAME: Final = re.compile(r"[^\S\n]of(?:[^\S\n]the)?(?:[^\S\n][A-Z][\w.'’&\-]{0,30}){1,4}")  # "of Health", "of Canada"
_BACK: Final = 1_500  # characters before the sentence read for another body of the kind (bounded)
# A sentence that opens on a body's name (its article left out): capitalized words, then the head.
_OPENING_BODY: Final = re.compile(r"(?:The[^\S\n]+)?((?:(?!The[^\S\n])[A-Z][\w.'’&\-]{0,30}[^\S\n]+){0,5}([A-Z][a-z]{2,20}))\b")


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
    if not nxt or not nxt[0][:1].islower() or nxt[0] in ("and", "or") or nxt[0] in TITLES or nxt[0] in ROLE_WORDS:
        return None  # the body is the sentence's subject, alone: not "The Health Ministry and the Finance Ministry"
    if re.search(rf"[A-Z][\w.'’&\-]{{0,30}}[^\S\n]+{body.group(2)}\b", text[body.end():prev[1]]):
        return None  # "…, a figure the Interior Ministry disputed": two of that kind, which one speaks is a guess
    words = body.group(1).split()
    if words[0].lower() in FUNCTION_WORDS or words[0].endswith(("’s", "'s")):
        return None
    name = " ".join(words) + (of.group(0) if (of := _OF_NAME.match(text, body.end())) else "")  # "… Ministry of Health"
    if " " not in name:
        return None  # "The Ministry said": a body's head alone names no one
    for other in re.finditer(rf"[A-Z][\w.'’&\-]{{0,30}}[^\S\n]+{body.group(2)}\b", text[max(0, prev[0] - _BACK):prev[0]]):
        if other.group(0).split()[0] not in name.split():
            return None  # another body of the kind named shortly before: which one speaks is a guess
    return name


# "The Northern Shipowners' Association has issued a statement": the capitalized name right before
# a verb of issuing, then the document's indefinite article (the mention the rules read).
_ISSUED: Final = re.compile(
    r"((?:[A-Z][\w.'’&\-]{0,30}[^\S\n]+){0,5}[A-Z][\w.'’&\-]{0,30})[^\S\n]+(?:(?:has|have|had)[^\S\n]+)?"
    r"(?:issued|released|put[^\S\n]+out|published|posted|sent)[^\S\n]+$")
_DOCUMENTS: Final = frozenset("statement release letter report post message note".split())
_ISSUED_BACK: Final = 120  # characters before the document read for its issuer (bounded)


def issuer_of_document(mention: str, text: str, at: int) -> str | None:
    """Who issued the document ``mention`` ("a statement") that stands at ``at``: "The Northern
    Shipowners' Association has issued a statement warning that the levy “…”" is the
    association's (stop 57; was no one): a name of two words or more (or an acronym) that opens
    its sentence, after an article, a function word or a day only ("Meanwhile Tom Hale has
    issued …"), its owner kept ("Ukraine's Foreign Ministry") and a title left out; not a name
    inside the subject ("The family of murdered schoolgirl Ann Lee have released …", "Lawyers
    for Tom Hale", "Only one Republican": the second read's traps). Else None."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() not in ("a", "an") or words[1] not in _DOCUMENTS or at < 0:
        return None
    m = _ISSUED.search(text, max(0, at - _ISSUED_BACK), at)
    if m is None:
        return None
    lo = max(0, at - _ISSUED_BACK)
    stop = max(text.rfind(". ", lo, m.start(1)), text.rfind("\n", lo, m.start(1)), text.rfind(": ", lo, m.start(1)),
               text.rfind(", ", lo, m.start(1)))  # ("Following a late meeting, the Security Council issued …")
    if stop < 0 and lo > 0:
        return None  # the sentence's start is out of reach
    name = (text[stop + 1 if stop >= 0 else lo:m.start(1)] + m.group(1)).split()
    while name and (name[0] in ("The", "A", "An") or trim(name[0]).lower() in FUNCTION_WORDS or trim(name[0]) in CALENDAR):
        if name.pop(0).lower() in ("in", "at", "from") and len(name) > 2:
            name.pop(0)  # "In London Tom Hale has issued …": the place after the preposition
        # ("Meanwhile Tom Hale has issued …", "On Monday, Tom Hale …")
    if not name or any(w[:1].islower() for w in name) or len(name) < 2 and not name[0].isupper():
        return None
    if plural_of_people(trim(name[-1]).lower()) or re.fullmatch(r"[A-Z]{2,6}s", name[-1]) or \
            name[-1].endswith("s") and not name[-1].endswith("ss") and trim(name[-1]).lower() not in ORG_HEADS:
        return None  # "Senior Conservative MPs", "Angry Lagos Traders", "League Clubs": a group, no one named
    joined = " ".join(name)
    return joined if "’s " in joined or "'s " in joined else split_title(joined) or None
