"""Quotes that go on from reported speech: a German sentence in Konjunktiv I ("Sie sei mit dem
Ergebnis zufrieden") reports someone's words, and a quote that the sentence leads into with a
colon, or that opens the next sentence, is that person's (rule ``reported_mood_quote``).

Who the person is: the sentence's subject when the article names it as a person; else, for a
subject that is a personal pronoun or no one ("Ein Gespräch sei nicht sinnvoll."), the person
credited last in the paragraph or the one before it (and, for a pronoun, of its gender as far as
the article shows it). Nothing found: null, as before.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.kinds import REPORTED_MOOD as MOOD_FORMS
from newsbeam.transforms.quotes.kinds import in_reported_mood
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.trailing import closing_attribution

REPORTED_MOOD_QUOTE: Final = "reported_mood_quote"
_LEAD_MAX: Final = 400  # characters of a lead-in read for its verb (one sentence of reported speech)


def _paragraph_and_previous(text: str, before: int, past_heading: bool = False) -> tuple[int, int, int]:
    """The start of the paragraph holding ``before``, and the start and end of the paragraph
    before it (the paragraph's own start for both when there is none; with ``past_heading``,
    the one before a subheading in between)."""
    p_lo = text.rfind("\n", 0, before) + 1
    q_lo, q_hi = _paragraph_before(text, p_lo, p_lo)
    if past_heading and q_lo > 0 and _is_subheading(text[q_lo:q_hi]):
        # A subheading between two paragraphs of reported speech ("Zu 100 % Luftfahrt") is
        # read past: the paragraph before it is the one the speech goes on from.
        q_lo, q_hi = _paragraph_before(text, q_lo, p_lo)
    return p_lo, q_lo, q_hi


def _paragraph_before(text: str, lo: int, p_lo: int) -> tuple[int, int]:
    """The start and end of the paragraph before the one starting at ``lo`` (blank lines
    skipped), or ``p_lo`` and the end when there is none."""
    q_hi = lo - 1
    while q_hi > 0 and text[q_hi - 1] in "\n\r ":
        q_hi -= 1
    return (text.rfind("\n", 0, q_hi) + 1 if q_hi > 0 else p_lo), q_hi


_HEADING_MAX: Final = 100  # characters of a subheading at most


def _is_subheading(paragraph: str) -> bool:
    """A short paragraph that does not end a sentence: a subheading or a teaser's link."""
    body = paragraph.strip().rstrip("\"“”„«»'’")
    return 0 < len(body) <= _HEADING_MAX and body[-1:] not in ".!?:;,…" and ". " not in body


