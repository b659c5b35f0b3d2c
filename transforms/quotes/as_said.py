""""As X said" outside English: "un despegue “turbulento”, como él mismo dijo" (also "como el
mismo dijo", without the accent), "como ella misma dijo, un comienzo “turbulento”", "comme il
l'a dit", "wie er selbst sagte", "como ele mesmo disse". A quote in the sentence of such a clause is X's words (partial); the rule ``as_said``
credits it to X (a name, or a pronoun resolved like any other). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site, sentence_window
from newsbeam.transforms.quotes.language import current as current_language

# "el mismo" is "él mismo" written without its accent: "el" is a pronoun only before "mismo"/"misma".
_SUBJECT: Final = (r"(él|ella|ele|ela|il|elle|er|sie|el(?=[^\S\n]++mism[oa]\b)"
            r"|[A-ZÀ-Ý][\w'’\-]*+(?:[^\S\n]++(?:de[^\S\n]++|da[^\S\n]++|von[^\S\n]++)?[A-ZÀ-Ý][\w'’\-]*+){0,3})")
_AS: Final = re.compile(
    r"(?<!\w)(?:como|comme|wie)[^\S\n]++" + _SUBJECT +
    r"(?:[^\S\n]++(?:mismo|misma|mesmo|mesma|même|selbst))?"
    r"(?:[^\S\n]++(?:lo|l[’']|o|es|das))?[^\S\n]*+"
    r"(?:(?:a|avait|ha|había|hat|hatte)[^\S\n]++)?"
    r"([^\W\d_]++)(?:[^\S\n]++(?:hat|hatte))?[^\S\n]*+[,)]")
_WINDOW: Final = 300


def as_said(site: Site, ctx: ArticleContext) -> Finding | None:
    """"como él mismo dijo," in the quote's sentence, before the quote or right after it: the
    subject of that clause said the quoted words."""
    lang = current_language()
    if lang.code == "en":
        return None
    text, span = site.text, site.span
    lo, hi = sentence_window(site, ctx, _WINDOW)
    found = None
    for m in _AS.finditer(text, lo, hi):
        if span.open_at <= m.start() < span.end:
            continue  # inside the quoted words
        subject = "él" if m.group(1) == "el" else m.group(1)  # "como el mismo dijo"
        if m.group(2).lower() in lang.cues and (subject.lower() in lang.pronouns or
                                                 subject.split()[0].lower() not in lang.function_words):
            found = m
            if m.start() > span.open_at:
                break
    if found is None:
        return None
    mention = "él" if found.group(1) == "el" else found.group(1)
    return Finding(mention, found.group(2), "explicit", found.start(2))
