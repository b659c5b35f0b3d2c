"""A short quoted exclamation or question set off as a sentence (rule ``short_sentence``):
``said, “Enough!”``, ``die Frage: „Bin ich normal?“``, a paragraph that is only ``“Thank
you!”``. Three words or fewer with no one named are otherwise taken for the writer's scare
quote; a "!" or "?" of the quote's own, after a colon, a comma or a sentence's end (where
kinds.kind_of already reads a sentence, ``direct``), makes them something said or asked:
``direct``, null when no one is named (the guide: imagined, suggested or chanted speech is
direct). A term, a name or a title after a word of the writer's sentence (``host of
“Jeopardy!”``) is read as ``partial`` by kind_of and is left alone; so is a motto, a slogan or a
catchphrase named just before (``his catchphrase, “Holy cow!”``, ``a new mantra: “…!”``): the
guide calls mottos scare. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.kinds import WORD_NOUNS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS

_CLOSING: Final = " \t\"'“”‘’»«›‹."
# Nouns for a saying that is a name rather than speech (with kinds.WORD_NOUNS: word, name,
# slogan, label ...), in the languages of the extractor.
_SAYING_NOUNS: Final = WORD_NOUNS | frozenset("""
motto mottos mantra mantras catchphrase catchphrases tagline taglines refrain watchword
battle-cry rallying title titles headline headlines hashtag
devise leitspruch wahlspruch parole lema eslogan lemas lema
""".split())
_LOOK_BACK: Final = 60  # characters before the quote read for such a noun


def is_short_sentence(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` ends on its own "!" or "?" (a full stop after them aside), holds a word, and
    no noun for a motto, a slogan or a word stands in the four words before it."""
    body = quoted.rstrip(_CLOSING)
    if body[-1:] not in ("!", "?", "！", "？") or WORDS.search(body) is None:
        return False
    before = WORDS.findall(text, max(0, span.open_at - _LOOK_BACK), max(0, span.open_at))[-4:]
    return not any(w.lower() in _SAYING_NOUNS for w in before)
