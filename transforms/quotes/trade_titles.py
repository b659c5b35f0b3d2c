"""How trade press, press releases and culture pages write a name inside its attribution
(stop 46, trade46): three shapes of a mention whose last run of capitalized words is not the
speaker's name as it stands.

- **Degrees after the name**, each after a comma: "Hana Ueda, PhD", "Jo Roe, MBA, a partner at
  Fenwick", "Sam Tell, M.D." (press releases and health-trade copy write them; the degree is no
  name: it was read as the speaker, "PhD"). German copy has its own list (``titles``).
- **A job word before a title's "of"** that the title list lacks because it is a surname or a
  common noun as often: "Head of Sales Priya Nandakumar", "Nintendo Senior Director of ...",
  "Corvane Head of Communications Lisa Hart", "Founder of Acme Jo Roe". The run before "of" ends
  on a job noun of a closed list (not any agent ending: "Heiserman of the CORE Teachers" is a
  surname), not after a given name ("Edith Head of Paramount"); the name is the last run's last
  words, as after "Secretary of State" (the speaker was "Head", "Corvane Head").
- **A plural owner before the name**: "Acme Labs' Jo Roe", "the Strokes' Julian Casaby" (a band or
  a firm whose name ends in -s writes its possessive with the mark alone); like "Square’s Megan
  Quinn", the owner is no part of the name (it was: "Strokes' Julian Casaby").

Pure functions on a mention's tokens (``titles._split_title``); each reads a bounded number of
tokens.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.tokens import trim

# Degrees and honours written after an English name (as written, the final stop trimmed). "MD"
# and "MA" after a place's comma ("Boston, MA") are states: cut too, the speaker is before them.
_DEGREES: Final = frozenset("""
PhD Ph.D DPhil MBA MD M.D JD J.D MSc M.Sc MPH MA M.A BSc DDS DMD DVM RN PharmD Pharm.D
Esq Esq. EdD Ed.D PsyD CPA CFA OBE MBE CBE KC QC FRCP FRCS FACS
""".split())
_MOST_DEGREES: Final = 3
# Honours written right after a name with no comma ("Patrick Alderton QC", "Ann Lee MBE"), and (s63)
# the seats UK copy writes so ("Jess Phillips MP", "Ann Lee MSP"): a title, no part of the name.
_SEATS: Final = frozenset("MP MEP MSP MLA".split())
_HONOURS: Final = frozenset("QC KC MBE OBE CBE".split()) | _SEATS
# Job nouns of trade copy written before "of" and not in the title list ("Head of Sales",
# "Founder of Acme", "Editor of Harbor Living"): each is rarely a surname alone.
_JOBS_BEFORE_OF: Final = frozenset("""
head founder cofounder co-founder manager editor publisher producer curator owner principal lead
designer architect engineer analyst strategist
""".split())


def is_degree(tok: str) -> bool:
    """A degree or honour written after a name ("PhD", "Ph.D.", "MBA,"), not a name word."""
    return tok.rstrip(".,’'") in _DEGREES or tok.rstrip(",’'") in _DEGREES


def without_degrees(toks: list[str]) -> list[str]:
    """``toks`` (a mention split with its commas as tokens) without the degrees after the name
    at its end: "Jo Roe , PhD" -> "Jo Roe" (at most three, each after a comma; a name of two
    words at least stays before them)."""
    end = len(toks)
    for _ in range(_MOST_DEGREES):
        if end >= 4 and toks[end - 2] == "," and is_degree(toks[end - 1]) and toks[end - 3][:1].isupper():
            end -= 2
        elif end >= 3 and toks[end - 1].rstrip(".,") in _HONOURS and toks[end - 2][:1].isupper() and \
                toks[end - 3][:1].isupper() and not (toks[end - 1] in _SEATS and _seat_title(toks[:end - 1])):
            end -= 1  # "Judge Patrick Alderton QC": an honour with no comma (s55)
        else:
            break
    return toks[:end]


def _seat_title(before: list[str]) -> bool:
    """Whether the words before a seat open on an article or a title, the seat's own description
    and a party (s63): "The Conservative MP", "Former Labour MP"; not "Jess Phillips MP", "Sir Tom Hale MP"."""
    return len(before) <= 2 and (trim(before[0]) in ("the", "a", "an") or trim(before[0]) in TITLES
                                 or trim(before[0]) in ROLE_WORDS)


def plural_owner(tok: str) -> bool:
    """``tok`` is a capitalized plural possessive, an owner before a name: "Labs'", "Strokes’"."""
    return len(tok) > 3 and tok[:1].isupper() and tok.endswith(("s'", "s’")) and tok[:-1].isalpha()


def job_before_of(best: list[str]) -> bool:
    """The run ``best`` (read before a title's "of" or after a name's comma) ends on a job noun
    the title list lacks: "Head", "Corvane Head", "Founder" ("Head of Sales Priya Nandakumar").
    A closed list: agent endings are surnames too ("Heiserman of the CORE Teachers", "Schumer of
    New York"); and after a given name the word is the surname ("Edith Head of Paramount")."""
    if not best or trim(best[-1]) not in _JOBS_BEFORE_OF or not best[-1][:1].isupper():
        return False
    return len(best) == 1 or not is_first_name(best[-2].rstrip(".,"))


# Departments a job title's "of" names in trade and sport copy ("Head of Sales", "Director of
# Football Operations"): a person's name follows them in the run.
_DEPARTMENTS: Final = frozenset("""
sales marketing communications operations research product products engineering finance strategy
design content development partnerships policy programming news football basketball baseball
hockey production photography events talent technology security legal compliance procurement
""".split())
_MOST_NAME_START: Final = 3  # a given name this far from the end of the last run (an initial between)


def job_title_runs_on(best: list[str], tail: list[str]) -> bool:
    """The job title ``best`` runs on through its "of" words to the name that ends ``tail`` (the
    mention's last run): "Head of Sales Priya Nandakumar", "Founder of Tallbrook Studios Ann Lee".
    Read second (stop 46, read46t): "Head" is a surname as often, after a given name the list
    lacks, an initial or a rank ("Oakes Head of Harbor Living", "J.R. Head of ...", "Dr. Head of
    Mercy Hospital", "Sen. Lead of New Mexico"), where the run after "of" is the employer or the
    place, no name. So the job word opens the run or follows a word that is no title nor
    abbreviation, and the last run holds the department and a person: three words at least, a
    given name among its last words, or a department of a closed list first ("Sales Dana
    Whitlock": the first-name lists leave out names of both sexes), not "Harbor Living", "North
    Harbor Ferries"."""
    if not job_before_of(best) or len(tail) < 3:
        return False
    if len(best) >= 2 and (trim(best[-2]) in TITLES or best[-2].endswith(".") or len(trim(best[-2])) <= 2):
        return False
    return trim(tail[0]) in _DEPARTMENTS or any(is_first_name(t.strip(".,’'")) for t in tail[-_MOST_NAME_START:-1])


_LOOK_BACK: Final = 90  # characters before a name read for its title phrase
_MOST_DEPARTMENT: Final = 4  # capitalized words of a department after "of" at most


def titled_of_before(text: str, pos: int) -> bool:
    """A title and its "of" words end right before ``pos`` (where a name starts): "Secretary of
    State Dana Whitlock", "Senior Director of Corporate Communications Charlie Hale", "Head of
    Sales Priya Nandakumar". Such a title introduces a person, as "Secretary Dana Whitlock" does
    (names.NameIndex._introduced), so a later "she said" can be her. Not "Critics of", nor a
    body's "of" ("the Bank of England Dana ...": "Bank" is no title)."""
    words = text[max(0, pos - _LOOK_BACK):pos].split()
    k = len(words) - 1
    caps = 0
    while k >= 0 and caps < _MOST_DEPARTMENT and words[k][:1].isupper() and words[k][-1] not in ",;:.!?\"”’)":
        k -= 1
        caps += 1
    if caps == 0 or k < 1:
        return False
    if words[k] == "the" and k >= 2:
        k -= 1
    if words[k] not in ("of", "for"):
        return False
    title = words[k - 1]
    if title[-1:] in ",;:.!?\"”’)":
        return False
    low = trim(title)
    return low in TITLES or low in _JOBS_BEFORE_OF
