"""A title's complement that lists a department's areas, in Spanish and Portuguese: "la ministra
de Educación, Ciencia y Deporte, Mercedes Ruiz", "a ministra da Mulher, da Família e dos Direitos
Humanos, Ana Lima". Its inner commas are no apposition's: the name stands after the last one.
Pure functions; the regex is bounded."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import is_cap, trim

_LANGS: Final = frozenset(("es", "pt"))
# Words between the capitalized areas of a list: "de la", "da", "dos", "para la".
_LINKS: Final = frozenset("de del la las los el da do das dos para".split())
_AND: Final = frozenset(("y", "e"))
_ITEMS: Final = 2  # list items, each closed by a comma, read after the complement's own
_ITEM_TOKENS: Final = 10  # tokens of one item ("da Família e dos Direitos Humanos")

# The same list as a regex, after the complement's comma: at most one item with no "y"/"e",
# then the item with one ("Ciencia y Deporte,", "da Família e dos Direitos Humanos,").
_AREA: Final = r"(?:[^\S\n]{1,3}(?:(?:d[aeo]s?l?|la|las|los|el|para)[^\S\n]{1,3}){0,2}[A-ZÀ-ÖØ-Þ][\w\-]{1,30}){1,3}"
AREA_LIST: Final = r"(?:" + _AREA + r",)?" + _AREA + r"[^\S\n]{1,3}[ye]" + _AREA + r","


def list_end(toks: list[tuple[int, int, str]], comma: int) -> int:
    """The comma that closes a list of a department's areas after the complement's own comma at
    ``toks[comma]`` ("de Educación, Ciencia y Deporte, Mercedes Ruiz": the comma after
    "Deporte"), or ``comma`` itself where no such list follows. The last item joins two areas
    with "y"/"e"; every word is capitalized or a link ("de la", "dos")."""
    if current_language().code not in _LANGS:
        return comma
    n, seen_and = comma, False
    for _ in range(_ITEMS):
        k = n + 1
        words = 0
        while k < len(toks) and k - n <= _ITEM_TOKENS and toks[k][2] != ",":
            w = toks[k][2]
            if trim(w) in _AND and words:
                seen_and = True
            elif is_cap(w) and w.replace("-", "").isalpha():
                words += 1
            elif trim(w) not in _LINKS:
                return comma
            k += 1
        if k >= len(toks) or toks[k][2] != "," or not words:
            return comma
        n = k
        if seen_and:
            return n
    return comma
