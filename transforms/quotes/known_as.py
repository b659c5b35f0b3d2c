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


def known_as_before(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` (six words or fewer, no sentence in it) follows an agentless naming word: a name
    or the writer's term, scare; or, of any length, a frame names it a title, a name or a motto
    (``title_frames``)."""
    if titled_by_frame(text, span):
        return True
    if len(quoted.split()) > _MAX_WORDS or quoted.rstrip()[-1:] in ".!?" or span.continued:
        return False
    return _AGENTLESS.search(text[max(0, span.open_at - _WINDOW):span.open_at]) is not None
