"""A quote that a frame around it says is a title or a name (s51): "„Heite grob ma Tote
aus“ heißt eins davon", "„…“ ist ihr Titel", "die Firma nannte sich „…“", "betitelt: „…“",
"the book, titled “…”", "“…” is its title", and a reference list's
"Autorin (2008): „…“". The words are a work's or a thing's name, no one's speech, whatever
their shape (a whole sentence, a capital): scare (``known_as.known_as_before`` asks this too).

A frame of saying is no naming frame: "„…“, heißt es in der Erklärung" (a comma, then "es")
reports words; "heißt" right after the closing mark and no "es" names the quote. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span

_BEFORE_READ: Final = 60  # characters before the opening mark read
_AFTER_READ: Final = 60  # characters after the closing mark read
# (Not a motto or a slogan: "„…“ ist ihr Motto" is hers, as a person's own words; nor "the title:",
# a championship's in sport.)
_TITLE_NOUNS: Final = r"Titel|Untertitel|Arbeitstitel|Name|title|subtitle|name|titre|título"
# Before the quote: a naming verb with no agent.
_BEFORE: Final = re.compile(
    r"(?:\b(?:nennt|nannte|nannten|nennen)\s+sich(?:\s+[a-zäöüß]{2,12}){0,2}"
    r"|\b(?:betitelt|überschrieben|titled|entitled|subtitled|intitulée?s?|titulad[oa]s?)\s*:?)\s*$", re.IGNORECASE)
# A reference list's entry: its line opens on authors' names (capitalized words, "&", "und",
# "et al.") and their year, then the title: "Müller & Roth (2008): „…“" (read51: not "Anna Roth
# sagte im Interview (2019): „…“", a sentence).
_REFERENCE: Final = re.compile(r"^[^\S\n]*(?:(?:[A-ZÄÖÜ][\w.’'\-]*|&|und|and|et|al\.|u\.a\.),?[^\S\n]+){0,8}"
                               r"(?:[A-ZÄÖÜ][\w.’'\-]*,?[^\S\n]*)\(\d{4}[a-z]?\)[^\S\n]*[:.,]?[^\S\n]*$")
# After the quote, with no comma: "heißt"/"lautet" naming it, or "is/ist their title".
_AFTER: Final = re.compile(
    r"\s+(?:(?:heißt|hieß|hießen|heißen)\s+(?!es\b)"
    r"|(?:lautet|lautete)\s+(?:der|die|das|ihr|ihre|sein|seine|unser)\s+(?:[a-zäöüß]+\s+)?(?:" + _TITLE_NOUNS + r")\b"
    r"|(?:ist|war|is|was)\s+(?:der|die|das|ihr|ihre|sein|seine|unser|the|its|their|her|his|our)\s+"
    r"(?:[a-zäöüß]+\s+)?(?:" + _TITLE_NOUNS + r")\b)")


_AS_IF: Final = re.compile(r"\bnach\s+dem\s+Motto\s*:?\s*$", re.IGNORECASE)


def titled_by_frame(text: str, span: Span) -> bool:
    """Whether the words around the quote at ``span`` name it a title, a name or a motto."""
    if span.continued or span.open_at < 0:
        return False
    before = text[max(0, span.open_at - _BEFORE_READ):span.open_at]
    line = text[text.rfind("\n", max(0, span.open_at - _BEFORE_READ), span.open_at) + 1:span.open_at]
    if _REFERENCE.match(line) is not None:
        return True
    if _BEFORE.search(before) is not None:
        # ("nach dem Motto: „Die vor uns haben alles falsch gemacht!“": as if to say, imagined
        # speech, direct: the guide's)
        return _AS_IF.search(before) is None
    if span.close_at < 0:
        return False
    after = span.close_at + 1
    return _AFTER.match(text[after:after + _AFTER_READ]) is not None
