"""The head of the subject phrase, checked after a speaker is chosen (English).

A mention can be a name inside a longer subject whose head is something else:

- the object of a preposition: "a court in Dorvan ruled" (the court, unnamed: null), "Ann Lee
  of the Harbor Party said" (Ann Lee, the person at the head, not her party), "a memo obtained
  by the Courier warns" (the memo: null);
- a modifier of a lowercase noun: "Other members argue", "Marlovian farmers say", "the Dorvan
  region has" (a group or a thing, no one named: null);
- the subject of a clause after the reporting verb: "the Heidlers wrote that Lee “had a tin ear”"
  (the Heidlers', not Lee's: null).

A body's voice ("a spokesperson for Acme said") keeps the body, as resolve does for "an Acme
spokesperson"; a relative mention ("praised by Ann Lee, who said") names its speaker.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.issuers import PLATFORMS
from newsbeam.transforms.quotes.lexicon import CUES, SPOKESPEOPLE

# Prepositions whose object is never the subject of the verb that follows the phrase.
_PREPOSITIONS: Final = frozenset("in at from to for of by on into near inside within outside across".split())
# Words that speak for the body after them ("a spokesperson for Acme", "an official of Acme",
# "a statement from Acme", "a release issued by Acme").
_VOICES: Final = SPOKESPEOPLE | frozenset("""spokespeople spokesmen spokeswomen representative
    representatives official officials statement statements release letter post report website
    issued released published signed posted sent""".split())  # "a release issued by Acme said"
# Words between a subject and its verb that are no noun: "Lee also said", "Lee has argued".
_NOT_HEADS: Final = frozenset("""also has have had is was are were will would could can may might must
    shall should did does do then now later still once first again never already further previously
    recently only even just too herself himself itself themselves and or but who which that whose
    not soon often again yet""".split())
# Words that open a clause inside the sentence: a name after them is that clause's subject.
_SUBORDINATORS: Final = frozenset("that until whether unless because if".split())
_WINDOW: Final = 240  # how far from the cue the mention is looked for


def _mention_at(text: str, mention: str, cue_at: int) -> int:
    """Where ``mention`` stands last before the cue (within _WINDOW characters) as whole words
    ("Lee" but not the "Lee" of "Lee’s"), or -1."""
    if cue_at < 0 or not mention:
        return -1
    lo = max(0, cue_at - _WINDOW)
    at = text.rfind(mention, lo, cue_at)
    for _ in range(8):
        if at < 0:
            return -1
        after = text[at + len(mention):at + len(mention) + 1]
        if (at == 0 or not text[at - 1].isalnum()) and (not after or after in " ,;\n"):
            return at
        at = text.rfind(mention, lo, at + len(mention) - 1)
    return -1


def _last_words(text: str, at: int, n: int) -> list[str]:
    """The ``n`` words right before ``at`` within its sentence (fewer at the sentence start)."""
    lo = max(0, at - 80)
    chunk = text[lo:at]
    for stop in (". ", "\n", "? ", "! ", "“", "\"", ": "):
        cut = chunk.rfind(stop)
        if cut >= 0:
            chunk = chunk[cut + len(stop):]
    return chunk.split()[-n:]


def _person_before(words: list[str], ctx: ArticleContext) -> str | None:
    """The person named by the capitalized words that end ``words`` ("Ann Lee" in "... Ann
    Lee"), when the article uses them as a name."""
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or w.endswith((",", ";")):
            break
        run.insert(0, w)
    if not run:
        return None
    name = " ".join(run)
    return ctx.names.fullest(name) if ctx.names.is_person(name) else None


def head_speaker(found: Finding, speaker: str, text: str, ctx: ArticleContext) -> str | None:
    """``speaker`` when the mention is the head of its phrase; else the person at the head, or
    None (see the module's docstring)."""
    mention = found.mention
    if found.how != "explicit" or not mention or mention.endswith(("who", "which", "who,", "which,", "’s", "'s")) \
            or "," in mention or mention in PLATFORMS:
        # a relative ("Ann Lee, who"), a possessor ("fuelled by Lee’s insistence"), an
        # appositive ("rapporteur in Dorvan, Ann Lee,") or a platform resolve read: left alone
        return speaker
    if mention.split(None, 1)[0] in _SUBORDINATORS:
        # "the Heidlers wrote that Ann Lee “had a tin ear”": the subject of the clause that
        # reports the words, not of the verb that reports them
        return None
    cue = found.cue or ""
    past_cue = found.cue_at + len(cue)
    if text[past_cue:past_cue + len(mention) + 8].lstrip(" ,").startswith(mention):
        return speaker  # "..., said Ann Lee": the mention follows its verb
    at = _mention_at(text, mention, found.cue_at)
    if at < 0:
        return speaker
    if cue.endswith("ing") and found.cue_at - (at + len(mention)) < 16:
        return speaker  # "footage of Ann Lee saying": the one shown speaking
    prev = _last_words(text, at, 6)
    if len(prev) >= 2 and prev[-1] in _PREPOSITIONS and prev[-2].lower() != "according" and \
            not prev[-2].endswith(","):
        head = prev[-2]
        if head.islower() and head.isalpha():
            # "a court in Dorvan ruled", "a memo obtained by the Courier warns": no one named;
            # but "a spokesperson for Acme", "a release issued by Acme" are Acme's voice
            return speaker if head in _VOICES and prev[-1] != "to" else None
        person = _person_before(prev[:-1], ctx)
        if person is not None and prev[-1] in ("of", "from", "at"):
            return person  # "Ann Lee of the Harbor Party said": the person, not her party
        return speaker
    end = at + len(mention)
    nxt = text[end:end + 40].split(None, 1)
    word = nxt[0] if nxt and text[end:end + 1] == " " else ""
    if word.isalpha() and word.islower() and word not in _NOT_HEADS and word not in CUES \
            and not word.endswith(("ly", "self")) and found.cue_at > end + len(word) \
            and " " not in mention.strip() and not ctx.names.is_proper(mention):
        # "Other members argue", "Marlovian farmers say": a lowercase noun heads the phrase
        return None
    return speaker


_PEOPLES: Final = ("ians", "eans", "ese")  # "Marlovians", "Dorvanese" (a singular "-ian" is a name too often: "El-Erian")


def is_demonym(speaker: str, ctx: ArticleContext) -> bool:
    """A people's name, no one's ("Marlovians", "the Dorvanese", "Many Marlovians"): one or two
    capitalized words ending as the names of peoples do, that the article does not use as a
    person's name."""
    words = speaker.split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower().endswith(_PEOPLES) and not ctx.names.is_person(speaker)
