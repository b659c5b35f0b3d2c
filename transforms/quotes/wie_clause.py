"""German "wie" clauses of reporting: "Wie die Ministerin Petra Lang am Montag mitteilte, werde
„niemand entlassen“", "Es werde „niemand entlassen“, wie Petra Lang der Zeitung sagte." A
subordinate clause puts its verb last, after the subject and any adjuncts (when, where, to whom);
the quote in the sentence of such a clause is the subject's words. The rule ``wie_clause``
credits it (a name, a description, a pronoun: each resolved like any other). ``as_said`` reads
the short form with the verb right after the subject ("wie er selbst sagte"). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after

WIE_CLAUSE: Final = "wie_clause"
_WIE: Final = re.compile(r"(?<![\w\-])[Ww]ie[^\S\n]{1,3}+")
# What ends the clause: a comma or a full stop; a quote mark, a colon or a bracket means the
# words are no plain clause ("wie Petra Lang „…“ sagte" is left to the other rules).
_END: Final = re.compile(r"[,.;:!?„“”\"«»‚‘’()\[\]\n]")
_AUXILIARIES: Final = frozenset("hat hatte habe haben hatten".split())
_WINDOW: Final = 300
_CLAUSE: Final = 120  # at most this many characters from "wie" to the clause's end
_MAX_WORDS: Final = 12


def wie_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """A clause "wie <subject> [adjuncts] <reporting verb>," in the quote's sentence, before the
    quote or after it: its subject said the quoted words."""
    lang = current_language()
    if lang.code != "de":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _WINDOW)
    assert ctx.sentences is not None
    hi = min(site.tail_hi, ctx.sentences.end(max(span.close_at, span.open_at), site.tail_hi),
             span.open_at + _WINDOW)
    for m in _WIE.finditer(text, lo, hi):
        if span.open_at <= m.start() < span.end:
            continue  # inside the quoted words
        end = _END.search(text, m.end(), min(hi, m.end() + _CLAUSE))
        if end is None or end.group() not in ",.!?" or m.start() < span.open_at < end.start():
            continue
        words = text[m.end():end.start()].split()
        if words and words[-1] in _AUXILIARIES:
            words = words[:-1]  # "wie Petra Lang am Montag mitgeteilt hatte"
        if not 2 <= len(words) <= _MAX_WORDS:
            continue
        verb = words[-1]
        if verb.lower() not in lang.cues or verb.lower() in lang.according or verb[:1].isupper():
            continue
        verb_at = text.rfind(verb, m.end(), end.start())
        np = np_after(text, m.end(), verb_at)
        if np is None or np[0] != m.end() or np[1] > verb_at:
            continue
        mention = text[np[0]:np[1]].strip(" ,")
        if not mention or mention.split()[0].lower() in ("es", "man", "ich", "wir", "du", "ihr"):
            continue  # "wie es heißt", "wie man sagt": no one
        return Finding(mention, verb, "explicit", verb_at, WIE_CLAUSE)
    return None
