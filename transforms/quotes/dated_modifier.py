"""Modifiers read as something else: a day of the week between an article and its noun; a cue
word that is half of a hyphenated word (pn44, issue 16).

Inverted attributions name a document by its day: "“…,” reads a Wednesday editorial in the
Herald", "“…,” said a Monday statement from the union". The noun phrase after the verb was cut
at the day (a day ends a phrase after a name: "said Ann Lee Tuesday"), leaving "a": no subject
was read, and the previous quote's speaker went on over a quote another source was said to give
(a wrong name). Between "a", "an" or "the" and a lowercase word the day is the noun's modifier,
and the phrase goes on. English only (callers are English paths).

A cue word glued after a hyphen is the second half of one word, a modifier and no verb: "“…,”
the two-term mayor will say" had "term" as its cue and "the two-" as its speaker; "a long-term
plan", "a top-rated show", "the self-described expert" report no one's words. Pure.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import ADVERBS, CALENDAR
from newsbeam.transforms.quotes.tokens import trim

_ARTICLES: Final = frozenset(("a", "an", "the"))
_DAYS: Final = frozenset(w for w in CALENDAR if w.endswith("day"))  # ("May", "March" are other words too)


def day_modifier(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``toks[k]`` is a capitalized day of the week right after an article (``toks[k - 1]``)
    and before a lowercase word: "a Tuesday editorial", "the Monday statement"."""
    if k < 1 or k + 1 >= len(toks):
        return False
    word, after = toks[k][2], toks[k + 1][2]
    return word[:1].isupper() and trim(word) in _DAYS and trim(toks[k - 1][2]) in _ARTICLES \
        and trim(after).isalpha() and after.islower()


def without_day(mention: str) -> str:
    """The mention without a day that modifies its noun, for reading whom it names: "a Tuesday
    editorial" is an editorial (no one named "Tuesday"). Other mentions as they are."""
    words = mention.split()
    if len(words) < 3 or "day" not in mention:
        return mention
    toks = [(0, 0, w) for w in words]
    for k in range(1, len(words) - 1):
        if day_modifier(toks, k):
            return " ".join(words[:k] + words[k + 1:])
    return mention


def compound_part(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a hyphen glued to a letter or digit ("two-term",
    "top-rated", "self-described"): the second half of a hyphenated word."""
    return at >= 2 and text[at - 1] == "-" and text[at - 2].isalnum()


# Words that open a phrase of time or place after a speaker's name, articles and quantifiers among
# them ("said Okafor a year ago", "the next day", "two days later", "some weeks ago", "afterwards",
# "outside the courthouse"): a lower-case word after a capitalized one ends the name there (s60: the
# phrase had run into the mention, and no one was named).
_TIME_OPENERS: Final = frozenset("""a an the afterwards afterward shortly soon moments minutes hours days weeks
months years two three four five six seven eight nine ten several few some many following outside late""".split())


def time_after_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``toks[k]``, a lowercase word right after a capitalized one, opens a phrase of time
    or is a listed adverb in -ly ("said Okafor bluntly"; not "Clinton ally") that ends the name before it (English callers only)."""
    if not 0 < k < len(toks) or not toks[k][2][:1].islower():
        return False
    word, before = trim(toks[k][2]), toks[k - 1][2]
    return (word in _TIME_OPENERS or word.endswith("ly") and word in ADVERBS) and before[:1].isupper() and \
        not before.endswith(",") and not (before[:-1].isupper() and before.endswith("s"))  # ("said Labour MPs many times")


_UNITS: Final = frozenset("week month year night weekend morning afternoon evening".split())
_UNIT_OPENERS: Final = frozenset("last this on".split())
# Words that put a name inside a longer subject ("Aides to Ann Lee", "The aunt of Ann Lee"): with them
# before the phrase of time, it is not skipped (the adversarial reads of s60; the subject must also
# open the sentence and be capitalized words with at most one lower-case noun at their end).
_LINKS: Final = frozenset("""who whom whose which that of to with for from by near at in on about and or
representing treating close behind against""".split())
_QUANTIFIERS: Final = frozenset("some many few several most all both other only more no two three four five what".split())


def time_phrase_before(toks: list[tuple[int, int, str]], i: int) -> int:
    """How many tokens ending at ``toks[i]`` make a phrase of time between a subject and its verb
    ("The senator on Monday said", "Harlow Bank last week said", "The State Department two weeks
    ago said", "less than a month ago"): the subject is before them (s60, s61; English callers
    only). 0 when there is none."""
    size = _time_phrase_size(toks, i)
    if not size or i < size or not toks[i - size][2][:1].isalpha():
        return 0
    subject = [t[2] for t in toks[:i - size + 1]]
    lower = [k for k, w in enumerate(subject) if not w[:1].isupper()]
    if not 2 <= len(subject) <= 4 or not subject[0][:1].isupper() or lower and lower != [len(subject) - 1] or \
            trim(subject[0]) in _QUANTIFIERS or any(trim(w) in _LINKS or w.endswith(("'s", "’s")) for w in subject):
        # only a subject of two words or more that opens the sentence: capitalized words, and a noun after
        # them ("The senator", "Harlow Bank"); one word is read as before ("Israel on Sunday said:": the
        # resolver reads the word after a bare name as its head), a quantifier opens no name ("Some
        # Democrats"), a possessive no subject of its own ("Lee's lawyer"): the final read of s60
        return 0
    return size


# "two weeks ago", "a year ago", "less than a month ago" (s61): a count, a unit, "ago".
_COUNTS: Final = frozenset("a an one two three four five six seven eight nine ten several few".split())
_AGO_UNITS: Final = frozenset("day days week weeks month months year years".split())
_AGO_LEADS: Final = (("less", "than"), ("more", "than"), ("just",), ("about",), ("nearly",), ("only",))


def _time_phrase_size(toks: list[tuple[int, int, str]], i: int) -> int:
    if i < 1:
        return 0
    word, before = toks[i][2], toks[i - 1][2]
    if before == "on" and word[:1].isupper() and trim(word) in _DAYS:
        return 2
    if before in _UNIT_OPENERS and word in _UNITS:
        return 2
    if word != "ago" or i < 3 or before not in _AGO_UNITS or not (toks[i - 2][2] in _COUNTS or toks[i - 2][2].isdigit()):
        return 0
    for lead in _AGO_LEADS:
        n = len(lead)
        if i - 2 - n >= 0 and tuple(t[2] for t in toks[i - 2 - n:i - 2]) == lead:
            return 3 + n
    return 3


_SEASONS: Final = frozenset("quarter winter summer spring autumn fall season decade".split())


def this_time(phrase: str) -> bool:
    """Whether ``phrase`` is a phrase of time on "this", "last" or "next" ("this year", "this
    winter", "last quarter"), which names no one: "“…” this year, Tesla said" (s62)."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] in ("this", "last", "next") and (
        words[1] in _UNITS or words[1] in _SEASONS or words[1] in _DAYS)
