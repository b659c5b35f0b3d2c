"""Spanish and Portuguese "de acuerdo con X" / "de acordo com X" after a quote, closing its
sentence: "«La obra costará más», de acuerdo con el alcalde Ana Ruiz." -> Ana Ruiz. Opening a
sentence it is read by ``shapes.lead_in``; after a quote it works as "según" does, but as three
words it is no cue of the cue index. Mid-sentence elsewhere "estar de acuerdo con X" is to agree
with X, so only the comma-set phrase that ends the sentence counts. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ACCORDING_OPENERS
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

_READ: Final = 300  # characters of the sentence read after the closing mark (bounded)
_PHRASE: Final = {code: re.compile(r"[^\S\n]*+,[^\S\n]*+("
                            + "|".join(p.replace(" ", r"[^\S\n]++") for p in phrases) + r")[^\S\n]++",
                            re.IGNORECASE)
           for code, phrases in ACCORDING_OPENERS.items() if code in ("es", "pt")}
_END: Final = frozenset(".!?;,")  # the sentence ends, or an apposition follows (", alcalde de Lima.")


def according_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """In Spanish or Portuguese, ", de acuerdo con X." right after the closing mark, X ending the
    sentence or followed by its apposition: the quote is X's (the caller resolves a description to its holder, else null)."""
    pattern = _PHRASE.get(current_language().code)
    text, span = site.text, site.span
    if pattern is None or span.close_at < 0:
        return None
    lo = mark_end(text, span)
    hi = min(site.tail_hi, lo + _READ)
    m = pattern.match(text, lo, hi)
    if m is None:
        return None
    np = np_after(text, m.end(), hi)
    if np is None or text[np[1]:np[1] + 1] not in _END and text[np[1]:hi].strip():
        return None
    return finding(text, np, None, m.group(1).lower())
