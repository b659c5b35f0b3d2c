"""A body referred to by the word the article introduced it with: "email security startup Agari
... what the company calls", "the Emergency Lawyers, a group monitoring atrocities ... the group
said" (rule ``introduced_body``).

The annotation guide: a description that refers to an organisation the article names is that
organisation. ``named_bodies`` reads a body whose name carries the kind's word ("Foreign
Ministry"), ``speaking_body`` the body quoted just before; a company, a group or an outlet whose
name says nothing of its kind is often introduced once with the kind's word instead, before the
name ("startup Agari", "rights group Emergency Lawyers") or in an appositive after it ("Agari, a
startup", "Emergency Lawyers, a group monitoring ..."). "the" and that kind's word (or a word a
writer uses for the same kind: "the company" for a startup) is that body when the article
introduced exactly one body of that kind so in the stretch read before the quote, and no unnamed
one ("a rights group") came up after it. Two such bodies, or none: null (rather null than a
wrong name). English only; the caller asks only for "the" and one or two lower-case words.
Pure functions, bounded regexes over a bounded window. The kinds' table is read as
``named_bodies`` reads its own (``body_kinds``), the patterns of a kind are compiled when an
article first says "the <kind>" (``pattern_tables``), and every quote of a zone reads each
pattern's matches from one scan of the zone kept on the article's context
(``window_scan.zone_scan``), not from a scan of its own window.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.body_kinds import (NAME_SPACE as _SP, NAME_WORD as _CAP, AlikeKinds, before_calendar,
                                                   one_body, without_opening)
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, PRONOUNS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.pattern_tables import PatternTable
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.window_scan import zone_scan

INTRODUCED_BODY: Final = "introduced_body"
# Kinds a writer calls by one another's word: the words the article may have introduced a body
# with, for each word of a description. Kinds of people ("team", "crew"), of governments and of
# events ("party", "union", "government") are left out: "the party" is as often an evening.
_KINDS: Final = AlikeKinds(g.split(",") for g in (
    "company,firm,startup,start-up,carmaker,automaker,retailer,lender,bank,insurer,airline,chipmaker,studio,developer",
    "group,organization,organisation,charity,nonprofit,non-profit,campaign group,rights group,watchdog",
    "outlet,publication,newspaper,magazine,website,site,news site,network,broadcaster,news agency,daily",
    "think tank,institute,research group",
    "agency,news agency",
))
_READ: Final = 2000  # characters read back from the quote: its passage, not the article
_REACH: Final = 600  # more characters than a match of the patterns below reads (~400 at most)
# A name: capitalized words (an abbreviation, a hyphen inside), "of", "for", "the", "and" between
# them, at most six in all.
_NAME: Final = _CAP + r"(?:" + _SP + r"(?:(?:of|for|the|and|on)" + _SP + r")?" + _CAP + r"){0,5}"


def _kinds_pattern(kind: str) -> str:
    """The alternation of the words for ``kind`` and the kinds alike (each may hold a space),
    longest first."""
    words = _KINDS.of(kind)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=len, reverse=True)) + ")"


# For each kind: the kind's word right before a name ("startup Agari"), a name and an appositive
# on the kind ("Agari, a startup"; group 2: the word after the kind), and an unnamed body of the
# kind ("a rights group").
_BEFORE: Final = PatternTable({kind: r"(?<![\w’'\-])" + _kinds_pattern(kind) + _SP + r"(" + _NAME + r")(?![\w’'])"
                               for kind in _KINDS.words})
_APPOSITIVE: Final = PatternTable({kind: (
    r"(?<![\w’'\-])(" + _NAME + r")," + _SP + r"(?:a|an|the)" + _SP + r"(?:[a-z][\w\-]{0,24}" + _SP + r"){0,3}?" +
    _kinds_pattern(kind) + r"(?![\w’'\-])(?:" + _SP + r"([a-z][a-z\-]{0,25}))?") for kind in _KINDS.words})
_UNNAMED: Final = PatternTable({kind: (
    r"(?<![\w’'\-])(?:[Aa]n?|[Aa]nother)" + _SP + r"(?:[\w\-]{1,25}" + _SP + r"){0,2}?" + _kinds_pattern(kind) +
    r"(?![\w’'\-])(?!," + _SP + _CAP + r")") for kind in _KINDS.words})


def _clean(name: str) -> str | None:
    """``name`` without the function words that open it and a day or month that ends it ("The
    Emergency Lawyers" -> "Emergency Lawyers", "Agari Tuesday" -> "Agari"); None when nothing is
    left or the name holds a title ("CEO Tim Cook": a person)."""
    words = without_opening(name.split())
    if words and trim(words[0]) in FUNCTION_WORDS:
        return None  # nothing but function words
    words = before_calendar(words)
    if not words or any(trim(w) in TITLES for w in words):
        return None
    return " ".join(words)


# A sentence that opens on a place phrase: "In downtown Dorvan, a group marched" names no group.
_PLACE_OPENER: Final = re.compile(r"(?:^|[.!?”\n][^\S\n]{0,3})(?:In|At|On|From|Across|Near|Inside|Outside|Throughout|Around)"
                                  r"[^\S\n][^,.!?\n]{0,80}$")
# A name, not a person's, that spoke: "Bloomberg says", "Forbes reported".
_SPOKE: Final = re.compile(r"(?<![\w’'\-])(" + _NAME + r")" + _SP + r"(?:says|said|reported|reports|announced|wrote|added)\b")


def _appositive_of_name(text: str, at: int) -> bool:
    """Whether the name at ``at`` may take an appositive: not one after a comma ("Baton Rouge,
    Louisiana, a newspaper"), nor the end of a sentence's opening place phrase ("In Dorvan, a
    group marched")."""
    lead = text[max(0, at - 120):at]
    return not lead.rstrip().endswith(",") and _PLACE_OPENER.search(lead) is None


def _other_spoke(ctx: ArticleContext, text: str, lo: int, before: int, fullest: str) -> bool:
    """Whether a body other than ``fullest`` spoke in ``text[lo:before]`` ("... company Theranos
    ... Bloomberg says ... The company says"): "the company" may be that one."""
    for m in zone_scan(ctx, text, _SPOKE, _REACH).finditer(lo, before):
        name = _clean(m.group(1))
        if name and name not in fullest and trim(name) not in FUNCTION_WORDS and trim(name) not in PRONOUNS \
                and not _person(ctx, name) \
                and not ctx.names.is_person(name):
            return True
    return False


def _person(ctx: ArticleContext, name: str) -> bool:
    """Whether ``name`` is someone's: titled so in the article ("Mr. Kemp"), or opening on a
    first name of one sex ("Ann Lee"). Not the article's wider guess from two capitalized words
    ("Emergency Lawyers"): the kind's word says the name is a body's."""
    return ctx.names.titled_gender(name) is not None or first_name_sex(name) is not None


def introduced_body(words: list[str], ctx: ArticleContext, text: str, before: int) -> str | None:
    """The one body ``text`` introduced with the kind ``words`` name ("the", "company") or a
    kind alike, in the ``_READ`` characters before ``before``; None for none, for two, for a
    person's name, or when an unnamed body of the kind ("a rights group") follows the last one."""
    if len(words) not in (2, 3) or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    kind = " ".join(trim(w) for w in words[1:])
    if kind not in _BEFORE:
        return None
    lo = max(0, before - _READ)
    found: list[str] = []
    last = -1
    for pattern in (_BEFORE[kind], _APPOSITIVE[kind]):
        for m in zone_scan(ctx, text, pattern, _REACH).finditer(lo, before):
            name = _clean(m.group(1))
            role = m.group(2) if pattern.groups > 1 else None
            if name is None or _person(ctx, name) or (role and (role in TITLES or role in ROLE_WORDS)):
                continue  # "Ann Lee, a group leader": a person described by the body
            if pattern.groups > 1 and not _appositive_of_name(text, m.start(1)):
                continue  # "In downtown Dorvan, a group marched": no appositive
            found.append(name)
            last = max(last, m.end())
    if not found:
        return None
    if zone_scan(ctx, text, _UNNAMED[kind], _REACH).finditer(last, before):
        return None  # "... a rights group said": an unnamed body of that kind came up since
    body = one_body(found)
    if body is None or _other_spoke(ctx, text, last, before, body):
        return None
    return body
