"""A cue word whose noun means no speech, right after a capitalized word, is a compound's noun (issue 16).

"mocking GOP state leaders as “obsessed”", "the Persian term for it", "her personal Ivanka
brand": a cue word that is also a noun (lexicon.NOUNISH) in its bare form, right after a
capitalized word, is that word's compound ("GOP state", "Persian term"). Only words whose noun
is no kind of speech count (``_NOT_SPEECH``: a state, a brand, a term, a rate): a noun of speech
there is a document whose owner speaks ("Bush's Facebook post: “…”", "the GAO report found"),
which the attribution rules read as a cue on purpose.
A singular name before a verb in the present takes the verb's -s ("Lee states", "Lee reports"),
and a past or a modal stands between otherwise ("Lee will report"); so the bare form can follow
only a plural subject. Plural subjects that are capitalized without an -s are a sentence's first
word ("People report", "Police report", "Staff claim"), a pronoun ("I", "We", "They") or names
joined by "and" ("Ann Lee and Tom Hale report"): those stay verbs.
"""
from __future__ import annotations

from typing import Final

# Plurals without an -s that open a sentence as its subject ("People report that ...").
_BARE_PLURALS: Final = frozenset("people police staff children women men media public crew clergy "
                                 "cattle folks youth personnel faculty".split())
_PRONOUNS: Final = frozenset("i we they you".split())
# Cue words (lexicon.NOUNISH) whose noun is no speech nor a document.
_NOT_SPEECH: Final = frozenset("state brand rate term find charge counter snap thunder hail label blast "
                               "slam praise muse".split())


_JOINED_REACH: Final = 5  # words before the last one read for an "and" that joins two names


def noun_after_name(before: str, word: str) -> bool:
    """Whether the cue ``word`` (lower case, in NOUNISH) after the text ``before`` (a short
    window ending at the cue) is a compound's noun: ``word`` in its bare form (no -s), the word
    before it capitalized, ending in a letter, not a plural that ends in -s, not a pronoun, not a
    plural without an -s, and no "and" just before it that joins it to another name."""
    words = before.split()
    if word not in _NOT_SPEECH or not words:
        return False
    prev = words[-1]
    if not prev[:1].isupper() or not prev[-1:].isalpha():
        return False
    low = prev.lower()
    if low.endswith("s") or low in _PRONOUNS or low in _BARE_PLURALS:
        return False
    return not any(w in ("and", "&") for w in words[-_JOINED_REACH:-1])
