"""A person called by their first name alone, in Spanish and Portuguese news: "Segundo Natália,
…" after "a secretária de Governo, Natália Santos Oliveira", "Rui informou que …" after "O
prefeito Rui Palmeira". Local and regional papers, portals and culture pages use the first
name once the person is introduced; the resolver widened a one-word mention only to a name
ending in it (a surname), so a first name gave no one. Read here: a word the first-name lists
know (``first_names.is_first_name``) that the article writes as the first word of exactly one
full name, and never as a surname. Two people with that first name ("Rui Palmeira", "Rui
Costa"), or none: no one. Pure function; the word's mentions come from the article's name
index (whole words, read once a word), else a bounded scan."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, TITLES
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.role_complements import PARTICLES
from newsbeam.transforms.quotes.zone_mentions import text_mentions

_LANGS: Final = frozenset(("es", "pt"))
_MORE: Final = 4  # capitalized words read after the first name (particles between them besides)
_SEEN: Final = 200  # occurrences of the word read at most
_JOINERS: Final = "-'’"  # "Ana-Rui", "d'Ana": the word joined to another, no name of its own


def _full_after(text: str, at: int, word: str) -> str | None:
    """The name written from ``text[at:]`` (``word``, then capitalized words and particles)."""
    parts, caps = [word], 0
    for w in text[at + len(word):at + len(word) + 120].split()[:2 * _MORE]:
        plain = w.rstrip(",.;:!?)»”\"")
        if plain[:1].isupper() and plain.replace("-", "").isalpha() and plain.lower() not in FUNCTION_WORDS \
                and plain.lower() not in TITLES:
            parts.append(plain)
            caps += 1
        elif plain in PARTICLES:  # "Marisa de Fátima Sousa", "Natália da Silva"
            parts.append(plain)
        else:
            break
        if plain != w or caps >= _MORE:
            break  # a comma or a full stop ends the name
    while parts and parts[-1] in PARTICLES:
        parts.pop()
    return " ".join(parts) if len(parts) > 1 else None


def _whole_words(names: NameIndex, text: str, word: str) -> list[int]:
    """The starts of ``word`` as a whole word in ``text``: from the article's name index (found
    once a word for the whole article, at most 200), else read here, as bounded (``_SEEN``)."""
    found = text_mentions(names, text, word)
    if found is not None:
        return found
    size = len(word)
    out: list[int] = []
    pos = text.find(word)
    while pos >= 0 and len(out) < _SEEN:
        end = pos + size
        if (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum():
            out.append(pos)
        pos = text.find(word, end)
    return out


def given_alone(names: NameIndex, word: str, text: str) -> str | None:
    """The one full name ``word`` (a first name alone) is the first word of in ``text``, or None."""
    if current_language().code not in _LANGS or " " in word or not is_first_name(word) \
            or names.fullest(word) != word:
        return None
    found: set[str] = set()
    for pos in _whole_words(names, text, word):
        if pos == 0 or text[pos - 1] not in _JOINERS:
            full = _full_after(text, pos, word)
            if full:
                found.add(full)
    return one_person(names, found)


def one_person(names: NameIndex, found: set[str]) -> str | None:
    """The fullest form of the one person the full forms ``found`` name (each a prefix of the
    longest), or None when they are none or two people ("Rui Palmeira" and "Rui Costa")."""
    if not found:
        return None
    longest = max(found, key=len)
    if not all(longest.startswith(f) for f in found) or not is_person_like(longest):
        return None
    return names.fullest(longest)
