"""A verb of judging, its object, then "as" and the quote: the subject's words (part of rule ``judged_term``).

"Ortega dismissed the report as “fake news”", "the mayor denounced the move as “illegal”",
"Hale derided the bill as a “giveaway”", "..., repeatedly dismissing them as part of the “old
guard”": the sentence reports that the subject judged the thing with those words, so they are
the subject's (partial, like the guide's ``Trump called them “losers”``), not the writer's term.
judged_terms.py reads these verbs with "as" right after them (the passive: "was dismissed as
“…”", whoever judged); here the object stands between verb and "as", so the verb is active and
its subject is the one right before it.

The verb is one of ``_VERBS`` (any of its forms: "dismissed", "dismisses", "dismissing"); its
object is one to six words with no punctuation, quote mark or clause word ("that", "which")
in them; after "as" may stand an article or "part of the". A passive auxiliary right before the
verb ("was denounced by Lee as") leaves it to judged_terms. The speaker is the noun phrase right
before the verb (``phrases.np_before``: "..., but the Lee campaign rejected the idea as “…”" is
the campaign's, not the sentence's first subject's); a participle ("..., dismissing them as “…”")
or a verb with no noun phrase before it leaves the quote someone's words with no one named (null:
rather null than wrong).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.shapes import finding

# Verbs of judging in the active, in each form, then their object and "as" right before the quote.
_VERBS: Final = re.compile(
    r"\b(?P<verb>dismiss(?:ed|es|ing)?|derid(?:ed|es|ing)|deride|denounc(?:ed|es|ing)|denounce|"
    r"condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing)|critici[sz]e|decr(?:ied|ies|ying|y)|"
    r"lambast(?:ed|s|ing)?|castigat(?:ed|es|ing)|castigate|ridicul(?:ed|es|ing)|ridicule|"
    r"reject(?:ed|s|ing)?|assail(?:ed|s|ing)?|deplor(?:ed|es|ing)|deplore|"
    r"characteri[sz](?:ed|es|ing)|characteri[sz]e|"
    # s56: verbs with a particle ("brushed off the idea as a “false narrative”", "referring to
    # Trump as a “T-Rex”", "wrote off the claim as"), of portraying ("portrayed her as") and
    # "slammed" (not "slams"/"blast": nouns as often);
    # not "laughed off the question as “Hallelujah” rang out" (an "as" of time)
    r"brush(?:ed|es|ing)?[^\S\n]{1,3}+off|"
    r"(?:writ(?:e|es|ing|ten)|wrote)[^\S\n]{1,3}+off|refer(?:red|s|ring)?[^\S\n]{1,3}+to|"
    r"portray(?:ed|s|ing)?|slamm(?:ed|ing))"
    r"(?P<object>(?:[^\S\n]{1,3}+[\w’'-]{1,30}+){1,6}?)"
    r"[^\S\n]{1,3}+as[^\S\n]{1,3}+(?:part[^\S\n]{1,3}+of[^\S\n]{1,3}+)?(?:(?:an?|the)[^\S\n]{1,3}+)?$",
    re.IGNORECASE)
# Words the object never holds: a clause ("that", "which"), a conjunction, a verb of its own, a
# passive's agent ("referred to by locals as": s56).
_NOT_OBJECT: Final = frozenset("that which who whom whose and or but as if when while because was were by "
                               "is are be been being has have had will would said says".split())
# Nouns of portraying in the object: the quoted words are that portrayal's ("rejected Hale's
# depiction of her as “a crook”", "dismissed suggestions of him as “a lame duck”"), not the subject's.
_PORTRAYALS: Final = frozenset("description depiction portrayal characterization characterisation suggestion "
                               "suggestions label labelling labeling branding image descriptions portrayals depictions "
                               "characterizations characterisations labels images".split())
_PASSIVE: Final = frozenset("was were is are be been being".split())
_PASSIVE_ADVERBS: Final = frozenset("also often still again sometimes even widely long now today already then "
                                    "since once".split())
# Words before the verb that deny the judging ("did not dismiss", "nobody ... rejected").
_NEGATIONS: Final = frozenset("not never no nobody none neither nor n't cannot".split())
_NEGATION_REACH: Final = 6  # words read back from the verb for a negation
_QUESTION_REACH: Final = 200  # characters read after the quote for the sentence's end
# Words between a subject's closing comma and its verb ("The senator, after ..., has long rejected").
_SKIPPED: Final = frozenset("has have had also then later long once again swiftly".split())
_SKIP_REACH: Final = 4
_READ_BACK: Final = 120  # characters before the quote: the verb, an object of six words and "as"
# The rule's name in --explain, for a quote credited to the judging verb's subject.
JUDGED_OBJECT: Final = "judged_object"


def judging_verb(text: str, open_at: int, lo: int) -> int:
    """Where the active verb of "VERB OBJECT as “…”" starts (the quote opening at ``open_at``,
    ``lo`` the sentence's start), or -1."""
    found = _VERBS.search(text, max(lo, open_at - _READ_BACK), open_at)
    if found is None or any(w.lower() in _NOT_OBJECT for w in found.group("object").split()):
        return -1
    before = text[max(lo, found.start() - 30):found.start()].split()
    if before and before[-1].lower() in _PASSIVE or \
            len(before) > 1 and (before[-1].lower().endswith("ly") or before[-1].lower() in _PASSIVE_ADVERBS) and \
            before[-2].lower() in _PASSIVE:  # "was swiftly denounced", "is often/also referred to"
        return -1  # "was denounced by Lee as “…”": a passive, judged_terms' shape
    near = text[max(lo, found.start() - 50):found.start()].lower().replace("n’t", " n't").replace("n't", " n't").split()
    if any(w.strip(",;") in _NEGATIONS for w in near[-_NEGATION_REACH:]):
        return -1  # "Lee did not dismiss the idea as “…”": no one judged with those words
    if _asks(text, open_at):
        return -1  # "Will voters reject the levy as “…”?"
    return found.start()


def _asks(text: str, open_at: int) -> bool:
    """Whether the sentence of the quote opening at ``open_at`` ends on a question mark after
    the quote closes."""
    close = -1
    for mark in "”\"":
        k = text.find(mark, open_at + 1, open_at + _QUESTION_REACH)
        if k >= 0 and (close < 0 or k < close):
            close = k
    if close < 0:
        return False
    for k in range(close + 1, min(len(text), close + _QUESTION_REACH)):
        if text[k] in ".!\n":
            return False
        if text[k] == "?":
            return True
    return False


def judging_subject(text: str, lo: int, verb_at: int) -> Finding | None:
    """The subject right before the judging verb (``verb_at`` where it starts), as the speaker
    of the judgement: "..., but the Lee campaign rejected the idea as “…”" is the campaign's,
    not the sentence's first subject; None for a participle ("..., dismissing them as “…”",
    whose subject the sentence does not set beside it) or when no noun phrase stands there."""
    verb = text[verb_at:verb_at + 40].split(None, 1)[0]
    if verb.lower().endswith("ing"):
        return None
    if _portrays(text, verb_at):
        return None  # "dismissed suggestions of him as “…”": someone's words, the portrayal's, not the subject's
    np = np_before(text, verb_at, lo)
    if np is None:
        return None
    return finding(text, np, None, verb, rule=JUDGED_OBJECT)


def portrayal_judged(text: str, open_at: int, lo: int) -> bool:
    """Whether the quote opening at ``open_at`` is the object of a judging verb whose object is
    a portrayal ("Ann Lee dismissed suggestions of him as “a lame duck”"): the portrayal's words,
    someone's, never the sentence subject's (s62: the subject had still been credited)."""
    verb_at = judging_verb(text, open_at, lo)
    return verb_at >= 0 and _portrays(text, verb_at)


def _portrays(text: str, verb_at: int) -> bool:
    """A portrayal "of" someone in the object ("suggestions of him as"); not the thing judged
    ("dismissed the image as “fake”", "her critics’ suggestion as “laughable”": the subject's word, s62)."""
    judged = text[verb_at:verb_at + _READ_BACK].split(" as ", 1)[0].split()
    return any(w.lower() in _PORTRAYALS and judged[k + 1:k + 2] == ["of"] and judged[k + 2:k + 3] and (
        judged[k + 2].lower() in _PERSONS or judged[k + 2][:1].isupper()) for k, w in enumerate(judged))


_PERSONS: Final = frozenset("him her them me us himself herself themselves".split())  # (not "of wrongdoing")


def judged_by_subject(text: str, lo: int, verb_at: int, subject: Finding) -> bool:
    """Whether the judging verb at ``verb_at`` (-1: none) is the sentence subject's own: no
    other noun phrase stands right before it ("The senator, after weeks of silence, rejected
    the claims as “baseless”"), or the one there is the subject's mention. "Lee, 54, smiled as
    opponents rejected the plan as “reckless”" is the opponents' judgement, not Lee's (read45pn)."""
    if verb_at < 0:
        return False
    own = judging_subject(text, lo, verb_at)
    if own is not None:
        return own.mention in subject.mention or subject.mention in own.mention
    # No noun phrase read: the verb must follow the subject's closing comma ("The senator, after
    # weeks of silence, rejected"), adverbs and auxiliaries aside; "as her rivals rejected" is not.
    for word in reversed(text[max(lo, verb_at - 60):verb_at].split()[-_SKIP_REACH:]):
        if word.endswith(","):
            return True
        if not (word.lower().endswith("ly") or word.lower() in _SKIPPED):
            return False
    return False
