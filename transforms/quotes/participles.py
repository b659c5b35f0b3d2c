"""Whose words a participle after a comma leads into ("..., adding, “...”"): the speaker of an
attribution that closes the clause right before it ("..., Ana Ruiz said, adding"), the subject
of a sentence that is only a subordinate clause ("While Trump brushed off the boos, telling
reporters"); and whether a verb opens its clause. Pure functions, used by ``shapes.lead_in``."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import INVERTED_CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_after, np_before, subject_of
from newsbeam.transforms.quotes.titles import split_title


def verb_first(text: str, lo: int, at: int) -> bool:
    """The verb at ``at`` opens its clause (the sentence, or after a comma, a colon or a quote):
    a name after it is its subject ("Said Ann Lee: “...”"). After a word of the clause's own
    subject, the phrase after the verb is its object ("Peace Now called the measure a “...”")."""
    before = text[lo:at].rstrip()
    return not before or before[-1] in ",;:—–(\"“”‘’'"


_SUBORDINATORS: Final = frozenset("while as although though after when".split())


def subordinate_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """"While Trump brushed off the boos, telling reporters “...”": a sentence that is only a
    clause opened by a subordinator and the participle after its one comma has no subject of
    its own; the participle is the clause subject's, when that is a person's name (English)."""
    head = text[lo:at]
    first = head.split(None, 1)
    if current_language().code != "en" or len(first) < 2 or first[0].lower() not in _SUBORDINATORS or \
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
