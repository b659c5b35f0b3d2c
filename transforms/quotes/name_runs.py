"""Names as they stand in a text: the capitalized runs of a stretch (``names_in``,
``names_before``), the words right before a surname, the honorifics that give a gender, a title
before a name, the runs an acronym can spell: the patterns the name index reads an article with."""
from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Final

from newsbeam.transforms.quotes.lexicon import (
    ABBREVIATIONS, ABBREVIATIONS_DE, ACRONYM_FORMS_DE, ACRONYM_TITLES, CUES, FUNCTION_WORDS, GENDERED, LOWER_PARTICLES,
    ORG_HEADS, PARTICLES, PLACE_WORDS, PRONOUNS, ROLE_WORDS, TITLES)
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.opening_adjunct import opening_words
from newsbeam.transforms.quotes.tokens import strip_possessive, trim


def given_name_like(word: str) -> bool:
    """A word that can stand before a surname as a given name: "Matthew" (Prince), not a title,
    a role, an abbreviation ("U.S." President) or a place word."""
    low = trim(word)
    return word[:1].isupper() and word[1:2].islower() and "." not in word and low not in TITLES \
        and low not in ROLE_WORDS and low not in FUNCTION_WORDS and low not in PLACE_WORDS


def word_then_capitalized(text: str, word: str) -> Iterator[tuple[int, str]]:
    r"""(start, following word) where ``word`` stands before spaces (no line break) and a
    capitalized word: the matches of ``re.escape(word) + r"[^\S\n]+([A-Z][\w'’\-]+)"`` as
    ``finditer`` gives them, found with ``str.find`` (a pattern compiled per word cost more than
    the scan: one compile per one-word speaker of every article)."""
    size, n = len(word), len(text)
    pos = text.find(word)
    while pos >= 0:
        j = k = pos + size
        while j < n and text[j] != "\n" and text[j].isspace():
            j += 1
        if j > k and j + 1 < n and "A" <= text[j] <= "Z":
            e = j + 1
            while e < n and (text[e].isalnum() or text[e] in "_'’-"):
                e += 1
            if e > j + 1:
                yield pos, text[j:e]
                pos = text.find(word, e)
                continue
        pos = text.find(word, pos + 1)


