"""English "X quoted Y as saying “…”" (issue 16, stop 47): the words are Y's, the one quoted, not
the outlet's or the person's who quotes them ("The Times quoted Ann Lee as saying: “…”" had
credited the Times; the annotation guide: when an outlet quotes a person, the speaker is that
person). Y is read as any subject is (a name, a pronoun, a description: "quoted a senior aide as
saying" is an unnamed aide's, null). One bounded regex over the quote's sentence before its mark.
Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS
from newsbeam.transforms.quotes.lexicon import PRONOUNS

_READ: Final = 300  # characters of the sentence read back from the quote
# "quoted Ann Lee as saying", "cited her as telling", "quoting a senior aide as having said".
_QUOTED_AS: Final = re.compile(
    r"\b(quoted|quotes|quoting|cited|cites|citing)[^\S\n]++([^.;:!?\"“”\n]{1,80}?)[^\S\n]++as[^\S\n]++"
    r"(?:saying|telling|writing|stating|having[^\S\n]++said)\b")


# Words before "quoted" that put the phrase in a relative clause ("the Times, which quoted Ann
# Lee as saying so, …"): the sentence's own verb is another (read47b).
_RELATIVE: Final = frozenset("which who that whom".split())


def quoted_as_saying(text: str, lo: int, hi: int, cue_at: int = -1) -> Finding | None:
    """The one quoted when the sentence ``text[lo:hi]`` before a quote says someone "quoted Y as
    saying" (the last such phrase), else None. Not when the lead-in's own cue (at ``cue_at``)
    comes after the phrase ("Tom Hale, citing the report as saying …, said: “…”": his), the
    phrase is passive ("She was quoted by the Times as saying": the subject's, read as before) or
    in a relative clause ("which quoted Ann Lee as saying"; read47b)."""
    found = None
    for m in _QUOTED_AS.finditer(text, max(lo, hi - _READ), hi):
        found = m
    if found is None or cue_at >= found.end():
        return None
    if found.group(2).startswith("by ") or text[max(lo, found.start() - 8):found.start()].split()[-1:] and \
            text[max(lo, found.start() - 8):found.start()].split()[-1].lower() in _RELATIVE:
        return None
    who = found.group(2).split(",")[0].strip()  # "Ann Lee, the mayor of Dover,": the name
    who = who.split(" and ")[0]  # "Ann Lee and Tom Hale": the first named (the guide)
    owner, _, owned = who.rpartition(" ")
    if owner.endswith(("'s", "’s")) and owned.lower() in POSSESSED_NOUNS:
        who = owner[:-2]  # "quoted Ann Lee's statement as saying": hers
    how = "pronoun" if who.lower() in PRONOUNS else "explicit"
    return Finding(who, found.group(1), how, found.start(1), "lead_in")
