"""Titles and the name they come before: the name in a mention once its titles, roles and
employer are split off ("Treasury Secretary Ana Ruiz" -> "Ana Ruiz"), German compound titles,
and where a title's "of" words end and a name begins ("Minister of Finance Ana Ruiz")."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.job_titles import after_job_title
from newsbeam.transforms.quotes.kin_reference import KIN_WORDS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import (
    BODY_WORDS, FUNCTION_WORDS, LOWER_PARTICLES, ORG_HEADS, PARTICLES, ROLE_WORDS, SUFFIXES, TITLES)
from newsbeam.transforms.quotes.lexicon_de import (
    ACADEMIC_TITLES, ACADEMIC_TITLES_LOWER, EXECUTIVE_ENDINGS, PRIEST_ABBREVIATIONS)
from newsbeam.transforms.quotes.lexicon_de import TITLE_SUFFIXES as COMPOUND_TITLE_SUFFIXES
from newsbeam.transforms.quotes.honorifics_fr import employer_then_name_fr, no_name_word_fr
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.tokens import is_cap, trim
from newsbeam.transforms.quotes.trade_titles import job_before_of, job_title_runs_on, plural_owner, without_degrees
from newsbeam.transforms.quotes.name_heads import arabic_article_name, keeps_rank_title, particle_surname, without_joining_word


def leading_roles(toks: list[str], k: int) -> int:
    """Past the role words that open a run of capitalized words at a sentence's start
    ("Historian William Dalrymple", "Economist Ana Ruiz"), as long as two words of name remain
    (a one-word name after a role word may be the role word's own surname: "Son Heung-min"); in
    English a family word too ("Mum Kelly Brown", "Mum-of-two Kelly Brown", "Father-of-four Tom Hale": s62)."""
    while len(toks) - k > 2 and (trim(toks[k]) in ROLE_WORDS or _family_word(trim(toks[k]))) or \
            len(toks) - k == 2 and "-of-" in toks[k] and _family_word(trim(toks[k])):  # ("Mum-of-two Kelly")
        k += 1
    return k


def _family_word(low: str) -> bool:
    """"mum", "dad-of-two", "grandmother-of-five": a kin noun, alone or with its count of children."""
    head, of, count = low.partition("-of-")
    return current_language().code == "en" and head in KIN_WORDS["en"] and (not of or count.isalpha())


def after_of(text: str, pos: int, toks: list[str]) -> bool:
    """Whether the words ``toks`` (ending at ``pos``'s word) follow a capitalized word and
    "of" in ``text``, perhaps with "the": "Minister of Finance Ana Ruiz", "District of Vermont
    Jane Roe", "Bulletin of the Atomic Scientists Ann Lee" (not "supporters of Donald J. Trump")."""
    lo = text.rfind(toks[0], max(0, pos - 80), pos)
    if lo < 4 or not text[max(0, lo - 8):lo].endswith(("of ", "for ", "of the ", "for the ")):
        return False
    before = text[max(0, lo - 40):lo].split()
    at = -3 if before[-1:] == ["the"] else -2  # "President and CEO of the Harbour Institute Ann Lee"
    return len(before) >= -at and before[at][:1].isupper() and \
        trim(before[at]) not in FUNCTION_WORDS


def after_title_of(text: str, pos: int, toks: list[str]) -> bool:
    """In an article not in English, whether the words ``toks`` (ending at ``pos``'s word)
    follow a title and its "of" words: "le ministre de la Santé Roman Prymula", "el secretario
    de Estado Juan Pérez" ("Santé", "Estado" end the title, not start the name)."""
    lang = current_language()
    if lang.code == "en":
        return False
    lo = text.rfind(toks[0], max(0, pos - 80), pos)
    before = text[max(0, lo - 60):lo].split()
    k = len(before) - 1
    while k >= 0 and before[k].lower() in lang.determiners:
        k -= 1
    if k < 1 or before[k].lower() not in lang.genitives:
        return False
    title = trim(before[k - 1]).lower()
    return title in TITLES or is_compound_title(title)


def is_compound_title(low: str) -> bool:
    """A German compound that ends on a title: "pressesprecher", "hsv-präsident"."""
    return len(low) > 6 and low.endswith(COMPOUND_TITLE_SUFFIXES) and \
        any(len(low) > len(s) + 2 for s in COMPOUND_TITLE_SUFFIXES if low.endswith(s))


def is_title_word(low: str) -> bool:
    """A title or role word before a name (``low`` trimmed): "secretary", "pressesprecher", two
    titles hyphenated ("secretary-general", "attorney-general", "president-elect"), and in German
    articles the role nouns of ``names_de`` ("verteidiger", "des staatsrechtlers")."""
    return low in TITLES or is_compound_title(low) or "-" in low and _hyphenated_title(low) or \
        current_language().code == "de" and (is_role_noun(low) or low in ACADEMIC_TITLES_LOWER or _executive(low))


_AFTER_TITLE: Final = frozenset(("elect", "designate"))  # "president-elect", "minister-designate"
_RANKS_BEFORE: Final = frozenset(("vice", "deputy"))  # "vice-president"


def _hyphenated_title(low: str) -> bool:
    """Whether ``low`` is two titles joined by a hyphen ("secretary-general", "director-general",
    "governor-general", "attorney-general", "vice-president", "president-elect"; stop 49: read as a
    given name, "Secretary-General Ann" had been a speaker)."""
    first, _, second = low.partition("-")
    return (first in TITLES or first in _RANKS_BEFORE) and (second in TITLES or second in _AFTER_TITLE)


def priest_abbreviation(toks: list[str], k: int) -> bool:
    """In a German article, whether ``toks[k]`` is "P." (Pater) or "Sr." (Schwester) before a
    given name and a surname ("P. Karl Wallner", "Sr. Johanna Maier"): a title of church copy.
    Before an initial ("P. J. Harvey") or a surname alone ("P. Wallner") it may be an initial:
    kept (rather the mention whole than a wrong name)."""
    return toks[k] in PRIEST_ABBREVIATIONS and len(toks) - k >= 3 and len(trim(toks[k + 1])) > 1 and \
        is_cap(toks[k + 1]) and is_cap(toks[k + 2]) and current_language().code == "de"


def split_title(mention: str) -> str:
    """The name in a mention (memoized: mentions repeat across articles)."""
    code = current_language().code
    # German splits more role words off; French its honorifics ("M.", "Me", "Mgr").
    key = ("de" if code == "de" else "fr" if code == "fr" else "", mention)
    name = _SPLIT_CACHE.get(key)
    if name is None:
        if len(_SPLIT_CACHE) > 50_000:
            _SPLIT_CACHE.clear()
        firm = _FIRM.fullmatch(mention.strip())
        name = _SPLIT_CACHE[key] = firm.group(1) if firm else particle_surname(mention) or \
            without_joining_word(_split_title(mention, key[0] == "de", key[0] == "fr"))
    return name


_SPLIT_CACHE: Final[dict[tuple[str, str], str]] = {}

# A firm's name of two words joined by "&" ("Carver & Lyle", "Procter & Gamble"): one name (s55).
_FIRM: Final = re.compile(r"(?:[Tt]he[^\S\n]++)?([A-Z][\w'’.\-]{0,30}+[^\S\n]++&[^\S\n]++[A-Z][\w'’.\-]{0,30}+)")


def _split_title(mention: str, german: bool = False, french: bool = False) -> str:
    """The name in a mention: its last run of capitalized words, titles dropped.

    "Department of Homeland Security chief Kristi Noem" -> "Kristi Noem";
    "Representative Tom J. Ochoa of Ohio" -> "Tom J. Ochoa";
    "Democratic vice-presidential nominee Gov. Ana Ruiz" -> "Ana Ruiz";
    (French) "M. Jacques Ribard" -> "Jacques Ribard", "Me Sautel" -> "Sautel",
    "L'épidémiologiste Ann Roy" -> "Ann Roy".
    """
    toks = _without_in_charge(mention.replace(",", " , ").split())
    if german:
        toks = _without_postnominals(toks)
    else:
        toks = without_degrees(toks)  # "Hana Ueda, PhD" (trade_titles)
    if french:
        toks = [t for n, t in enumerate(toks) if not no_name_word_fr(t, toks[n - 1] if n else "")]  # "M.", "Mgr"
    runs: list[list[str]] = []
    cur: list[str] = []
    after_prep = False
    prep_before: list[bool] = []
    comma = False  # a comma right before the run being read
    comma_before: list[bool] = []
    after_de = False  # (French) "du", "de", "des" right before the run being read
    de_before: list[bool] = []
    after_at = False  # (French) "au", "aux", "à" right before the run: a place ("la foule au Stade de France")
    at_before: list[bool] = []
    for t in toks:
        lt = trim(t)
        if t != "," and (is_cap(t) or (cur and (lt in PARTICLES or t in LOWER_PARTICLES or arabic_article_name(t)
                                                or t in ("dem", "den") and cur[-1] in ("von", "van")))
                         or (cur and lt in SUFFIXES)):  # ("von dem Hagen", "van den Broek")
            # ("Luis Gil de los Ríos": "los"/"las" in lower case inside a run, as name_particles reads them)
            if not cur:
                prep_before.append(after_prep)
                comma_before.append(comma)
                de_before.append(after_de)
                at_before.append(after_at)
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
                cur = []
            # A comma ends a run too: "the leader of the Harbor Party, Lina Haddad".
            after_prep = lt in ("of", "for", "at", "from", "in", "the", "with", "to")
            after_de = french and (lt in ("du", "de", "des") or lt.startswith(("d'", "d’")))
            after_at = french and lt in ("au", "aux", "à")
            comma = t == ","
    if cur:
        runs.append(cur)
    if french and runs and all(at_before):
        return ""  # "« … », lance la foule au Stade de France": only a place is named
    if not runs:
        return ""
    # A run after "of"/"for" names a place or an employer, not the speaker ...
    eligible = [r for r, p in zip(runs, prep_before) if not p] or runs
    best = eligible[-1]
    at = runs.index(best)
    if at >= 1 and comma_before[at] and len(best) >= 2 and len(runs[at - 1]) >= 2 and \
            _is_title(best[0], german) and not any(_is_title(t, german) for t in best[1:]) and \
            not _is_title(runs[at - 1][-1], german):
        # "Dr. Jan Roth, Vorstandsvorsitzender Beispiel AG": a title and its employer after
        # the name describe it; the name before the comma is the speaker's.
        best = runs[at - 1]
    elif at >= 1 and comma_before[at] and len(runs[at - 1]) >= 2 and not prep_before[at - 1] and \
            (_is_title(best[-1], german) or trim(best[0]) == "the" and len(best) >= 2
             or not german and job_before_of(best)) and \
            not any(_is_title(t, german) or trim(t) in ORG_HEADS for t in runs[at - 1]):
        # "Marta Okafor, Regional Director", "Ann Lee, CEO", "Dieter Bohn, The Verge": a run that
        # ends on a title, or a name with its article, after the comma describes the person
        # before it; no one's name ends on a title.
        best = runs[at - 1]
    if french and de_before[runs.index(best)]:
        best = employer_then_name_fr(best)  # "l'éditorialiste du Figaro Ivan Rioufol" -> "Ivan Rioufol"
    later = runs.index(best) + 1 if best in runs else len(runs)
    if (trim(best[-1]) in TITLES or not german and job_title_runs_on(best, runs[-1])) and later < len(runs) and \
            len(runs[-1]) >= 2 and \
            trim(runs[-1][-1]) not in ORG_HEADS:
        # ... unless the title runs on through it: "Secretary of State Marco Rubio", "Mayor of
        # Windsor Drew Dilkens", "Acting U.S. Attorney for the District of Vermont Jane Roe"
        # end on the name: its last two words (three with an initial: "Walter A. Reed").
        tail = runs[-1]
        size = 3 if len(tail) >= 3 and (len(trim(tail[-2])) == 1 or trim(tail[-2]) in PARTICLES) else 2
        return " ".join(tail[-size:]).strip(" .,’'")
    # A possessive names an employer or a place: "Square’s Megan Quinn", "the ACLU's Jay Stanley".
    # (A single word after it stays: "Tom’s Hardware", "Iran’s Mission" are names too; so does a people's
    # plural, that owns no one: "the Women's Super League", s62.)
    for n in range(len(best) - 3, -1, -1):
        if best[n].endswith(("’s", "'s")) and not plural_of_people(trim(best[n])[:-2]) or plural_owner(best[n]):
            best = best[n + 1:]
            break
    # Titles: keep what follows the last title word.
    k = 0
    for n, t in enumerate(best):
        if (_is_title(t, german) or german and priest_abbreviation(best, n)) and n < len(best) - 1:
            k = n + 1
    if 0 < k == len(best) - 1 and trim(best[-1]) in BODY_WORDS and not german and trim(best[k - 1]) == "premier":
        k -= 1  # "the Premier League", "Premier Inn": the title word opens a body's name, no one's (s62)
    start = keeps_rank_title(best, leading_roles(best, k))
    if 0 < start < len(best) and french and best[start].islower():
        return ""  # "le PDG de TotalEnergies": the title's complement, no name (s62)
    name = best[start:]  # "Lady Gaga" (name_heads)
    if not german and current_language().code == "en":
        name = after_job_title(name)  # "Sales Manager Tom Hale" -> "Tom Hale" (job_titles)
    return " ".join(name).strip(" .,’'") if name else ""


def _without_in_charge(toks: list[str]) -> list[str]:
    """``toks`` without the "in Charge" of "Special Agent in Charge" (s62): one federal title, whose
    "in" would open a place ("FBI Special Agent in Charge Jane Roe of the FBI" -> "Jane Roe")."""
    for k in range(1, len(toks) - 1):
        if toks[k] == "in" and toks[k - 1] == "Agent" and toks[k + 1] == "Charge":
            return toks[:k] + toks[k + 2:]
    return toks


def _without_postnominals(toks: list[str]) -> list[str]:
    """``toks`` without the degrees written after the name in German copy: "DI Peter Moser, MBA",
    "Mag. Eva Huber, MSc" (at most three, each after a comma)."""
    end = len(toks)
    for _ in range(3):
        if end >= 3 and toks[end - 2] == "," and _academic(toks[end - 1]):
            end -= 2
        else:
            break
    return toks[:end]


def _is_title(tok: str, german: bool) -> bool:
    low = trim(tok)  # ("Mayor-elect Ann Lee", "Governor-elect": s62)
    return low in TITLES or is_compound_title(low) or "-" in low and _hyphenated_title(low) or \
        german and (is_role_noun(low) or _academic(tok) or _executive(low))


def _executive(low: str) -> bool:
    """A firm's name joined to an English executive title: "alpinfix-ceo" (German copy)."""
    return "-" in low and low.rsplit("-", 1)[-1] in EXECUTIVE_ENDINGS


def _academic(tok: str) -> bool:
    """A degree or Austrian title as written ("DI", "Mag.", "KommR", "MBA"), not "Di" or "Ma"."""
    return tok.rstrip(".,’'") in ACADEMIC_TITLES


# Words that are a title or a given name ("Dean Amar", "Dean Phillips"): a title where the article
# also writes the word in lower case, as a role ("the dean of the law school"; "Emir Tamim" where
# "the emir" is written, "Emir Kusturica" a given name).
_TITLE_OR_NAME: Final = {"Dean": re.compile(r"\bdean\b"), "Emir": re.compile(r"\bemir\b")}


def without_role_word(name: str, text: str) -> str:
    """``name`` without a first word that the article uses as a role: "Dean Vikram Amar" ->
    "Vikram Amar" where the text says "the dean"; "Dean Phillips" stays where it does not."""
    first, _, rest = name.partition(" ")
    role = _TITLE_OR_NAME.get(first)
    if role is None or not rest or not rest[:1].isupper() or role.search(text, 0, 200_000) is None:
        return name
    return rest
