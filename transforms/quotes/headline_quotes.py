"""A headline that lifts a phrase from the story's quotes ("‘We Will Not Move’: Residents Fight
Eviction", "‘We Are in Shock’") quotes the person the body credits with those words. Rule
``headline_quote``, applied after ``rules.RULES`` (and after ``heading_quote``) to the quotes of
the whole article: the headline's counterpart of ``heading_quotes``.

Rather null than wrong: the headline's quote must be one no rule credited, of three words or more
(or one word, s54, where the body quotes that very word alone, always partial and credited on its
own to one speaker: "Council ‘failed’ family" over "the council had “failed” the family"),
and not one the kinds take for a label ("‘king of beef’", "‘feel the Bern’": a nickname and a
slogan that someone in the body also says; the kinds are left as they are);
the body's quotes that hold its words (in order, as a run) must all be one person's, credited by
a verb of speech of their own (never inherited from a quote before them); and no body quote may
be those same words alone set aside as a label or a title (“Wuthering Heights”, “state
property”): a headline that quotes a name, a work or a term quotes no one. A body quote holds the
words only where they open it or one of its sentences or clauses (after . ! ? ; : , or a dash): a run in
mid-clause ("… should see a long way home …") is an object, a title or a slogan named, and a run
inside the body quote's own inner marks (“When the mayor told us ‘we will not move’, …”) is
someone else's words reported: either leaves the headline to no one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Final

from newsbeam.schemas.records import Quote

# The name the rule is recorded under (``Quote.rule``).
HEADLINE_QUOTE: Final = "headline_quote"

_MIN_WORDS: Final = 3  # two words ("state property", "so-called election") are a label as often as a lifted phrase
_WORD: Final = re.compile(r"[^\W_]+")
_TOKEN: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word with its apostrophes, as ``_words`` joins it
_OPENS: Final = ".!?;:,—–…"  # a run after one of these (or at the quote's start) opens a sentence or a clause
_INNER: Final = "\"“”„«»‘’‚‹›'"
_BODY_QUOTES_READ: Final = 400  # body quotes looked at, at most


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.replace("’", "").replace("'", "").lower()))


def _contains(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(words[k:k + n] == run for k in range(len(words) - n + 1))


def _where(text: str, run: tuple[str, ...]) -> str:
    """Where ``run`` sits in a body quote's ``text``: "opens" (at its start or a sentence's),
    "inner" (just inside marks of its own: nested words), or "mid" (in mid-clause)."""
    toks = list(_TOKEN.finditer(text))
    words = [m.group().replace("’", "").replace("'", "").lower() for m in toks]
    n, seen = len(run), "mid"
    for k in range(len(words) - n + 1):
        if tuple(words[k:k + n]) != run:
            continue
        before = text[:toks[k].start()].rstrip()
        if before and before[-1] in _INNER:
            return "inner"
        if not before or before[-1] in _OPENS:
            seen = "opens"
    return seen


def credit_headline(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where each uncredited quote of the headline
    takes the speaker of the body quotes that hold its words, when they are all one person's and
    each was credited on its own."""
    heads = [k for k, q in enumerate(quotes) if q.zone == "title" and q.speaker is None and q.rule is None]
    if not heads:
        return quotes
    body = [q for q in quotes if q.zone == "body"][:_BODY_QUOTES_READ]
    out = list(quotes)
    for k in heads:
        q = quotes[k]
        run = _words(q.text)
        if q.kind == "scare" or len(q.text.split()) < _MIN_WORDS:  # ("So-Called Election" is two words)
            echo = _echoed(body, run)
            if echo is not None:  # "Council ‘failed’ family" over "said the council had “failed” the family" (s54)
                out[k] = dataclasses.replace(q, speaker=echo.speaker, speaker_mention=echo.speaker_mention,
                                             cue=echo.cue, attribution="inherited", rule=HEADLINE_QUOTE, kind="partial")
            continue  # "‘king of beef’", "‘feel the Bern’": what the kinds take for a label stays no one's
        holders = []
        labelled = False
        for s in body:
            words = _words(s.text)
            if not _contains(words, run):
                continue
            if words == run and (s.speaker is None or s.kind == "scare"):
                labelled = True  # the same words alone, as a label or a title: no one's
                break
            where = _where(s.text, run)
            if where == "inner":
                labelled = True  # someone else's words, reported inside the body quote
                break
            if s.speaker and s.kind != "scare" and where == "opens":
                holders.append(s)
        if labelled or not holders or len({s.speaker for s in holders}) != 1 or \
                any(s.attribution not in ("explicit", "pronoun") for s in holders):
            continue
        source = holders[0]
        out[k] = dataclasses.replace(q, speaker=source.speaker, speaker_mention=source.speaker_mention,
                                     cue=source.cue, attribution="inherited", rule=HEADLINE_QUOTE)
    return out


def _echoed(body: list[Quote], run: tuple[str, ...]) -> Quote | None:
    """The body quote a one-word headline quote repeats (s54): every body quote of
    exactly those words is a partial quote credited on its own, all to one speaker ("the council
    had “failed” the family, said Jane Fox"); else None (a term the body leaves to no one, or
    types as a label: the headline's stays a scare quote)."""
    if len(run) != 1:
        return None  # ("state property", "king of beef": a label or a nickname as often as someone's phrase)
    same = [s for s in body if _words(s.text) == run]
    if not same or any(s.kind != "partial" or s.speaker is None or s.attribution != "explicit" for s in same):
        return None
    return same[0] if len({s.speaker for s in same}) == 1 else None
