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
NAME_RUN: Final = re.compile(r"[A-Z][\w’'.-]*+(?:[^\S\n][A-Z][\w’'.-]*+){1,4}")
# What may follow the name in an attribution that closes its sentence: an appositive (", a
# broker") or an adjunct ("in The Courier", "on Tuesday"); not "and" (two people: no "he"), not
# a verb ("said Tom Hale was wrong": Tom Hale is what someone said something about).
_ADJUNCT_WORDS: Final = frozenset("in at of on for from to with during after before last this".split())


def closes_attribution(rest: str) -> bool:
    """``rest``, the sentence after the name, ends an attribution: nothing, an appositive or an
    adjunct."""
    rest = rest.strip(" .!?)")
    return not rest or rest[0] in ",;—–(" or rest.split(None, 1)[0].lower() in _ADJUNCT_WORDS
