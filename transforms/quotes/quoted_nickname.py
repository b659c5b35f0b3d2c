"""A nickname in quotation marks as the subject of a reporting verb, outside English: "“JOH”
(como se le conoce al expresidente) contestó que “...”", "“AMLO” dijo que “...”". Only an
acronym the article spells out as a person's name (the initials of "Juan Orlando Hernández")
counts; a quoted word before a verb is otherwise someone's words ("“Basta”, dijo ..."), so the
verb must open the quote's clause ("que" or ":" before the quote). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language

_NICK: Final = re.compile(r"[“\"«‘]([A-ZÁÉÍÓÚÑ]{2,5})[”\"»’][^\S\n]*+(?:\([^()\n]{0,80}\)[^\S\n]*+)?([^\W\d_]++)")
_WINDOW: Final = 300  # characters before the quote read for the nickname
_CLAUSE_MAX: Final = 250  # characters from the verb to the quote
_OPENS_QUOTE: Final = re.compile(r"(?:\bque|:)[^\S\n]*+$")


def quoted_nickname(site: Site, ctx: ArticleContext) -> Finding | None:
    """In the quote's sentence, a quoted acronym the article writes out as a person's name,
    right before a reporting verb (a parenthesis between them allowed) whose clause opens the
    quote: that person."""
    lang = current_language()
    if lang.code == "en":
        return None
    text, span = site.text, site.span
    assert ctx.sentences is not None
    lo = max(ctx.sentences.start(site.p_lo, span.open_at), span.open_at - _WINDOW)
    for m in _NICK.finditer(text, lo, span.open_at):
        if m.group(2).lower() not in lang.cues:
            continue
        between = text[m.end(2):span.open_at]
        if len(between) > _CLAUSE_MAX or "\n" in between or _OPENS_QUOTE.search(between) is None:
            continue
        name = ctx.names.expansion(m.group(1))
        if name is None or not ctx.names.is_person(name):
            continue
        return Finding(m.group(1), m.group(2), "explicit", m.start(2))
    return None
