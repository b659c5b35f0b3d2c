"""Whether a capitalized word opens its sentence, where a language capitalizes any word: the one
test of the rules that ask whether a name is written capitalized inside a sentence too
(described_antecedent in German, surname_first_rom in Spanish and Portuguese), so both read the
same sentence ends. Pure function, bounded read (three characters before the word)."""
from __future__ import annotations

from typing import Final

# A sentence's or a line's end, a colon, or a quote mark (a quote opens its own sentence).
SENTENCE_ENDS: Final = ".!?:\n“”\"»«"
_READ: Final = 3  # characters read before the word (spaces, tabs and one end)


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a quote: nothing, or one of
    ``SENTENCE_ENDS``, before it (spaces and tabs aside)."""
    before = text[max(0, at - _READ):at].rstrip(" \t")
    return not before or before[-1] in SENTENCE_ENDS
