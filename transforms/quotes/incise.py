"""French incises: the attribution written inside the quote marks.

French typography keeps the guillemets open around a short attribution that interrupts the
quotation: « Cette loi est injuste, affirme-t-elle. Nous irons jusqu'au bout. » A reader sees
two quotes by one speaker, with the writer's "affirme-t-elle" between them. ``split_incises``
cuts such a span in two: the first part ends where the incise begins (its ``close_at`` is the
comma or dash that opens the incise, so the rules read the incise as the words after the quote:
``inverted_pronoun`` for "affirme-t-elle", ``after_quote`` for ", explique Claire Dubois"), and
the second part begins after the incise's sentence (its ``open_at`` is the space before it, and
``previous_quote`` gives it the first part's speaker).

Only the unmistakable shapes are cut: a French reporting verb with its pronoun after it
("glisse-t-il", "a-t-elle ajouté", "dit-il") or with a capitalized name after it ("explique
Claire Dubois"), right after a comma or a dash, and an incise that ends its sentence (". " and a
capital) or goes on after a comma, within ``_MAX_INCISE`` characters. Pure functions.
"""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.marks import Span

_MAX_INCISE = 160
# The opening of an incise: a comma or a dash, then the verb and its subject.
_OPENER = re.compile(r",[^\S\n]++|(?<=[^\S\n])[\u2013\u2014][^\S\n]++")
_INVERTED = re.compile(
    r"(?:(?:a|avait|aurait)-t-(?:il|elle)[^\S\n]++(?:\w+[^\S\n]++)??([^\W\d_]++)"  # a-t-il (aussi) ajouté
    r"|([^\W\d_]++)-(?:t-)?(?:il|elle|ils|elles))\b")  # glisse-t-il, dit-elle
_NAMED = re.compile(r"([^\W\d_]++)[^\S\n]++(?:[A-ZÀ-Ý][\w'’\-]*+[^\S\n]*+){1,4}")  # explique Claire Dubois
# Where the incise ends: its sentence ends and the quotation goes on with a capital, or a comma
# and the sentence goes on.
_END = re.compile(r"[.!?…][^\S\n]++(?=[^\W\d_])|,[^\S\n]++(?=[^\W\d_])|(?<=[^\S\n])[\u2013\u2014][^\S\n]++")


def _incise_at(text: str, lo: int, hi: int, cues: frozenset[str]) -> tuple[int, int] | None:
    """(where the incise opens, where the quotation resumes) of the first incise in
    ``text[lo:hi]``, or None. A quotation resumes at ``hi`` when the incise ends it."""
    for m in _OPENER.finditer(text, lo, hi):
        at = m.end()
        inv = _INVERTED.match(text, at, hi)
        if inv is not None:
            verb = inv.group(1) or inv.group(2)
            head_end = inv.end()
        else:
            named = _NAMED.match(text, at, hi)
            if named is None:
                continue
            verb, head_end = named.group(1), named.end()
            while text[head_end - 1].isspace():
                head_end -= 1
        if verb.lower() not in cues or m.start() <= lo:
            continue
        end = _END.search(text, head_end, min(hi, head_end + _MAX_INCISE))
        if end is None:
            rest = text[head_end:hi].strip()
            if len(rest) <= _MAX_INCISE and rest[-1:] in (".", "") and not any(c in rest for c in "«»\""):
                return m.start(), hi  # « ..., dit-il. »: the incise closes the quotation
            continue
        if any(c in text[head_end:end.start()] for c in "«»\"“”"):
            continue
        return m.start(), end.end()
    return None


def split_incises(text: str, spans: list[Span], cues: frozenset[str]) -> list[Span]:
    """``spans`` with each span that holds a French incise cut in two around it (at most four
    cuts per span); the others unchanged."""
    out: list[Span] = []
    for span in spans:
        rest: Span | None = span
        for _ in range(4):
            assert rest is not None
            found = _incise_at(text, rest.start, rest.end, cues)
            if found is None:
                break
            cut, resume = found
            first_end = cut + 1 if text[cut] == "," else cut  # the comma stays with the words
            while first_end > rest.start and text[first_end - 1].isspace():
                first_end -= 1
            out.append(rest._replace(end=first_end, close_at=cut))  # the comma or dash: its "mark"
            if resume >= rest.end:
                rest = None  # the incise closes the quotation
                break
            rest = rest._replace(start=resume, open_at=resume - 1, continued=False)
        if rest is not None:
            out.append(rest)
    return out
