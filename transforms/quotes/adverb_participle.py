"""A sentence that opens on an adverb and a participle, then a comma: "Long regarded as the
architect of the revival, Ann Lee resigned, saying ...", "Widely seen as a moderate, Tom Hale
...", "Best known for his novels, Jim Cole ...". The phrase describes the subject after the
comma, which phrases.subject_of then reads (a reporting participle later in the sentence,
"saying", is that subject's). Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import LY_WORDS

# Adverbs without -ly that open such a phrase.
_ADVERBS: Final = frozenset("long once best well most already newly ever still".split())
# Past participles without -ed.
_IRREGULAR: Final = frozenset("""
known seen thought held born grown chosen written given taken built made led brought caught
sworn shown drawn elected
""".split())


def opens_on_adverb_participle(toks: list[tuple[int, int, str]]) -> bool:
    """Whether ``toks`` (a sentence's words) open on a capitalized adverb ("Long", "Widely")
    and a lowercase participle ("regarded", "seen", "praising")."""
    if len(toks) < 3:
        return False
    first, second = toks[0][2], toks[1][2]
    low = first.lower()
    adverb = low in _ADVERBS or len(low) > 4 and low.endswith("ly") and low not in LY_WORDS
    return first[:1].isupper() and adverb and second.isalpha() and second.islower() and (
        second.endswith(("ed", "ing")) or second in _IRREGULAR) and _subject_after_comma(toks)


def _subject_after_comma(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the phrase's first comma (within 25 words) is followed by a subject: a capitalized
    word or a determiner ("..., Ann Lee resigned", "..., the team's owner"), not a participle or a
    conjunction ("Connolly resigned with immediate effect, saying ...": a surname in -ly and its
    verb, not an adverb and a participle)."""
    for k in range(2, min(len(toks) - 1, 25)):
        if toks[k][2] == ",":
            nxt = toks[k + 1][2]
            return nxt[:1].isupper() or nxt.lower() in _DETERMINERS
    return False


_DETERMINERS: Final = frozenset("the a an his her its their our this that these those".split())
