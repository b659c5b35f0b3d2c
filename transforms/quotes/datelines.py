"""An agency's dateline that opens a Spanish or Portuguese story on the sentence of its first
quote: "Guatemala, 12 oct (EFE).- El embajador ..., reconoció que «…»", "Lisboa, 3 mai (Lusa) -
O ministro ... afirmou que «…»". No full stop and space ends it, so the sentence splitter reads
the place as the first words of the sentence ("Guatemala" taken for its subject); the sentence
that leads into the quote starts after it. Pure functions; the regex is bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language

_LANGS: Final = frozenset(("es", "pt"))
# A place (and a date) up to the agency's name in parentheses, then ").-", ") -" or ") —": the
# place opens on a capital, the agency too ("EFE", "Europa Press", "Lusa", "Agência Brasil").
_DATELINE: Final = re.compile(
    r"[^\S\n]*[A-ZÀ-Þ][^\n().]{1,60}\([A-ZÀ-Þ][^\n()]{1,25}\)[^\S\n]{0,2}\.?[^\S\n]{0,2}[-–—]{1,2}[^\S\n]{1,3}")
_READ: Final = 100  # characters read from the sentence's start for a dateline


def past_dateline(text: str, lo: int, hi: int) -> int:
    """Where the sentence that starts at ``lo`` (before a quote at ``hi``) starts once an
    agency's dateline is left out: after it, or ``lo`` where none opens the sentence. A
    dateline opens on its place, never on an article."""
    if current_language().code not in _LANGS:
        return lo
    m = _DATELINE.match(text, lo, min(hi, lo + _READ))
    if m is None or m.group().split()[0].lower() in current_language().determiners:
        return lo  # "La diputada Ana Ruiz (PSOE) – conocida por …": a person and a party, no place
    return m.end()
