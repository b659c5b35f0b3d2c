"""A named person's claim between an earlier verb and the quote: "Gov. Mike Pence on Thursday
blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama
“founded ISIS,”": the words are the claim's, Trump's, not those of the sentence's subject, who
talks about the claim (s60: PolNeAR train; its twin without "on Thursday" had credited Pence).
One bounded regex over the stretch between the verb and the quote. Pure."""
from __future__ import annotations

import re
from typing import Final

# "out of Donald Trump’s claim that", "rejected Ann Lee's assertion that": a capitalized name's noun
# of saying, the object of a preposition or of a verb that answers it, followed by the clause it
# introduces (the claim as a subject, "said that Rubio's claim that … is “simply not true”", is
# what the subject talks about: PolNeAR train, s60).
_CLAIM: Final = re.compile(
    r"\b(?:of|about|over|on|at|to|from|with|against|by|dismissed|rejected|denied|disputed|mocked|questioned|"
    r"challenged|repeated|echoed)[^\S\n]++([A-Z][\w.\-]{0,30}+(?:[^\S\n]++[A-Z][\w.\-]{0,30}+){0,3})['’]s[^\S\n]++(?:[a-z]+[^\S\n]++)?"
    r"(?:claims?|assertions?|allegations?|contention|insistence|suggestions?|charges?|promises?|warnings?)"
    r"[^\S\n]++that\b")
_READ: Final = 300  # characters between the verb and the quote read (bounded)
# The claim's clause has ended before the quote: a colon, a second "and that" clause, or "as",
# "calling", "saying", "said", "describing", "branding", "dubbing" right before the mark (the
# adversarial reads of s60).
_CLAUSE_ENDED: Final = re.compile(r":|\band[^\S\n]++that\b|\b(?:as|calling|called|saying|said|describing|branding|dubbing)"
                                  r"(?:[^\S\n]++(?:it|them|him|her|the|a|an))?[^\S\n]*+[\"“‘']?[^\S\n]*+$")


def claim_owner_at(text: str, cue_at: int, hi: int) -> int:
    """Where the name that owns a claim starts, when a claim "that …" stands between the verb at
    ``cue_at`` and the quote at ``hi`` (the last such); -1 when none does."""
    if cue_at < 0 or hi - cue_at > _READ:
        return -1
    found = None
    for m in _CLAIM.finditer(text, cue_at, hi):
        found = m
    if found is None or _CLAUSE_ENDED.search(text, found.end(), hi):
        return -1  # "said in response to Hale’s claim that …: “…”", "mocked Hale’s promise … as “…”": the responder's
    return found.start(1)
