"""List marks that open a line of a zone: read as blank space, so the line's first words are its
subject.

Feeds put an article's summary points at the head of its body as lines that open on a bullet
glyph ("• Hamas condemns Tel Aviv’s attempt ‘to steal …’"; Dawn's world pages on every item).
The glyph was taken as the first word of the line: the subject became "• Hamas", no name, and
the summary's quotes had no speaker, or the rules for a sentence's opening did not apply.
Blanking the glyph with a space keeps every offset (quotes are cut from the zone's text by
offset, and a glyph opens no quotation). Pure function; one bounded pattern.
"""
from __future__ import annotations

import re
from typing import Final

# A bullet glyph at a line's start (after at most a few spaces), followed by a space.
_MARK: Final = re.compile(r"(?m)^([^\S\n]{0,8})[•▪●◦‣■](?=[^\S\n])")


def blank_list_marks(text: str) -> str:
    """``text`` with each line-opening bullet glyph replaced by a space (same length)."""
    if not any(m in text for m in "•▪●◦‣■"):
        return text
    return _MARK.sub(lambda m: m.group(1) + " ", text)
