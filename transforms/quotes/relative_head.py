"""The named head of a relative clause whose verb is the quote's cue, across an appositive:
"Ruth Kim, a senator who called the bill “…”", "Reed, the group's chief strategist, who added
that …". The relative pronoun stands for the description, and the description for the name the
comma set it beside, so the words are that person's (issue 16, stop 40). A description with no
name before its comma ("a senator who said", "voters who wonder") stays no one: resolution of
the description alone decides it. English only; bounded regular expressions, one look back."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title

_LOOK_BACK: Final = 240  # characters read before the relative pronoun: a name, a comma, a description
_PRONOUN_GAP: Final = 60  # characters between "who" and the cue ("who has since repeatedly called")
_RELATIVE: Final = re.compile(r"\bwho\b")
# "NAME, a|an|the|NAME's DESCRIPTION[,] " right before "who": the description opens with an
# article or a possessive, holds no clause mark, quotation mark or second comma, and the name is a
# run of one to four capitalized words that the comma closes.
_APPOSITIVE: Final = re.compile(
    r"(?<![\w’'.-])((?:[A-Z][\w’'.-]{0,30} ){0,3}[A-Z][\w’'.-]{0,30}),[^\S\n]"
    r"(?:an?|the|[A-Z][\w.-]{0,30}[’']s)[^\S\n][^,;:()“”\"‘\n]{1,80}?,?[^\S\n]$")
# Between "who" and the cue, the relative clause's own words: at most three auxiliaries and
# adverbs ("who has long called", "who publicly called"), never a subject of its own ("who says
# the board called": no); one phrase set off by commas ("who, in a letter to the board,
# called"); or a first verb phrase joined by "and" to the cue, with at most two auxiliaries or
# adverbs after it ("who chairs the panel and has called"; "who met the board and officials
# called": no). An empty mention is a rule that read these words as no phrase at all.
_AUXILIARY: Final = (r"(?:has|have|had|is|was|were|would|will|could|can|may|might|did|does|do|also|later|then|"
                     r"once|often|since|long|never|ever|still|even|first|not|[a-z]{2,15}ly)")
_BETWEEN: Final = re.compile(
    r"(?:[^\S\n]+" + _AUXILIARY + r"){0,3}[^\S\n]+"
    r"|,[^,;:.()“”\"\n]{1,60},[^\S\n]+"
    r"|(?:[^\S\n]+[a-z’']{1,15}){1,8}[^\S\n]+and(?:[^\S\n]+" + _AUXILIARY + r"){0,2}[^\S\n]+")


def relative_head(found_mention: str, text: str, cue_at: int, ctx: ArticleContext) -> str | None:
    """The person named before the appositive that a quote's relative pronoun ("who") stands
    for, when the cue is the relative clause's verb; None otherwise (another language, no "who"
    right before the cue, no name before the description, or a name that is no person's)."""
    if current_language().code != "en" or cue_at < 0 or found_mention.rsplit(None, 1)[-1:] not in (["who"], []):
        return None
    at = -1
    for pronoun in _RELATIVE.finditer(text, max(0, cue_at - _PRONOUN_GAP), cue_at):
        at = pronoun.start()  # the last "who" before the cue
    if at < 0 or not _BETWEEN.fullmatch(text, at + 3, cue_at):
        return None  # the cue is not the relative clause's verb ("who, in 2019, said"; "who said they heard")
    m = _APPOSITIVE.search(text, max(0, at - _LOOK_BACK), at)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]  # "In Dunmore, a fisherman who": the preposition opens no name
    name = split_title(" ".join(words)) if words else ""  # "Senator Ruth Kim": the name, not the title
    if not name or not is_person_like(name):
        return None
    if " " not in name and not ctx.names.is_person(name):
        return None  # one word the article never gives as someone's name: a place, a body
    return ctx.names.fullest_near(name, text, at)
