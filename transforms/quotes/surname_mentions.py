"""Where an article mentions a person, read by surname: the places around which a noun gives
the person's gender (gender_de.py, gender_fr.py). Pure, bounded: at most ``limit`` mentions."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Final


def surname_mentions(text: str, person: str, limit: int, whole_words: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each of the first ``limit`` mentions of ``person``'s surname: ``end`` after
    the surname, ``start`` at the full name's first word where the full name is written there
    (a noun before the name is read before it), else at the surname. ``whole_words``: a hit inside
    another word ("Webers", "Kellerbar") is no mention."""
    words = person.split()
    if not words:
        return
    last = words[-1]
    at, seen = text.find(last), 0
    while at >= 0 and seen < limit:
        end = at + len(last)
        if whole_words and (text[at - 1:at].isalpha() or text[end:end + 1].isalpha()):
            at = text.find(last, end)
            continue
        seen += 1
        yield (end - len(person) if len(words) > 1 and text.startswith(person, end - len(person)) else at), end
        at = text.find(last, end)


def written_twice(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` at least twice as a word of its own (a person is called
    by it again; "Lang" inside "Langzeitstudie" is no mention): aged_antecedent, implied. At most
    ``_HITS`` places where it is written are read."""
    if not word:
        return False
    seen, at, size = 0, text.find(word), len(word)
    for _ in range(_HITS):
        if at < 0 or seen >= 2:
            break
        end = at + size
        if not (word[0].isalnum() and text[at - 1:at].isalnum()) and \
                not (word[-1].isalnum() and text[end:end + 1].isalnum()):
            seen += 1
        at = text.find(word, end)
    return seen >= 2


_HITS: Final = 200  # places a word is written read at most (bounded, as the name index reads)
