"""A name at the end of a phrase inside a sentence's subject is not the subject (languages other
than English): "Doch der Aktivist der Gewerkschaft aus Chicago sagt: »...«" is not Chicago's,
"una fuente al interior de la Comisión de Hacienda señala que «...»" is not the committee's
(an unnamed member of a named body speaks: null). A title's department before the name ("la
jueza de Ejecución Ana Ruiz") and "De acuerdo con Ana Ruiz" (the source after its own
preposition) still name the speaker."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Finding, Site
from newsbeam.transforms.quotes.departments import department_before
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ACCORDING_OPENERS

_ACCORDING_OPENERS: Final = frozenset(p for code, phrases in ACCORDING_OPENERS.items() if code != "en" for p in phrases)
# Where an article stands between the preposition and the name ("de la Comisión", "da
# Câmara", "de l’Assemblée"): the Romance languages (German's "von der" is left as it was).
_ARTICLE_BETWEEN: Final = frozenset(("es", "pt", "fr"))


def after_preposition(site: Site, found: Finding) -> bool:
    """In a language other than English, the mention right after a preposition (perhaps and an
    article, in Spanish, Portuguese and French): the end of a phrase
    inside the subject, not the subject (see the module)."""
    return preposition_before(site.text, site.sent_lo, site.span.open_at, found)


def preposition_before(text: str, sent_lo: int, hi: int, found: Finding) -> bool:
    """``after_preposition`` for a mention read in the sentence at ``sent_lo`` that ends by ``hi``
    (the quote's own, or the one before it: "O senador do Podemos pondera que ... “...”,
    afirmou.")."""
    lang = current_language()
    if lang.code == "en" or not found.mention or found.mention.rsplit(None, 1)[-1].lower() in lang.relatives:
        return False  # "défendu par Claire Dubois, qui a affirmé": the relative clause's subject
    if found.cue in _ACCORDING_OPENERS:
        return False  # "De acuerdo con Ana Ruiz, ...": the source, after its own preposition
    hi = found.cue_at if 0 <= found.cue_at <= hi else hi
    at = text.rfind(found.mention, sent_lo, hi)
    words = text[sent_lo:at].split() if at > sent_lo else []
    if department_before(words, found.mention):
        return False  # "la jueza de Ejecución Ana Ruiz afirmó": a title's department, then the name
    if not words:
        return False
    last = words[-1].lower()
    if last in lang.prepositions:
        return True
    if lang.code not in _ARTICLE_BETWEEN:
        return False
    return last in lang.determiners and len(words) > 1 and words[-2].lower() in lang.prepositions
