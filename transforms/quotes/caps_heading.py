"""A speaker in capitals that is a dateline or a heading, no one's name: "BOCA RATON, Fla. --
Weeds cover ..." (a dateline), "IOWA POLLS NOT WRONG, JUST EARLY - Ann Lee: ..." (a
newsletter's heading run on into the text), "ROLL TIDE Alabama beat Clemson" (a heading set
before its paragraph). Two words or more in capitals in a row are such a heading where the
article runs them on into more words in capitals, or opens a line with them before a dateline's
dash or a capitalized word; a name in capitals in a sentence ("said ANN LEE, the owner", "CBS
NEWS reported") stays a name, as does a transcript's label (extract.py does not ask for one).
English speakers only (extract.py). Bounded: the first ``_OCCURRENCES`` places the words stand,
``_AFTER`` characters after each. Pure functions."""
from __future__ import annotations

from typing import Final

_RUN: Final = 2  # words in capitals in a row
_OCCURRENCES: Final = 4
_AFTER: Final = 24
_MARKS: Final = ",.:;!?—–-'’\"“”‘()"
_DASHES: Final = ("—", "–", "--", " - ")
_SAID: Final = frozenset("said says told asked added wrote".split())


def _in_capitals(word: str) -> bool:
    if not word.isupper():
        # (one C call that rules out most words: the marks stripped below have no case, so
        # the letters are in capitals only where the whole word is)
        return False
    letters = word.strip(_MARKS)
    return len(letters) >= 2 and letters.replace("’", "").replace("'", "").isalpha() and letters.isupper()


def _caps_run(speaker: str) -> str | None:
    """The first run of ``_RUN`` or more words in capitals in ``speaker``, as written there."""
    words = speaker.split()[:12]
    start = -1
    for k, word in enumerate(words + [""]):
        if k < len(words) and _in_capitals(word):
            start = k if start < 0 else start
            continue
        if start >= 0 and k - start >= _RUN:
            return " ".join(words[start:k])
        start = -1
    return None


def _said_in_a_sentence(run: str, text: str) -> bool:
    """``text`` also writes ``run`` as a speaker in a sentence, "said ANN LEE" or "ANN LEE said"
    (the name is printed as a line label elsewhere: a profile, an interview; mend-pol)."""
    at = -1
    for _ in range(_OCCURRENCES):
        at = text.find(run, at + 1)
        if at < 0:
            return False
        before = text[max(0, at - 12):at].split()
        after = text[at + len(run):at + len(run) + 12].lstrip(",").split()
        if (before and before[-1].lower() in _SAID) or (after and after[0].lower().rstrip(".,:") in _SAID):
            return True
    return False


def caps_heading(speaker: str, text: str) -> bool:
    """True when ``speaker`` holds words in capitals that ``text`` sets as a heading or a dateline."""
    run = _caps_run(speaker)
    if run is None or _said_in_a_sentence(run, text):
        return False
    at = -1
    for _ in range(_OCCURRENCES):
        at = text.find(run, at + 1)
        if at < 0:
            return False
        after = text[at + len(run):at + len(run) + _AFTER]
        following = after.split(None, 1)[0] if after.strip() else ""
        if after[:1].isspace() and _in_capitals(following):
            return True  # "IOWA POLLS NOT NECESSARILY WRONG": the run goes on
        line_start = not text[text.rfind("\n", 0, at) + 1:at].strip()
        if line_start and (after.startswith(",") and any(d in after[:16] for d in _DASHES) or
                           after[:1].isspace() and following[:1].isupper() and following[1:2].islower()):
            return True  # "BOCA RATON, Fla. --", "ROLL TIDE Alabama beat ..."
    return False
