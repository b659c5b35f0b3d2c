"""English lead-ins: a name at the end of a prepositional phrase inside the subject is not who
speaks (issue 16, s59). ``np_before`` reads the last run of capitalized words before the verb, and
``subject_head.widen_to_description`` mends one phrase after a lowercase description ("A lawyer
for Tom Hale said"); the shapes left gave the phrase's place or body as the speaker:

- a name or a title and name, then a place: "Gutierrez in Chicago says:", "Senator Tom Brandt in
  Chicago says:" -> the person;
- phrases stacked, a bracket among them: "the activist of the Autonomous Tenant Union (ATU) in
  Chicago also says:" -> the description (no one named), "Dr. Ana Ruiz at Northwestern University
  in Chicago says:" -> Ana Ruiz;
- a body's voice and a place: "A spokesman in Brussels says:" -> no one named, but "A spokeswoman
  for the Interior Ministry in Berlin said:" -> the ministry, as without "in Berlin";
- a named body and a place: "The European Commission in Brussels said:" -> the Commission;
- "with": "The activist with the Sierra Club says:" -> no one named.

The walk goes back from the mention over at most three phrases (a preposition, a determiner or
two, a capitalized run or a bracket) to the head they hang from, and names it only when the
article shows it is a person (a name it uses for someone, or a first name's run) or a body (an
organisation's word in it); a lowercase head is a description (the whole phrase, null unless
resolved). "of" after a capitalized head that is no person ("the University of Chicago", "Bank of
America") is part of that name: left as found. Pure; bounded (a 160-character window).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import CUES, DETERMINERS, FUNCTION_WORDS, NOMINAL_HEADS, ORG_HEADS, TITLES
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.regions import REGIONS
from newsbeam.transforms.quotes.subject_head import VOICES
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

# Prepositions of place or affiliation that hang a phrase off the subject's head.
_PLACING: Final = frozenset("in at from with of for across near inside outside within".split())
# Of those, the ones that start a walk when the mention follows them right away ("for" alone is
# widen_to_description's and voice_owner's: "A lawyer for Tom Hale", "a spokesman for Acme").
_STARTS: Final = _PLACING - {"for"}
# Past the first phrase, "to" too: "An aide to Gutierrez in Chicago".
_CONTINUES: Final = _PLACING | {"to"}
# A body's voice speaks for the body its first phrase names with these ("a spokesman at Boeing").
_VOICE_LINKS: Final = frozenset("for at with of from in".split())
_PARTICIPLES: Final = frozenset("based located".split())  # "a spokesman based in Brussels"
_PARTICLES: Final = frozenset("de der den van von al bin du da del di dos".split())  # "Ursula von der Leyen"
# Words of a body's name beside the lexicon's ORG_HEADS ("The Chicago Housing Authority").
_BODY_WORDS: Final = ORG_HEADS | frozenset("""authority trust club federation society assembly parliament
    government embassy secretariat directorate agency institution""".split())
# A city and its state or country: "Worcester, Massachusetts", "Cork, Ireland".
_PLACE_PAIR: Final = re.compile(r"[A-Z][\w.’'-]{0,30}(?: [A-Z][\w.’'-]{0,30}){0,2}, [A-Z][\w.’'-]{0,30}(?: [A-Z][\w.’'-]{0,30}){0,2}")
_ACRONYM: Final = re.compile(r"[A-Z]{2,5}")
# First words of places of two words or more: "New York", "North Carolina", "Hong Kong".
_PLACE_OPENERS: Final = frozenset("""New North South East West United Hong San Santa Los Las El La Saint St
    St. Sri Costa Puerto Rio Buenos Cape Great Northern Southern Central Upper Lower Mount Port Fort Sierra""".split())
_WINDOW: Final = 160  # characters before the mention read
_PHRASES_MAX: Final = 3  # prepositional phrases walked back over
_BETWEEN_MAX: Final = 2  # determiners or possessives between a preposition and its object
_BRACKET_MAX: Final = 6  # words inside a bracket skipped ("(R-Texas)", "(ATU)")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:2] in ("d’", "d'") or word in _PARTICLES


def _skippable(word: str) -> bool:
    low = word.lower()
    return low in DETERMINERS or low.endswith(("'s", "’s")) and len(low) > 2


def _cap_run_start(words: list[str], k: int) -> int:
    """The first index of the run of capitalized words (initials and "Dr." among them) ending at ``k``."""
    j = k
    while j - 1 >= 0 and k - j < 5 and _is_cap(words[j - 1]) and not words[j - 1].endswith((",", ";", ":")) \
            and words[j - 1].lower() not in DETERMINERS:
        j -= 1
    return j


def _walk(words: list[str]) -> tuple[int, int] | None:
    """(head's last index, index of the first preposition after it) walking back from the end
    of ``words`` (the words before the mention) over prepositional phrases; None when the words
    do not end on such a phrase."""
    k = len(words) - 1
    first_prep = -1
    for phrase in range(_PHRASES_MAX):
        skipped = 0
        while k >= 0 and skipped < _BETWEEN_MAX and _skippable(words[k]):
            k -= 1
            skipped += 1
        if k < 0 or words[k] not in (_STARTS if phrase == 0 else _CONTINUES):
            if phrase == 0:
                return None
            break
        first_prep = k
        k -= 1
        if k >= 0 and words[k] in _PARTICIPLES:
            k -= 1  # "a spokesman based in Brussels"
        if k >= 0 and words[k].endswith(")"):  # "(ATU) in Chicago": past the bracket
            j = k
            while j >= 0 and k - j < _BRACKET_MAX and not words[j].startswith("("):
                j -= 1
            if j < 0 or not words[j].startswith("("):
                return None
            k = j - 1
        if k < 0:
            return None
        # Another phrase's object before this one ("at Northwestern University in Chicago", "at
        # the rally in Chicago", "An aide to Gutierrez in Chicago")?
        j = _cap_run_start(words, k) if _is_cap(words[k]) else k
        b = j - 1
        skipped = 0
        while b >= 0 and skipped < _BETWEEN_MAX and _skippable(words[b]):
            b -= 1
            skipped += 1
        if b >= 0 and words[b] in _CONTINUES and (_is_cap(words[k]) or skipped) and \
                words[k].isalpha():
            k = j - 1  # (the next round skips the determiners and reads the preposition)
            continue
        break
    return (k, first_prep) if k >= 0 else None


def _offset(text: str, lo: int, at: int, words: list[str], index: int) -> int:
    """The character offset of ``words[index]`` (``words`` = text[lo:at].split())."""
    pos = at
    for w in reversed(words[index:]):
        pos = text.rfind(w, lo, pos)
    return pos


def _set_off_name(second: str, names: NameIndex) -> bool:
    """The words after the comma of a mention "X, Y" are a person's name set off ("Houston, Maria
    Lopez", "Leeds, Joan Smith", "Kharkiv, Olena": a first name given alone), not a place's state or
    country ("Worcester, Massachusetts", "Kent, New York", "Lviv, Ukraine": regions.REGIONS)."""
    words = second.split()
    if not words or words[-1] in REGIONS:
        return False
    if _person(second, names):
        return True
    return words[0] not in _PLACE_OPENERS if len(words) >= 2 else words[0].isalpha()


def _person(run: str, names: NameIndex) -> bool:
    """Whether ``run`` (a title before it set aside) names a person: one the article uses as
    someone's name, or two words or more opening on a one-sex first name; no organisation's word."""
    bare = split_title(run) or run
    if not is_person_like(bare) or any(trim(w) in ORG_HEADS for w in bare.split()):
        return False
    if names.is_person(bare):
        return True
    words = bare.split()
    return len(words) >= 2 and is_first_name(words[0])


def placed_subject(text: str, sent_lo: int, hi: int, found: Finding, names: NameIndex) -> None:
    """Mend ``found`` (an English lead-in's explicit mention) when it is the object of a phrase
    of place or affiliation inside the subject (see the module): the person or body the phrases
    hang from, or the whole description (names no one); ``hi`` is where the quote opens."""
    mention = found.mention.strip()
    if not mention:
        return
    paired = "," in mention  # "Worcester, Massachusetts": a city and its state, or a name set off
    if paired and (not _PLACE_PAIR.fullmatch(mention) or _set_off_name(mention.rsplit(", ", 1)[-1], names)):
        return  # "the Anti-Defamation League, Jonathan Greenblatt", "A teacher in Houston, Maria Lopez": the
        # name set off is the subject
    at = text.rfind(mention, sent_lo, found.cue_at if sent_lo <= found.cue_at <= hi else hi)
    if at < 0:
        return
    lo = max(sent_lo, at - _WINDOW)
    words = text[lo:at].split()
    if not words or not text[lo:at][-1:].isspace():
        return
    walked = _walk(words)
    if walked is None:
        return
    k, prep = walked
    head = words[k]
    end = at + len(mention)
    if _is_cap(head):
        j = _cap_run_start(words, k)
        run = " ".join(words[j:k + 1])
        start = _offset(text, lo, at, words, j)
        if j > 0 and words[j - 1].lower() not in DETERMINERS and words[j - 1].lower() not in ("and", "but") \
                and not words[j - 1].endswith(",") and trim(words[j - 1]).lower() not in NOMINAL_HEADS \
                and trim(words[j - 1]).lower() not in TITLES:
            return  # the run is no subject's start ("told Ann Lee in Chicago"; "Bulls coach Billy Donovan" is)
        if _person(run, names):
            found.mention = text[start:start + len(run)]
            return
        if j == k and head.lower() in NOMINAL_HEADS:
            found.mention = text[start:end]  # "Police in Chicago", "Officials of the ATU in Chicago"
            return
        if words[prep] == "of" and prep == k + 1:
            return  # "the University of Chicago", "Bank of America": one name
        if (any(trim(w).lower() in _BODY_WORDS for w in words[j:k + 1]) or j == k and _ACRONYM.fullmatch(head)) \
                and words[j].lower() not in FUNCTION_WORDS:  # ("The BBC in London", "NASA in Houston")
            found.mention = text[start:start + len(run)]  # "The European Commission in Brussels"
        return
    low = trim(head).lower()
    if not head.isalpha() or low in FUNCTION_WORDS or low in CUES:
        return
    if low in VOICES:
        link = words[prep]
        obj = prep + 1
        while obj < len(words) and _skippable(words[obj]):
            obj += 1
        if link in _VOICE_LINKS and obj < len(words) and _is_cap(words[obj]):
            end_run = obj
            while end_run + 1 < len(words) and not words[end_run].endswith(",") and (_is_cap(words[end_run + 1]) or (
                    words[end_run + 1] in ("of", "and") and end_run + 2 < len(words) and _is_cap(words[end_run + 2]))):
                end_run += 1  # ("for the Bank of England in London", "for the Department of Health")
            body = " ".join(words[obj:end_run + 1])
            if link != "in" or any(trim(w).lower() in _BODY_WORDS for w in body.split()):
                o = _offset(text, lo, at, words, obj)
                found.mention = text[o:o + len(body)].rstrip(",")  # "A spokeswoman for the Interior Ministry in Berlin"
                return
        elif obj >= len(words):
            if link != "in" or any(trim(w).lower() in _BODY_WORDS for w in mention.split()):
                return  # the one phrase: the body after the voice, as found
    if low not in NOMINAL_HEADS and low[:-1] not in NOMINAL_HEADS and low not in VOICES:
        return  # "spoke in Chicago", "a change in Chicago": only nouns of people and bodies
    j = k
    while j > 0 and k - j < 5 and words[j - 1].replace("-", "").isalpha() and (
            words[j - 1].lower() in DETERMINERS or words[j - 1].islower() and words[j - 1] not in FUNCTION_WORDS
            and words[j - 1] not in CUES or _is_cap(words[j - 1])):
        j -= 1
        if words[j].lower() in DETERMINERS:
            break
    start = _offset(text, lo, at, words, j)
    if low in VOICES or paired:  # "A Harlow Bank spokesman in London": the voice, resolved as without the place;
        # "a woman in Worcester, Massachusetts": the comma would read as setting a name off
        found.mention = text[start:_offset(text, lo, at, words, k) + len(head)]
        return
    found.mention = text[start:end]  # a description: no one named
