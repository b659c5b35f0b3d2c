"""A surname after Mr., Mrs., Ms. or Miss, or a "he" or "she", is the person of that sex the
article names with it: "Mrs. Clinton" where the article names President Bill Clinton first and
Hillary Clinton later is Hillary Clinton, not the fullest form of "Clinton" (issue 16, stop 40).
When no other name with the surname is found, the one found stays (the article's honorific wins
over the given-name counts: tests/test_quotes_first_names.py); when two names could be the one (a
given name of unknown sex counts), the mention names no one: rather null than the wrong person.

The names with the surname are read before the places of the surname the article's name index
keeps (``NameIndex.mentions``, found once an article), not by a scan of the text per mention; the
check is made where a surname is widened to a name of a known sex: ``resolve.resolve`` for an
honorific, ``resolve.antecedent`` for a pronoun, before it records whom the pronoun meant. Pure;
bounded by the index's 200 places of a surname."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_fr import HONORIFICS
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.tokens import strip_possessive

_HONORIFIC_SEX: Final = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f"}
# French copy's "M. Sautel", "Mme Sautel", "Mlle Sautel" (read in French articles only: "M." is an
# English initial): "M. Sautel" where the article names Hélène Sautel and her husband Marc Sautel is
# Marc Sautel, not the one named first (stop 46, read46f).
_HONORIFIC_SEX_FR: Final = {**_HONORIFIC_SEX, "M.": "m", "Mme": "f", "Mme.": "f", "Mlle": "f", "Mlle.": "f"}
_WORDS_BEFORE: Final = 3  # given and middle names read before the surname ("Hillary Rodham Clinton")
_WINDOW: Final = 80  # characters read before each place of the surname
_OPENING_MARKS: Final = "“‘\"'(«"


def _name_word(word: str) -> bool:
    """A given name or a middle initial ("B."); a word with a comma after it ends a name ("Tom
    Baker, Ann Baker"). A French honorific ends it too ("Selon M. Sautel" names no "Selon")."""
    if current_language().code == "fr" and (word in _HONORIFIC_SEX_FR or word in HONORIFICS):
        return False
    return given_name_like(word) and word[-1:].isalpha() or len(word) == 2 and word[0].isupper() and word[1] == "."


def _named_with(names: NameIndex, surname: str) -> set[str]:
    """The full names "GIVEN [MIDDLE] SURNAME" the article writes: one to three capitalized words
    right before a place of the surname, the longest run read. (Not the index's forms of the
    surname: they leave out a name that opens a quotation, "“Barack Obama Election Day”".)"""
    found: set[str] = set()
    texts = names.texts()
    for t_index, at in names.mentions(surname):
        text = texts[t_index]
        before = [w.lstrip(_OPENING_MARKS) for w in text[max(0, at - _WINDOW):at].split()[-_WORDS_BEFORE:]]
        k = 0
        while k < len(before) and _name_word(before[len(before) - 1 - k]):
            k += 1
        while k and not given_name_like(before[len(before) - k]):
            k -= 1  # ("President Bill Clinton", "B. Comey": the run opens on a given name)
        if k:
            found.add(" ".join(before[len(before) - k:] + [surname]))
    return found


def person_of_sex(names: NameIndex, surname: str, full: str, sex: str | None,
                  honorific: bool = True) -> str | None:
    """``full`` (the name ``surname`` was widened to) when ``sex`` is unknown or agrees with the
    sex of ``full``'s given name; else the one name with that surname whose given name is not of
    the other sex ("Mr. Obama": Barack Obama, where the article also names Michelle Obama), when
    it is the only one; ``full`` when there is none (the honorific is the article's word on that
    person); None when two could be. For a pronoun (``honorific`` False) the sex is no word about
    that name: None when there is none ("Clinton spoke. “…,” she said." with Bill Clinton only),
    unless the article writes an honorific of that sex before the surname ("Ms. Cole" elsewhere)."""
    got = first_name_sex(full) if sex else None
    if sex is None or got is None or got == sex:
        return full
    # Names of the other sex are set aside; one of unknown sex could be the one meant ("Hillary"
    # is not a one-sex name to the counts), so it keeps the choice open.
    open_names = {n for n in _named_with(names, strip_possessive(surname)) if first_name_sex(n) != got}
    givens = {n.split()[0] for n in open_names}
    if not givens:
        # the only one with the surname: the article's honorific wins over the counts ("Ms. Cole",
        # Ryan Cole); a pronoun does not (a woman not named), unless the article writes an
        # honorific of that sex before the surname
        return full if honorific or _honorific_of(names, strip_possessive(surname), sex) else None
    if len(givens) > 1:
        return None  # two who could be: no one named
    return max(open_names, key=len)  # "Hillary Rodham Clinton" over "Hillary Clinton"


def _honorific_of(names: NameIndex, surname: str, sex: str) -> bool:
    """Whether the article writes an honorific of ``sex`` right before a place of ``surname``
    ("Ms. Cole" with Ryan Cole): then a pronoun of that sex is the article's word on that name."""
    texts = names.texts()
    for t_index, at in names.mentions(surname):
        before = texts[t_index][max(0, at - _WINDOW):at].split()[-1:]
        if before and _HONORIFIC_SEX.get(before[0]) == sex:
            return True
    return False


def honorific_person(names: NameIndex, mention: str, full: str) -> str | None:
    """``person_of_sex`` for the sex of the honorific right before the mention's surname ("Mrs.
    Baker"); ``full`` when the mention has none."""
    words = mention.split()
    sexes = _HONORIFIC_SEX_FR if current_language().code == "fr" else _HONORIFIC_SEX
    return person_of_sex(names, words[-1], full, sexes.get(words[-2])) if len(words) >= 2 else full
