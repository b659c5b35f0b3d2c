"""German: a phrase of time between a reporting verb and its subject after a quote, "„…“, sagte
am Montag Peter Brandt", "betonte am Dienstagabend die Bürgermeisterin Anna Keller". German
news puts the day there as often as after the subject ("sagte Peter Brandt am Montag", read
already); the noun phrase after the verb opened on the preposition and named no one, so the
quote went to no one. A bare adverb ("sagte gestern Peter Brandt") was read already. Pure."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import TIME_NOUNS
from newsbeam.transforms.quotes.time_after_verb_rom import time_before_subject_rom

_PREPOSITIONS: Final = frozenset(["am"])
# The days of the week only: the name index reads other time nouns before a name as part of it
# ("am Abend Peter Brandt", "am Wochenende …", "am Freitagabend …": "Abend Peter Brandt", a wrong
# name where null was); "am Rande" is followed by a genitive phrase.
_DAYS: Final = TIME_NOUNS - {"Rande", "Abend", "Morgen", "Wochenende"}
# A part of the day written apart after the day (the old spelling, still frequent on small
# sites: "am Montag Abend", "am Freitag Vormittag"): part of the time, never the subject (fix44).
_PARTS_OF_DAY: Final = frozenset("Morgen Vormittag Mittag Nachmittag Abend Nacht Früh Frühe Mittagszeit".split())
_ARTICLES: Final = frozenset(["der", "die"])  # "sagte am Montag der Kämmerer Peter Brandt"


def time_before_subject(toks: list[tuple[int, int, str]]) -> int:
    """The number of tokens of a German phrase of time that opens ``toks`` (the words after a
    reporting verb) before a capitalized word or "der"/"die": 2 for "am Montag", 3 for "am Montag
    Abend der/die"; else 0 (no time noun or number taken for the subject: fix44, review44 #5)."""
    if current_language().code != "de":
        return time_before_subject_rom(toks)  # "a déclaré lundi la CGT" (French, Spanish, Portuguese: s60)
    if len(toks) < 3 or toks[0][2] not in _PREPOSITIONS:
        return 0
    if toks[1][2] not in _DAYS:
        return 0
    skip = 3 if toks[2][2] in _PARTS_OF_DAY else 2  # "am Montag Abend der Bürgermeister" (old spelling)
    if skip == 3 and (len(toks) < 4 or toks[3][2] not in _ARTICLES):
        return 0  # ("am Montag Abend Peter Brandt": the name index glues "Abend" to the name)
    if skip >= len(toks) or toks[skip][2] in TIME_NOUNS or toks[skip][2] in _PARTS_OF_DAY or \
            toks[skip][2].isdigit() or not (toks[skip][2][:1].isupper() or toks[skip][2] in _ARTICLES):
        return 0
    return skip
