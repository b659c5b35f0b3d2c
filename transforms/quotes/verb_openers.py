"""Sentences that open on their reporting verb, with no subject (Spanish, Portuguese): "Relató
que ...", "Además, agregó que ...", "Contou que ...". Such a sentence goes on about the person the
text was about before it; when it opens a paragraph, that person is in the paragraph before
(implied.dropped_subject_antecedent reads back there)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.perfect_subject import PLURAL, verb_start

# Plural endings of Spanish and Portuguese verbs ("admitieron", "afirmam"): no one person.
PLURAL_ENDINGS: Final = ("ron", "an", "en", "ram", "am", "em")
# What may stand before the verb at the sentence's start: a connective ("Además,", "Sin embargo,",
# "A su vez,", "Por otro lado,") or an adverb ("También", "Ainda"); nothing with a noun.
OPENERS: Final = frozenset("""
además también asimismo así luego después entonces ahora ya incluso finalmente igualmente
sin embargo a su vez por otra otro parte lado al respecto en tanto no obstante mientras
também ainda assim depois então agora já além disso porém contudo entretanto por sua vez outro
""".split())
# Object pronouns that stand right before a verb with no subject ("Así lo ha dicho", "Le
# respondió que"); Portuguese "lhe" ("Lhe disse" is rare, "Disse-lhe" needs nothing).
_CLITICS: Final = frozenset("lo la le les se lhe".split())
_MAX_OPENER_WORDS: Final = 4
_REACH: Final = 60  # characters from the sentence's start to its verb


# Prepositions that open a phrase set off by a comma before a verb with a dropped subject ("En
# este sentido, ha remarcado que", "Por ello, entiende que", "Nesse sentido, afirmou que"): a
# prepositional phrase is never the subject.
_OPENING_PREPOSITIONS: Final = frozenset("""
a al con de del desde en entre hacia hasta para por sin sobre tras durante ante
ao à com da do em na no nas nos num numa nesse nessa neste nesta nisso pela pelo sem após até
""".split())
_MAX_PHRASE_WORDS: Final = 8  # words of such an opening phrase ("A partir de lo que dijo el juez,")


def opener_only(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is empty or a few connective words ("Además,", "Sin embargo,"), or in
    Spanish and Portuguese a short prepositional phrase closed by a comma right before ``hi``,
    maybe with such words after it ("En este sentido,", "Por ello, además,")."""
    words = text[lo:hi].replace(",", " ").split()
    if len(words) <= _MAX_OPENER_WORDS and all(w.lower() in OPENERS for w in words):
        return True
    head, comma, tail = text[lo:hi].partition(",")  # the phrase ends at the first comma
    phrase = head.split()
    return bool(comma) and current_language().code in ("es", "pt") and 1 < len(phrase) <= _MAX_PHRASE_WORDS \
        and phrase[0].lower() in _OPENING_PREPOSITIONS and not any(m in head for m in "«»“”\"„:;()") \
        and all(w.lower() in OPENERS for w in tail.replace(",", " ").split())


def opens_on_reporting_verb(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether the sentence at ``lo`` opens on a singular reporting verb of the article's
    language with no subject before it: "Relató que ...", "Además, agregó que ..."."""
    cue = cues.first(lo, min(hi, lo + _REACH))
    if cue is None:
        return False
    start = verb_start(text, cue.s)  # "Ha afirmado que ...": the auxiliary opens the verb
    if start == PLURAL:
        return False
    clitic = text[max(lo, start - 5):start].split()[-1:]
    if clitic and clitic[0].lower() in _CLITICS and text[start - 1:start] == " ":
        start = text.rfind(clitic[0], lo, start)  # "Así lo ha dicho", "Se lo dijo": an object pronoun before the verb
    if not opener_only(text, lo, start):
        return False
    if not text[lo:start].strip() and not text[start:start + 1].isupper():
        return False
    word = cue.word.lower()
    lang = current_language()
    return word in lang.cues and word not in lang.according and not word.endswith(PLURAL_ENDINGS)
