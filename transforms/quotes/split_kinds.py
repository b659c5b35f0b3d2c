"""Kinds of quotes by the punctuation around them (issue 16), two named rules. Pure functions.

- ``split_halves``: the halves of a sentence split by its attribution are ``direct`` (the guide:
  "the halves of a split sentence"), in the German and French layout too, where the comma stands
  after the closing mark (`„Es war“, sagte Lee, „ein gutes Spiel.“`, `„Wir“, so sagen sie, „sind
  …“`): the first half breaks off on a comma (inside its marks or right after them), the second
  half opens right after a bare attribution. A first half of one to three words with no one
  named is no scare quote then (`“Cousin Sherry,” some have asked, “what …?”`).
- ``title_colon``: a quote right after a noun for a title, a motto or a slogan and a colon (`the
  Olympic motto: “Faster, Higher, Stronger.”`, `zum Titel der Denkschrift: „Aus Gottes Frieden
  leben.“`, `un lema: «…»`) is that name, ``scare`` (the guide: titles and mottos are scare
  "even inside a sentence that has a speaker"). Not German `nach dem Motto: „…“` ("as if to
  say"), which brings imagined speech (``direct`` by the guide).
- ``dated_entry``: a quote right after a date that opens a line or an entry of a chronology and
  a colon (`// 2010: ›Windmacher‹ in Erfurt`, `6 décembre 2019 : « … » (vidéo)`) is the title of
  a work, an event or an article, ``scare``, unless a verb of saying follows it in its sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, ORG_HEADS, PLACE_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, mark_end, trim

_COMMA_AFTER: Final = re.compile(r"[^\S\n]{0,2},")


def breaks_off(text: str, span: Span, quoted: str) -> bool:
    """The quote ends on a comma inside its marks (“A,”) or right after its closing mark („A“,)."""
    if quoted.rstrip()[-1:] == ",":
        return True
    return span.close_at >= 0 and _COMMA_AFTER.match(text, mark_end(text, span)) is not None


_SENTENCE_END: Final = re.compile(r"[.!?][^\S\n]")


def one_attribution(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]``, between two quotes, holds words and no sentence end: one attribution
    (", sagte Lee,"), not the first quote's attribution and a sentence of the writer's before
    the second (", he said. The streets were empty, he added,")."""
    gap = text[lo:hi]
    return bool(gap.strip(" ,\t")) and _SENTENCE_END.search(gap) is None


def title_words(quoted: str) -> bool:
    """Two words or more, all capitalized: maybe a title (“House of Cards,” she said), which a
    first half does not turn into speech."""
    words = WORDS.findall(quoted)
    return len(words) >= 2 and all(w[:1].isupper() or len(w) <= 3 for w in words)


# Nouns (lower case) for a title, a motto or a slogan, in the five languages.
TITLE_NOUNS: Final = frozenset("""
title titles subtitle motto mottos slogan slogans tagline headline watchword
titel titels untertitel arbeitstitel buchtitel filmtitel songtitel albumtitel motto mottos slogan slogans
überschrift leitspruch wahlspruch leitmotiv
título lema eslogan
titre devise
""".split())
# Of those, the ones that also name a championship ("won the title", „den Titel holen"): the quote
# after them must read as a name, not a sentence ("Asked about the title: “It was hard work.”").
_CHAMPIONSHIP_TOO: Final = frozenset("title titles titel titels titre título".split())
_WINDOW: Final = 50  # characters before the colon read for the noun
_NOUN_REACH: Final = 4  # the noun is one of the last words before the colon
_MAX_WORDS: Final = 16
# Words of a first or second person: a quote holding one is someone's speech, not a title ("on the
# title: “We deserved it.”", „Zum Titel: „Ich bin glücklich.“" speak of a championship).
_PERSONS: Final = frozenset("""
i i'm i’m me my we we're we’re us our you your
ich mir mich mein meine wir uns unser unsere du dir dich dein ihr euch
je j me moi mon ma mes nous notre nos tu te toi vous votre
yo me mi mis nosotros nosotras nuestro nuestra tú te ti usted
eu me mim meu minha nós nosso nossa você
""".split())


