"""The rule ``heading_name``: a quote that makes up its paragraph under a heading that names its
speaker ("KARLA TARAZONA: ME CASTIGARON" then "“...”"), as in a collage of voices or an
interview's parts."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.tokens import mark_end

# A heading that names who speaks in the paragraphs under it: "KARLA TARAZONA: ME CASTIGARON",
# "Ann Lee: Nie wieder" (a collage of voices, an interview's parts). The name: one to four
# capitalized words, before a colon, in a short line that is not a sentence.
_HEADING_NAME: Final = re.compile(r"((?:[^\W\d_][\w'’.\-]*[^\S\n]+){0,3}[^\W\d_][\w'’\-]*):[^\S\n]+\S[^\n]{0,100}")
_HEADING_MAX: Final = 120


def heading_name(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote that makes up its whole paragraph, under a heading that opens on a name and a
    colon, is that person's: "MILENA ZÁRATE: MUY TRABAJADORA" then "“Un beso ...”"."""
    text, span = site.text, site.span
    if site.zone != "body" or not site.starts_paragraph or span.paragraph == 0 or span.close_at < 0:
        return None
    p_hi = site.paragraphs[span.paragraph][1]
    if text[mark_end(text, span):p_hi].strip(" .,;!?\"'“”«»„’"):
        return None  # words of the writer's after the quote
    h_lo, h_hi = site.paragraphs[span.paragraph - 1]
    heading = text[h_lo:h_hi].strip()
    if len(heading) > _HEADING_MAX or heading[-1:] in ".!?:\"“”»«„":
        return None
    m = _HEADING_NAME.fullmatch(heading)
    if m is None:
        return None
    name = m.group(1)
    words = name.split()
    if not all(w[:1].isupper() for w in words) or any(w.lower() in FUNCTION_WORDS for w in words) \
            or any(w.lower() in current_language().function_words for w in words):
        return None
    if len(words) == 1 and not _collage(text, site.paragraphs, span.paragraph - 1):
        return None  # "ECONOMÍA: EL PLAN": a topic, unless other headings name people the same way
    if name.isupper():
        name = name.title()  # a heading in capitals: "MILENA ZÁRATE" is Milena Zárate
    return Finding(name, "heading", "explicit", h_lo)


def _collage(text: str, paragraphs: list[tuple[int, int]], own: int) -> bool:
    """Another paragraph of the article is a heading of a full name and a colon ("ADRIANA
    QUEVEDO: MI MAMI ..."): a collage of voices, where a heading of one word ("LUCECITA: ...")
    is someone called by one name."""
    for k, (lo, hi) in enumerate(paragraphs[:400]):
        if k == own or hi - lo > _HEADING_MAX:
            continue
        m = _HEADING_NAME.fullmatch(text[lo:hi].strip())
        if m and len(m.group(1).split()) >= 2 and all(w[:1].isupper() for w in m.group(1).split()):
            return True
    return False
