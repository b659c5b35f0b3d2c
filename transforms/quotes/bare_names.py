"""A person named once by a bare name: "Ann Lee was worried. “We cannot wait,” she said." The
article gives "Ann Lee" no title, no appositive and no later "Lee", so the name index does not
count it as a person; as the subject of the sentence before "she said" it is still the one
"she" stands for, when it looks like a person's name and no one else in the passage can be
"she" (rather null than wrong)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.job_titles import listed_job
from newsbeam.transforms.quotes.lexicon import (
    CALENDAR, CUES, FUNCTION_WORDS, GROUP_WORDS, ONE_PERSON, ORG_HEADS, PARTICLES, PLACE_WORDS, PRONOUNS, ROLE_WORDS,
    TITLES)
from newsbeam.transforms.quotes.name_heads import arabic_article_name
from newsbeam.transforms.quotes.name_runs import given_name_like, names_in
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.tokens import NAME_HOMOGRAPHS, trim
from newsbeam.transforms.quotes.unnamed import pronoun_can_name

# A word of a person's name: "Lee", "Ortiz-Baker", "O’Neil", "McKay", "Frémy", "Íñiguez"; a
# middle initial "J.".
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD: Final = re.compile(rf"(?:[{_UP}][’'])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?")
_INITIAL: Final = re.compile(r"[A-Z]\.")
# Last words of a place or a thing that are no surname ("Wall Street", "Silicon Valley"); also
# sole_person's place tails.
PLACE_ENDS: Final = frozenset("""
street road avenue valley island islands beach square airport station bridge cup awards
""".split())
# Last words of a firm's name that no name of a body's kind (``names.is_org``) holds.
FIRM_ENDINGS: Final = frozenset("""corp corporation inc ltd plc llc co group trust energy holdings motors
airlines foods systems technologies labs media partners capital ventures""".split())
# Last words of two-word places, things and bodies that look like given name and surname:
# "Hong Kong", "Wall Street", "Silicon Valley", "Sri Lanka".
_NOT_SURNAMES: Final = PLACE_ENDS | frozenset("""
kong lanka arabia africa america korea zealand rica rico aires dhabi aviv delhi angeles york
jersey carolina dakota coast park hill hills canal sea ocean mountains strait district province
region world games league series day week act bill plan project program programme
tower towers hotel building center centre plaza mall stadium arena museum hospital university college
school church cathedral airlines airways motors
""".split())
_MONTHS: Final = CALENDAR - {"may"}  # "Yin Myint May": a surname too


# Lowercase nouns for a person that open a sentence capitalized before the name: "Lawmaker
# Jairam Ramesh", "Activist Ann Lee". The name is the words after it.
_LEADING_NOUNS: Final = frozenset("""
lawmaker legislator activist campaigner resident farmer teacher student nurse doctor lawyer
researcher scientist economist analyst author writer novelist actor actress singer rapper
musician artist director producer player coach striker captain manager founder entrepreneur
investor official diplomat veteran survivor witness
pilot driver rider racer sailor skipper
""".split())


def bare_name(mention: str) -> str | None:
    """``mention`` as a bare person's name (``bare_person``), without a capitalized noun for a
    person before it ("Lawmaker Jairam Ramesh" -> "Jairam Ramesh"); None when it is no such
    name."""
    words = mention.split()
    if len(words) > 2 and (trim(words[0]) in _LEADING_NOUNS or trim(words[0]) in ROLE_WORDS or listed_job(words[0])):
        # "Plumber Tom Hale" (read48b), "Defender Jamie Cole" (s54)
        mention = " ".join(words[1:])
    return mention if bare_person(mention) else None


def bare_subject(text: str, start: int, end: int) -> str | None:
    """``bare_name`` of the subject ``text[start:end]``, with a capitalized word right after it
    and a comma taken in: "Yin Myint May, 60, said" ("May" read as a verb ends the subject)."""
    mention = text[start:end]
    nxt = _NEXT_NAME_WORD.match(text, end)
    if nxt is not None:
        longer = bare_name(f"{mention} {nxt.group(1)}")
        if longer is not None:
            return longer
    return bare_name(mention)


# A capitalized word and a comma right after a subject: " May," in "Yin Myint May, 60,".
_NEXT_NAME_WORD: Final = re.compile(r"[^\S\n]([A-Z][a-z]{1,20}),")


def bare_person(mention: str) -> bool:
    """Whether ``mention`` reads as a person's full name on its own: two or three plain
    capitalized words (a middle initial allowed), the first one a possible given name, none a
    title, role, function word, place word, month or organisation head, the last no place or
    thing ("Hong Kong", "Wall Street"). A surname's lowercase particles are read past when the
    first word is a given name of the lists ("Louis van Gaal", "Ahmed al-Sharaa"; s62: not "Rio de
    Janeiro", "Tour de France")."""
    plain = _without_particles(mention.split())
    if plain is not None:
        return is_first_name(plain[0]) and _plain_person(" ".join(plain))
    return _plain_person(mention)


def _without_particles(words: list[str]) -> list[str] | None:
    """``words`` without the lowercase particles inside them and the article of an Arabic surname
    ("Edwin van der Sar" -> "Edwin Sar", "Ahmed al-Sharaa" -> "Ahmed Sharaa"); None when it has none."""
    if len(words) < 2 or len(words) > 5:
        return None
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w.islower() and w in PARTICLES)]
    if arabic_article_name(kept[-1]):
        kept[-1] = kept[-1].split("-", 1)[1]
    return kept if kept != words and len(kept) >= 2 else None


