"""French: a description of a person ("le philosophe", "l'historienne") standing for the one
person named before it in its paragraph, when the paragraph credited no one (issue 16, stop 43).

Essays, radio pages and reviews name an author once, in passing ("ce que Paul Roux appelle dans
un ouvrage récent …", "Claire Roy publie un livre …"), and go on with the author's trade as
the subject: "…, le philosophe dénonce « … »". A name after "de", "sur" or "à" is read as what a
work is about, not as who acts (``_topic``): "le dernier livre de Claire Roy" names no author
here, since "l'œuvre de Michel Foucault" in a review of someone else's book reads the same. ``implied.described_person`` reads such a noun
(lexicon_fr.PEOPLE) only as the person last credited with a quote in the paragraph, as "elle"
would; the German version of this shape is described_antecedent.py. Here, the French one, kept
narrow (rather null than wrong): no quote credited in the paragraph before the quote, exactly
one person named in the paragraph's sentences before the quote's own sentence (implied's
``sole_person_in``: two people give no one), the article showing that person's sex and the
description's article agreeing with it ("le"/"la"; "l'" only with a noun of one gender), and no
other person named between that sentence and the quote. Pure functions, bounded reads (the
quote's paragraph before it).
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.gender_fr import stated_gender
from newsbeam.transforms.quotes.implied import sole_person_in, someone_else_named
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.pronouns_de import gender_of
from newsbeam.transforms.quotes.tokens import trim

_ARTICLE_GENDER: Final = {"le": "m", "la": "f"}
_ELIDED: Final = ("l'", "l’")
# The most characters of the paragraph read before the quote (a long essay paragraph).
_WINDOW: Final = 2_000


def _description_gender(mention: str) -> str | None:
    """The sex a French description of a person gives: "le philosophe" m, "la sociologue" f,
    "l'historienne" f (the noun's own gender; "l'essayiste": None). None for anything else (more
    than one adjective, a noun of no person)."""
    words = mention.strip(" .,;:").split()
    if not words or len(words) > 3:
        return None
    first = words[0].lower()
    if first.startswith(_ELIDED) and len(words) == 1:
        noun = trim(first[2:])
        return "m" if noun in lexicon_fr.PEOPLE_M else "f" if noun in lexicon_fr.PEOPLE_F else None
    if first not in _ARTICLE_GENDER or len(words) < 2 or trim(words[-1].lower()) not in lexicon_fr.PEOPLE:
        return None
    return _ARTICLE_GENDER[first]


def named_before_description(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The one person named in the paragraph before the quote's sentence whom the French
    description ``mention`` (the subject of the quote's attribution, before ``before``) stands
    for, when the paragraph credited no one before it; else None."""
    if current_language().code != "fr" or ctx.sentences is None:
        return None
    gender = _description_gender(mention)
    if gender is None:
        return None
    p_lo = max(text.rfind("\n", 0, before) + 1, before - _WINDOW)
    if any(p_lo <= offset < before for offset, _, _ in ctx.credits):
        return None  # a quote credited in the paragraph: implied.described_person's case
    s_lo = ctx.sentences.start(p_lo, before)
    if s_lo <= p_lo:
        return None
    person = sole_person_in(text, ctx, p_lo, s_lo)
    if not person or gender_of(text, ctx, person, stated_gender) != gender:
        return None
    if someone_else_named(text, ctx, s_lo, before, person) or _topic(text, p_lo, s_lo, person):
        return None
    return person


def _topic(text: str, lo: int, hi: int, person: str) -> bool:
    """True when ``person`` is named in ``text[lo:hi]`` as what a work is about, not as one who
    acts (review43 F7): after "de"/"sur"/"à" ("l'œuvre de Michel Foucault", "un film sur Marie
    Curie") or as the object of a verb of telling ("Le roman suit Marie Curie")."""
    at = text.find(person, lo, hi)
    if at < 0:
        at = text.find(person.split()[-1], lo, hi)
    if at < 0:
        return False
    words = text[max(lo, at - 30):at].replace("’", "'").split()
    last = words[-1].lower() if words else ""
    return last in _TOPIC_BEFORE or text[max(lo, at - 2):at] in ("d'", "d’")


# Words before a name that make the person a work's topic: prepositions and verbs of telling.
_TOPIC_BEFORE: Final = frozenset("""de du sur à suit suivent raconte racontent retrace retracent évoque
évoquent dépeint dépeignent incarne incarnent consacré consacrée célèbre célèbrent""".split())
