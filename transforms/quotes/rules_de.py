"""The attribution rule that reads a German postposition (in ``RULES``, rules.py): "Anna Weidlich
zufolge sind die Preise „völlig überzogen“" is Weidlich's, as "laut Anna Weidlich" is. Pure."""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

_READ = 300  # characters of the quote's sentence read back from its opening mark (bounded)
# One to four capitalized words (initials and hyphens allowed), then "zufolge".
_ZUFOLGE = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,30}[^\S\n]{1,3}){1,4})zufolge\b")


def according_postposition(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, a person's name right before "zufolge" in the quote's sentence, before its
    opening mark: the quote is that person's. A body or a document ("Dem Bericht zufolge", "der
    Polizei zufolge") is no one here: the next rules read on."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    if text.find("zufolge", lo, span.open_at) < 0:
        return None
    m = _ZUFOLGE.search(text, lo, span.open_at)
    if m is None:
        return None
    words = m.group(1).split()
    lang = current_language()
    while words and (words[0].lower() in lang.function_words or words[0].lower() in FUNCTION_WORDS):
        words.pop(0)  # "Dem", "Der": the article before the role word or the name
    name = split_title(" ".join(words)) if words else ""
    if not name or any(w.lower() in lang.function_words for w in name.split()):
        return None
    if not (ctx.names.is_person(name) or len(name.split()) >= 2 and is_person_like(name) and not is_org(name)):
        return None
    return Finding(name, "zufolge", "explicit", m.start(1))
