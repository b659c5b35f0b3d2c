"""A quote broken by an aside between dashes: 'He said, "The wall will go up" - at which point
the crowd chanted "Up!" - "and the town will be safe."'. The quote inside the aside has its own
speaker; the one after the closing dash, opening in lower case, goes on with the quote before
the aside. And the writer's own aside "and I quote", no verb of the speaker's. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

_DASHES: Final = (" - ", " – ", " — ", " -- ")
_MAX_ASIDE: Final = 200  # characters from the first quote's end to the aside's quote


def opens_aside(text: str, first: Span, inner: Span) -> bool:
    """``inner`` stands in an aside that a dash opens right after ``first`` ends, in its
    paragraph: '"The wall will go up" - at which point the crowd chanted "Up!"'."""
    if first.paragraph != inner.paragraph:
        return False
    gap = text[mark_end(text, first):inner.open_at]
    return len(gap) <= _MAX_ASIDE and gap.startswith(_DASHES) and sum(gap.count(d) for d in _DASHES) == 1


def resumes_after_aside(text: str, inner: Span, span: Span) -> bool:
    """``span`` comes right after ``inner`` and a closing dash, and opens in lower case: the
    quote before the aside goes on."""
    if inner.paragraph != span.paragraph:
        return False
    return text[mark_end(text, inner):span.open_at] in _DASHES and text[span.start:span.start + 1].islower()


_PASSIVE: Final = frozenset("was were been being is are be".split())


def writers_aside(text: str, s: int, e: int) -> bool:
    """The cue word at ``s``-``e`` is "quote" in the writer's aside ("Lee said, and I quote, “…”"):
    no one's verb; the verb before it reports the quote (s61)."""
    if text[s:e].lower() != "quote" or text[e:e + 1] != "," or \
            not text[max(0, s - 8):s].lower().endswith((" and i ", ", i ")):
        return False  # (checked at every cue: the cheap tests first)
    before = text[max(0, s - 40):s].split()
    return not (len(before) >= 4 and before[-4].lower() in _PASSIVE)  # ("Lee was told, and I quote, “…”": no one)