def after_title_colon(text: str, span: Span, quoted: str) -> bool:
    """Up to ``_MAX_WORDS`` words right after a colon that follows, within ``_NOUN_REACH`` words,
    a noun of ``TITLE_NOUNS`` (rule ``title_colon``)."""
    if span.continued:
        return False
    k = span.open_at - 1
    while k >= 0 and k > span.open_at - 4 and text[k] in " \t\u00a0":
        k -= 1
    if k < 0 or text[k] != ":":
        return False
    words = WORDS.findall(text, max(0, k - _WINDOW), k)[-_NOUN_REACH:]
    hits = [i for i, w in enumerate(words) if w.lower() in TITLE_NOUNS]
    if not hits:
        return False
    i = hits[-1]
    low = [w.lower() for w in words]
    if low[i] == "motto" and i >= 2 and low[i - 2:i] == ["nach", "dem"]:
        return False  # "nach dem Motto: „…“": imagined speech
    cues = current_language().cues
    if any(w in CUES or w in cues for w in low[i + 1:]) or \
            any(w.lower() in CUES or w.lower() in cues for w in WORDS.findall(text, _clause_start(text, k), k)):
        # a verb of saying before the colon, after the noun or in its clause: "Title holder Ann Lee
        # said: “…”", "Asked about the slogan: “…”", "La ministra explicó el título del libro: «…»"
        # (not a noun in a clause before: "the reveal of the rings, followed by the motto: “…”")
        return False
    said = WORDS.findall(quoted)
    if low[i] in _CHAMPIONSHIP_TOO and (quoted.rstrip(" \t\"'”’»«“").rstrip()[-1:] in (".", "!", "?") or
                                        i == len(low) - 1 and len(said) >= _SENTENCE_WORDS and not title_words(quoted)):
        # a sentence after "the title:": the full stop inside the marks, or (es/fr put it after
        # them) five words or more not in title case right after the bare noun ("tras ganar el
        # título: «Ha sido un año muy duro».", "Sobre el título: «Lo merecíamos más que nadie».");
        # a champion's words. Not after "un título breve:", "Titel der Denkschrift:" (a work's).
        return False
    return 1 <= len(said) <= _MAX_WORDS and not any(w.lower() in _PERSONS for w in said)


_CLAUSE_BREAK: Final = re.compile(r"[.!?…][\"'”’»]?\s|[\n,;]")
_CLAUSE_REACH: Final = 200  # characters read back for the clause's start
_SENTENCE_WORDS: Final = 5  # after title/Titel/titre/título, this many words not in title case are a sentence


def _clause_start(text: str, k: int) -> int:
    """Where the clause holding ``text[k]`` starts, read back at most ``_CLAUSE_REACH``
    characters (its last sentence end, line break, comma or semicolon before ``k``)."""
    lo = max(0, k - _CLAUSE_REACH)
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, k)]
    return ends[-1] if ends else lo


# A date that opens an entry of a chronology, then a colon: "2010: ", "// 2011: ", "• 6 décembre
# 2019 : ", "2018-01-06: ", "March 3, 2024: " (rule ``dated_entry``).
_DATED_ENTRY: Final = re.compile(
    r"(?:^|\n|//|[•|·])[^\S\n]*+(?:\d{1,2}\.?[^\S\n]+)?(?:[^\W\d_]{3,12}\.?[^\S\n]+)?(?:\d{1,2},?[^\S\n]+)?"
    r"(?:1[89]|20)\d\d(?:-\d\d-\d\d)?[^\S\n]*+:[^\S\n]*+$")
_ENTRY_WINDOW: Final = 40


def is_dated_entry(text: str, span: Span, quoted: str) -> bool:
    """Up to ``_MAX_WORDS`` words right after a date that opens a line or an entry and a colon
    ("2010: ›Windmacher‹ in Erfurt", "6 décembre 2019 : “Mobilisation …” (vidéo)"): the title of
    a work, an event or an article in a chronology, scare. Not a quote with a first or second
    person in it, nor one that ends on a full stop: speech. The caller checks that no verb of
    saying follows in the sentence ("Jan. 6: “Fight,” Lee tells the crowd." is speech) and
    that no one known as a person is credited ("2023: “…” – Ann Lee")."""
    lo = max(0, span.open_at - _ENTRY_WINDOW)
    # The colon first: most quotes have none before them, and the test reads 40 characters
    # where the count of the quote's words (split at most _MAX_WORDS times) reads the quote.
    if span.continued or text.find(":", lo, span.open_at) < 0 or len(quoted.split(None, _MAX_WORDS)) > _MAX_WORDS:
        return False
    before = text[lo:span.open_at]
    if quoted.rstrip(" \t\"'”’»«“›‹").rstrip()[-1:] == "." or any(w.lower() in _PERSONS for w in WORDS.findall(quoted)):
        # "12. März 2020: „Die Lage ist ernst.“ Die Kanzlerin …", "2019: “We will never give up.”
        # — Greta Thunberg": a sentence, someone's words, not a title
        return False
    m = _DATED_ENTRY.search(before)
    return m is not None and (m.start() > 0 or lo == 0 or before[:1] == "\n" or
                              text[lo - 1] == "\n" or m.group(0)[:1] in "/•|·")


def signed_by_person(speaker: str | None, is_person: Callable[[str], bool]) -> bool:
    """The speaker credited to a dated entry is a person ("2023: “…” – Klara Weiß, Ministerin"):
    one the article uses as a name (``is_person``), or a name of two or three capitalized words
    with no function word, body or place in it; not an event ("– Langer Abend der Sprache")."""
    if not speaker:
        return False
    words = speaker.split()
    return is_person(speaker) or 2 <= len(words) <= 3 and all(
        w[:1].isupper() and trim(w) not in FUNCTION_WORDS and trim(w) not in ORG_HEADS and
        trim(w) not in ORG_HEADS_INTL and trim(w) not in PLACE_WORDS and trim(w) not in PLACE_WORDS_INTL
        for w in words)
