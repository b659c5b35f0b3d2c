"""The rule ``embedded_speaker``: in Spanish, Portuguese and French, a reporting verb that leads
into a quote from inside a clause opened by "que" after another reporting verb, with a subject
of its own, is that subject's: "Ana Ruiz recordó que su madre, Marta Soto, siempre decía: «...»"
is Marta Soto's, "Ana Ruiz contó que su padre le decía: «...»" is the father's (unnamed: null),
never the outer subject's (issue 16)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import Cue, speech_verb
from newsbeam.transforms.quotes.language import Language, current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title

_LANGUAGES: Final = frozenset(["es", "pt", "fr"])
# Object pronouns between a subject and its verb ("su padre le decía", "sa mère lui disait").
_CLITICS: Final = {
    "es": frozenset("le les me te nos se lo la los las".split()),
    "pt": frozenset("lhe lhes me te nos se o a os as".split()),
    "fr": frozenset("lui leur me m' m’ te t' t’ nous vous se s' s’ l' l’ le la les".split()),
}
# Coordinators: "que la obra está lista y dijo" is the outer subject going on, not a new one.
_AND: Final = frozenset("y e et o ou ni".split())
# An aside of the outer subject's own ("que la reforma, como dijo: «...»"): no subject of the clause.
_AS: Final = frozenset("como comme conforme".split())
_QUE: Final = re.compile(r"(?<![^\W\d_])(?:que|qu['’])(?![^\W\d_])", re.IGNORECASE)
_REACH: Final = 40  # characters from the outer verb to its "que" ("recordó entre risas que")
_CUE_MAX: Final = 40  # characters of a reporting verb, its particle included
_SUBJECT_WORDS: Final = 10  # words of the clause's subject, apposition included
_NAME_WORDS: Final = 4  # words of a name at the end of the subject


def embedded_speaker(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of the reporting verb that leads into the quote from a "que" clause of
    another reporting verb ("X recordó que su madre siempre decía: «...»"): its name where the
    clause gives one, else its description (null); None where the clause has no subject of its
    own ("X afirmó que está feliz y dijo: «...»") or the verb is not the quote's lead."""
    lang = current_language()
    if lang.code not in _LANGUAGES:
        return None
    text, open_at = site.text, site.span.open_at
    assert ctx.cues is not None
    cues = [c for c in ctx.cues.between(site.sent_lo, open_at) if speech_verb(c, lang)]
    if len(cues) < 2:
        return None
    verb = cues[-1]
    lead = text[verb.e:open_at].replace(":", " ").replace(",", " ").split()
    if any(w.lower() not in lang.adverbs for w in lead):
        return None  # the verb is not what leads into the quote
    subject = _clause_subject(text, cues[-2], verb)
    if subject is None:
        return None
    subject = _owner_cut(subject, lang)
    name = _name_at_end(subject)
    if name and is_person_like(name) and len(split_title(name).split()) >= 2:
        return Finding(name, verb.word, "explicit", verb.s)  # "su madre, Marta Soto", "el alcalde Pedro Vera"
    return Finding(subject, verb.word, "explicit", verb.s)


# Contracted prepositions of place that no language's list holds ("no Rio", "à Lyon", "au Brésil").
_PLACE_PREPOSITIONS: Final = frozenset("no na nos nas num numa à au aux in".split())


def _owner_cut(subject: str, lang: Language) -> str:
    """The subject up to a preposition that brings in a place or an owner ("el gobierno de Nueva
    York" -> "el gobierno", "su vecino Juan en Buenos Aires" -> "su vecino Juan", "la mairie
    d'Orléans" -> "la mairie"): the capitalized words after it are not the speaker's name. A
    genitive between capitalized words is part of a name ("María de La Fuente") and stays."""
    words = subject.split()
    for i in range(1, len(words)):
        low = words[i].lower()
        elided = low[:2] in ("d'", "d’") and words[i][2:3].isupper()
        if low in lang.genitives or elided:
            if not words[i - 1].rstrip(",")[:1].isupper():
                return " ".join(words[:i]).strip(" ,")
        elif low in lang.prepositions or low in _PLACE_PREPOSITIONS:
            return " ".join(words[:i]).strip(" ,")
    return subject