def reported_speaker(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The person credited last before ``before`` in its paragraph or the one before it (a
    German sentence in Konjunktiv I reports that person's speech), else None."""
    _, lo, _ = _paragraph_and_previous(text, before)
    for offset, person, _ in reversed(ctx.credits):
        if offset < lo:
            return None
        if offset < before:
            return person
    return None


_BACK_SENTENCES: Final = 6  # sentences read back for the person whose speech is reported


def _reporter_before(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The person whose speech the sentences before ``before`` report, in its paragraph or the
    one before it, nearest first: one credited with a quote opening in a sentence, or the
    mention of a person a sentence closes on (", sagte Lucke am Samstag.", ", kritisierte Lucke
    weiter.")."""
    assert ctx.sentences is not None and ctx.cues is not None
    p_lo, q_lo, q_hi = _paragraph_and_previous(text, before, past_heading=True)
    stretches = [(p_lo, before)] + ([(q_lo, q_hi)] if q_lo < q_hi < p_lo else [])
    read = 0
    for lo, hi in stretches:
        while hi > lo and read < _BACK_SENTENCES:
            read += 1
            s_lo = ctx.sentences.start(lo, hi - 1)
            for offset, person, _ in reversed(ctx.credits):
                if s_lo <= offset < hi:
                    return person
            found = closing_attribution(text, ctx.cues, ctx.sentences, s_lo, hi)
            if found is not None and found.mention:
                name = split_title(found.mention)
                if known_person(found.mention, ctx) or len(name.split()) >= 2 and is_person_like(found.mention):
                    return found.mention
            if s_lo <= lo:
                break
            hi = s_lo - 1
    return None


def reported_lead(site: Site, ctx: ArticleContext) -> tuple[int, int] | None:
    """The sentence of reported speech the quote goes on from: its own lead-in when that ends
    on a colon ("Sie sei noch nicht fertig: „...“"), or, for a quote that opens a sentence, the
    sentence before it in the paragraph, after any quote before ("... sei nicht sinnvoll. „...“")."""
    text, span = site.text, site.span
    lang = current_language().code
    lead = text[site.sent_lo:span.open_at]
    if site.sent_lo < span.open_at and lead.rstrip().endswith(":"):
        lo, hi = site.sent_lo, span.open_at
    elif site.sent_lo == span.open_at and site.sent_lo > site.head_lo:
        assert ctx.sentences is not None
        lo, hi = ctx.sentences.start(site.head_lo, site.sent_lo - 1), site.sent_lo
        if lo < site.head_lo:
            return None
    else:
        return None
    if hi - lo > _LEAD_MAX or not text[lo:hi].strip():
        return None
    words = text[lo:hi].lower().split()
    if not any(w.strip(",;:.") in MOOD_FORMS.get(lang, ()) for w in words):
        return None
    if not in_reported_mood(text, lo, hi, span, lang):
        return None
    return lo, hi


def _names_another(text: str, lo: int, hi: int) -> bool:
    """The words before the verb of reported speech in ``text[lo:hi]`` hold two capitalized
    words in a row, not opening on an article or a function word: a name ("Ihr Nachbar Karl
    Obermeier sei anderer Meinung"), someone else than the person reported before."""
    lang = current_language()
    forms = MOOD_FORMS.get(lang.code, frozenset())
    words = []
    for w in text[lo:hi].split():
        if w.lower().strip(",;:.") in forms:
            break
        words.append(w.strip(",;:.()„“\"»«"))
    return any(a[:1].isupper() and b[:1].isupper() and a.lower() not in lang.function_words
               for a, b in zip(words, words[1:]))


def reporter_before(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The person whose speech the sentences before ``before`` report (see ``_reporter_before``)."""
    return _reporter_before(text, ctx, before)


def names_another(text: str, lo: int, hi: int) -> bool:
    """Whether the words before the verb of reported speech in ``text[lo:hi]`` name someone
    (see ``_names_another``)."""
    return _names_another(text, lo, hi)


def reported_mood_quote(site: Site, ctx: ArticleContext) -> Finding | None:
    """A direct quote that no rule credits, going on from a sentence in the mood of reported
    speech: the person that sentence reports (see the module's docstring)."""
    if site.zone != "body" or current_language().code not in MOOD_FORMS:
        return None
    lead = reported_lead(site, ctx)
    if lead is None:
        return None
    lo, hi = lead
    text = site.text
    subj = subject_of(text, lo, hi)
    mention = text[subj[0]:subj[1]] if subj else ""
    lang = current_language()
    pronoun = lang.pronouns.get(mention.lower())
    if subj and not pronoun:
        if known_person(mention, ctx):
            return Finding(mention, None, "explicit", -1, REPORTED_MOOD_QUOTE)
        if len(split_title(mention).split()) >= 2:
            return None  # someone (or some body) else, named but not known as a person: rather null
    if not pronoun and _names_another(text, lo, hi):
        return None
    person = _reporter_before(text, ctx, site.span.open_at)
    if person is None:
        return None
    if pronoun:
        gender = "m" if pronoun == "he" else "f"
        if (ctx.genders.get(person) or ctx.names.gender(person)) not in (None, gender):
            return None
    return Finding(person, None, "explicit", -1, REPORTED_MOOD_QUOTE)
