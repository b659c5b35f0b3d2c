"""A cue inside the clause that another reporting verb introduces: "Lee said that her party
would continue to be “...”", "Ruiz said Moreno agrees to “...”". The words after the outer verb
are its report, and the inner verb (one that reports no speech of its own: "continue", "find",
"agree") is no attribution: the quote is the outer subject's, so the inner cue is passed over and
the outer one read instead (English only)."""
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
# Between the outer verb and the inner cue: words of one clause, no punctuation that could end it
# or open an aside ("Lee said he is sure Ruiz will continue", not "Lee said, and Ruiz continued").
_GAP: Final = re.compile(r"[^,;:.!?()\[\]\"“”‘—–\n]{1,120}")


def in_complement(text: str, found_cues: list[Cue], cue: Cue, subject_at: int) -> bool:
    """True when ``cue`` (a verb that reports no speech) sits, with its subject (starting at
    ``subject_at``), in the clause of an earlier reporting verb of the same stretch
    (``found_cues``, in text order), no punctuation between them: "She said that her campaign
    would continue “...”", "Lee said he is sure Ruiz will continue to be “...”"."""
    if cue.word.lower() not in _INNER:
        return False
    for outer in found_cues:
        if outer.e > subject_at:
            break
        if outer.word.lower() in _OUTER:
            gap = _GAP.match(text, outer.e, cue.s)
            if gap is not None and gap.end() == cue.s:
                return True
    return False


def subject_of_report(text: str, end: int, hi: int) -> bool:
    """The phrase that ends at ``end`` (read after "said" following a quote) is followed at once
    by a verb of its own: "“reckless,” said the vote was “a sham”" reads "the vote" as the
    subject of what was said, not as who said it (English, s52)."""
    nxt = text[end:min(hi, end + 20)].split(None, 1)
    return bool(nxt) and nxt[0] in AUXILIARIES  # ("said the vote was ...")
