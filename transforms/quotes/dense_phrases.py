"""Rule ``dense_phrases`` (issue 16): one quoted word among someone's quoted phrases.

Rule ``reported_mood_word`` takes one quoted word that only the quote before (or the sentence's
subject) credits, in a sentence that reports no speech, for the writer's own term: a scare
quote. That is right for a lone term (``The team built a “toolkit” for tenants``), wrong where the
writer is weaving someone's phrases together, one word among them:

- a word listed after a quote credited to someone (``identified the enemy as “financial
  capital”, “algorithms” and “weapons”``): an item of the same list, the same person's;
- a word of judgement in a dense sentence, three quotes or more (``This “durable” pen's nib
  is “wonderful” to use, and its grip is “easy to hold”``): after a copula or between a
  determiner and its noun, where a reviewer's adjective stands.

A term listed by the writer (``including routine, “stimming” or “monotropism”``) is neither: not
after a credited quote, not where an adjective of judgement stands. A capitalized word (a name,
a title) is never kept. Bounded: the sentence is read at most ``_WINDOW`` characters each side.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, mark_end

# The name the rule is recorded under in docs and tests (it keeps a finding; no Quote.rule).
DENSE_PHRASES: Final = "dense_phrases"

_WINDOW: Final = 300
_MIN_QUOTES: Final = 3  # quotes in the sentence, this one included, for it to be dense
# Words that join an item to the list before it.
_LIST_JOINS: Final = frozenset(["", ",", "and", ", and", "or", ", or", "&"])
# (s63) German joins; its nouns are capitalized, so one word of either case is listed there:
# "Lang wirft dem Konzern „Täuschung“ und „Gier“ vor" (both hers).
_LIST_JOINS_DE: Final = frozenset(["", ",", "und", "oder", "sowie"])
# Before an adjective of judgement: a copula or a verb of seeming, or a determiner (the noun
# must follow the quote then).
_COPULAS: Final = frozenset("is are was were be been being seems seem seemed looks look looked feels "
                            "feel felt sounds remains remain remained stays".split())
_DETERMINERS: Final = frozenset("a an the this that these those its their his her our".split())
_OPENING_MARKS: Final = "“„«"


def _one_lower_word(quoted: str) -> bool:
    words = WORDS.findall(quoted)
    return len(words) == 1 and quoted.strip(" ,.;:!?")[:1].islower()


def listed_after_credited(text: str, span: Span, prev_span: Span | None, prev_kind: str,
                          prev_speaker: str | None, quoted: str) -> bool:
    """``quoted``, one lower-case word (one word in German), follows the previous quote of its
    paragraph with only a list's join between them, and that quote is partial and credited to someone."""
    german = current_language().code == "de"
    if prev_span is None or prev_span.paragraph != span.paragraph or prev_kind != "partial" or \
            not prev_speaker or not (_one_lower_word(quoted) or german and len(WORDS.findall(quoted)) == 1):
        return False
    gap = text[mark_end(text, prev_span):span.open_at]
    return len(gap) <= 8 and " ".join(gap.split()) in (_LIST_JOINS_DE if german else _LIST_JOINS)


def judgement_in_dense_sentence(text: str, span: Span, quoted: str, s_lo: int, s_hi: int) -> bool:
    """``quoted``, one lower-case word, stands where an adjective of judgement does (after a
    copula, or after a determiner with a lower-case word after it), in a sentence
    ``text[s_lo:s_hi]`` that holds ``_MIN_QUOTES`` quotes or more."""
    if not _one_lower_word(quoted):
        return False
    lo, hi = max(s_lo, span.open_at - _WINDOW), min(s_hi, mark_end(text, span) + _WINDOW)
    window = text[lo:hi]
    opened = sum(window.count(mark) for mark in _OPENING_MARKS) + window.count('"') // 2
    if opened < _MIN_QUOTES:
        return False
    before = WORDS.findall(text[max(lo, span.open_at - 30):span.open_at])
    if not before:
        return False
    word = before[-1].lower()
    if word in _COPULAS:
        return True
    after = text[mark_end(text, span):mark_end(text, span) + 2]
    return word in _DETERMINERS and len(after) == 2 and after[0] == " " and after[1].islower()
