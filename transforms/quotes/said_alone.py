"""A title-case quote that is its sentence's whole speech, not the name of a work (issue 16,
s54): "“Never Again,” she said.", „Keine Worte“, schrieb sie., „Pure Leere“, sagte Kramer auf
Instagram. German writes every noun with a capital and a short exclamation may be in title case,
so ``kinds.is_title_of_work`` took them for names (a scare quote, no speaker). A work's name does
not open a sentence whose only other words say who said it: the quote opens its sentence, a
comma follows it (inside or after the closing mark), then a closing attribution alone, a verb of
saying of the cue index as its first or second word (``sagte Kramer``, ``she wrote``), at most
eight words (a short adjunct or appositive: ``auf Instagram``, ``, the mayor``), and the
sentence ends. "“Star Wars,” he said, is his favourite." goes on after the attribution: a name.
Pure function."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.phrase_not_title_de import phrase_not_title
from newsbeam.transforms.quotes.tokens import mark_end

# After the closing mark: a comma (unless inside the quote), the attribution, the sentence's end.
_TAIL: Final = re.compile(r"[^\S\n]{0,3}(,?)[^\S\n]{0,3}([^.!?\n„“”»«\"]{2,90}?)[.!?](?=\s|$)")
# Words that may open an appositive after a comma in the attribution (", the mayor", ", der Trainer").
_APPOSITIVE_OPENERS: Final = frozenset("the a an der die das ein eine le la les un une el los las o a os as".split())
_MAX_WORDS: Final = 8
# A title's marks (read54: "“The Godfather,” she said." after "Her favourite film?", „Der Pate“,
# "“War And Peace,” she said."): an article opening the words, an English small word capitalized
# inside them, or a question or a noun of a work in the sentence before.
_ARTICLES: Final = frozenset("the a an der die das ein eine le la les un une el los las o os as um uma".split())
_SMALL: Final = frozenset("And Of The In On For To With At Or From De Del Du Des Et Y Und Von Le La El Los Las".split())
_WORK_NOUN: Final = re.compile(
    r"(?i)\b(?:films?|movies?|books?|novels?|shows?|series|albums?|songs?|singles?|plays?|records?|"
    r"titles?|buch|bücher|roman|romane|serie|lied|livres?|romans?|chansons?|séries?|películas?|"
    r"libros?|novelas?|canción|canciones|filmes?|livros?|músicas?|discos?|disques?|platten?|álbum|álbumes)\b")
_BEFORE: Final = 160  # characters of the sentence before read for a question or a work's noun (bounded)
# Verbs that name or sing the quoted words rather than say them.
_NAMING_VERBS: Final = frozenset("""called calls call named names dubbed dubs titled sang sings sing
sung performed nannte nennt sang singt appelle appelait chante chantait llamó llama cantó canta
chamou chama cantou""".split())


def said_alone(text: str, span: Span, quoted: str, lo: int, cues) -> bool:
    """Whether the quote ``span`` (words ``quoted``) opens its sentence (from ``lo``) and only a
    closing attribution follows it to the sentence's end, its verb one of ``cues`` (a CueIndex)."""
    if span.close_at < 0 or text[lo:span.open_at].strip() or _titled(text, lo, quoted):
        return False
    m = _TAIL.match(text, mark_end(text, span))
    if m is None or not (m.group(1) or quoted.rstrip().endswith(",")):
        return False
    words = m.group(2).split()
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    cue = cues.first(m.start(2), m.end(2))
    if cue is None or len(text[m.start(2):cue.s].split()) > 1 or cue.word.lower() in _NAMING_VERBS:
        return False  # ("“Never Again,” she called it.", "“Rise Up,” she sang.": a name, a song; read54)
    rest = text[cue.e:m.end(2)]
    for comma in re.finditer(",", rest):  # bounded: at most eight words
        after = rest[comma.end():].split()
        if after and not (after[0][:1].isupper() or after[0].lower() in _APPOSITIVE_OPENERS):
            return False  # "“Star Wars,” he said, is his favourite": the sentence goes on
    return True


def not_a_title(text: str, span: Span, quoted: str, lo: int, hi: int, cues, lang: str) -> bool:
    """Whether a title-case quote (in the sentence ``text[lo:hi]``) is speech after all: its
    sentence's whole speech (``said_alone``), or a German phrase (``phrase_not_title``)."""
    return said_alone(text, span, quoted, lo, cues) or lang == "de" and phrase_not_title(text, span, quoted, lo, hi)


def _titled(text: str, lo: int, quoted: str) -> bool:
    """Whether the quoted words bear a title's marks (see ``_ARTICLES``), or the sentence before
    them (up to ``lo``) asks a question or speaks of a work."""
    words = quoted.strip(" ,.").split()
    if not words or words[0].lower().rstrip("’'") in _ARTICLES or words[0][:2].lower() in ("l’", "l'"):
        return True
    if any(w in _SMALL for w in words[1:]):
        return True
    before = text[max(0, lo - _BEFORE):lo].rstrip()
    return before.endswith("?") or _WORK_NOUN.search(before.rstrip(".!").rsplit(".", 1)[-1]) is not None
