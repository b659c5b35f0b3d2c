"""Whom a German "er"/"sie" stands for when the sentence opens on a clause that names the person
("Als Anna Keller den Saal betrat, sagte sie: „…“", "Wenn Hans Brenner von früher sprach,
geriet er ins Schwärmen: „…“"). The pronoun is the subject of the main clause, right after its
verb, and German news writes the person's name in the clause before it: the name said once
there is not yet a person the name index knows, so the resolver found no one (or the person
credited before). English reads "When Ann Lee arrived, she said:" the same way. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon_de import SAME_SUBJECT_CONJUNCTIONS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.titles import is_title_word, split_title
from newsbeam.transforms.quotes.tokens import trim

# The opening clause: at most one capitalized word before it (a dateline: "Grosbliederstroff
# Wenn ..."), a conjunction whose clause shares the main clause's subject (lexicon_de), up to
# 120 characters with no comma, then the comma, one lower-case verb and the pronoun.
_OPENING: Final = re.compile(r"(?:[A-ZÄÖÜ][\w\-]{1,30}+[^\S\n]{1,3}+)?("
                             + "|".join(sorted(w.capitalize() for w in SAME_SUBJECT_CONJUNCTIONS)) + r")[^\S\n]{1,3}+"
                             r"([^,;:.!?\n„“”«»\"]{3,120}+),[^\S\n]{1,3}+[a-zäöüß]{2,20}+[^\S\n]{1,3}+(er|sie)\b")
_READ: Final = 260  # characters of the sentence read before the quote
_BEFORE_NAME: Final = 3  # words at most before the name in the clause: an article and a title or two
_CLAUSE_ARTICLES: Final = frozenset(["der", "die"])


def _clause_subject(text: str, lo: int, hi: int, name: str) -> bool:
    """Whether ``name`` opens the clause ``text[lo:hi]`` as its subject: first, or after a title
    with or without an article ("Als Bürgermeister Jonas Weber", "Als die Ministerin Anna Keller");
    not inside "der Anwalt von Peter Brandt" or "die Tochter Anna Kellers" (someone else: fix44,
    review44 #8)."""
    at = text.find(name, lo, hi)
    before = text[lo:at].split() if at >= 0 else ["?"]
    return len(before) <= _BEFORE_NAME and all(
        k == 0 and w in _CLAUSE_ARTICLES or is_title_word(trim(w)) for k, w in enumerate(before))


def opening_clause_person(text: str, ctx: ArticleContext, p_lo: int, before: int, pronoun: str) -> str | None:
    """The person named in the clause that opens the German sentence of ``before`` (in the
    paragraph starting at ``p_lo``) when the
    sentence's main clause has ``pronoun`` ("er"/"sie") as its subject right after its verb,
    before ``before`` (the quote): one name of two words or more whose first name the lists give
    the pronoun's sex, and no other name in the clause. Not "Während Tom Weber schwieg, sagte
    sie:" (a conjunction that sets two people apart), not a name of the other sex, not a
    clause naming two people: None."""
    if before <= p_lo:
        return None
    assert ctx.sentences is not None
    s_lo = ctx.sentences.start(p_lo, before - 1)
    if before - s_lo > _READ:
        return None
    m = _OPENING.match(text, s_lo, before)
    if m is None or m.group(3) != pronoun:
        return None
    runs = [split_title(name) or name for name, _ in names_in(text, m.start(2), m.end(2))]
    people = [name for name in runs if len(name.split()) >= 2 and first_name_sex(name)]
    if len(people) != 1 or first_name_sex(people[0]) != ("m" if pronoun == "er" else "f") or \
            not _clause_subject(text, m.start(2), m.end(2), people[0]):
        return None
    full = ctx.names.fullest(people[0]) or people[0]
    # (not a fuller run that took in the dateline and the conjunction: "Obertal Sobald Tom Weber")
    return people[0] if any(w.lower() in SAME_SUBJECT_CONJUNCTIONS for w in full.split()) else full