def _name_at_end(subject: str) -> str:
    """The capitalized words that close a subject after a description, in apposition ("su
    madre, Marta Soto") or after a title ("el alcalde Pedro Vera"); "" where the subject is
    all capitalized (a name alone) or ends on a lower-case word."""
    words = subject.replace(",", " ").split()
    k = len(words)
    while k > 0 and len(words) - k < _NAME_WORDS and words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[k:]) if 0 < k < len(words) else ""


def _clause_subject(text: str, outer: Cue, verb: Cue) -> str | None:
    """The subject of ``verb`` in the "que" clause of the reporting verb ``outer`` before it
    ("recordó que su madre, Marta Soto, siempre decía" -> "su madre, Marta Soto"), without the
    adverbs, object pronouns and auxiliaries before the verb; None where there is no such clause
    or its subject is dropped, a pronoun, or no plain noun phrase."""
    lang = current_language()
    que = None
    for que in _QUE.finditer(text, outer.e, min(verb.s, outer.e + _REACH)):
        break
    if que is None or any(ch in text[outer.e:que.start()] for ch in ".;:«»“”\""):
        return None
    words = text[que.end():verb.s].split()
    clitics = _CLITICS[lang.code]
    while words and (words[-1].lower() in clitics or words[-1].lower() in lang.adverbs or
                     words[-1].lower() in lang.auxiliaries):
        words.pop()
    if not words or len(words) > _SUBJECT_WORDS:
        return None
    low = [w.lower().strip(",") for w in words]
    if low[0] in lang.pronouns or low[0] in clitics and low[0] not in lang.determiners:
        return None  # "que él decía", "que le dijo": the pronoun's or the outer subject's (others)
    if not (low[0] in lang.determiners or words[0][:1].isupper() and low[0] not in lang.function_words):
        return None  # "que hace años ...": no subject of the clause read here
    if any(w in _AND or w in _AS or w in lang.cues or w in lang.relatives or w in ("que", "qui", "quien") for w in low[1:]):
        return None  # a verb, a coordination, an aside or a relative clause: no plain subject
    return " ".join(words).strip(" ,")


def embedded_cue(text: str, ctx: ArticleContext, lo: int, cue_at: int) -> bool:
    """Whether the reporting verb at ``cue_at`` (in the sentence from ``lo``) has a subject of
    its own in the "que" clause of another reporting verb before it (``embedded_speaker``)."""
    lang = current_language()
    if lang.code not in _LANGUAGES or cue_at < lo:
        return False
    assert ctx.cues is not None
    cues = [c for c in ctx.cues.between(lo, cue_at + _CUE_MAX)
            if c.s <= cue_at and speech_verb(c, lang)]
    return len(cues) >= 2 and cues[-1].s == cue_at and _clause_subject(text, cues[-2], cues[-1]) is not None


def told_inside(site: Site, ctx: ArticleContext, prev: Finding) -> bool:
    """Whether ``prev`` (the last credit, maybe inherited) was read from a verb inside another's
    account ("X recordó que su madre decía: ‘A’, ‘B’.") in a sentence before the quote at
    ``site``: that speaker goes on only within the sentence; a later one may be the teller's
    again (rather null)."""
    if prev.cue_at < site.p_lo or current_language().code not in _LANGUAGES:
        return False
    assert ctx.sentences is not None
    lo = ctx.sentences.start(site.p_lo, prev.cue_at)
    return lo != ctx.sentences.start(site.p_lo, site.span.open_at) and embedded_cue(site.text, ctx, lo, prev.cue_at)
