"""Capitalized nouns of a person that are no one's name (s51): a nationality's or a region's
singular ("the Spaniard", "the Texan", "the 24-year-old Australian") and a party's member with
or without a place ("the Wisconsin Republican", "the Ohio Democrat"). English writes them with
a capital, so the resolver had taken the noun for a name and credited "Spaniard", "Texan",
"Wisconsin Republican". They describe someone named before: the resolver gives them the
subject of the sentence before when it names a person and no one else can be meant
(``antecedents.aged_subject``, as for "the 85-year-old"), else null.

Newspapers named so ("The Australian", "The Scotsman", with their capital "The" and nothing
between) stay outlets; "the New Yorker" is a magazine, and "Yorker" is no noun listed here.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import EPITHET_ROLES, EPITHET_SEXES
from newsbeam.transforms.quotes.tokens import mention_at

# Singular nouns of a nationality, a people or a region's inhabitant. Plurals ("Marlovians",
# "Spaniards") are crowds (subject_head.is_demonym, crowds.py).
DEMONYMS: Final = frozenset("""
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian
Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian Brit
Briton Bulgarian Burmese Cambodian Cameroonian Canadian Chilean Chinese Colombian Congolese
Croat Croatian Cuban Cypriot Czech Dane Dutchman Dutchwoman Ecuadorian Egyptian Emirati
Englishman Englishwoman Eritrean Estonian Ethiopian Fijian Filipina Filipino Finn Frenchman
Frenchwoman Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelander
Indonesian Iranian Iraqi Irishman Irishwoman Israeli Italian Ivorian Jamaican Japanese
Jordanian Kazakh Kenyan Kiwi Korean Kosovar Kuwaiti Latvian Lebanese Liberian Libyan
Lithuanian Luxembourger Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin
Moroccan Namibian Nepali Nicaraguan Nigerian Norwegian Omani Pakistani Palestinian Panamanian
Paraguayan Peruvian Pole Portuguese Qatari Romanian Russian Rwandan Salvadoran Saudi Scot
Scotswoman Senegalese Serb Serbian Singaporean Slovak Slovene Slovenian Somali
Spaniard Sudanese Swede Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turk Ugandan
Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welshman Welshwoman Yemeni Zambian Zimbabwean
Aussie Texan Floridian Ohioan Virginian Minnesotan Iowan Kentuckian
Arizonan Nevadan Coloradan Kansan Nebraskan Alaskan Hawaiian Vermonter Marylander
Michigander Louisianan Mississippian Alabamian Carolinian Londoner Parisian
Muscovite Glaswegian Mancunian Liverpudlian Bostonian Chicagoan Quebecer Albertan Olympian Paralympian
Geordie Scouser Brummie Yorkshireman Yorkshirewoman Cornishman Ulsterman
""".split())
# A region's word before a nationality's noun: "the Northern Irishman", "the South African" (s62).
_REGION_WORDS: Final = frozenset("Northern Southern Eastern Western North South East West".split())
# Adjectives of a nationality or a people that are no noun of a person ("the Lebanese group" takes
# DEMONYMS too), and short forms that modify as they do: "the British lender", "the Anglo-Dutch
# company", "the U.S. firm" describe a body, never name it (s62, speaking_body.described_kind).
NATIONAL_ADJECTIVES: Final = frozenset("""
British English Scottish Welsh Irish French Spanish Dutch Danish Swedish Finnish Polish Turkish
Kurdish Flemish Arab European African Asian Nordic Scandinavian Anglo Franco Sino Islamist
Shiite Sunni Jewish Muslim Catholic US U.S. UK U.K. EU
""".split())
# A party's member ("the Republican", "the Utah Republican").
PARTY_MEMBERS: Final = frozenset("Republican Democrat Conservative Tory Socialist".split())
# Nouns here that are also newspapers' names, written "The Australian" (read51: "the Oklahoman",
# "the Oregonian", "the Tennessean", "the Scotsman", "the Bakersfield Californian" are left out of
# the list above: newspapers more often than people).
_PAPERS: Final = frozenset("Australian".split())
# The places before a party's member that make it a politician ("the Ohio Democrat"): US states;
# a city's name makes a newspaper ("the Tallahassee Democrat", "the Santa Rosa Press Democrat").
_STATES: Final = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada New Hampshire Jersey Mexico York North Carolina Dakota
Ohio Oklahoma Oregon Pennsylvania Rhode Island South Tennessee Texas Utah Vermont Virginia
Washington West Wisconsin Wyoming
""".split())
_AGE_OR_COUNT: Final = re.compile(r"\d{1,3}(?:[‑\-](?:year[‑\-]old|time))?|\d{1,3}(?:st|nd|rd|th)")
_MAX_WORDS: Final = 5


