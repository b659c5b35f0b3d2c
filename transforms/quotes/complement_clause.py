"""A cue inside the clause that another reporting verb introduces: "Lee said that her party
would continue to be “...”", "Ruiz said Moreno agrees to “...”". The words after the outer verb
are its report, and the inner verb (one that reports no speech of its own: "continue", "find",
"agree") is no attribution: the quote is the outer subject's, so the inner cue is passed over and
the outer one read instead (English only). So is any cue after a modal (s62): "Putin said Russia
would respond “decisively”", "Trump said Beijing will announce “big” purchases": a speech act
the outer subject foretells, that no one has made; the words are the outer subject's."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.lexicon import AUXILIARIES

# Reporting verbs whose object is a clause ("said (that) ...").
_OUTER: Final = frozenset("""said says told claimed claims wrote writes noted notes argued argues insisted
insists added adds stated states explained explains warned warns""".split())
# Cue words that report no speech of their own when they are a complement clause's verb.
_INNER: Final = frozenset("""continue continues continued find finds found agree agrees agreed recall
recalls recalled""".split())
# Modals before an inner cue, and the words that may stand between ("would not respond") (s62).
_MODALS: Final = frozenset("would will could might should must may can shall".split())
_MODAL_ADVERBS: Final = frozenset("not never also then soon now still".split())
_CONTENT_VERBS: Final = frozenset("say tell write state declare".split())  # their object is what is said
# Between the outer verb and the inner cue: words of one clause, no punctuation that could end it
# or open an aside ("Lee said he is sure Ruiz will continue", not "Lee said, and Ruiz continued").
_GAP: Final = re.compile(r"[^,;:.!?()\[\]\"“”‘—–\n]{1,120}")


def in_complement(text: str, found_cues: list[Cue], cue: Cue, subject_at: int, hi: int = -1) -> bool:
    """True when ``cue`` (a verb that reports no speech) sits, with its subject (starting at
    ``subject_at``), in the clause of an earlier reporting verb of the same stretch
    (``found_cues``, in text order), no punctuation between them: "She said that her campaign
    would continue “...”", "Lee said he is sure Ruiz will continue to be “...”". A cue after a
    modal, where the quote opening at ``hi`` is no content of its own: "Aides said Lee will tell
    the rally: “…”", "… would say the plan was “dead”" give Lee's words to come."""
    if cue.word.lower() not in _INNER and not (
            _after_modal(text, subject_at, cue.s) and 0 <= cue.e <= hi and _no_content(text[cue.e:hi], cue.word)):
        return False
    for outer in found_cues:
        if outer.e > subject_at:
            break
        if outer.word.lower() in _OUTER:
            gap = _GAP.match(text, outer.e, cue.s)
            if gap is not None and gap.end() == cue.s:
                return True
    return False


def _no_content(gap: str, word: str) -> bool:
    """The words ``gap`` between a cue ``word`` and its quote open no content clause: "respond
    “decisively”", "insist on “guarantees”"; not "tell the rally that …", "say: “…”"."""
    return word.lower() not in _CONTENT_VERBS and ":" not in gap and "that" not in gap.split()


def _after_modal(text: str, lo: int, at: int) -> bool:
    """A modal, or a modal and "not", "never" ..., stands right before ``at`` after ``lo`` (the
    inner subject): "Russia would respond", "Moscow will not insist"."""
    words = text[max(lo, at - 40):at].split()[-3:]
    while len(words) > 1 and words[-1].lower() in _MODAL_ADVERBS:
        words.pop()
    return bool(words) and words[-1].lower() in _MODALS


def subject_of_report(text: str, end: int, hi: int) -> bool:
    """The phrase that ends at ``end`` (read after "said" following a quote) is followed at once
    by a verb of its own: "“reckless,” said the vote was “a sham”" reads "the vote" as the
    subject of what was said, not as who said it (English, s52)."""
    nxt = text[end:min(hi, end + 20)].split(None, 1)
    return bool(nxt) and nxt[0] in AUXILIARIES  # ("said the vote was ...")
