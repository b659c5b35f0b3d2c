"""English: a sentence that closes on its inverted attribution, the quote opening the next one
(issue 16, stop 58): "It is a familiar story, said Ann Lee. “We cannot wait another year.”"

The same sentence with the subject first ("…, Ann Lee said.") gave the quote to Ann Lee (rule
``reported_sentence_before``); inverted, the noun phrase before the verb ("It") was read, and no
one, before ``closing_sentence_before`` (which reads this shape, with its own checks) was tried.
``reported_sentence_before`` now asks here first whether the sentence closes so: its last cue is
a verb of saying English inverts ("said", "writes", "added"; not "told Politico", "tweeted a
warning"), right after a comma, then a noun phrase that runs to the sentence's end, or to a phrase
naming where the words appeared ("said Ann Lee in the Harlow Gazette."). Pure; bounded by the
sentence.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.phrases import np_after

# Verbs of saying that English writes before their subject at a sentence's end ("…, said Lee.");
# not verbs with an object or a listener after them ("told Politico", "tweeted a warning").
_INVERTING: Final = frozenset("""said says wrote writes added adds argued argues noted notes asked asks explained
explains continued continues recalled recalls insisted insists warned warns concluded concludes observed observes
replied replies countered counters quipped quips acknowledged acknowledges admitted admits""".split())
# After the name, at most a phrase of where the words appeared: "in the Harlow Gazette", "on X".
_WHERE: Final = re.compile(r"[^\S\n]+(?:in|on|for|to)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'.-]*+(?:[^\S\n]+[A-Z][\w’'.-]*+){0,4}")


def closes_inverted(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` ends "…, said Ann Lee." (or "…, writes Ann Lee in The
    Courier."): its last cue inverted, a noun phrase after it to the sentence's end."""
    stop = _sentence_stop(text, lo, hi)
    found = cues.between(lo, stop) if stop > lo else []
    if not found:
        return False
    cue = found[-1]
    if not text[lo:cue.s].rstrip().endswith(",") or cue.word not in _INVERTING:
        return False  # ("…, Karin Karlsboro, …, told Politico.": told whom; "…, tweeted a warning.": what)
    np = np_after(text, cue.e + 1, stop)
    if np is None or np[1] <= cue.e:
        return False
    rest = text[np[1]:stop]
    # ("…, said Lee, who …": more than a name and where it appeared: no)
    return not rest.strip() or _WHERE.fullmatch(rest) is not None or \
        (m := _WHERE.match(rest)) is not None and not rest[m.end():].strip()


def _sentence_stop(text: str, lo: int, hi: int) -> int:
    """Where the sentence ``text[lo:hi]`` ends: its closing full stop (spaces after it skipped),
    or -1 when it ends otherwise."""
    k = hi
    while k > lo and text[k - 1].isspace():
        k -= 1
    return k - 1 if k > lo and text[k - 1] == "." else -1
