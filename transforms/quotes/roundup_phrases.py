"""Review and comment roundups (issue 16): a critic's phrases after ``said X in Y.``.

A roundup gives each critic a paragraph: the writer paraphrases a column or a review and closes
the first sentence on its source, a person and the publication (``The plan is doomed, said Ann
Lee in the Courier.``); the sentences after it go on in the critic's voice, weaving in the
critic's phrases (``This “sprawling mess” is a preview``, ``the “dreamy” terrace``). Those
phrases are the critic's: partial, credited to the critic (the guide: "A critic's phrases in a
review roundup are all the critic's"), not the writer's scare quotes.

- ``roundup_phrase`` (a rule of ``RULES``): a quote opening in lower case, in a sentence that
  reports no speech, after a sentence of its paragraph that closes on such a roundup
  attribution, with no verb of speech in between: the critic's, partial. Not a title or a name
  (a capital: "Her “Cathy”", Wagner's “Parsifal”), not a word quoted as a word, nor a term after
  a noun for a list or ``including``/``such as`` (“stimming” or “monotropism” are the field's
  terms, not the critic's).
- ``in_roundup``: a quote credited to the critic by the quote before it stays the critic's even
  when it is one word (``Even the site is a “pastiche”.``): rule ``reported_mood_word`` would
  take one quoted word for the writer's own.

Bounded: the paragraph is read back at most ``_BACK`` sentences and ``_SPAN_MAX`` characters.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.kinds import after_work_noun, is_mentioned_word
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import WORDS, mark_end, sentences_before

# The name the rule is recorded under (``Quote.rule``).
ROUNDUP_PHRASE: Final = "roundup_phrase"

_BACK: Final = 5  # sentences read back from the quote's, at most
_SPAN_MAX: Final = 1200  # characters of the paragraph before the quote read, at most
_OWN_MAX: Final = 400  # characters of the quote's own sentence around it, at most

# A sentence closing on its source: a verb of saying or writing, a person's name (two to four
# capitalized words, initials allowed), then the publication after in/on/at/for ("said Ann Lee
# in The Courier.", "writes Tom Hale on Slate:", "argued Jo M. Roe in the Daily Planet.").
_ROUNDUP_CLOSE: Final = re.compile(
    r"\b(?P<cue>said|says|wrote|writes|argued|argues|added|adds|noted|notes|observed|observes|"
    r"warned|warns|concluded|concludes|suggested|suggests|claimed|claims)[^\S\n]+"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]{1,30})){1,3})"
    r"[^\S\n]+(?:in|on|at|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z][^.!?:;\n“”\"]{0,60}[.:][^\S\n]*$")
# Words after which a quoted word is an item of a list, a term of its field.
_LIST_WORDS: Final = frozenset("including such as like or and nor".split())
_MAX_WORDS: Final = 25  # a longer quote is a passage, which other rules judge


def roundup_critic(site: Site, ctx: ArticleContext) -> Finding | None:
    """The critic whose roundup paragraph holds the quote at ``site``: a sentence before the
    quote's, in its paragraph, closes on ``said X in Y.``, and no verb of speech stands between
    that sentence's end and the quote's own sentence, nor in that sentence."""
    text, span = site.text, site.span
    sentences, cues = ctx.sentences, ctx.cues
    if site.zone != "body" or sentences is None or cues is None or span.close_at < 0 or \
            current_language().code != "en":
        return None
    p_lo, p_hi = site.paragraphs[span.paragraph]
    own_lo = sentences.start(p_lo, span.open_at)
    if own_lo <= p_lo:
        return None  # the paragraph's first sentence: no roundup attribution before it
    own_hi = sentences.end(max(mark_end(text, span) - 1, span.open_at), p_hi)
    if span.open_at - own_lo > _OWN_MAX or own_hi - mark_end(text, span) > _OWN_MAX:
        return None
    if cues.first(own_lo, own_hi) is not None:
        return None  # its own sentence reports speech: the rules that read it have judged
    floor = max(p_lo, span.open_at - _SPAN_MAX)
    for s_lo, hi in sentences_before(text, sentences, p_lo, own_lo, floor, _BACK):
        close = _ROUNDUP_CLOSE.search(text, max(s_lo, hi - 160), hi)
        if close is not None:
            if cues.first(hi, own_lo) is not None:
                return None  # someone else reported in between
            return Finding(close.group("name"), close.group("cue"), "explicit", close.start("cue"), ROUNDUP_PHRASE)
    return None


def _critics_words(site: Site, quoted: str) -> bool:
    """``quoted`` may be a critic's phrase: it opens in lower case, is no longer than
    ``_MAX_WORDS`` words, and is not a word quoted as a word nor an item of a list or a work."""
    text, span = site.text, site.span
    if not quoted[:1].islower() or span.continued or len(WORDS.findall(quoted)) > _MAX_WORDS:
        return False
    if is_mentioned_word(text, span, quoted, site.sent_lo) or after_work_noun(text, site.sent_lo, span.open_at):
        return False
    before = WORDS.findall(text[max(site.sent_lo, span.open_at - 30):span.open_at])
    return not (before and before[-1].lower() in _LIST_WORDS and len(WORDS.findall(quoted)) <= 2)


def roundup_phrase(site: Site, ctx: ArticleContext) -> Finding | None:
    """Rule ``roundup_phrase``: the critic of the quote's roundup paragraph (see the module)."""
    quoted = site.text[site.span.start:site.span.end]
    if not _critics_words(site, quoted):
        return None
    return roundup_critic(site, ctx)


def in_roundup(site: Site, ctx: ArticleContext, found: Finding) -> bool:
    """The quote, credited by ``found`` to the critic of its roundup paragraph, is a phrase of
    the critic's (one word too: ``Even the site is a “pastiche”.``)."""
    quoted = site.text[site.span.start:site.span.end]
    if not _critics_words(site, quoted):
        return False
    critic = roundup_critic(site, ctx)
    return critic is not None and critic.mention == found.mention
