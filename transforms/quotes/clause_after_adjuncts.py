"""The subject of a main clause that opens after fronted phrases set off by commas, for a verb
of speech that has none of its own (rule ``clause_after_adjuncts``, English).

``subject_of`` reads a sentence's subject after one opening phrase; after two or more ("After
the vote, a session that ran late, Mayor Ann Lee smiled and said, “…”", "Asked about the port,
an outcome she has long backed, Lee paused before replying, “…”") it finds none, and a
participle ("..., saying", "before replying") or a second verb ("smiled and said") is left
without a subject. The main clause is the last stretch between commas before the cue; when it
opens on a person's name (a title may go before it) and goes on in lower case (its verb), that
name is the subject. A stretch that opens in lower case (an appositive, "the mayor left"), a
possessive ("Lee's aide said"), a body, or a name the article does not use for a person: no one.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.participle_object import subject_fits

CLAUSE_AFTER_ADJUNCTS: Final = "clause_after_adjuncts"

# The main clause: capitalized words (a title and a name), then a lower-case verb and at most
# five more lower-case words up to the cue: "Mayor Tom Hale smiled and", "Lee paused before".
_CLAUSE: Final = re.compile(
    r"[^\S\n]{0,4}((?:[A-Z][\w.-]{0,30}[^\S\n]{1,4}){1,4})((?:[a-z][\w-]{0,30}[^\S\n]{0,4}){1,6})$")
# Words that cannot open the verb phrase after the name: the name runs on, or is no subject.
_NOT_VERBS: Final = frozenset("of and or the a an in on at for to from with by as who which that whose".split())


def clause_after_adjuncts(text: str, lo: int, at: int, ctx: ArticleContext | None) -> tuple[int, int] | None:
    """(start, end) of the name that is the subject of the main clause before the cue at ``at``
    in the sentence from ``lo``, when two or more commas set off phrases before it; else None."""
    if current_language().code != "en":
        return None
    head = text[lo:at]
    if head.count(",") < 2 or len(head) > 600:
        return None
    stop = len(head.rstrip())
    if head[:stop].endswith(","):
        stop -= 1  # "..., Lee left early, saying": the clause before the participle's comma
    start = head.rfind(",", 0, stop)
    if start <= 0 or head.count(",", 0, start) < 1:
        return None  # one phrase before it at most: ``subject_of``'s
    m = _CLAUSE.fullmatch(head, start + 1, stop)
    if m is None or m.group(2).split()[0] in _NOT_VERBS:
        return None
    mention = m.group(1).strip()
    if mention.endswith(("’s", "'s")) or not subject_fits(mention, ctx):
        return None
    s = lo + m.start(1)
    return s, s + len(mention)
