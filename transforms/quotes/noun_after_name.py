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
joined by "and" ("Ann Lee and Tom Hale report"): those stay verbs. So does a bare form after
a name that a preposition governs ("Officials in Ohio state that ...", "Fans across Europe hail
the move", "Doctors at Mercy General charge"): the name ends the subject's prepositional phrase,
the subject before it is plural (read45pn); "a man from Rakhine state, which ..." stays a noun
(no plural before the preposition, and a comma right after).
Any form of the word is a noun after an adjective of a nation or region that a quantifier, a
number or a preposition opens ("in many Asian states, and he has used “…”", "of Western states"; not "Union
Pacific claims", "The veteran Texan notes", "Mark Cuban claims": s61).
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.governed_name import GOVERNING, plural_before
from newsbeam.transforms.quotes.nationals import DEMONYMS


# Plurals without an -s that open a sentence as its subject ("People report that ...").
_BARE_PLURALS: Final = frozenset("people police staff children women men media public crew clergy "
                                 "cattle folks youth personnel faculty".split())
_PRONOUNS: Final = frozenset("i we they you".split())
# Cue words (lexicon.NOUNISH) whose noun is no speech nor a document.
_NOT_SPEECH: Final = frozenset("state brand rate term find charge counter snap thunder hail label blast "
                               "slam praise muse".split())


# Adjectives of a region that name no one alone (DEMONYMS has the nations').
_REGIONAL: Final = frozenset("Asian European African Arab Latin Western Eastern Nordic Scandinavian Baltic "
                             "Balkan Caribbean Pacific Atlantic Gulf Mideast Arctic".split())
# Words before an adjective of a nation that make its phrase a noun's ("many Asian states").
_BEFORE_ADJECTIVE: Final = frozenset("many most some several all other few both in of from among across "
                                     "throughout between two three four five six seven eight nine ten dozen".split())
# Words after a noun that a verb does not take right after it ("Rakhine state, which", "state of").
_AFTER_NOUN: Final = frozenset("which who where and or of is was has had whose".split())
_JOINED_REACH: Final = 5  # words before the last one read for an "and" that joins two names
_NAME_REACH: Final = 4  # capitalized words read back to the word that governs the name
# Prepositions that end a plural subject's phrase with a name ("Fans across Europe hail").


def noun_after_name(before: str, word: str, after: str = "") -> bool:
    """Whether the cue ``word`` (lower case, in NOUNISH) after the text ``before`` (a short
    window ending at the cue) is a compound's noun: ``word`` in its bare form (no -s), the word
    before it capitalized, ending in a letter, not a plural that ends in -s, not a pronoun, not a
    plural without an -s, and no "and" just before it that joins it to another name; nor a name
    that a preposition governs after a plural ("Officials in Ohio state that"), unless the text
    ``after`` the cue ends the phrase there ("people from Rakhine state, which")."""
    words = before.split()
    if len(words) > 1 and (words[-1] in _REGIONAL or words[-1] in DEMONYMS) and words[-2] in _BEFORE_ADJECTIVE:
        return True  # "in many Asian states", "of Western states": a noun (s61)
    if word not in _NOT_SPEECH or not words:
        return False
    prev = words[-1]
    if not prev[:1].isupper() or not prev[-1:].isalpha():
        return False
    low = prev.lower()
    if low.endswith("s") or low in _PRONOUNS or low in _BARE_PLURALS:
        return False
    if any(w in ("and", "&") for w in words[-_JOINED_REACH:-1]):
        return False
    k = len(words) - 1
    while k > 0 and len(words) - k <= _NAME_REACH and words[k - 1][:1].isupper():
        k -= 1
    if k > 1 and words[k - 1] in GOVERNING and plural_before(words[k - 2]) and not _ends_phrase(after):
        return False  # "Officials in Ohio state that": a verb
    return True


def _ends_phrase(after: str) -> bool:
    """Whether the text right after the cue ends a noun phrase ("people from Rakhine state, which
    ...", "in Borno state and"): punctuation or a word a verb never has right after it."""
    rest = after.lstrip(" ")
    if not rest or not rest[0].isalpha():
        return True
    return rest.split(None, 1)[0].lower().strip(",.;:") in _AFTER_NOUN
