"""Names that read like speech (issue 16, kinds on unseen documents): three shapes where the
kind tests took a name or a listed term for someone's words.

- ``mood_idioms``: German set phrases built on "sei" that are no reported speech: "sei es ein
  Neuwagen, sei es ein „junger Alter“" (whether ... or), "es sei denn" (unless), "wie dem auch
  sei", "Gott sei Dank", "sei's drum". ``kinds.in_reported_mood`` read "sei" in them as the mood
  of reported speech and made a term in the sentence someone's (partial); the term is the
  writer's. "Die Lage sei es wert" (no clause break before "sei es") is still reported speech.
- ``appositive_name``: in German every noun is capitalized, so a capital tells a name from a
  phrase only by the words before it: a short quote right after an article and a noun ("in der
  Weinlage „Brauner Hügel“", "die Fotos der Gerichte „Nudelauflauf“", "das Schiff „Nordstern“")
  names what the noun stands for, a scare quote, even in a sentence of reported speech (the
  Konjunktiv I of "habe", a clause after "dass"). Not after a noun for words said ("mit dem Satz
  „Wir schaffen das“", "die Parole „Nie wieder“"): those words are someone's.
- ``listed_name``: a quote listed after "und"/"and"/"oder"/"or" right after another quote's
  closing mark, with no sentence punctuation of its own and no comma (`„Amerikaner“ und „Börek
  mit Hack“`), is one more item of a list of names or terms, not a quoted sentence, however it is
  capitalized: partial (scare when no one is named), where ``kinds.kind_of`` made it direct.
  A listed sentence keeps its stop (`“we won” and “I’m not a terrorist.”`) and stays direct.
  In German, an item listed after a quote made scare is a name like it, scare, though its
  sentence is in the mood of reported speech ("habe die Fotos „Auflauf“ und „Börek mit Hack“ …").

Bounded: fixed windows of at most ``_BEFORE`` characters before the quote; the patterns have no
nested repetition.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span

_BEFORE: Final = 80  # characters before the opening mark read, at most

# "sei" opening a concessive clause (after a clause break), and the fixed phrases with "sei".
MOOD_IDIOMS: Final = re.compile(
    r"(?:^|[,;:(–—-])[^\S\n]{0,3}sei(?:['’]s|[^\S\n]+es)\b|\bes[^\S\n]+sei[^\S\n]+denn\b|"
    r"\bwie[^\S\n]+dem[^\S\n]+auch[^\S\n]+sei\b|\bgott[^\S\n]+sei[^\S\n]+dank\b", re.IGNORECASE)


def mood_idioms(segment: str) -> str:
    """``segment`` with its "sei" idioms blanked out (same length), for the search of a verb in
    the mood of reported speech."""
    return MOOD_IDIOMS.sub(lambda m: " " * len(m.group()), segment)


# An article (or a preposition merged with one), up to two lower-case words (adjectives), a
# capitalized noun, then the opening mark: `in der Weinlage „`, `eines alten Schiffs „`.
_ARTICLE_NOUN: Final = re.compile(
    r"(?:^|[^\w])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|im|am|zum|zur|vom|beim|ins)"
    r"[^\S\n]+(?:[a-zäöüß][\w-]{0,30}[^\S\n]+){0,2}([A-ZÄÖÜ][\w-]{1,40})[^\S\n]{0,2}[\"“„»›‘'‚]$")

# Nouns for words said or written: a quote after one is those words, someone's.
SPEECH_NOUNS: Final = frozenset("""Satz Sätze Sätzen Worte Worten Parole Parolen Ruf Rufe Rufen
    Forderung Forderungen Frage Fragen Antwort Antworten Aussage Aussagen Aufforderung Zitat Zitate
    Spruch Sprüche Motto Losung Appell Botschaft Bitte Warnung Vorwurf Ausruf Schlachtruf""".split())

_SENTENCE_END: Final = ".!?…"
_NAME_WORDS_MAX: Final = 3
_LIST_WORDS_MAX: Final = 6


def appositive_name(text: str, span: Span, quoted: str) -> bool:
    """The quote (three words at most, opening on a capital, no sentence end) stands right after
    an article and a noun that is not a noun for words said: a name the noun introduces."""
    words = quoted.split()
    if not 1 <= len(words) <= _NAME_WORDS_MAX or not quoted[:1].isupper() or \
            quoted.rstrip()[-1:] in _SENTENCE_END or span.open_at < 0:
        return False
    found = _ARTICLE_NOUN.search(text, max(0, span.open_at - _BEFORE), span.open_at + 1)
    return found is not None and found.group(1) not in SPEECH_NOUNS


# A list's conjunction right after a closing quote mark (and a comma), ending before the quote.
_LIST_AFTER_QUOTE: Final = re.compile(r"[’”\"'»«“‘][^\S\n]{0,2},?[^\S\n]{0,2}(?:and|or|und|oder|et|ou|y|o|e)[^\S\n]{0,3}$",
                                      re.IGNORECASE)


def listed_name(text: str, end: int, quoted: str) -> bool:
    """The text ending at ``end`` (the quote's opening mark, or the word before it) closes on a
    list's conjunction right after another quote, and the quote (six words at most, no comma) has
    no sentence punctuation: a listed name or term."""
    core = quoted.rstrip("’”\"'»« ")
    if not core or core[-1] in _SENTENCE_END or "," in core or ";" in core or ":" in core or \
            len(core.split()) > _LIST_WORDS_MAX:
        return False
    return _LIST_AFTER_QUOTE.search(text, max(0, end - 24), end) is not None
