"""``During the debate, Ann Lee cracked, "That is rich."``: a person named as the subject of the
quote's sentence, one past-tense verb the lexicon does not know, a comma or a colon, and the quote
(English; issue 16 shape 7, stop 49). The after-quote order had this already ("“…,” Oliver
barked.": ``trailing._unlisted_verb``); before the quote a verb not in the lexicon left the quote
to no one. The subject must open the sentence or follow an opening phrase and its comma, be a name
of two words or more shaped like a person's, and the verb must be the only word between it and
the mark: "Ann Lee arrived on Monday, “…”" is no attribution. Pure; reads the quote's sentence.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, TITLES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.tokens import trim

UNLISTED_LEAD: Final = "unlisted_lead"
# A name of two to four capitalized words, one verb in -ed, a comma or a colon, at the quote.
_NAME_VERB: Final = re.compile(r"((?:[A-Z][\w'’.\-]{0,30}+[^\S\n]){1,3}[A-Z][\w'’\-]{0,30}+)[^\S\n]+"
                               r"([a-z]{2,20}ed)[,:][^\S\n]*+$")
_LEAD_SCAN: Final = 120  # characters before the quote read for the name and the verb


def unlisted_lead(site: Site, ctx: ArticleContext) -> Finding | None:
    """The person who opens the quote's sentence (or follows its opening phrase and comma), when
    only one verb in -ed and a comma or colon stand between them and the quote (English)."""
    if current_language().code != "en":
        return None
    text, open_at = site.text, site.span.open_at
    lo = max(site.sent_lo, open_at - _LEAD_SCAN)
    if text.find("ed", lo, open_at) < 0:
        return None
    m = _NAME_VERB.search(text, lo, open_at)
    if m is None:
        return None
    before = text[site.sent_lo:m.start()].rstrip()
    if before and not before.endswith(","):
        return None  # "The crowd watched as Ann Lee arrived, “…”": not the sentence's subject
    mention = m.group(1)
    words = [trim(w) for w in mention.split()]
    if any(w in FUNCTION_WORDS for w in words) or words[0] in TITLES and len(words) == 2 or \
            not is_person_like(mention) or is_org(mention):
        return None
    return Finding(mention, m.group(2), "explicit", m.start(2), UNLISTED_LEAD)
