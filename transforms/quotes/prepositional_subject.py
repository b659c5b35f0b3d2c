"""English: a name right after a preposition inside a sentence's subject is not who speaks.
"A lawyer for Tom Hale said", "A regional court in Dover declared", "Officials in Dover warned",
"some lawmakers within the governor's own Harbor Party, who labeled": the subject before the
verb ends on a name, but the one who speaks is the description the preposition hangs from (the
lawyer, the court, the officials; null unless resolved). A spokesperson or representative "for"
a named body speaks for it ("A spokeswoman for the Harbor Trust said"), and is left as found.
Pure functions, used by ``rules.lead_in_rule``."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.lexicon import (
    CUES, DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, NOMINAL_HEADS, ORG_HEADS, TITLES)
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

# Prepositions that hang a name off a description: "a lawyer for", "a court in", "members of".
_PREPOSITIONS: Final = frozenset("of for in at from within inside outside near among across".split())
# Heads that speak for the body after "for" / "of" (annotation guide: the organisation speaks).
_SPEAKS_FOR: Final = frozenset("""
spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
representatives statement campaign office state press
""".split())
# Heads of people and bodies the lexicon's lists do not hold.
_MORE_HEADS: Final = frozenset("tribunal body relative relatives members".split())
_LOOK_BACK: Final = 100  # characters before the name read for the description
_BETWEEN_MAX: Final = 3  # determiners and possessives between the preposition and the name


def _skippable(word: str) -> bool:
    """A word between a preposition and the name: "the", "its", "the governor's", "own"."""
    low = word.lower()
    return low in DETERMINERS or low == "own" or low.endswith(("'s", "’s")) and len(low) > 2


def description_start(text: str, sent_lo: int, at: int) -> int:
    """Where the description that the name at ``at`` hangs from starts (its first word), when
    the words before the name are "<description> <preposition> [the ...]"; -1 otherwise (no
    preposition there, a spokesperson for a body, or a verb before the preposition)."""
    lo = max(sent_lo, at - _LOOK_BACK)
    words = text[lo:at].split()
    if text[lo:at][-1:].isspace() is False and words:
        return -1  # the name does not start a word
    k = len(words) - 1
    skipped = 0
    while k >= 0 and skipped < _BETWEEN_MAX and _skippable(words[k]) and words[k].lower() not in _PREPOSITIONS:
        k -= 1
        skipped += 1
    if k < 1 or words[k] not in _PREPOSITIONS:
        return -1
    head = words[k - 1]
    low = head.lower()
    if not head.isalpha() or low in _SPEAKS_FOR or low in FUNCTION_WORDS or low in CUES:
        return -1
    first = k - 1 == 0 and lo == sent_lo
    if not (head.islower() or first and (low in GROUP_WORDS or low in NOMINAL_HEADS)):
        return -1  # "Secretary of State Ann Lee": a title, not a description
    if not (low in NOMINAL_HEADS or low in GROUP_WORDS or low in _MORE_HEADS or low[:-1] in NOMINAL_HEADS):
        return -1  # "spoke in Dover", "a change in Dover": only nouns of people and bodies
    j = k - 1
    while j > 0 and k - j < 5 and words[j - 1].replace("-", "").isalpha() and (
            words[j - 1].lower() in DETERMINERS or "-" in words[j - 1] or words[j - 1].islower() and
            words[j - 1] not in FUNCTION_WORDS and words[j - 1] not in CUES):
        j -= 1
        if words[j].lower() in DETERMINERS:
            break
    # the character offset of words[j]: count back from ``at`` over the words kept
    pos = at
    for w in reversed(words[j:]):
        pos = text.rfind(w, lo, pos)
    return pos


def widen_to_description(text: str, sent_lo: int, hi: int, found: Finding, names: NameIndex) -> None:
    """A lead-in's mention that is the name after a preposition inside the subject becomes the
    whole description ("A lawyer for Tom Hale"), which names no one speaking (null unless the
    article resolves it); ``hi`` is where the quote opens."""
    first = found.mention.split(None, 1)[0] if found.mention.strip() else ""
    if not first or first.islower() and first not in DETERMINERS or "," in _without_relative(found.mention):
        return  # "The president of France, Ann Lee": the name set off by commas is the subject
    end = found.cue_at if sent_lo <= found.cue_at <= hi else hi
    at = text.rfind(found.mention, sent_lo, end)
    if at < 0:
        return
    start = description_start(text, sent_lo, at)
    if start >= 0:
        # "Tom Fitton, the president of the Harbor Trust, said": the name the description is
        # set off after; else the description alone (no one named).
        named = _person_before(text, sent_lo, start - 2, names, True) if text[start - 2:start] == ", " else None
        found.mention = text[named[0]:named[1]] if named else text[start:at + len(found.mention)]
        return
    prep = _affiliation_before(text, sent_lo, at)
    named = _person_before(text, sent_lo, prep, names, True) if prep >= 0 else None
    if named is not None:
        found.mention = text[named[0]:named[1]]  # "Ann Lee of the Harbor Trust said": Ann Lee


def _without_relative(mention: str) -> str:
    """The mention without a relative pronoun closing it ("Harbor Party, who")."""
    words = mention.split()
    if words and words[-1].lower() in ("who", "which"):
        return " ".join(words[:-1]).rstrip(",")
    return mention


# Prepositions after which a person's affiliation or home follows: "Ann Lee of the Harbor Trust".
_AFFILIATION: Final = frozenset("of from at with".split())


def _affiliation_before(text: str, sent_lo: int, at: int) -> int:
    """Where " of " / " from " starts right before the name at ``at`` (a determiner may stand
    between): "Ann Lee of the Harbor Trust"; -1 otherwise."""
    lo = max(sent_lo, at - _LOOK_BACK)
    head = text[lo:at]
    words = head.split()
    k = len(words) - 1
    while k >= 0 and words[k].lower() in DETERMINERS:
        k -= 1
    if k < 2 or words[k] not in _AFFILIATION:
        return -1
    prep_at = head.rfind(" " + words[k] + " ")
    return lo + prep_at if prep_at >= 0 else -1


def _person_before(text: str, sent_lo: int, end: int, names: NameIndex,
                   affiliated: bool = False) -> tuple[int, int] | None:
    """The person's name that ends at ``end`` ("Ann Lee" in "Ann Lee of ...", "Ann Lee, the
    president of ..."), without a role word the sentence opens on ("Lawmaker Ann Lee"), when
    the article uses it as someone's name."""
    np = np_before(text, end, sent_lo)
    if np is None or np[1] != end:
        return None
    before = text[max(sent_lo, np[0] - 12):np[0]].split()
    if before and before[-1].lower() in DETERMINERS | {"and", "of"}:
        return None  # "the Science and Technology Directorate of ...": a body's name, cut short
    start = np[0]
    name = text[np[0]:np[1]].split()
    while len(name) > 2 and (name[0].lower() in NOMINAL_HEADS or name[0].lower() + "s" in GROUP_WORDS):
        start = text.index(name[1], start + len(name[0]))  # "Lawmaker Jairam Ramesh": a role first
        name = name[1:]
    if len(name) < 2 or not all(w[:1].isupper() for w in name[-2:]) or not is_person_like(" ".join(name)):
        return None
    bare = split_title(" ".join(name))
    if not bare or not (names.is_person(bare) or affiliated and _plain_name(bare)):
        return None  # "Republican National Committeeman": a title, no one's name
    return start, np[1]


