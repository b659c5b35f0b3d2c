"""Rule ``joined_clause`` (issue 16): a quote opening in lower case after a stop that ends no
sentence is a clause of the writer's sentence, ``partial``, not ``direct``:

- after an abbreviation's stop: `said the U.S. “must be held accountable.”`, `claiming that the
  U.S. “gave” Greenland back` (the stop of "U.S." or "Dr." ends no sentence);
- after a dash that continues the writer's sentence: `she was a “big disappointment” – “not as
  attractive as the picture”`, `the tariff will rise in June—“until a deal is reached,” he
  said`; not after a verb of saying (`“We will,” she said — “and we must.”`: the second half of
  a split quotation stays direct), and not when the quote is a whole sentence of its own, opening
  on a subject pronoun or an interjection (`She paused – “we will see,” she said.`) or when one
  word alone opens the sentence before the dash (`Then – “we will see,” Lee said.`); a cue's word
  after "no" is a noun (`No wonder – “burnout” drives them out`), not a verb of saying."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CUES
from newsbeam.transforms.quotes.tokens import abbreviations, acronym_form

_DASHES: Final = "—–―"
# First words of a quote that is a sentence of its own: a subject pronoun or an interjection.
_SENTENCE_OPENERS: Final = frozenset("i we you he she they it there well yes no oh okay ok".split())


def _word_ending_at(text: str, k: int) -> str:
    """The whitespace-delimited word whose last character is ``text[k]`` (up to 20 characters)."""
    start = k
    while start > 0 and start > k - 20 and not text[start - 1].isspace():
        start -= 1
    return text[start:k + 1]


def is_abbreviation(word: str) -> bool:
    """``U.S.``, ``D.C.``, ``Dr.``: a stop that ends an abbreviation, not a sentence."""
    core = word.rstrip(".").lower().lstrip("(“\"‘'")
    return word.endswith(".") and (core in abbreviations() and not acronym_form(word.rstrip(".")[-len(core):]) or len(core) >= 3 and core.count(".") >= 1 and
                                   all(len(p) == 1 and p.isalpha() for p in core.split(".")))


def joins_writer_sentence(text: str, k: int, quoted: str) -> bool:
    """``text[k]`` is the last character before the quote's opening mark (spaces skipped): a stop
    of an abbreviation or a dash inside the writer's sentence, and ``quoted`` opens in lower
    case."""
    first = quoted[:1]
    if k < 1 or not (first.isalpha() and first.islower()):
        return False
    mark = text[k]
    if mark == ".":
        return is_abbreviation(_word_ending_at(text, k))
    if mark not in _DASHES:
        return False
    j = k - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in "\r\n":
        return False
    word = _word_ending_at(text, j).lower().strip(",")
    i = j - len(word)  # before the word: a sentence's end or the paragraph's start?
    while i >= 0 and text[i] in " \t":
        i -= 1
    # "No wonder – “…”": a cue's word after "no" is a noun, not a verb of saying
    noun = i >= 1 and _word_ending_at(text, i).lower().lstrip("(“\"‘'") == "no"
    if word in CUES and not noun or text[j] in ",:;" or _whole_sentence(quoted):
        return False
    return not (i < 0 or text[i] in "\r\n.!?")


def _whole_sentence(quoted: str) -> bool:
    """``quoted`` opens on a subject pronoun or an interjection: a sentence of its own."""
    head = quoted[:12].split(maxsplit=1)
    return bool(head) and head[0].rstrip(",").lower() in _SENTENCE_OPENERS
