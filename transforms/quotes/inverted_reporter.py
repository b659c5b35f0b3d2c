"""The person named right after a reporting verb, for a clause no rule credits (rule
``inverted_reporter``).

A clause quoted inside the writer's sentence (``clause_fragment``) keeps the words of its
attribution as the mention and a null speaker unless they name a person the article knows
(``fragments.named_reporter``). When the verb comes first and the name right after it, the
attribution is inverted, the way news copy credits a writer or a source in passing: "Even at two
hours, said Ann Lee in the Harbor Ledger, its plot “never flags”", "Still, says Ruiz, the council
is “framing every cut as a threat”". There the name is the verb's subject, so it names the
speaker when it is

- one word the article gives elsewhere as a person's full name ("says Ruiz," -> Ana Ruiz; a given
  name the one person credited before goes by: "says Arun," -> Arun Sombat), or
- a given name and a surname, then "in" and a capitalized title: a writer in a publication
  ("said Ann Lee in The Harbor Ledger").

A single word the article never widens ("says Lee," "said Monday,"), a word two people the article
names share ("Ann Lee and Lee Marvin ... says Lee,", "Ana Ruiz ... Tom Ruiz ... says Ruiz,"),
several writers ("said Rosa Lind in The Review and Paul Serra in The Ledger"), a body ("said Harbor
Trust in ...", "said Warner Bros in ..."), a title or a place stay null, as before.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.lexicon import BODY_WORDS, NOMINAL_HEADS, ORG_HEADS, PLACE_WORDS, TITLES
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.tokens import trim

INVERTED_REPORTER: Final = "inverted_reporter"


# After the name, another one: "said Boulton, Hodge and Sutherland", "says Lee and Ruiz".
_MORE_NAMES: Final = re.compile(r",[^\S\n]{1,4}[A-Z][\w’'.-]{0,30}(?:,|[^\S\n]{1,4}(?:and|&)[^\S\n])|[^\S\n]{1,4}(?:and|&)[^\S\n]{1,4}[A-Z]")

# After the name: "in", then a capitalized word (the publication: "in The New Yorker", "in Air Mail").
_IN_PUBLICATION: Final = re.compile(r"[^\S\n]{1,4}in[^\S\n]{1,4}[A-Z]")
# ... and another writer after the publication: "in The Review and Paul Serra in The Ledger".
_AND_ANOTHER: Final = re.compile(r"[^\S\n]{1,4}in[^\S\n]{1,4}[^,;:.!?\n“”\"]{1,60}?[^\S\n](?:and|&)[^\S\n]{1,4}[A-Z]")
# A capitalized word (a name's other word) next to the one-word name.
_CAP_WORD: Final = re.compile(r"[A-Z][\w’'\-]{1,30}")


def _named_people(text: str, word: str) -> set[str]:
    """The two-word names the text gives with ``word`` in them ("Ann Lee", "Lee Marvin" for
    "Lee"), the other word a given name or a surname, not a title (the first 200 mentions)."""
    found: set[str] = set()
    at, seen = text.find(word), 0
    while at >= 0 and seen < 200:
        seen += 1
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole:
            before = text[max(0, at - 32):at]
            m = _CAP_WORD.fullmatch(before[:-1].rsplit(None, 1)[-1]) if before.endswith(" ") and before.strip() else None
            if m is not None and given_name_like(m.group()):
                found.add(m.group() + " " + word)
            after = _CAP_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
            if after is not None and trim(after.group()) not in TITLES and trim(after.group()) not in PLACE_WORDS \
                    and not after.group().endswith(("'s", "’s")):
                found.add(word + " " + after.group())
        at = text.find(word, end)
    return found


def one_person_named(text: str, mention: str, name_end: int) -> bool:
    """``mention`` (ending at ``name_end``) may name one person: no word of a body, a title or a
    place in it ("Harbor Trust", "Warner Bros"), no other name after it ("said Boulton, Hodge and
    Sutherland", "in The Review and Paul Serra in The Ledger")."""
    if any(trim(w) in ORG_HEADS or trim(w) in ORG_HEADS_INTL or trim(w) in NOMINAL_HEADS or trim(w) in BODY_WORDS or
           trim(w) in TITLES or trim(w) in PLACE_WORDS or trim(w) in PLACE_WORDS_INTL for w in mention.split()):
        return False
    return not (_MORE_NAMES.match(text, name_end) or _AND_ANOTHER.match(text, name_end))


def inverted_reporter(ctx: ArticleContext, text: str, mention: str, name_end: int) -> str | None:
    """The person an inverted attribution names (``mention`` ends at ``name_end`` in ``text``,
    right after the reporting verb), else None."""
    if name_end < 0:
        return None  # the subject before the verb: not inverted
    words = mention.split()
    if not one_person_named(text, mention, name_end):
        return None
    if len(words) == 1:
        known = {p for p in ctx.people if mention in p.split()}
        if len(known) > 1 or len(_named_people(text, mention)) > 1:
            return None  # "says Ruiz," after Ana Ruiz and Tom Ruiz spoke or were named: either
        full = ctx.names.fullest(mention)
        if full == mention and known:  # a given name: the one person credited before who has it
            full = known.pop()
        if len(full.split()) >= 2 and (full in ctx.people or ctx.names.is_person(full)):
            return full  # "says Ruiz," where the article calls her Ana Ruiz
        return None
    if len(words) in (2, 3) and given_name_like(words[0]) and all(w[:1].isupper() and w[1:2].islower() for w in words) \
            and _IN_PUBLICATION.match(text, name_end):
        return ctx.names.fullest(mention)
    return None


# Between two quoted clauses of one list: "and", "or", a comma.
_JOINERS: Final = frozenset(("and", "or", ",", ", and", ", or"))


def joined_to(text: str, before: Span, span: Span) -> bool:
    """``span`` follows ``before`` in one sentence, joined by "and", "or" or a comma only:
    "is “framing every cut as a threat” and “suggesting that …”" (its reporter is the first's)."""
    between = text[mark_end(text, before):span.open_at]
    return len(between) <= 8 and " ".join(between.split()) in _JOINERS
