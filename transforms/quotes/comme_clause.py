"""French "comme" clauses of reporting, the verb before its subject: "Comme le souligne la
sociologue Anne Roy, la ville « oublie ses marges »", "Ainsi que l'écrit Paul Morel dans son
essai, la mémoire est « une ruse »", "…, « une ruse », comme l'a rappelé Paul Morel." (issue 16,
stop 43). The clause gives the sentence's point to its subject, so a quote in it no one else in
the sentence says is the subject's words; the German form is wie_clause.py, the short form with the subject first
("comme il l'a dit") is as_said.py. Essays, reviews and radio pages write it often, the quote
away from the clause, where the lead-in rules read no one and the words fell to a scare quote.

The rule ``comme_clause`` credits the clause's subject (a name, a description, each resolved like
any other mention): the words from the verb (a reporting verb, or one of ``_CLAUSE_VERBS``) to the clause's comma or full stop, cut before an
adjunct ("dans son livre", "lors d'un colloque"). A verb that is no reporting verb ("comme le
montre l'étude"), a clause holding a quote mark, a subject that opens on no article and no
capital ("comme le dit si bien …") credit no one. The clause gives the quote to its subject
only where the main clause has no speaker of its own (a person, a pronoun, a verb of saying)
and does not name the quote as a word or a title (review43 F4, ``_own_speaker``): "Comme le
souligne Anne Roy, Paul Petit se dit « très inquiet »" is Paul Petit's. Pure functions, bounded
reads.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site, sentence_window
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


def _own_speaker(main: str, cues: frozenset[str]) -> bool:
    """True when the main clause before the quote (its last comma-free part) gives the quote to
    someone or something else than the clause's subject (review43 F4): a subject of its own
    that is a person ("Paul Petit se dit", "il a parlé d'un", "son père lui répétait"), a verb
    of saying or a colon of its own, or the quote named as a word or a title ("le mot",
    "s'appelait"). "la ville", "la mémoire est" are no one: the clause's subject said it."""
    part = main.rsplit(",", 1)[-1]
    words = [w.strip(".;!?()").lower() for w in part.split()]
    if not words:
        return False
    raw = part.split()
    named = any(w[:1].isupper() for w in raw[1:]) or raw[0][:1].isupper() and \
        raw[0].lower().split("'")[0].split("’")[0] not in _PLAIN_OPENERS
    if ":" in part or words[0] in _PERSON_OPENERS or named:
        return True
    last = words[-1].split("'")[-1].split("’")[-1]
    return last in _NAMING_WORDS or any(w.split("'")[-1].split("’")[-1] in cues for w in words)


# Words opening a main clause whose subject is a person: pronouns, possessives ("son père").
_PERSON_OPENERS: Final = frozenset("il elle ils elles je j' nous vous son sa ses leur leurs mon ma mes".split())
# Capitalized words that open a sentence on no name ("La mémoire est « une ruse », comme …").
_PLAIN_OPENERS: Final = frozenset("la le les l un une des ce cet cette ces d du de en".split())
# Words before a quote that is a word or a title, no one's words ("le mot", "s'appelait").
_NAMING_WORDS: Final = frozenset("""
mot mots terme termes expression slogan titre intitulé intitulée intitulés intitulées intitule intitulait appelle
appelait appelé appelée baptisé baptisée nommé nommée surnommé surnommée dit dite dits dites
""".split())


def comme_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """A clause "comme le <reporting verb> <subject>," in the quote's sentence, before the quote
    or after it: its subject said the quoted words (French)."""
    lang = current_language()
    if lang.code != "fr":
        return None
    text, span = site.text, site.span
    lo, hi = sentence_window(site, ctx, _WINDOW)
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
        main = text[end.end():span.open_at] if end.start() < span.open_at else text[site.sent_lo:span.open_at]
        if mention and not _own_speaker(main, lang.cues):
            return Finding(mention, verb, "explicit", m.start("verb"), COMME_CLAUSE)
    return None