# A run of capitalized words, "of"/"for"/"and"/"the" allowed between them (at most eight words),
# starting at a word's start only (a start inside a long word would make a scan quadratic).
CAP_RUN: Final = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*+(?:[^\S\n]++(?:(?:of|for|and|the)[^\S\n]++)?+[A-Z][\w’'\-]*+){1,7}")
# What follows a person's name where a report introduces them: ", a nurse", ", 45,", ", who",
# ", Iran’s ... laureate".
INTRODUCED_BY: Final = re.compile(r",[^\S\n]+(?:an?|the|one|who|whose|aged|\d+|[A-Z][\w.\-]*['’]s)\b")
# Nouns of things an appositive may describe ("the Acme Pro, a device that ...", "Nova, the
# company's new app,"): a thing's name, not a person introduced (stop 53).
_THINGS: Final = frozenset("""device product app application phone smartphone tablet laptop computer car vehicle
truck model film movie documentary book novel album song single show series game drug vaccine brand platform
tool system service website site magazine newspaper bill law project ship vessel satellite rocket aircraft
plane jet program programme software chip robot company firm startup party band fund index report study
survey festival event award prize hotel restaurant building bridge tower city town village country region
river lake island mountain""".split())
_APPOSED_WORDS: Final = 4  # words of an appositive read for a thing's noun


def introduced_by(text: str, end: int) -> bool:
    """``INTRODUCED_BY`` matches right after a name ending at ``end``, unless its appositive is
    a thing ("Acme Pro, a device that …")."""
    m = INTRODUCED_BY.match(text, end)
    if m is None:
        return False
    head = ""
    for word in text[m.end():m.end() + 60].split()[:_APPOSED_WORDS]:
        low = word.strip(",.;:()").lower()
        if low in ("that", "which", "who", "of", "for", "in", "at", "with"):
            break
        if not low.endswith(("’s", "'s")):  # ("Ann Lee, the company’s founder": the possessor, not the head)
            head = low
        if word[-1:] in ",.;:":
            break
    return head not in _THINGS


# ", CEO of the Fostering Network,", ", director of research at ...": a title appositive.
_TITLE_APPOSITIVE: Final = re.compile(r",[^\S\n]+([^\W\d_][\w\-]{1,20})[^\S\n]+(?:of|at|for)\b")


def titled_after(text: str, end: int) -> bool:
    """A title or role word and "of", "at" or "for" right after the name and a comma (English)."""
    m = _TITLE_APPOSITIVE.match(text, end)
    return m is not None and current_language().code == "en" and \
        (m.group(1).lower() in TITLES or m.group(1).lower() in ROLE_WORDS)


# The capitalized words (and initials, particles) right before a surname: "Donald J. " Trump.
_NAME_WORD: Final = re.compile(r"(?=[^\W\d_])(?:[\w'’\-]+\.?|(?:\w\.)+)$")


def word_start(text: str, end: int) -> int:
    """Where the word (of at most 40 characters) ending at ``end`` starts: after a space, or
    after a line break."""
    lo = end - 40 if end > 40 else 0
    return max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1


def _name_words_before(text: str, pos: int) -> list[str]:
    """The capitalized words (initials, titles, particles) right before ``pos``, at most four:
    "Donald J. " before "Trump". A word with a full stop ends the run unless it abbreviates."""
    if pos < 2 or not text[pos - 1].isspace():
        return []
    # Most mentions follow a lowercase word or punctuation: nothing to collect.
    before = word_start(text, pos - 1)
    if not text[before:before + 1].isupper() and text[before:pos - 1] not in PARTICLES and \
            text[before:pos - 1] not in LOWER_PARTICLES:
        return []
    return name_words_ending(text, pos)


@functools.lru_cache(maxsize=1 << 16)
def _name_word_kind(word: str, german: bool) -> int:
    """1 for a word that can be part of a name before a surname (capitalized, an initial, an
    abbreviated title), 2 for a lowercase particle ("de", "van"), else 0."""
    low = word.lower()
    if low[:1] == "(" and low[-1:] == ")" and low[1:-1] in PARTICLES:
        return 2  # "Lotte (von) Tobisch-Labotyn": a particle the article puts in parentheses
    if word[:1].isupper() and _NAME_WORD.match(word) and (
            "." not in word[:-1] or len(word) <= 5) and not (
            word.endswith(".") and len(word) > 2 and (low[:-1] not in (ABBREVIATIONS_DE if german else ABBREVIATIONS) or
                                   word[:-1].isupper() and low[:-1] in ACRONYM_FORMS_DE) and "." not in word[:-1]):
        return 1
    return 2 if low in PARTICLES or word in LOWER_PARTICLES else 0


# Portuguese's particle "das" ("Maria das Dores") is German's neuter article: in German text it
# joins no name ("Grad das Modell" is no person's name; the index took "Modell" for a surname).
GERMAN_PARTICLES: Final = PARTICLES - {"das"}


def name_particle(word: str, german: bool) -> bool:
    """Whether ``word`` may join a name as its lowercase particle ("de", "van", "de los"), in
    German text or not."""
    return word in (GERMAN_PARTICLES if german else PARTICLES) or word in LOWER_PARTICLES
# German particles that are also the preposition "of"/"by": a name has no given name between
# one and the surname ("Otto von Bismarck"), so "Texte von Claas Relotius" is Claas Relotius.
_OF_PARTICLES: Final = frozenset(["von", "vom"])
_ARTICLES_BEFORE_NOUN: Final = frozenset("der die das den dem des ein eine einer eines einem einen seine seiner ihre ihrer".split())


def name_words_ending(text: str, pos: int) -> list[str]:
    """The work of ``_name_words_before`` once its quick checks have passed. A name never
    runs over a paragraph break: a surname that starts a paragraph has no words before it, and
    a paragraph's first words can start a name but never the previous paragraph's last ones."""
    out: list[str] = []
    if pos < 1 or text[pos - 1] != " ":
        return out
    german = current_language().code == "de"
    # At most four words are taken and a fifth ends the loop unread, so the last six pieces
    # of the split are enough.
    for word in reversed(text[max(0, pos - 70):pos].rsplit(" ", 5)[:-1]):
        if len(out) == 4 or not word:
            break
        starts_line = "\n" in word
        if starts_line:
            word = word.rsplit("\n", 1)[1]
        kind = _name_word_kind(word, german) if word else 0
        if kind == 2 and word not in GERMAN_PARTICLES and word in PARTICLES and current_language().code == "de":
            kind = 0  # "bis zu einem gewissen Grad das Modell": German's article, no name's particle
        if kind == 2 and word in _OF_PARTICLES and any(w[:1].isupper() for w in out):
            break  # "Texte von Claas" Relotius: "von" before a first name and surname is "by"
        if kind:
            out.append(word)  # a particle right before the surname too: "Laurence des" Cars
        if kind == 0 or starts_line:
            if kind == 0 and word.lower() in _ARTICLES_BEFORE_NOUN and any(w in _OF_PARTICLES for w in out):
                # "eine Mail von" Relotius: an article before the word before "von" makes it a
                # noun ("Mail"), not a given name ("Kanzler Otto von" Bismarck).
                del out[next(k for k, w in enumerate(out) if w in _OF_PARTICLES):]
            break
    out.reverse()
    while out and (out[0].lower().strip("()") in PARTICLES or out[0] in LOWER_PARTICLES):
        out.pop(0)
    return out


def _word_alternatives(words: Iterable[str]) -> str:
    """``\b(?:w1|w2|...)`` for words that start with a word character, written so that each
    alternative starts with a literal (the ``\b`` becomes a look-behind after the first
    letter): the regex engine then skips straight to the possible first letters."""
    # The alternatives are grouped by their first letter, in their order within each group:
    # where a letter stands only its group is tried (the engine tried every alternative at every
    # capital), and no two groups can match at one place, so the matches are the same.
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(re.escape(first) + r"(?<!\w.)(?:" + "|".join(rests) + ")" for first, rests in groups.items())


_HONORIFIC: Final = re.compile("(" + _word_alternatives(
    "Mr Mrs Ms Miss Sir Dame Lady Lord spokesman spokeswoman congressman congresswoman chairman "
    "chairwoman businessman businesswoman".split()) + r")\.?\s+")
# \b[A-Z][\w'’\-]+...: the word boundary checked after the capital.
PERSON_RUN: Final = re.compile(r"[A-Z](?<!\w.)[\w'’\-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w'’\-]+)*")
# The same matches from patterns that each start with a literal (the \b becomes a look-behind
# after the literal), which the regex engine finds far faster than a leading character class:
# honorifics runs them all and merges their matches by offset. (Matches never overlap: each
# starts on a word boundary and ends in spaces.)
_HONORIFIC_PARTS: Final = tuple(re.compile(pattern) for pattern in (
    r"(M(?<!\w.)(?:r|rs|s|iss))\.?\s+",
    r"(Sir(?<!\w...))\.?\s+",
    r"(Dame(?<!\w....))\.?\s+",
    r"(L(?<!\w.)(?:ady|ord))\.?\s+",
    r"(spokes(?<!\w.{6})(?:man|woman))\.?\s+",
    r"(congress(?<!\w.{8})(?:man|woman))\.?\s+",
    r"(chair(?<!\w.{5})(?:man|woman))\.?\s+",
    r"(business(?<!\w.{8})(?:man|woman))\.?\s+",
))


def honorifics(text: str) -> list[re.Match[str]]:
    """``list(_HONORIFIC.finditer(text))``, found faster."""
    found: list[re.Match[str]] = []
    for pattern in _HONORIFIC_PARTS:
        found.extend(pattern.finditer(text))
    if len(found) > 1:
        found.sort(key=_MATCH_START)
    return found


_MATCH_START: Final = operator.methodcaller("start")


# French honorifics, read in French articles only: "M. Roy" (with its period: "M" alone is an
# initial), "Mme Roy", "Mlle Roy". News names most people so on second mention ("M. Legault a
# répondu … « … », a-t-il déclaré"): without them "il" found no one where "Mr. Roy" finds him.
_HONORIFIC_FR: Final = re.compile(r"(?<![\w.])(M\.|Mme|Mlle)\.?[^\S\n]{1,3}")
_GENDERED_FR: Final = {"M.": "m", "Mme": "f", "Mlle": "f"}


def honorific_genders(texts: list[str]) -> dict[str, str]:
    """{word: "m" or "f"}: every word of a name after "Mr.", "Ms.", "spokeswoman" ... takes that
    gender (the first one the article gives), in one pass over the texts; in a French article,
    after "M.", "Mme" and "Mlle" too."""
    genders: dict[str, str] = {}
    french = current_language().code == "fr"
    for text in texts:
        for m in honorifics(text):
            run = PERSON_RUN.match(text, m.end())
            if run:
                gender = GENDERED[m.group(1).lower().rstrip(".")]
                for word in run.group().split():
                    genders.setdefault(strip_possessive(word), gender)
        for m in _HONORIFIC_FR.finditer(text) if french else ():
            run = PERSON_RUN.match(text, m.end())
            if run:
                for word in run.group().split():
                    genders.setdefault(strip_possessive(word), _GENDERED_FR[m.group(1)])
    return genders


_BACK_CHUNK: Final = 2_000  # characters scanned at a time, going back from ``hi``


def _runs_before(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``reversed(list(PERSON_RUN.finditer(text, lo, hi)))``, scanned back a piece at a time: a
    reader that stops at its 40th run (``sole_person``) does not scan 12,000 characters for each
    quote. A piece's scan may start inside a run that began before it, so its first match may be
    only that run's end: it is left to the next piece, which ends where that match ends (the
    run's true end) and finds the run whole, or again only in part. Every later match is the
    whole scan's (both go on from the same end). A piece with no match leaves its end as it was
    (a run may cross its start inside a word)."""
    top = start = hi
    while True:
        start = max(lo, start - _BACK_CHUNK)
        found = list(PERSON_RUN.finditer(text, start, top))
        if start == lo:
            yield from reversed(found)  # the whole scan starts at ``lo`` too
            return
        if found:
            yield from reversed(found[1:])
            top = found[0].end()


def names_before(text: str, lo: int, hi: int) -> Iterator[tuple[str, int]]:
    """``reversed(names_in(text, lo, hi))``, each run worked out only when it is reached."""
    for m in _runs_before(text, lo, hi):
        words = m.group().split()
        while len(words) > 1 and (trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in CUES
                                  or trim(words[0]) in PRONOUNS):
            words.pop(0)
        words = words[opening_words(words):]  # "Devant Michel Darras": the article's own prepositions
        if words:
            yield " ".join(words), m.end()


def names_in(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Capitalized runs in ``text[lo:hi]`` with their end offsets, in order, sentence-initial
    function words dropped."""
    out = []
    for m in PERSON_RUN.finditer(text, lo, hi):
        words = m.group().split()
        while len(words) > 1 and (trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in CUES
                                  or trim(words[0]) in PRONOUNS):
            words.pop(0)
        words = words[opening_words(words):]  # "Devant Michel Darras": the article's own prepositions
        if words:
            out.append((" ".join(words), m.end()))
    return out


# A capitalized word, its possessive left out ("Trump" in "Trump’s").
CAP_WORD: Final = re.compile(r"[A-Z](?<![\w'’\-].)[\w\-]*(?:['’](?!s\b)[\w\-]+)*")
TITLE_NAME: Final = re.compile(
    r"(" + _word_alternatives(sorted((t.capitalize() for t in TITLES if len(t) > 2), key=len, reverse=True))
    + r")\.?[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,2}[A-Z][\w'’\-]+)")
# A title in capitals before a name: "Labour MP Ann Lee", "Acme CEO Tom Hale" (s62).
_ACRONYM_NAME: Final = re.compile(
    r"\b(" + "|".join(sorted(t.upper() for t in ACRONYM_TITLES))
    + r")[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,2}[A-Z][\w'’\-]+)")


def titled_names(text: str) -> list[re.Match[str]]:
    """The titles and names of ``text`` in order (group 1 the title, group 2 the name): ``TITLE_NAME``'s,
    none with an organisation's head in the name ("Admiral Group"), and a title in capitals before a
    person's name: two words or more, the first a first name, none a title, a function word, a place
    or a sentence's end ("MP Materials", "MP Chief Minister Mohan Yadav", "CEO Of The Year", "the CEO
    Summit Europe" name no one; s62)."""
    found = [m for m in TITLE_NAME.finditer(text) if not any(trim(w) in ORG_HEADS for w in m.group(2).split())]
    for m in _ACRONYM_NAME.finditer(text):
        words = m.group(2).split()
        if len(words) >= 2 and is_first_name(words[0]) and not any(
                trim(w) in TITLES or trim(w) in FUNCTION_WORDS or trim(w) in PLACE_WORDS or trim(w) in ORG_HEADS
                or w.endswith(".") and len(w) > 2 for w in words):
            found.append(m)
    return sorted(found, key=lambda m: m.start())
