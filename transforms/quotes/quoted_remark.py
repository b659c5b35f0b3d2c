"""The rule ``quoted_remark``: a quote set between a possessive and a noun of speech, "Reed's
“lazy workers” remark", "his “fix it now” promise", "Romney's “47 percent” comment" (pn43,
issue 16). The possessor said the quoted words, whoever the sentence is about: "Lee criticized
Reed's “lazy workers” remark" quotes Reed, not Lee (``lead_in`` read Lee, the subject of the
sentence's verb); "Reed's “lazy workers” comment drew anger" is no scare quote of the writer's.

The evidence is the shape alone, so it is read narrowly: the word right before the opening mark
is a person's possessive (a name's, or "his", "her", "their"; never "its"), and the word right
after the closing mark is a noun that names words said (``REMARK_NOUNS``). Nouns that name a
thing made of words rather than something said ("slogan", "campaign", "line", "speech") stay
out: a slogan or a title is the writer's scare quote by the guide. English only. Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.possessed_speech import possessor
from newsbeam.transforms.quotes.tokens import mark_end, tokens

QUOTED_REMARK: Final = "quoted_remark"  # the rule's name (rules.RULES, Quote.rule)
# Nouns right after the closing mark that name words someone said: "his “…” remark".
REMARK_NOUNS: Final = frozenset("""
remark remarks comment comments claim claims promise pledge vow warning quip quips jibe jibes jab
barb taunt insult slur boast gaffe tweet tweets retort joke admission accusation description
characterization characterisation
""".split())
_NOUN_AFTER: Final = re.compile(r"[^\S\n]{1,3}([a-z]+)\b")
_CHARS_BEFORE: Final = 80  # characters read before the opening mark for the possessor


def quoted_remark(site: Site, ctx: ArticleContext) -> Finding | None:
    """Rule ``quoted_remark``: the possessor right before a quote that a noun of speech right
    after it names as someone's words ("Reed's “…” remark": Reed)."""
    span, text = site.span, site.text
    if current_language().code != "en" or span.close_at < 0 or span.open_at <= 0:
        return None
    after = _NOUN_AFTER.match(text, mark_end(text, span))
    if after is None or after.group(1) not in REMARK_NOUNS:
        return None
    toks = tokens(text, max(site.p_lo, span.open_at - _CHARS_BEFORE), span.open_at)
    if not toks or text[toks[-1][1]:span.open_at].strip():
        return None  # something other than spaces between the possessive and the mark
    owner = possessor(toks, len(toks) - 1)
    if owner is None:
        return None
    return Finding(owner[0], after.group(1), owner[1], after.start(1))