def _plain_person(mention: str) -> bool:
    words = mention.split()
    if not 2 <= len(words) <= 3 or len(mention) > 40:
        return False
    for k, word in enumerate(words):
        if not (_NAME_WORD.fullmatch(word) or 0 < k < len(words) - 1 and _INITIAL.fullmatch(word)):
            return False
        low = trim(word)
        if low in ORG_HEADS or low in PLACE_WORDS or low in TITLES or low in ROLE_WORDS or \
                low in FUNCTION_WORDS and not (k and low in NAME_HOMOGRAPHS) or low in CUES or low in PRONOUNS or low in GROUP_WORDS or \
                low in _MONTHS:
            return False
    last = words[-1].lower()
    return given_name_like(words[0]) and last not in _NOT_SURNAMES and \
        not words[0].endswith(("ish", "ese")) and not last.endswith(("ese", "ans", "ists", "ish")) and pronoun_can_name(mention) and not is_org(mention)


# Words before a name that make it a place or a body: "at Goldman Sachs", "the Ann Lee Trust".
_PLACE_BEFORE: Final = frozenset("at in on the".split())


def used_as_body(text: str, full: str) -> bool:
    """Whether ``text`` writes ``full`` right after "at", "in", "on" or "the" (its first 20
    mentions): a place or a firm ("analysts at Goldman Sachs"), not a person."""
    pos, seen = text.find(full), 0
    while pos >= 0 and seen < 20:
        before = text[max(0, pos - 12):pos].split()
        if pos and text[pos - 1] == " " and before and before[-1].lower() in _PLACE_BEFORE:
            return True
        pos, seen = text.find(full, pos + len(full)), seen + 1
    return False


def sole_candidate(ctx: ArticleContext, text: str, lo: int, before: int, full: str, gender: str,
                   objects: tuple[int, int] = (0, 0)) -> bool:
    """Whether ``full`` is the only person in ``text[lo:before]`` who can be the pronoun: no
    other name there that the article counts as a person, nor another bare name, of a gender
    that fits. Names in ``objects`` (the rest of the sentence ``full`` is the subject of) are no
    rivals but an agent's ("by Tom Hale"): "Ange Postecoglou was furious with referee Michael
    Oliver. “He got it wrong,” he said." is the subject's (s62)."""
    mine = set(full.split())
    for name, end in names_in(text, lo, before):
        if set(name.split()) & mine or name.lower() in PRONOUNS:
            continue  # the candidate itself, or part of its name ("Lee")
        if objects[0] <= end - len(name) and end <= objects[1] and _after_preposition(text, end - len(name)):
            continue
        other = ctx.names.fullest(name)
        if set(other.split()) & mine:
            continue
        if (other in ctx.people or ctx.names.is_person(name) or bare_person(name)) and \
                (ctx.genders.get(other) or ctx.names.gender(name)) in (None, gender):
            return False
    return True


# Honorifics that tell a person's gender ("Mr. Lee" is a "he"); offices do not ("President Lee").
_HONORIFIC_GENDER: Final = {"mr.": "m", "mr": "m", "sir": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
                            "miss": "f"}


