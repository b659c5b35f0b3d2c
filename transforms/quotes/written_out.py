"""A body's speaker named by its acronym where the article spells the acronym out in
parentheses: "Der AStA (Allgemeiner Studierendenausschuss) ..." then "schrieb der AStA" is the
"Allgemeiner Studierendenausschuss", the fullest name the article gives (docs/gold-annotation.md).
German acronyms take more than initials ("AStA"), so the parentheses are what ties the two, not
the letters. Used for articles not in English (extract.py). Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsbeam.transforms.quotes.names_de import is_role_noun

# The name a quote whose acronym speaker was spelled out is recorded under (``Quote.rule``).
WRITTEN_OUT: Final = "written_out"
_READ: Final = 200_000  # characters of the article searched (bounded)
# An acronym: two to eight letters, two capitals or more ("AStA", "BUND", "NABU", "ver.di" not).
_ACRONYM: Final = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}")
# Words of a spelled-out name: capitalized, or the small words inside one ("Bund für Umwelt und
# Naturschutz Deutschland"), two of them in a row in Spanish ("Organización Mundial de la Salud").
_JOINERS: Final = frozenset("für und der des von zur zum fuer de del la y et für".split())
_WORD: Final = r"[A-ZÄÖÜ][\w\-]{1,30}"
_NAME: Final = rf"{_WORD}(?:[^\S\n]{{1,2}}(?:(?:{'|'.join(sorted(_JOINERS))})[^\S\n]{{1,2}}){{0,2}}{_WORD}){{0,6}}"
# The sentence's first word before a spelled-out name ("Die ...", "La Organización ..."): no part of it.
_OPENING_ARTICLES: Final = frozenset("der die das el la los las".split())
# Words before a spelled-out name that inflect it (a genitive or dative): its form there is not its own.
_INFLECTING: Final = frozenset("des dem den einem eines vom beim zum zur".split())


def _is_acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None and sum(c.isupper() for c in word) >= 2


def spells(name: list[str], acronym: str) -> bool:
    """Whether the words ``name`` spell ``acronym`` out: each word (but the small joiners) opens
    on the acronym's next capital, in order, and a long compound may give the next ones from
    inside ("Allgemeiner Studierendenausschuss" for "AStA"); two capitals at least are used, and
    all but the last one at most ("Bund für Umwelt und Naturschutz" for "BUND"). A person's
    name before a party's ("Svenja Schulze (SPD)") or a region ("SPD (Sachsen)") spells nothing."""
    caps = [c.lower() for c in acronym if c.isupper()]
    content = [w.lower() for w in name if w.lower() not in _JOINERS]
    initials = [w[0] for w in content]
    if len(caps) >= 3 and len(initials) == len(caps) and initials[0] == caps[0] and \
            sum(a != b for a, b in zip(initials, caps)) <= 1 and not any(is_role_noun(w) for w in content):
        # one word a capital ("Administración Nacional de Educación Pública", ANEP: s51), one
        # letter of a long acronym off where the parentheses tie the two ("Dirección Nacional de
        # Servicios Agrícolas (DGSA)")
        return True
    at = 0
    for word in name:
        low = word.lower()
        if low in _JOINERS:
            continue
        if at >= len(caps) or low[0] != caps[at] or is_role_noun(low):
            return False
        at += 1
        pos = 4
        while len(low) >= 10 and at < len(caps) and (found := low.find(caps[at], pos)) >= 0:
            at, pos = at + 1, found + 4
    return at >= max(2, len(caps) - 1)


@lru_cache(maxsize=256)  # (asked once a quote: a zone's text is read once a speaker)
def written_out(speaker: str, text: str) -> str:
    """``speaker``, or the name the article spells its acronym out to: "AStA (Allgemeiner
    Studierendenausschuss)" or "Allgemeiner Studierendenausschuss (AStA)" (not after an article
    that inflects it: "des Allgemeinen Studierendenausschusses (AStA)"), opening on the
    acronym's first letter ("SPD (Berlin)" spells nothing out). The speaker is the acronym, or a
    noun and the acronym ("Studierendenvertretung AStA")."""
    words = speaker.split()
    if not 1 <= len(words) <= 2 or not _is_acronym(words[-1]) or len(words) == 2 and not words[0].isalpha():
        return speaker
    if text.find(words[-1] + " (", 0, _READ) < 0 and text.find("(" + words[-1] + ")", 0, _READ) < 0:
        return speaker  # never spelled out (one pass each, before any pattern)
    acronym = re.escape(words[-1])
    after = re.search(rf"\b{acronym}[^\S\n]{{1,2}}\(({_NAME})\)", text[:_READ])
    if after is not None and not _is_acronym(after.group(1)) and spells(after.group(1).split(), words[-1]):
        return after.group(1)
    for before in re.finditer(rf"({_NAME})[^\S\n]{{1,2}}\({acronym}\)", text[:_READ]):
        name = before.group(1).split()
        if name[0].lower() in _OPENING_ARTICLES:
            name = name[1:]  # the sentence's first word
        lead = text[max(0, before.start() - 12):before.start()].split()
        if name and spells(name, words[-1]) and not (lead and lead[-1].lower() in _INFLECTING) and \
                not _is_acronym(" ".join(name)):
            return " ".join(name)
    return speaker
