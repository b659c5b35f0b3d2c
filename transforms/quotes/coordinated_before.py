"""Two or more people named as the subject before their verb, joined by "and": "Ann Lee and Tom
Hale said: “…”", "Ana Ruiz y Pedro Gil dijeron:", "Anna Keller und Peter Braun sagten, …",
"Anna Keller und ihr Mann Peter Braun sagten:" (issue 16, stop 47). The subject phrase read
right before the verb is the last person's, whom the lead-in credited; the annotation guide
credits the first named ("said authors Ann Lee and Jo Roe" -> Ann Lee; "Lee and her colleagues"
-> Ann Lee), as ``coordinated_after`` does when the names follow the quote.

Only a first phrase that the subject reading (``np_before``) takes for a person's full name (two
words or more once a title is split off) and that opens its clause (the sentence's start, or
after a comma, a colon, a semicolon, a parenthesis or a dash), then "and" (or the language's:
"y"/"e", "e", "et", "und"), then the phrase the lead-in read, which may open on a possessive
("her husband Tom Hale", "su esposo Pedro Gil"). A one-word first phrase is left
alone: two capitalized words joined by "and" are too often one body's name ("Procter and
Gamble", "Health and Human Services"); an organisation's name is the name's own reading's
(``is_org``). A list ("Ann Lee, Tom Hale and Jo Roe said") gives its first item. French keeps
its own reading (``rules.lead_in_rule``: "Anne Roy et Marc Lenoir rappellent que …", two people,
neither alone: null), which the dev part's press reviews hold. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ORG_HEADS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.titles import split_title

# An article and a lowercase title before the second name ("y el ministro Pedro Gil", "e o
# ministro Paulo Rocha", "and the mayor Tom Hale"): read 47.
_ARTICLES: Final = r"(?:the|el|la|o|a)"
_POSSESSIVES: Final = r"(?:his|her|its|their|su|sus|seu|sua|seus|suas|son|sa|ses|sein|seine|seinem|ihr|ihre)"
# "and" (and a possessive, perhaps with its noun: "y su esposo") right before the phrase the lead-in read.
_AND: Final = re.compile(r"[^\S\n]{0,3},?[^\S\n]{1,3}(?:and|y|e|et|und|&)[^\S\n]{1,3}(?:(?P<own>" + _POSSESSIVES +
                         r")[^\S\n]{1,3}(?:[a-zà-öø-ÿ\-]{2,20}[^\S\n]{1,3})?|" + _ARTICLES +
                         r"[^\S\n]{1,3}[a-zà-öø-ÿ\-]{2,20}[^\S\n]{1,3}|(?P<roles>(?:[a-z\-]{2,20}[^\S\n]{1,3}){1,2}))?$")
_TITLE_BEFORE: Final = re.compile(r"(?:(?<![^\W\d_])" + r"(?i:el|la|o|a|the)[^\S\n]{1,3})?"
                                  r"(?<![^\W\d_])([a-zà-öø-ÿ]{2,20})[^\S\n]{0,3}$")
_OPENERS: Final = ",;:(—–"
_SPACES: Final = 8  # spaces read back from the first name to its clause's opening (bounded)
_LISTED: Final = 4  # names of a list read back before the last two


def first_of_coordinated(text: str, lo: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the first person named when the subject phrase ``np`` (read right before a
    verb in the sentence that starts at ``lo``) is the last of people joined by "and"; None
    for any other shape."""
    if np[0] - lo < 8 or not text[np[0]:np[0] + 1].isalpha() or current_language().code == "fr":
        return None
    conj = _AND.search(text, max(lo, np[0] - 40), np[0])
    if conj is None or not _second_conjunct(text[np[0]:np[1]]):
        return None
    if conj.group("roles") and not all(w in ROLE_WORDS or w in TITLES or w in ORG_HEADS for w in conj.group("roles").split()):
        return None  # ("and council leader Priya Dev": a role; not "and said Priya Dev", s55)
    first = _full_name_before(text, lo, conj.start())
    if first is None and conj.group("own") and current_language().code == "en":
        first = _one_name_before(text, lo, conj.start())  # "PayNorth and its rival QuickTill said": two (s55)
    if first is None:
        return _listed_first(text, lo, conj.start())
    for _ in range(_LISTED):  # "Ann Lee, Tom Hale and Jo Roe said": the list's first
        j = _skip_spaces_back(text, lo, first[0])
        if j <= lo or text[j - 1] != ",":
            break
        earlier = _full_name_before(text, lo, j - 1)
        if earlier is None:
            break
        first = earlier
    j = _skip_title_back(text, lo, _skip_spaces_back(text, lo, first[0]))
    # (or after "by": "A joint statement signed by Mayor Colin Hart and council leader Priya Dev said", s55)
    return first if j == lo or text[j - 1] in _OPENERS or _SIGNED_BY.search(text, max(lo, j - 50), j) else None


