"""``Tom Hale fired back: “…,” he wrote.``: a sentence whose subject has its own verb before a
colon that leads straight into the quote is no heading ("Las Vegas shooting: ‘person of
interest’ says he ...", a label and a colon); the "he" after the quote is that subject
(``antecedents.opening_subject``, resolver step ``colon_after_verb``). English word lists;
bounded: at most ``_MAX_WORDS`` words between the subject and the colon. Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, PREPOSITIONS

# The name a quote whose "he"/"she" this step resolved is recorded under (``Quote.rule``).
COLON_AFTER_VERB: Final = "colon_after_verb"
_MAX_WORDS: Final = 8
_QUOTE_OPENERS: Final = " \u00a0\"'“‘«„"
# Verbs that open a clause right after its subject without the "-ed" of a past tense; a noun
# after a name ("Las Vegas shooting:") is a heading's.
_VERBS: Final = frozenset("""
was is were are has had have did does could would will can shot got made took gave put sent
wrote said told spoke struck hit kept left came went ran began
""".split())


# "by"/"from" name the source of what follows ("was questioned by Hale:", "got a call from Lee:").
_SOURCE: Final = frozenset(("by", "from"))
_BE: Final = frozenset("was were is are".split())


def first_passive(words: list[str]) -> bool:
    """True when ``words`` open on a passive ("was interviewed", "were told")."""
    return len(words) > 1 and words[0] in _BE and words[1].islower() and (
        words[1].endswith("ed") or words[1] in CUES and words[1] not in _BE)


def verb_before_colon(text: str, subj_end: int, before: int) -> bool:
    """True when ``text[subj_end:before]`` is a few words opening on a verb (a past tense in
    "-ed", a reporting verb or a common verb: "fired back", "was not amused"), then one colon,
    then nothing but the quote's opening mark."""
    colon = text.find(":", subj_end, before)
    if colon < 0 or text[colon + 1:before].strip(_QUOTE_OPENERS):
        return False
    words = text[subj_end:colon].split()
    if not 0 < len(words) <= _MAX_WORDS or any(not w.isalpha() for w in words):
        return False  # (a comma, a digit or a second colon: no plain clause)
    if any(w in _SOURCE for w in words) or first_passive(words):
        return False  # "was questioned by Hale:", "got a call from Lee:": the other one speaks
    first = words[0]
    return first in _VERBS or first.islower() and (first in CUES or first.endswith("ed")) and \
        first not in FUNCTION_WORDS and first not in PREPOSITIONS
