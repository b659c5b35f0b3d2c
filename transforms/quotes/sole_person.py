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

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.kin_gender import KIN_GENDER
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, KIN, PRONOUNS, ROLE_WORDS
from newsbeam.transforms.quotes.name_runs import names_before
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
        # A person: one the index counts as one, or whose middle initial shows one ("James B.
        # Comey"). A name said once with a first name ("opened by Nora Pell", "analysts at Brody
        # Kemp") may be one: no one is sure, as bare_names has it.
        person = names.is_person(run) or _INITIAL.search(run) is not None
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
