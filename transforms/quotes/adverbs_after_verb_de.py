"""German: sentence adverbs between a reporting verb and its subject after a quote, "„…“, sagte
jetzt allerdings eine Bahn-Sprecherin dem Blog", "erklärte am Montag auch Firmenchefin Anna
Roth", "betonte dazu der Verbandspräsident Uwe Kern". German news and press releases put "auch",
"jetzt", "allerdings", "dazu" (and a day) there as often as after the subject; the noun phrase
after the verb then opened on the adverb, and the describing-words loop of ``phrases._np_after``
stopped at the article ("jetzt eine …") or at the day ("am Montag auch …"): no one was named and
the quote went to no one. One bare adverb before a name was read already (as part of the
mention); a day alone is ``time_after_verb_de``. Second read (read45de): "der" before a feminine
noun or an adjective in "-en" is a dative ("sagte jetzt der Deutschen Presse-Agentur ein
Sprecher"): the addressee, not the subject; nothing is skipped then, as before. Pure, bounded to a few words after the verb."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import TIME_NOUNS

_MAX: Final = 4  # adverbs (a day counts one) read before the subject, at most
# Sentence adverbs and particles German sets between a verb and its subject, beyond the
# language's list (lexicon_de.ADVERBS: "auch", "jetzt", "dazu", "zudem", ...).
_MORE: Final = frozenset("""
allerdings jedoch indes indessen gestern heute vorgestern zuletzt kürzlich jüngst anschließend
ebenso nämlich freilich überdies zugleich bislang bisher inzwischen mittlerweile sichtlich
""".split())
# Words that may open the subject after the adverbs: an article of a described or unnamed
# person ("eine Sprecherin", "der Verbandspräsident"); else a capitalized word.
_OPENERS: Final = frozenset("der die ein eine".split())
# The days of the week after "am" (as time_after_verb_de: not "Abend", "Morgen", "Rande").
_DAYS: Final = TIME_NOUNS - {"Rande", "Abend", "Morgen", "Wochenende"}


# Endings of feminine nouns: after "der" such a noun is a dative or genitive ("der Zeitung", "der
# Agentur Reuters", "der Redaktion"), never a subject. ("-eur", "-pion" are men: "der Redakteur",
# "der Champion".)
_FEMININE: Final = ("ung", "tur", "tion", "sion", "tät", "heit", "keit", "schaft", "erei")


def _dative(word: str) -> bool:
    """The word after "der" that makes it a dative (or genitive), not a subject's article: a
    feminine noun ("Zeitung", "Agentur"), an adjective in "-en" ("der Deutschen Presse-Agentur",
    "der Süddeutschen Zeitung": a subject's would read "der Deutsche …"), or a word in lower
    case ("der dpa")."""
    return not word[:1].isupper() or word.endswith("en") or word.endswith(_FEMININE)


def adverbs_before_subject(toks: list[tuple[int, int, str]]) -> int:
    """The number of tokens of German sentence adverbs (and at most one day, "am Montag") that
    open ``toks`` (the words after a reporting verb) before the subject: 2 for "jetzt allerdings
    eine Sprecherin", 3 for "am Montag auch Anna Roth"; 0 when no adverb is there, when the
    words after them open no subject (an article of a person, or after a day a capitalized word
    that is no time noun), or in another language."""
    lang = current_language()
    if lang.code != "de" or len(toks) < 2:
        return 0
    k, adverbs, day = 0, 0, False
    while k < len(toks) and adverbs + day < _MAX:
        word = toks[k][2]
        if word in lang.adverbs or word in _MORE:
            k += 1
            adverbs += 1
            continue
        if not day and word == "am" and k + 1 < len(toks) and toks[k + 1][2] in _DAYS:
            k += 2  # "am Montag" (the day only; a part of the day after it is not read here)
            day = True
            continue
        break
    if adverbs == 0 or k >= len(toks):
        return 0
    nxt = toks[k][2]
    if nxt == "der" and k + 1 < len(toks) and _dative(toks[k + 1][2]):
        return 0  # "sagte jetzt der Deutschen Presse-Agentur ein Sprecher": an addressee, no subject (read45de)
    if nxt in _OPENERS:
        return k  # "jetzt allerdings eine Sprecherin", "dazu der Verbandspräsident"
    if day and nxt[:1].isupper() and nxt not in TIME_NOUNS and not nxt[:1].isdigit():
        return k  # "am Montag auch Anna Roth"
    # Adverbs before a capitalized word alone ("auch Anna Roth", "dann Hamburg") are read as
    # before, by the describing words of phrases._np_after: not changed here.
    return 0
