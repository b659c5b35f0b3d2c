"""Verbs that open a clause of reported content without being reporting cues of their own
(rule ``reported_clause``): verbs of believing ("Many believe that …", "Muitos entendem que
…", "Viele glauben, dass …") and the gerunds of the reporting verbs ("…, advirtiendo que …",
"…, afirmando que …", "…, affirmant que …"). Neither is in the cue index (a gerund or a belief
names no speaker: "the parties …, warning that" credits no one), so the rule reads them here,
in the words before a quote. Pure data and one bounded look-up."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.lexicon import ARTICLES, OPINION_VERBS, POSSESSIVE_DETERMINERS, SAY_TELL

# Spanish -er/-ir verbs whose gerund is not the stem and "-iendo": a vowel change
# (advertir -> advirtiendo) or a stem ending on a vowel (concluir -> concluyendo).
_ES_IRREGULAR: Final = {"decir": "diciendo", "advertir": "advirtiendo", "pedir": "pidiendo",
                        "asentir": "asintiendo", "repetir": "repitiendo", "sentir": "sintiendo",
                        "mentir": "mintiendo", "reír": "riendo", "sonreír": "sonriendo",
                        "leer": "leyendo", "oír": "oyendo"}


def _es_gerund(infinitive: str) -> str:
    if infinitive in _ES_IRREGULAR:
        return _ES_IRREGULAR[infinitive]
    stem, end = infinitive[:-2], infinitive[-2:]
    if end == "ar":
        return stem + "ando"
    return stem + ("yendo" if stem[-1:] in "aeiouü" else "iendo")


def _pt_gerund(infinitive: str) -> str:
    if infinitive.endswith("or"):  # expor -> expondo
        return infinitive[:-1] + "ndo"
    return infinitive[:-2] + {"ar": "ando", "er": "endo", "ir": "indo"}.get(infinitive[-2:], "ndo")


def _infinitives(table: str) -> list[str]:
    return [line.partition(":")[0].strip() for line in table.splitlines() if ":" in line]


# The gerunds of the languages' reporting verbs; French by hand (its stems change too often).
GERUNDS: Final[dict[str, frozenset[str]]] = {
    "es": frozenset(_es_gerund(v) for v in _infinitives(lexicon_es.SPEECH_VERBS)),
    "pt": frozenset(_pt_gerund(v) for v in _infinitives(lexicon_pt.SPEECH_VERBS)),
    "fr": frozenset("""
disant déclarant affirmant expliquant soulignant ajoutant indiquant estimant précisant
rappelant insistant martelant dénonçant avertissant prévenant reconnaissant admettant
répondant assurant jugeant regrettant déplorant arguant avançant affirmant promettant
""".split()),
}

# English reporting verbs that take a "that" clause ("The museum stressed that the sale came with a
# “heavy heart”"): English's Language holds no cues of its own (its rules read lexicon.CUES), so
# the cue index gave the rule none and it read English only through its verbs of believing. Left
# out: verbs that name or judge an object rather than report a clause ("called", "praised",
# "described"), forms that are nouns as often ("states", "posts", "calls", "reports"), and
# "find"/"read"/"quote" (a study's finding, a sign that reads, a quoted line).
REPORTING_EN: Final = SAY_TELL | frozenset("""
add adds added adding write writes wrote writing
explain explains explained explaining noted noting argue argues argued arguing claimed claiming
insist insists insisted insisting warn warns warned warning declare declares declared declaring
recall recalls recalled recalling replied replying responded responding answered acknowledge
acknowledges acknowledged acknowledging admit admits admitted admitting announce announces
announced announcing suggest suggests suggested suggesting observed observing remarked
complain complains complained complaining concede concedes conceded conceding contend contends
contended contending emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
emphasising stressed stressing joked predict predicts predicted predicting promised vow vows
vowed vowing assure assures assured assuring boasted boasting cautioned conclude concludes
concluded concluding confirm confirms confirmed confirming deny denies denied denying disclose
discloses disclosed mused pledged proclaimed reiterate reiterates reiterated reiterating reveal
reveals revealed revealing testify testifies testified testifying assert asserts asserted
asserting agree agrees agreed agreeing specified implied implying confided speculated
""".split())

_WORD: Final = re.compile(r"[^\W\d_]+")
_WINDOW: Final = 320  # characters read before a quote


def clause_verbs_before(text: str, lo: int, hi: int, code: str, opinion: frozenset[str]) -> list[int]:
    """Where each verb of believing (``opinion`` of language ``code``, or English's) or gerund of
    a reporting verb in ``text[lo:hi]`` ends, read in the last ``_WINDOW`` characters only."""
    gerunds = GERUNDS.get(code, frozenset())
    return [m.end() for m in _WORD.finditer(text, max(lo, hi - _WINDOW), hi)
            if (w := m.group().lower()) in opinion or w in OPINION_VERBS or w in gerunds or
            code == "en" and w in REPORTING_EN]


# "say" and "tell", whose "that" English drops most ("The museum said the sale was “a mess”").
SAY_EN: Final = SAY_TELL
_MARKS: Final = frozenset("\"“”„«»‹›")
_SAID_TAIL: Final = 100  # the most characters between the verb and the quote
_CODE_OPENERS: Final = ("(", "=", "[", "{")


def said_clause(text: str, lo: int, hi: int) -> bool:
    """English: the last reporting verb or verb of believing in ``text[lo:hi]`` (up to a quote's
    opening mark) is a form of "say" or "tell", at most ``_SAID_TAIL`` characters before the quote,
    no quote mark between: the quote stands in what was said, its "that" dropped."""
    last = None
    for m in _WORD.finditer(text, max(lo, hi - _SAID_TAIL), hi):
        w = m.group().lower()
        if w in REPORTING_EN or w in OPINION_VERBS:
            last = m
    # ("the toxin said to be used": a passive of hearsay, no one's clause; "said it(“…”)": an
    # argument in code, as kinds.is_clause_fragment reads one)
    return last is not None and last.group().lower() in SAY_EN and text[hi - 1:hi] not in _CODE_OPENERS and \
        not text[last.end():last.end() + 4].lower().startswith(" to ") and not writers_say(text, last.start(), last.end()) and \
        not any(c in _MARKS for c in text[last.end():hi])


def writers_say(text: str, start: int, end: int) -> bool:
    """The "say" at ``text[start:end]`` is the writer's, no one's report (review43 F17): after
    "to" after the writer's adjective ("fair to say", "needless to say"), between commas (", say, a “smart” fridge"), or a
    noun after a determiner ("as the saying goes")."""
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 20), start)]
    prev = before[-1] if before else ""
    aside = text[max(0, start - 2):start].strip() == "," and text[end:end + 1] == ","
    # ("refused to say", "drives him to say": someone's words; "fair to say": the writer's)
    return prev == "to" and len(before) > 1 and before[-2] in _WRITERS_TO or aside or prev in _DETERMINERS_EN


_DETERMINERS_EN: Final = ARTICLES | POSSESSIVE_DETERMINERS | frozenset(("this", "that"))  # "as the saying goes"
_WRITERS_TO: Final = frozenset("fair safe needless true sad suffice accurate enough hard".split())
