"""Quotes credited to someone the article does not name, and the "he" or "she" after them (rule
``unnamed_speaker_pronoun``).

"“…,” a resident of Dorvan told the Courier. He added that he “…”": the "he" is that resident,
who has no name here, so the quote is null; it is not the last person the article named (shape 1
of issue 16: a new speaker enters unnamed). English only; the words are recorded by
``note_unnamed`` (extract.py, when a quote's explicit mention resolves to no one) and read by
``unnamed_in`` (sentences_before.subject_before, for the sentences before a pronoun). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.antecedents import _unnamed_person
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.kin_gender import KIN_GENDER
from newsbeam.transforms.quotes.lexicon import GENDERED
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new

# A place or group phrase between a subject after a quote and its verb: "...,” an engineer at
# the plant told the Courier", "...,” a nurse at Dorvan Hospital said".
_ADJUNCT: Final = re.compile(r"[^\S\n]{1,3}(?:at|from|in|on|with|of)[^\S\n]{1,3}"
                             r"(?:(?:the|a|an|his|her|its|their|our)[^\S\n]{1,3})?"
                             r"[A-Za-z][\w\-’'.]{0,30}(?:[^\S\n]{1,3}[A-Za-z][\w\-’'.]{0,30}){0,3}[^\S\n]{1,3}")

# Heads of a description that say the person's sex, beyond GENDERED's titles and KIN_GENDER's kin.
_SEXED: Final = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "guy": "m", "lady": "f",
                 "gentleman": "m", "policeman": "m", "policewoman": "f", "fisherman": "m"}


def _sex(mention: str) -> str:
    """"m" or "f" when a word of the description says so ("a spokeswoman", "one woman"), else ""."""
    for word in mention.split()[:6]:
        w = trim(word.strip(",;:")).lower()
        sex = _SEXED.get(w) or GENDERED.get(w) or KIN_GENDER.get(w)
        if sex in ("m", "f"):
            return sex
    return ""


def note_unnamed(ctx: ArticleContext, mention: str | None, open_at: int, close_at: int, kind: str) -> None:
    """Record a quote whose explicit mention is an indefinite description of one person ("a
    resident of Dorvan", "an aide", "one woman") that names no one: the quote's speaker is that
    unnamed person. Only a direct quote, or one by a description that gives the person's sex: a
    few words quoted from someone unnamed ("one questioner claimed that “the forces of …”") may
    be what the named person then answers ("“You’re right, …,” he said"), who the pronoun is."""
    if not mention or len(mention) > 120:
        return
    said = mention.strip().rstrip(",") + " said."
    sex = _sex(mention)
    if (kind == "direct" or sex) and (opens_on_someone_new(said) or _unnamed_person(said, 0, len(said))):
        ctx.unnamed.append((open_at, close_at, sex))


# The unnamed one speaking to a "him" or "her": the pronoun after is the one spoken to ("“Go home!”
# a protester yelled at him. He replied: ...").
_OBJECT: Final = {"m": re.compile(r"(?<![\w’'])him(?![\w’'])"), "f": re.compile(r"(?<![\w’'])her(?![\w’'])")}
# A clause of the sentence whose subject is a name, right after a conjunction: ", as Mayor Tom Reed
# cut the ribbon", "and Reed agreed" (group 1: the name's last word).
_NAMED_CLAUSE: Final = re.compile(r"(?<![\w’'])(?:as|and|while|but|when)[^\S\n]{1,3}"
                                  r"(?:[A-Z][\w’'\-.]{0,30}[^\S\n]{1,3}){0,3}([A-Z][a-z][\w\-]{0,30})[^\S\n]{1,3}[a-z]")
_AFTER_READ: Final = 300  # characters of the sentence read after the unnamed one's quote (bounded)


def _someone_else_after(ctx: ArticleContext, text: str, lo: int, hi: int, gender: str) -> bool:
    """``text[lo:hi]`` (the rest of the sentence after a quote credited to someone unnamed)
    speaks to a "him"/"her" of ``gender``, or names a person the article knows who can be that
    pronoun as the subject of a clause ("..., as Mayor Tom Reed cut the ribbon", "and Reed agreed"): the pronoun after may
    be that person, not the unnamed one."""
    rest = text[lo:min(hi, lo + _AFTER_READ)]
    if gender in _OBJECT and _OBJECT[gender].search(rest):
        return True
    for m in _NAMED_CLAUSE.finditer(rest):
        word = m.group(1)
        if ctx.names.is_person(word) and (ctx.genders.get(word) or ctx.names.gender(word)) in (None, gender):
            return True
    return False


def unnamed_in(ctx: ArticleContext, s_lo: int, hi: int, gender: str, text: str = "") -> bool:
    """The sentence ``text[s_lo:hi]`` holds (or ends) a quote credited to someone unnamed who
    can be the pronoun of ``gender``, and no quote credited to a named person, nor a "him"/"her"
    or a known person after that quote: the pronoun after it is that unnamed one."""
    if any(at < hi and (end < 0 or end >= s_lo) and (s_lo <= at or end >= 0) for at, _, end in ctx.credits):
        return False
    return any(at < hi and end >= s_lo and sex in ("", gender) and not (text and _someone_else_after(ctx, text, end, hi, gender))
               for at, end, sex in ctx.unnamed)


def lowercase_adjunct(between: str) -> bool:
    """``between`` (the words from a subject after a quote to its reporting verb) is only a
    short phrase of place or group ("at the plant", "at Dorvan Hospital"): the subject is the
    verb's, as if nothing stood between (rule ``adjunct_before_verb``): "an engineer" speaks,
    unnamed, not the speaker of the quote before."""
    return len(between) < 60 and _ADJUNCT.fullmatch(between) is not None
