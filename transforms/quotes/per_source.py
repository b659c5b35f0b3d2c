"""Rule ``per_source`` (issue 16, stop 45): English "per X" for "according to X", the way trade
and industry newsletters write it: "Demand is “softer than it looks,” per Corin Mabe.", "Per
Mabe, demand is “softer than it looks.”", "Shipments will slow, per Mabe: “Buyers are waiting.”".

"per" is no cue of the cue index (it is mostly "per cent", "per share", "per year"), and "as per"
opening a sentence is read by ``shapes.lead_in``. Here "per" counts only set right against the
quote (after its closing mark, ending the sentence or before an apposition; or right before the
opening mark, nothing but a comma or colon between), or opening the sentence, set off by a comma,
with no verb of saying between it and the quote. X must be a name (``names.is_person_like``:
"per FIFA rules", "per Article 5" are no speakers). A "per X" after the quote whose own sentence
names its speaker with a verb of saying before it is the source that reports the speaker, not
the speaker (stop 45, second read: "Ferris said the market is “a casino,” per Mabe." is Ferris's;
the guide: when an outlet quotes a person, the person speaks). English only. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

PER_SOURCE: Final = "per_source"  # the name the rule is recorded under

_READ: Final = 160  # characters read on either side of the quote (bounded)
_PER: Final = re.compile(r"\b[Pp]er[^\S\n]++(?=[A-Z])")
_AFTER: Final = re.compile(r"[^\S\n]*+,?[^\S\n]*+per[^\S\n]++(?=[A-Z])")
_BETWEEN: Final = frozenset(("", ",", ":"))  # between the source and the opening mark
_END: Final = frozenset(".!?;,")  # after the source: the sentence ends or an apposition follows


def _source(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    np = np_after(text, pos, hi)
    if np is None or not is_person_like(text[np[0]:np[1]]) or text[np[0]:np[0] + 1].isdigit():
        return None
    return np


def _reported(text: str, ctx: ArticleContext, lo: int, at: int) -> bool:
    """A verb of saying stands in the sentence before the quote, not as its first word (a cue
    word opening the sentence is a noun: "Demand is “soft,” per X")."""
    assert ctx.cues is not None
    return any(text[lo:cue.s].strip() for cue in ctx.cues.between(lo, at))


def per_source(site: Site, ctx: ArticleContext) -> Finding | None:
    """The source of "per X" set against the quote or opening its sentence (see the module)."""
    if current_language().code != "en":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    end = mark_end(text, span) if span.close_at >= 0 else span.open_at
    hi = min(site.tail_hi, end + _READ)
    if "per " not in text[lo:hi] and "Per " not in text[lo:hi]:
        return None  # most quotes have no "per" around them
    for m in _PER.finditer(text, lo, span.open_at):
        np = _source(text, m.end(), span.open_at)
        if np is None:
            continue
        between = text[np[1]:span.open_at].strip()
        opens = not text[site.sent_lo:m.start()].strip() and text[np[1]:np[1] + 1] == "," and \
            ctx.cues is not None and ctx.cues.first(np[1], span.open_at) is None
        if between in _BETWEEN or opens:
            return finding(text, np, None, "per", PER_SOURCE)
    if span.close_at < 0:
        return None
    after = _AFTER.match(text, end, hi)
    if after is None or ctx.cues is None or _reported(text, ctx, site.sent_lo, span.open_at):
        return None  # "Ferris said the market is “a casino,” per Mabe.": Mabe reports Ferris's words
    np = _source(text, after.end(), hi)
    if np is None or text[np[1]:np[1] + 1] not in _END and text[np[1]:hi].strip():
        return None
    return finding(text, np, None, "per", PER_SOURCE)
