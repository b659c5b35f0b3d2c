"""Nouns of a person's trade or standing that introduce a name in news (issue 16): English
"lawyer Ann Lee", and in the article's own language "la abogada Nancy Rodas", "o economista João
Lima", "l'historienne Anne Morel". A name so introduced is a person's though the article writes
it only once (``NameIndex.is_person``); without this, Spanish, Portuguese and French names met
once stayed no one's, and a quote whose verb drops its subject ("«…», dijo.") lost its speaker.
The same nouns open a subject as a title does (``titled.titled_subject``, ``adjunct_subject``,
``subjects_fr.elided_role``), and the article before them tells the person's gender to the
pronouns (``article_gender``: "o urbanista" is no "ela"). The word lists are the ones
``for_profession`` (Spanish, Portuguese) and ``lexicon_fr`` already keep; the language's offices
("la ministra") are titles, read before this. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.for_profession import PEOPLE_INTL
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.lexicon_fr import PEOPLE as PEOPLE_FR
from newsbeam.transforms.quotes.surname_mentions import surname_mentions

_NOUNS: Final = {**PEOPLE_INTL, "fr": PEOPLE_FR}
_ELIDED: Final = ("l'", "l’")  # "l'avocat": the article glued to the noun


# English nouns of a trade that the role lists (lexicon.ROLE_WORDS) lack, met before a name in
# news ("The Australian musician Tom Luboku", "Record producer Ana Ruiz", "lobbyist Tom Hale"; s59,
# from appositives and titles in PolNeAR and the held-out pages, and a list of trades read by hand).
TRADES_EN: Final = frozenset("""musician producer artist neurosurgeon speechwriter lobbyist developer magnate
industrialist philanthropist fundraiser technician contractor manufacturer geophysicist gynecologist
negotiator trader schoolteacher salesman saleswoman stewardess dictator dj entertainer performer
broadcaster illustrator cartoonist animator publisher translator programmer financier auditor paralegal
receptionist cashier soldier sailor trooper bodyguard counselor counsellor tutor fisherman rancher miner
trucker welder youtuber streamer politician monk nun wrestler skater umpire astronaut climber explorer
botanist inventor millionaire retailer butcher brewer winemaker barista hairdresser stylist tailor
jeweller jeweler speaker""".split())


def person_noun(low: str) -> bool:
    """Whether the lower-case word ``low`` (trimmed) right before a name introduces a person:
    an English role word or trade in any article, a noun of a trade of the article's language in its own."""
    return low in ROLE_WORDS or low in TRADES_EN or trade_noun(low)


def trade_noun(low: str) -> bool:
    """Whether ``low`` (trimmed) is a noun of a trade or standing of the article's language
    ("abogada", "economista", "l'historien"): never in English, whose role words mean other
    things in these languages ("la police", "le général")."""
    code = current_language().code
    if code == "fr" and low.startswith(_ELIDED):
        low = low[2:]
    return low in _NOUNS.get(code, ())


_MENTIONS: Final = 6  # mentions of a surname read for the article before a trade
# A definite article and one lower-case noun right before a name: "la abogada ", "o urbanista ".
_ARTICLE_NOUN: Final = re.compile(r"(?<![\w'’])(el|la|o|a)[^\S\n]{1,3}([^\W\d_][^\W\d_\-]{1,30})[^\S\n]{1,3}$",
                                  re.IGNORECASE)
_ARTICLE_GENDERS: Final = {"el": "m", "o": "m", "la": "f", "a": "f"}


def article_gender(text: str, person: str) -> str | None:
    """Spanish, Portuguese: "m" or "f" as the article of a trade or title right before one of the
    person's first mentions says ("la abogada Nancy Rodas": f; "o urbanista Nabil Bonfim": m),
    so that "dijo ella" is never the man a trade noun introduced. None elsewhere."""
    code = current_language().code
    if code not in ("es", "pt"):
        return None
    for start, _ in surname_mentions(text, person, _MENTIONS):
        m = _ARTICLE_NOUN.search(text, max(0, start - 45), start)
        if m is not None and (trade_noun(m.group(2).lower()) or m.group(2).lower() in TITLES):
            return _ARTICLE_GENDERS[m.group(1).lower()]
    return None
