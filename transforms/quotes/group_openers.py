"""English: a sentence that opens on an unnamed group as its subject ("Rights groups are estimating
...", "Some analysts said ...", "Critics argue ..."): a quote in it, or after it, with no
attribution of its own does not go on with the speaker quoted before (issue 16: a new speaker
enters unnamed; rather null than the last name). Pure, bounded: the first words of the sentence."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, GROUP_WORDS
from newsbeam.transforms.quotes.tokens import trim

# Plural heads of a group of people or bodies that no one names. Parties ("Democrats") and the
# team words a study's lead speaks for ("researchers", "colleagues") are named or resolved elsewhere.
_GROUP_HEADS: Final = (GROUP_WORDS | frozenset("groups organizations organisations activists campaigners".split())) \
    - frozenset("democrats republicans researchers co-authors coauthors collaborators colleagues most "
                "majority minority percent others staff".split())
# Quantifiers that may open the group ("Some analysts", "Many residents"); a definite "the" refers
# back to a group or team named before and is left alone.
_QUANTIFIERS: Final = frozenset("some many several other few most numerous".split())
_MODIFIERS_MAX: Final = 3


def opening_group(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the unnamed plural group that opens the sentence at ``lo`` (before ``hi``) stands,
    when it is the sentence's subject: a capitalized first word, an optional quantifier, at most
    three modifiers (no function words), a plural group head, then a lowercase word (its verb);
    else None."""
    while lo < hi and text[lo].isspace():
        lo += 1
    words = text[lo:min(hi, lo + 80)].split(None, _MODIFIERS_MAX + 3)[:_MODIFIERS_MAX + 3]
    if len(words) < 2 or not words[0][:1].isupper():
        return None  # a clause inside the sentence ("..., and that the aides were “…”"), no opening
    k = 1 if trim(words[0]) in _QUANTIFIERS else 0
    for n in range(k, min(len(words) - 1, k + _MODIFIERS_MAX + 1)):
        word = words[n]
        if not word.replace("-", "").replace("’", "").replace("'", "").isalpha() or trim(word) in FUNCTION_WORDS:
            return None  # a comma, a number, a quote, "to", "that": no plain noun phrase
        if trim(word) in _GROUP_HEADS:
            if not (words[n + 1][:1].islower() and (n > 0 or word[:1].isupper())):
                return None
            end = lo
            for w in words[:n + 1]:
                at = text.find(w, end, hi)
                if at < 0:
                    return None
                end = at + len(w)
            return lo, end
    return None
