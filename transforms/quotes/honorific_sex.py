"""A surname after Mr., Mrs., Ms. or Miss is the person of that sex the article names with it:
"Mrs. Clinton" where the article names President Bill Clinton first and Hillary Clinton later is
Hillary Clinton, not the fullest form of "Clinton" (issue 16, stop 40). When no other name with
the surname is found, the one found stays (the article's honorific wins over the given-name
counts: tests/test_quotes_first_names.py); when two names could be the one (a given name of
unknown sex counts), the mention names no one: rather null than the wrong person. Pure; one bounded pass over the surname's occurrences."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.tokens import strip_possessive

_HONORIFIC_SEX: Final = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f"}
_MAX_OCCURRENCES: Final = 200  # the surname's places read in one article (bounded)
_WORDS_BEFORE: Final = 3  # given and middle names read before the surname ("Hillary Rodham Clinton")
_WINDOW: Final = 80  # characters read before each occurrence
_OPENING_MARKS: Final = "“‘\"'(«"


def _name_word(word: str) -> bool:
    """A given name or a middle initial ("B."); a word with a comma after it ends a name ("Tom
    Baker, Ann Baker")."""
    return given_name_like(word) and word[-1:].isalpha() or len(word) == 2 and word[0].isupper() and word[1] == "."


def _named_with(text: str, surname: str) -> set[str]:
    """The full names "GIVEN [MIDDLE] SURNAME" written in ``text``: one to three capitalized
    words right before the surname, the longest run read."""
    found: set[str] = set()
    at = text.find(surname)
    seen = 0
    while at >= 0 and seen < _MAX_OCCURRENCES:
        seen += 1
        end = at + len(surname)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            before = [w.lstrip(_OPENING_MARKS) for w in text[max(0, at - _WINDOW):at].split()[-_WORDS_BEFORE:]]
            k = 0
            while k < len(before) and _name_word(before[len(before) - 1 - k]):
                k += 1
            while k and not given_name_like(before[len(before) - k]):
                k -= 1  # ("President Bill Clinton", "B. Comey": the run opens on a given name)
            if k:
                found.add(" ".join(before[len(before) - k:] + [surname]))
        at = text.find(surname, end)
    return found


def honorific_person(mention: str, full: str, text: str) -> str | None:
    """``full`` (the name resolution found for ``mention``) when the mention has no honorific
    before its surname, or one that agrees with the sex of ``full``'s given name; else the one
    name with that surname whose given name is not of the other sex ("Mr. Obama": Barack Obama,
    where the article also names Michelle Obama), when it is the only one; ``full`` when there is
    none (the honorific is the article's word on that person); None when two could be."""
    words = mention.split()
    sex = _HONORIFIC_SEX.get(words[-2]) if len(words) >= 2 else None
    got = first_name_sex(full) if sex else None
    if sex is None or got is None or got == sex:
        return full
    # Names of the other sex are set aside; one of unknown sex could be the one meant ("Hillary"
    # is not a one-sex name to the counts), so it keeps the choice open.
    open_names = {n for n in _named_with(text, strip_possessive(words[-1])) if first_name_sex(n) != got}
    givens = {n.split()[0] for n in open_names}
    if not givens:
        return full  # the only one with the surname: the article's honorific wins over the counts ("Ms. Cole", Ryan Cole)
    if len(givens) > 1:
        return None  # two who could be: no one named
    return max(open_names, key=len)  # "Hillary Rodham Clinton" over "Hillary Clinton"
