"""Rule ``fronted_phrase`` (issue 16): German puts the subject after the verb when a phrase on a
preposition opens the sentence: in "Zur Bedeutung der neuen Halle sagt Bürgermeisterin Anna
Keller: „…“" and "Im Gespräch mit der Zeitung erklärte Tom Weber: „…“" the noun before the verb
("Halle", "Zeitung") sits in that phrase and is no subject; the speaker is the name after the
verb. The phrase must open the sentence and hold no comma (a clause of its own would), and the
name after the verb must reach the colon or the quote (read as any verb-first lead-in: ``Said
X:``); "Zu den Kosten sagte der Kämmerer:" names no one (null), as before."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import TIME_NOUNS
from newsbeam.transforms.quotes.names import is_person_like

# Prepositions a German sentence may open on, with their joined forms ("zur", "im", "beim").
_OPENERS: Final = frozenset(
    "an auf aus bei durch für gegen in mit nach ohne seit um unter von vor zu zwischen über "
    "zum zur im am beim vom ins ans aufs angesichts hinsichtlich bezüglich gegenüber während "
    "wegen trotz neben hinter".split())
FRONTED_PHRASE: Final = "fronted_phrase"
_FIRST: Final = re.compile(r"[\s„“»«\"]*+(\w++)")
_MAX_WORDS: Final = 12  # words of a fronted phrase at most
# Finite auxiliaries and modals: "Vor Jahren hatte Lang behauptet": the verb in second place is
# the auxiliary, and the name after it, before the participle, is the subject.
_FINITE: Final = frozenset(
    "hat hatte habe haben hatten hätte hätten ist war sei wäre sind waren wird wurde würde werden "
    "wurden kann konnte könne könnte muss musste müsse müsste soll sollte will wollte darf durfte "
    "mag möchte ließ lässt".split())


def fronted_phrase(text: str, lo: int, verb_at: int) -> bool:
    """The words of ``text[lo:verb_at]`` (a sentence up to its reporting verb) are one phrase on
    a preposition: the verb's subject comes after it (German only)."""
    if current_language().code != "de" or verb_at <= lo:
        return False
    before = text[lo:verb_at]
    first = _FIRST.match(before)
    if first is None or first.group(1).lower() not in _OPENERS:
        return False
    words = before.split()
    return not any(c in before for c in ",;:()–—\"„“»«\n") and len(words) <= _MAX_WORDS and \
        not any(w.lower() in _FINITE for w in words)


_APPOSITIVE: Final = re.compile(r",[^\S\n]*+((?:[A-ZÄÖÜ][\w.'-]*+[^\S\n]++){1,3}[A-ZÄÖÜ][\w'-]*+)[^\S\n]*+,?[^\S\n]*+")
_WEEKDAYS: Final = TIME_NOUNS
_REST_WORDS: Final = 4  # words between the subject and the colon at most ("am Montag", "dazu noch")


def fronted_subject(text: str, np: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The subject after the verb of a sentence that opens on a phrase on a preposition, when the
    lead-in ends on a colon at ``hi``: a name set off after a role ("erklärte die Sprecherin der
    Initiative, Petra Lang:" -> Petra Lang), or the phrase after the verb (``np``) followed by
    a few words of time or manner ("sagte Weber am Montag:"); else None."""
    rest = text[np[1]:hi].rstrip(" \"“„»«'‘")
    if not rest.endswith(":") or "\n" in rest:
        return None
    body = rest[:-1]
    m = _APPOSITIVE.fullmatch(body)
    if m is not None and is_person_like(m.group(1)):
        return np[1] + m.start(1), np[1] + m.end(1)
    words = body.split()
    if body[:1] == "," or len(words) > _REST_WORDS:
        return None
    if all(w[:1].islower() or w in _WEEKDAYS for w in words):
        return np
    return None


def subject_and_object(text: str, np: tuple[int, int]) -> bool:
    """The phrase after the verb holds four capitalized words or more: a subject and an object
    ("Im Vorwort zitiert Herausgeber Tom Weber Goethe:"), which it cannot tell apart (null)."""
    return sum(w[:1].isupper() and not w.endswith(".") for w in text[np[0]:np[1]].split()) >= 4  # not "Dr."