# A list of three names or more, each of one to three capitalized words, ending right before
# "and": "Chile, Peru and Bolivia said" (s50: the last, "Bolivia", had been the speaker; the guide
# credits the first named of a joint statement). Two are left alone ("Procter and Gamble").
_LIST: Final = re.compile(r"(?:^|[,;:(—–][^\S\n]{0,3})([A-Z][\w’'\-]{1,30}(?:[^\S\n][A-Z][\w’'\-]{1,30}){0,2})"
                          r"(?:,[^\S\n]{1,3}[A-Z][\w’'\-]{1,30}(?:[^\S\n][A-Z][\w’'\-]{1,30}){0,2}){1,5},?$")


def _listed_first(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The span of the first of a list of names ("Chile" of "Chile, Peru and …") that opens its
    clause and ends at ``end``; None for any other shape, or a list whose first name is a
    function word or a title ("In", "President")."""
    m = _LIST.search(text[max(lo, end - 200):end])
    if m is None:
        return None
    base = max(lo, end - 200)
    start = base + m.start(1)
    if m.group(1).startswith("The ") and len(m.group(1).split()) > 1:
        start += 4  # "The United States, Britain and France said"
    first = text[start:base + m.end(1)].split()[0].lower().strip("’'")
    if first in FUNCTION_WORDS or first in TITLES:
        return None
    return start, base + m.end(1)


def _skip_title_back(text: str, lo: int, at: int) -> int:
    """``at`` moved back over a lowercase title and its article right before it ("El presidente
    Ana Ruiz y el ministro Pedro Gil dijeron": the clause opens before "El"), else ``at``."""
    m = _TITLE_BEFORE.search(text, max(lo, at - 40), at)
    if m is None or m.group(1) not in TITLES:
        return at
    return _skip_spaces_back(text, lo, m.start())


# One word after "and" that makes a firm's name of the words before it: "Baker McKenzie and
# Partners", "Tom Hale and Sons", "Ruiz y Asociados" (read 47).
_FIRM_ENDINGS: Final = frozenset("""
partners associates sons brothers co co. company companies partner söhne asociados hijos hermanos
compañía cía cía. associados filhos irmãos associés fils cie cie.
""".split())


_PARTICLES: Final = frozenset("de del la las los da do das dos van von der den di du des le y e".split())


def _second_conjunct(phrase: str) -> bool:
    """The phrase the lead-in read after "and" may be a second speaker: not a firm's ending
    ("and Partners") and not capitalized words that modify a lowercase noun after them ("New
    York and New Jersey officials": officials of both, the first a place, no speaker)."""
    words = phrase.split()
    if not words or len(words) == 1 and words[0].lower() in _FIRM_ENDINGS:
        return False
    return not (words[0][:1].isupper() and any(w[:1].islower() and w not in _PARTICLES for w in words[1:]))


def _full_name_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject phrase that ends at ``end`` (spaces and a comma before it allowed) when it
    is a person's full name: two words or more once a title is split off, no organisation."""
    found = np_before(text, end, lo)
    if found is None or text[found[1]:end].strip(" ,\u00a0"):
        return None
    mention = text[found[0]:found[1]]
    name = split_title(mention) if mention[:1].isupper() and is_person_like(mention) and not is_org(mention) else ""
    words = name.split()
    if len(words) < 2 or any(len(w.replace(".", "")) > 1 and w.replace(".", "").isupper() for w in words):
        return None  # (an acronym: "U.S. Ski and Snowboard said" is one body)
    return found


def _skip_spaces_back(text: str, lo: int, at: int) -> int:
    """``at`` moved back over the spaces before it (at most ``_SPACES``, not past ``lo``)."""
    j = at
    while j > lo and at - j < _SPACES and text[j - 1] in " \u00a0":
        j -= 1
    return j


# A document's signers before the pair: "A joint statement signed by Mayor Colin Hart and …" (s55).
_SIGNED_BY: Final = re.compile(r"\b(?:statement|letter|declaration|petition|communiqué|report|memo),?[^\S\n]+"
                               r"(?:signed|co-signed|issued|published|released|written|authored|drafted)[^\S\n]+by$")


def _one_name_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The one capitalized word that ends at ``end`` and opens its clause ("PayNorth" of "PayNorth
    and its rival QuickTill"): a name set beside another by a possessive, so not one body's
    name's first half; None for a function word or a title."""
    found = np_before(text, end, lo)
    if found is None or text[found[1]:end].strip(" ,\u00a0") or " " in text[found[0]:found[1]]:
        return None
    word = text[found[0]:found[1]]
    if not word[:1].isupper() or word.lower() in FUNCTION_WORDS or word.lower() in TITLES:
        return None
    j = _skip_spaces_back(text, lo, found[0])
    return found if j == lo or text[j - 1] in _OPENERS else None
