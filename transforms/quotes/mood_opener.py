"""Rule ``mood_after_speaker`` (issue 16): a quote in, or right after, a German sentence in
Konjunktiv I that no rule credits, when the reported speech follows a sentence of the writer's
that names a person as the subject of a verb of speech or judgement, with no quote of its own:
„Kämmerin Eva Roth warnte vor neuen Schulden. Die Stadt müsse „sparen, wo es geht“." The
Konjunktiv I marks the sentence as someone's reported words, and in German news those are the
words of the person the sentence before introduced as speaking (``mood.reported_mood_quote``
and the ``reported_mood`` fallback find a speaker only among quotes credited before).

Read back at most ``_BACK`` sentences of the quote's paragraph, past sentences that are
themselves reported speech (a verb in Konjunktiv I, no quote mark, no one named before the
verb); the first other sentence must open on a person the article knows and hold a reporting
cue. Anything else: None (rather null than wrong): a sentence naming someone else, a sentence of
narration with no verb of speech ("Roth legte den Entwurf vor."), a quote mark on the way back
(whose it is, the rules before decided), the paragraph's start."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.kinds import REPORTED_MOOD as MOOD_FORMS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.mood import names_another, reported_lead
from newsbeam.transforms.quotes.mood_partial import uncredited_quote_before
from newsbeam.transforms.quotes.mood_subject import opening_person
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import sentences_before

MOOD_AFTER_SPEAKER: Final = "mood_after_speaker"
_BACK: Final = 3  # sentences of the paragraph read back (the speaker's sentence and two of reported speech)
_MARKS: Final = "\"“”„«»‹›"
# Verbs of a view or a judgement that introduce a speaker as the reporting cues do, though the
# cue list leaves them out (they also narrate): "X hält eine Einigung für möglich", "X sieht
# darin eine Chance", "X zeigte sich zuversichtlich", "X geht davon aus", "X rechnet mit ...".
_VIEW_VERBS: Final = frozenset("""hält hielt sieht sah zeigt zeigte geht ging rechnet rechnete hofft
    hoffte glaubt glaubte fürchtet fürchtete befürchtet befürchtete zweifelt zweifelte wertet
    wertete bewertet bewertete""".split())


def _in_mood(sentence: str) -> bool:
    """A sentence with a verb in Konjunktiv I (German), read word by word."""
    forms = MOOD_FORMS.get("de", frozenset())
    return any(w.strip(",;:.!?()") in forms for w in sentence.lower().split())


def speaker_before(text: str, ctx: ArticleContext, s_lo: int, p_lo: int) -> str | None:
    """The person whose speech the German sentence of reported speech starting at ``s_lo`` (in
    the paragraph starting at ``p_lo``) goes on with: the person the nearest sentence before,
    past other sentences of reported speech, opens on as the subject of a reporting verb (see
    the module), or None."""
    if current_language().code != "de" or s_lo <= p_lo:
        return None
    assert ctx.sentences is not None and ctx.cues is not None
    for lo, hi in sentences_before(text, ctx.sentences, p_lo, s_lo, p_lo, _BACK):
        sentence = text[lo:hi]
        if any(mark in sentence for mark in _MARKS):
            return None  # a quote on the way back: whose, the rules before decided
        person = opening_person(sentence, ctx)
        if person:
            speaks = ctx.cues.first(lo, hi) is not None or any(w in _VIEW_VERBS for w in sentence.split()[:8])
            return person if speaks and not _in_mood(sentence) else None
        if person == "" or not _in_mood(sentence) or names_another(text, lo, hi):
            return None  # someone named the article does not know, or the writer's narration
    return None


def _no_one_else(text: str, ctx: ArticleContext, lo: int, hi: int) -> bool:
    """The sentence of reported speech ``text[lo:hi]`` (up to its quote) names no one as its
    subject: not a pronoun (resolved as any pronoun), not a person the article knows (the rules
    of ``mood`` credit them), not a name of two words or more, no capitalized pair before its verb."""
    subj = subject_of(text, lo, hi)
    mention = text[subj[0]:subj[1]] if subj else ""
    if mention and (current_language().pronouns.get(mention.lower()) or known_person(mention, ctx) or
                    len(split_title(mention).split()) >= 2 and is_person_like(mention)):
        return False
    return not names_another(text, lo, hi)


def partial_speaker(text: str, ctx: ArticleContext, s_lo: int, p_lo: int, open_at: int) -> str | None:
    """The speaker of a partial quote opening at ``open_at`` in a German sentence in Konjunktiv I
    starting at ``s_lo`` that names no one else (see the module), or None."""
    if current_language().code != "de" or open_at <= s_lo or not _no_one_else(text, ctx, s_lo, open_at):
        return None
    if uncredited_quote_before(text, ctx, open_at):
        return None
    return speaker_before(text, ctx, s_lo, p_lo)


def mood_after_speaker(site: Site, ctx: ArticleContext) -> Finding | None:
    """A direct quote no rule credits, going on from a German sentence in Konjunktiv I (its
    lead-in ending on a colon, or the sentence before it) that names no one else: the person
    the sentence before that one introduced as speaking (see the module)."""
    if site.zone != "body" or current_language().code != "de":
        return None
    lead = reported_lead(site, ctx)
    if lead is None or not _no_one_else(site.text, ctx, *lead):
        return None
    person = speaker_before(site.text, ctx, lead[0], site.p_lo)
    return Finding(person, None, "explicit", -1, MOOD_AFTER_SPEAKER) if person else None
