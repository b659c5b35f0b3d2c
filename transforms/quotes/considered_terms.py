"""A quoted judgement after a verb of considering (part of rule ``judged_term``).

"the positions of the government, which they consider “unacceptable”", "un point de vue que la
porte-parole considère comme « illégal »", "qu'elles estiment « inacceptables »", "o presidente
considera “injusta” a decisão", "Er hält die Pläne für „unrealistisch“": the sentence reports
someone's judgement in those words, so they are someone's (partial), not the writer's term,
even when no rule reads who judges (a relative, a subject far from its verb: null then).

Verbs of considering are kept apart from judged_terms.py's verbs of judging because their
participle names more than it judges ("is considered the “father of rock”", "considerado o
“pai do samba”", „gilt als"): only finite forms count, and none after a passive auxiliary. The
first-person writer's own judgement ("what I consider “fair”", "ce que je considère comme
« juste »") stays the writer's scare quote.
"""
from __future__ import annotations

import re
from typing import Final

# The thing judged between the verb and the quote: no sentence end, no quote mark, at most
# this many characters.
MAX_OBJECT: Final = 60
_OBJECT: Final = r"[^.;:!?\n«»“”\"„‘’]{0,%d}?" % MAX_OBJECT

# Finite forms, per language. English "consider" and "regard ... as"; French estimer,
# considérer, juger (présent, imparfait, passé simple 3rd persons); Spanish and Portuguese
# considerar; German "halten ... für".
_VERBS: Final = {
    "en": re.compile(r"\b(?:(?:consider|considers|considered)[^\S\n]" + _OBJECT +
                     r"|(?:regard|regards|regarded)[^\S\n]" + _OBJECT + r"(?<![^\W\d_])as[^\S\n]{1,3}(?:(?:an?|the)[^\S\n]{1,3})?)$",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:estime|estiment|estimait|estimaient|considère|considèrent|considérait|considéraient|"
                     r"juge|jugent|jugeait|jugeaient)[^\S\n]" + _OBJECT + r"$", re.IGNORECASE),
    "es": re.compile(r"\b(?:considera|consideran|consideró|consideraron|consideraba|consideraban)[^\S\n]" +
                     _OBJECT + r"$", re.IGNORECASE),
    "pt": re.compile(r"\b(?:considera|consideram|considerou|consideraram|considerava|consideravam)[^\S\n]" +
                     _OBJECT + r"$", re.IGNORECASE),
    "de": re.compile(r"\b(?:hält|halten|hielt|hielten)[^\S\n]" + _OBJECT + r"(?<![^\W\d_])für[^\S\n]{1,3}$",
                     re.IGNORECASE),
}
# Passive auxiliaries right before an English verb ("is considered", "was regarded as").
_PASSIVE_EN: Final = frozenset("is are was were be been being".split())
# The first-person writer ("what I consider", "ce que je considère", "lo que yo considero").
_FIRST_PERSON: Final = frozenset("i we je nous yo eu nós nosotros nosotras ich wir".split())
_WORD: Final = re.compile(r"[^\W\d_]+")
# How far back the verb may stand from the quote's opening mark.
WINDOW: Final = 120


def considered_term(text: str, open_at: int, code: str) -> bool:
    """A finite verb of considering of language ``code`` before the quote opening at
    ``open_at``, its object between, not in the passive nor in the first person."""
    pattern = _VERBS.get(code)
    if pattern is None:
        return False
    found = pattern.search(text, max(0, open_at - WINDOW), open_at)
    if found is None:
        return False
    before = [w.lower() for w in _WORD.findall(text[max(0, found.start() - 20):found.start()])]
    if code == "en" and before and before[-1] in _PASSIVE_EN:
        return False  # "is considered the “father of rock”": a name given, the writer's term
    return not any(w in _FIRST_PERSON for w in before[-2:])
