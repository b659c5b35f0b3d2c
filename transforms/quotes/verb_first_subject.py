"""Spanish and Portuguese open a sentence on the reporting verb and put its subject after it,
before the "que" of what was said: "Aseguró el alcalde Pere Soler que «no habrá cortes»",
"Afirmó además la presidenta de la asociación, Ana Ruiz, que «…»", "Disse o ministro que
“…”". The quote is the subject's (issue 16). Without this rule such a quote went on with the
speaker of the quote before it: a wrong name. Pure functions, bounded to the lead-in.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import subject_after_adjunct
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding

LANGUAGES: Final = frozenset({"es", "pt"})
_READ: Final = 200  # characters of lead-in read (bounded)
# The sentence's first word, capitalized (the verb), and the "que" right before the opening mark.
_VERB: Final = re.compile(r"[^\S\n]*+([A-ZÁÉÍÓÚ][a-záéíóúñãõâêôç]{2,20})[^\S\n]++")
_APPOSITION: Final = 80  # characters of an apposition between the subject and "que"
_WORD: Final = re.compile(r"([^\W\d_]++)[^\S\n]++")
# A listener after the subject: "Aseguró el alcalde a la periodista Ana Gómez que", "Disse o
# prefeito ao repórter Carlos Lima que". The name after it is the listener's; the subject ends
# before it (a word or its comma, then the preposition; "o prefeito e a vice X" leaves "o prefeito
# e", no subject read whole: two people, null).
_LISTENER: Final = re.compile(r"(?<=[^\W\d_]),?[^\S\n]++(?:a|al|ao|aos|à|às)[^\S\n]++", re.IGNORECASE)


def verb_first_subject(site: Site, ctx: ArticleContext) -> Finding | None:
    """"Aseguró el alcalde Pere Soler que «…»": the quote opens right after the "que" of a
    sentence whose first word is a reporting verb; the noun phrase after the verb (and its
    adverbs) speaks."""
    lang = current_language()
    if lang.code not in LANGUAGES:
        return None
    text, span = site.text, site.span
    lo, hi = site.sent_lo, span.open_at
    if hi - lo > _READ or hi <= lo:
        return None
    verb = _VERB.match(text, lo, hi)
    lead = text[lo:hi].rstrip(" :\u00a0\t")
    if verb is None or not lead.endswith((" que", "\u00a0que")) or verb.group(1).lower() not in lang.cues \
            or verb.group(1).lower() in lang.according:
        return None
    que = lo + len(lead) - 4  # the space before "que"
    at = verb.end()
    for _ in range(3):  # "Afirmó además", "Dijo también ayer"
        word = _WORD.match(text, at, que)
        if word is None or word.group(1).lower() not in lang.adverbs:
            break
        at = word.end()
    adjunct = subject_after_adjunct(text, at, que)  # "Explicó en Madrid el diputado X que"
    at = at if adjunct is None else adjunct
    listener = _LISTENER.search(text, at, que)
    que = que if listener is None else listener.start()  # the subject ends before its listener
    np = _named_apposition(text, at, que) or np_after(text, at, que)
    rest = text[np[1]:que].strip() if np is not None else ""
    if np is None or rest not in ("", ",") and not (rest[0] == rest[-1] == "," and len(rest) < _APPOSITION):
        # the phrase does not run up to the "que", or to an apposition set off by commas
        # before it ("Recordó el exministro X, padre de Y, que"): no subject read whole
        return None
    return finding(text, np, None, verb.group(1))


def _named_apposition(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """"o relator, Aguinaldo Ribeiro," before the "que": an article, a description and, after
    its comma, a full name (two to four capitalized words): the name's span, else None."""
    segment = text[lo:hi].rstrip(" ,")
    comma = segment.rfind(",")
    head, name = segment[:comma].split(), segment[comma + 1:].split()
    if comma < 0 or not head or head[0].lower() not in current_language().determiners \
            or not 2 <= len(name) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in name):
        return None
    start = lo + comma + 1 + (len(segment[comma + 1:]) - len(segment[comma + 1:].lstrip()))
    return start, lo + len(segment)
