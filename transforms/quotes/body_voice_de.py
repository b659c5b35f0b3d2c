"""German: a body's spokesperson by the last word of the body's name, "eine Bahn-Sprecherin" where
the article names "die Deutsche Bahn", "ein Messe-Sprecher" after "die Messe Tulln" is not: the
body speaks through its spokesperson, as "a Siemens spokeswoman" is Siemens's in English and
"eine HZB-Sprecherin" the Helmholtz-Zentrum's (described_roles.acronym_voice). The gold guide:
"a spokesperson ... of a named organisation speaks for it". Pure functions."""
from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes import lexicon_de
from newsbeam.transforms.quotes.language import current as current_language

# "eine Bahn-Sprecherin", "der Bahn-Pressesprecher": the word before the hyphen, not an acronym
# (acronym_voice reads those).
_VOICE: Final = re.compile(r"(?:ein|eine|der|die)[^\S\n]{1,3}([A-ZÄÖÜ][a-zäöüß]{2,20})-(?:Presse)?[Ss]precher(?:in)?")
# Words for a body that the guide leaves null however the article qualifies them ("police",
# "the ministry" with none named): "ein Polizei-Sprecher" after "die Berliner Polizei" is no one.
_GENERIC: Final = frozenset("""Polizei Feuerwehr Stadt Gemeinde Regierung Ministerium Behörde Verwaltung
    Klinik Schule Kirche Partei Firma Unternehmen Konzern Verein Verband Gericht Armee""".split())
_FORMS_READ: Final = 50  # occurrences of the word read for the body's full name
# Words German capitalizes at a sentence's start that open no body's name ("Im Kreml", "Laut
# Bahn", "Auch Bahn und Bus": fix44, review44 #2): articles, prepositions, adverbs, conjunctions.
_NO_NAME_WORDS: Final = lexicon_de.FUNCTION_WORDS | lexicon_de.PREPOSITIONS | lexicon_de.ADVERBS | \
    lexicon_de.STOPWORDS | lexicon_de.ACCORDING | lexicon_de.DETERMINERS | lexicon_de.SAME_SUBJECT_CONJUNCTIONS | {"ins", "so"}


def compound_voice(text: str, mention: str) -> str | None:
    """The body whose spokesperson ``mention`` is ("eine Bahn-Sprecherin" -> "Deutsche Bahn"):
    the article's most frequent name of two or three capitalized words ending on the word before
    the hyphen, written more often than any other such name, its first word no given name;
    else None (an unnamed person, as before). Callers try a named spokesperson first
    (``described_roles.description_holder``) and refuse a person's name (fix44)."""
    if current_language().code != "de":
        return None
    m = _VOICE.fullmatch(mention.strip(" .,;:"))
    if m is None or m.group(1) in _GENERIC:
        return None
    word = m.group(1)
    pattern = re.compile(r"(?<![\w\-])((?:[A-ZÄÖÜ][\w\-]{1,30}[^\S\n]){1,2})" + re.escape(word) + r"(?![\w\-])")
    forms: Counter[str] = Counter()
    articled: set[str] = set()
    for n, found in enumerate(pattern.finditer(text)):
        if n >= _FORMS_READ:
            break
        words = found.group(1).split()
        before = text[max(0, found.start() - 6):found.start()].split()
        article = words[0].lower() in lexicon_de.DETERMINERS or bool(before) and before[-1] in lexicon_de.DETERMINERS
        if words[0].lower() in _NO_NAME_WORDS:
            words = words[1:]  # ("Die Deutsche Bahn" opening a sentence; "Im Kreml": no name)
        if words and words[0].lower() not in _NO_NAME_WORDS:
            forms[" ".join([*words, word])] += 1
            if article:
                articled.add(" ".join([*words, word]))
    ranked = forms.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # no name written twice, or two names as often: rather null
    body = ranked[0][0]
    # A body's name takes an article somewhere ("die Deutsche Bahn"); a person's never
    # ("Wolodymyr Selenskyj": a person's spokesperson, no body's: fix44, review44 #12).
    return None if first_name_sex(body) or body not in articled else body
