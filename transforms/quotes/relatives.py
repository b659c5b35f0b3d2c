"""A quote after one whose mention is a relative pronoun for a thing, in the same sentence: "He
held up a banner — which read “...” — and waved it, mouthing “...”": the banner's words are no
one's, and the words after them are the sentence subject's, not an inheritance of the banner's
null (rule ``previous_quote``, issue 16)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of

_THING_RELATIVES: Final = frozenset(("which", "that"))


def after_relative_quote(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of the quote's sentence (he, she or a person's name), when the quote just
    before sits in the same sentence and was credited to "which"/"that"; None otherwise."""
    prev, prev_span = site.prev, site.prev_span
    if prev is None or prev_span is None or not prev.mention or prev.mention.lower() not in _THING_RELATIVES or \
            prev_span.paragraph != site.span.paragraph:
        return None
    assert ctx.sentences is not None
    lo = ctx.sentences.start(site.p_lo, site.span.open_at)
    if ctx.sentences.start(site.p_lo, prev_span.open_at) != lo:
        return None
    subj = subject_of(site.text, lo, prev_span.open_at)
    if subj is None:
        return None
    said = site.text[subj[0]:subj[1]]
    if said.lower() not in ("he", "she") and not is_person_like(said):
        return None  # "The banner, which read “...”, hung over a stage that read “...”": no one
    return Finding(said, None, "explicit", subj[0])
