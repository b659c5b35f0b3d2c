"""Whom a pronoun stands for when the sentence before it calls its subject by a role, not a
name ("prägte die Schauspielerin den Opernball. „...“, sagte sie", "Le ministre a tranché.
« ... », a-t-il dit", "O senador recuou. “...”, disse ele"): the one person the article gave
that role to, else the one person named in the sentence before the role's, if the role's
article agrees with the pronoun's gender (pronouns_intl.role_antecedent). Two people, none, or a
gender that disagrees: None. Also the role a sentence opens on, for a verb with no subject."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.role_synonyms import phrase_role_words
from newsbeam.transforms.quotes.titles import is_title_word

# The article of a role in the subject's case, by language, and the gender it marks. German
# "der" is also the feminine dative ("sagte der Ministerin"): a German role's gender is read
# from its noun's ending too (``_agrees``).
_ARTICLES: Final = {
    "de": {"der": "m", "die": "f"},
    "fr": {"le": "m", "la": "f"},
    "pt": {"o": "m", "a": "f"},
    "es": {"el": "m", "la": "f"},
}
# An article, at most two lower-case adjectives ("die frühere", "o ex-"), then a noun.
_ROLE: Final = re.compile(r"(?<![\w’'])(der|die|Der|Die|le|la|Le|La|o|a|O|A|el|El)[^\S\n]{1,3}+"
                   r"((?:[a-zäöüéèêàâçíóúãõ][\w\-]{0,20}+[^\S\n]{1,3}+){0,2}?)"
                   r"([\w][\w\-]{1,40}+)(?![\w\-])")
_SCAN: Final = 400  # characters of a sentence read for its role


def role_in(text: str, lo: int, hi: int, gender: str) -> str | None:
    """The first role ("die Schauspielerin", "der Ex-Profi", "la ministre") in ``text[lo:hi]``
    whose article marks ``gender``, as written; None if the sentence has none, or a role of
    the other gender comes first (the pronoun may be that one's)."""
    lang = current_language()
    articles = _ARTICLES.get(lang.code)
    if not articles:
        return None
    for m in _ROLE.finditer(text, lo, min(hi, lo + _SCAN)):
        art = m.group(1).lower()
        if art not in articles:
            continue
        noun = m.group(3)
        if lang.code == "de" and not noun[:1].isupper() or lang.code != "de" and not noun[:1].islower():
            continue
        if not is_title_word(noun.lower()):
            continue
        role_gender = _gender(lang.code, art, noun, articles)
        if role_gender is None:
            continue  # "der Ministerin": a dative or a genitive, no subject
        return m.group(0) if role_gender == gender else None
    return None


def opening_role(text: str, lo: int, hi: int) -> str | None:
    """The role a sentence at ``lo`` opens on as its subject ("O parlamentar é contrário ...",
    "La ministre a tranché"), as written, of either gender; else None."""
    while lo < hi and text[lo].isspace():
        lo += 1
    m = _ROLE.match(text, lo, min(hi, lo + _SCAN))
    if m is None or current_language().code not in _ARTICLES or m.group(1).lower() not in _ARTICLES[current_language().code]:
        return None
    noun = m.group(3)
    code = current_language().code
    if (noun[:1].isupper() if code == "de" else noun[:1].islower()) and is_title_word(noun.lower()) and \
            _gender(code, m.group(1).lower(), noun, _ARTICLES[code]) is not None and m.group(1)[:1].isupper():
        return m.group(0)
    phrase = _PHRASE.match(text, lo, min(hi, lo + _SCAN))
    words = phrase.group(0).split() if phrase is not None else []
    for n in range(len(words), 2, -1):
        if phrase_role_words(code, words[:n]):
            return " ".join(words[:n])  # "El jefe de Estado aseguró ...": a role in several words (role_synonyms)
    return None


# An article and the next four words at most: a role in several words ("El jefe de Estado", "El
# titular de la cartera") is looked up in role_synonyms.PHRASES, the longest first.
_PHRASE: Final = re.compile(r"(?:El|La)(?:[^\S\n]{1,3}+[^\W\d_]{1,20}+){2,4}+")


def _gender(code: str, article: str, noun: str, articles: dict[str, str]) -> str | None:
    """The gender the article marks, if the noun agrees with it (German: "-in" is feminine)."""
    gender = articles[article]
    if code == "de":
        feminine = noun.lower().endswith("in")
        if gender == "m" and feminine or gender == "f" and noun.lower().endswith(("innen", "er", "en")):
            return None  # "der Ministerin" (dative), "die Minister" (plural)
        if gender == "f" and not feminine:
            return None
    return gender
