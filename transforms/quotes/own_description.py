"""A quote whose own sentence opens on a description and reports it with a verb of speech ("El
productor tampoco pidió la «excepcionalidad»", "La empresa dijo que …"): the one described
speaks, not the person credited with the quote before (``rules_before.previous_quote``).

English reads such a subject in its own rules (lead_in: "The producer said …" names no one, and
no rule looks further back). In Spanish, French and Portuguese a description the lead-in does not
resolve left the quote to ``previous_quote``, which credited the last speaker of the paragraph:
the wrong person. A title ("la ministra añadió que …") is left to the rules that resolve roles.
But a description is as often the speaker again ("«…», dijo Rosalía. La artista también explicó
que «…»", "afirmó Pellegrini. El técnico añadió que …"): the inheritance is refused only when the
description names someone else, the one person the article gave that role (``earlier_role``), or,
when it gave it to no one, when the one credited before is no person the article knows (a body:
"la DGSA"), which a person's noun cannot describe.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Site
from newsbeam.transforms.quotes.language import ROMANCE, current as current_language
from newsbeam.transforms.quotes.lexicon import ADVERBS, ATTITUDE_VERBS, PRONOUNS, TITLES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.roles_intl import earlier_role
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

# Words between the noun and its verb: adverbs, a negation, an auxiliary ("tampoco había").
_BETWEEN: Final = 3
_NEGATIONS: Final = frozenset("no ne n' n’ não".split())


def own_described_subject(site: Site, ctx: ArticleContext, speaker: str | None) -> bool:
    """The quote's sentence opens on a description with its own verb of speech
    (``own_description``) that is not ``speaker`` (the one who would be credited otherwise):
    the one person the article gave that role is someone else, or it gave it to no one and
    ``speaker`` is no person it knows."""
    words = own_description(site, ctx)
    if words is None:
        return False
    if speaker is None:
        return True
    holder = earlier_role(ctx, site.text, site.sent_lo, words)
    if holder is not None:
        return ctx.names.fullest(holder) != ctx.names.fullest(speaker)
    return not _person(speaker, ctx)


def _person(mention: str, ctx: ArticleContext) -> bool:
    """``mention`` is a person the article knows (``known_person``), not a body's initials
    ("la DGSA", "ANMA": credited with quotes as people are)."""
    name = split_title(mention) or mention
    return known_person(mention, ctx) and not is_org(name) and not any(
        len(w) > 1 and w.isupper() for w in name.split())


def own_description(site: Site, ctx: ArticleContext) -> list[str] | None:
    """In an article in Spanish, French or Portuguese: the quote's sentence opens on an article
    and a lowercase noun that is no title, and its verb right after it (an adverb, a negation or
    an auxiliary between at most) is a reporting cue before the quote: "El productor tampoco
    pidió la “…”", not "la diaria consultó a X, quien manifestó que “…”" (whose verb of speech
    has another subject). The article and the noun; None for no such sentence."""
    lang = current_language()
    if lang.code not in ROMANCE:
        return None
    assert ctx.cues is not None
    lo, open_at = site.sent_lo, site.span.open_at
    cue = ctx.cues.first(lo, open_at)
    if cue is None:
        return None
    words = site.text[lo:cue.s].split()
    if not 2 <= len(words) <= 2 + _BETWEEN or words[0].lower() not in lang.determiners:
        return None
    noun = trim(words[1])
    own = words[1][:1].islower() and noun.isalpha() and noun not in TITLES and noun not in lang.cues and \
        all(w.lower() in lang.adverbs or w.lower() in _NEGATIONS or w in lang.auxiliaries or
            w in lang.perfect_auxiliaries for w in words[2:])
    return [words[0], noun] if own else None


def own_plain_subject(site: Site, ctx: ArticleContext, speaker: str) -> bool:
    """Spanish, French, Portuguese (stop 47): the quote's sentence opens on an article, a lowercase
    noun that is no title and a lowercase verb that reports nothing ("A prefeitura lançou o
    programa “bairro limpo”"), and ``speaker``, credited with the quote before, is someone
    described by an article and a lowercase noun ("Os moradores dizem que …"): the quote is not
    theirs to go on with (the words name a thing the sentence's own subject does)."""
    lang = current_language()
    said = speaker.split()
    if lang.code not in ROMANCE or len(said) < 2 or said[0].lower() not in lang.determiners or not said[1].islower():
        return False  # (a name or a body's initials, "la ANMA", goes on as before)
    assert ctx.cues is not None
    lo, open_at = site.sent_lo, site.span.open_at
    if ctx.cues.first(lo, open_at) is not None:
        return False
    words = site.text[lo:min(open_at, lo + 120)].split()[:3]
    return len(words) == 3 and words[0].lower() in lang.determiners and words[1].isalpha() and \
        words[1].islower() and words[1] not in TITLES and words[2].isalpha() and words[2].islower() and \
        not speaker.lower().endswith(words[1])


def own_attitude_subject(site: Site, ctx: ArticleContext, speaker: str) -> bool:
    """English (stop 53): the quote's sentence names its own subject, someone other than
    ``speaker`` (credited with the quote before), right before a verb that reports a stance
    ("Tom Lee indicated that …", "hinted", "signaled": ``ATTITUDE_VERBS``): the quote is that
    subject's (``speech_subject``), not the last speaker's to go on with."""
    if current_language().code != "en":
        return False
    text, lo, open_at = site.text, site.sent_lo, site.span.open_at
    subj = subject_of(text, lo, open_at)
    if subj is None:
        return False
    mention = text[subj[0]:subj[1]]
    after = [w for w in text[subj[1]:min(open_at, subj[1] + 60)].split()[:3] if w.lower() not in ADVERBS]
    if not after or after[0].lower() not in ATTITUDE_VERBS or not is_person_like(mention) or \
            mention.lower() in PRONOUNS:
        return False  # (a pronoun may be the last speaker: "It promotes the “…”" goes on as before)
    name = split_title(mention) or mention
    return ctx.names.fullest(name) != speaker and not speaker.endswith(" " + name.split()[-1])

