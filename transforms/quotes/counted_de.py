"""German "sagte der 15-malige Major-Sieger", "so der 49-jährige Golfer" (issue 16, s52): a
description that counts years or wins stands for the subject of the sentence before, as "the
22-time champion" does in English (antecedents.aged_subject), when it can be that person: one
person (no plural "die 20-jährigen Zwillinge"), no relative of theirs ("die 20-jährige Tochter"),
of the gender the article gives ("der 52-jährige Minister" is not Anna Weber), and not spoken of
in the quote itself ("„Wir danken ihm“, sagte der 54-jährige Präsident"). Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.antecedents import aged_subject
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.counted_words import counted
from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.kin_reference import is_kin_word
from newsbeam.transforms.quotes.tokens import trim

_QUOTE_READ: Final = 600  # characters of the quote read for a pronoun of the person (bounded)
_THIRD_PERSON: Final = {"m": frozenset("er ihn ihm sein seine seinem seinen seiner".split()),
                        "f": frozenset("sie ihr ihre ihrem ihren ihrer".split())}


def counted_role(mention: str, ctx: ArticleContext) -> bool:
    """"der 15-malige Major-Sieger": an article, a singular word that counts years or wins, and
    one noun that is no name of the article ("der 70-jährige Weber" after "Karl Weber" is Weber)
    and no relative."""
    words = mention.split()
    return len(words) == 3 and words[0].lower() in ("der", "die") and counted(trim(words[1])) and \
        not trim(words[1]).endswith("n") and ctx.names.fullest(words[2]) == words[2] and \
        not is_first_name(words[2]) and not is_kin_word(trim(words[2]).lower())


def counted_subject(ctx: ArticleContext, text: str, before: int, mention: str) -> str | None:
    """The person ``mention`` (a ``counted_role``) stands for, or None."""
    words = mention.split()
    gender = "m" if words[0].lower() == "der" else "f"
    person = aged_subject(ctx, text, before, words)
    if person is None:
        return None
    known = ctx.genders.get(person) or ctx.names.gender(person) or first_name_sex(person)
    if known not in (None, gender):
        return None
    close = text.find("“", before + 1, before + _QUOTE_READ)
    quoted = text[before + 1:close if close > 0 else before + _QUOTE_READ].lower().split()
    if any(w.strip(".,;:!?»«„“") in _THIRD_PERSON[gender] for w in quoted):
        return None  # "„Wir danken ihm“, sagte der 54-jährige Präsident": someone speaking of him
    return person
