"""English: the head of a sentence's subject, checked after a speaker is chosen. A name inside a
longer subject is not who speaks:

- the object of a preposition: "A lawyer for Tom Hale said", "A regional court in Dover
  declared", "Officials in Dover warned", "some lawmakers within the governor's own Harbor
  Party, who labeled", "a memo obtained by the Courier warns": the one who speaks is the
  description the preposition hangs from (the lawyer, the court, the memo: null unless
  resolved); but "Ann Lee of the Harbor Party said" is Ann Lee's, the person at the head;
- a modifier of a lowercase noun: "Other members argue", "Marlovian farmers say" (null);
- the subject of a clause after the reporting verb: "the Heidlers wrote that Lee “had a tin ear”"
  (the Heidlers', not Lee's: null);
- a people: "Marlovians say", "the Dorvanese" (no one).

A body's voice ("A spokeswoman for the Harbor Trust said", "a release issued by Acme") speaks for
the body and is left as found, as resolve does for "an Acme spokesperson"; a relative mention
("praised by Ann Lee, who said") names its speaker.

Pure functions: ``widen_to_description`` (rule ``lead_in``), ``describes_no_one``,
``head_speaker`` and ``is_demonym`` (extract, in that order, once per English quote)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.owned_words import CARRIERS
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.crowds import NAMED_GROUPS
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.issuers import PLATFORMS
from newsbeam.transforms.quotes.lexicon import (
    CUES, DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, NOMINAL_HEADS, ORG_HEADS, SPOKESPEOPLE, TITLES)
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

# Prepositions that hang a name off the subject's head: "a lawyer for", "a court in", "members
# of", "a memo obtained by". The object of one is never the subject of the verb after the phrase.
PREPOSITIONS: Final = frozenset("""of for in at from within inside outside near among across
    to by on into""".split())
# Of those, the ones that hang a name off an action or a thing, not off a person or a body
# described ("a message on Twitter", "a survey by Acme", "an adviser to"): no description there.
_DESCRIBING: Final = PREPOSITIONS - frozenset("to by on into".split())
# Prepositions after which a person's affiliation or home follows: "Ann Lee of the Harbor Trust".
_AFFILIATION: Final = frozenset("of from at with".split())
# Heads that speak for the body after the preposition ("a spokesperson for Acme", "a statement
# from Acme", "the campaign for Ann Lee"; annotation guide: the organisation speaks).
VOICES: Final = SPOKESPEOPLE | frozenset("""spokespeople spokesmen spokeswomen representative
    representatives statement campaign office state press""".split())
# What a body publishes, read as its voice by ``head_speaker`` only ("a release issued by Acme
# said", "a letter from Acme"); a description names no one after "a report for Oxfam".
_PUBLISHED: Final = frozenset("""statements release letter post report website
    issued released published signed posted sent email e-mail message memo note readout tweet
    led headed""".split())  # ("Researchers led by Sofia Marchetti said": the team's first named, s55)
# ("An email from Quinton Rovers owner Bram Tollis told staff": s55)
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
    while k >= 0 and skipped < _BETWEEN_MAX and _skippable(words[k]) and words[k].lower() not in _DESCRIBING:
        k -= 1
        skipped += 1
    if k < 1 or words[k] not in _DESCRIBING:
        return -1
    head = words[k - 1]
    low = head.lower()
    if not head.isalpha() or low in VOICES or low in FUNCTION_WORDS or low in CUES:
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
    at = -1
    for k, w in enumerate(words):  # a loop, not next() over a generator: none allocated
        if w in _DESCRIBING:
            at = k
            break
    if at < 1:
        return False
    k = 0
    while k < at and words[k].lower() in DETERMINERS:
        k += 1
    head = words[at - 1].lower()
    if k >= at or head in VOICES or head in CARRIERS and words[at] in ("from", "by") or not all(w.isalpha() and (w.islower() or n == 0) for n, w in
                                                 enumerate(words[k:at], k)):
        return False
    if not (head in NOMINAL_HEADS or head in GROUP_WORDS or head in _MORE_HEADS or head[:-1] in NOMINAL_HEADS):
        return False
    if not (words[at - 1].islower() or at - 1 == 0 and head in GROUP_WORDS):
        return False  # "Secretary of State Ann Lee": a title before the name
    tail = {w.strip(",;:").lower() for w in words[at + 1:]}
    said = [w.lower() for w in speaker.split()]
    return bool(said) and (said[-1] in tail or all(w in {x.lower() for x in words} for w in said))


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


def _clause_start(text: str, at: int) -> int:
    """Where the sentence (or quote, or clause after a colon) holding ``at`` starts, looking back
    at most 80 characters."""
    lo = max(0, at - 80)
    for stop in (". ", "\n", "? ", "! ", "“", "\"", ": "):
        cut = text.rfind(stop, lo, at)  # in place: no copy of the window per stop
        if cut >= 0:
            lo = cut + len(stop)
    return lo


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
    lo = _clause_start(text, at)
    prev = text[lo:at].rsplit(None, 2)  # the last two words are read (and whether there are two)
    if len(prev) >= 2 and prev[-1] in PREPOSITIONS and prev[-2].lower() != "according" and \
            not prev[-2].endswith(","):
        head = prev[-2]
        if head.islower() and head.isalpha():
            # "a court in Dorvan ruled", "a memo obtained by the Courier warns": no one named;
            # but "a spokesperson for Acme", "a release issued by Acme" are Acme's voice
            return speaker if (head in VOICES or head in _PUBLISHED) and prev[-1] != "to" else None
        named = _person_before(text, lo, len(text[:text.rfind(prev[-1], lo, at)].rstrip()), ctx.names) \
            if prev[-1] in _AFFILIATION else None
        if named is not None:  # "Ann Lee of the Harbor Party said": the person, not her party
            return ctx.names.fullest(text[named[0]:named[1]])
        return speaker
    end = at + len(mention)
    word = ""
    if text[end:end + 1] == " ":  # the word after the mention, split only when a space follows it
        nxt = text[end:end + 40].split(None, 1)
        if nxt:
            word = nxt[0]
    owner = word.removesuffix("’s").removesuffix("'s")
    if owner != word and owner.isalpha() and owner.islower() and not (0 <= found.cue_at <= end + len(word)):
        # "The Oscar winner’s crackpot interloper announces": the capitals are a modifier
        # of a possessor the phrase does not name (s51), no one's name
        return None
    if word.isalpha() and word.islower() and word not in _NOT_HEADS and word not in CUES \
            and not word.endswith(("ly", "self")) and not (len(word) > 5 and word.endswith("ed")) \
            and found.cue_at > end + len(word) \
            and " " not in mention.strip() and not ctx.names.is_proper(mention):
        # "Other members argue", "Marlovian farmers say": a lowercase noun heads the phrase (not a
        # verb in the past: "Acme abandoned the merger, citing “…”", s54)
        return None
    return speaker


# Plurals of people that name no one however capitalized ("Angry Nurses"); not a party's members,
# the police or a staff, whom the guide may name as bodies (crowds.NAMED_GROUPS).
_CROWDS: Final = (GROUP_WORDS | frozenset("""fans activists campaigners villagers shoppers commuters patients
passengers survivors victims mourners customers employees neighbours neighbors citizens taxpayers mothers
fathers parents""".split())) - NAMED_GROUPS
_PEOPLES: Final = ("ians", "eans", "ese")  # "Marlovians", "Dorvanese" (a singular "-ian" is a name too often: "El-Erian")


def is_demonym(speaker: str, ctx: ArticleContext, singular: bool = False) -> bool:
    """A people's name, no one's ("Marlovians", "the Dorvanese", "Many Marlovians"): one or two
    capitalized words ending as the names of peoples do, that the article does not use as a
    person's name. ``singular`` (a pronoun's antecedent, never a people's adjective) also takes
    "Central Asian", "the Marlovian"."""
    words = speaker.split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    ends = _PEOPLES + ("ian", "ean") if singular else _PEOPLES
    return words[-1].lower().endswith(ends) and not ctx.names.is_person(speaker)


def title_crowd(speaker: str, title: str, ctx: ArticleContext) -> bool:
    """A title-case headline's plural of people after words that name no one ("Angry Nurses March
    To ‘…’", "Local Farmers Say ‘…’", s61): a crowd, unless the phrase is written elsewhere in
    the article (a body's name: "said Angry Nurses, a campaign group") or opens on a first name
    that owns no one ("Ann Lee’s Fans" are a crowd)."""
    words = speaker.split()
    owned = any(w.endswith(("'s", "’s")) for w in words[:-1])  # "Ann Lee’s Fans Say": her fans
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() in _CROWDS and \
        (owned or not is_first_name(words[0])) and not any(speaker in t for t in ctx.names.texts() if t is not title)


def national_adjective(speaker: str, mention: str, ctx: ArticleContext) -> bool:
    """A nationality's adjective taken for a name because it opens the subject ("The Swedish
    streaming giant" -> "Swedish", s54): one word ending "-ish" or "-ese" (an adjective only; "The
    Australian" is a newspaper), written right after "The" in the mention, that the article uses as
    no person's name."""
    words = mention.split()
    return " " not in speaker and len(words) >= 2 and words[0] in ("The", "the") and words[1] == speaker and \
        speaker.endswith(("ish", "ese")) and not ctx.names.is_person(speaker)
