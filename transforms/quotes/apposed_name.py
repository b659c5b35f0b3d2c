"""The name an appositive description stands beside, when the lead-in's subject was read as the
description: "Lord Ann Lee, the British general and diplomat, who served as …, famously remarked
that “…”" gave the mention "diplomat" (or "the British general"), and no one. The sentence opens
on the name, the comma sets the description beside it, and the description runs up to the
mention: the words are the named person's (issue 16, stop 48; relative_head.py reads the same
shape when the cue is the relative clause's own verb). English only. A sentence that does not
open on the name ("Speaking to Ann Lee, the reporter said") is left alone: rather null than
wrong. Pure; one bounded match at the sentence's start.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title

_LOOK_BACK: Final = 300  # characters before the verb read for the mention
# Nouns of several people, never the one person named ("the officer police say “lied”").
_COLLECTIVE: Final = frozenset("police people staff crew family public press media".split())
_PREPOSITIONS: Final = frozenset("of for at in with from on to by".split())  # "the head of operations": one person
# A second noun phrase joined in the description: "the mayor and the police chief", "and Tom Hale".
_ANOTHER: Final = re.compile(r"[^\S\n](?:and|or|&)[^\S\n]++(?:an?|the|his|her|their|its|[A-Z])")
_CUE_THEN_COMMA: Final = re.compile(r"[\w’'-]{1,30}+,")  # the cue word, then a comma
# A determiner or relative word after the description's first word, up to the mention's start:
# "the man the prosecutor", "the officer whom the judge", "a friend of his wife".
_INNER_SUBJECT: Final = re.compile(r"[^\S\n](?:the|an?|whom|whose|his|her|their|its|[A-Z][\w.-]{0,30}+[’']s)[^\S\n]")
# A relative pronoun that is its clause's subject, a verb after it ("who heads", "that employs").
_SUBJECT_RELATIVE: Final = re.compile(r"[^\S\n](?:who|that|which)[^\S\n]++(?!(?:the|an?|his|her|their|its)[^\S\n])[a-z]")
# At the sentence's start: a name of one to five capitalized words, a comma, and a description
# that opens on an article or a possessive and holds no clause mark, quotation mark or comma.
_APPOSED: Final = re.compile(
    r"((?:[A-Z][\w’'.-]{0,30}+[^\S\n]){0,4}+[A-Z][\w’'.-]{0,30}+),[^\S\n]"
    r"(?:an?|the|[A-Z][\w.-]{0,30}+[’']s)[^\S\n][^,;:()“”\"‘\n]{0,80}+")


def apposed_name(mention: str, text: str, cue_at: int, ctx: ArticleContext) -> str | None:
    """The person named at the start of the sentence whose appositive description ends with
    ``mention`` (the words right before the cue at ``cue_at``); None otherwise."""
    if current_language().code != "en" or cue_at < 0 or not mention or mention[:1].isupper() and \
            mention.split()[0].lower() not in ("the", "a", "an"):
        return None
    words = mention.split()
    head = words[-1]
    if head.islower() and (head.endswith("s") and not head.endswith("ss") or head in _COLLECTIVE) and \
            not any(w in _PREPOSITIONS for w in words):
        # (last48) "Tom Hale, the officer prosecutors say “lied”", "a nurse colleagues described as
        # “…”": people, the subject of a clause inside the description, not the one named
        return None
    at = text.rfind(mention, max(0, cue_at - _LOOK_BACK), cue_at)
    if at < 0 or ctx.sentences is None:
        return None
    p_lo = text.rfind("\n", 0, at) + 1
    s_lo = ctx.sentences.start(p_lo, at)
    m = _APPOSED.match(text, s_lo, at + len(mention))
    if m is None or m.end() < at + len(mention):
        return None
    if _ANOTHER.search(text, m.end(1), m.end()):
        return None  # "Ann Lee, the mayor and the police chief said": a list of people, no apposition
    inner = _INNER_SUBJECT.search(text, m.end(1) + 2, at + len(mention))
    if inner and not _SUBJECT_RELATIVE.search(text, m.end(1) + 1, inner.start() + 1):
        # (read48b) "Tom Hale, the man the prosecutor said was “a monster”", "the officer whom
        # the judge called “a hero”": the mention is the subject of a clause inside the
        # description, someone other than the person the description stands beside (not an
        # object after "who heads": "the Alabama Republican who heads the Senate committee")
        return None
    words = m.group(1).split()
    if not words or words[0].lower() in FUNCTION_WORDS:
        return None  # "In Dunmore, a fisherman": a place, no name
    name = split_title(" ".join(words))
    if not name or " " not in name or not is_person_like(name) or not ctx.names.is_person(name):
        return None  # ("New York, the city's mayor said, is …": a place before the comma)
    if _CUE_THEN_COMMA.match(text, cue_at):
        return None  # "X, the mayor said, is …": the verb set off as an aside; X is no speaker
    return ctx.names.fullest_near(name, text, at)


def apposed_to_noun(text: str, at: int, end: int, name: str, sex: str) -> bool:
    """A name of two words or more, whose first name is one of ``sex``, that a lowercase noun
    describes: set off by commas after it ("Mr. Jobs’s successor, Tim Cook, took the stage"), or
    right after a possessor's noun ("Mr. Jobs’s successor Tim Cook"): the person the noun
    describes (s51; "Cook" is also a trade, so the name alone did not say it was a person)."""
    if len(name.split()) < 2 or first_name_sex(name) != sex:
        return False
    if text[max(0, at - 2):at] == ", " and text[end:end + 1] == ",":
        before = text[max(0, at - 40):at - 2].split()
        return bool(before) and before[-1].isalpha() and before[-1].islower()
    before = text[max(0, at - 60):at].split()
    return len(before) >= 2 and before[-1].isalpha() and before[-1].islower() and \
        before[-2].endswith(("’s", "'s")) and before[-2][:1].isupper()
