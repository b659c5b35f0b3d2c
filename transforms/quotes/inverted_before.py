"""A bare quote after a sentence whose subject follows its verb, in Spanish: "Un planteamiento
similar presentó el candidato Enrique Gómez. «…»" (issue 16, stop 39). English's subject_before
reads the subject before the verb ("Candidate Ann Lee presented a plan. “…”"); Spanish puts it
after the verb as often, and marks a person who is the object with "a" ("acusó al senador X",
"a la ministra X"), so an article, a title and a name right after a verb, with no preposition
before them, are the subject. Exactly one such subject in the sentence, or no one. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES

_LANGUAGES: Final = frozenset(["es"])
_READ: Final = 400  # characters of the sentence before read (bounded)
# A lower-case word (the verb), then "el"/"la", a lower-case title and a name of two or three
# capitalized words.
_VERB_THEN_TITLED: Final = re.compile(
    r"(?<![\w\-])([a-záéíóúñü]{2,20})[^\S\n]{1,3}((?:el|la)[^\S\n]{1,3}([a-záéíóúñü]{3,20})[^\S\n]{1,3}"
    r"[A-ZÁÉÍÓÚÑ][\w\-]{1,30}(?:[^\S\n]{1,3}[A-ZÁÉÍÓÚÑ][\w\-]{1,30}){1,2})(?![\w\-])")

_JOINED: Final = re.compile(r"[^\S\n]{1,3}(?:y|e)[^\S\n]")


def inverted_subject_before(text: str, lo: int, hi: int) -> Finding | None:
    """The titled subject right after a verb in the sentence ``text[lo:hi]`` ("presentó el
    candidato Enrique Gómez"), as a finding of rule ``subject_before``; None when the language
    does not invert, or the sentence holds no such subject or more than one."""
    if current_language().code not in _LANGUAGES:
        return None
    lang = current_language()
    found = [m for m in _VERB_THEN_TITLED.finditer(text, lo, min(hi, lo + _READ))
             if m.group(3) in TITLES and m.group(1) not in lang.prepositions and
             m.group(1) not in lang.function_words]
    if len(found) != 1 or _JOINED.match(text, found[0].end(), hi):
        return None  # (two subjects: "el presidente X y la ministra Y")
    return Finding(found[0].group(2), None, "explicit", -1, "subject_before")
