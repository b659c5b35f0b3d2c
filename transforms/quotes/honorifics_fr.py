"""French honorifics and elided articles before a name, in a name's fullest form.

French copy names a person in full once ("Jacques Ribard, 58 ans, dirige …") and then with an
honorific before the surname: "M. Ribard", "Mme Roy", "Me Sautel" (a lawyer), "Mgr Vesco" (a
bishop), "le Pr Ravault"; agency and Canadian, Swiss and African dailies do so in nearly every
story. The honorific is a title (the guide: titles and honorifics are never part of the name),
so the fullest form of "Ribard" is "Jacques Ribard", not "M. Jacques Ribard". "M" without its
full stop is an initial, and "Me", "Pr" are no English titles: read in French articles only.

A sentence may open on an elided article and a noun ("L'infectiologue Didier Ravault défend
…", "D'abord …"): the word is capitalized because it opens the sentence, and a lower-case
letter after its apostrophe says it is a noun, not a name ("L'Oréal", "D'Alembert" keep their
capital). Neither is a word of the name.
"""

from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon_fr import FUNCTION_WORDS, HONORIFICS

# "L'infectiologue", "D’abord": one letter, an apostrophe, a lower-case letter (one word).
_ELIDED_NOUN: Final = re.compile(r"[LDldQq]u?['’][a-zà-öø-ÿ]")


def no_name_word_fr(tok: str, before: str = "") -> bool:
    """Whether the word ``tok`` before a French name is no part of it: an honorific ("M.",
    "Me", "Mgr") that opens the name (``before``, the word before it, is in lower case, a
    sentence's opening function word ("Selon M. Roy") or none: "John M. Smith" keeps its
    initial), or an elided article and noun ("L'infectiologue")."""
    if tok in HONORIFICS:
        return not before[:1].isupper() or before in HONORIFICS or before.lower() in FUNCTION_WORDS
    return _ELIDED_NOUN.match(tok) is not None


def after_honorific_fr(toks: list[str], k: int) -> int:
    """The index of the name's first word in ``toks`` (a run of words ending on a surname),
    at least ``k``: past the last honorific ("M.", "Me", "Mgr") and an elided article and
    noun that open the run. The last word (the surname) is never skipped. Bounded by the run
    (at most five words)."""
    for n in range(k, len(toks) - 1):
        if no_name_word_fr(toks[n], toks[n - 1] if n > k else ""):
            k = n + 1
    return k


def employer_then_name_fr(run: list[str]) -> list[str]:
    """A run of capitalized words after "du"/"de"/"des" in a French mention ("l'éditorialiste du
    Figaro Ivan Rioufol", "la militante de Greenpeace Anna Dubois") names the employer and then
    the person: the person's name opens on the first one-sex given name after the first word
    and runs to the end (two words at least); else the run as it is. (Stop 46, read46f: the
    person nouns fr46 added carried "Figaro Ivan Rioufol" to more sentences.) Bounded by the run."""
    if len(run) < 3:
        return run
    # From the right (stop 46, the merged tree's last read): the employer may hold a word of the
    # first-name lists ("du Red Star Grégory Poirier", "du Paris Saint-Germain Luis Enrique"); the
    # person's given name is the last one that still has a surname after it.
    for n in range(len(run) - 2, 0, -1):
        if _given(run[n]):
            return run[n:]
    return run


def _given(word: str) -> bool:
    """A given name, or a hyphenated pair of them ("Jean-Marc"); not a saint's place
    ("Saint-Germain", "Sainte-Marie")."""
    if "-" not in word:
        return is_first_name(word)
    parts = word.split("-")
    return len(parts) == 2 and parts[0] not in ("Saint", "Sainte") and all(is_first_name(p) for p in parts)


def after_employer_fr(text: str, pos: int, toks: list[str], k: int) -> int:
    """The index of the name's first word in ``toks`` (a run ending on a surname at ``pos``), at
    least ``k``: past an employer the run opens on where "du"/"de"/"des"/"de la"/"d'" stands
    right before it ("l'éditorialiste du Figaro Ivan Rioufol": ``employer_then_name_fr``).
    Bounded (80 characters back)."""
    if len(toks) - k < 3:
        return k
    lo = text.rfind(toks[k], max(0, pos - 80), pos)
    if lo < 0:
        return k
    before = text[max(0, lo - 12):lo].split()
    last = before[-1].lower() if before else ""
    if last in ("la", "l'", "l’") and len(before) >= 2:
        last = before[-2].lower()
    if not (last in ("du", "de", "des") or toks[k][:2].lower() in ("d'", "d’")):
        return k
    return k + len(toks[k:]) - len(employer_then_name_fr(toks[k:]))
