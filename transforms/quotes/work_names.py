"""Names of works, programmes and topics quoted right after the noun that says what they name:
"das Buch „Zeit der Wölfe“", "zum Thema „Sicher im Netz“", "hits such as “Blue Morning”",
"el programa «Hoy por ti»", "son projet « Ville verte »" (rule ``work_after_noun``).

The quote is the thing's name, a scare quote said by no one, even in a sentence that reports
speech ("Lee said the song “Blue Morning” changed her life"): what the noun names is the
title, not the words of the sentence's subject. Only a name: a quote opening on a capital (or a
digit), of up to twelve words, with no sentence ending inside it, right after the noun (no comma
or colon between: "in his memoir, “I was born ...”" may quote the memoir's words).
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS

# Nouns for a work, a programme, an event, a paper, a party, a hotel or a topic whose name
# may follow them. In every
# language at once: a German "Thema" does not name a thing in an English text, nor does an
# English "song" in a German one, but either names what follows it where it occurs.
WORK_NAME_NOUNS: Final = frozenset("""
book books memoir novel novels biography song songs anthem hymn album albums film films movie movies
documentary play musical
opera series sitcom podcast column essay poem painting exhibit exhibition hit hits single track
programme program project campaign initiative newsletter
buch roman biografie lied lieder song songs album film filme serie sendung projekt
kampagne programm initiative aktion reihe rubrik ausstellung stück theaterstück thema
hörbuch podcast kolumne titel single
libro novela canción álbum disco película documental serie programa proyecto campaña obra
exposición tema
livre roman chanson album disque film documentaire série émission programme projet campagne
ouvrage pièce exposition thème
livro romance canção música álbum disco filme documentário série programa projeto campanha
exposição tema
poema poème gedicht gedichte
newspaper magazine zeitung magazin zeitschrift journal revista periódico jornal
festival conference forum konferenz tagung wettbewerb congreso congrès congresso
partei parti partido hotel restaurant
""".split())

# Words between the noun and a name it introduces by example ("hits such as “Blue Morning”").
_EXAMPLE_LINKS: Final = (("such", "as"), ("like",), ("including",), ("wie",), ("como",), ("comme",))

_MAX_WORDS: Final = 12
_WINDOW: Final = 60  # characters read before the opening mark


def _words_before(text: str, at: int) -> list[str]:
    """The lower-cased words right before ``text[at]`` (within ``_WINDOW`` characters), when
    nothing but spaces stands between the last of them and ``at``; else []."""
    k = at - 1
    while k >= 0 and k > at - 4 and text[k] in " \t":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return []  # a comma, a colon, a dash or a bracket before the mark
    return [w.lower() for w in WORDS.findall(text[max(0, at - _WINDOW):at])]


def is_name_of_work(quoted: str, span: Span) -> bool:
    """``quoted`` reads as a name: opens on a capital or a digit, one to ``_MAX_WORDS`` words,
    no question, exclamation or sentence break inside (a trailing comma or full stop is the
    writer's sentence's)."""
    if span.continued or span.close_at < 0 or not (quoted[:1].isupper() or quoted[:1].isdigit()):
        return False
    body = quoted.rstrip(" ,.")
    if not body or len(body) > 100 or "?" in body or "!" in body or ". " in body or ";" in body:
        return False
    words = WORDS.findall(body)
    return 1 <= len(words) <= _MAX_WORDS


def named_after_work_noun(text: str, span: Span, quoted: str) -> bool:
    """The quote is a name right after one of ``WORK_NAME_NOUNS`` (or after one and "such as",
    "like", "including", "wie", "como", "comme")."""
    if not is_name_of_work(quoted, span):
        return False
    words = _words_before(text, span.open_at)
    if not words:
        return False
    if words[-1] in WORK_NAME_NOUNS:
        return True
    for link in _EXAMPLE_LINKS:
        n = len(link)
        if len(words) > n and tuple(words[-n:]) == link and words[-n - 1] in WORK_NAME_NOUNS:
            return True
    return False
