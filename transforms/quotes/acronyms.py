"""The name an acronym stands for, where the article writes it out ("AP" -> "Associated
Press", "CAIR" -> "Council on American-Islamic Relations", "UKLFI" -> "UK Lawyers for
Israel"): ``NameIndex.expansion``'s reading. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import ORG_HEADS

# A run of capitalized words an acronym may stand for, with "of", "for", "and", "the", "on",
# "in", "to" and "&" inside ("Council on American-Islamic Relations": s51 added "on" and the
# others; the name index's CAP_RUN keeps its four).
_RUN: Final = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*+(?:[^\S\n]++(?:(?:of|for|and|the|on|in|to|&)"
                         r"[^\S\n]++)?+[A-Z][\w’'\-]*+){1,7}")


def _initials(words: list[str], joining: bool = False) -> str:
    """The letters an acronym takes from ``words``: each capitalized word's (and each part of a
    hyphenated one's) first letter, all the letters of an all-capital word ("UK", s51); with
    ``joining``, the joining words' too ("UK Lawyers for Israel": UKLFI)."""
    return "".join(p if p.isupper() and p.isalpha() else p[0].upper()
                   for w in words if w[0].isupper() or joining and w != "the" for p in w.split("-") if p)


def _a_person(words: list[str]) -> bool:
    """Two words, a first name and a surname ("Anna Park" for AP, "Ed Underwood" for EU): a
    person whose initials an acronym matches by chance (s51, read51). A longer name may be
    written so ("JOH" for Juan Orlando Hernández, "AMLO": quoted_nickname)."""
    return len(words) == 2 and is_first_name(words[0]) and words[-1].lower() not in ORG_HEADS


def spelled_out(texts: list[str], acronym: str) -> str | None:
    """The first run of capitalized words in ``texts`` whose initials spell ``acronym``, or the
    longest stretch of such a run that opens and closes on a capital ("the Associated Press"
    inside "Week Associated Press", "North Atlantic Treaty Organization" inside "… Organization
    in Europe"); None when the article never writes it out."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    defined = "(" + acronym + ")"
    for text in texts:  # "Council on American-Islamic Relations (CAIR)": the name before the parentheses first
        at = text.find(defined)
        while at > 0:
            runs = list(_RUN.finditer(text, max(0, at - 200), at))
            if runs and runs[-1].end() >= at - 1:
                words = runs[-1].group().split()
                for size in range(len(words), 1, -1):
                    part = words[-size:]
                    if part[0][0].isupper() and acronym in (_initials(part), _initials(part, True)):
                        return " ".join(part)
            at = text.find(defined, at + 1)
    for text in texts:
        for m in _RUN.finditer(text):
            words = m.group().split()
            n = len(words)
            for size in range(n, 0, -1):  # (a run holds eight words at most: 36 stretches)
                for k in range(n - size + 1):
                    part = words[k:k + size]
                    if part[0][0].isupper() and part[-1][0].isupper() and part != [acronym] and \
                            acronym in (_initials(part), _initials(part, True)) and not _a_person(part):
                        return " ".join(part)
    return None
