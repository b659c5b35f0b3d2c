""""Share" as a verb of speech: only right beside the quote.

Culture, music and science copy writes an artist's or a researcher's words with "share" where
news writes "say": "Rita Lukea shares, “…”", "“…,” he shared in a statement", "“…,” Ann Lee
shares of the new record". Anywhere else "share" is mostly not speech ("Apple shares fell",
"shared a video", "the views they share", "a shared “vision”"): taken as a cue everywhere it
moved 45 quotes of the corpora, most of them wrong (measured, stop 43). So it is a cue only
when an opening mark follows it after a comma or a colon, or when it closes a short subject
right after a closing mark and a comma, in the same sentence.
"""
from __future__ import annotations

import re
from typing import Final

SHARE_FORMS: Final = frozenset("share shares shared sharing".split())
# ", “" or ": “" right after the verb ("Rita Lukea shares, “…”", "She shared: “…”").
_OPENS: Final = re.compile(r"[^\S\n]{0,2}[,:][^\S\n]{0,3}[“\"‘']")
# A comma and a closing mark (either order), then at most four words up to the verb ("“…,” he
# shared"); a mark with no comma closes a term inside the sentence ("“very conservative” voters
# represented a larger share"). A word holds no full stop but an initial's or a title's ("Ann
# B. Lee", "Dr. Lee"): "“…,” Ann Lee said. Apple shares …" is a new sentence (review43 F6).
_CLOSED_BEFORE: Final = re.compile(
    r"(?:[,?!][”\"’']|[”\"’'][^\S\n]{0,2},)[^\S\n]{1,3}"
    r"(?:(?:[\w'’\-]{1,30}|[A-Z]\.|(?:Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Jr|Sr|Prof)\.)[^\S\n]{1,3}){1,4}$")
_BACK: Final = 60  # characters read before the verb for the closing mark


def reports_sharing(text: str, start: int, end: int) -> bool:
    """Whether the "share" word at ``text[start:end]`` reports the words of a quote beside it."""
    opens = _OPENS.match(text, end)
    if opens is not None:
        # "Nvidia shares, “the hottest stock,” rose": the quote is set in the sentence, whose
        # verb goes on after it: an apposition, no one's speech (review43 F6)
        return _GOES_ON.match(text, opens.end(), min(len(text), opens.end() + _APPOSITION)) is None
    return _CLOSED_BEFORE.search(text, max(0, start - _BACK), start) is not None


# A comma and a closing mark then a lower-case word, no sentence end before: the sentence goes on.
_GOES_ON: Final = re.compile(r"[^.!?”\"’\n]{1,200}?,[”\"’'][^\S\n]{1,3}[a-z]")
_APPOSITION: Final = 240  # characters read for the apposition's end
