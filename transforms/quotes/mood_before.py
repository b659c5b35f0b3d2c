"""Whose words a partial quote in a German sentence in Konjunktiv I carries when no quote was
credited before it: "Moreno hat Zweifel. Er hält es für möglich, dass ... Aber das heiße nicht,
»...«" reports the person the sentence right before is about, its subject when that is a person
the article names, or the person its "er"/"sie" stands for. The quote's own sentence must name
no one else as its subject; anything else: None (rather null than wrong).

Stop 53: the subject may also stand after a fronted phrase and the finite verb ("Zu Beginn der
Debatte hatte Johnson … geworben. Es sei ein «…»"), and a person named once (a known first name
and a surname) counts when that sentence reports what they hold: a verb of saying or of arguing
in it ("hat … geworben", "widersprach"), not "ist gestorben", "traf", "wurde verhaftet"."""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon_de import CUES as CUES_DE
from newsbeam.transforms.quotes.mood_subject import known_person_de
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import sentence_before, trim

# The subjects of a sentence of reported speech that name no one: "das heiße nicht", "es sei".
_NO_ONE: Final = frozenset("das es dies dieses".split())  # not "man": "Man habe ..." is a body's voice


# Words that may open a sentence before its subject: "Aber das heiße nicht, ...".
_CONNECTIVES: Final = frozenset("aber doch und denn allerdings jedoch nur auch".split())


def subject_before(text: str, ctx: ArticleContext, s_lo: int, p_lo: int,
                   resolve_pronoun: Callable[[int, str], str | None]) -> str | None:
    """The person the sentence before the one at ``s_lo`` (in the paragraph starting at
    ``p_lo``) is about, if the sentence at ``s_lo`` opens on no subject of its own ("Aber das
    heiße nicht, ..."): the person its opening "Er"/"Sie" (with a singular verb) stands for, or
    the person it opens on, as the article names them. ``resolve_pronoun(before, pronoun)`` is
    the pronoun resolver (passed in: no import cycle)."""
    lang = current_language()
    if lang.code != "de" or s_lo <= p_lo:
        return None
    own = text[s_lo:s_lo + 80].split()
    while own and own[0].lower().strip(",") in _CONNECTIVES:
        own.pop(0)
    if not own or own[0].lower() not in _NO_ONE:
        return None  # "Die Polizei sei ...", "Er sei ...": the sentence's own subject
    assert ctx.sentences is not None
    prev = sentence_before(text, ctx.sentences, p_lo, s_lo)
    if prev is None:
        return None
    prev_lo = prev[0]
    words = text[prev_lo:min(prev[1], prev_lo + 120)].split()
    if len(words) < 3:
        return None
    first = words[0].strip(",")
    if first in ("Er", "Sie") and words[1][:1].islower() and (first == "Er" or _singular(words[1])):
        return resolve_pronoun(prev_lo, first.lower())
    person = _subject_at(ctx, words, 0)  # (not "Im Laufe des Quartals ging ...")
    if person is None:
        # (stop 53) a fronted phrase, the finite verb, then the subject: "Am Montag hatte Karl
        # Brenner für das Projekt geworben. Es sei eine „…“"
        verb = next((k for k, w in enumerate(words[1:5], 1) if w in _FINITE), -1)
        person = _subject_at(ctx, words, verb + 1) if verb > 0 and words[0][:1].isupper() else None
    return person


def _subject_at(ctx: ArticleContext, words: list[str], start: int) -> str | None:
    """The person the capitalized words at ``words[start]`` name, as a sentence's subject (a
    lower-case word after them, no "und" joining a second one, a person who reports: see
    ``_reporting_person``), at their fullest; else None."""
    run = _run(words, start)
    end = start + len(run)
    mention = " ".join(run)
    if run and len(words) > end and words[end][:1].islower() and words[end] not in _JOINING and \
            _reporting_person(mention, ctx, words) and \
            not any(w.lower() in current_language().function_words for w in run):
        return ctx.names.fullest(split_title(mention))
    return None


_JOINING: Final = frozenset("und oder sowie".split())  # "Karl Brenner und Anna Vogt haben …": two people
# Verbs of arguing that report what their subject holds ("hat … geworben", "widersprach"): a person
# named once is read as the one reported only after one of them or a verb of saying (stop 53).
_ARGUING: Final = frozenset("""geworben warb wirbt kritisiert kritisierte widersprach widerspricht widersprochen
gefordert forderte fordert gewarnt warnte warnt betont betonte argumentiert argumentierte verteidigt verteidigte
begründet begründete""".split())


def _reporting_person(mention: str, ctx: ArticleContext, words: list[str]) -> bool:
    """A person the article knows, or (stop 53) one named once on a first name whose sentence
    (its ``words``) reports what they hold: a verb of arguing or of saying in it."""
    if known_person(mention, ctx):
        return True
    return known_person_de(mention, ctx) and any(trim(w).lower() in _ARGUING or trim(w).lower() in CUES_DE
                                                 for w in words)


# Finite auxiliaries and verbs of saying after which a fronted sentence's subject stands (V2).
_FINITE: Final = frozenset("""hat hatte habe haben hatten ist war sei sind waren wird wurde
sagte betonte erklärte warb kritisierte forderte warnte""".split())


def _run(words: list[str], start: int) -> list[str]:
    """The capitalized words from ``words[start]`` (at most four), up to a comma."""
    run: list[str] = []
    for w in words[start:start + 4]:
        if not w[:1].isupper():
            break
        run.append(w.strip(",;:"))
        if w[-1:] in ",;:":
            break
    return run



def pronoun_subject(text: str, s_lo: int, resolve_pronoun: Callable[[int, str], str | None]) -> str | None:
    """The person the sentence at ``s_lo`` reports when it opens on "Er" or "Sie" and a verb in
    the singular of Konjunktiv I ("Sie sei »sehr zufrieden«", "Er wolle »nicht aufgeben«"):
    reported speech of the one the pronoun stands for (``resolve_pronoun(before, pronoun)``, the
    pronoun resolver, passed in: no import cycle). Else None."""
    if current_language().code != "de":
        return None
    own = text[s_lo:s_lo + 40].split()
    while own and own[0].lower().strip(",") in _CONNECTIVES:
        own.pop(0)
    if len(own) < 2 or own[0] not in ("Er", "Sie", "er", "sie") or not _subjunctive_singular(own[1]):
        return None
    return resolve_pronoun(s_lo, own[0].lower())


def _subjunctive_singular(verb: str) -> bool:
    """A German verb in the third person singular of Konjunktiv I: "sei", "habe", "wolle",
    "könne" (never the plural "seien", "haben", nor the indicative "hält")."""
    return verb == "sei" or verb.endswith("e") and verb.isalpha() and verb.islower() and len(verb) > 2


_SINGULAR: Final = ("t", "e")  # "sie hält", "sie habe": a third-person singular verb; "sie halten": they


def _singular(verb: str) -> bool:
    """A German verb after "sie" in the singular ("sie hält", "sie habe"), not the plural ("sie halten")."""
    return verb.endswith(_SINGULAR) and not verb.endswith("en")
