"""Which sentences can tell who speaks through a later verb with no subject (Spanish,
Portuguese: implied.dropped_subject_antecedent reads back sentence by sentence for "the first
person named"). Two kinds of sentence name people who are not their subject:

- a sentence whose own subject is dropped: "«…», ha destacado en relación a Posada.", "Señaló,
  también, que las declaraciones de Suárez Quiñones ...": Posada and Suárez Quiñones are what it
  is about; its speaker is the one before it, so the reading goes on back;
- a name inside the quoted words: "«No creo que Antona me haya enviado un mensaje»" is the
  speaker talking about Antona.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.perfect_subject import PLURAL, verb_start
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.verb_openers import opens_on_reporting_verb

# A closing quotation mark and the comma after it, at the end of a text: the verb that follows
# is the quote's attribution.
_CLOSED_QUOTE: Final = re.compile(r"[\"”»’][^\S\n]*+,[^\S\n]*+$")
# An adverbial set off by commas right after the verb ("dijo, tras la reunión, un portavoz"):
# the subject may be postponed behind it.
SET_OFF: Final = re.compile(r"[^\S\n]*,[^,.;:!?\n«»“”]{1,60},[^\S\n]*")
_OPENING: Final = "«“"
_CLOSING: Final = "»”"


def subject_dropped(text: str, ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` has no subject of its own: it opens on a singular
    reporting verb ("Señaló, también, que ...", "Además, ha subrayado que ..."), or it is a
    quote credited by a verb set off by a comma with no subject after it ("«…», ha destacado en
    relación a Posada.", "«…», dijo a la prensa."; a subject named after the verb was credited
    and is read from ``ctx.credits`` before this)."""
    assert ctx.cues is not None
    if opens_on_reporting_verb(text, ctx.cues, lo, hi):
        return True
    cues = ctx.cues.between(lo, hi)
    if not cues:
        return False
    cue = cues[-1]
    start = verb_start(text, cue.s)
    if start == PLURAL or not _CLOSED_QUOTE.search(text, max(lo, start - 8), start):
        return False
    if cue.e >= hi:
        return True
    set_off = SET_OFF.match(text, cue.e, hi)
    if set_off is not None and np_after(text, set_off.end(), hi) is not None:
        return False  # "«…», dijo, tras la reunión, un portavoz del PP.": its subject, postponed
    return np_after(text, cue.e + 1, hi) is None


def quote_marks(text: str, lo: int, at: int) -> tuple[int, int]:
    """The curly marks opened and not closed in ``text[lo:at]`` (may be negative), and its
    straight marks: counts that add up over consecutive slices, so a caller asking at many
    places of one sentence counts each character once (implied._first_person_in)."""
    before = text[lo:at]
    return sum(before.count(c) for c in _OPENING) - sum(before.count(c) for c in _CLOSING), before.count('"')


def quoted_after(text: str, at: int, hi: int, opened: int, straight: int) -> bool:
    """Whether ``at`` stands inside quotation marks within its sentence (ending at ``hi``), given
    ``quote_marks`` of the sentence up to ``at``: more marks open than close before it, or (a
    sentence that starts inside a quote) the first mark after it closes one."""
    if opened > 0 or straight % 2:
        return True
    for ch in text[at:hi]:
        if ch in _OPENING:
            return False
        if ch in _CLOSING:
            return opened == 0
    return False
