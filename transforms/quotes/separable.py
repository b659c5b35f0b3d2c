"""German separable reporting verbs (rule ``separable_verb``): "„...“, führt Kastner weiter
aus.", "Die Sprecherin stellt abschließend fest: „...“". The finite verb alone ("führt",
"macht", "hält") is no reporting verb ("Der Weg führt nach Linz"); with its particle closing the
clause ("aus", "deutlich", "fest") it is one. The pairs are lexicon entries
(lexicon_de.SEPARABLE_CUES); other languages have none. (s63) A verb whose object is the quoted
words, its particle closing the clause after them or before a comma that opens the quoted clause
("Merz warf dem Kanzler „Führungslosigkeit“ vor.", "warf der Stadt vor, die Bürger „…“"), is
read in the quote's own sentence (lexicon_de.OBJECT_SEPARABLE_CUES).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_de
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.fronted_de import fronted_phrase
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.particle_judgement_de import judged_words, subject_after_verb

SEPARABLE_VERB: Final = "separable_verb"
_LEAD_MAX: Final = 300  # characters of the lead-in read: one sentence
_S: Final = r"[^\S\n]+"
_NAME: Final = r"[A-ZÄÖÜ][\w\-]*"
# An adjective after the article ("der stellvertretende", "die frühere").
_ADJECTIVE: Final = rf"(?:[a-zäöüß][a-zäöüß\-]{{1,25}}(?:e|en){_S})"
# The speaker: a pronoun, or an article or a possessive and up to four capitalized words
# ("der Sportwissenschaftler", "Petra Lindner", "Ihr Parteikollege Sebastian Everding").
_NP: Final = rf"(?:er|sie|(?:(?:der|die|das|sein|seine|ihr|ihre|Der|Die|Das|Sein|Seine|Ihr|Ihre){_S}{_ADJECTIVE}?)?{_NAME}(?:{_S}{_NAME}){{0,3}})"
_ADVERBS: Final = r"(?:weiter|noch|auch|dazu|hierzu|abschließend|zudem|außerdem|ebenfalls|nochmals|erneut|schließlich)"
_VERBS: Final = "|".join(sorted(lexicon_de.SEPARABLE_CUES, key=len, reverse=True))
# After the quote: ", führt Kastner weiter aus." (the particle closes the sentence or the clause).
_AFTER: Final = re.compile(rf"[^\S\n]*,[^\S\n]*({_VERBS}){_S}(?:sich{_S})?({_NP})(?:{_S}{_ADVERBS}){{0,3}}{_S}(\w+(?:{_S}\w+)?)[^\S\n]*[.,;]")
# Before the quote: "Müller stellt dazu fest:" / "Dazu stellt Müller fest:" (particle, then colon).
_VERB_IN_LEAD: Final = re.compile(rf"\b({_VERBS})\b")
_SUBJECT_BEFORE: Final = re.compile(rf"({_NP}){_S}")  # the whole stretch from the sentence's start to the verb
# (a reflexive first: "meldete sich die Weltmeisterin zu Wort", s60)
_SUBJECT_AFTER: Final = re.compile(rf"{_S}(?:sich{_S})?({_NP})(?=[^\S\n])")
_OBJECT_VERB: Final = re.compile(rf"\b({'|'.join(sorted(lexicon_de.OBJECT_SEPARABLE_CUES, key=len, reverse=True))})\b")
# The rest of the quote's clause, up to its end or a comma: "„…“ und „Gier“ vor."
_CLAUSE_REST: Final = re.compile(r"[^,.;:!?\n]{0,150}")
# The particle closing the lead-in before a comma: "warf der Stadt vor, die Bürger „…“".
_PARTICLE_COMMA: Final = re.compile(r"[^,.;:!?\n]{0,150}?[^\S\n](\w+),")
# Articles of an object before the verb, never its subject ("Dem Minister warf Lang „…“ vor").
_OBJECT_ARTICLES: Final = frozenset(["dem", "den"])


def _finding(np: str, verb: re.Match[str]) -> Finding:
    """The finding for the subject ``np``: an article or possessive and a noun before a name of
    two words are the name's apposition ("Ihr Parteikollege Sebastian Everding")."""
    words = np.split()
    if len(words) >= 4 and words[0].lower() in current_language().determiners:
        np = " ".join(words[2:])
    elif words[0].lower() in _ARTICLES and (len(words) == 2 and _is_acronym(words[1]) or
                                            len(words) == 3 and words[2][:1].isupper()):
        # "Der ADAC teilt mit:", "Die Messe Tulln führt aus:", "Dazu stellt der ÖAMTC fest:":
        # the article is no part of the body's name; a single noun stays with it ("Der
        # Firmenchef": a description the resolver reads with its article).
        np = " ".join(words[1:])
    return Finding(np, verb.group(1), "explicit", verb.start(1), SEPARABLE_VERB)


