"""Titles joined by "and" before a name: "President and CEO Jane Roe said", "said founder and
chief executive Tom Hale", "President and CEO of the Harbour Fund Tom Hale said".
The noun phrase readers (phrases.np_core, phrases._np_after) read through the joining word
instead of stopping at it, so that the mention holds the whole title and titles.split_title
takes the name at its end. Two people joined by "and" ("Ann Lee and Tom Hale said") are not
titles and still part. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import (
    ARTICLES, FUNCTION_WORDS, ORG_HEADS, PARTICLES, PLACE_WORDS, POSSESSIVE_DETERMINERS, ROLE_WORDS)
from newsbeam.transforms.quotes.tokens import ends_sentence, is_cap, trim

_JOINERS: Final = frozenset(("and", "&"))
_EMPLOYER_OPENERS: Final = frozenset(("of", "for", "at"))
_ARTICLES: Final = ARTICLES | POSSESSIVE_DETERMINERS
# Last words of an employer's name that ORG_HEADS lacks ("Acme Inc", "Hale Industries").
_ORG_ENDS: Final = frozenset("inc ltd llc corp co plc ag gmbh sa industries holdings group partners museum "
                             "hospital clinic society trust".split())


def _is_title_word(word: str) -> bool:
    """"CEO", "president", "founder", "co-founder", "chief" (a role word, or a compound that ends
    on one)."""
    low = trim(word)
    return low in ROLE_WORDS or "-" in low and low.rsplit("-", 1)[-1] in ROLE_WORDS


def joins_titles(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``toks[k]`` is "and" joining two parts of one title rather than ending a noun
    phrase: between two title words ("President and CEO", "founder and chief executive"), with
    no article before the first ("the mayor and council member Tom Hale" may be two people),
    and a name or the employer's "of" after the last ("Chairman and CEO said" names no one)."""
    if k < 1 or k + 1 >= len(toks):
        return False
    low = trim(toks[k][2])
    if low == "in" and toks[k - 1][2] == "Agent" and toks[k + 1][2] == "Charge":
        return True  # "FBI Special Agent in Charge Jane Roe": one federal title (s62)
    if low in _JOINERS:
        if not (_is_title_word(toks[k - 1][2]) and _is_title_word(toks[k + 1][2])):
            return False
        m = k + 1
        while m + 1 < len(toks) and m - k < 4 and _is_title_word(toks[m + 1][2]):
            m += 1
        after = toks[m + 1][2] if m + 1 < len(toks) else ""
        if is_cap(after) and not _is_title_word(after) and not _two_word_name(toks, m + 1):
            # "Director and Chief Curator of the Harbor Art Museum", "President and Chief
            # Curator Ann Lee": a title the role words lack; where the name starts is a guess
            return False
        if not (is_cap(after) and not _is_title_word(after) or
                trim(after) in _EMPLOYER_OPENERS and _named_after_employer(toks, m + 2)):
            return False  # "Tim Armstrong, Chairman and CEO said": no name after the titles
        j = k - 1
        while j > 0 and k - j < 4 and _is_title_word(toks[j - 1][2]):
            j -= 1
        # "the mayor and council member Tom Hale" may be two people: only a title without an
        # article joins ("President and CEO Jane Roe", "said founder and CEO Tom Hale").
        return j == 0 or trim(toks[j - 1][2]) not in _ARTICLES and not toks[j - 1][2].endswith(("'s", "’s"))
    return False


def _two_word_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the capitalized words from ``toks[k]`` are a name of two words (three with an
    initial or a particle between: "Tom J. Hale"), then no capitalized word nor "of"/"for"/"at"."""
    n = k
    while n < len(toks) and n - k < 4 and is_cap(toks[n][2]):
        n += 1
        if ends_sentence(toks[n - 1][2]) or toks[n - 1][2].endswith(","):
            break
    size = n - k
    if n < len(toks) and trim(toks[n][2]) in _EMPLOYER_OPENERS and not ends_sentence(toks[n - 1][2]):
        return False
    return size == 2 or size == 3 and (len(trim(toks[k + 1][2])) == 1 or trim(toks[k + 1][2]) in PARTICLES)


def _named_after_employer(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the employer that starts at ``toks[k]`` (after "of") ends on a name: its last run
    of capitalized words has three words or more, the last two a given name and a surname, and
    the word before them shows where the employer ends: an organisation's word, a role word, a
    plural or an acronym ("of the Harbour Fund Tom Hale", "of the Atomic Scientist Ann Lee", "of Hale Industries Tom Hale", "of the Atomic
    Scientists Ann Lee"; not "of Acme Corp said", "of the Harbour Association", "of the
    American Red Cross", "of the Harbor Art Museum", "of Doctors Without Borders USA": nothing
    tells an employer's last words from a name there)."""
    run: list[str] = []
    raw: list[str] = []
    for _, _, w in toks[k:k + 12]:
        if is_cap(w):
            run.append(trim(w))
            raw.append(w.rstrip(".,;:"))
        elif trim(w) in ("the", "of", "for") and not run or trim(w) in ("of", "the") and run:
            run, raw = [], []  # "Bulletin of the Atomic Scientists Ann Lee": the last run is read
        else:
            break
    if len(run) < 3 or not _name_pair(run[-2], run[-1]) or raw[-1].isupper() or raw[-2].isupper():
        return False  # "Doctors Without Borders USA": an acronym is no given name nor surname
    before = run[-3]
    return before in ORG_HEADS or before in _ORG_ENDS or before in ROLE_WORDS or raw[-3].isupper() and len(raw[-3]) >= 2 or \
        len(before) > 3 and before.endswith("s") and not before.endswith(("ss", "us", "is"))


def _name_pair(given: str, surname: str) -> bool:
    """Whether two trimmed words can be a given name and a surname ("tom", "hale"): neither an
    organisation's word, a role, a function word nor a place word (the words were capitalized)."""
    return all(w.isalpha() and w not in ORG_HEADS and w not in ROLE_WORDS and w not in FUNCTION_WORDS and
               w not in _ORG_ENDS for w in (given, surname)) and given not in PLACE_WORDS


# The kinds of body whose names go on after "on" ("Council on Foreign Relations", "Committee on
# Ways and Means", "Commission on Human Rights", "Conference on Disarmament").
ON_BODIES: Final = frozenset("""
council committee commission conference centre center institute panel forum board caucus
subcommittee alliance coalition campaign
""".split())


def on_link(toks: list[tuple[int, int, str]], k: int) -> bool:
    """``toks[k]`` is the "on" inside a body's name: after a capitalized kind of body and before
    a capitalized word ("the European Council on Foreign Relations said"), never after a person
    or a day ("Ann Lee on Monday")."""
    return 0 < k < len(toks) - 1 and trim(toks[k][2]) == "on" and is_cap(toks[k - 1][2]) and \
        not ends_sentence(toks[k - 1][2]) and trim(toks[k - 1][2]) in ON_BODIES and is_cap(toks[k + 1][2])


def before_on_body(words: list[str]) -> list[str]:
    """The words of a mention up to the "on" of a body's name ("the Council" of "the Council on
    Foreign Relations"), read as that body's head; all of them where no such "on" stands or a
    title follows it (a person's: "The Council on American-Islamic Relations National Executive
    Director Nihad Awad")."""
    if "on" not in words[1:]:
        return words
    k = words.index("on", 1)
    if trim(words[k - 1]) not in ON_BODIES or any(_is_title_word(w) for w in words[k + 1:]):
        return words
    return words[:k]
