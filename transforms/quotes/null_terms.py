"""A short capitalized term whose own finding names no one, outside English: the writer's term
or name, scare.

A partial quote that no rule credits is a scare quote (extract.py ``_make_quote``); one that a
rule found a mention for stays ``partial`` even when the mention resolves to no one. In English
that mention is a real unnamed source (``officials called it “a setback”``, the guide's partial
with a null speaker), and so it is in the quote's own clause before it in other languages too
(``La Policía dice que todo 'tranqui'``, ``Laut Experten … „wegen der Mode“``). But in German
and French the rules that read past the quote (a cue after it, an aside, a headline's subject)
reach far more often a phrase that names no one: ``Das „Abschneiderecht“ beschreibt das Recht
des …``, ``die großen „Siechenhäuser“, die Leprosorien, wurden …``, ``Stichwort „…“ -- wie dies
…``, ``Erfolgsgeschichte: Zehn Jahre „Tag des …“``. Counted on the held-out pages (stop 39):
ten of fifteen such quotes of one to three words were the writer's terms and names.

Left partial: a quote opening in lower case (``„werden weiterhin ignoriert“``: a predicate,
someone's judgement; ``„alle“``: a word of scope), one whose speaker comes from a pronoun
(``dijo él``) or is carried over from the quote before (the chain of a speaker whose name the
resolver lost: the words are still that speaker's)."""
from __future__ import annotations

from typing import Final

# Rules whose mention is found in the quote's own clause, before it: their mention, named or
# not, is the one who said the words.
_OWN_CLAUSE: Final = frozenset(("lead_in", "sentence_subject"))
_MAX_WORDS: Final = 3


def term_of_no_one(rule: str | None, attribution: str, kind: str, quoted: str, lang: str) -> bool:
    """A partial quote of three words or fewer opening on a capital, in a language other than
    English, whose own mention (``attribution`` explicit) found by ``rule`` resolved to no one:
    the writer's term or a name (scare), unless the rule found the mention before the quote in
    the quote's own clause."""
    return kind == "partial" and lang != "en" and attribution == "explicit" and \
        rule not in _OWN_CLAUSE and quoted[:1].isupper() and len(quoted.split()) <= _MAX_WORDS
