"""A capitalized job title the title lists lack, before a full name: "Sales Manager Tom Hale",
"Senate Minority Whip Dick Durbin", "Maricopa County Recorder Helen Purcell", "House Republican
Thomas Massie", "Public Advocate Trish James". English news (trade press, local papers, political
reporting in title case) writes any job before a name in capitals; a closed list of titles cannot
hold them all, and the whole run became the speaker (issue 16, failure 2: "long titles left
inside the name"; stop 45: 44 quotes of the golden corpora, and every trade-press job title).

The shape, read on a run of capitalized words that ends on a name: a word that is a known given
name (``first_names``), with one or two name words after it (an initial, a particle or a suffix
adds one), right after a word that is no given name and reads as a job: a title or role word of
the lexicon, a word with an agent's ending ("Manager", "Recorder", "Winemaker", "Councilor",
"Assemblywoman", "Republican"), one of a few job nouns without one ("Whip", "Advocate", "Lead",
"Architect", "Democrat", "Executive"), a hyphenated title ("President-elect") or origin
("Korean-born", "Ohio-based"). The name is
the given name and what follows. A run whose word before the given name is another name ("Te
Kaurinui Robert Parata", "Amjad Hossein Panahi") is left whole. Pure function on a name's words.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import ORG_HEADS, PARTICLES, ROLE_WORDS, SUFFIXES, TITLES
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.tokens import trim

# Endings of English agent nouns that name a job ("manager", "recorder", "councilor",
# "assemblywoman", "historian", "economist", "consultant", "attendant", "trustee").
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "eur")
# Job nouns without such an ending.
_JOB_WORDS: Final = frozenset("""whip advocate lead architect democrat republican executive chef
head coach pastor principal curator owner ambassador envoy delegate diplomat judge clerk
chief captain analyst economist nominee candidate hopeful aide adviser advisor
treasurer auditor editor reporter
striker defender midfielder goalkeeper winger founder cofounder co-founder developer designer
producer photographer researcher lecturer teacher farmer winemaker engineer programmer
supervisor organizer organiser volunteer investor""".split())  # (these cut at a run's opening too)
# Words with an agent's ending that are mostly names or no job ("Walker", "Parker", "Taylor").
_NOT_JOBS: Final = frozenset("""walker parker taylor baker carter turner cooper porter fisher
hunter miller potter tucker archer butler palmer spencer foster dexter tyler connor oliver
homer luther victor hector grover chester webster lester forrester mercer""".split())
# Endings that make a job of a word opening the run (nothing before it): "Assemblywoman Claudia
# Tenney", "Economist Ann Lee". Other endings there are as often a given name the lists lack:
# "Innocent John Okafor", "Jesper Lars Nielsen", "Chandler Mary Jones" (read45names).
_OPENING_ENDINGS: Final = ("man", "woman", "person", "ist")
# Honorifics after which a word is the person's given name ("Pastor Innocent John Okafor").
_HONORIFICS: Final = frozenset("""mr mrs ms miss dr rev reverend pastor father bishop sir dame prof
professor imam rabbi sheikh""".split())
_MOST_AFTER: Final = 3  # name words after the given name at most (an initial, a particle)


def _job_word(word: str, opening: bool = False) -> bool:
    """``word`` (capitalized, before a given name) reads as a job title; ``opening``: nothing
    but an honorific stands before it in the run, where an agent's ending alone makes a job of
    ``_OPENING_ENDINGS`` only."""
    low = trim(word)
    if not word[:1].isupper() or low in _NOT_JOBS or is_first_name(word.rstrip(".,")):
        return False
    if low in TITLES or low in ROLE_WORDS or low in _JOB_WORDS:
        return True
    if low.endswith(("-born", "-based")):
        return True  # "South Korean-born Monte Haines": where the person is from, before the name
    parts = low.split("-")
    if len(parts) >= 2 and any(p in TITLES or p in ROLE_WORDS for p in parts):
        return True  # "President-elect", "Secretary-Treasurer"
    return low.isalpha() and len(low) >= 5 and low.endswith(_OPENING_ENDINGS if opening else _AGENT_ENDINGS)


def _plain_name(words: list[str]) -> bool:
    """Two words that read as a given name and a surname ("Jamie Cole"): capitalized, letters
    only, no title, role, function or place word, the last no body's head ("Start Program")."""
    return all(w.isalpha() and given_name_like(w) for w in words) and trim(words[-1]) not in ORG_HEADS


def listed_job(word: str) -> bool:
    """``word`` is one of the job nouns listed here that carry no title's ending ("Defender",
    "Striker", "Curator")."""
    return trim(word) in _JOB_WORDS


def job_word(word: str) -> bool:
    """``word`` (capitalized) reads as a job title ("Manager", "Developer", "Whip")."""
    return _job_word(word)


def after_job_title(words: list[str]) -> list[str]:
    """``words`` (a run of capitalized words ending on a name) from the given name that follows
    a job title ("Sales Manager Tom Hale" -> "Tom Hale"), else unchanged. Whether a title was cut
    before ``words`` or not, the first word is a job by the strict endings only (read45last)."""
    if len(words) < 3:
        return words
    for j in range(max(1, len(words) - 1 - _MOST_AFTER), len(words) - 1):
        # (right after a title cut already, as at the run's opening, an agent's ending alone is as
        # often a given name the lists lack: "Judge Christian Michael Dorsey", read45last)
        opening = j == 1 or j == 2 and trim(words[0]) in _HONORIFICS
        if j == 1 and len(words) == 3 and trim(words[0]) in _JOB_WORDS and _plain_name(words[1:]):
            return words[1:]  # "Defender Jamie Cole": a listed job, then two name words (s54)
        if not is_first_name(words[j].rstrip(".,")) or not _job_word(words[j - 1], opening):
            continue
        tail = words[j + 1:]
        if any(not (w[:1].isupper() or trim(w) in PARTICLES) for w in tail):
            continue
        if len(tail) == 1 or len(tail) == 2 and (len(trim(tail[0])) == 1 or trim(tail[0]) in PARTICLES
                                                 or trim(tail[1]) in SUFFIXES):
            return words[j:]
    return words
