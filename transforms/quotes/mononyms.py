"""A person the article names by one word only (issue 16, s54): "Drake has cancelled the last two
dates of his tour. “I need to rest,” he said.", "Zendaya arrived in a silver gown. “…,” she
joked.", "Jokowi visited the flood zone. “…,” he said." A bare name of one word was no one's:
``bare_names.bare_person`` asks for two words, since a capitalized word that opens a sentence is
as often a common noun ("Inflation rose. “…,” he said." names no one) or a body ("Tesla").

The word is the pronoun's person when it opens the sentence right before the quote's as its
subject (an age set off after it allowed: "Maria, 34, has lived …"), a lower-case verb after it,
it is a first name of the pronoun's sex (the lists of first_names: "Maria", "Madonna"), the
article writes no longer name with it, its sentence reports no one's words ("…, his manager
said": another speaker) and says "its" of no one, and no one else in the passage can be the
pronoun (``bare_names.sole_candidate``); nor a word the text also writes in lower case ("Hope
faded", "Summer arrived": a noun the lists hold as a name). A possessive of the pronoun's sex
after the word, or the word written capitalized inside a sentence elsewhere, was tried as
evidence and dropped (read54: "Brexit has hurt his business", "Amazon fired her": a thing or a
firm, 21 of 27 changes wrong): a one-word name no first-name list holds ("Jokowi", "Skepta")
stays no one's; one the lists hold ("Drake", "Zendaya") is taken.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.bare_names import sole_candidate, used_as_body
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.cued_names import country
from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.lexicon import (
    CALENDAR, CUES, FUNCTION_WORDS, GROUP_WORDS, ORG_HEADS, PLACE_WORDS, PRONOUNS, ROLE_WORDS, TITLES)
from newsbeam.transforms.quotes.nationals import DEMONYMS

_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,20}")
_ITS: Final = re.compile(r"\bits\b")
_AGE: Final = re.compile(r",[^\S\n]{1,2}\d{1,3},")
_SENTENCE_READ: Final = 300  # characters of the subject's sentence read for "its" (bounded)
# First names that news writes as words, places or clubs as often ("Hope faded", "Florence flooded",
# "Chelsea has signed", "Victoria has closed its schools"): never taken alone (final read).
_ALSO_WORDS: Final = frozenset("""Hope Summer Grace Joy Faith Florence Victoria Georgia Virginia Chelsea Paris
Sydney Austin Jordan Charity Star Rose Lily May June April Autumn Dawn Crystal Amber Ruby Pearl Ivy Holly
Destiny Liberty Justice Bill Mark Will Frank Pat Sue Guy Art Rob Max Chase Drew Cliff Dale Glen Brook River
Storm Sunny Rain Carolina Savannah Phoenix Dakota Madison Houston Dallas Denver Lincoln Washington Kennedy
Trinity Harmony Melody Hunter Ray Wade Miles Christian Angel Eve Iris Olive Jasmine Daisy Heather Violet""".split())
_LOWER_READ: Final = 5_000  # characters before the quote read for the word in lower case (bounded)


def _no_name(word: str) -> bool:
    low = word.lower()
    return low in FUNCTION_WORDS or low in TITLES or low in ROLE_WORDS or low in PLACE_WORDS or \
        low in ORG_HEADS or low in GROUP_WORDS or low in CALENDAR or low in PRONOUNS or low in CUES or \
        word in DEMONYMS or country(word)


def mononym_subject(ctx: ArticleContext, text: str, lo: int, subj: tuple[int, int], hi: int, before: int,
                    gender: str) -> str | None:
    """The one-word subject ``text[subj[0]:subj[1]]`` of the sentence ending at ``hi`` as the
    person "he"/"she" (``gender``) at ``before`` stands for, by the module's tests; else None."""
    word = text[subj[0]:subj[1]]
    if not _WORD.fullmatch(word) or _no_name(word) or used_as_body(text, word):
        return None
    if ctx.names.fullest(word) != word or ctx.names.is_surname(word) or ctx.names.given_name(word):
        return None  # a part of a longer name ("Anutin Charnvirakul", "Sanders"): the name index's
    if word in _ALSO_WORDS or _lower_case(text, word, before):
        return None  # "Hope faded …", "Summer arrived …": a word the text also writes as a noun (final read)
    if text[subj[1]:subj[1] + 6].split()[:1] in (["and"], ["&"]):
        return None  # "Drake and his manager spoke …": two people
    aged = _AGE.match(text, subj[1])  # "Maria, 34, has lived …"
    at = aged.end() if aged else subj[1]
    after = text[at:at + 3].strip()[:1]
    if not after.islower():
        return None  # the verb right after it
    sex = first_name_sex(word + " X") if is_first_name(word) else None
    if sex != gender or _ITS.search(text, subj[1], min(hi, subj[1] + _SENTENCE_READ)) is not None:
        return None  # no first name of that sex, or "Victoria has closed its schools": a place
    if ctx.cues is not None and ctx.cues.first(subj[1], hi) is not None:
        return None  # "…, his manager said.": someone else reported in that sentence
    return word if sole_candidate(ctx, text, lo, before, word, gender) else None


def _lower_case(text: str, word: str, before: int) -> bool:
    """Whether the text before ``before`` (a bounded stretch) writes ``word`` in lower case: a
    common noun that a first-name list also holds ("hope", "summer", "grace")."""
    low = word.lower()
    lo = max(0, before - _LOWER_READ)
    at = text.find(low, lo, before)
    while at >= 0:
        if not text[at - 1:at].isalpha() and not text[at + len(low):at + len(low) + 1].isalpha():
            return True
        at = text.find(low, at + 1, before)
    return False
