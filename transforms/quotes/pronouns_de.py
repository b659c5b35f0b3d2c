"""What a German article tells about whom "er" or "sie" can stand for, beyond the general reading
of pronouns_intl: the sex the article gives a person by a title or role next to the name
(gender_de: "Ministerin Anna Keller" is no "er"), and a possessor, which is not the person a
sentence is about ("Webers' Anwältin Anna Keller kam", "Relotius' engste Vertraute ist Eva
Roth"). Pure functions."""
from __future__ import annotations

from collections.abc import Callable

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.gender_de import stated_gender
from newsbeam.transforms.quotes.names_de import possessor_phrase

_POSSESSIVE_MARKS = ("'", "’")  # "Relotius' Version", "Jens’ Vater": the name owns what follows


def gender_of(text: str, ctx: ArticleContext, person: str,
              stated: Callable[[str, str], str | None] = stated_gender, first_name: bool = True) -> str | None:
    """The sex the article shows for ``person``: a pronoun read for them before, an honorific,
    else a title or role noun next to the name (``stated``: ``gender_de.stated_gender``, French
    ``gender_fr.stated_gender``, Spanish and Portuguese ``person_nouns.article_gender``, or a
    memo of it), and last the first name's sex (``first_names``; not when ``first_name`` is
    False: the article's word only); None when none shows."""
    return ctx.genders.get(person) or ctx.names.titled_gender(person) or stated(text, person) or \
        (ctx.names.first_name_sex(person) if first_name else None)


def candidate_test(text: str, ctx: ArticleContext, gender: str) -> Callable[[str, int], bool]:
    """The test of a person named in a sentence (the run of the name ending at ``end``) as the
    one "er" (``gender`` "m") or "sie" ("f") stands for: not a possessor, and of no sex the
    article shows to be the other (``implied.sole_person_in``'s ``keep``)."""

    def keep(person: str, end: int) -> bool:
        if text[end - 1:end] in _POSSESSIVE_MARKS or text[end:end + 1] in _POSSESSIVE_MARKS or \
                possessor_phrase(person, text):
            return False  # ("Merkels Rede": stop 49)
        return gender_of(text, ctx, person) in (None, gender)

    return keep
