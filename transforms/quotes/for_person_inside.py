"""The rule ``for_person_inside``: in French, Spanish and Portuguese, "for" and a person's name
inside a sentence, not at its start, give that person's view when they are set off as a view:
before a "que" clause ("confirme aujourd'hui pour Anne Roy que « ... »") or between commas ("La
medida es, para Ana Ruiz, «un error»"). The quotes of that sentence are theirs. A name after "for"
that is no view has neither shape ("un cadeau pour Anne Roy", "trabaja para Ana Ruiz") and gives
no one; nor does "for X" right after the quoted words: "un « camouflet » pour Emmanuel Macron, qui
..." is a blow to him, not his word."""

from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.for_person import for_person_at
from newsbeam.transforms.quotes.language import current as current_language

_LANGUAGES: Final = frozenset(("es", "fr", "pt"))
_READ: Final = 400  # characters of the sentence read on each side of the quote (bounded)


def for_person_inside(site: Site, ctx: ArticleContext) -> Finding | None:
    """The person of a "for X" view inside the quote's sentence (see the module), else None.
    Two such views in the sentence: None (whose the quote is, is unsure)."""
    lang = current_language()
    word = lang.for_word
    if lang.code not in _LANGUAGES or word is None:
        return None
    text, span = site.text, site.span
    assert ctx.sentences is not None
    lo = max(site.sent_lo, span.open_at - _READ)
    hi = ctx.sentences.end(span.open_at, min(len(text), span.close_at + _READ if span.close_at >= 0 else
                                             span.open_at + _READ))
    found: Finding | None = None
    at = text.find(word, lo + 1, hi)
    while at >= 0:
        view = _view_at(text, ctx, at, hi, word, site.sent_lo)
        if view is not None:
            if found is not None and found.mention != view.mention:
                return None
            found = view
        at = text.find(word, at + len(word), hi)
    return found


def _view_at(text: str, ctx: ArticleContext, at: int, hi: int, word: str, sent_lo: int) -> Finding | None:
    """The view of "for X" at ``at`` (lowercase, mid-sentence) when set off as one."""
    if at <= sent_lo or text[at - 1:at] not in (" ", "\u00a0") or \
            text[at + len(word):at + len(word) + 1] not in (" ", "\u00a0"):
        return None
    found = for_person_at(text, ctx, at, hi, word)
    if found is None:
        return None
    end = text.find(found.mention, at)
    if end < 0:
        return None
    end += len(found.mention)
    after = text[end:end + 5]
    before = text[max(sent_lo, at - 3):at].rstrip()
    if after.startswith(" que ") or after.startswith("\u00a0que "):
        return found  # "confirme pour Anne Roy que ...": the clause is the view
    if after.lstrip()[:1] == "," and before.endswith(","):
        return found  # "..., para Ana Ruiz, ..."
    return None
