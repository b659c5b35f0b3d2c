"""The last step of ``resolve.antecedent`` in English: "he" or "she" is the one person of that
sex the zone has named before the quote, when the passage names no one who fits and no one has
been quoted who could be the pronoun. A report that opens on one person ("Ann Lee was charged
on Monday ... The court heard ... She appeared by video link.") refers to her by the pronoun for
paragraphs; the steps before it read only the quote's paragraph and the one before, and the
people credited with quotes, so a pronoun far from the name came out null. Rather null than
wrong: every person named before counts, and the pronoun is theirs only when no other one of
unknown sex or of that sex was named (a second man, a woman whose sex the article never shows:
which one is meant is a guess); a name inside a title or a byline is no person (``is_person``)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.bare_names import PLACE_ENDS
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.kin_gender import KIN_GENDER
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, KIN, PLACE_WORDS, PRONOUNS, ROLE_WORDS
from newsbeam.transforms.quotes.name_runs import names_before
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.unnamed import pronoun_can_name

_WINDOW: Final = 12_000  # characters of the zone read back for the people it names
_PEOPLE_MAX: Final = 40  # capitalized runs looked at, nearest first
_POSSESSIVE_INSIDE: Final = re.compile(r"[’']s[^\S\n]")
_INITIAL: Final = re.compile(r"^[A-Z][a-z]+[^\S\n]+[A-Z]\.[^\S\n]+[A-Z]")  # "James B. Comey"
# Someone unnamed of one sex: a relative by a possessive ("my father", "her sister"), a man or a
# woman, after up to two adjectives ("a 34-year-old woman", "an elderly local man").
_NOUNS: Final = {sex: "|".join(sorted(w for w, g in KIN_GENDER.items() if g == sex)) for sex in ("m", "f")}
_ADJECTIVES_MAX: Final = 2  # words between "a" and "woman"/"man", and between a determiner and a role
_UNNAMED_OF_SEX: Final = {
    sex: re.compile(r"\b(?:(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)[^\S\n]+(?:" + _NOUNS[sex] + r")|[Aa]n?[^\S\n]+"
                    r"(?:[\w\-]{1,30}+[^\S\n]+){0,%d}" % _ADJECTIVES_MAX
                    + ("(?:man|boy)" if sex == "m" else "(?:woman|girl)") + r")\b")
    for sex in ("m", "f")}
# Words of ROLE_WORDS that qualify a role rather than name one ("the former", "the state"), or
# that mostly modify a noun ("the general public", "their student debt").
_QUALIFIERS: Final = frozenset("""
vice presidential press campaign state former deputy assistant acting top senior longtime then
veteran retired head democrat republican independent member star partner fellow general student
""".split())
# Role nouns that say the other sex ("her husband" is no rival of "she").
_OF_SEX: Final = {**{w: "m" for w in ROLE_WORDS if w.endswith("man") and not w.endswith("woman")},
                  **{w: "f" for w in ROLE_WORDS if w.endswith("woman")}, "actress": "f", **KIN_GENDER}
# Someone unnamed of a role: a definite determiner or a possessor, up to two adjectives, then a
# role, a spokesperson or a relative not of the other sex ("His lawyer", "The chairman", "The
# current owner", "the club's lawyer"); one followed by a name is that named person. The pronoun
# may be theirs: which one is meant is a guess. (Indefinite ones, "a student", are mostly generic.)
_UNNAMED_ROLE: Final = {
    sex: re.compile(
        r"\b(?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our|[Ii]ts|[\w\-]{1,30}+[’']s)[^\S\n]+"
        r"(?:[a-z][\w\-]{0,30}+[^\S\n]+){0,%d}(?:%s)\b(?![^\S\n]+[A-Z])" % (_ADJECTIVES_MAX, "|".join(sorted(
            (w for w in (ROLE_WORDS - _QUALIFIERS) | KIN | set(KIN_GENDER) if _OF_SEX.get(w, sex) == sex),
            key=len, reverse=True))))
    for sex in ("m", "f")}
# The found name's own apposition ("Ann Lee, the mayor,", "Ilse Varga, 61,"): read past it.
_APPOSITION: Final = re.compile(r",[^\S\n]+[^,.\n]{1,80},")


# Last words that make a run a place or a thing, not a surname ("Victoria Station", "Dock Road",
# "Virginia Beach"): the first word may still be a first name. (Not the words that are common
# surnames too: Park, Hall, Hill, Day, Lane, House, Church, Court.) Built on bare_names.PLACE_ENDS,
# the place words both lists hold; the rest of bare_names' list stays out (Park, Hill, Day are
# surnames too; the others were never tails here, and adding them would change what is read).
_PLACE_TAILS: Final = PLACE_ENDS | frozenset("""
st rd ave drive boulevard way place gardens garden center centre school college academy
hospital clinic port harbor harbour bay heights county city town village stadium arena cathedral
chapel tower line prize award eve palace mall market
""".split())
_NAME_WORDS_MAX: Final = 3  # "Maria Lopez", "Ana Maria Soto": longer runs are titles or bodies


def place_or_body(full: str) -> bool:
    """Whether the capitalized run ``full`` is a place or a body, not a person, by its words:
    more than three, an organisation's word, a place's first word or last word ("Victoria
    Station", "Georgia State University", "Dock Road", "New Jersey")."""
    words = full.split()
    return len(words) > _NAME_WORDS_MAX or is_org(full) or trim(words[-1]) in _PLACE_TAILS or \
        trim(words[0]) in PLACE_WORDS or any(trim(w) in ORG_HEADS_INTL or trim(w) in PLACE_WORDS_INTL for w in words)


# What may stand between a sentence's end and its first word: spaces, an opening quote mark.
_OPENING: Final = " \t“\"‘'"
# A subject's name is followed by its verb (a lower-case word that is no function word) or by an
# appositive's comma ("Maria Lopez, who runs the shelter, said").
_AFTER_SUBJECT: Final = re.compile(r",|[^\S\n]{1,3}([a-z][a-z\-]{0,30})(?![\w’'])")
# Words after a name that make it part of a longer phrase, not a subject before its verb: "Maria
# Lopez and Sons", "Brody Kemp of Dorvan".
_JOINING: Final = frozenset("and or of at for in on to from with by".split())
_MENTIONS_MAX: Final = 8  # mentions of one name read; a name said more often is no name said once


def _always_subject(text: str, full: str, lo: int, hi: int) -> bool:
    """Whether every mention of ``full`` in ``text[lo:hi]`` opens its sentence as its subject
    ("Maria Lopez runs the shelter.", "Maria Lopez, 34, said"): not after "at", "told", "met"
    or any word of the sentence ("analysts at Brody Kemp", "the union told Ana Ruiz", "Bell met
    Ryan Cole"), not a possessor ("Brody Kemp’s analysts"). A first name's sex makes such a name
    a person of that sex; a name said elsewhere in a sentence may be a firm, a listener, a place."""
    at = text.find(full, lo, hi)
    seen = 0
    while at >= 0:
        seen += 1
        if seen > _MENTIONS_MAX:
            return False
        lead = text[max(lo, at - 40):at].rstrip(_OPENING)
        if lead and lead[-1] not in ".!?\n”\"":
            return False
        after = _AFTER_SUBJECT.match(text, at + len(full))
        if after is None or after.group(1) in _JOINING:
            return False
        at = text.find(full, at + len(full), hi)
    return seen > 0


def sole_person(ctx: ArticleContext, text: str, before: int, gender: str) -> str | None:
    """The fullest name of the only person named in ``text`` before ``before`` (12,000
    characters back) whose sex is ``gender`` or not shown; None when there are two, when someone
    unnamed of that sex or of a role comes after that name ("my father", "a man", "his lawyer",
    "the chairman"), or past 40 capitalized runs
    (a rival may stand further back)."""
    names = ctx.names
    found: str | None = None
    since = before  # where the one found was last named
    for seen, (run, end) in enumerate(names_before(text, max(0, before - _WINDOW), before)):
        if seen >= _PEOPLE_MAX:
            return None
        run = split_title(run) or run
        if run.lower() in PRONOUNS or trim(run) in FUNCTION_WORDS or _POSSESSIVE_INSIDE.search(run):
            continue  # "CIA’s Benghazi": a possessor and its thing, no name
        full = names.fullest(run)
        sex = ctx.genders.get(full) or names.gender(full)
        # A person: one the index counts as one, whose middle initial shows one ("James B.
        # Comey"), or one named once whose first name tells the sex ("Maria Lopez, who runs the
        # shelter"): that name is someone of that sex, a candidate (or a rival). A name said once
        # with a first name of no known sex ("analysts at Brody Kemp") may be one: no one is
        # sure, as bare_names has it.
        person = names.is_person(run) or _INITIAL.search(run) is not None
        if not person and sex is not None:
            if place_or_body(full):
                continue  # "Dock Road", "Victoria Station": no one
            person = names.first_name_sex(full) is not None and \
                _always_subject(text, full, max(0, before - _WINDOW), before)
        if not (person or sex is not None) or not pronoun_can_name(full):
            continue
        if sex not in (None, gender):
            continue  # someone of the other sex: no rival
        if found is not None and found != full or not person:
            return None  # two who could be the pronoun
        if found is None:
            since = end
        found = full
    if found is None:
        return None
    if _UNNAMED_OF_SEX[gender].search(text, since, before):
        return None  # "my father often said": someone unnamed of that sex came after the name
    apposition = _APPOSITION.match(text, since, before)
    if _UNNAMED_ROLE[gender].search(text, apposition.end() if apposition else since, before):
        return None  # "His lawyer asked for a delay.": someone unnamed of a role came after it
    return found
