"""Whom "he" or "she" stands for after a sentence whose subject is a person's thing: "Tom Hale's
company went bankrupt last year. He said it was “…”", "Ann Lee's new song topped the charts, and
she said …" (issue 16, stop 48). The subject is the thing, but the only person the sentence is
about is its owner, so the pronoun is the owner's (``sentences_before.subject_before`` read no
possessor at all: "France’s ambassador" is no one, and "Tom Hale's lawyer" someone else).

The owner must be a name of two words or more, or one the article gives a person; what is owned
must be no person: not a relative, a role or title, a person's noun, a group, nor a word of the
shapes of agent nouns ("manager", "assistant", "scientist"). The owner's sex, where the article
shows it, must agree. English only. Pure; reads the subject's words only.

``speech_owner`` (stop 49) reads the whole sentence for a person's words, views or claims owned
("The vote provides grist for Ann Lee's argument that …. “…,” she told TIME.", "Bhumjaithai’s
victory bears out Anutin's view …"): the owner of what is said is the one the pronoun stands for,
when the sentence names no one else.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsbeam.transforms.quotes.cued_names import quoted_by_first_word
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS, GROUP_WORDS, KIN, ONE_PERSON, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

_POSSESSIVE: Final = ("'s", "’s")
# Nouns of what a person says or holds ("Ann Lee's argument that ..."), after an owner's "'s"
# and at most two words ("Lee's long-held view", "Lee's central campaign promise").
_SPEECH_NOUNS: Final = ("argument|arguments|view|views|claim|claims|position|belief|beliefs|assertion|contention|"
                        "point|message|case|promise|promises|pledge|vow|warning|warnings|demand|demands|thesis|"
                        "theory|stance|remarks|comments|words|statement|response|reply|answer|complaint|"
                        "criticism|defense|defence|explanation|plea|prediction|opinion|insistence|suggestion|"
                        "proposal|vision|narrative|line|pitch|appeal|boast|admission|denial")
_SPEECH_OWNER: Final = re.compile(r"\b([A-Z][\w\-]{1,30}+(?:[^\S\n][A-Z][\w\-]{1,30}+){0,3})['’]s[^\S\n]"
                                  r"(?:[a-z][\w\-]{1,20}+[^\S\n]){0,2}(?:" + _SPEECH_NOUNS + r")\b")
_SENTENCE_SCAN: Final = 600  # characters of a sentence read for an owner of words
# An article and a noun, of one person or a role ("the lawyer", "a woman"): someone unnamed (read49).
_DESCRIBED: Final = re.compile(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]([a-z]{2,20}+)\b")
# A subject pronoun of each sex: one before the owner in the sentence is someone else (read49).
_PRONOUN_OF: Final = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# Endings of nouns of agents, which may be a person the owner has ("his manager", "her assistant").
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ant", "ent", "ess", "ee", "ian")
# Nouns of a thing ending so, owned by a person in news ("Ann Lee's career").
_THINGS: Final = frozenset("career center centre letter order computer number paper chapter corner tower "
                           "department apartment statement comment government agreement moment event talent "
                           "content offer account".split())
_MAX_WORDS: Final = 8
_CLOSING_SINGLE: Final = re.compile(r"’(?![^\W\d_])")
# People named by a noun of no role ("his friend", "her neighbour", "their couple").
_PEOPLE: Final = frozenset("friend neighbor neighbour colleague man woman people person source insider couple "
                           "crowd audience team staff family children kids partner rival ally "
                           # (read48b) people and relatives of no agent shape: "Tom Hale's bodyguard
                           # pushed a reporter. “…,” he said.", "his boss", "his nephew", "her heir"
                           "bodyguard boss nephew niece stepson stepdaughter stepfather stepmother stepbrother "
                           "stepsister grandson granddaughter grandchild grandchildren fiance boyfriend girlfriend "
                           "bride groom twin sibling spouse mum mom dad godfather godmother lover mistress baby "
                           "heir guest teammate caddie caddy mate pal buddy classmate roommate flatmate deputy "
                           "victim fan pupil child kid "
                           # groups whose members speak for them: "Tom Hale's camp denied it. “…,” he said."
                           "camp office side squad crew band entourage detail cast circle "
                           # (last48) people of no agent shape a person has or heads: "Tom Hale's
                           # pilot landed. “…,” he said." is the pilot's
                           "pilot guard valet chauffeur escort cook chef maid nanny butler medic monk nun priest "
                           "rabbi imam coach aide surgeon physio cop police guide grandpa grandma corporal "
                           "marine jury cabinet disciple protege protégé apprentice sidekick understudy double "
                           "hero idol pick choice nominee cousin widow clerk".split())
# Endings of nouns of people: "gunman", "chairwoman", "his men".
_PEOPLE_ENDINGS: Final = ("man", "men")
# Nouns of what a company owns: "Goldman Sachs's profits soared. “…,” he said." is a firm's thing
# (a firm named like a person: "Wells Fargo"), and the "he" someone of it, not the firm.
_FIRM_THINGS: Final = frozenset("profit profits share shares stock earnings revenue revenues sale sales result "
                                "results customers clients shareholders investors board headquarters "
                                "subsidiary brand stores branches products bonds debt valuation".split())


def _person_noun(low: str) -> bool:
    """A noun that may be a person (or people): a relative, a role, a title, a person's noun, a
    group, an agent noun ("manager", "assistant"), singular or plural; anything not a word."""
    if not low.isalpha():
        return True
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") and len(low) > 3 else low
    return any(w in KIN or w in ROLE_WORDS or w in TITLES or w in ONE_PERSON or w in _PEOPLE or w in GROUP_WORDS
               or w.endswith(_PEOPLE_ENDINGS) or w.endswith(_AGENT_ENDINGS) and w not in _THINGS for w in (low, one))


def alone_in(ctx: ArticleContext, text: str, lo: int, hi: int, owner: str) -> bool:
    """Whether the sentence ``text[lo:hi]`` names no one but ``owner`` (the Wall Street Journal
    or "Cuban" in "Trump's grasp of policy is worrying, Cuban said." is someone else, the
    sentence's speaker) and stands outside any quotation left open in its paragraph ("“… Trump's
    life deserves to be explored." / He continued": the sentence is the speaker's own words)."""
    p_lo = text.rfind("\n", 0, lo) + 1
    before = text[p_lo:lo]
    if before.count("“") > before.count("”") or before.count('"') % 2 or \
            before.count("‘") > len(_CLOSING_SINGLE.findall(before)):
        return False  # (a closing single mark is no apostrophe: no letter follows it)
    return next(_others_named(ctx, text, lo, hi, owner), None) is None


def _others_named(ctx: ArticleContext, text: str, lo: int, hi: int, owner: str) -> Iterator[str]:
    """The people ``text[lo:hi]`` names other than ``owner``: a run of two words or more shaped
    like a person's name, or one the article's index knows as a person (possessives cut)."""
    for run, _ in names_in(text, lo, hi):
        name = split_title(run) or run
        name = name[:-2] if name.endswith(_POSSESSIVE) else name
        if not name or name[:1].islower() or owner.startswith(name) or owner.endswith(name):
            continue
        if " " in name and is_person_like(name) or ctx.names.is_person(name):
            yield name


def thing_owner(ctx: ArticleContext, words: list[str], gender: str) -> str | None:
    """The person named as the owner in a subject of ``words`` ("Tom Hale's new company"; or
    the possessor and the words after it) when none of the (at most three) words owned is a
    person; None otherwise."""
    if current_language().code != "en" or not 2 <= len(words) <= _MAX_WORDS:
        return None
    k = max((i for i, w in enumerate(words) if w.endswith(_POSSESSIVE)), default=-1)
    if k < 0 or k == len(words) - 1 or trim(words[0]) in DETERMINERS:
        return None
    if any(_person_noun(trim(w)) or trim(w) in _FIRM_THINGS for w in words[k + 1:k + 4]):
        return None  # "Tom Hale's lawyer", "Ann Lee's campaign manager", "his lawyers": someone else
    owner = split_title(" ".join(words[:k + 1])[:-2])
    if not owner or not is_person_like(owner) or is_org(owner) or " " not in owner and not ctx.names.is_person(owner):
        return None
    full = ctx.names.fullest(owner)
    sex = ctx.genders.get(full) or ctx.names.gender(full)
    if sex not in (None, gender) or sex is None and not ctx.names.is_person(full):
        return None  # (read48b) "Goldman Sachs's profits soared": a name of no known sex said once may be a firm
    return full


def speech_owner(ctx: ArticleContext, text: str, lo: int, hi: int, gender: str) -> str | None:
    """The one person the sentence ``text[lo:hi]`` names as the owner of words, a view or a claim
    ("grist for Ann Lee's argument that …", "bears out Tom Hale's view"), when the sentence names
    no one else and the owner's sex, where the article shows it, agrees; None otherwise."""
    if current_language().code != "en":
        return None
    found = list(_SPEECH_OWNER.finditer(text, lo, min(hi, lo + _SENTENCE_SCAN)))
    owners = {m.group(1) for m in found}
    if len(owners) != 1 or _PRONOUN_OF.get(gender) is not None and \
            _PRONOUN_OF[gender].search(text, lo, found[0].start()) is not None:
        return None  # (read49) "The result, she said, undercuts Ann Lee's claim": she is another
    owner = split_title(owners.pop()) or ""
    quoted = quoted_by_first_word(ctx.people, owner)  # ("Anutin" for "Anutin Charnvirakul")
    if not owner or not is_person_like(owner) or is_org(owner) or \
            " " not in owner and not ctx.names.is_person(owner) and owner not in ctx.people and not quoted:
        return None  # (a one-word name: a person by the index, or one a quote was credited to)
    full = quoted or ctx.names.fullest(owner)
    sex = ctx.genders.get(full) or ctx.names.gender(full)
    if sex not in (None, gender) or not alone_in(ctx, text, lo, hi, owner) or \
            _other_in_paragraph(ctx, text, lo, owner, gender):
        return None
    return full


def _other_in_paragraph(ctx: ArticleContext, text: str, lo: int, owner: str, gender: str) -> bool:
    """Whether the paragraph before ``lo`` describes someone unnamed ("the lawyer") or names a
    person other than ``owner`` whose sex, where the article shows it, is ``gender`` ("Prosecutor Mary Cole spoke. The verdict was a blow to
    Ann Lee's defense. “…,” she said.": she may be Mary Cole; read49)."""
    p_lo = max(text.rfind("\n", max(0, lo - _SENTENCE_SCAN), lo) + 1, lo - _SENTENCE_SCAN)
    if any(m.group(1).lower() in ONE_PERSON or m.group(1).lower() in ROLE_WORDS
           for m in _DESCRIBED.finditer(text, p_lo, lo)):
        return True  # "The lawyer for the family spoke. …": someone unnamed she may be
    for name in _others_named(ctx, text, p_lo, lo, owner):
        full = ctx.names.fullest(name)
        if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
            return True
    return False
