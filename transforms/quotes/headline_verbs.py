"""A headline's second verb after a comma shares the first verb's subject (stop 53): "Lopez Says
‘Huge Fleet’ Heading to Chile, Warns ‘The Clock Is Ticking’" — both quotes are Lopez's. Title
case capitalizes every word, so the words right before ", Warns" ("Heading to Chile") were read
as its subject. Pure."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.names import is_person_like

_MOST_WORDS: Final = 4  # words of the first verb's subject


def second_verb_subject(text: str, cues: CueIndex, lo: int, found: Finding) -> Finding:
    """``found`` (a lead-in whose verb follows ", ") with the subject of the headline's first
    verb of saying, when the headline opens on it ("Lopez Says …, Warns"); else ``found``."""
    first = cues.first(lo, found.cue_at - 2)
    if first is None:
        return found
    subject = text[lo:first.s].strip()
    words = subject.split()
    if not 1 <= len(words) <= _MOST_WORDS or not is_person_like(subject) or any(c in subject for c in "‘’“”\"':,"):
        return found
    return Finding(subject, found.cue, "explicit", found.cue_at, found.rule)  # (this quote's own verb and place)