# Articles before a body's name (lower-cased).
_ARTICLES: Final = frozenset(["der", "die", "das"])


def _is_acronym(word: str) -> bool:
    """"ADAC", "ÖAMTC", "WKO": two to eight capitals (letters only)."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def _closes(verb: str, words: str) -> bool:
    """Whether ``words`` is the particle that makes ``verb`` a reporting verb."""
    return words in lexicon_de.SEPARABLE_CUES[verb] or words.split()[-1] in lexicon_de.SEPARABLE_CUES[verb]


def _object_verb(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of a separable verb whose object holds the quote, in the quote's sentence
    (see the module's docstring): before the verb, else right after it."""
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _LEAD_MAX)
    rest = _CLAUSE_REST.match(text, span.close_at + 1) if span.close_at >= 0 else None
    last = rest.group(0).split()[-1:] if rest else []
    for verb in _OBJECT_VERB.finditer(text, lo, span.open_at):
        particles = lexicon_de.OBJECT_SEPARABLE_CUES[verb.group(1)]
        early = _PARTICLE_COMMA.match(text, verb.end(), span.open_at)
        if not (last and last[0] in particles or early and early.group(1) in particles):
            continue
        if not judged_words(site, ctx):
            return None
        subject = None if fronted_phrase(text, lo, verb.start()) else _SUBJECT_BEFORE.fullmatch(text, lo, verb.start())
        first = subject.group(1).split()[0].lower() if subject else ""
        if subject and first not in _OBJECT_ARTICLES and subject_after_verb(text, verb.end(), span.open_at):
            return None  # "Anna Berger warf Peter Krause „…“ vor", "Krause werfen Kritiker …": either may be the subject
        if subject and first not in _OBJECT_ARTICLES and (first not in current_language().function_words or
                                                          first in current_language().determiners or first in ("er", "sie")):
            return _finding(subject.group(1), verb)
        after = _SUBJECT_AFTER.match(text, verb.end(), span.open_at)
        first = after.group(1).split()[0] if after else ""
        if after is not None and first[:1].isupper() and first.lower() not in current_language().determiners:
            return _finding(after.group(1), verb)  # ("wirft der CSU „…“ vor": an object, s63)
        return None
    return None


def separable_verb(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of a separable reporting verb right after the quote or in the sentence that
    leads into it with a colon (see the module's docstring)."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    if span.close_at >= 0:
        m = _AFTER.match(text, span.close_at + 1, site.tail_hi)
        if m and _closes(m.group(1), m.group(3)):
            return _finding(m.group(2), m)
    lo = max(site.sent_lo, span.open_at - _LEAD_MAX)
    lead = text[lo:span.open_at].rstrip()
    if not lead.endswith(":"):
        return _object_verb(site, ctx)
    words = lead[:-1].split()
    if not words:
        return None
    for verb in reversed(list(_VERB_IN_LEAD.finditer(text, lo, lo + len(lead)))):
        if not (_closes(verb.group(1), words[-1]) or len(words) > 1 and _closes(verb.group(1), " ".join(words[-2:]))):
            continue
        subject = None if fronted_phrase(text, lo, verb.start()) else _SUBJECT_BEFORE.fullmatch(text, lo, verb.start())
        first = subject.group(1).split()[0].lower() if subject else ""
        if subject and subject.start() == lo and (first not in current_language().function_words or
                                                  first in current_language().determiners):
            # "Müller stellt fest:", "Ihr Kollege Max Weber hält fest:"; not "Dazu hält ..."
            return _finding(subject.group(1), verb)
        after = _SUBJECT_AFTER.match(text, verb.end(), lo + len(lead))
        if after and after.group(1).split()[0] not in ("Der", "Die", "Das"):
            return _finding(after.group(1), verb)
        return None
    return None
