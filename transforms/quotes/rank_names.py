"""A rank title and a given name ("Prince Mohammed", "Princess Anne") that stand for the full
name the article writes once after the same rank: "Crown Prince Mohammed bin Salman" then
"“…,” Prince Mohammed said" is Mohammed bin Salman. name_heads keeps a rank title before a single
name because for many royals and stage names the two words are the fullest name the article
gives ("Prince Harry", "Lady Gaga", "Pope Francis"); where the article also writes the name in
full after that rank, the full form is the fullest name (the guide: titles are cut, the fullest
name kept; issue 16, stop 45).

Read: the mentions of the given name in the article's name index (whole words, at most 200),
those right after the same rank word, and the capitalized words and particles that follow it
there ("bin", "al", "von der"), up to a comma, a full stop or another word. Exactly one such
longer form (or forms that are prefixes of one) is the answer; a regnal number after the name
("Queen Elizabeth II", read by name_heads), a weekday or month, or two different full names: no
change. Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, ORG_HEADS, PARTICLES, PLACE_WORDS, TITLES
from newsbeam.transforms.quotes.name_heads import NOBLE_TITLES, arabic_article_name
from newsbeam.transforms.quotes.given_alone import one_person
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.tokens import trim

_SEEN: Final = 200  # mentions of the given name read at most
_MORE: Final = 5  # words read after the given name
_ROMAN: Final = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())
# Heads of places and buildings named after a royal: "Queen Elizabeth Hospital", "Prince Edward
# Island", "Prince William Sound", "King George Street" (read45names: "Queen Elizabeth said" was
# given to "Elizabeth Hospital").
_NAMED_AFTER: Final = frozenset("""hospital park bridge island sound street road hall memorial stadium
theatre theater cinema airport museum avenue square bay gardens prize award cup stakes bridge
drive way lane boulevard quay dock pier station terminal barracks clinic infirmary estate house
palace arena library base air club academy canal dam tunnel building cathedral mosque church
chapel school university trophy medal causeway highway motorway regiment corps fund trust
foundation institute centre center range mountain mountains river lake county land
coast falls reservoir forest spaniel terrier hotel resort mall market tower towers""".split())
# (read45last: "Prince Sultan Air Base", "Queen Rania Teacher Academy", "King Charles Spaniel
# Club"; a word the article also writes in lower case is a common noun, no name: below)
_CLOSE: Final = ",.;:!?)»”\"’'"


def _after_rank(text: str, pos: int, rank: str) -> bool:
    """The word right before ``text[pos:]`` is ``rank`` (capitalized)."""
    before = text[max(0, pos - len(rank) - 1):pos]
    return before[:-1] == rank and before[-1:] == " "


def _full_form(text: str, pos: int, given: str) -> str | None:
    """``given`` and the name words that follow it at ``pos`` ("Mohammed bin Salman"), or None
    when none follows, or a regnal number, a date word, a title or a body's head does."""
    parts = [given]
    for w in text[pos + len(given):pos + len(given) + 80].split()[:_MORE]:
        plain = w.rstrip(_CLOSE)
        low = trim(plain)
        if low in _ROMAN or low in CALENDAR or low in TITLES or low in ORG_HEADS or low in _NAMED_AFTER \
                or low in PLACE_WORDS or low in FUNCTION_WORDS and low not in PARTICLES:
            return None  # "Queen Elizabeth II", "Prince William Tuesday", "Prince Harry And ..."
        if plain[:1].isupper() and plain.replace("-", "").isalpha():
            if low != plain and text.find(f" {low} ", 0, 400_000) >= 0:  # (bounded)
                return None  # "… Teacher Academy" where the article writes "teacher": a thing's name
            parts.append(plain)
        elif low in PARTICLES and plain == w or arabic_article_name(plain):  # "bin", "al-Tamimi"
            parts.append(plain)
        else:
            break
        if plain != w:
            break  # a comma or a full stop ends the name
    while len(parts) > 1 and trim(parts[-1]) in PARTICLES:
        parts.pop()
    return " ".join(parts) if len(parts) > 1 else None


def rank_full_name(names: NameIndex, name: str) -> str | None:
    """The full name a rank-titled given name (``name``, "Prince Mohammed") stands for, when
    the article writes that given name in full after the same rank exactly once over (one form,
    or forms that are prefixes of the longest), else None."""
    words = name.split()
    if len(words) != 2 or trim(words[0]) not in NOBLE_TITLES or not words[1][:1].isupper():
        return None
    rank, given = words
    texts = names.texts()
    found: set[str] = set()
    for t_index, pos in names.mentions(given)[:_SEEN]:
        text = texts[t_index]
        if not _after_rank(text, pos, rank):
            continue
        full = _full_form(text, pos, given)
        if full:
            found.add(full)
    return one_person(names, found)  # (None: two people of that rank and given name)
