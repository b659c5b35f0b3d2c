"""German "Das sagte ...": a quote followed by a sentence whose object is the demonstrative that
points back to it and whose subject follows the verb ("„Wir haben alles getan.“ Das sagte Petra
Lang am Montag in Berlin.", "„...“, das erklärte die Ministerin Petra Lang der Zeitung."). The
rule ``das_after`` credits the quote to that subject. Verbs that deny or judge the words ("Das
bestreitet Lang", "Das kritisierte Tom Weber"), a negated verb ("Das sagte Lang nicht") and a
source the subject names ("Das schrieb die Zeitung unter Berufung auf Lang") credit no one: a null
finding, so the quote does not go on with the speaker before it either. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.tokens import mark_end

DAS_AFTER: Final = "das_after"
# Right after the closing mark: an optional comma, then "Das"/"Dies" and a verb.
_DAS: Final = re.compile(r"[^\S\n]{0,3}+(?:,[^\S\n]{0,3}+)?(?:Das|das|Dies|dies)[^\S\n]{1,3}+([^\W\d_]{3,20}+)[^\S\n]{1,3}+")
# Verbs that report the words as said (not "bestreitet", "kritisiert": the words are another's).
_SAYING: Final = frozenset("""sagt sagte sagten erklärt erklärte erklärten schreibt schrieb schrieben betont betonte
betonten berichtet berichtete berichteten teilt teilte teilten bestätigt bestätigte twitterte postete verkündete
kündigte äußerte""".split())
_NEGATION: Final = re.compile(r"(?<!\w)(?:nicht|nie|niemals|keineswegs)(?!\w)")
# "unter Berufung auf X": the subject (a paper) reports another's words.
_SOURCE_NAMED: Final = re.compile(r"(?<!\w)unter Berufung auf(?!\w)")
_SENTENCE: Final = 160


def das_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """"„...“ Das sagte Petra Lang.": the subject after the verb of the sentence that follows
    the quote and points back to it with "Das"; only for a quote that opens its sentence."""
    if current_language().code != "de" or site.span.close_at < 0:
        return None
    text, span = site.text, site.span
    if text[site.sent_lo:span.open_at].strip():
        return None  # a quote inside a sentence of the writer's: "Das" is that sentence's
    lo = mark_end(text, span)
    m = _DAS.match(text, lo, site.tail_hi)
    if m is None:
        return None
    lang = current_language()
    judged = m.group(1) not in _SAYING
    if judged and m.group(1).lower() not in lang.cues:
        return None
    if text[lo:m.start(1)].strip(" ,").lower() in ("das", "dies") and "," not in text[lo:m.start(1)] and \
            text[span.close_at - 1:span.close_at] not in ".!?…":
        return None  # "„...“ das sagte": no comma and no full stop inside: not a new clause
    assert ctx.sentences is not None
    end = min(ctx.sentences.end(m.end(), site.tail_hi), m.end() + _SENTENCE)
    np = np_after(text, m.end(), end)
    if np is None or np[0] != m.end():
        return None
    mention = text[np[0]:np[1]].strip(" ,.")
    first = mention.split()[0] if mention else ""
    if not (first[:1].isupper() or first in ("er", "sie") or first in lang.determiners):
        return None  # (a description, "die Ministerin Petra Lang", is resolved like any other)
    if judged or _NEGATION.search(text, np[1], end) or _SOURCE_NAMED.search(text, np[0], end):
        # "Das kritisierte Tom Weber", "Das sagte Lang nicht", "Das schrieb die Zeitung unter
        # Berufung auf Lang": the words are not the subject's; no one, and not the one before.
        return Finding("", m.group(1), "explicit", m.start(1), DAS_AFTER)
    return Finding(mention, m.group(1), "explicit", m.start(1), DAS_AFTER)
