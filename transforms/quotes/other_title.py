"""Whether a person the article names is given another role than a description's: "le maire"
does not stand for "le député Jean Roy" (issue 16). Used by ``implied.described_person``: the one
person named in the sentence before a quote is whom "a déclaré le maire" stands for only when the
article did not write that person with a different title ("le député Jean Roy", "Jean Roy,
député de Lille"). A title of the same role, or of a generic word for it (role_synonyms), keeps it;
in German, only in the description's grammatical gender ("die Ministerin" is no "Minister X")."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.role_synonyms import role_words
from newsbeam.transforms.quotes.lexicon_de import TITLE_SUFFIXES as COMPOUND_TITLE_SUFFIXES
from newsbeam.transforms.quotes.titles import is_compound_title

_READ: Final = 10_000  # characters before the quote searched for the person's titles (bounded)
_TIMES: Final = 6  # occurrences of the name read at most
_BEFORE: Final = 6  # words read back from a name for its title
_WORD: Final = re.compile(r"[^\W\d_][\w'’\-]*")
_APPOSITIVE: Final = re.compile(r",[^\S\n]+(?:[^\W\d_]{1,3}(?:['’]|[^\S\n]+))?([^\W\d_][\w\-]*)")
# Words between a title and the name it is given: "le ministre de la Santé Jean Roy".
_LINKS: Final = frozenset("de du des d la le l les del da do dos das von der".split())


def titled_otherwise(text: str, lo: int, hi: int, person: str, head: str) -> bool:
    """Whether ``text[lo:hi]`` writes ``person`` after (or before ", ") a title that is not the
    role ``head`` nor one of its words (see the module)."""
    same = _stems(role_words(current_language().code, head))
    lo = max(lo, hi - _READ)
    at = text.find(person, lo, hi)
    times = 0
    while at >= 0 and times < _TIMES:
        times += 1
        title = _title_before(text, lo, at) or _title_after(text, at + len(person))
        if title is not None and (not _stems((title,)) & same and not _compound_same(title, same) or
                                  _other_gender(title, head)):
            return True
        at = text.find(person, at + len(person), hi)
    return False


def _is_title(low: str) -> bool:
    return low in TITLES or is_compound_title(low) or current_language().code == "fr" and low in lexicon_fr.PEOPLE


def _title_before(text: str, lo: int, at: int) -> str | None:
    """The title written right before the name at ``at`` ("le député", "la ministre de la Santé")."""
    words = list(_WORD.finditer(text, max(lo, at - 80), at))[-_BEFORE:]
    for m in reversed(words):
        w = m.group()
        low = (w[2:] if w[1:2] in ("'", "’") else w).lower()
        if _is_title(low):
            return low
        if not (w[:1].isupper() or low in _LINKS or w.lower() in _LINKS):
            return None
    return None


def _title_after(text: str, end: int) -> str | None:
    """The title of an appositive right after the name ("Jean Roy, député de Lille")."""
    m = _APPOSITIVE.match(text, end)
    return m.group(1).lower() if m is not None and _is_title(m.group(1).lower()) else None


def _stems(words: tuple[str, ...]) -> set[str]:
    """The words without a gender ending: "député"/"députée", "ministro"/"ministra",
    "Präsident"/"Präsidentin"."""
    out = set()
    for w in words:
        low = w.lower()
        if len(low) > 6 and low.endswith("in") and current_language().code == "de":
            low = low[:-2]
        out.add(low.rstrip("eao") or low)
    return out


def _other_gender(title: str, head: str) -> bool:
    """German: a title of the other grammatical gender than the description's head: "die
    Bildungsministerin" is no "Bundesminister Paul Kessler", "der Sprecher" no "Sprecherin"."""
    return current_language().code == "de" and _feminine(title) != _feminine(head.lower())


def _feminine(low: str) -> bool:
    return len(low) > 6 and low.endswith("in")


def _compound_same(title: str, same: set[str]) -> bool:
    """A German compound of the same office: "HSV-Präsident" for "der Präsident"."""
    low = next(iter(_stems((title,))))
    ends = {s for s in COMPOUND_TITLE_SUFFIXES if low.endswith(s)}
    return any(w.endswith(low) or low.endswith(w) or any(w.endswith(s) for s in ends) for w in same)
