"""Whose words a participle after a comma leads into ("..., adding, “...”"): the speaker of an
attribution that closes the clause right before it ("..., Ana Ruiz said, adding"), the subject
of a sentence that is only a subordinate clause ("While Trump brushed off the boos, telling
reporters"), the clause's subject before a crowd's noise ("where workers had gathered,
chanting"); and whether a verb opens its clause. Pure functions, used by ``shapes.lead_in``."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import INTRO_WORDS, INVERTED_CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_after, np_before, subject_of
from newsbeam.transforms.quotes.titles import split_title


def verb_first(text: str, lo: int, at: int) -> bool:
    """The verb at ``at`` opens its clause (the sentence, or after a comma, a colon or a quote):
    a name after it is its subject ("Said Ann Lee: “...”"). After a word of the clause's own
    subject, the phrase after the verb is its object ("Peace Now called the measure a “...”")."""
    before = text[lo:at].rstrip()
    return not before or before[-1] in ",;:—–(\"“”‘’'"


SUBORDINATORS: Final = frozenset("while as although though after when".split())


def subordinate_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """"While Trump brushed off the boos, telling reporters “...”": a sentence that is only a
    clause opened by a subordinator and the participle after its one comma has no subject of
    its own; the participle is the clause subject's, when that is a person's name (English)."""
    head = text[lo:at]
    first = head.split(None, 1)
    if current_language().code != "en" or len(first) < 2 or first[0].lower() not in SUBORDINATORS or \
            head.count(",") != 1 or not head.rstrip().endswith(","):
        return None
    subj = subject_of(text, lo + head.index(first[1]), at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    name = split_title(mention) if is_person_like(mention) else ""
    return subj if len(name.split()) >= 2 and not is_org(name) else None


def attribution_before_participle(text: str, lo: int, found_cues: list[Cue],
                                  cue: Cue) -> tuple[int, int] | None:
    """"The two will meet next week, Ana Ruiz said, adding, “...”": a participle right after an
    attribution that closes the clause before it (", Ruiz said,", ", said Ruiz,") is that
    attribution's speaker's, not the sentence subject's (English)."""
    k = found_cues.index(cue) if current_language().code == "en" else 0
    if k == 0:
        return None
    said = found_cues[k - 1]
    if said.word.lower() not in INVERTED_CUES:
        return None
    if verb_first(text, lo, said.s):
        np = np_after(text, said.e + 1, cue.s)  # ", said Ana Ruiz, adding"
        return np if np and text[np[1]:cue.s].strip() == "," else None
    if text[said.e:cue.s].strip() != ",":
        return None
    np = np_before(text, said.s, lo)
    if np is None or text[lo:np[0]].rstrip()[-1:] != ",":
        return None  # "Ruiz said, adding": the sentence's subject, read as before
    return np


# Participles of a crowd's noise. Who chants is the subject of the clause right before the
# participle ("..., where 50 workers had gathered, chanting “…”", "with marchers chanting “…”"),
# not the sentence's (the speaker at the podium, the place the sentence is about).
_NOISES: Final = frozenset("chanting shouting yelling screaming singing cheering jeering booing".split())
_CLAUSE_OPENER: Final = re.compile(r"\b(?:where|when|while|as|which|whom)[^\S\n]")
_WITH: Final = re.compile(r"\bwith[^\S\n]")
_READ: Final = 200  # characters read back from the participle (bounded)
# What ends a clause's subject: an auxiliary, or a verb in "-ed" ("workers had gathered",
# "protesters interrupted"); numbers and "about" may open it ("about 50 workers").
_AUXILIARIES: Final = frozenset("had has have was were is are would will could did".split())
_SUBJECT_OPENERS: Final = frozenset("about some many several dozens hundreds thousands the a an".split())
_MAX_SUBJECT: Final = 6
_PRONOUNS: Final = frozenset("he she they it we i you".split())
_TOKEN: Final = re.compile(r"[^\s,]{1,60}+|,")
_MAX_WITH_WORDS: Final = 6  # "with many marchers and spectators chanting"


def noise_subject(text: str, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The subject of the clause a crowd's-noise participle ends (English): after the last
    subordinator or relative before its comma ("where 50 workers had gathered, chanting"), or
    the few words between "with" and it ("with marchers and spectators chanting"); else None."""
    if cue.word.lower() not in _NOISES or current_language().code != "en":
        return None
    head_lo, at = max(lo, cue.s - _READ), cue.s
    if text[head_lo:at].rstrip().endswith(","):
        opener = None
        for opener in _CLAUSE_OPENER.finditer(text, head_lo, at):
            pass
        if opener is None or text.count(",", opener.end(), at) != 1:
            return None
        subj = _clause_subject(text, opener.end(), text.rfind(",", opener.end(), at))
        # A pronoun there is someone the sentence named already ("Lee confronted Hale as he walked
        # out, shouting"): the sentence's subject shouts; new people in the clause make the noise.
        return None if subj is None or text[subj[0]:subj[1]].lower() in _PRONOUNS else subj
    opener = None
    for opener in _WITH.finditer(text, head_lo, at):
        pass
    if opener is None:
        return None
    spans = [m.span() for m in _TOKEN.finditer(text, opener.end(), at)]
    while spans and text[spans[-1][0]:spans[-1][1]].endswith("ly"):
        spans.pop()  # "with Lee reportedly yelling": the adverb is no part of the subject
    if not 0 < len(spans) <= _MAX_WITH_WORDS or any(not text[s:e].isalpha() for s, e in spans):
        return None
    return spans[0][0], spans[-1][1]


def _clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the words from ``lo`` to the clause's first verb (an auxiliary or a word in
    "-ed"), when they are a plain noun phrase of at most ``_MAX_SUBJECT`` words."""
    spans = [m.span() for m in _TOKEN.finditer(text, lo, hi)][:_MAX_SUBJECT + 1]
    for k, (s, e) in enumerate(spans):
        w = text[s:e]
        if k and w.islower() and (w in _AUXILIARIES or len(w) > 3 and w.endswith("ed")):
            return spans[0][0], spans[k - 1][1]
        if not (w.isalpha() or w.isdigit()) or w.islower() and w in INTRO_WORDS and w not in _SUBJECT_OPENERS:
            return None
    return None
