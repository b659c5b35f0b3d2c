"""``"…," Ann Lee and Tom Hale wrote.``: two people named after a quote, joined by "and", then
the reporting verb (rule ``coordinated_after``). ``after_quote`` reads one phrase before its cue
and finds none here; the annotation guide credits the first named ("said authors Ann Lee and Jo
Roe" -> Ann Lee; "Lee and her colleagues" -> Ann Lee).

Only when the first phrase is a person's full name (two words or more once a title is split off,
no organisation) and the second is another full name, a kin or colleague phrase ("her husband",
"his colleagues") or "others", with at most an "of <Organisation>" after it, and the quote's
words end on a comma, "?" or "!" (the sentence goes on into its attribution): two capitalized
names joined by "and" alone are too often one body's name ("Health and Human Services",
"Procter and Gamble"). English. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import according, mark_end
from newsbeam.transforms.quotes.trailing import tail_lead_end

_READ: Final = 240  # characters after the closing mark read for the attribution (bounded)
_NAME_WORD: Final = r"[A-Z][\w'’.\-]{0,30}"
# What stands between the first name and the verb: "and", then a second full name, a possessive
# with one noun ("her husband") or "others"/"colleagues", then at most "of" and an organisation.
_SECOND: Final = re.compile(
    r"[^\S\n]+and[^\S\n]+(?:(?P<name>" + _NAME_WORD + r"(?:[^\S\n]+" + _NAME_WORD + r"){1,3})"
    r"|(?:his|her|their)[^\S\n]+[a-z\-]{2,20}|others|colleagues)"
    r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][^,.;:!?\n\"“”]{0,80})?[^\S\n]*")
_OPEN_ENDINGS: Final = ",!?"
_CLAUSE_END: Final = re.compile(r"[.;:!?\n“”\"]")
# Verbs that relay someone else's words ("quoted the coach", "cited the report").
_RELAYING: Final = frozenset("quoted quoting cited citing".split())


def coordinated_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """The first of two people named between a quote and the reporting verb after it."""
    text, span = site.text, site.span
    if current_language().code != "en" or span.close_at < 0 or ctx.cues is None:
        return None
    lo = mark_end(text, span)
    inside = text[span.open_at + 1:span.close_at].rstrip()
    if not inside or inside[-1] not in _OPEN_ENDINGS and not text.startswith(",", lo):
        return None  # a quote that closes its sentence: the words after it start a new one
    hi = min(site.tail_hi, lo + _READ)
    pos = tail_lead_end(text, lo, hi)
    cue = ctx.cues.first(pos, hi)
    if cue is None or according(cue.word) or cue.word.split()[0].lower().endswith("ing"):
        return None
    stop = _CLAUSE_END.search(text, cue.e, hi)
    if cue.word.lower() in _RELAYING or ctx.cues.first(cue.e, stop.start() if stop else hi) is not None:
        return None  # "recalled their mother telling them", "quoted their coach as saying": another's words
    np = np_after(text, pos, cue.s)
    if np is None:
        return None
    name = split_title(text[np[0]:np[1]])
    if len(name.split()) < 2 or not is_person_like(name) or is_org(name):
        return None
    second = _SECOND.fullmatch(text, np[1], cue.s)
    if second is None:
        return None
    other = second.group("name")
    if other is not None and (not is_person_like(other) or is_org(other)):
        return None
    return finding(text, np, cue)
