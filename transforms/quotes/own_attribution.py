"""A quote followed by a reporting verb and a subject that no rule could read ("« ... », a écrit
Le Monde dans son éditorial", "\"...\", escreveu a Folha em editorial", "«...», publicó El País
en su editorial") has an attribution of its own: it does not go on with the speaker of the quote
before it (``rules_before.previous_quote``); null rather than the last speaker named. French,
Spanish and Portuguese, whose subject comes after the verb. Pure functions, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import article_after_adjunct
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import Cue, titled_apposition
from newsbeam.transforms.quotes.described_subject_rom import TIME_WORDS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.lexicon_es import AFTER_QUOTE_CUES as AFTER_QUOTE_ES
from newsbeam.transforms.quotes.lexicon_pt import AFTER_QUOTE_CUES as AFTER_QUOTE_PT
from newsbeam.transforms.quotes.person_nouns import person_noun
from newsbeam.transforms.quotes.subject_chain import SET_OFF
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import mark_end

_LANGUAGES: Final = frozenset(("es", "fr", "pt"))
_LEAD: Final = re.compile(r"[^\S\n]*,[^\S\n]*")  # ", " right after the closing mark
# After a quote cut at an incise (incise.split_incises), whose "closing mark" is the comma.
_INCISE_LEAD: Final = re.compile(r"[^\S\n]*")
_WORD: Final = re.compile(r"[^\S\n]*([^\W\d_][\w'’\-]{0,40})")  # the next word (bounded)
# Bodies that speak as one, after a definite article: never the person named before ("ha
# criticado la oposición", "tem afirmado o sindicato").
_BODIES: Final = frozenset("""oposición oposição sindicato sindicatos patronal gobierno governo partido
asociación associação federación federação ayuntamiento prefeitura ministerio ministério empresa""".split())
_INDEFINITE: Final = frozenset("un una unos unas um uma uns umas".split())  # someone new, never the one named before
_CLAUSE_END: Final = re.compile(r"[,.;:!?()\n]")
_CLAUSE_WORDS: Final = 8  # words of the clause after the verb read for a listener and a name
_AUXILIARIES: Final = 2  # words of a compound verb before the cue ("a", "ont", "ha")


def own_attribution(site: Site, ctx: ArticleContext) -> Finding | None:
    """The rule ``own_attribution``, after all the others: a quote whose own reporting verb has a
    subject no rule read ("« On verra », a commenté un habitant.") is someone's direct words, not
    the writer's scare quote: a null finding whose mention is the verb ("a commenté")."""
    cue = _own_cue(site, ctx)
    if cue is None:
        return None
    lead = _LEAD.match(site.text, mark_end(site.text, site.span), site.tail_hi) or \
        _INCISE_LEAD.match(site.text, mark_end(site.text, site.span), site.tail_hi)
    assert lead is not None
    return Finding(site.text[lead.end():cue.e], cue.word, "explicit", cue.s)


def own_subject_after(site: Site, ctx: ArticleContext) -> bool:
    """Whether the quote at ``site`` has an attribution of its own after it (``_own_cue``)."""
    return _own_cue(site, ctx) is not None


def _own_cue(site: Site, ctx: ArticleContext) -> Cue | None:
    """The quote at ``site`` closes, then ", " and a reporting verb (perhaps after an auxiliary)
    followed by a subject: a capitalized word ("Le Monde", "Ana"), an article and a capitalized
    word ("a Folha", "el País"), or a listener and a name. A verb with no subject ("«...», dijo.", "dijo en
    rueda de prensa", "disse a repórteres") is not one. The verb's cue, else None."""
    lang = current_language()
    span, text = site.span, site.text
    if lang.code not in _LANGUAGES or span.close_at < 0:
        return None
    lead = _LEAD.match(text, mark_end(text, span), site.tail_hi)
    if lead is None and text[span.close_at] in ",\u2013\u2014":
        lead = _INCISE_LEAD.match(text, mark_end(text, span), site.tail_hi)  # « ..., a assuré un ... » (incise.py)
    if lead is None:
        return None
    pos = lead.end()
    assert ctx.cues is not None
    cue = ctx.cues.first(pos, min(site.tail_hi, pos + 40))
    if cue is None or cue.word.lower() in lang.according:
        return None
    if cue.word.lower() in _INCISE_ONLY and titled_apposition(text, cue.s):
        return None  # "La película, «Roma», describe la infancia …": the title's sentence (read45es)
    between = text[pos:cue.s].split()
    if len(between) > _AUXILIARIES or any(w not in lang.auxiliaries for w in between):
        return None
    at = cue.e
    set_off = SET_OFF.match(text, at, site.tail_hi) if lang.code != "fr" else None
    if set_off is not None:
        at = set_off.end()  # "dijo, tras la reunión, un portavoz": the subject behind an adverbial
    first = _WORD.match(text, at, site.tail_hi)
    if first is None or text[at:first.start(1)].strip():
        return None
    word = first.group(1)
    if lang.code == "fr" and word.lower() not in lang.pronouns:
        return cue  # French never drops the subject: any words after the verb hold it
    if word[:1].isupper():
        return None if word.lower() in lang.pronouns else cue
    if word.lower() in lang.determiners:
        second = _WORD.match(text, first.end(), site.tail_hi)
        if second is not None and not text[first.end():second.start(1)].strip() and \
                (second.group(1)[:1].isupper() or _described_subject(word, second.group(1))
                 or _thing_after_incise_verb(cue.word, word, second.group(1))):
            return cue
    clause_hi = _CLAUSE_END.search(text, first.start(1), min(site.tail_hi, first.start(1) + 120))
    if _listener_then_name(text, first.start(1), site.tail_hi) or \
            article_after_adjunct(text, first.start(1), clause_hi.start() if clause_hi else site.tail_hi):
        return cue
    return None


def _described_subject(article: str, noun: str) -> bool:
    """An indefinite description, or a body after a definite article, after the verb ("disse um
    líder da bancada", "ha criticado la oposición") is its subject, described: the verb has a
    subject of its own, so no rule may lend it the person named before. Not a phrase of time
    ("dijo el lunes"), and not Portuguese "a" before a plural ("disse a jornalistas": the
    preposition, a listener)."""
    noun = noun.lower()
    if noun in TIME_WORDS:
        return False
    if article.lower() not in _INDEFINITE and noun not in _BODIES:
        return False  # ("puntualizó el oficial": a definite person refers back; inverted_subject reads it)
    return not (current_language().code == "pt" and article.lower() == "a" and noun.endswith("s"))


# Verbs that report speech only right after a quote ("«…», celebró", "«…», continuó") and mean
# something else with a subject of their own ("celebró la afición", "continuó el acto").
_INCISE_ONLY: Final = AFTER_QUOTE_ES | AFTER_QUOTE_PT


def _thing_after_incise_verb(verb: str, article: str, noun: str) -> bool:
    """A definite article and a noun of no person after a verb that reports speech only in an
    incise ("«…», celebró la afición en las calles", "«…», continuó el acto con …"): the clause
    has its own subject, a crowd or an event, and no rule may lend the verb the person named
    before. A person's noun ("lanzó el ministro") or a time ("continuó el lunes") is no such one."""
    low = noun.lower()
    return verb.lower() in _INCISE_ONLY and article.lower() in current_language().determiners and not (
        low in TIME_WORDS or low in TITLES or is_title_word(low) or person_noun(low))


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
