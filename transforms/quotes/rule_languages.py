"""The languages a rule can credit a quote in, for the rules that test the language first.

Many rules of ``rules.RULES`` read one language's words only: their first test is the current
language ("if current_language().code != "de": return None"). Called for a quote in any other
language, such a rule returns None after a call and a look-up of the language (~350
instructions compiled); an English quote that no early rule credits went through sixteen of
them. ``rules.attribute`` tries, for each language, only the rules that can credit a quote in
it: ``rules_for``. The order of the rules is kept, so the first rule that credits a quote is
the same one.

A rule listed here must return None, for every site, in every language outside its set
(tests/test_quotes_rule_languages.py runs each on made-up quotes of every other language). A
rule not listed is tried in every language, as before.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Final, TypeVar

from newsbeam.transforms.quotes.implied import PRO_DROP

_DE: Final = frozenset({"de"})
_FR: Final = frozenset({"fr"})

# rule name -> the only languages it credits a quote in (its first test, in its module).
ONLY_IN: Final[dict[str, frozenset[str]]] = {
    "quoted_object": _DE,  # quoted_object.py
    "separable_verb": _DE,  # separable.py
    "heisst_es_bei": _DE,  # heisst_es.py
    "das_after": _DE,  # das_after.py
    "with_words": _DE,  # with_words_de.py
    "wie_clause": _DE,  # wie_clause.py
    "according_postposition": _DE,  # rules_de.py
    "aged_description": _DE,  # rules_de.py
    "aged_antecedent": _DE,  # aged_antecedent.py
    "incise_before": _DE,  # rules_de.py
    "colon_subject": _DE,  # colon_de.py
    "colon_far_subject": _DE,  # colon_far.py
    "pronoun_view": _FR,  # rules_fr.py
    "listed_quote": _FR,  # rules_fr.py
    "inverted_pronoun": _FR,  # rules_fr.py
    "cest_ainsi": _FR,  # rules_fr.py
    "read_in": _FR,  # rules_fr.py
    "dropped_subject": PRO_DROP,  # rules_before.py
    "view_opener": PRO_DROP | {"de"},  # view_openers.py (German since stop 47)
    "according_after": frozenset({"es", "pt"}),  # according_after.py (_PHRASE)
    "outlet_opener": frozenset({"es", "fr", "pt"}),  # outlet_source.py (_BEFORE)
    "for_person_inside": frozenset({"es", "fr", "pt"}),  # for_person_inside.py (_LANGUAGES)
    "for_person": frozenset({"de", "en", "es", "fr", "pt"}),  # for_person.py (English since stop 47)
    "verb_first_subject": frozenset({"es", "pt"}),  # verb_first_subject.py (LANGUAGES)
    "thus_said": frozenset({"es", "pt"}),  # thus_said.py (_OPENER)
    "roundup_phrase": frozenset({"en"}),  # roundup_phrases.py (_ROUNDUP_CLOSE)
    "colon_clause": frozenset({"en"}),  # colon_clause.py
    "colon_opening_name": _DE,  # colon_opener_de.py
    "summing_up_de": _DE,  # summing_up_de.py
    "particle_judgement_de": _DE,  # particle_judgement_de.py
    "book_words_de": _DE,  # book_author_de.py
    "according_phrase_de": _DE,  # according_phrase_de.py
    "so_after_de": _DE,  # after_sentence_de.py
    "possessed_label_de": _DE,  # possessed_label_de.py
    "possessed_label": frozenset({"en", "fr", "es", "pt"}),  # possessed_label_intl.py
}

T = TypeVar("T")


def rules_for(rules: Iterable[tuple[str, T]], code: str) -> tuple[tuple[str, T], ...]:
    """``rules`` (name, rule) that can credit a quote in language ``code``, in their order."""
    return tuple((name, rule) for name, rule in rules if name not in ONLY_IN or code in ONLY_IN[name])
