"""Rule ``verb_first_clause``: in Spanish and Portuguese a sentence may open on its reporting
verb, with no subject, and report what was said in a clause after "que": "Admitió que el trámite
es «lento»", "También reconoció que la obra está “atrasada”", "Disse que o texto é “confuso”".
The quoted words are the words of the person the text is about (the one last credited in the
paragraph, or the person named in the sentences just before: implied.dropped_subject_antecedent),
partial even when they are one word: the sentence reports speech. No such person: no finding
(rather null than wrong)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import speech_verb
from newsbeam.transforms.quotes.implied import PRO_DROP, dropped_subject_antecedent
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.perfect_subject import PLURAL, verb_start
from newsbeam.transforms.quotes.verb_openers import PLURAL_ENDINGS, opener_only

# Between the verb and the clause: "que", perhaps after an adverb ("admitió además que",
# "disse ainda que", "afirmó luego que"), or a complement of the listener ("dijo a la radio que")
# is not taken: it may hold a name.
# ("Aclaró, además, que", with the adverb set off by commas; "insistió en que", "insistiu em que")
_THAT: Final = re.compile(r"(?:[^\S\n]*+,[^\S\n]++(?:además|también|asimismo|ainda|também)[^\S\n]*+,)?"
                          r"[^\S\n]++(?:(?:además|también|luego|ainda|também|depois|hoje|ayer|ontem|en|em)"
                          r"[^\S\n]++)?que[^\S\n]")
_MAX_CLAUSE: Final = 300  # characters from the verb to the opening mark


def verb_first_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """"Admitió que el trámite es «lento»": the person the text is about said it (see the module)."""
    lang = current_language()
    if lang.code not in PRO_DROP or site.zone != "body":
        return None
    text, span = site.text, site.span
    assert ctx.cues is not None and ctx.sentences is not None
    s_lo = ctx.sentences.start(site.p_lo, span.open_at)
    if span.open_at - s_lo > _MAX_CLAUSE + 40:
        return None
    cue = ctx.cues.first(s_lo, span.open_at)
    if cue is None:
        return None
    start = verb_start(text, cue.s)  # "Ha afirmado que ...", "Además, ha subrayado que ..."
    if start == PLURAL or not opener_only(text, s_lo, start) or \
            not text[s_lo:start].strip() and not text[start:start + 1].isupper():
        return None
    word = cue.word.lower()
    if not speech_verb(cue, lang) or word.split()[0].endswith(PLURAL_ENDINGS):
        return None
    that = _THAT.match(text, cue.e)
    if that is None or that.end() > span.open_at:
        return None
    if ctx.cues.first(that.end(), span.open_at) is not None:
        return None  # "Admitió que el alcalde dijo «...»": another verb, perhaps another speaker
    person, described = dropped_subject_antecedent(text, ctx, s_lo)
    if person is None:
        return Finding(described, cue.word, "explicit", cue.s) if described else None
    return Finding(person, cue.word, "explicit", cue.s)


# ", según explicó." / ", segundo afirmou." after a quote, to the sentence's end; and "Según
# entiende, “...”" (a verb of opinion: "según" and a verb with no subject).
_ACCORDING_VERB_AFTER: Final = re.compile(r"[^\S\n]*+,[^\S\n]*+(?:según|segundo)[^\S\n]++([^\W\d_]++)[^\S\n]*+[.;]")
_ACCORDING_VERB_BEFORE: Final = re.compile(r"(?:Según|según|Segundo)[^\S\n]++([^\W\d_]++)[^\S\n]*+,[^\S\n]*+$")


def according_verb(site: Site, ctx: ArticleContext) -> Finding | None:
    """"... “por falta de fondos”, según explicó." and "Según entiende, “...”": "según" and a
    singular verb with no subject give the words to the person the text is about, as a verb
    with a dropped subject does (rule ``dropped_subject``); no such person: no finding."""
    lang = current_language()
    if lang.code not in PRO_DROP or site.zone != "body":
        return None
    text, span = site.text, site.span
    verb = ""
    if span.close_at >= 0:
        m = _ACCORDING_VERB_AFTER.match(text, span.close_at + 1, site.tail_hi)
        verb = m.group(1) if m is not None else ""
    if not verb:
        m = _ACCORDING_VERB_BEFORE.search(text, max(site.sent_lo, span.open_at - 40), span.open_at)
        verb = m.group(1) if m is not None else ""
    low = verb.lower()
    if not low or not (low in lang.cues or low in lang.opinion) or low in lang.according or low.endswith(PLURAL_ENDINGS):
        return None
    assert ctx.sentences is not None
    person, described = dropped_subject_antecedent(text, ctx, ctx.sentences.start(site.p_lo, span.open_at))
    if person is None:
        return Finding(described, verb, "explicit") if described else None
    return Finding(person, verb, "explicit")
