"""A paragraph whose words before its quote are one or two short sentences of one personal pronoun
as their subject, naming no one ("Ella no se rinde.", "Elle ne baisse pas les bras."): the quote is
read as if it opened its paragraph, its pronoun or dropped subject going on to the paragraph before
(stop 47). One reading for ``pronouns_intl`` (a pronoun after the verb) and ``implied`` (a dropped
subject). Pure; bounded by ``_LEAD`` characters."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language

_LEAD: Final = 160  # characters of a paragraph's opening sentences of a pronoun
_SENTENCE_ENDS: Final = re.compile(r"(?<=[.!])[^\S\n]+")
_MARKS: Final = "\"“”„«»‚‘’›‹"
_GENDERS: Final = {"he": "m", "she": "f"}


def pronoun_lead(lead: str, pronoun: str) -> bool:
    """Whether ``lead`` is one or two sentences that open on ``pronoun`` (lower case) and name no
    one (no other capitalized word, no quote mark)."""
    if len(lead) > _LEAD or lead[-1:] not in (".", "!"):
        return False
    parts = [p.split() for p in _SENTENCE_ENDS.split(lead) if p.strip()]
    return 1 <= len(parts) <= 2 and all(
        len(words) >= 2 and words[0].lower() == pronoun and
        all(w[:1].islower() and not any(m in w for m in _MARKS) for w in words[1:]) for words in parts)


def pronoun_lead_gender(lead: str) -> str | None:
    """"m" or "f" when ``lead`` is such sentences of the language's "he" or "she", else None."""
    words = lead.split(None, 1)
    if not words:
        return None
    pronoun = words[0].lower()
    gender = _GENDERS.get(current_language().pronouns.get(pronoun) or "")
    return gender if gender is not None and pronoun_lead(lead, pronoun) else None
