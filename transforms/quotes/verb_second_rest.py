"""What may stand between the subject and the comma in German "Am Montag sagte Anna Keller im
Stadtrat, die Stadt müsse „sparen“" (rule ``verb_second_clause``, review43 F12): besides words of
time, one phrase of place or occasion on a preposition ("im Stadtrat", "am Rande der Sitzung",
"gegenüber Journalisten") or the one told, in the dative ("der Süddeutschen Zeitung", "dem
Sender"). German news writes these after the name more often than anything else. Bounded: a
few words, nouns capitalized, only articles between them. Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon_de import TIME_NOUNS

# Words that open a phrase of place, occasion or the one told after the subject.
_OPENERS: Final = frozenset("""im am beim vor gegenüber bei auf in nach während dem der den""".split())
# Lower-case words allowed inside the phrase: articles and a genitive's.
_INNER: Final = frozenset("der die das des dem den einer eines einem eine ein".split())
# Words of time that may go before the phrase ("am Montag im Stadtrat").
_TIME: Final = (TIME_NOUNS - {"Rande"}) | frozenset("am gestern heute dann später zuvor erneut auch noch".split())
_PHRASE_WORDS: Final = 5  # words of the phrase at most


def addressed_or_placed(words: list[str]) -> bool:
    """``words`` (between the subject and the comma) are, after optional words of time, one
    phrase of place or occasion or a dative of the one told: a preposition or an article, then
    capitalized nouns with articles between them."""
    k = 0
    while k < len(words) - 1 and words[k] in _TIME and words[k + 1] in _TIME | {"im", "am", "beim", "vor"}:
        k += 1
    phrase = words[k:]
    if not 2 <= len(phrase) <= _PHRASE_WORDS or phrase[0] not in _OPENERS:
        return False
    rest = phrase[1:]
    return rest[-1][:1].isupper() and all(w[:1].isupper() or w in _INNER for w in rest)
