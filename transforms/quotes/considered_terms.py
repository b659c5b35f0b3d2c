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
_DETERMINERS: Final = frozenset("le la les l d au aux un une des du ce cette son sa ses leur".split())
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
    if before and (before[-1] in _DETERMINERS or before[-1] in _COURTS):
        return False  # "l'estime", "succès d'estime"; "le tribunal juge l'affaire": no judgement
    if not judges_in_words(text, found.start(), open_at, code):
        return False
    return not any(w in _FIRST_PERSON for w in before[-2:])


def judges_in_words(text: str, verb_at: int, open_at: int, code: str) -> bool:
    """The quote is the judgement the verb at ``verb_at`` reports, not a
    word inside its object (review43 F16): the word right before the quote is no article,
    possessive or preposition ("considera ampliar su «tienda»", "la compra de «caças»", "juge
    l'affaire dite du « … »"), the verb takes no infinitive ("considera abrir"), and German
    "hält … für" has an object and no particle after the quote ("hält Karten für „Fans“
    zurück", "hält nur für „Anwohner“")."""
    words = [w.lower() for w in _WORD.findall(text[verb_at:open_at])]
    if code == "de":
        obj = words[1:-1]  # between "hält" and "für"
        close = _CLOSE.search(text, open_at + 1, min(len(text), open_at + _QUOTE_READ))
        after = _WORD.match(text, close.end() + 1) if close is not None else None
        return bool(obj) and not set(obj) <= _ADVERBS_DE and obj[0] not in _PREPOSITIONS_DE and not (after is not None and after.group() in _PARTICLES_DE)
    if len(words) > 1 and code in ("es", "pt") and words[1].endswith(("ar", "er", "ir")):
        return False  # "considera ampliar": an infinitive, what is weighed, not judged
    if len(words) > 2 and words[-1] in _INDEFINITE and words[-2] in _INSIDE_OBJECT:
        return False  # "la opción de una «…»": a noun inside the object's phrase
    return not (len(words) > 1 and words[-1] in _INSIDE_OBJECT)


# Words right before a quote that make it a word inside the object: articles, possessives,
# prepositions, "so-called" ("el caso del llamado «…»", "l'affaire dite du « … »").
_INSIDE_OBJECT: Final = frozenset("""
le la les l des du de d au aux son sa ses leur leurs dite dit
el los las del al su sus llamado llamada llamados llamadas
o a os as da do das dos na no nas nos seu sua seus suas chamado chamada
""".split())
_INDEFINITE: Final = frozenset("un une una um uma".split())
# Nouns of a court before French "juge": it tries a case, it does not judge words.
_COURTS: Final = frozenset("tribunal cour justice juridiction".split())
# German words that are no object of "hält … für" ("hält nur für", "hielt dort für").
_ADVERBS_DE: Final = frozenset("nur auch dort hier noch schon jetzt heute morgen dann erst sogar".split())
# Prepositions that open no object ("hielt wegen Bauarbeiten für „unbestimmte Zeit“").
_PREPOSITIONS_DE: Final = frozenset("wegen aus in an auf bis seit nach vor mit bei trotz während".split())
# Particles of other verbs after the quote ("hält … für „…“ zurück", "hält … bereit").
_PARTICLES_DE: Final = frozenset("zurück bereit frei fest an auf vor inne aus ab".split())
_CLOSE: Final = re.compile(r"[“”»«\"‘’]")
_QUOTE_READ: Final = 200  # characters of the quote read for its closing mark
