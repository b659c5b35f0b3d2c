"""Quoted labels: names and terms the writer puts in quote marks, not words reported as said.

Two shapes mark a quoted term as the writer's own, whatever speaker a rule would lend it:

- a quote that is the whole of a parenthesis, ``restrictions on a few technologies (“small
  yards and high fences”)``: a gloss or a slogan's name, not a speaker's words;
- a name in title case that modifies the lower-case noun after it, ``the ‘Stop the Steal’
  lawyer``, ``a “Buy American” rule``: the name of a campaign, a law or a slogan (a scare quote,
  like ``kinds.is_modifier`` for one or two words in lower case).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import CUES, TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

# The lower-case word right after a closing mark: the noun a title-case label modifies.
_NOUN_AFTER: Final = re.compile(r"[^\S\n]{1,3}([a-z][a-z-]{1,30})\b")
# Words after a label that do not make it a modifier: the sentence goes on, or the label is
# an object ("chanted “Lock Her Up” again").
_NOT_NOUNS: Final = frozenset("""in on at to with by from against about into over under after before and
or but as than that who which whose when while where if is was are were be been being has have
had will would can could should may might must do does did not also again even still just then
now only so too very rather instead for of because since until during despite through""".split())


def in_parentheses(text: str, span: Span) -> bool:
    """The quote marks are the whole of a parenthesis: ``(“small yards and high fences”)``."""
    if span.close_at < 0:
        return False
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] != "(":
        return False
    k -= 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] in "\"”’'»«“":
        return False  # "calling them “frijoleros” (“beaners”)": a translation of the quote before
    j = mark_end(text, span)
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j] == ")"


def is_title_case_label(text: str, span: Span, quoted: str) -> bool:
    """Two to five words in title case, right before a lower-case noun they modify: ``the ‘Stop
    the Steal’ lawyer``."""
    words = quoted.split()
    if span.close_at < 0 or not 2 <= len(words) <= 5 or len(quoted) > 50 or quoted[-1:] in ",.!?;:":
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    nxt = _NOUN_AFTER.match(text, mark_end(text, span))
    if nxt is None:
        return False
    noun = nxt.group(1)
    return noun not in _NOT_NOUNS and noun not in CUES and not noun.endswith("ly")


def is_label(text: str, span: Span, quoted: str, kind: str, found, cue_in_sentence: bool) -> bool:
    """A quote typed ``kind`` and credited by ``found`` (or by no rule) is the writer's label: a
    partial wholly in brackets that only a borrowed credit (a quote before, the sentence's
    subject) gives a speaker, or a title-case name that modifies the noun after it in a sentence
    with no reporting cue (``cue_in_sentence``: "Lee said he would fight “Big Box” stores" are
    Lee's words) or in a headline credited by its ``Name:`` label."""
    if kind == "partial" and found is not None and found.rule in _BORROWED and in_parentheses(text, span):
        return True
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    embedded = k >= 0 and (text[k].isalnum() or text[k] in "’'")
    if cue_in_sentence and (found is None or found.rule != "headline"):
        return False
    return (kind == "partial" or embedded) and is_title_case_label(text, span, quoted)


# The rules that lend a quote the speaker of a quote before it or the subject of its sentence.
_BORROWED: Final = frozenset(["previous_quote", "sentence_subject"])
