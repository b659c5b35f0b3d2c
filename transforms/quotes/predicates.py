"""A quoted predicate: words in lower case right after a modal or the auxiliary "do" ("The
plan doesn't “tackle that imbalance”", "Lee would “look into” it", "the city can “no longer
wait”"). Scare quotes mark a term, a name or a title (a noun phrase, sometimes an adjective or one
ironic verb); two words or more that go on from a modal are the verb phrase of the writer's
sentence, lifted from what someone said or wrote: partial, as ``kinds.is_clause_fragment`` reads a
longer clause (its speaker null unless a rule names one: rather null than wrong). English only:
German puts the verb at the clause's end and French, Spanish and Portuguese put a pronoun or a
preposition between, so a word list of theirs would mean other shapes. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import word_before

# Modals, "do" and their negations: the word after one is a bare verb (or an adverb before it).
MODALS: Final = frozenset("""
will would can could should must may might shall cannot
won't wouldn't can't couldn't shouldn't mustn't don't doesn't didn't
won’t wouldn’t can’t couldn’t shouldn’t mustn’t don’t doesn’t didn’t
""".split())
_MIN_WORDS: Final = 2  # one ironic verb ("the agency “helped” them") is the writer's scare quote
_MAX_WORDS: Final = 8  # longer lower-case runs are read by is_clause_fragment already
_WINDOW: Final = 24  # characters read back for the modal (bounded)
# Words that may stand between the modal and the quote.
_BETWEEN: Final = frozenset("not never also still just even".split())


def is_quoted_predicate(text: str, span: Span, quoted: str) -> bool:
    """Two to eight words opening in lower case, not on an article or a possessive, right after
    a modal or a form of "do" (``MODALS``), in English: a verb phrase lifted from someone's
    words, not a term."""
    if current_language().code != "en" or span.continued or not quoted[:1].islower():
        return False
    words = quoted.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or words[0].lower().strip(",.;:") in DETERMINERS:
        return False
    lo = max(0, span.open_at - _WINDOW)
    word = word_before(text, span.open_at, lo)
    if word.lower() in _BETWEEN or len(word) > 4 and word.endswith("ly") and word.isalpha():
        # "will not “back down”", "would certainly “look into” it": one adverb between
        start = text.rfind(word, lo, span.open_at)
        word = word_before(text, start, max(0, start - _WINDOW))
    return word.lower() in MODALS
