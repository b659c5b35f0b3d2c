"""Where an article mentions a person, read by surname: the places around which a noun gives
the person's gender (gender_de.py, gender_fr.py). Pure, bounded: at most ``limit`` mentions."""
from __future__ import annotations

from collections.abc import Iterator


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
    """Whether ``text`` writes ``word`` at least twice (a person is called by it again): read
    as text, so "Lang" counts inside "Langzeitstudie" (aged_antecedent, implied; signed_after
    reads whole words)."""
    first = text.find(word)
    return first >= 0 and text.find(word, first + len(word)) >= 0
