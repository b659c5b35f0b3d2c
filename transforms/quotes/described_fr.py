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

import re
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
        return "m" if noun in lexicon_fr.PEOPLE_M | lexicon_fr.DEMONYMS_M else \
            "f" if noun in lexicon_fr.PEOPLE_F | lexicon_fr.DEMONYMS_F else None
    noun = trim(words[-1].lower())
    if first not in _ARTICLE_GENDER or len(words) < 2 or noun not in lexicon_fr.PEOPLE and not (
            len(words) == 2 and noun in lexicon_fr.DEMONYMS and words[-1][:1].isupper()):
        return None  # (a national: "la Savoyarde", "le Breton", s54)
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
    noun = trim(mention.strip(" .,;:").split()[-1].lower())
    if noun.startswith(_ELIDED):
        noun = noun[2:]
    if not _age_fits(text, person, noun, before) or not _national_fits(text, person, noun, p_lo, before):
        return None  # (read54: "Marie Lefèvre, 32 ans" is no quinquagénaire; "Le Britannique Lando Norris")
    return person


# The decade each age noun names ("la quinquagénaire": 50 to 59).
_DECADES: Final = {"trentenaire": 3, "quadragénaire": 4, "quinquagénaire": 5, "sexagénaire": 6,
                   "septuagénaire": 7, "octogénaire": 8}
_AGE_AFTER: Final = re.compile(r",?[^\S\n]{0,2}\(?(\d{1,3})[^\S\n]{1,2}ans\b")
_NEAR: Final = 30  # characters around a national's word read for the name it is given to


def _age_fits(text: str, person: str, noun: str, before: int) -> bool:
    """Whether an age noun ("la quinquagénaire") fits the age the article gives ``person``
    ("Marie Lefèvre, 52 ans"); True for any other noun, or where no age is given."""
    decade = _DECADES.get(noun)
    at = text.rfind(person, 0, before)
    if decade is None or at < 0:
        return True
    age = _AGE_AFTER.match(text, at + len(person))
    return age is None or int(age.group(1)) // 10 == decade


def _national_fits(text: str, person: str, noun: str, lo: int, before: int) -> bool:
    """For a national's noun ("le Breton", "la Britannique"): the article writes that word
    (as a noun or an adjective) only near ``person``'s name before the quote, or nowhere; never
    with an indefinite article ("une Savoyarde de Modane": someone else)."""
    if noun not in lexicon_fr.DEMONYMS:
        return True
    last = person.split()[-1]
    written = re.compile(r"(?i)\b(?:(une?)[^\S\n]+)?" + re.escape(noun) + r"s?\b")
    for m in written.finditer(text, max(0, before - _WINDOW), before):
        if m.group(1):
            return False
        near = text[max(0, m.start() - _NEAR):m.start()].rsplit(".", 1)[-1] + text[m.end():m.end() + _NEAR].split(".", 1)[0]
        if last not in near:
            return False  # "Le Britannique Lando Norris …": another's word
    return True


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
