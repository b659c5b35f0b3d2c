"""A sentence whose subject is an article and a noun of a trade (issue 16, stop 44): Spanish and
Portuguese news name someone once, then call them by what they do ("El especialista señaló que
...", "A bióloga lamentou ...") and go on with a quote whose verb drops its subject ("«…»,
ironizó."). A title's holder is found by the title (``role_subjects.opening_role``); a trade noun
is no office, so it stands for the person last credited, near enough, when the article used that
noun before (the description it gave someone), with no one else named since and of the gender its
article marks; a complement after it ("El economista de la oposición") makes it someone new.
Anyone else: null. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.person_nouns import trade_noun

_GENDERS: Final = {"es": {"El": "m", "La": "f"}, "pt": {"O": "m", "A": "f"}}
# The article, the noun, and a lower-case word (the verb, or an adjective before it): "El
# especialista señaló", "La ambientalista local lamentó".
_OPENING: Final = re.compile(r"(El|La|O|A)[^\S\n]{1,3}+([^\W\d_]{3,30}+)[^\S\n]{1,3}+[^\W\d_A-ZÀ-ÖØ-Þ]")
# Nouns of people by their ending, beyond the word list: "-ista" (ambientalista, periodista)
# and "-ólogo/-óloga" (bióloga, politólogo), less the things that end so.
_PERSON_ENDING: Final = re.compile(r"[^\W\d_]{2,25}(?:ista|ólog[oa])")
_NOT_PEOPLE: Final = frozenset("""
lista pista vista revista entrevista conquista arista autopista ciclovista prólogo monólogo catálogo
""".split())
_REACH: Final = 1500  # characters back to the credit the description may stand for
# A complement or a relative clause after the noun makes it someone new, described.
_COMPLEMENT: Final = re.compile(r"[^\S\n]{1,3}+(?:de|del|da|do|das|dos|que|quien|con|com)\b")


def trade_holder(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The person a sentence at ``lo`` that opens on an article and a trade noun stands for:
    the person last credited before ``lo`` within ``_REACH``, if no other person is named
    between and that person's first name does not tell the other gender; else "" (the subject
    is someone described whom the text does not tell: no one further back either). None: the
    sentence opens on no such noun."""
    genders = _GENDERS.get(current_language().code)
    while lo < hi and text[lo].isspace():
        lo += 1
    m = _OPENING.match(text, lo, hi)
    if genders is None or m is None or m.group(1) not in genders or not person_noun(m.group(2).lower()):
        return None
    if _COMPLEMENT.match(text, m.end(2), hi):
        return ""  # "El economista de la oposición", "La periodista que la entrevistó": someone new
    credit = next((c for c in reversed(ctx.credits) if c[0] < lo), None)
    if credit is None or lo - credit[2] > _REACH:
        return ""
    noun = re.compile(r"\b" + re.escape(m.group(2).lower()) + r"\b")
    if noun.search(text[max(0, credit[0] - _REACH):lo].lower()) is None:
        return ""  # a trade the article gave no one before: whose it is cannot be told
    person = credit[1]
    sex = first_name_sex(person)
    if sex is not None and sex != genders[m.group(1)]:
        return ""  # "la especialista" after a man credited: someone else
    words = set(person.split())
    for name, _ in names_in(text, credit[0], lo):
        if not set(name.split()) <= words and (first_name_sex(name) is not None or ctx.names.is_person(name)):
            return ""  # someone else named since: whose trade it is cannot be told
    return person


def person_noun(low: str) -> bool:
    """A noun of the language's trades (``person_nouns.trade_noun``), or one a person's ending
    tells ("ambientalista", "bióloga")."""
    return trade_noun(low) or (low not in _NOT_PEOPLE and _PERSON_ENDING.fullmatch(low) is not None)
