"""The agent of a passive verb of judging or naming speaks the quote (rule ``passive_agent``).

"The plan was described by Ann Lee as “reckless”", "the bid was branded by the mayor, Tom Hale,
as “a stunt”", "the bill was called “a scam” by Ann Lee": the sentence reports that the one
after "by" used those words, so they are that person's, partial (the guide: "When the sentence
does report that a person used the word (`Trump called them “losers”`), it is `partial` with
that person"). An agent who is not named ("described by critics as “…”", "by a spokesman") still
makes the words someone's: partial, null (rather null than wrong).

Why a rule of its own: judged_terms.py reads the passive only with "as" right after the verb
("was described as “…”") and gives the agent only when "by" follows the quote; with the agent
between the verb and "as" the quote fell to the writer's scare quote, and when the sentence's
subject was read first ("The bill was called “a scam” by Ann Lee") the subject (the thing judged)
stood in for the speaker and was then dropped, so the named agent was never credited.

English only. The agent is taken as a name only when it is one: two to five capitalized words
(after a description and a comma, "the mayor, Tom Hale", or before one, "Tom Hale, the mayor"),
or one word the article uses as a person's name; "the Lindqvist Institute" is an organisation
and speaks for itself. Anything else ("critics", "the council", "a senior official") is an
unnamed agent.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.judged_terms import MAX_WORDS, is_judged_term, named_agent
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.names import NameIndex

# The rule's name (--explain).
PASSIVE_AGENT: Final = "passive_agent"

# A passive verb of judging or naming, "by" and its agent, then "as" (and an article) right
# before the quote: "described by Ann Lee as “…”", "was branded by the mayor, Tom Hale, as a “…”".
_AGENT_BEFORE: Final = re.compile(
    r"\b(?:described|characteri[sz]ed|branded|labell?ed|dubbed|termed|denounced|condemned|"
    r"critici[sz]ed|hailed|dismissed|derided|praised|slammed|lambasted|ridiculed|mocked|decried|"
    r"castigated|billed|touted)"
    r"[^\S\n]{1,3}by[^\S\n]{1,3}(?P<agent>[^\n;:!?\"“”‘’«»()]{1,80}?),?[^\S\n]{1,3}"
    r"as[^\S\n]{1,3}(?:(?:an?|the)[^\S\n]{1,3})?$",
    re.IGNORECASE)
# How far before the quote the verb may stand.
_REACH: Final = 140
# Lower-case words that open a description of the agent and are left out of the name
# ("the mayor", "former coach", "critic").
_WORD: Final = re.compile(r"[\w’'.-]+")
_PARTICLES: Final = frozenset("de da del der van von bin al la le di du".split())
# Words that, before the name, make the name another's than the agent's: "by lawyers for Ann Lee",
# "by the wife of Tom Hale", "by the union representing Ann Lee", "by Ann Lee and Tom Hale"
# (read46p: the one who used the words is the head before them, or several people).
_NOT_THE_AGENT: Final = frozenset("""of for at to with from by in on and or nor representing behind against
near under over among including like close backing supporting led run owned""".split())
# A negation right before the passive: "was not described by Ann Lee as “perfect”" (read46p).
_NEGATED: Final = re.compile(r"(?:\bnot|\bnever|n[’']t)[^\S\n]{1,3}(?:(?:been|be)[^\S\n]{1,3})?$", re.IGNORECASE)


def _name_in(part: str, names: NameIndex) -> str | None:
    """The name that ends ``part`` (an agent or one of its comma-separated pieces): its run of
    capitalized words after any lower-case description ("the mayor Tom Hale" -> "Tom Hale"),
    from after a possessive ("the Courier's Tom Hale" -> "Tom Hale")."""
    words: list[str] = _WORD.findall(part)
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or run and word in _PARTICLES:
            run.insert(0, word)
        else:
            break
    while run and run[0] in _PARTICLES:
        run.pop(0)
    for k, word in enumerate(run):
        if word.endswith(("'s", "’s")):
            run = run[k + 1:]
            break
    if run and run[0] in ("The", "A", "An"):
        run = run[1:]
    if not run or len(run) > 5:
        return None
    if len(run) == 1 and not names.is_person(run[0]):
        return None  # "by Reuters", "by Democrats": one word the article does not use as a name
    if any(w.lower() in _NOT_THE_AGENT or w.lower().endswith("ing") for w in words[:len(words) - len(run)]):
        return None  # "lawyers for Ann Lee", "the wife of Tom Hale", "Ann Lee and Tom Hale": not the agent's name
    if len(words) > len(run) + 3:
        return None  # a long phrase ending on a name ("by members of the club led by Ann Lee") is no name
    return " ".join(run)


def agent_name(agent: str, names: NameIndex) -> str:
    """The name of the agent phrase ``agent``, or "" when it names no one."""
    for part in agent.split(","):
        name = _name_in(part.strip(), names)
        if name is not None:
            return name
    return ""


def passive_speaker(text: str, span: Span, quoted: str, lo: int, names: NameIndex) -> str | None:
    """The speaker of a quote that a passive verb of judging or naming gives its agent: the
    agent's name, "" when the agent is not named, None when the sentence (from ``lo``) has no
    such passive."""
    if span.continued or len(quoted.split()) > MAX_WORDS:
        return None
    found = _AGENT_BEFORE.search(text, max(lo, span.open_at - _REACH), span.open_at)
    if found is not None:
        if _NEGATED.search(text, max(lo, found.start() - 20), found.start()):
            return None  # "was not described by Ann Lee as “…”": she did not use the words
        return agent_name(found.group("agent"), names)
    if is_judged_term(text, span, quoted, lo, "en"):
        agent = named_agent(text, span)  # "was called “a scam” by Ann Lee"
        if agent is not None:
            return agent_name(agent, names)
    return None
