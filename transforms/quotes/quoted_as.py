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
from newsbeam.transforms.quotes.lexicon import PRONOUNS

_READ: Final = 300  # characters of the sentence read back from the quote
# "quoted Ann Lee as saying", "cited her as telling", "quoting a senior aide as having said".
_QUOTED_AS: Final = re.compile(
    r"\b(quoted|quotes|quoting|cited|cites|citing)[^\S\n]++([^.;:!?\"“”\n]{1,80}?)[^\S\n]++as[^\S\n]++"
    r"(?:saying|telling|writing|stating|having[^\S\n]++said)\b")


def quoted_as_saying(text: str, lo: int, hi: int) -> Finding | None:
    """The one quoted when the sentence ``text[lo:hi]`` before a quote says someone "quoted Y as
    saying" (the last such phrase), else None."""
    found = None
    for m in _QUOTED_AS.finditer(text, max(lo, hi - _READ), hi):
        found = m
    if found is None:
        return None
    who = found.group(2).split(",")[0].strip()  # "Ann Lee, the mayor of Dover,": the name
    how = "pronoun" if who.lower() in PRONOUNS else "explicit"
    return Finding(who, found.group(1), how, found.start(1), "lead_in")
