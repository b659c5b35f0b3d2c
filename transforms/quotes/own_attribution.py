"""A quote followed by a reporting verb and a subject that no rule could read ("« ... », a écrit
Le Monde dans son éditorial", "\"...\", escreveu a Folha em editorial", "«...», publicó El País
en su editorial") has an attribution of its own: it does not go on with the speaker of the quote
before it (``rules_before.previous_quote``); null rather than the last speaker named. French,
Spanish and Portuguese, whose subject comes after the verb. Pure functions, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import article_after_adjunct
from newsbeam.transforms.quotes.context import ArticleContext, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import mark_end

_LANGUAGES: Final = frozenset(("es", "fr", "pt"))
_LEAD: Final = re.compile(r"[^\S\n]*,[^\S\n]*")  # ", " right after the closing mark
_WORD: Final = re.compile(r"[^\S\n]*([^\W\d_][\w'’\-]{0,40})")  # the next word (bounded)
_CLAUSE_END: Final = re.compile(r"[,.;:!?()\n]")
_CLAUSE_WORDS: Final = 8  # words of the clause after the verb read for a listener and a name
_AUXILIARIES: Final = 2  # words of a compound verb before the cue ("a", "ont", "ha")


def own_subject_after(site: Site, ctx: ArticleContext) -> bool:
    """The quote at ``site`` closes, then ", " and a reporting verb (perhaps after an auxiliary)
    followed by a subject: a capitalized word ("Le Monde", "Ana"), an article and a capitalized
    word ("a Folha", "el País"), or a listener and a name. A verb with no subject ("«...», dijo.", "dijo en
    rueda de prensa", "disse a repórteres") is not one."""
    lang = current_language()
    span, text = site.span, site.text
    if lang.code not in _LANGUAGES or span.close_at < 0:
        return False
    lead = _LEAD.match(text, mark_end(text, span), site.tail_hi)
    if lead is None:
        return False
    pos = lead.end()
    assert ctx.cues is not None
    cue = ctx.cues.first(pos, min(site.tail_hi, pos + 40))
    if cue is None or cue.word.lower() in lang.according:
        return False
    between = text[pos:cue.s].split()
    if len(between) > _AUXILIARIES or any(w not in lang.auxiliaries for w in between):
        return False
    first = _WORD.match(text, cue.e, site.tail_hi)
    if first is None or text[cue.e:first.start(1)].strip():
        return False
    word = first.group(1)
    if lang.code == "fr" and word.lower() not in lang.pronouns:
        return True  # French never drops the subject: any words after the verb hold it
    if word[:1].isupper():
        return word.lower() not in lang.pronouns
    if word.lower() in lang.determiners:
        second = _WORD.match(text, first.end(), site.tail_hi)
        if second is not None and second.group(1)[:1].isupper() and not text[first.end():second.start(1)].strip():
            return True
    clause_hi = _CLAUSE_END.search(text, first.start(1), min(site.tail_hi, first.start(1) + 120))
    return _listener_then_name(text, first.start(1), site.tail_hi) or \
        article_after_adjunct(text, first.start(1), clause_hi.start() if clause_hi else site.tail_hi)


def _listener_then_name(text: str, lo: int, hi: int) -> bool:
    """A run of three or more capitalized words in the clause after the verb: a listener's name
    and then the speaker's ("a déclaré au Parisien Jean Dumont", "dijo a EFE Inés Carvallo")."""
    run = 0
    for _ in range(_CLAUSE_WORDS):
        m = _WORD.match(text, lo, hi)
        if m is None or text[lo:m.start(1)].strip():
            return False  # (punctuation: the clause ends)
        run = run + 1 if m.group(1)[:1].isupper() else 0
        if run >= 3:
            return True
        lo = m.end()
    return False
