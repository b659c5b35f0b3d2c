"""An English subject whose appositive lost its closing comma (issue 16, stop 42).

Press releases and the trade and local news that reprint them write a name, a comma and the
person's job, and then the verb with no second comma: "Mara Quint, Chief Financial Officer of
Brask Tools said: “…”", "Tom Hale, Plant Manager and a Dorvan native said, “…”". Read as it
stands, the phrase before the verb is the job ("Chief Financial Officer of Brask Tools"), and the
speaker came out as the company or as no one. The name that opens the sentence is the subject;
the job is its appositive, as it is when the comma is there.

Only that shape: the sentence opens on a person's name of two to four capitalized words whose
first word is a first name of one sex, and a comma; the appositive starts with a capitalized word, has a title or role word ("Officer",
"Manager", "CEO") among its first capitalized words, holds no comma, colon, quotation mark or
other person's name, and ends right before the verb. "Ann Lee, the mayor and the police chief
said" (no capitalized job: two subjects, perhaps) and "In Dorvan, Mayor Ann Lee said" (no name
opens it) are left to the ordinary reading. Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.names import is_person_like

_SP: Final = r"[^\S\n]{1,3}"
_CAP: Final = r"[A-Z][\w’'\-]*"
# The sentence's opening name and its comma, then the appositive up to the verb.
_OPENING: Final = re.compile(
    r"(" + _CAP + r"(?:" + _SP + r"(?:[A-Z]\.|" + _CAP + r")){1,3})," + _SP + r"([A-Z][^,;:“”\"\n]{2,120}?)" + _SP + r"$")
_WORDS_MAX: Final = 14  # words of an appositive (a job, its body, a phrase about the person)
_JOINS: Final = frozenset("of at for and with in from".split())
_SENTENCE_LEAD: Final = 3  # characters of space or a mark allowed before the name at the sentence's start


def _role_first(words: list[str]) -> bool:
    """Whether the capitalized words that open the appositive (up to "of", "at", "and" ...)
    end on a title or role word: "Chief Financial Officer", "Area Operations Manager"; not a
    title and a name ("Mr. Trump", "President Ann Lee": the subject itself)."""
    run = []
    for word in words:
        if word.lower().strip(".’'") in _JOINS or not word[:1].isupper():
            break
        run.append(word.lower().strip(".’'"))
    return bool(run) and (run[-1] in TITLES or run[-1] in ROLE_WORDS)


def _another_name(words: list[str]) -> bool:
    """Whether the appositive names another person (a run of two capitalized words that reads
    as a person's name, not after "of", "at", "for" ...: "CEO and Tom Hale"); a run after those
    is the job's employer ("Officer of Brask Tools")."""
    run: list[str] = []
    after = ""
    for word in words + [""]:
        low = word.lower().strip(".’'")
        if word[:1].isupper() and low not in _JOINS:
            run.append(word)
            continue
        if len(run) >= 2 and after in ("", "and") and is_person_like(" ".join(run[-2:])) and \
                not _role_first(run[-2:]):
            return True
        run = []
        after = low if low in _JOINS else after
    return False


def open_appositive(text: str, lo: int, cue_s: int) -> tuple[int, int] | None:
    """The span of the name that opens the sentence at ``lo`` when the words from there to the
    cue at ``cue_s`` are that name, a comma and its job with no closing comma ("Mara Quint,
    Chief Financial Officer of Brask Tools said"); None for any other shape."""
    head = text[lo:cue_s]
    lead = len(head) - len(head.lstrip(" \t\"'“‘(-—"))
    if lead > _SENTENCE_LEAD:
        return None
    m = _OPENING.match(head, lead)
    if m is None:
        return None
    name, words = m.group(1), m.group(2).split()
    if len(words) > _WORDS_MAX or not _role_first(words) or _another_name(words):
        return None
    if first_name_sex(name) is None or not is_person_like(name) or any(w.lower() in FUNCTION_WORDS or w.lower().strip(".") in TITLES
                                       for w in name.split()):
        # A first name that tells a sex says a person opens the sentence: not "Brask Tools", not
        # "On Saturday, Mr. Lee said", not "Chief Executive Ann Lee, ..." (rather null than a body).
        return None
    return lo + m.start(1), lo + m.end(1)
