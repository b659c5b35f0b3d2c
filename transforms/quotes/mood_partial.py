"""Rule ``reported_mood_partial`` (issue 16): a partial quote in a German sentence in Konjunktiv
I that no rule credits, when neither the person credited last in its paragraph (or the one
before) nor the subject of the sentence before it is known: „Das sei gefährlich, denn „…“"
after „…, erklärt dazu Verbandschef Jan Roth." reports Jan Roth, found as
``mood.reported_mood_quote`` finds the speaker of a direct quote after such a sentence: a quote
credited in one of the sentences before, or the person a sentence closes on („, sagte Roth.").

The quote's own sentence must not name someone else before its verb („Ihr Nachbar Karl Berg sei
„ganz anderer Meinung“"): its subject, when a person the article knows, is the speaker; another
name: null (rather null than wrong); so when the last quote before it in its paragraph was
credited to no one (someone the rules did not find spoke in between)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.mood import names_another, reporter_before
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title

REPORTED_MOOD_PARTIAL: Final = "reported_mood_partial"
_MARKS: Final = "\"“”„«»"
_READ_BACK: Final = 2000  # characters of the paragraph read back for a quote mark (bounded)


def _uncredited_quote_before(text: str, ctx: ArticleContext, open_at: int) -> bool:
    """The last quote mark before the quote opening at ``open_at``, in its paragraph, belongs to
    a quote no one was credited with: someone the rules did not find spoke in between (rather
    null than wrong)."""
    lo = max(text.rfind("\n", 0, open_at) + 1, open_at - _READ_BACK)
    m = max(text.rfind(mark, lo, open_at) for mark in _MARKS)
    return m >= 0 and not any(o <= m <= c + 1 for o, _, c in ctx.credits)


def mood_partial_speaker(text: str, ctx: ArticleContext, s_lo: int, open_at: int) -> str | None:
    """The speaker of a partial quote opening at ``open_at`` in a sentence of reported speech
    starting at ``s_lo`` (see the module), or None."""
    if current_language().code != "de" or open_at <= s_lo:
        return None
    subj = subject_of(text, s_lo, open_at)
    mention = text[subj[0]:subj[1]] if subj else ""
    pronoun = current_language().pronouns.get(mention.lower())
    if subj and not pronoun:
        if known_person(mention, ctx):
            return ctx.names.fullest(split_title(mention))
        if is_person_like(split_title(mention)):
            return None  # someone else named: rather null
    if names_another(text, s_lo, open_at) or _uncredited_quote_before(text, ctx, open_at):
        return None
    person = reporter_before(text, ctx, s_lo)
    if person is not None and pronoun:
        gender = "m" if pronoun == "he" else "f"
        if (ctx.genders.get(person) or ctx.names.gender(person)) not in (None, gender):
            return None
    return person


def uncredited_quote_before(text: str, ctx: ArticleContext, open_at: int) -> bool:
    """Whether the last quote before ``open_at`` in its paragraph was credited to no one (see
    ``_uncredited_quote_before``)."""
    return _uncredited_quote_before(text, ctx, open_at)
