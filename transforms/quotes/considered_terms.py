"""A quoted judgement after a verb of considering (part of rule ``judged_term``).

"des positions du gouvernement qu'elles estiment « inacceptables »", "un point de vue que la
porte-parole considère comme « illégal »", "o presidente considera “injusta” a decisão", "Er
hält die Pläne für „unrealistisch“": the sentence reports
someone's judgement in those words, so they are someone's (partial), not the writer's term,
even when no rule reads who judges (a relative, a subject far from its verb: null then).

Verbs of considering are kept apart from judged_terms.py's verbs of judging because their
participle names more than it judges ("considerado o “pai do samba”", „gilt als"): only finite
forms count. The first-person writer's own judgement ("ce que je considère comme « juste »",
"lo que yo considero") stays the writer's scare quote.
"""
from __future__ import annotations

import re
from typing import Final

# The thing judged between the verb and the quote: no sentence end, no quote mark, at most
# this many characters.
MAX_OBJECT: Final = 60
_OBJECT: Final = r"[^.;:!?\n«»“”\"„‘’]{0,%d}?" % MAX_OBJECT

# Finite forms, per language: French estimer, considérer, juger (présent, imparfait 3rd
# persons); Spanish and Portuguese considerar; German "halten ... für". Not English: its
# "consider" showed in no outside or held-out article, and in PolNeAR dev its one quote ("What
# Mr. Trump considers ''smart''") is no attribution of PolNeAR's.
_VERBS: Final = {
    "fr": re.compile(r"\b(?:estime|estiment|estimait|estimaient|considère|considèrent|considérait|considéraient|"
                     r"juge|jugent|jugeait|jugeaient)[^\S\n]" + _OBJECT + r"$", re.IGNORECASE),
    "es": re.compile(r"\b(?:considera|consideran|consideró|consideraron|consideraba|consideraban)[^\S\n]" +
                     _OBJECT + r"$", re.IGNORECASE),
    "pt": re.compile(r"\b(?:considera|consideram|considerou|consideraram|considerava|consideravam)[^\S\n]" +
                     _OBJECT + r"$", re.IGNORECASE),
    "de": re.compile(r"\b(?:hält|halten|hielt|hielten)[^\S\n]" + _OBJECT + r"(?<![^\W\d_])für[^\S\n]{1,3}$",
                     re.IGNORECASE),
}
# The first-person writer ("ce que je considère", "lo que yo considero", "wir halten … für").
_FIRST_PERSON: Final = frozenset("je nous yo eu nós nosotros nosotras ich wir".split())
# A determiner before the word makes it a noun: "le juge des référés", "l'estime du public".
_DETERMINERS: Final = frozenset("le la les l un une des du ce cette son sa ses leur".split())
_WORD: Final = re.compile(r"[^\W\d_]+")
# How far back the verb may stand from the quote's opening mark.
WINDOW: Final = 120


def considered_term(text: str, open_at: int, code: str) -> bool:
    """A finite verb of considering of language ``code`` before the quote opening at
    ``open_at``, its object between, not in the first person."""
    pattern = _VERBS.get(code)
    if pattern is None:
        return False
    found = pattern.search(text, max(0, open_at - WINDOW), open_at)
    if found is None:
        return False
    before = [w.lower() for w in _WORD.findall(text[max(0, found.start() - 20):found.start()])]
    if before and before[-1] in _DETERMINERS:
        return False
    return not any(w in _FIRST_PERSON for w in before[-2:])