def person_noun(words: list[str]) -> bool:
    """Whether ``words`` (a mention, split) are "the", then lowercase or age words or the
    capitalized words of a place, and a noun of a person listed above: "the Spaniard", "the
    24-year-old Australian", "the Wisconsin Republican", "the New York Democrat"; not "The
    Australian" (a newspaper), not "the Republican National Committee"."""
    if not 2 <= len(words) <= _MAX_WORDS or words[0] not in ("the", "The"):
        return False
    head = words[-1].rstrip(",.;:").removesuffix("’s").removesuffix("'s")
    if head not in DEMONYMS and head not in PARTY_MEMBERS:
        return False
    if len(words) == 2 and words[0] == "The" and head in _PAPERS:
        return False
    middle = words[1:-1]
    if any(w[:1].isupper() and w not in _REGION_WORDS for w in middle) and head not in PARTY_MEMBERS:
        return False  # "the Ohio Australian": no shape news writes
    if any(w[:1].isupper() and w not in _STATES and w not in _REGION_WORDS for w in middle):
        return False  # "the Tallahassee Democrat": a newspaper
    return all(w.isalpha() and (w.islower() or w[:1].isupper()) or _AGE_OR_COUNT.fullmatch(w) or
               w.islower() and "-" in w for w in middle)


_INDEFINITE: Final = frozenset("a an another one some several".split())
_BELIEVERS: Final = frozenset("Muslim Christian Jew Catholic Protestant Hindu Sikh Buddhist Mormon Evangelical".split())


def unnamed_member(words: list[str]) -> bool:
    """"Another Muslim", "One Republican", "a young Texan": someone of a people, a faith or a
    party, left unnamed (null), never a name (s52)."""
    if not 2 <= len(words) <= _MAX_WORDS or words[0].lower() not in _INDEFINITE:
        return False
    head = words[-1].rstrip(",.;:")
    return (head in DEMONYMS or head in PARTY_MEMBERS or head in _BELIEVERS) and all(w.islower() for w in words[1:-1])


# An age set off after a definite description and one or two lowercase nouns of it: "The Oscar winner,
# 36,", "The Gunners boss, 42," (s62; not "The Rock, 52,", a stage name).
_AGE_AFTER: Final = re.compile(r"(?:[^\S\n]{1,3}[a-z][\w\-]{0,25}){1,2},[^\S\n]{1,3}(\d{1,3}),")


def aged_description(mention: str, text: str, bound: int) -> tuple[list[str], int] | None:
    """The words of ``mention`` ("The Oscar", written last before ``bound`` in ``text``) as a description
    with its age ("The", "36-year-old", "Oscar") where the text goes on with lowercase nouns of it
    and an age set off by commas: "The Oscar winner, 36, said", "The Lioness, 26, said". A body
    has no age: the capitalized words are an award's, a club's, a team's nickname, and the one
    described is a person named before (``antecedents.aged_subject``), never "Oscar" (s62); and
    where the mention starts (the names before it are read, not its own "Spice Girl, 52,")."""
    words = mention.split()
    at = mention_at(text, mention, bound) if len(words) >= 2 and words[0] in ("The", "the") and \
        words[1][:1].isupper() else -1
    if at < 0:
        return None
    end = at + len(mention)
    m = _AGE_AFTER.match(text, end, min(len(text), end + 80))
    return ([words[0], m.group(1) + "-year-old", *words[1:]], at) if m is not None else None


def epithet(words: list[str]) -> bool:
    """Whether ``words`` (a mention, split) are "the", at most three words that qualify it (lowercase, an
    age, capitalized: a club's, a show's, a country's) and a role word of a trade or of fame or a
    position on a team (s63): "the singer", "the Arsenal forward", "the Strictly star", "the
    34-year-old striker"; the person the sentence before names, if alone (``antecedents.aged_subject``)."""
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "The"):
        return False
    head = words[-1].rstrip(",.;:")
    if head not in EPITHET_ROLES:
        return False
    return all(w.replace("-", "").isalnum() for w in words[1:-1])


def epithet_fits(words: list[str], person: str | None) -> str | None:
    """``person`` (the one the sentence before names) unless the epithet ``words`` is of the other
    sex than the person's first name (s63): "Tom Cruise …" is no "the actress"."""
    sex = EPITHET_SEXES.get(words[-1].rstrip(",.;:")) if words else None
    return None if person is None or sex is not None and first_name_sex(person) not in (sex, None) else person