# Prepositions whose object the sentence's subject speaks of, not a speaker in its place: "furious
# with referee Michael Oliver", "paid tribute to Claudio Ranieri" (not "by", an agent; nor a direct
# object: "Keir Starmer sacked Andy McDonald. “…,” he said." may be either: a third reader, s62).
_OF_PREPOSITIONS: Final = frozenset("with for to about of on at against over toward towards".split())


def _after_preposition(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows one of ``_OF_PREPOSITIONS``, a lowercase role word or two between."""
    words = text[max(0, at - 40):at].split()[-3:]
    while words and words[-1].isalpha() and words[-1].islower() and words[-1] not in _OF_PREPOSITIONS \
            and len(words) > 1:
        words.pop()
    return bool(words) and words[-1] in _OF_PREPOSITIONS


# Title words that only modify another ("former captain"): no title of a name after them alone.
_TITLE_MODIFIERS: Final = frozenset("former acting deputy assistant vice first".split())


def titled_subject(ctx: ArticleContext, mention: str, gender: str) -> str | None:
    """The subject of the sentence before "he said" when it is a title and one surname
    ("President Hale backed the plan on TV. “…,” he said." -> Hale): a title says the name is a
    person's, so it is the nearest "he" even when someone else was quoted earlier in the
    passage; None when the title or what the article says of the name gives another gender."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in ("the", "a", "an"):
        return None
    name = words[-1]
    title = " ".join(words[:-1])
    if not _NAME_WORD.fullmatch(name) or name.lower() in _NOT_SURNAMES or is_org(name) or \
            not all(trim(w).lower() in TITLES or w.lower() in _HONORIFIC_GENDER for w in words[:-1]):
        return None
    if _HONORIFIC_GENDER.get(words[-2].lower(), gender) != gender or len(title) > 40 or \
            all(w.lower() in _TITLE_MODIFIERS for w in words[:-1]):
        return None  # (s62) "Former England and Newcastle striker Alan Shearer": "Former" titles no one alone
    full = ctx.names.fullest(name)
    if not pronoun_can_name(full) or (ctx.genders.get(full) or ctx.names.gender(full)) not in (None, gender):
        return None
    return full


# The agent of a passive whose subject is a thing: "The plan was backed by Ann Lee", "The
# law had been praised warmly by Ann Lee". The name is the sentence's doer, as a subject is;
# not after a person ("The suspect was stopped by Ann Lee": "he" may be the suspect).
_PASSIVE_BY: Final = re.compile(
    r"(?:^|[.!?]\s+)((?:The|A|An|This|That|Its|Their|His|Her|Our)(?: [a-z]+){1,3}) (?:has |have |had )?"
    r"(?:is|are|was|were|been|being|be) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn|nt|lt|ght) (?:[a-z]+ly )?by $")
_PEOPLE_HEADS: Final = ONE_PERSON | ROLE_WORDS | GROUP_WORDS | frozenset("""
man woman men women person people suspect suspects victim victims child children patient driver
officer officers student students family team crowd
""".split())
_DESCRIBED_HEADS: Final = _PEOPLE_HEADS | TITLES  # "the mayor", "a suspect": someone described


def passive_agent(text: str, lo: int, at: int, name: str, hi: int, gender: str) -> bool:
    """Whether ``name`` at ``at`` is the agent of a passive whose subject is a thing, opening its
    own sentence, its first name of the pronoun's sex, and no one described by a role or a
    person's noun comes up between it and ``hi`` ("… and opposed by the mayor", "The mayor
    opposed it.": he may be the mayor; read53)."""
    start = max(lo, at - 90)
    match = _PASSIVE_BY.search(text[start:at])
    if match is None or match.group(1).split()[-1] in _PEOPLE_HEADS or first_name_sex(name) != gender:
        return False
    if match.start() == 0 and start > lo and text[start - 2:start].strip() not in (".", "!", "?", ""):
        return False  # ("^" held the window's start, not a sentence's)
    words = text[at + len(name):hi].split()
    return not any(w.lower() in ("the", "a", "an") and k + 1 < len(words) and
                   trim(words[k + 1]).lower() in _DESCRIBED_HEADS for k, w in enumerate(words))
