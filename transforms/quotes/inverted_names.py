"""A name that a sentence-final attribution puts after its verb is a person's: "The region has
stabilized, says Daniel Reyes, a partner at the firm." English news inverts its attribution
(", said X", ", writes X") far more often than it gives a newcomer's name any other sign of
being a person; read only from the verb before the name, the pronoun resolver
(``antecedents.nearest_person``) passed over such a name said once, and the "he" or "she" of
the quote after it came out null, or went to a heading's capitalized words further back.

Rather null than wrong: the verb must be one of ``lexicon.INVERTED_CUES`` (after "told",
"asked", "urged" comes the listener, not the speaker), right before the name with a single
space between, and the verb must follow a comma or a closing quotation mark, as in an
attribution; "The group said Tom Hale broke the rules" is no inversion. A body ("says the
Lake Group") is no person: the caller keeps its own organisation test, and reads only a name
of two words or more (", says Anutin" is left to the article's fuller form of it). Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import INVERTED_CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

_REACH: Final = 16  # characters before the name searched for its verb ("reiterated " is 11)
_BEFORE_VERB: Final = (",", "”", "\"", "’")  # what an attribution's verb follows


def named_after_verb(ctx: ArticleContext, text: str, at: int) -> bool:
    """Whether the name at ``text[at:]`` is the subject of an inverted attribution's verb right
    before it: ``…, says <name>``, ``…,” said <name>``."""
    if at < 2 or text[at - 1] != " " or ctx.cues is None:
        return False
    verbs = ctx.cues.between(max(0, at - _REACH), at)
    if not verbs:
        return False
    cue = verbs[-1]
    if cue.e != at - 1 or cue.word.lower() not in INVERTED_CUES:
        return False
    return text[max(0, cue.s - 3):cue.s].rstrip().endswith(_BEFORE_VERB)


# The name after the verb: two to five capitalized words ("Ana Ruiz", "Mayor Tom J. Hale").
_NAME_RUN: Final = re.compile(r"[A-Z][\w’'.-]*+(?:[^\S\n][A-Z][\w’'.-]*+){1,4}")
# What may follow the name in an attribution that closes its sentence: an appositive (", a
# broker") or an adjunct ("in The Courier", "on Tuesday"); not "and" (two people: no "he"), not
# a verb ("said Tom Hale was wrong": Tom Hale is what someone said something about).
_ADJUNCT_WORDS: Final = frozenset("in at of on for from to with during after before last this".split())
_QUOTE_MARKS: Final = "“”\"«»„"  # a sentence with a quote of its own: its credit is read instead


def _closes_attribution(rest: str) -> bool:
    """``rest``, the sentence after the name, ends an attribution: nothing, an appositive or an
    adjunct."""
    rest = rest.strip(" .!?)")
    return not rest or rest[0] in ",;—–(" or rest.split(None, 1)[0].lower() in _ADJUNCT_WORDS


def reported_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str) -> str | None:
    """The person the sentence right before the pronoun's own reports with an inverted
    attribution and no quote of its own ("Whether the ferries return is in doubt, said Ana
    Ruiz, director of the union. “…,” she said."), if the article's "he" or "she" can be that
    person; else None. That sentence is about its reporter, whoever spoke in the sentences
    before it (``resolve._subject_before`` would pass over it to the last one credited)."""
    sentences, cues = ctx.sentences, ctx.cues
    if sentences is None or cues is None:
        return None
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # the pronoun's own sentence
    while hi > lo and text[hi - 1] in " \n\r":
        hi -= 1
    if hi <= lo:
        return None
    s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
    if any(mark in text[s_lo:hi] for mark in _QUOTE_MARKS):
        return None
    verbs = [cue for cue in cues.between(s_lo, hi) if cue.word.lower() in INVERTED_CUES]
    if not verbs or not named_after_verb(ctx, text, verbs[-1].e + 1):
        return None
    run = _NAME_RUN.match(text, verbs[-1].e + 1, hi)
    if run is None:
        return None
    if run.group().endswith(("’s", "'s")) or not _closes_attribution(text[run.end():hi]):
        return None  # "Ann Lee, who studies tax, said Tom Hale’s plan fails": the subject is before
    name = split_title(run.group()) or run.group()
    if len(name.split()) < 2 or not is_person_like(run.group()) or is_org(name):
        return None
    full = ctx.names.fullest(name)
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None
