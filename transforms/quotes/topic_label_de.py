"""The German label that names a speaker and the topic of the words, then a colon, with no verb:
``Trainer Uwe Brandt über den ersten Heimsieg: „...“``, ``Tanja Roth zu ihrem dritten Platz:
„...“``, ``Karl Obermaier, Chef der Stadtwerke, zur neuen Verordnung: „...“``. Reports that
collect voices after a match, a vote or a year write them this way, and English reads its own
version (``Uwe Brandt on the first home win: "..."``) through the colon lead-in. In German the
colon lead-in takes the last capitalized word before the colon (``Heimsieg``, a date's month),
and a name before a colon is kept only when the article gives it as a person elsewhere, so the
quote stayed null. Pure functions.

The label must open its sentence on the name (after role words at most), the preposition must
open a phrase on an article, a possessive or a number (``über den``, ``zu seinem``, ``zum``,
``zur``), and the phrase must hold no further mark, quote or sentence (a date's "15." aside): ``Anna Weber zu Gast in
Wien:`` (no article) and a name inside a sentence (``Ein Buch von Anna Weber über den Krieg:``)
are no such label."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.titles import split_title

TOPIC_LABEL: Final = "topic_label"

_READ: Final = 160  # characters of the label read back from the opening mark (bounded)
_CAP: Final = r"[A-ZÄÖÜ][\w’'\-.]{0,30}"
# Up to three role words before the name ("Essens Trainer", "Der Steuerexperte", "Bahn-Chef").
_ROLE: Final = rf"(?:(?:Der|Die|Den|Dem)[^\S\n]+)?(?:{_CAP}[^\S\n]+){{0,3}}"
# A parenthesis ("(Trainer FC Musterstadt)") or an apposition between commas ("Chef der Firma")
# after the name: at most 80 characters, no mark, colon or sentence inside.
_AFTER_NAME: Final = r"(?:[^\S\n]*\([^()\n:„“”»«\"]{1,80}\)|[^\S\n]*,[^,\n:„“”»«\".!?]{1,80},)?"
_PREPOSITION: Final = r"(?:über|zu|zum|zur)"
# What the preposition's phrase opens on: an article, a possessive, a number or an ordinal.
_PHRASE_OPEN: Final = r"(?:(?:de[nmrs]|die|das|ein|eine[mnr]?|sein|seine[mnr]?|ihr|ihre[mnr]?|unse?re?[mnr]?|\d{1,4}\.?)[^\S\n]+)?"
_DATE_BEFORE: Final = re.compile(r"\d{1,2}\.[^\S\n]*$")
_LABEL: Final = re.compile(
    rf"({_ROLE})({_CAP}(?:[^\S\n]+{_CAP}){{1,2}}){_AFTER_NAME}[^\S\n]+({_PREPOSITION})[^\S\n]+"
    rf"({_PHRASE_OPEN})(?:[^\n:„“”»«\".!?;]|(?<=\d)\.){{1,80}}:[^\S\n]*")


def topic_label(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, the name that opens a colon's label of speaker and topic (see the module's
    docstring), or None."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    lo = site.sent_lo
    para = text.rfind("\n", 0, lo) + 1
    for _ in range(2):  # "am 15. Dezember:": a date's period ends no sentence here
        if lo <= para or ctx.sentences is None or not _DATE_BEFORE.search(text, max(para, lo - 8), lo):
            break
        lo = ctx.sentences.start(para, lo - 2)
    if span.open_at - lo > _READ:
        return None
    m = _LABEL.fullmatch(text, lo, span.open_at)
    if m is None:
        return None
    if m.group(3) in ("über", "zu") and not m.group(4):
        return None  # "Anna Weber zu Gast in Wien:", "über Nacht": no phrase on an article
    name = split_title(m.group(2)) if is_person_like(m.group(2)) else ""
    words = name.split()
    if len(words) < 2 or is_org(name) or any(is_role_noun(w.lower()) for w in words):
        return None
    if first_name_sex(name) is None and not ctx.names.is_person(name):
        return None  # a capitalized noun pair ("Neue Studie über ..."), no given name
    return Finding(name, m.group(3), "explicit", m.start(2), TOPIC_LABEL)
