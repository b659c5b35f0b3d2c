"""French "comme" clauses of reporting, the verb before its subject: "Comme le souligne la
sociologue Anne Roy, la ville « oublie ses marges »", "Ainsi que l'écrit Paul Morel dans son
essai, la mémoire est « une ruse »", "…, « une ruse », comme l'a rappelé Paul Morel." (issue 16,
stop 43). The clause gives the whole sentence to its subject, so a quote anywhere in it is the
subject's words; the German form is wie_clause.py, the short form with the subject first
("comme il l'a dit") is as_said.py. Essays, reviews and radio pages write it often, the quote
away from the clause, where the lead-in rules read no one and the words fell to a scare quote.

The rule ``comme_clause`` credits the clause's subject (a name, a description, each resolved like
any other mention): the words from the verb (a reporting verb, or one of ``_CLAUSE_VERBS``) to the clause's comma or full stop, cut before an
adjunct ("dans son livre", "lors d'un colloque"). A verb that is no reporting verb ("comme le
montre l'étude"), a clause holding a quote mark, a subject that opens on no article and no
capital ("comme le dit si bien …") credit no one. Pure functions, bounded reads.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language

COMME_CLAUSE: Final = "comme_clause"
# "comme le souligne", "ainsi que l'écrit", "comme l'a rappelé", "comme le rappelait": the clause's
# opening, its object pronoun, an auxiliary of the passé composé, then the verb.
_COMME: Final = re.compile(
    r"(?<![\w\-])(?:[Cc]omme|[Aa]insi[^\S\n]{1,3}que)[^\S\n]{1,3}(?:le[^\S\n]{1,3}|l['’][^\S\n]{0,2})"
    r"(?:(?:a|avait)[^\S\n]{1,3})?(?P<verb>[^\W\d_][\w\-]{1,20})[^\S\n]{1,3}")
# What ends the clause: a comma or a full stop; a quote mark, a colon or a bracket means the
# words are no plain clause.
_END: Final = re.compile(r"[,.;:!?„“”\"«»‚‘’()\[\]\n]")
# Words that open an adjunct after the subject ("dans son livre", "lors d'un colloque", "en 2019").
_ADJUNCT: Final = frozenset("dans lors en à au aux sur devant pendant depuis chez avec pour par".split())
# Verbs no list of cues holds (English words, nouns: "note", "remarque", "avance"), verbs of
# saying beyond doubt after "comme le"/"comme l'", whose object is what was said.
_CLAUSE_VERBS: Final = frozenset("""
note notent noté notait notaient énonce énoncent énoncé énonçait avance avancent avançait
formule formulent formulé formulait relève relèvent relevé relevait remarque remarquent remarqué
remarquait suggère suggèrent suggéré suggérait constate constatent constaté constatait
""".split())
_WINDOW: Final = 300
_CLAUSE: Final = 120  # at most this many characters from "comme" to the clause's end
_MAX_WORDS: Final = 7  # words of the subject, adjuncts cut off
_ARTICLES: Final = ("le", "la", "les", "l'", "l’", "notre", "son", "sa", "leur")


def _subject(words: list[str]) -> str:
    """The subject's words: those before the first adjunct; "" for none or too many."""
    kept: list[str] = []
    for w in words:
        if w.lower() in _ADJUNCT:
            break
        kept.append(w)
    if not kept or len(kept) > _MAX_WORDS:
        return ""
    first = kept[0]
    if not first[:1].isupper() and not first.lower().startswith(_ARTICLES):
        return ""  # "comme le dit si bien …", "comme l'explique ici …": no subject read
    return " ".join(kept)


def comme_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """A clause "comme le <reporting verb> <subject>," in the quote's sentence, before the quote
    or after it: its subject said the quoted words (French)."""
    lang = current_language()
    if lang.code != "fr":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _WINDOW)
    assert ctx.sentences is not None
    hi = min(site.tail_hi, ctx.sentences.end(max(span.close_at, span.open_at), site.tail_hi),
             span.open_at + _WINDOW)
    for m in _COMME.finditer(text, lo, hi):
        if span.open_at <= m.start() < span.end:
            continue  # inside the quoted words
        verb = m.group("verb")
        if verb.lower() not in lang.cues and verb.lower() not in _CLAUSE_VERBS or verb.lower() in lang.according:
            continue
        end = _END.search(text, m.end(), min(hi, m.end() + _CLAUSE))
        if end is None or end.group() not in ",." or m.start() < span.open_at < end.start():
            continue
        mention = _subject(text[m.end():end.start()].split())
        if mention:
            return Finding(mention, verb, "explicit", m.start("verb"), COMME_CLAUSE)
    return None
