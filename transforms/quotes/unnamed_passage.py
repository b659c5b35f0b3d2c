"""An unnamed speaker's passage goes on (issue 16, shape 1): the "he"/"she" after it is that
unnamed one, not the last person the article named (rule ``unnamed_speaker_pronoun``).

``note_unnamed`` (unnamed_speakers.py) records a quote credited to an indefinite description
("a resident of Dorvan said"). Two more quotes are that unnamed person's, recorded here:

- a quote that goes on from such a quote (rule ``previous_quote``): "“…,” said a shopkeeper.
  “…” ¶ While the police fired, “…,” he said." -- the paragraph's last sentence is inside the
  unnamed one's second quote;
- a quote credited to a definite description of an ordinary person that names no one ("the
  businessman", "the 39-year-old man from Zirab"), which refers back to someone unnamed: a
  description that holds a title or a role ("the minister", "the lawyer") may stand for
  someone named and is left alone.

English only, like ``note_unnamed``. Pure functions over ``ctx.unnamed``.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.lexicon import ONE_PERSON, TITLES
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.unnamed_speakers import _sex as sex_of
from newsbeam.transforms.quotes.antecedents import _unnamed_person
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new

# Heads of a description of an ordinary person: no title nor role the article may have given
# someone by name.
_ORDINARY: Final = ONE_PERSON | frozenset("""
man woman person businessman businesswoman engineer shopkeeper student passenger driver neighbour
neighbor friend mother father pensioner retiree mechanic labourer laborer vendor trader
""".split())
_LINKS: Final = frozenset("from in at of on with who".split())
_OBJECTS: Final = re.compile(r"(?<![\w’'])(?:him|her)(?![\w’'])")
_MARKS: Final = "\"“”«»‘„‹›"  # (‘ opens a British quote; ’ is an apostrophe too)
# "a 40-year-old businessman", "one woman": an indefinite article and up to four words after it.
_INDEFINITE_PHRASE: Final = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)[^\S\n]+((?:[\w‑’'\-]{1,40}[^\S\n]+){0,3}[\w‑’'\-]{1,40})")
_INTRODUCED_READ: Final = 4000  # characters before a description where its person came in
_CUE_AFTER: Final = 120  # characters from a quote's close to its cue after it ("…,” said the …)
_CUE_BEFORE: Final = 300  # characters from a cue before a quote to its open


def ordinary_description(mention: str) -> bool:
    """``mention`` is a definite description of an ordinary person, with no name and no title:
    "the businessman", "the 39-year-old man from Zirab", "the Tehran resident" is not (a
    capitalized word before the head may be a name's)."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    for k, word in enumerate(words[1:5], 1):
        w = trim(word.rstrip(",;:"))
        if w in TITLES or not word[:1].islower():
            return False
        if w in _ORDINARY:
            return k + 1 == len(words) or trim(words[k + 1]) in _LINKS
    return False


def introduced_before(text: str, before: int, mention: str) -> bool:
    """The article brought in an unnamed person with the head of ``mention`` (an ordinary
    description) before: "said a 40-year-old businessman in Tehran" ... "said the businessman".
    Without it, "the businessman" may be an epithet for someone named ("Trump ... the
    businessman replied")."""
    words = mention.split()
    head = next((trim(w) for w in words[1:5] if trim(w) in _ORDINARY), "")
    if not head:
        return False
    lo = max(0, before - _INTRODUCED_READ)
    return any(head in (trim(w) for w in m.group(1).split()) for m in _INDEFINITE_PHRASE.finditer(text, lo, before))


def note_unnamed_more(ctx: ArticleContext, found: Finding, speaker: str | None, attribution: str,
                      open_at: int, close_at: int, kind: str, text: str) -> None:
    """Record the quote at ``open_at``-``close_at`` as an unnamed person's (``ctx.unnamed``)
    when it goes on from one (an inherited direct quote whose cue is the one of the last unnamed
    quote) or is credited to an ordinary description, bringing back someone unnamed."""
    if speaker:
        return
    if attribution == "inherited" and kind == "direct" and ctx.unnamed and found.cue_at >= 0:
        at, end, sex = ctx.unnamed[-1]
        if end <= found.cue_at <= end + _CUE_AFTER or at - _CUE_BEFORE <= found.cue_at < at:
            ctx.unnamed.append((open_at, close_at, sex))
        return
    mention = found.mention
    if attribution != "explicit" or not mention or len(mention) > 120:
        return
    if ordinary_description(mention) and introduced_before(text, open_at, mention):
        ctx.unnamed.append((open_at, close_at, sex_of(mention)))
        return
    aged = _AGE.sub("", mention.strip(), count=1)
    if aged != mention.strip() and (kind == "direct" or sex_of(aged)) and _someone_new(aged):
        # "said a 40-year-old shopkeeper": note_unnamed's reading, past the age
        ctx.unnamed.append((open_at, close_at, sex_of(aged)))


def _someone_new(mention: str) -> bool:
    said = mention.rstrip(",") + " said."
    return opens_on_someone_new(said) or _unnamed_person(said, 0, len(said))


def unnamed_subject(mention: str, sentence: str) -> str | None:
    """"" when ``mention`` (the subject of ``sentence``, before a pronoun, after an opening
    phrase: "In Zirab, a 39-year-old man said that ...") is an indefinite description of one
    person, the one the pronoun stands for, unnamed; else None (no subject to go by: "Several
    leaders"; nor in a sentence that quotes, which the pronoun may answer)."""
    if any(mark in sentence for mark in _MARKS) or _OBJECTS.search(sentence):
        return None  # (or one that speaks to a "him" or "her": the pronoun may be that one)
    before = sentence[:max(0, sentence.find(mention))].split(None, 1)
    if before and before[0].lower() not in _OPENERS:
        return None  # "Ann Lee, a lawyer, ...": an appositive read for the subject, not someone new
    said = mention.strip().rstrip(",") + " said."
    return "" if opens_on_someone_new(said) or _unnamed_person(said, 0, len(said)) else None


_AGE: Final = re.compile(r"(?<=^an )\d{1,3}[‑-]year[‑-]old |(?<=^a )\d{1,3}[‑-]year[‑-]old ")
_OPENING_READ: Final = 80  # characters of an opening phrase before its comma
# Words that open a phrase of place or time ("In Zirab,", "Outside the court,", "Later,"): not
# a name with its appositive ("Ann Lee, a lawyer, ...").
_OPENERS: Final = frozenset("in at on outside inside near across from after before during later earlier "
                            "meanwhile elsewhere nearby there back".split())


def unnamed_after_opening(text: str, lo: int, hi: int) -> bool:
    """The sentence ``text[lo:hi]`` opens on a short phrase and a comma, then on an indefinite
    description of one person ("In the city of Zirab, a 39-year-old man said that ..."): the
    pronoun after it is that new person, as ``_unnamed_person`` reads without the phrase."""
    comma = text.find(",", lo, min(hi, lo + _OPENING_READ))
    opening = text[lo:comma].split(None, 1)
    if comma < 0 or not opening or opening[0].lower() not in _OPENERS:
        return False
    k = comma + 1
    while k < hi and text[k] in " \t":
        k += 1
    if any(mark in text[lo:hi] for mark in _MARKS):
        # "At a forum, one questioner claimed that “…”. “You’re right,” he said.": the one who
        # answers the words quoted may be "he"; an unnamed one's account in the writer's words
        # goes on into the quote after it.
        return False
    if _OBJECTS.search(text, lo, hi):
        return False  # "In the morning, a reporter asked her ...": "she" may be the one asked
    rest = _AGE.sub("", text[k:min(hi, k + _OPENING_READ)], count=1)  # "a 39-year-old man" -> "a man"
    return opens_on_someone_new(rest) or _unnamed_person(rest, 0, len(rest))
