"""The word lists of the quote extractor: each word written once per list, and no list a near
copy of another (issue 15 found ``_ORG_NOUNS`` sharing 63 of its 66 words with ``NOMINAL_HEADS``:
such a list is now built from the others, ``ORG_NOUNS = SPEAKING_BODIES | DOCUMENTS | ...``)."""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

from newsbeam.transforms.quotes import compiled, lexicon

SOURCE = Path(compiled.source_of(lexicon)).read_text(encoding="utf-8")  # compiled: __file__ is the .so
LISTS = {name: value for name, value in vars(lexicon).items() if isinstance(value, frozenset)}

# Lists that share most of their words by design, and why. A new pair means a list was copied
# where it should be composed from the others.
SHARED_BY_DESIGN = {
    frozenset({"CUES", "NOUNISH"}): "NOUNISH picks out the cue words that are also nouns",
    frozenset({"SPEAKING_BODIES", "ORG_HEADS"}): "lowercase heads that speak vs capitalized heads "
                                                 "that make a name an organisation's",
    # half the abbreviations are short titles ("Sen.", "Lt.", "Hon."): no sentence ends after
    # them, and a name after them is the speaker's without them
    frozenset({"ABBREVIATIONS", "TITLES"}): "short titles are abbreviations too",
    frozenset({"ABBREVIATIONS", "_TITLES_EN"}): "short titles are abbreviations too",
    # the titles that are nouns after "the" (TITLE_NOUNS) and the role words head descriptions (s62)
    frozenset({"_TITLES_EN", "NOMINAL_HEADS"}): "titles used as nouns head descriptions",
}


def test_no_word_is_written_twice_in_one_list():
    repeated = {}
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) > 3:
            words = node.value.split()
            twice = sorted(w for w in set(words) if words.count(w) > 1)
            if twice:
                repeated[node.lineno] = twice
    assert not repeated, f"words listed twice (line: words): {repeated}"


def test_no_list_is_a_near_copy_of_another():
    copies = []
    for (a, words_a), (b, words_b) in itertools.combinations(LISTS.items(), 2):
        small = min(len(words_a), len(words_b))
        if small < 20 or words_a <= words_b or words_b <= words_a:
            continue  # short function-word lists overlap by nature; a subset is a composition
        shared = len(words_a & words_b)
        if shared / small >= 0.5 and frozenset({a, b}) not in SHARED_BY_DESIGN:
            copies.append(f"{a} and {b} share {shared} of {small} words")
    assert not copies, copies


def test_composed_lists_hold_their_parts():
    assert lexicon.ORG_NOUNS <= lexicon.NOMINAL_HEADS
    assert lexicon.SPOKESPEOPLE <= lexicon.ROLE_WORDS
    assert lexicon.ROLE_WORDS | lexicon.GROUP_WORDS | lexicon.TITLE_NOUNS <= lexicon.NOMINAL_HEADS
    assert lexicon.TITLE_NOUNS <= lexicon.TITLES


def test_lists_are_lowercase_words():
    for name, words in LISTS.items():
        for word in words:
            if isinstance(word, str):
                assert word == word.strip() and word == word.lower(), (name, word)
