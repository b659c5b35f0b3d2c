"""The German rule for a quote that one party quotes from another: "„...“, zitiert die Zeitung
den Forscher Karl Obermaier" and "Die Zeitung zitiert den Forscher Karl Obermaier mit den
Worten: „...“". The subject of "zitiert" is the one who quotes (an outlet, often); the person
in its accusative object spoke the words. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.lexicon_de import TITLE_SUFFIXES
from newsbeam.transforms.quotes.names_de import is_role_noun

_READ: Final = 200  # characters of the quote's sentence read on either side of the quote (bounded)
# The verb of quoting someone, then (after its subject) the accusative article of the object.
_QUOTES: Final = re.compile(r"\b(zitiert|zitierte|zitieren|zitierten)[^\S\n]+")
_OBJECT: Final = re.compile(r"\b(?:den|die)[^\S\n]+")
_WORD: Final = re.compile(r"[^\W\d_][\w’'.\-]{0,30}")
_STOPS: Final = ".!?\n„“”\"«»"


def _sentence_part(text: str, lo: int, hi: int, forward: bool) -> tuple[int, int]:
    """The part of ``text[lo:hi]`` that stays in the quote's sentence: up to the first stop going
    away from the quote (a stop after an initial, "John F.", does not end it)."""
    if forward:
        for k in range(lo, hi):
            if text[k] in _STOPS and not (text[k] == "." and k >= 2 and text[k - 2:k - 1].isspace()
                                          and text[k - 1].isupper()):
                return lo, k
        return lo, hi
    for k in range(hi - 1, lo - 1, -1):
        if text[k] in ".!?\n":
            return k + 1, hi
    return lo, hi


def _object_name(text: str, lo: int, hi: int, inverted: bool) -> tuple[str, int] | None:
    """The person named in the accusative object of "zitiert" in ``text[lo:hi]``, with the verb's
    offset: the first run of two or more capitalized words after "den"/"die", role words and
    acronyms before the name left out ("den leitenden Wissenschaftler des NIF John Moody" ->
    "John Moody"). ``inverted``: the verb's subject follows it ("„...“, zitiert die Zeitung den
    ..."), and the object comes after that subject."""
    verb = _QUOTES.search(text, lo, hi)
    if verb is None:
        return None
    obj = _OBJECT.search(text, verb.end(), hi)
    if inverted and obj is not None and obj.start() == verb.end():
        obj = _OBJECT.search(text, obj.end(), hi)  # "zitiert die Zeitung den ...": that one is the subject
    if obj is None or obj.start() - verb.end() > 60:
        return None
    run: list[str] = []
    first_at = -1  # where the run starts: right after the article, its first word is a noun
    for m in _WORD.finditer(text, obj.end(), hi):
        word = m.group().rstrip(".,;:")
        gap = text[m.start() - 1:m.start()]
        if run and not gap.isspace():
            break
        low = word.lower()
        if word[:1].isupper() and not word.isupper() and not is_role_noun(low) and low not in TITLE_SUFFIXES:
            if not run:
                first_at = m.start()
            run.append(word)
            continue
        if len(run) >= 2:
            break
        run = []
        if word in ("mit", "und", "als", "auf", "im", "in", "zu", "über"):
            break  # "mit den Worten", "mit Bezug auf": the object has ended
    if len(run) >= 3 and first_at == obj.end():
        run = run[1:]  # "den Verkehrsplaner Jonas Wendt"
    name = " ".join(run)
    if len(run) < 2 or not is_person_like(name) or is_org(name):
        return None
    return name, verb.start(1)


def quoted_object(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, "„...“, zitiert T3N den Physiker John Moody" or "T3N zitiert den Physiker John
    Moody mit den Worten: „...“": the words are the person's in the object of "zitiert", not
    its subject's."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    found = None
    if span.close_at >= 0:
        lo = span.close_at + 1
        a, b = _sentence_part(text, lo, min(site.tail_hi, lo + _READ), forward=True)
        if text[a:a + 12].lstrip(" ,\u00a0")[:7].lower().startswith("zitiert"):
            found = _object_name(text, a, b, inverted=True)
    if found is None:
        a, b = _sentence_part(text, max(site.sent_lo, span.open_at - _READ), span.open_at, forward=False)
        if text.find("zitier", a, b) >= 0 and text[a:b].rstrip().endswith(":"):
            found = _object_name(text, a, b, inverted=False)
    if found is None:
        return None
    name, at = found
    return Finding(name, text[at:text.find(" ", at)], "explicit", at)
