"""A phrase of time that opens an English sentence without a comma before its subject: "In
December Ruiz said", "Nevertheless, at the end of 2016 Ruiz revealed" (issue 16)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CALENDAR
from newsbeam.transforms.quotes.tokens import trim

# Words that open a phrase of time or place before a sentence's subject, closed by a comma:
# "Hours later, ...", "Late last month, ...", "Here in Columbia, ...".
TIME_OPENERS: Final = frozenset("""
late early back hours minutes days weeks months years moments here outside inside shortly soon
two three four five six seven eight nine ten
""".split())

_PREPOSITIONS: Final = frozenset(("in", "at", "on", "by", "since", "until", "during"))
# Words a phrase of time may hold besides its dates: "at the end of 2016", "in early March".
_FILLERS: Final = frozenset("the end start beginning middle of early late mid last this next".split())
_MAX_WORDS: Final = 7
# Adverbs of time that open a sentence right before its subject, with no comma ("Then Ann Lee
# attacked ...", "Later she called ..."), and the pronouns that may be that subject.
_THEN: Final = frozenset(("then", "later"))
_SUBJECT_PRONOUNS: Final = frozenset("he she they we i".split())


def past_time_phrase(toks: list[tuple[int, int, str]], k: int) -> int:
    """``k`` moved past a phrase of time with no comma after it ("in December", "at the end of
    2016", "on Monday"), when a capitalized word (the subject) follows; ``k`` itself otherwise.
    The phrase must end on a month, a weekday or a year and hold nothing but those and a few
    words of time ("the end of"), so "In Ames Ruiz ..." or "In the past Lee ..." stay."""
    if k + 1 < len(toks) and trim(toks[k][2]).lower() in _THEN and (
            toks[k + 1][2][:1].isupper() or trim(toks[k + 1][2]).lower() in _SUBJECT_PRONOUNS):
        return k + 1  # "Then Ann Lee attacked ...", "Later she called ...": one adverb of time
    if k >= len(toks) or trim(toks[k][2]).lower() not in _PREPOSITIONS:
        return k
    last = -1
    for j in range(k + 1, min(len(toks), k + 1 + _MAX_WORDS)):
        w = toks[j][2]
        low = trim(w).lower()
        if low in CALENDAR or (len(w) == 4 and w.isdigit()):
            last = j
        elif low in _FILLERS and w.islower():
            continue
        else:
            break
    if last < 0 or last + 1 >= len(toks):
        return k
    nxt = toks[last + 1][2]
    if not nxt[:1].isupper() or trim(nxt).lower() in CALENDAR:
        return k
    return last + 1


# "The next day, ...", "That evening, ...", "The following week, ...": a determiner, at most one
# word more, and a noun of time, closed by a comma, open a sentence before its subject.
_TIME_DETERMINERS: Final = frozenset(("the", "that", "this", "one"))
_TIME_NOUNS: Final = frozenset("""
day week month year morning afternoon evening night weekend
""".split())


# One adverb of time or sequence closed by a comma: "First, Ann Lee attacked ...", "Finally, he ...".
_SEQUENCE_ADVERBS: Final = frozenset("""
first second third finally again now today yesterday tonight next then afterward afterwards
eventually initially previously recently
""".split())


def time_noun_opener(toks: list[tuple[int, int, str]], comma: int) -> bool:
    """The sentence's tokens open on a phrase of time of two or three words ending on a noun of
    time right before the comma at ``comma`` ("The next day,", "That evening,"), or on one adverb
    of time or sequence ("First,", "Finally,")."""
    if comma == 1 and trim(toks[0][2]).lower() in _SEQUENCE_ADVERBS:
        return True
    return comma in (2, 3) and trim(toks[0][2]).lower() in _TIME_DETERMINERS and \
        trim(toks[comma - 1][2]).lower() in _TIME_NOUNS and toks[comma - 1][2].islower()