def _plain_name(name: str) -> bool:
    """Two words or more, none of them a title, a role or an organisation's head word."""
    words = [trim(w).lower() for w in name.split()]
    return len(words) >= 2 and not any(w in TITLES or w in NOMINAL_HEADS or w in ORG_HEADS for w in words)


def describes_no_one(mention: str, speaker: str) -> bool:
    """``speaker`` was read from a mention that is a description with a name after its
    preposition ("A lawyer for Tom Hale", "A regional court in Dover"), and is that name or the
    description's own words: no one named speaks (English; a name the article gave the described
    person, "the mayor of Dover" resolved to the mayor, is kept)."""
    mention = _without_relative(mention)
    words = mention.split()
    if "," in mention:
        return False  # "The president of France, Ann Lee": the name set off by commas
    at = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), -1)
    if at < 1:
        return False
    k = 0
    while k < at and words[k].lower() in DETERMINERS:
        k += 1
    head = words[at - 1].lower()
    if k >= at or head in _SPEAKS_FOR or not all(w.isalpha() and (w.islower() or n == 0) for n, w in
                                                 enumerate(words[k:at], k)):
        return False
    if not (head in NOMINAL_HEADS or head in GROUP_WORDS or head in _MORE_HEADS or head[:-1] in NOMINAL_HEADS):
        return False
    if not (words[at - 1].islower() or at - 1 == 0 and head in GROUP_WORDS):
        return False  # "Secretary of State Ann Lee": a title before the name
    tail = {w.strip(",;:").lower() for w in words[at + 1:]}
    said = [w.lower() for w in speaker.split()]
    return bool(said) and (said[-1] in tail or all(w in {x.lower() for x in words} for w in said))
