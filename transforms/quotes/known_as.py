"""A name given with no one giving it: "also known as “…”", "the so-called “…”", „auch
bekannt als „…“", „sogenannte „…“", "conocido como «…»". The words before the quote say it is
a name or a term the writer keeps at a distance, whoever the sentence reports: a scare quote
even when a rule finds a named speaker for the sentence (``ESPN reported that … in so-called
“mention markets”``, ``Elder fand in Alvin Thomas, auch bekannt als „Titanic“ Thompson, …``).

extract.py sets aside words quoted as words (``kinds.is_mentioned_word``, "so-called" among
them) only when no one named is credited; this test is asked besides, for these agentless
naming words only. Naming verbs with an agent ("Trump called them “losers”", "Lee dubbed it
…") stay the agent's, partial, as the guide has it."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.named_terms import AGENTLESS_NAMING
from newsbeam.transforms.quotes.title_frames import titled_by_frame

_WINDOW: Final = 40  # characters read before the opening mark
_MAX_WORDS: Final = 6
# Naming words that give no agent (named_terms.AGENTLESS_NAMING; "also known as", "auch bekannt
# als" end on theirs), then a definite article.
_AGENTLESS: Final = re.compile(
    rf"(?:\b(?:{AGENTLESS_NAMING})(?:\s+(?:the|der|die|das|den|dem|des|el|la|los|las|o|a|os|as))?)\s*$",
    re.IGNORECASE)


# A name whose sentence ends inside its marks (s56: "known as the “mosquito lab.”", "the “bedroom
# tax.”"): lower case, at most four words, "the" or none before them, no comma, no pronoun; not a
# description in the speaker's words ("known as “a gift to our children.”", "“a bit of a rebel,
# really.”", "“the one who finally fixed it.”").
_NAME_WITH_STOP: Final = re.compile(
    r"(?!(?:a|an|one|someone|somebody)\b)(?:the[^\S\n]+)?(?![^.]*\b(?:I|we|our|us|my|me|you|your|who|that|which|when)\b)"
    r"[a-z][\w’'-]{0,30}(?:[^\S\n]+[a-z][\w’'-]{0,30}){0,3}\.")


def known_as_before(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` (six words or fewer, no sentence in it but a lower-case name whose stop stands
    inside the marks: ``_NAME_WITH_STOP``) follows an agentless naming word: a name
    or the writer's term, scare; or, of any length, a frame names it a title, a name or a motto
    (``title_frames``)."""
    if titled_by_frame(text, span):
        return True
    if len(quoted.split()) > _MAX_WORDS or quoted.rstrip()[-1:] in "!?" or span.continued or \
            quoted.rstrip()[-1:] == "." and not _NAME_WITH_STOP.fullmatch(quoted):
        return False
    before = text[max(0, span.open_at - _WINDOW):span.open_at]
    if apposed_naming(text, span) and _BY_AGENT.match(text, span.end, span.end + 8) is None:
        return True  # "Bob Smith, nicknamed the “tax king,” paid": the name he goes by (s55)
    return _AGENTLESS.search(before) is not None


def apposed_naming(text: str, span: Span) -> bool:
    """A naming participle set off by a comma right before the quote ("Bob Smith, dubbed the
    “…”"): the one before it is named so, not the one who names (s55)."""
    return _APPOSED.search(text, max(0, span.open_at - _WINDOW), span.open_at) is not None


# A naming participle set off after a name, with no agent after the quote ("Bob Smith, nicknamed
# the “tax king,”", "the island, once dubbed “paradise”"): the name someone goes by, no one's
# words; "dubbed the “tax king” by Trump" is Trump's (left to the rules), and so is "Trump
# dubbed him “…”" (no comma before the participle).
_APPOSED: Final = re.compile(
    r",[^\S\n]*+(?:(?:once|often|sometimes|widely|popularly|affectionately|later)[^\S\n]++)?"
    r"(?:nick-?named|dubbed|christened)(?:[^\S\n]++(?:the|a|an))?[^\S\n]*+$",
    re.IGNORECASE)
_BY_AGENT: Final = re.compile(r"[”’\"',]*+[^\S\n]*+,?[^\S\n]*+by\b")
