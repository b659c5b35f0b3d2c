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
from newsbeam.transforms.quotes.language import current as current_language

# "eine Bahn-Sprecherin", "der Bahn-Pressesprecher": the word before the hyphen, not an acronym
# (acronym_voice reads those).
_VOICE: Final = re.compile(r"(?:ein|eine|der|die)[^\S\n]{1,3}([A-ZÄÖÜ][a-zäöüß]{2,20})-(?:Presse)?[Ss]precher(?:in)?")
# Words for a body that the guide leaves null however the article qualifies them ("police",
# "the ministry" with none named): "ein Polizei-Sprecher" after "die Berliner Polizei" is no one.
_GENERIC: Final = frozenset("""Polizei Feuerwehr Stadt Gemeinde Regierung Ministerium Behörde Verwaltung
    Klinik Schule Kirche Partei Firma Unternehmen Konzern Verein Verband Gericht Armee""".split())
_FORMS_READ: Final = 50  # occurrences of the word read for the body's full name


def compound_voice(text: str, mention: str) -> str | None:
    """The body whose spokesperson ``mention`` is ("eine Bahn-Sprecherin" -> "Deutsche Bahn"):
    the article's most frequent name of two or three capitalized words ending on the word before
    the hyphen, written more often than any other such name, its first word no given name;
    else None (an unnamed person, as before)."""
    if current_language().code != "de":
        return None
    m = _VOICE.fullmatch(mention.strip(" .,;:"))
    if m is None or m.group(1) in _GENERIC:
        return None
    word = m.group(1)
    pattern = re.compile(r"(?<![\w\-])((?:[A-ZÄÖÜ][\w\-]{1,30}[^\S\n]){1,2})" + re.escape(word) + r"(?![\w\-])")
    forms: Counter[str] = Counter()
    for n, found in enumerate(pattern.finditer(text)):
        if n >= _FORMS_READ:
            break
        words = found.group(1).split()
        if words[0] in ("Die", "Der", "Das", "Den", "Dem", "Des", "Eine", "Ein"):
            words = words[1:]  # ("Die Deutsche Bahn" opening a sentence)
        if words:
            forms[" ".join([*words, word])] += 1
    ranked = forms.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # no name written twice, or two names as often: rather null
    body = ranked[0][0]
    return None if first_name_sex(body) else body
