"""A body referred to by its kind: "the ministry said" after "Indonesia’s Foreign Ministry", "the
committee" after "the Norwegian Nobel Committee" (rule ``body_by_kind``).

The annotation guide: a description that refers to an organisation the article names is that
organisation. A definite mention made of "the" and one lowercase noun for a kind of body is the
one body of that kind the article named before the quote: a capitalized name holding that noun
("Foreign Ministry", "Ministry of Defence", "Royal Canadian Mounted Police") or an owner and the
noun ("Israel’s foreign ministry"). Two different bodies of that kind named before, or none:
null (rather null than a wrong name). English only. Pure functions.

Every quote of a zone credited to "the ministry" reads back 20,000 characters with the same
patterns: each pattern scans the zone once for all of them (``window_scan.zone_scan``, kept on the
article's context), which finds what a scan of each window finds.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.body_kinds import (NAME_SPACE as _SP, NAME_WORD as _CAP, AlikeKinds, before_calendar,
                                                   one_body, without_opening)
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, ORG_HEADS
from newsbeam.transforms.quotes.pattern_tables import PatternTable
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.window_scan import zone_scan

# Kinds of bodies whose name carries the kind's word ("the ministry" -> "Foreign Ministry"). Not
# "group", "company", "government", "outlet": their names rarely say so, and "the group" is as
# often an unnamed crowd.
# Not "party", "union", "army", "navy", "university", "office" either: an event ("the Christmas
# Party"), a trade union after "European Union", the army of another country, a school in a
# biography, an "Oval Office" are as often the nearest name of that kind as the body meant
# (second reading of issue 16).
BODY_KINDS: Final = frozenset("""
ministry committee agency commission council court department mission
institute foundation association federation authority board bureau
embassy parliament assembly senate tribunal regulator police bloc
laboratory
""".split())  # (laboratory: s55 battery; not museum, hospital: two of them named as often, s55 final read)
# Names read for a like kind only ("the bloc" for the European Union, "the agency" for the Food
# and Drug Administration), never for "the union" or "the administration" themselves (s50).
_ALIKE_ONLY: Final = frozenset("union organisation organization alliance administration".split())
# Kinds named only with their "of/to" tail: "Mission to the United Nations", not "Apollo Mission".
_TAILED: Final = frozenset(["mission"])

_LINK: Final = r"(?:of|for|on|to|the|de|and)"
# A capitalized run of up to six words (with "of", "for", "the" ... inside) ending on the kind's
# word, then an optional "of X Y" tail: "Norwegian Nobel Committee", "Ministry of Foreign Affairs".
_NAMED: Final = (r"((?:" + _CAP + _SP + r"(?:" + _LINK + _SP + r"){0,1}){0,6}"
                 r"(?:{kind})(?:" + _SP + r"(?:of|for|on|to)" + _SP + r"(?:the" + _SP + r")?" + _CAP +
                 r"(?:" + _SP + r"(?:and" + _SP + r")?" + _CAP + r"){0,4})?)(?![\w’'])")
# An owner and the kind in lower case: "Israel’s foreign ministry", "Pakistan's interior ministry".
_OWNED: Final = (r"(" + _CAP + r"(?:" + _SP + _CAP + r"){0,3}[’']s" + _SP +
                 r"(?:[a-z][a-z\-]{1,20}" + _SP + r"){0,2}{kind})(?![\w’'])")
# A capitalized name of any body ending on a word for a body: "Research Commission", "Press
# Agency". One that comes after the body found, nearer the quote, may be the one meant ("the
# agency" for a "Commission"): then no telling.
_ANY_BODY: Final = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]{0,30}[^\S\n]{1,3}(?:Ministry|Committee|Agency|Commission|Council|"
                              r"Court|Department|Mission|Police|Army|Navy|Union|Party|Institute|Foundation|"
                              r"Association|Federation|Authority|Board|Bureau|Office|University|Embassy|"
                              r"Parliament|Assembly|Senate|Tribunal|Regulator|Company|Corporation|Group|"
                              r"Organi[sz]ation|Service|Forces|Centre|Center|Bank|Fund)(?![\w’'])")
# Kinds a writer calls by one another's word ("the agency" for a commission).
_ALIKE: Final = AlikeKinds(g.split() for g in (
    "agency commission authority bureau office service department regulator administration",
    "ministry department office",
    "committee commission council board assembly", "court tribunal", "mission embassy office",
    "university institute centre center foundation association", "army navy forces police",
    "union party federation association group organisation organization", "parliament assembly senate",
    "bloc union organisation organization alliance"))
_READ: Final = 20000  # characters read back from the quote
_REACH: Final = 600  # more characters than a match of the patterns below reads (~460 at most)


# Each kind's capitalized name ("Foreign Ministry"), and an owner with the kind ("Israel’s foreign
# ministry"). Compiled for a kind when an article first says "the <kind>" (pattern_tables: most
# articles name few kinds, and the 63 patterns were a third of the extractor's regex compiling).
_NAMED_BY_KIND: Final = PatternTable({kind: _NAMED.replace("{kind}", kind[:1].upper() + kind[1:])
                                      for kind in BODY_KINDS | _ALIKE_ONLY})
_OWNED_BY_KIND: Final = PatternTable({kind: _OWNED.replace("{kind}", kind) for kind in BODY_KINDS})
# A lowercase mention of a body of that kind with words of its own: "the water company's board",
# "a regional council" (group 1: the words between the determiner and the kind).
_RIVAL_BY_KIND: Final = PatternTable({kind: (
    r"(?<![\w’'])(?:the|a|an|its|their|another|[A-Za-z][\w\-]{0,30}[’']s)[^\S\n]{1,3}"
    r"((?:[\w\-’']{1,30}[^\S\n]{1,3}){1,2})" + kind + r"(?![\w’'])") for kind in BODY_KINDS})


# The fallbacks that take a sentence's subject with no reporting verb: "The board saw Lee as the
# driver of the “grandfather of Silicon Valley”" is not the board's words.
SUBJECT_ONLY: Final = frozenset(["sentence_subject", "speech_subject", "subject_before"])


# A lowercase word right before a name of two words: a person's title or description ("legend
# Margaret Court"), unless a word that opens a body's name ("the", "said", "by").
_PERSON_TITLE: Final = re.compile(r"(?<![\w’'])([a-z][a-z\-]{2,30})[^\S\n]{1,3}$")
_NOT_TITLES: Final = FUNCTION_WORDS | CUES | frozenset(("according",))


def _rival(ctx: ArticleContext, text: str, kind: str, lo: int, hi: int, fullest: str) -> bool:
    """A lowercase mention of another body of ``kind`` in ``text[lo:hi]``: "the water company's
    board", "a regional council", whose words are not the name's ("the foreign ministry" after
    "Israel’s foreign ministry" is the same one)."""
    name_words = {trim(w) for w in fullest.split()}
    for m in zone_scan(ctx, text, _RIVAL_BY_KIND[kind], _REACH).finditer(lo, hi):
        said = [trim(w) for w in m.group(1).split()]
        if any(w in FUNCTION_WORDS or w == "same" for w in said):
            continue  # "a statement the ministry ...": no mention of its own; "the same police force" refers back
        if said and not all(w in name_words for w in said):
            return True
    return False


def body_by_kind(words: list[str], ctx: ArticleContext, text: str, before: int, rule: str | None = None) -> str | None:
    """The one body of the kind named by ``words`` ("the", "ministry") that ``text`` names before
    ``before``, at its fullest; None if there is none or more than one, where the mention was
    taken as a sentence's subject only (``rule``), or where a lowercase mention of another body
    of that kind came after it. A name the article's name index takes for someone's ("Margaret
    Court") is no body."""
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or rule in SUBJECT_ONLY:
        return None
    kind = trim(words[1])
    if kind not in BODY_KINDS:
        return None
    lo = max(0, before - _READ)
    found, last = _named_of_kind(ctx, text, kind, lo, before)
    alike = _ALIKE.of(kind)
    if not found:
        # none named with the kind's own word: the one body named with a like kind's ("the agency"
        # after "the Space and Upper Atmosphere Research Commission (Suparco)", s50)
        for like in sorted(alike - {kind}):
            if like in BODY_KINDS or like in _ALIKE_ONLY:
                more, end = _named_of_kind(ctx, text, like, lo, before)
                found, last = found + more, max(last, end)
        if found and not _first_use_refers(text, kind, last, before):
            return None  # "a New Hampshire ballot commission ... the commission said": another body, met after
    if not found:
        return None
    for other in zone_scan(ctx, text, _ANY_BODY, _REACH).finditer(last, before):
        head = other.group().rsplit(None, 1)[-1].lower()
        if head != kind and head in alike and not any(head in name.lower().split() for name in found):
            return None  # "... Research Commission (Suparco) said ... the agency said": a body of a like kind came nearer
    body = one_body(found)  # two bodies of that kind: no telling which
    if body is None or _rival(ctx, text, kind, last, before, body):
        return None  # "the Dorvan Hospital Board ... the water company's board met": no telling
    return body


def _first_use_refers(text: str, kind: str, lo: int, hi: int) -> bool:
    """The first time ``text[lo:hi]`` writes the word ``kind``, "the" stands right before it: the
    article refers back to a body it named ("the agency"), not introducing one ("a New Hampshire
    ballot commission")."""
    at = text.find(kind, lo, hi)
    while at > 0 and (text[at - 1].isalnum() or text[at + len(kind):at + len(kind) + 1].isalnum()):
        at = text.find(kind, at + 1, hi)  # (inside another word: "agencywide")
    return at < 0 or text[max(lo, at - 4):at].lower() == "the "


def _named_of_kind(ctx: ArticleContext, text: str, kind: str, lo: int, before: int) -> tuple[list[str], int]:
    """The names of bodies of ``kind`` that ``text[lo:before]`` writes (capitalized with the kind's
    word, or an owner and the kind), and where the last one ends (-1: none)."""
    found: list[str] = []
    last = -1
    patterns = (_NAMED_BY_KIND[kind], _OWNED_BY_KIND[kind]) if kind in BODY_KINDS else (_NAMED_BY_KIND[kind],)
    named = patterns[0]
    for pattern in patterns:
        for m in zone_scan(ctx, text, pattern, _REACH).finditer(lo, before):
            # without the words a sentence opens on ("While the") and a day or month that follows
            name = " ".join(before_calendar(without_opening(m.group(1).split())))
            head, joined, tail = name.partition(" and ")
            if joined and head.split()[-1].lower() == kind:
                found.append(head)  # "The Metropolitan Police and Thames Valley Police": two (read50)
                name = tail
            elif joined and (ctx.names.is_person(head) or ctx.names.is_surname(head.split()[-1])):
                name = tail  # "Trump and Justice Department officials": not one body's name
            if len(name.split()) < 2 and name.lower() == kind:
                continue  # "Committee members said": the kind's word alone opens a sentence, no name
            if pattern is named and kind in _TAILED and name.split()[-1].lower() == kind:
                continue  # "Apollo Mission veterans": a mission named without "to"/"of" is no body
            title = _PERSON_TITLE.search(text, max(0, m.start(1) - 40), m.start(1))
            if len(name.split()) == 2 and title and title.group(1) not in _NOT_TITLES:
                continue  # "Tennis legend Margaret Court": a lowercase noun before two capitalized words, a person
            if ctx.names.is_person(name):
                continue  # "Tennis legend Margaret Court": a person whose surname is the kind's word
            found.append(name)
            last = max(last, m.end())
    return found, last


# (s63) A body's head word and its complement: "Bank of England", "Court of Appeal" (read once a word).
_HEAD_READ: Final = 100_000  # characters of a text read for the head's full names (bounded)
_MOST_NAMES: Final = 8  # full names read per head word (bounded)


def head_body(word: str, texts: list[str]) -> str | None:
    """The one full name the article gives a body whose head word ``word`` ("Bank") it also writes
    alone, capitalized, for short (s63): "The Bank of England held rates. “…,” the Bank said." ->
    "Bank of England"; None when it gives none or two ("Bank of England", "Bank of Japan")."""
    if trim(word) not in ORG_HEADS or not word[:1].isupper() or not word.isalpha():
        return None
    full = re.compile(rf"(?<![\w’'\-]){word}[^\S\n]of[^\S\n](?:the[^\S\n])?[A-Z][\w’'\-]{{0,30}}+")
    names: set[str] = set()
    for text in texts:
        for m in full.finditer(text[:_HEAD_READ]):
            names.add(" ".join(m.group().split()))
            if len(names) > 1 or len(names) >= _MOST_NAMES:
                return None
    return names.pop() if names else None
