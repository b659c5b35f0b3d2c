"""A quote inside an English sentence that opens on a participle is said by the subject of the
clause after it: "Arguing that the levy is “a tax on work,” Ann Lee told the council ..." and
"Praising the “tireless crews,” she thanked ..." (the participle's subject is the main clause's).

Only when the quote closes the participial phrase (a comma at its closing mark), or a few words
of the phrase after it do ("Calling for “immediate talks” with the union, Ann Lee said ...",
"Arguing that the closure is a “public safety” matter, Lee has claimed ...": no quote mark,
sentence end or other comma in them, and a participle of saying or judging), and a name or "he"/"she" follows it, then a lower-case word (its verb), perhaps after an aside between dashes
("Referring to the plan as a “grave mistake,” Ann Lee—who chairs the panel—said ..."); a
description ("the minister") or an organisation is left to no one. So is a possessive ("Ann Lee's
lawyer said"), two names joined ("Ann Lee and Tom Hale said"), someone else's words the phrase
cites ("Quoting Tom Hale's “we will not yield”, Ann Lee said"), and, after a phrase going on past
the quote, a body whose last word is none of the organisations' head words ("Harbor Trust said").
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.language import voices_view
from newsbeam.transforms.quotes.lexicon import BODY_WORDS
from newsbeam.transforms.quotes.lexicon import CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.tokens import mark_end, trim

_PARTICIPLE: Final = re.compile(r"[A-Z][a-z]{2,20}ing[^\S\n]")
# Capitalized words in -ing that open a sentence without being a participle.
_NOT_PARTICIPLES: Final = frozenset("during nothing something anything everything morning evening king spring "
                                    "string thing ring wing bring sing beijing wyoming reading notwithstanding "
                                    "pending according following including".split())
# The subject, then its verb; an aside between dashes may part them ("Lee—who chairs the panel—said").
_SUBJECT_AFTER: Final = re.compile(r"[^\S\n]{1,3}(he|she|[A-Z][\w’'\-]{1,30}(?:[^\S\n][A-Z][\w’'\-]{1,30}){0,3})"
                                   r"(?:[^\S\n]?[—–][^—–\n“”\"]{1,120}[—–][^\S\n]?|[^\S\n]{1,3})([a-z]{2,20})\b")
# The rest of the participial phrase after the quote, up to its comma: a few words with no quote
# mark, sentence end, other punctuation of a clause or line break ("” with the union,").
_PHRASE_REST: Final = re.compile(r"[^\S\n]{1,3}[a-z][^,;:.!?\n“”\"‘’«»„()—–]{0,60},")
# Participles that carry someone else's words when a possessive name stands right before the
# quote ("Quoting Tom Hale's “we will not yield”"; not "Citing the Paris attack and their “…”").
_CITING: Final = frozenset("quoting citing repeating echoing paraphrasing recalling".split())


def participle_subject(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject after a quote that closes a participial phrase opening its sentence."""
    text, span = site.text, site.span
    if current_language().code != "en" or span.close_at < 0:
        return None
    lo = site.sent_lo
    opener = _PARTICIPLE.match(text, lo, span.open_at)
    if opener is None or text[lo:opener.end()].strip().lower() in _NOT_PARTICIPLES or \
            "," in text[lo:span.open_at] or ";" in text[lo:span.open_at]:
        return None
    before = text[opener.end():span.open_at].rstrip()
    if text[lo:opener.end()].strip().lower() in _CITING and before.endswith(("'s", "’s")) and \
            before[:-2].rsplit(None, 1)[-1:][0][:1].isupper():
        return None  # "Quoting Tom Hale's “we will not yield”": Hale's words, not the subject's
    close_end = mark_end(text, span)
    went_on = False  # the phrase goes on after the quote
    if text[span.end - 1:span.end] == ",":
        at = close_end
    elif text[close_end:close_end + 1] == ",":
        at = close_end + 1
    else:
        # (only after a participle of saying or judging: "Facing a “perfect storm” of costs,
        # Lee said" is the writer's phrase for what Lee faces, not Lee's words)
        verb = text[lo:opener.end()].strip().lower()
        rest = _PHRASE_REST.match(text, close_end, min(len(text), close_end + 70))
        if rest is None or len(rest.group().split()) > 8 or not (verb in CUES or voices_view(verb)):
            return None
        at, went_on = rest.end(), True
    m = _SUBJECT_AFTER.match(text, at, min(len(text), at + 200))
    if m is None or went_on and m.group(1) in ("he", "she"):
        # (a pronoun only after a quote closing the phrase: "Ann Lee and Tom Hale met the press.
        # Citing a “lack of funds” at the agency, he said" resolved "he" to Ann Lee)
        return None
    mention = m.group(1)
    if mention.endswith(("'s", "’s", "s'", "s’")) or m.group(2) in ("and", "or", "nor"):
        return None  # "Ann Lee's lawyer said", "Ann Lee and Tom Hale said": not one named subject
    if went_on and any(trim(w).lower() in BODY_WORDS for w in mention.split()):
        return None  # "Harbor Trust said": a body (its head word is none of ORG_HEADS)
    if mention not in ("he", "she") and (not is_person_like(mention) or is_org(mention) or
                                         mention.split()[0].lower() in ("the", "a", "an", "this", "that")):
        return None
    return Finding(mention, m.group(2), "pronoun" if mention in ("he", "she") else "explicit", m.start(2))
