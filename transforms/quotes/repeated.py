"""A quote printed twice in an article: a pull quote or a teaser set above the story with no
attribution, and again in the text where the writer says who spoke. Both are that person's."""
from __future__ import annotations

import dataclasses
import re
from typing import Final

from newsbeam.schemas.records import Quote

# The name the rule is recorded under (``Quote.rule``): applied after ``rules.RULES``, to the
# quotes of the whole article.
REPEATED_QUOTE: Final = "repeated_quote"

# Fewer words than this are a phrase anyone may repeat ("fake news"), not one person's sentence.
_MIN_WORDS: Final = 6
_WORD: Final = re.compile(r"[^\W_]+")


def _key(text: str) -> tuple[str, ...] | None:
    """The quote's words in lower case, apostrophes dropped (so ’ and ' agree); None when too
    short to be one person's own sentence."""
    words = tuple(_WORD.findall(text.replace("’", "").replace("'", "").lower()))
    return words if len(words) >= _MIN_WORDS else None


def credit_repeated(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where a direct quote that no rule credited
    takes the speaker of a quote with the same words that the article attributes elsewhere
    (the first such, before or after it; never one credited only by inheritance, and never
    when the copies name different speakers)."""
    if len(quotes) < 2:
        return quotes
    # The words of the bare copies first: most articles have none of six words or more, and
    # then no credited quote's words need reading (only the keys of bare copies are looked up).
    bare: dict[int, tuple[str, ...]] = {}
    for k, q in enumerate(quotes):
        if q.speaker is None and q.attribution == "none" and q.kind == "direct":
            key = _key(q.text)
            if key is not None:
                bare[k] = key
    if not bare:
        return quotes
    wanted = frozenset(bare.values())
    credited: dict[tuple[str, ...], Quote | None] = {}
    for q in quotes:
        if q.speaker and q.attribution in ("explicit", "pronoun") and q.kind != "scare":
            key = _key(q.text)
            if key is not None and key in wanted:
                seen = credited.get(key, q)
                # Two speakers for the same words: no way to tell whose the bare copy is.
                credited[key] = q if seen is not None and seen.speaker == q.speaker else None
    if not credited:
        return quotes
    out = []
    for k, q in enumerate(quotes):
        if k in bare:
            source = credited.get(bare[k])
            if source is not None:
                q = dataclasses.replace(q, speaker=source.speaker, speaker_mention=source.speaker_mention,
                                        cue=source.cue, attribution="inherited", rule=REPEATED_QUOTE)
        out.append(q)
    return out
