"""A pronoun right after "whom" (stop 53): "He also talked up his ties with Prime Minister Ken
Ito, whom he described as “very capable”". The relative's antecedent (Ken Ito) is the one
described, never the describer; when the sentence opens on the same pronoun, the two are one
person, read from where the sentence opens (before the name that came in after it). Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext

_WHOM: Final = re.compile(r"\bwhom[^\S\n]+(?:he|she)[^\S\n]*$")
_OPENERS: Final = frozenset("however but and still yet".split())
_READ: Final = 24  # characters before the cue read for "whom he"


def whom_opener(ctx: ArticleContext, text: str, cue_at: int, pronoun: str) -> int:
    """Where the pronoun's sentence opens when the pronoun before ``cue_at`` stands right after
    "whom" and the sentence opens on that pronoun (past "However,"); else -1."""
    if cue_at < 0 or ctx.sentences is None or _WHOM.search(text[max(0, cue_at - _READ):cue_at]) is None:
        return -1
    s_lo = ctx.sentences.start(text.rfind("\n", 0, cue_at) + 1, cue_at)
    words = [w.strip(",").lower() for w in text[s_lo:s_lo + 40].split()[:2]]
    opens = words[:1] == [pronoun] or len(words) == 2 and words[0] in _OPENERS and words[1] == pronoun
    return s_lo if opens else -1
